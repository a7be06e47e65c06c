// As-of evaluation, agreed deadlines (due_at) and completion without an arrival (DESIGN.md §3).

#include "rulesfixtures.h"

#include <catch2/catch.hpp>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::Urgency;
using rules::Outcome;
using tests::at;
using tests::hold;

// ---- as of a time T ---------------------------------------------------------------------------------------

TEST_CASE("an arrival recorded after the as-of time has not happened yet: pending while within 30 minutes")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-03 09:20");
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported), tl, at("2025-03-03 09:10"));
    CHECK_FALSE(ev.timeline.arrived.has_value());
    CHECK_FALSE(ev.arrival.end.has_value());
    CHECK(ev.arrival.outcome == Outcome::Pending);
    CHECK(ev.arrival.active == 10min);
}

TEST_CASE("a late arrival recorded after the as-of time is already missed once the deadline has passed")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-03 09:50");
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported), tl, at("2025-03-03 09:40"));
    CHECK(ev.arrival.outcome == Outcome::Missed);
    CHECK(ev.arrival.overBy == 10min);
    CHECK(ev.repair == Outcome::Missed);
}

TEST_CASE("at the exact deadline a milestone is still pending, one second later it is missed")
{
    const auto e = tests::chinaEngine();
    SECTION("30 elapsed minutes")
    {
        const auto reported = at("2025-03-03 09:00");
        const auto h = tests::plumbing(Urgency::Normal, reported);
        CHECK(e.evaluate(h, {}, at("2025-03-03 09:30")).arrival.outcome == Outcome::Pending);
        const auto late = e.evaluate(h, {}, at("2025-03-03 09:30:01"));
        CHECK(late.arrival.outcome == Outcome::Missed);
        CHECK(late.arrival.overBy == 1s);
    }
    SECTION("same-day emergency completion")
    {
        const auto reported = at("2025-03-03 10:00");
        const auto h = tests::plumbing(Urgency::Emergency, reported);
        CHECK(e.evaluate(h, {}, at("2025-03-04 00:00")).completion.outcome == Outcome::Pending);
        const auto late = e.evaluate(h, {}, at("2025-03-04 00:00:01"));
        CHECK(late.completion.outcome == Outcome::Missed);
        CHECK(late.completion.overBy == 1s);
    }
    SECTION("door repair, 2 working days")
    {
        const auto reported = at("2025-03-03 10:00");
        const auto h = tests::workOrder(domain::Category::DoorsWindows, Urgency::Normal, reported);
        CHECK(e.evaluate(h, {}, at("2025-03-06 00:00")).completion.outcome == Outcome::Pending);
        CHECK(e.evaluate(h, {}, at("2025-03-06 00:00:01")).completion.outcome == Outcome::Missed);
    }
}

TEST_CASE("a completion at exactly the as-of time counts as done")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-03 09:10");
    tl.completed = at("2025-03-03 12:00");
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported), tl, at("2025-03-03 12:00"));
    CHECK(ev.completion.outcome == Outcome::Met);
    CHECK(ev.repair == Outcome::Met);
    CHECK(ev.revisit.outcome == Outcome::Pending);
}

TEST_CASE("an order reported after the as-of time is not measured at all")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-03 09:10");
    tl.completed = at("2025-03-03 10:00");
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported), tl, at("2025-03-03 08:59:59"));
    CHECK(ev.arrival.outcome == Outcome::NotMeasured);
    CHECK(ev.completion.outcome == Outcome::NotMeasured);
    CHECK(ev.revisit.outcome == Outcome::NotMeasured);
    CHECK(ev.repair == Outcome::NotMeasured);
}

TEST_CASE("an order cancelled by the as-of time is not measured, one cancelled later still is")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    domain::WorkOrderTimeline tl;
    tl.cancelled = at("2025-03-03 12:00");
    const auto h = tests::plumbing(Urgency::Normal, reported);

    const auto cancelled = e.evaluate(h, tl, at("2025-03-03 12:00"));
    CHECK(cancelled.arrival.outcome == Outcome::NotMeasured);
    CHECK(cancelled.completion.outcome == Outcome::NotMeasured);
    CHECK(cancelled.repair == Outcome::NotMeasured);

    const auto before = e.evaluate(h, tl, at("2025-03-03 11:00"));
    CHECK(before.arrival.outcome == Outcome::Missed);
    CHECK(before.completion.outcome == Outcome::Pending);
    CHECK(before.repair == Outcome::Missed);
}

TEST_CASE("the revisit milestone exists only once the order is completed by the as-of time")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-03 09:10");
    tl.completed = at("2025-03-03 12:00");
    const auto h = tests::plumbing(Urgency::Normal, reported);
    CHECK(e.evaluate(h, tl, at("2025-03-03 11:59:59")).revisit.outcome == Outcome::NotMeasured);
}

TEST_CASE("a completed order never revisited misses its revisit once 48 hours have passed")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-03 09:10");
    tl.completed = at("2025-03-03 12:00");
    tl.revisited = at("2025-03-06 09:00"); // recorded later than the as-of times below
    const auto h = tests::plumbing(Urgency::Normal, reported);

    const auto atLimit = e.evaluate(h, tl, at("2025-03-05 12:00"));
    CHECK(atLimit.revisit.outcome == Outcome::Pending);
    CHECK(atLimit.revisit.deadline == at("2025-03-05 12:00"));
    const auto after = e.evaluate(h, tl, at("2025-03-05 12:00:01"));
    CHECK(after.revisit.outcome == Outcome::Missed);
    CHECK(after.revisit.overBy == 1s);
    // The revisit does not count towards the repair outcome.
    CHECK(after.repair == Outcome::Met);
}

TEST_CASE("the repair outcome is pending while arrival is met and completion is still open")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-03 09:10");
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported), tl, at("2025-03-03 12:00"));
    CHECK(ev.arrival.outcome == Outcome::Met);
    CHECK(ev.completion.outcome == Outcome::Pending);
    CHECK(ev.repair == Outcome::Pending);
}

TEST_CASE("the evaluation's timeline forgets events after the as-of time")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-03 09:10");
    tl.completed = at("2025-03-03 12:00");
    tl.revisited = at("2025-03-04 09:00");
    tl.satisfaction = 5;
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported), tl, at("2025-03-03 18:00"));
    CHECK(ev.timeline.completed == tl.completed);
    CHECK_FALSE(ev.timeline.revisited.has_value());
    CHECK_FALSE(ev.timeline.satisfaction.has_value());
    CHECK(ev.revisit.outcome == Outcome::Pending);
}

// ---- completion without arrival ----------------------------------------------------------------------------

TEST_CASE("a repair completed without a recorded arrival arrived when it was completed")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    const auto h = tests::plumbing(Urgency::Normal, reported);
    domain::WorkOrderTimeline tl;

    tl.completed = at("2025-03-03 09:25");
    const auto quick = e.evaluate(h, tl, at("2025-03-03 12:00"));
    CHECK(quick.arrival.end == at("2025-03-03 09:25"));
    CHECK(quick.arrival.outcome == Outcome::Met);
    CHECK(quick.repair == Outcome::Met);

    tl.completed = at("2025-03-03 10:00");
    const auto slow = e.evaluate(h, tl, at("2025-03-03 12:00"));
    CHECK(slow.arrival.outcome == Outcome::Missed);
    CHECK(slow.arrival.overBy == 30min);
    CHECK(slow.completion.outcome == Outcome::Met);
    CHECK(slow.repair == Outcome::Missed);
}

// ---- due_at ---------------------------------------------------------------------------------------------------

TEST_CASE("an agreed completion deadline replaces the 8-hour rule: met up to and including due_at")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    auto h = tests::plumbing(Urgency::Normal, reported);
    h.dueAt = at("2025-03-05 18:00"); // appointment two days later
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-03 09:20");

    tl.completed = at("2025-03-05 18:00");
    const auto onTime = e.evaluate(h, tl, at("2025-03-06 00:00"));
    CHECK(onTime.completion.byDueAt);
    CHECK(onTime.completion.ruleId.empty());
    CHECK(onTime.completion.deadline == h.dueAt);
    CHECK(onTime.completion.outcome == Outcome::Met);
    CHECK(onTime.repair == Outcome::Met);

    tl.completed = at("2025-03-05 18:00:01");
    const auto late = e.evaluate(h, tl, at("2025-03-06 00:00"));
    CHECK(late.completion.outcome == Outcome::Missed);
    CHECK(late.completion.overBy == 1s);
}

TEST_CASE("an agreed deadline earlier than the rule's is the one that counts")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    auto h = tests::plumbing(Urgency::Normal, reported);
    h.dueAt = at("2025-03-03 10:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-03 09:20");
    tl.completed = at("2025-03-03 11:00"); // within 8 hours, after the appointment
    const auto ev = e.evaluate(h, tl, at("2025-03-04 00:00"));
    CHECK(ev.completion.outcome == Outcome::Missed);
    CHECK(ev.completion.overBy == 1h);
}

TEST_CASE("holds do not move an agreed deadline")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    auto h = tests::plumbing(Urgency::Normal, reported);
    h.dueAt = at("2025-03-05 18:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-03 09:20");
    tl.holds = {hold(at("2025-03-04 09:00"), at("2025-03-05 12:00"))};
    tl.completed = at("2025-03-05 18:00:01");
    const auto ev = e.evaluate(h, tl, at("2025-03-06 00:00"));
    CHECK(ev.completion.deadline == at("2025-03-05 18:00"));
    CHECK(ev.completion.outcome == Outcome::Missed);
}

TEST_CASE("an agreed deadline after the as-of time keeps the order pending although 8 hours have passed")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 09:00");
    auto h = tests::plumbing(Urgency::Normal, reported);
    h.dueAt = at("2025-03-05 18:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-03 09:20");
    tl.completed = at("2025-03-05 17:00"); // in the future as of the 4th

    const auto ev = e.evaluate(h, tl, at("2025-03-04 12:00"));
    CHECK(ev.completion.byDueAt);
    CHECK(ev.completion.outcome == Outcome::Pending);
    CHECK(ev.repair == Outcome::Pending);

    CHECK(e.evaluate(h, {}, at("2025-03-05 18:00")).completion.outcome == Outcome::Pending);
    CHECK(e.evaluate(h, {}, at("2025-03-05 18:00:01")).completion.outcome == Outcome::Missed);
}

TEST_CASE("an agreed deadline replaces the same-day emergency rule but not the arrival rule")
{
    const auto e = tests::chinaEngine();
    const auto reported = at("2025-03-03 10:00"); // Monday daytime: 10 minutes to arrive
    auto h = tests::plumbing(Urgency::Emergency, reported);
    h.dueAt = at("2025-03-04 12:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = at("2025-03-03 10:11");
    tl.completed = at("2025-03-04 11:00");
    const auto ev = e.evaluate(h, tl, at("2025-03-05 00:00"));
    CHECK(ev.completion.outcome == Outcome::Met);
    CHECK(ev.arrival.ruleId == "wo-arrival-emergency-daytime");
    CHECK(ev.arrival.outcome == Outcome::Missed);
    CHECK(ev.repair == Outcome::Missed);
}
