// The complaint milestones of DESIGN.md §3 against the bundled default rules 10 and 11: a response within
// 15 minutes, a resolution within 4 working days on the mainland-China holiday calendar.

#include "complaintfixtures.h"
#include "rulesfixtures.h"

#include <catch2/catch.hpp>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::ComplaintCategory;
using domain::Department;
using propdesk::tests::at;
using rules::Outcome;
using Complaint = propdesk::tests::ComplaintBuilder;

namespace {

// Resolved at `resolved` (and answered then), evaluated long after.
rules::ComplaintEvaluation resolvedAt(const char* received, const char* resolved)
{
    const auto e = tests::chinaEngine();
    Complaint c("TS1", at(received));
    c.respond(at(received) + 5min).resolve(at(resolved));
    return e.evaluate(c.get(), at("2026-12-31 00:00"));
}

} // namespace

TEST_CASE("the bundled default rules give complaints 15 minutes to respond and 4 working days to resolve")
{
    const auto set = tests::defaultRuleSet();
    const auto find = [&](std::string_view id) -> const domain::Rule& {
        const auto it = std::ranges::find(set.rules, id, &domain::Rule::id);
        REQUIRE(it != set.rules.end());
        return *it;
    };
    const auto& response = find("complaint-response");
    CHECK(response.appliesTo == domain::RuleSubject::Complaint);
    CHECK(response.milestone == domain::Milestone::Response);
    CHECK(response.amount == 15);
    CHECK(response.unit == domain::LimitUnit::Minutes);
    CHECK(response.clock == domain::ClockKind::Elapsed);
    CHECK(response.source == "002 售后服务承诺");
    const auto& resolution = find("complaint-resolution");
    CHECK(resolution.appliesTo == domain::RuleSubject::Complaint);
    CHECK(resolution.milestone == domain::Milestone::Resolution);
    CHECK(resolution.amount == 4);
    CHECK(resolution.unit == domain::LimitUnit::Days);
    CHECK(resolution.clock == domain::ClockKind::WorkingDays);
    CHECK(resolution.source == "003 制度3 §8");
    // Rules 10 and 11 are the last two of the eleven, in DESIGN.md's order.
    REQUIRE(set.rules.size() == 11);
    CHECK(set.rules[9].id == "complaint-response");
    CHECK(set.rules[10].id == "complaint-resolution");
}

TEST_CASE("a complaint answered exactly 15 minutes after it was received is on time")
{
    const auto e = tests::chinaEngine();
    Complaint c("TS1", at("2025-03-03 10:00"));
    c.respond(at("2025-03-03 10:15"));
    const auto ev = e.evaluate(c.get(), at("2025-03-03 12:00"));
    REQUIRE(ev.ruleSet);
    CHECK(ev.ruleSet->name == "default");
    CHECK(ev.response.milestone == domain::Milestone::Response);
    CHECK(ev.response.outcome == Outcome::Met);
    CHECK(ev.response.ruleId == "complaint-response");
    CHECK(ev.response.source == "002 售后服务承诺");
    CHECK(ev.response.start == at("2025-03-03 10:00"));
    CHECK(ev.response.end == at("2025-03-03 10:15"));
    CHECK(ev.response.deadline == at("2025-03-03 10:15"));
    CHECK(ev.response.active == 15min);
    CHECK(ev.response.overBy == 0s);
}

TEST_CASE("a complaint answered 15 minutes and 1 second after it was received is late by 1 second")
{
    const auto e = tests::chinaEngine();
    Complaint c("TS1", at("2025-03-03 10:00"));
    c.respond(at("2025-03-03 10:15:01"));
    const auto ev = e.evaluate(c.get(), at("2025-03-03 12:00"));
    CHECK(ev.response.outcome == Outcome::Missed);
    CHECK(ev.response.overBy == 1s);
}

TEST_CASE("the 15 minutes run at night and on holidays too: the response clock is elapsed time")
{
    const auto e = tests::chinaEngine();
    Complaint c("TS1", at("2025-10-01 23:55")); // National Day, late evening
    c.respond(at("2025-10-02 00:10"));
    const auto ev = e.evaluate(c.get(), at("2025-10-02 01:00"));
    CHECK(ev.response.outcome == Outcome::Met);
    CHECK(ev.response.deadline == at("2025-10-02 00:10"));
}

TEST_CASE("4 working days across the Spring Festival count the make-up Sunday and skip the holiday week")
{
    // Friday 2025-01-24: Sun 26th is a make-up working day (1), Mon 27th (2), 28th–Feb 4th are off,
    // Wed Feb 5th (3), Thu Feb 6th (4): due at 24:00 on Feb 6th.
    const auto onTime = resolvedAt("2025-01-24 10:00", "2025-02-07 00:00");
    CHECK(onTime.resolution.ruleId == "complaint-resolution");
    CHECK(onTime.resolution.source == "003 制度3 §8");
    CHECK(onTime.resolution.deadline == at("2025-02-07 00:00"));
    CHECK(onTime.resolution.outcome == Outcome::Met);
    CHECK(onTime.resolution.overBy == 0s);

    const auto late = resolvedAt("2025-01-24 10:00", "2025-02-07 00:00:01");
    CHECK(late.resolution.deadline == at("2025-02-07 00:00"));
    CHECK(late.resolution.outcome == Outcome::Missed);
    CHECK(late.resolution.overBy == 1s);
}

TEST_CASE("a make-up Saturday is a working day for the resolution deadline")
{
    // Wed 2025-02-05: Thu 6th (1), Fri 7th (2), Sat 8th make-up day (3), Mon 10th (4).
    const auto ev = resolvedAt("2025-02-05 16:00", "2025-02-10 18:00");
    CHECK(ev.resolution.deadline == at("2025-02-11 00:00"));
    CHECK(ev.resolution.outcome == Outcome::Met);
}

TEST_CASE("a complaint received on a non-working day counts its 4 working days from the next day")
{
    // Sunday 2025-03-09: Mon 10th (1) … Thu 13th (4).
    CHECK(resolvedAt("2025-03-09 11:00", "2025-03-13 20:00").resolution.deadline == at("2025-03-14 00:00"));
    // National Day 2025-10-01: off until Wed 8th; Thu 9th (1), Fri 10th (2), Sat 11th make-up (3), Mon 13th (4).
    const auto holiday = resolvedAt("2025-10-01 09:00", "2025-10-14 00:00:01");
    CHECK(holiday.resolution.deadline == at("2025-10-14 00:00"));
    CHECK(holiday.resolution.outcome == Outcome::Missed);
    CHECK(holiday.resolution.overBy == 1s);
}

TEST_CASE("an unanswered complaint is pending at its deadline and missed one second after")
{
    const auto e = tests::chinaEngine();
    Complaint c("TS1", at("2025-03-09 11:00")); // Sunday: resolution due 2025-03-14 00:00

    const auto atResponseDeadline = e.evaluate(c.get(), at("2025-03-09 11:15"));
    CHECK(atResponseDeadline.response.outcome == Outcome::Pending);
    CHECK(atResponseDeadline.response.end == std::nullopt);
    CHECK(atResponseDeadline.response.overBy == 0s);
    const auto afterResponseDeadline = e.evaluate(c.get(), at("2025-03-09 11:15:01"));
    CHECK(afterResponseDeadline.response.outcome == Outcome::Missed);
    CHECK(afterResponseDeadline.response.overBy == 1s);

    c.respond(at("2025-03-09 11:20"));
    const auto atDeadline = e.evaluate(c.get(), at("2025-03-14 00:00"));
    CHECK(atDeadline.resolution.outcome == Outcome::Pending);
    CHECK(atDeadline.resolution.deadline == at("2025-03-14 00:00"));
    const auto afterDeadline = e.evaluate(c.get(), at("2025-03-14 00:00:01"));
    CHECK(afterDeadline.resolution.outcome == Outcome::Missed);
    CHECK(afterDeadline.resolution.overBy == 1s);
    CHECK(afterDeadline.response.outcome == Outcome::Missed); // answered after 20 minutes
    CHECK(afterDeadline.response.overBy == 5min);
}

TEST_CASE("a complaint resolved without a recorded response was answered when it was resolved")
{
    const auto e = tests::chinaEngine();
    Complaint quick("TS1", at("2025-03-03 10:00"));
    quick.route(at("2025-03-03 10:05")).resolve(at("2025-03-03 10:12"));
    const auto met = e.evaluate(quick.get(), at("2025-03-03 12:00"));
    CHECK(met.response.outcome == Outcome::Met);
    CHECK(met.response.end == at("2025-03-03 10:12"));
    CHECK(met.resolution.outcome == Outcome::Met);
    CHECK(met.resolution.end == at("2025-03-03 10:12"));

    Complaint slow("TS2", at("2025-03-03 10:00"));
    slow.route(at("2025-03-03 10:05")).resolve(at("2025-03-03 10:20"));
    const auto missed = e.evaluate(slow.get(), at("2025-03-03 12:00"));
    CHECK(missed.response.outcome == Outcome::Missed);
    CHECK(missed.response.end == at("2025-03-03 10:20"));
    CHECK(missed.response.overBy == 5min);
    CHECK(missed.resolution.outcome == Outcome::Met);
}

TEST_CASE("a withdrawn complaint is not measured, but it was until it was withdrawn")
{
    const auto e = tests::chinaEngine();
    Complaint c("TS1", at("2025-03-03 10:00"));
    c.route(at("2025-03-03 10:05")).withdraw(at("2025-03-03 10:30"));

    const auto after = e.evaluate(c.get(), at("2025-03-03 11:00"));
    CHECK(after.ruleSet == nullptr);
    CHECK(after.response.outcome == Outcome::NotMeasured);
    CHECK(after.resolution.outcome == Outcome::NotMeasured);
    CHECK(after.response.milestone == domain::Milestone::Response);
    CHECK(after.resolution.milestone == domain::Milestone::Resolution);
    CHECK(after.timeline.withdrawn == at("2025-03-03 10:30"));

    const auto before = e.evaluate(c.get(), at("2025-03-03 10:20"));
    REQUIRE(before.ruleSet);
    CHECK(before.response.outcome == Outcome::Missed);
    CHECK(before.response.overBy == 5min);
    CHECK(before.resolution.outcome == Outcome::Pending);
    CHECK(before.timeline.withdrawn == std::nullopt);
}

TEST_CASE("a complaint received after the as-of time does not exist yet")
{
    const auto e = tests::chinaEngine();
    Complaint c("TS1", at("2025-03-03 10:00"));
    const auto ev = e.evaluate(c.get(), at("2025-03-03 09:59:59"));
    CHECK(ev.ruleSet == nullptr);
    CHECK_FALSE(ev.response.measured());
    CHECK_FALSE(ev.resolution.measured());
}

TEST_CASE("routings, verdicts and steps after the as-of time are ignored")
{
    const auto e = tests::chinaEngine();
    Complaint c("TS1", at("2025-03-03 10:00"));
    c.route(at("2025-03-03 10:05"), Department::Engineering)
        .respond(at("2025-03-03 10:10"))
        .route(at("2025-03-03 11:00"), Department::Cleaning)
        .resolve(at("2025-03-03 11:30"))
        .judge(at("2025-03-03 12:00"), true);

    const auto early = e.evaluate(c.get(), at("2025-03-03 10:30"));
    CHECK(early.timeline.department == Department::Engineering);
    CHECK(early.timeline.valid == std::nullopt);
    CHECK(early.timeline.resolved == std::nullopt);
    CHECK(early.response.outcome == Outcome::Met);
    CHECK(early.resolution.outcome == Outcome::Pending);
    CHECK(early.resolution.end == std::nullopt);

    const auto late = e.evaluate(c.get(), at("2025-03-03 12:30"));
    CHECK(late.timeline.department == Department::Cleaning);
    CHECK(late.timeline.valid == true);
    CHECK(late.resolution.outcome == Outcome::Met);
    CHECK(late.resolution.end == at("2025-03-03 11:30"));
}

TEST_CASE("a current snapshot evaluated at an earlier time ignores the steps after that time")
{
    const auto e = tests::chinaEngine();
    Complaint c("TS1", at("2025-03-03 10:00"));
    c.respond(at("2025-03-03 10:30")).resolve(at("2025-03-03 11:00"));
    const auto now = c.get().timeline();
    const auto ev = e.evaluate(c.get().header, now, at("2025-03-03 10:10"));
    CHECK(ev.response.outcome == Outcome::Pending);
    CHECK(ev.response.end == std::nullopt);
    CHECK(ev.resolution.outcome == Outcome::Pending);
    const auto withdrawnLater = Complaint("TS2", at("2025-03-03 10:00")).withdraw(at("2025-03-03 10:40")).get();
    const auto open = e.evaluate(withdrawnLater.header, withdrawnLater.timeline(), at("2025-03-03 10:10"));
    CHECK(open.ruleSet != nullptr);
    CHECK(open.response.outcome == Outcome::Pending);
}

TEST_CASE("complaint rules may depend on the category and on when the complaint was received")
{
    const auto set = tests::ruleSetFromJson(R"({ "name": "custom", "effective_from": "2000-01-01", "rules": [
      { "id": "wo-any", "applies_to": "work_order", "milestone": "arrival", "when": {},
        "limit": { "amount": 5, "unit": "minutes", "clock": "elapsed" } },
      { "id": "fees-response", "applies_to": "complaint", "milestone": "response",
        "when": { "category": ["fees", "parking"] },
        "limit": { "amount": 30, "unit": "minutes", "clock": "elapsed" } },
      { "id": "night-response", "applies_to": "complaint", "milestone": "response",
        "when": { "reported_between": ["22:00", "06:00"] },
        "limit": { "amount": 60, "unit": "minutes", "clock": "elapsed" } },
      { "id": "response", "applies_to": "complaint", "milestone": "response", "when": {},
        "limit": { "amount": 15, "unit": "minutes", "clock": "elapsed" } },
      { "id": "off-day-resolution", "applies_to": "complaint", "milestone": "resolution",
        "when": { "working_day": false },
        "limit": { "amount": 5, "unit": "days", "clock": "working_days" } } ] })");
    const rules::RuleEngine e(tests::siteContext(tests::chinaCalendar()), "HQ", {set});
    const auto evaluate = [&](ComplaintCategory category, const char* received, std::chrono::minutes answeredAfter) {
        Complaint c("TS1", at(received), category);
        c.respond(at(received) + answeredAfter);
        return e.evaluate(c.get(), at(received) + 2h);
    };

    const auto fees = evaluate(ComplaintCategory::Fees, "2025-03-03 10:00", 25min);
    CHECK(fees.response.ruleId == "fees-response");
    CHECK(fees.response.outcome == Outcome::Met);
    const auto cleaning = evaluate(ComplaintCategory::Cleaning, "2025-03-03 10:00", 25min);
    CHECK(cleaning.response.ruleId == "response");
    CHECK(cleaning.response.outcome == Outcome::Missed);
    CHECK(cleaning.response.overBy == 10min);
    // Received at night: the window looks at the received time.
    const auto night = evaluate(ComplaintCategory::Noise, "2025-03-03 23:30", 45min);
    CHECK(night.response.ruleId == "night-response");
    CHECK(night.response.outcome == Outcome::Met);
    // Only a complaint received on an off day has a resolution rule here; the others are not measured.
    CHECK_FALSE(cleaning.resolution.measured());
    const auto sunday = evaluate(ComplaintCategory::Noise, "2025-03-09 10:00", 5min);
    CHECK(sunday.resolution.ruleId == "off-day-resolution");
    CHECK(sunday.resolution.deadline == at("2025-03-15 00:00")); // Mon 10th … Fri 14th
    CHECK(sunday.resolution.outcome == Outcome::Pending);
}
