// Which rule-set version is in force for a record (DESIGN.md §3): changing the rules never rewrites history.

#include "rulesfixtures.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::Urgency;
using rules::Outcome;
using tests::at;

namespace {

// A set whose only rule gives `minutes` to arrive.
domain::RuleSet arrivalSet(std::string_view name, std::string_view from, int minutes, std::string_view site = {})
{
    const auto siteField = site.empty() ? std::string("null") : fmt::format("\"{}\"", site);
    return tests::ruleSetFromJson(fmt::format(R"({{
      "name": "{}", "effective_from": "{}", "site": {},
      "rules": [ {{ "id": "arrival-{}", "applies_to": "work_order", "milestone": "arrival", "when": {{}},
                   "limit": {{ "amount": {}, "unit": "minutes", "clock": "elapsed" }} }} ] }})",
                                              name, from, siteField, minutes, minutes));
}

rules::RuleEngine engineWith(std::vector<domain::RuleSet> sets, std::string siteCode = "HQ")
{
    return rules::RuleEngine(tests::siteContext(tests::chinaCalendar()), std::move(siteCode), std::move(sets));
}

std::string setNameFor(const rules::RuleEngine& e, domain::Instant reported)
{
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported), {}, reported);
    return ev.ruleSet ? ev.ruleSet->name : std::string("<none>");
}

} // namespace

TEST_CASE("an order reported before a new rule set takes effect keeps the old rules")
{
    // Listed newest first on purpose: file order does not decide.
    const auto e = engineWith({arrivalSet("strict", "2025-03-01", 20), arrivalSet("old", "2000-01-01", 30)});
    CHECK(setNameFor(e, at("2025-02-28 23:59:59")) == "old");
    CHECK(setNameFor(e, at("2025-03-01 00:00")) == "strict");

    const auto reported = at("2025-02-28 12:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = reported + 25min;
    CHECK(e.evaluate(tests::plumbing(Urgency::Normal, reported), tl, reported + 1h).arrival.outcome == Outcome::Met);
    const auto later = at("2025-03-03 12:00");
    tl.arrived = later + 25min;
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, later), tl, later + 1h);
    CHECK(ev.arrival.ruleId == "arrival-20");
    CHECK(ev.arrival.outcome == Outcome::Missed);
}

TEST_CASE("the version is chosen by the local reported date, not the UTC date")
{
    const auto e = engineWith({arrivalSet("old", "2000-01-01", 30), arrivalSet("strict", "2025-03-01", 20)});
    // 00:30 on 1 March in Shanghai is still 28 February in UTC.
    CHECK(setNameFor(e, at("2025-03-01 00:30")) == "strict");
    // 23:30 on 28 February in Shanghai.
    CHECK(setNameFor(e, at("2025-02-28 23:30")) == "old");
}

TEST_CASE("of several versions the latest one in force wins")
{
    const auto e = engineWith(
        {arrivalSet("v2", "2024-01-01", 25), arrivalSet("v1", "2000-01-01", 30), arrivalSet("v3", "2025-06-01", 20)});
    CHECK(setNameFor(e, at("2023-12-31 12:00")) == "v1");
    CHECK(setNameFor(e, at("2025-05-31 12:00")) == "v2");
    CHECK(setNameFor(e, at("2025-06-01 12:00")) == "v3");
}

TEST_CASE("a rule set bound to the site wins over a newer general one")
{
    const auto sets =
        std::vector{arrivalSet("general-2025", "2025-01-01", 30), arrivalSet("hq-own", "2020-01-01", 45, "HQ"),
                    arrivalSet("lc-own", "2020-01-01", 60, "LC01")};
    CHECK(setNameFor(engineWith(sets, "HQ"), at("2025-03-03 12:00")) == "hq-own");
    CHECK(setNameFor(engineWith(sets, "LC01"), at("2025-03-03 12:00")) == "lc-own");
    // Another site gets the general set; no site sees a set bound to someone else.
    CHECK(setNameFor(engineWith(sets, "XY"), at("2025-03-03 12:00")) == "general-2025");
    CHECK(setNameFor(engineWith(sets, "XY"), at("2024-03-03 12:00")) == "<none>");
}

TEST_CASE("a site's own rule set that is not yet in force leaves the general one in charge")
{
    const auto sets =
        std::vector{arrivalSet("general", "2000-01-01", 30), arrivalSet("hq-2026", "2026-01-01", 20, "HQ"),
                    arrivalSet("hq-2025", "2025-01-01", 25, "HQ")};
    const auto e = engineWith(sets, "HQ");
    CHECK(setNameFor(e, at("2024-12-31 12:00")) == "general");
    CHECK(setNameFor(e, at("2025-12-31 12:00")) == "hq-2025");
    CHECK(setNameFor(e, at("2026-01-01 00:00")) == "hq-2026");
}

TEST_CASE("an order reported before any rule set is in force is not measured")
{
    const auto e = engineWith({arrivalSet("future", "2026-01-01", 30)});
    const auto reported = at("2025-03-03 09:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = reported + 2h;
    tl.completed = reported + 3h;
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported), tl, reported + 1000h);
    CHECK(ev.ruleSet == nullptr);
    CHECK(ev.arrival.outcome == Outcome::NotMeasured);
    CHECK(ev.completion.outcome == Outcome::NotMeasured);
    CHECK(ev.revisit.outcome == Outcome::NotMeasured);
    CHECK(ev.repair == Outcome::NotMeasured);
}

TEST_CASE("an agreed deadline is measured even when no rule set is in force")
{
    const auto e = engineWith({});
    const auto reported = at("2025-03-03 09:00");
    auto h = tests::plumbing(Urgency::Normal, reported);
    h.dueAt = at("2025-03-04 09:00");
    domain::WorkOrderTimeline tl;
    tl.completed = at("2025-03-04 09:00:01");
    const auto ev = e.evaluate(h, tl, at("2025-03-05 00:00"));
    CHECK(ev.arrival.outcome == Outcome::NotMeasured);
    CHECK(ev.completion.outcome == Outcome::Missed);
    CHECK(ev.repair == Outcome::Missed);
}

TEST_CASE("a milestone no rule of the set covers is not measured")
{
    const auto e = engineWith({arrivalSet("arrival-only", "2000-01-01", 30)});
    const auto reported = at("2025-03-03 09:00");
    domain::WorkOrderTimeline tl;
    tl.arrived = reported + 10min;
    tl.completed = reported + 100h;
    const auto ev = e.evaluate(tests::plumbing(Urgency::Normal, reported), tl, reported + 200h);
    CHECK(ev.arrival.outcome == Outcome::Met);
    CHECK(ev.completion.outcome == Outcome::NotMeasured);
    CHECK(ev.revisit.outcome == Outcome::NotMeasured);
    CHECK(ev.repair == Outcome::Met);
}
