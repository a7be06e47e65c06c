// The boundaries of the default rule set (DESIGN.md §3): which rule applies, and that equality at the
// limit is met while one second more is missed.

#include "rulesfixtures.h"

#include <catch2/catch.hpp>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::Category;
using domain::Urgency;
using rules::Outcome;
using tests::at;

namespace {

domain::WorkOrderTimeline arrivedAt(domain::Instant arrived)
{
    domain::WorkOrderTimeline tl;
    tl.arrived = arrived;
    return tl;
}

domain::WorkOrderTimeline completedAt(domain::Instant arrived, domain::Instant completed)
{
    domain::WorkOrderTimeline tl;
    tl.arrived = arrived;
    tl.completed = completed;
    return tl;
}

} // namespace

// ---- arrival: which rule ------------------------------------------------------------------------------

TEST_CASE("an emergency reported at 08:00 sharp on a working day gets 10 minutes")
{
    const auto e = tests::plainEngine();
    const auto reported = at("2025-03-03 08:00"); // Monday
    const auto h = tests::plumbing(Urgency::Emergency, reported);

    const auto onTime = e.evaluate(h, arrivedAt(reported + 10min), reported + 1h);
    CHECK(onTime.arrival.ruleId == "wo-arrival-emergency-daytime");
    CHECK(onTime.arrival.outcome == Outcome::Met);
    CHECK(onTime.arrival.deadline == reported + 10min);

    const auto late = e.evaluate(h, arrivedAt(reported + 10min + 1s), reported + 1h);
    CHECK(late.arrival.outcome == Outcome::Missed);
    CHECK(late.arrival.overBy == 1s);
}

TEST_CASE("an emergency reported at 07:59:59 on a working day gets 15 minutes, not 10")
{
    const auto e = tests::plainEngine();
    const auto reported = at("2025-03-03 07:59:59");
    const auto ev =
        e.evaluate(tests::plumbing(Urgency::Emergency, reported), arrivedAt(reported + 15min), reported + 1h);
    CHECK(ev.arrival.ruleId == "wo-arrival-emergency");
    CHECK(ev.arrival.outcome == Outcome::Met);
}

TEST_CASE("an emergency arriving 15 minutes and 1 second after a 17:30 report is late")
{
    const auto e = tests::plainEngine();
    const auto reported = at("2025-03-03 17:30");
    const auto ev =
        e.evaluate(tests::plumbing(Urgency::Emergency, reported), arrivedAt(reported + 15min + 1s), reported + 1h);
    CHECK(ev.arrival.ruleId == "wo-arrival-emergency");
    CHECK(ev.arrival.outcome == Outcome::Missed);
    CHECK(ev.arrival.overBy == 1s);
}

TEST_CASE("an emergency reported on a Saturday afternoon gets 15 minutes, not 10")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-08 10:00"); // Saturday, no holiday entry
    const auto ev =
        e.evaluate(tests::plumbing(Urgency::Emergency, reported), arrivedAt(reported + 12min), reported + 1h);
    CHECK(ev.arrival.ruleId == "wo-arrival-emergency");
    CHECK(ev.arrival.outcome == Outcome::Met);
}

TEST_CASE("an emergency on a make-up working weekend day gets 10 minutes with calendar CN")
{
    const auto e = tests::chinaEngine();
    // 2025-01-26 is a Sunday worked in exchange for the Spring Festival; 2025-02-08 a Saturday.
    for (const auto* when : {"2025-01-26 10:00", "2025-02-08 10:00"}) {
        CAPTURE(when);
        const auto reported = at(when);
        const auto ev =
            e.evaluate(tests::plumbing(Urgency::Emergency, reported), arrivedAt(reported + 12min), reported + 1h);
        CHECK(ev.arrival.ruleId == "wo-arrival-emergency-daytime");
        CHECK(ev.arrival.outcome == Outcome::Missed);
        CHECK(ev.arrival.overBy == 2min);
    }
}

TEST_CASE("the same make-up Sunday is a weekend day with calendar none, so the emergency gets 15 minutes")
{
    const auto e = tests::plainEngine();
    const auto reported = at("2025-01-26 10:00");
    const auto ev =
        e.evaluate(tests::plumbing(Urgency::Emergency, reported), arrivedAt(reported + 12min), reported + 1h);
    CHECK(ev.arrival.ruleId == "wo-arrival-emergency");
    CHECK(ev.arrival.outcome == Outcome::Met);
}

TEST_CASE("an emergency on a weekday public holiday gets 15 minutes with calendar CN")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-10-01 10:00"); // Wednesday, National Day
    const auto ev =
        e.evaluate(tests::plumbing(Urgency::Emergency, reported), arrivedAt(reported + 12min), reported + 1h);
    CHECK(ev.arrival.ruleId == "wo-arrival-emergency");
    CHECK(ev.arrival.outcome == Outcome::Met);
}

// ---- duration limits: equality met, one second over missed -------------------------------------------

TEST_CASE("a normal order arriving exactly 30 minutes after the report is on time, a second later is late")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    const auto h = tests::plumbing(Urgency::Normal, reported);

    const auto onTime = e.evaluate(h, arrivedAt(reported + 30min), reported + 1h);
    CHECK(onTime.arrival.ruleId == "wo-arrival");
    CHECK(onTime.arrival.outcome == Outcome::Met);
    CHECK(onTime.arrival.active == 30min);

    const auto late = e.evaluate(h, arrivedAt(reported + 30min + 1s), reported + 1h);
    CHECK(late.arrival.outcome == Outcome::Missed);
    CHECK(late.arrival.overBy == 1s);
}

TEST_CASE("a normal repair completed exactly 8 hours after the report is on time, a second later is late")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    const auto h = tests::plumbing(Urgency::Normal, reported);

    const auto onTime = e.evaluate(h, completedAt(reported + 10min, reported + 8h), reported + 9h);
    CHECK(onTime.completion.ruleId == "wo-completion");
    CHECK(onTime.completion.outcome == Outcome::Met);
    CHECK(onTime.completion.deadline == at("2025-03-03 17:00"));
    CHECK(onTime.repair == Outcome::Met);

    const auto late = e.evaluate(h, completedAt(reported + 10min, reported + 8h + 1s), reported + 9h);
    CHECK(late.completion.outcome == Outcome::Missed);
    CHECK(late.completion.overBy == 1s);
    CHECK(late.repair == Outcome::Missed);
}

TEST_CASE("a difficult repair has 72 hours, weekend included, and a second more is late")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-07 09:00"); // Friday
    const auto h = tests::plumbing(Urgency::Difficult, reported);

    const auto onTime = e.evaluate(h, completedAt(reported + 20min, at("2025-03-10 09:00")), at("2025-03-11 00:00"));
    CHECK(onTime.completion.ruleId == "wo-completion-difficult");
    CHECK(onTime.completion.outcome == Outcome::Met);

    const auto late = e.evaluate(h, completedAt(reported + 20min, at("2025-03-10 09:00:01")), at("2025-03-11 00:00"));
    CHECK(late.completion.outcome == Outcome::Missed);
    CHECK(late.completion.overBy == 1s);
}

TEST_CASE("a revisit exactly 48 hours after completion is on time, a second later is late")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    const auto completed = at("2025-03-03 11:00");
    const auto h = tests::plumbing(Urgency::Normal, reported);
    auto tl = completedAt(reported + 10min, completed);

    tl.revisited = at("2025-03-05 11:00");
    const auto onTime = e.evaluate(h, tl, at("2025-03-06 00:00"));
    CHECK(onTime.revisit.ruleId == "wo-revisit");
    CHECK(onTime.revisit.start == completed);
    CHECK(onTime.revisit.outcome == Outcome::Met);

    tl.revisited = at("2025-03-05 11:00:01");
    const auto late = e.evaluate(h, tl, at("2025-03-06 00:00"));
    CHECK(late.revisit.outcome == Outcome::Missed);
    CHECK(late.revisit.overBy == 1s);
}

// ---- calendar_days --------------------------------------------------------------------------------------

TEST_CASE("an emergency must be completed the day it is reported: 23:59:59 and 24:00 are on time, 00:00:01 is not")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 16:00");
    const auto h = tests::plumbing(Urgency::Emergency, reported);
    const auto asOf = at("2025-03-05 00:00");

    const auto lastSecond = e.evaluate(h, completedAt(reported + 5min, at("2025-03-03 23:59:59")), asOf);
    CHECK(lastSecond.completion.ruleId == "wo-completion-emergency-same-day");
    CHECK(lastSecond.completion.deadline == at("2025-03-04 00:00"));
    CHECK(lastSecond.completion.outcome == Outcome::Met);

    const auto midnight = e.evaluate(h, completedAt(reported + 5min, at("2025-03-04 00:00")), asOf);
    CHECK(midnight.completion.outcome == Outcome::Met);

    const auto nextDay = e.evaluate(h, completedAt(reported + 5min, at("2025-03-04 00:00:01")), asOf);
    CHECK(nextDay.completion.outcome == Outcome::Missed);
    CHECK(nextDay.completion.overBy == 1s);
}

TEST_CASE("an emergency reported at 23:50 still has only until midnight, not 8 hours")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 23:50");
    const auto ev = e.evaluate(tests::plumbing(Urgency::Emergency, reported),
                               completedAt(reported + 5min, at("2025-03-04 00:30")), at("2025-03-05 00:00"));
    CHECK(ev.completion.outcome == Outcome::Missed);
    CHECK(ev.completion.overBy == 30min);
}

TEST_CASE("an emergency lighting fault is an emergency first: same day, not 2 days")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 10:00");
    const auto ev = e.evaluate(tests::workOrder(Category::Lighting, Urgency::Emergency, reported),
                               completedAt(reported + 5min, at("2025-03-04 10:00")), at("2025-03-06 00:00"));
    CHECK(ev.completion.ruleId == "wo-completion-emergency-same-day");
    CHECK(ev.completion.outcome == Outcome::Missed);
}

TEST_CASE("a lighting repair has until 24:00 of the second calendar day after the report, weekend or not")
{
    const auto e = tests::chinaEngine();
    const auto asOf = at("2025-03-20 00:00");
    {
        const auto reported = at("2025-03-03 15:00"); // Monday
        const auto h = tests::workOrder(Category::Lighting, Urgency::Normal, reported);
        const auto onTime = e.evaluate(h, completedAt(reported + 5min, at("2025-03-05 23:59:59")), asOf);
        CHECK(onTime.completion.ruleId == "wo-completion-lighting");
        CHECK(onTime.completion.deadline == at("2025-03-06 00:00"));
        CHECK(onTime.completion.outcome == Outcome::Met);
        const auto late = e.evaluate(h, completedAt(reported + 5min, at("2025-03-06 00:00:01")), asOf);
        CHECK(late.completion.outcome == Outcome::Missed);
    }
    {
        const auto reported = at("2025-03-07 15:00"); // Friday: Saturday and Sunday count
        const auto h = tests::workOrder(Category::Lighting, Urgency::Normal, reported);
        const auto ev = e.evaluate(h, completedAt(reported + 5min, at("2025-03-10 09:00")), asOf);
        CHECK(ev.completion.deadline == at("2025-03-10 00:00"));
        CHECK(ev.completion.outcome == Outcome::Missed);
    }
}

// ---- working_days ---------------------------------------------------------------------------------------

namespace {

domain::Instant doorsDeadline(const rules::RuleEngine& e, domain::Instant reported)
{
    const auto h = tests::workOrder(Category::DoorsWindows, Urgency::Normal, reported);
    const auto ev = e.evaluate(h, domain::WorkOrderTimeline{}, reported);
    REQUIRE(ev.completion.ruleId == "wo-completion-doors-windows");
    REQUIRE(ev.completion.deadline);
    return *ev.completion.deadline;
}

} // namespace

TEST_CASE("a door repair reported on a Monday is due by 24:00 on Wednesday")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 10:00");
    CHECK(doorsDeadline(e, reported) == at("2025-03-06 00:00"));

    const auto h = tests::workOrder(Category::DoorsWindows, Urgency::Normal, reported);
    domain::WorkOrderTimeline tl;
    tl.arrived = reported + 10min;
    tl.completed = at("2025-03-05 23:59:59");
    CHECK(e.evaluate(h, tl, at("2025-03-10 00:00")).completion.outcome == Outcome::Met);
    tl.completed = at("2025-03-06 00:00:01");
    CHECK(e.evaluate(h, tl, at("2025-03-10 00:00")).completion.outcome == Outcome::Missed);
}

TEST_CASE("a door repair reported on a Saturday counts Monday and Tuesday: due 24:00 Tuesday")
{
    const auto e = tests::chinaEngine();
    CHECK(doorsDeadline(e, at("2025-03-08 10:00")) == at("2025-03-12 00:00"));
    CHECK(doorsDeadline(e, at("2025-03-09 23:59")) == at("2025-03-12 00:00")); // Sunday
}

TEST_CASE("a door repair reported on a Friday evening is due by 24:00 on Tuesday")
{
    const auto e = tests::chinaEngine();
    CHECK(doorsDeadline(e, at("2025-03-07 21:00")) == at("2025-03-12 00:00"));
}

TEST_CASE("a make-up working Sunday counts as a working day for door repairs with calendar CN")
{
    // Friday 2025-01-24 → Sat 25th off, Sun 26th make-up working day (1st), Mon 27th (2nd).
    CHECK(doorsDeadline(tests::chinaEngine(), at("2025-01-24 10:00")) == at("2025-01-28 00:00"));
    // Without the holiday calendar: Mon 27th (1st), Tue 28th (2nd).
    CHECK(doorsDeadline(tests::plainEngine(), at("2025-01-24 10:00")) == at("2025-01-29 00:00"));
}

TEST_CASE("a weekday public holiday does not count as a working day for door repairs")
{
    // Thursday 2025-04-03 → Fri 4th 清明 off, weekend, Mon 7th (1st), Tue 8th (2nd).
    CHECK(doorsDeadline(tests::chinaEngine(), at("2025-04-03 10:00")) == at("2025-04-09 00:00"));
    // Calendar none: Fri 4th (1st), Mon 7th (2nd).
    CHECK(doorsDeadline(tests::plainEngine(), at("2025-04-03 10:00")) == at("2025-04-08 00:00"));
}

TEST_CASE("a door repair reported the day before National Day 2025 is due at the end of 10 October")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-09-30 16:00");
    // 1–8 October are off; Thursday 9th is the 1st working day after, Friday 10th the 2nd.
    CHECK(doorsDeadline(e, reported) == at("2025-10-11 00:00"));

    const auto h = tests::workOrder(Category::DoorsWindows, Urgency::Normal, reported);
    domain::WorkOrderTimeline tl;
    tl.arrived = reported + 10min;
    tl.completed = at("2025-10-10 23:59:59");
    CHECK(e.evaluate(h, tl, at("2025-10-20 00:00")).completion.outcome == Outcome::Met);
    tl.completed = at("2025-10-11 00:00:01");
    const auto late = e.evaluate(h, tl, at("2025-10-20 00:00"));
    CHECK(late.completion.outcome == Outcome::Missed);
    CHECK(late.completion.overBy == 1s);
}

TEST_CASE("around National Day 2025 the make-up Sunday and Saturday count as working days")
{
    const auto e = tests::chinaEngine();
    // Saturday 27 September → Sun 28th make-up (1st), Mon 29th (2nd).
    CHECK(doorsDeadline(e, at("2025-09-27 10:00")) == at("2025-09-30 00:00"));
    // Thursday 9 October → Fri 10th (1st), Sat 11th make-up (2nd).
    CHECK(doorsDeadline(e, at("2025-10-09 10:00")) == at("2025-10-12 00:00"));
    // Reported on the holiday itself (Wednesday 1 October): 9th and 10th.
    CHECK(doorsDeadline(e, at("2025-10-01 10:00")) == at("2025-10-11 00:00"));
}

TEST_CASE("a difficult door repair follows the door rule, which comes first in the list")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 10:00");
    const auto ev = e.evaluate(tests::workOrder(Category::DoorsWindows, Urgency::Difficult, reported),
                               domain::WorkOrderTimeline{}, reported);
    CHECK(ev.completion.ruleId == "wo-completion-doors-windows");
}

TEST_CASE("a complaint has 4 working days to be resolved, counted on the holiday calendar")
{
    const auto e = tests::chinaEngine();
    const auto set = tests::defaultRuleSet();
    const auto received = at("2025-09-29 10:00"); // Monday; Tue 30th (1), Oct 9 (2), 10 (3), Sat 11 (4)
    const rules::RecordFacts facts{domain::RuleSubject::Complaint, "noise", "", received};
    const auto* rule = e.match(set, facts, domain::Milestone::Resolution);
    REQUIRE(rule);
    CHECK(rule->id == "complaint-resolution");
    const auto r = e.evaluate(*rule, domain::Milestone::Resolution, received, std::nullopt, {}, received);
    CHECK(r.deadline == at("2025-10-12 00:00"));

    const auto* response = e.match(set, facts, domain::Milestone::Response);
    REQUIRE(response);
    CHECK(response->id == "complaint-response");
    CHECK(e.match(set, facts, domain::Milestone::Arrival) == nullptr);
}

// ---- conditions of custom rules ----------------------------------------------------------------------------

TEST_CASE("a night window 22:00–06:00 wraps midnight: it covers 22:00 and 05:59:59 but not 06:00 or 21:59:59")
{
    const auto set = tests::ruleSetFromJson(R"({ "name": "night", "effective_from": "2000-01-01", "rules": [
      { "id": "night", "applies_to": "work_order", "milestone": "arrival",
        "when": { "reported_between": ["22:00", "06:00"], "working_day": false },
        "limit": { "amount": 20, "unit": "minutes", "clock": "elapsed" } },
      { "id": "other", "applies_to": "work_order", "milestone": "arrival", "when": {},
        "limit": { "amount": 30, "unit": "minutes", "clock": "elapsed" } } ] })");
    const rules::RuleEngine e(tests::siteContext(tests::chinaCalendar()), "HQ", {set});
    const auto ruleFor = [&](const char* local) {
        const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, at(local)), {}, at(local));
        return ev.arrival.ruleId;
    };
    // Saturday night and the early hours of Sunday are not working days.
    CHECK(ruleFor("2025-03-08 22:00") == "night");
    CHECK(ruleFor("2025-03-08 23:59:59") == "night");
    CHECK(ruleFor("2025-03-09 00:00") == "night");
    CHECK(ruleFor("2025-03-09 05:59:59") == "night");
    CHECK(ruleFor("2025-03-09 06:00") == "other");
    CHECK(ruleFor("2025-03-08 21:59:59") == "other");
    // A Monday night is a working day, so working_day: false does not hold.
    CHECK(ruleFor("2025-03-03 23:00") == "other");
}

TEST_CASE("a rule for some categories applies to those categories only")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 10:00");
    for (const auto category : domain::allCategories()) {
        CAPTURE(domain::categoryKey(category));
        const auto ev = e.evaluate(tests::workOrder(category, Urgency::Normal, reported), {}, reported);
        const char* expected = category == Category::DoorsWindows ? "wo-completion-doors-windows"
                               : category == Category::Lighting   ? "wo-completion-lighting"
                                                                  : "wo-completion";
        CHECK(ev.completion.ruleId == expected);
        CHECK(ev.arrival.ruleId == "wo-arrival");
        CHECK(ev.revisit.outcome == Outcome::NotMeasured);
    }
}
