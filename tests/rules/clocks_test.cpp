// The working clock, holds and daylight-saving changes (DESIGN.md §3, "Clocks" and "Precisely").

#include "rules/clockmath.h"
#include "rulesfixtures.h"

#include <catch2/catch.hpp>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::Urgency;
using rules::Outcome;
using tests::at;
using tests::hold;

namespace {

// Completion within 4 working hours, arrival within 30 elapsed minutes.
constexpr std::string_view kWorkingRules = R"({
  "name": "working-hours", "effective_from": "2000-01-01",
  "rules": [
    { "id": "wo-arrival", "applies_to": "work_order", "milestone": "arrival", "when": {},
      "limit": { "amount": 30, "unit": "minutes", "clock": "elapsed" } },
    { "id": "wo-completion-4wh", "applies_to": "work_order", "milestone": "completion", "when": {},
      "limit": { "amount": 4, "unit": "hours", "clock": "working" } }
  ]
})";

rules::RuleEngine workingEngine()
{
    return rules::RuleEngine(tests::siteContext(tests::chinaCalendar()), "HQ", {tests::ruleSetFromJson(kWorkingRules)});
}

domain::WorkOrderTimeline completed(domain::Instant arrived, domain::Instant done, std::vector<domain::Hold> holds = {})
{
    domain::WorkOrderTimeline tl;
    tl.arrived = arrived;
    tl.completed = done;
    tl.holds = std::move(holds);
    return tl;
}

} // namespace

// ---- working clock ---------------------------------------------------------------------------------------

TEST_CASE("4 working hours from 15:00 on a Monday run out at 09:30 on Tuesday")
{
    const auto e = workingEngine();
    const auto reported = at("2025-03-03 15:00");
    const auto h = tests::plumbing(Urgency::Normal, reported);

    const auto onTime = e.evaluate(h, completed(reported + 10min, at("2025-03-04 09:30")), at("2025-03-05 00:00"));
    CHECK(onTime.completion.ruleId == "wo-completion-4wh");
    CHECK(onTime.completion.deadline == at("2025-03-04 09:30"));
    CHECK(onTime.completion.active == 4h);
    CHECK(onTime.completion.outcome == Outcome::Met);

    const auto late = e.evaluate(h, completed(reported + 10min, at("2025-03-04 09:30:01")), at("2025-03-05 00:00"));
    CHECK(late.completion.outcome == Outcome::Missed);
    CHECK(late.completion.overBy == 1s);
}

TEST_CASE("working hours skip the weekend: 4 working hours from 16:00 Friday end at 10:30 Monday")
{
    const auto e = workingEngine();
    const auto reported = at("2025-03-07 16:00");
    const auto h = tests::plumbing(Urgency::Normal, reported);

    const auto ev = e.evaluate(h, completed(reported + 10min, at("2025-03-10 10:30")), at("2025-03-11 00:00"));
    CHECK(ev.completion.deadline == at("2025-03-10 10:30"));
    CHECK(ev.completion.outcome == Outcome::Met);

    // As of Monday 08:00 only 1.5 working hours have passed although the weekend lies in between.
    const auto monday = e.evaluate(h, domain::WorkOrderTimeline{}, at("2025-03-10 08:00"));
    CHECK(monday.completion.active == 90min);
    CHECK(monday.completion.outcome == Outcome::Pending);
}

TEST_CASE("an order reported after working hours starts its working clock at 08:00 on the next working day")
{
    const auto e = workingEngine();
    const auto reported = at("2025-03-07 20:00"); // Friday evening
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported), domain::WorkOrderTimeline{}, reported);
    CHECK(ev.completion.deadline == at("2025-03-10 12:00"));
}

TEST_CASE("the working clock skips public holidays and works on make-up days")
{
    const auto e = workingEngine();
    // Tuesday 30 September 16:00: 1.5 h that day, 1–8 October off, 2.5 h on Thursday 9 October.
    const auto reported = at("2025-09-30 16:00");
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported), domain::WorkOrderTimeline{}, reported);
    CHECK(ev.completion.deadline == at("2025-10-09 10:30"));
    // Friday 24 January 2025 16:00: 1.5 h, then the make-up Sunday the 26th.
    const auto january = at("2025-01-24 16:00");
    const auto ev2 = e.evaluate(tests::plumbing(Urgency::Normal, january), domain::WorkOrderTimeline{}, january);
    CHECK(ev2.completion.deadline == at("2025-01-26 10:30"));
}

TEST_CASE("an order whose working hours ran out at 17:30 and is completed that evening is on time")
{
    const auto e = workingEngine();
    const auto reported = at("2025-03-03 13:30"); // 4 working hours end exactly at 17:30
    const auto h = tests::plumbing(Urgency::Normal, reported);

    const auto evening = e.evaluate(h, completed(reported + 10min, at("2025-03-03 20:00")), at("2025-03-05 00:00"));
    CHECK(evening.completion.active == 4h);
    CHECK(evening.completion.outcome == Outcome::Met);

    // Not done overnight: still pending before work resumes, late a second after 08:00.
    CHECK(e.evaluate(h, domain::WorkOrderTimeline{}, at("2025-03-04 08:00")).completion.outcome == Outcome::Pending);
    const auto late = e.evaluate(h, domain::WorkOrderTimeline{}, at("2025-03-04 08:00:01"));
    CHECK(late.completion.outcome == Outcome::Missed);
    CHECK(late.completion.overBy == 1s);
}

TEST_CASE("a hold over the weekend subtracts only the working time it covers")
{
    const auto e = workingEngine();
    const auto reported = at("2025-03-07 16:00"); // Friday
    // On hold Friday 17:00 to Monday 09:00: 0.5 h of Friday's and 1 h of Monday's working time.
    // Worked: Friday 16:00–17:00 (1 h), then Monday from 09:00 → 4 h reached at 12:00.
    const std::vector holds{hold(at("2025-03-07 17:00"), at("2025-03-10 09:00"))};
    const auto h = tests::plumbing(Urgency::Normal, reported);

    const auto onTime =
        e.evaluate(h, completed(reported + 10min, at("2025-03-10 12:00"), holds), at("2025-03-11 00:00"));
    CHECK(onTime.completion.deadline == at("2025-03-10 12:00"));
    CHECK(onTime.completion.active == 4h);
    CHECK(onTime.completion.outcome == Outcome::Met);

    const auto late =
        e.evaluate(h, completed(reported + 10min, at("2025-03-10 12:00:01"), holds), at("2025-03-11 00:00"));
    CHECK(late.completion.outcome == Outcome::Missed);
    CHECK(late.completion.overBy == 1s);
}

TEST_CASE("a hold entirely outside working hours does not move a working-clock deadline")
{
    const auto e = workingEngine();
    const auto reported = at("2025-03-03 15:00");
    const std::vector holds{hold(at("2025-03-03 18:00"), at("2025-03-04 07:00"))};
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported),
                               completed(reported + 10min, at("2025-03-04 09:30:01"), holds), at("2025-03-05 00:00"));
    CHECK(ev.completion.deadline == at("2025-03-04 09:30"));
    CHECK(ev.completion.outcome == Outcome::Missed);
}

// ---- holds on the elapsed clock -----------------------------------------------------------------------------

TEST_CASE("two hours on hold give a normal repair 10 hours of wall-clock time")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    const std::vector holds{hold(at("2025-03-03 10:00"), at("2025-03-03 12:00"))};
    const auto h = tests::plumbing(Urgency::Normal, reported);

    const auto onTime =
        e.evaluate(h, completed(reported + 20min, at("2025-03-03 19:00"), holds), at("2025-03-04 00:00"));
    CHECK(onTime.completion.active == 8h);
    CHECK(onTime.completion.deadline == at("2025-03-03 19:00"));
    CHECK(onTime.completion.outcome == Outcome::Met);

    const auto late =
        e.evaluate(h, completed(reported + 20min, at("2025-03-03 19:00:01"), holds), at("2025-03-04 00:00"));
    CHECK(late.completion.outcome == Outcome::Missed);
    CHECK(late.completion.overBy == 1s);
}

TEST_CASE("several holds add up")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    const std::vector holds{hold(at("2025-03-03 10:00"), at("2025-03-03 11:00")),
                            hold(at("2025-03-03 13:00"), at("2025-03-03 13:30"))};
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported),
                               completed(reported + 20min, at("2025-03-03 18:30"), holds), at("2025-03-04 00:00"));
    CHECK(ev.completion.active == 8h);
    CHECK(ev.completion.deadline == at("2025-03-03 18:30"));
    CHECK(ev.completion.outcome == Outcome::Met);
}

TEST_CASE("an order still on hold at the as-of time has no deadline yet and stays pending")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-03 09:20");
    tl.holds = {hold(at("2025-03-03 10:00"), std::nullopt)};
    // A day later: 24 h of wall-clock time but only 1 h before the hold.
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported), tl, at("2025-03-04 09:00"));
    CHECK(ev.completion.outcome == Outcome::Pending);
    CHECK_FALSE(ev.completion.deadline.has_value());
    CHECK(ev.completion.active == 1h);
    CHECK(ev.arrival.outcome == Outcome::Met);
    CHECK(ev.repair == Outcome::Pending);
}

TEST_CASE("a hold that ends after the as-of time counts as still open at that time")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-03 09:20");
    tl.holds = {hold(at("2025-03-03 10:00"), at("2025-03-04 10:00"))};
    tl.completed = at("2025-03-04 18:00"); // 1 h + 8 h = 9 h active: late in the end

    const auto before = e.evaluate(tests::plumbing(Urgency::Normal, reported), tl, at("2025-03-04 09:00"));
    CHECK(before.completion.outcome == Outcome::Pending);
    CHECK_FALSE(before.completion.deadline.has_value());

    const auto after = e.evaluate(tests::plumbing(Urgency::Normal, reported), tl, at("2025-03-05 00:00"));
    CHECK(after.completion.deadline == at("2025-03-04 17:00"));
    CHECK(after.completion.outcome == Outcome::Missed);
    CHECK(after.completion.overBy == 1h);
}

TEST_CASE("a hold before the technician arrives is subtracted from the arrival time too")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    const auto h = tests::plumbing(Urgency::Normal, reported);
    domain::WorkOrderTimeline tl;
    tl.holds = {hold(at("2025-03-03 09:10"), at("2025-03-03 09:40"))}; // resident not at home

    tl.arrived = at("2025-03-03 10:00");
    const auto onTime = e.evaluate(h, tl, at("2025-03-03 12:00"));
    CHECK(onTime.arrival.active == 30min);
    CHECK(onTime.arrival.deadline == at("2025-03-03 10:00"));
    CHECK(onTime.arrival.outcome == Outcome::Met);

    tl.arrived = at("2025-03-03 10:00:01");
    const auto late = e.evaluate(h, tl, at("2025-03-03 12:00"));
    CHECK(late.arrival.outcome == Outcome::Missed);
    CHECK(late.arrival.overBy == 1s);
}

TEST_CASE("a hold that starts exactly at the arrival deadline keeps the order within its limit")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    const auto h = tests::plumbing(Urgency::Normal, reported);

    SECTION("still on hold: pending however long it lasts")
    {
        domain::WorkOrderTimeline tl;
        tl.holds = {hold(at("2025-03-03 09:30"), std::nullopt)};
        const auto ev = e.evaluate(h, tl, at("2025-03-03 15:00"));
        CHECK(ev.arrival.active == 30min);
        CHECK(ev.arrival.outcome == Outcome::Pending);
        CHECK_FALSE(ev.arrival.deadline.has_value());
    }
    SECTION("resumed at 10:00: the technician must arrive at 10:00 exactly")
    {
        domain::WorkOrderTimeline tl;
        tl.holds = {hold(at("2025-03-03 09:30"), at("2025-03-03 10:00"))};
        tl.arrived = at("2025-03-03 10:00");
        const auto ev = e.evaluate(h, tl, at("2025-03-03 15:00"));
        CHECK(ev.arrival.deadline == at("2025-03-03 10:00"));
        CHECK(ev.arrival.outcome == Outcome::Met);
        tl.arrived = at("2025-03-03 10:00:01");
        CHECK(e.evaluate(h, tl, at("2025-03-03 15:00")).arrival.outcome == Outcome::Missed);
    }
}

TEST_CASE("a hold started after the arrival deadline has passed does not rescue the late arrival")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    domain::WorkOrderTimeline tl;
    tl.holds = {hold(at("2025-03-03 10:00"), std::nullopt)};
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported), tl, at("2025-03-03 12:00"));
    CHECK(ev.arrival.deadline == at("2025-03-03 09:30"));
    CHECK(ev.arrival.outcome == Outcome::Missed);
    CHECK(ev.arrival.overBy == 30min);
}

TEST_CASE("holds do not extend a same-day emergency deadline")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 10:00");
    const std::vector holds{hold(at("2025-03-03 12:00"), at("2025-03-04 09:00"))};
    const auto ev = e.evaluate(tests::plumbing(Urgency::Emergency, reported),
                               completed(reported + 5min, at("2025-03-04 10:00"), holds), at("2025-03-05 00:00"));
    CHECK(ev.completion.deadline == at("2025-03-04 00:00"));
    CHECK(ev.completion.outcome == Outcome::Missed);
    CHECK(ev.completion.overBy == 10h);
}

TEST_CASE("holds do not extend a working-days deadline")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 10:00");
    const std::vector holds{hold(at("2025-03-03 12:00"), at("2025-03-06 09:00"))};
    const auto ev = e.evaluate(tests::workOrder(domain::Category::DoorsWindows, Urgency::Normal, reported),
                               completed(reported + 5min, at("2025-03-06 10:00"), holds), at("2025-03-07 00:00"));
    CHECK(ev.completion.deadline == at("2025-03-06 00:00"));
    CHECK(ev.completion.outcome == Outcome::Missed);
}

TEST_CASE("activeTime and durationDeadline agree on a hold spanning a working night")
{
    const auto site = tests::siteContext(tests::chinaCalendar());
    const std::vector holds{hold(at("2025-03-03 17:00"), at("2025-03-04 09:00"))};
    const auto start = at("2025-03-03 15:00");
    // Working: Mon 15:00–17:00 (2 h) + Tue 09:00–11:00 (2 h).
    CHECK(rules::activeTime(domain::ClockKind::Working, site, start, at("2025-03-04 11:00"), holds) == 4h);
    CHECK(rules::durationDeadline(domain::ClockKind::Working, site, start, 4h, holds) == at("2025-03-04 11:00"));
    // Elapsed: 20 h wall clock less 16 h on hold.
    CHECK(rules::activeTime(domain::ClockKind::Elapsed, site, start, at("2025-03-04 11:00"), holds) == 4h);
}

// ---- daylight saving --------------------------------------------------------------------------------------

TEST_CASE("elapsed time across the spring-forward change is real time: 01:50 EST to 03:10 EDT is 20 minutes")
{
    const auto e = tests::plainEngine("America/New_York");
    const auto reported = at("2025-03-09 01:50", "America/New_York");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-09 03:10", "America/New_York");
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported), tl, tl.arrived.value() + 1h);
    CHECK(ev.arrival.active == 20min);
    CHECK(ev.arrival.outcome == Outcome::Met);
    CHECK(ev.arrival.deadline == at("2025-03-09 03:20", "America/New_York"));
}

TEST_CASE("elapsed time across the fall-back change is real time: 01:50 EDT to 01:10 EST is 20 minutes")
{
    const auto e = tests::plainEngine("America/New_York");
    const auto reported = at("2025-11-02T01:50:00-04:00", "America/New_York");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-11-02T01:10:00-05:00", "America/New_York");
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported), tl, tl.arrived.value() + 1h);
    CHECK(ev.arrival.active == 20min);
    CHECK(ev.arrival.outcome == Outcome::Met);
}

TEST_CASE("an emergency on the 23-hour spring-forward day is due at local midnight")
{
    const auto e = tests::plainEngine("America/New_York");
    const auto reported = at("2025-03-09 10:00", "America/New_York");
    const auto ev = e.evaluate(tests::plumbing(Urgency::Emergency, reported), domain::WorkOrderTimeline{}, reported);
    CHECK(ev.completion.deadline == at("2025-03-10 00:00", "America/New_York"));
    CHECK(*ev.completion.deadline - reported == 14h);
}
