// Reading and writing rule sets: export → edit → import round-trips, and a bad file is refused whole with an
// error that names the rule and the field to fix.

#include "rulesfixtures.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace propdesk;
using Catch::Matchers::Contains;

namespace {

void checkSameRules(const domain::RuleSet& a, const domain::RuleSet& b)
{
    CHECK(a.name == b.name);
    CHECK(a.effectiveFrom == b.effectiveFrom);
    CHECK(a.siteCode == b.siteCode);
    CHECK(a.description == b.description);
    REQUIRE(a.rules.size() == b.rules.size());
    for (std::size_t i = 0; i < a.rules.size(); ++i) {
        const auto& x = a.rules[i];
        const auto& y = b.rules[i];
        CAPTURE(x.id);
        CHECK(x.id == y.id);
        CHECK(x.appliesTo == y.appliesTo);
        CHECK(x.milestone == y.milestone);
        CHECK(x.when.categories == y.when.categories);
        CHECK(x.when.urgencies == y.when.urgencies);
        CHECK(x.when.workingDay == y.when.workingDay);
        CHECK(x.when.reportedBetween == y.when.reportedBetween);
        CHECK(x.amount == y.amount);
        CHECK(x.unit == y.unit);
        CHECK(x.clock == y.clock);
        CHECK(x.source == y.source);
    }
}

// A set with one rule made of the given parts: `when` and `limit` are JSON object bodies.
std::string oneRule(std::string_view when, std::string_view limit, std::string_view extra = {})
{
    return fmt::format(R"({{ "name": "t", "effective_from": "2025-01-01", "rules": [
      {{ "id": "r1", "applies_to": "work_order", "milestone": "arrival", "when": {{ {} }},
         "limit": {{ {} }}{} }} ] }})",
                       when, limit, extra);
}

domain::Error refusal(std::string_view json)
{
    const auto set = rules::parseRuleSet(json, "custom.json");
    REQUIRE_FALSE(set.has_value());
    CHECK(set.error().code == domain::ErrorCode::InvalidInput);
    CHECK_FALSE(set.error().message.empty());
    return set.error();
}

constexpr std::string_view kOkLimit = R"("amount": 30, "unit": "minutes", "clock": "elapsed")";

} // namespace

TEST_CASE("the bundled default rule set reads as the eleven rules of the design")
{
    const auto set = tests::defaultRuleSet();
    CHECK(set.name == "default");
    CHECK(set.effectiveFrom == domain::Date{date::year{2000}, date::January, date::day{1}});
    CHECK_FALSE(set.siteCode.has_value());
    REQUIRE(set.rules.size() == 11);
    const auto& daytime = set.rules[0];
    CHECK(daytime.id == "wo-arrival-emergency-daytime");
    CHECK(daytime.when.urgencies == std::vector<std::string>{"emergency"});
    CHECK(daytime.when.workingDay == true);
    CHECK(daytime.when.reportedBetween == std::pair{domain::Seconds{8 * 3600}, domain::Seconds{17 * 3600 + 30 * 60}});
    CHECK(daytime.duration() == std::chrono::minutes{10});
    CHECK(set.rules[3].clock == domain::ClockKind::CalendarDays);
    CHECK(set.rules[3].amount == 0);
    CHECK(set.rules[4].clock == domain::ClockKind::WorkingDays);
    CHECK(set.rules[4].when.categories == std::vector<std::string>{"doors_windows"});
    CHECK(set.rules[6].duration() == std::chrono::hours{72});
    CHECK(set.rules[8].duration() == std::chrono::hours{48});
    CHECK(set.rules[10].appliesTo == domain::RuleSubject::Complaint);
    CHECK(set.rules[10].milestone == domain::Milestone::Resolution);
}

TEST_CASE("exporting the default rule set and importing it again gives the same rules")
{
    const auto original = tests::defaultRuleSet();
    const auto json = rules::ruleSetToJson(original);
    const auto again = rules::parseRuleSet(json, "exported.json");
    REQUIRE(again);
    checkSameRules(original, *again);
    CHECK(rules::ruleSetToJson(*again) == json);
}

TEST_CASE("a site-bound set with a night window, Chinese names and a working clock round-trips")
{
    const auto original = tests::ruleSetFromJson(R"({
      "name": "夜间", "effective_from": "2025-07-01", "site": "LC01", "description": "night shift",
      "rules": [
        { "id": "night", "applies_to": "work_order", "milestone": "arrival",
          "when": { "category": ["水", "电"], "urgency": ["急修"], "working_day": false,
                    "reported_between": ["22:00", "06:00"] },
          "limit": { "amount": 20, "unit": "minutes", "clock": "elapsed" }, "source": "合同 §2" },
        { "id": "c-working", "applies_to": "work_order", "milestone": "completion", "when": {},
          "limit": { "amount": 4, "unit": "hours", "clock": "working" } },
        { "id": "complaint-cleaning", "applies_to": "complaint", "milestone": "response",
          "when": { "category": ["cleaning"] },
          "limit": { "amount": 1, "unit": "days", "clock": "calendar_days" } }
      ] })");
    // Chinese names are stored as the keys.
    CHECK(original.rules[0].when.categories == std::vector<std::string>{"plumbing", "electrical"});
    CHECK(original.rules[0].when.urgencies == std::vector<std::string>{"emergency"});
    CHECK(original.rules[0].when.reportedBetween == std::pair{domain::Seconds{22 * 3600}, domain::Seconds{6 * 3600}});
    const auto again = rules::parseRuleSet(rules::ruleSetToJson(original), "exported.json");
    REQUIRE(again);
    checkSameRules(original, *again);
    CHECK(again->siteCode == "LC01");
}

TEST_CASE("a window ending at 24:00 is accepted and read as ending at midnight")
{
    const auto set = rules::parseRuleSet(oneRule(R"("reported_between": ["17:30", "24:00"])", kOkLimit), "x.json");
    REQUIRE(set);
    CHECK(set->rules[0].when.reportedBetween == std::pair{domain::Seconds{17 * 3600 + 1800}, domain::Seconds{0}});
}

TEST_CASE("a rule with a misspelt field is refused, naming the rule and the field")
{
    const auto err = refusal(R"({ "name": "t", "effective_from": "2025-01-01", "rules": [
      { "id": "ok", "applies_to": "work_order", "milestone": "completion", "when": {"urgency": ["emergency"]},
        "limit": { "amount": 0, "unit": "days", "clock": "calendar_days" } },
      { "id": "typo", "applies_to": "work_order", "milestone": "arrival", "when": {},
        "limt": { "amount": 30, "unit": "minutes", "clock": "elapsed" } } ] })");
    CHECK_THAT(err.record, Contains("custom.json"));
    CHECK_THAT(err.record, Contains("rules[1] typo"));
    CHECK(err.field == "limt");
}

TEST_CASE("a misspelt condition or limit field is refused with its dotted path")
{
    const auto cond = refusal(oneRule(R"("urgent": ["emergency"])", kOkLimit));
    CHECK_THAT(cond.record, Contains("rules[0] r1"));
    CHECK(cond.field == "when.urgent");

    const auto lim = refusal(oneRule("", R"("amount": 30, "units": "minutes", "clock": "elapsed")"));
    CHECK(lim.field == "limit.units");

    const auto top = refusal(R"({ "name": "t", "effective_from": "2025-01-01", "rulez": [] })");
    CHECK(top.field == "rulez");
}

TEST_CASE("a calendar_days or working_days limit must be counted in days")
{
    const auto cal = refusal(oneRule("", R"("amount": 2, "unit": "hours", "clock": "calendar_days")"));
    CHECK_THAT(cal.record, Contains("rules[0] r1"));
    CHECK(cal.field == "limit.unit");
    const auto wd = refusal(oneRule("", R"("amount": 2, "unit": "minutes", "clock": "working_days")"));
    CHECK(wd.field == "limit.unit");
}

TEST_CASE("a working-clock limit in days is refused: whole working days use working_days")
{
    const auto err = refusal(oneRule("", R"("amount": 2, "unit": "days", "clock": "working")"));
    CHECK_THAT(err.record, Contains("rules[0] r1"));
    CHECK(err.field == "limit.unit");
}

TEST_CASE("unknown clocks, units and negative or zero durations are refused")
{
    CHECK(refusal(oneRule("", R"("amount": 2, "unit": "days", "clock": "business")")).field == "limit.clock");
    CHECK(refusal(oneRule("", R"("amount": 2, "unit": "weeks", "clock": "elapsed")")).field == "limit.unit");
    CHECK(refusal(oneRule("", R"("amount": -1, "unit": "minutes", "clock": "elapsed")")).field == "limit.amount");
    CHECK(refusal(oneRule("", R"("amount": 1.5, "unit": "hours", "clock": "elapsed")")).field == "limit.amount");
    CHECK(refusal(oneRule("", R"("amount": 0, "unit": "minutes", "clock": "elapsed")")).field == "limit.amount");
}

TEST_CASE("two rules with the same id are refused, naming the second")
{
    const auto err = refusal(R"({ "name": "t", "effective_from": "2025-01-01", "rules": [
      { "id": "dup", "applies_to": "work_order", "milestone": "arrival", "when": {"urgency": ["emergency"]},
        "limit": { "amount": 15, "unit": "minutes", "clock": "elapsed" } },
      { "id": "dup", "applies_to": "work_order", "milestone": "completion", "when": {},
        "limit": { "amount": 8, "unit": "hours", "clock": "elapsed" } } ] })");
    CHECK_THAT(err.record, Contains("rules[1] dup"));
    CHECK(err.field == "id");
}

TEST_CASE("a rule placed behind an unconditional rule for the same milestone is refused as unreachable")
{
    const auto err = refusal(R"({ "name": "t", "effective_from": "2025-01-01", "rules": [
      { "id": "any-arrival", "applies_to": "work_order", "milestone": "arrival", "when": {},
        "limit": { "amount": 30, "unit": "minutes", "clock": "elapsed" } },
      { "id": "emergency-arrival", "applies_to": "work_order", "milestone": "arrival",
        "when": {"urgency": ["emergency"]}, "limit": { "amount": 15, "unit": "minutes", "clock": "elapsed" } } ] })");
    CHECK_THAT(err.record, Contains("rules[1] emergency-arrival"));
    CHECK(err.field == "when");
    CHECK_THAT(err.message, Contains("any-arrival"));
}

TEST_CASE("an unconditional rule for one milestone does not hide rules for other milestones")
{
    const auto set = rules::parseRuleSet(R"({ "name": "t", "effective_from": "2025-01-01", "rules": [
      { "id": "any-arrival", "applies_to": "work_order", "milestone": "arrival", "when": {},
        "limit": { "amount": 30, "unit": "minutes", "clock": "elapsed" } },
      { "id": "emergency-completion", "applies_to": "work_order", "milestone": "completion",
        "when": {"urgency": ["emergency"]}, "limit": { "amount": 0, "unit": "days", "clock": "calendar_days" } },
      { "id": "any-response", "applies_to": "complaint", "milestone": "response", "when": {},
        "limit": { "amount": 15, "unit": "minutes", "clock": "elapsed" } } ] })",
                                         "x.json");
    REQUIRE(set);
    CHECK(set->rules.size() == 3);
}

TEST_CASE("a malformed reported_between window is refused")
{
    for (const auto* window : {R"(["08:00"])", R"(["08:00", "17:30", "20:00"])", R"(["25:00", "17:30"])",
                               R"(["8:00", "17:30"])", R"(["08:00", "08:00"])", R"("08:00-17:30")", R"([800, 1730])"}) {
        CAPTURE(window);
        const auto err = refusal(oneRule(fmt::format(R"("reported_between": {})", window), kOkLimit));
        CHECK_THAT(err.record, Contains("rules[0] r1"));
        CHECK(err.field == "when.reported_between");
    }
}

TEST_CASE("unknown categories and urgencies, and urgency on a complaint, are refused")
{
    CHECK(refusal(oneRule(R"("category": ["roof"])", kOkLimit)).field == "when.category");
    CHECK(refusal(oneRule(R"("urgency": ["asap"])", kOkLimit)).field == "when.urgency");
    CHECK(refusal(oneRule(R"("urgency": [])", kOkLimit)).field == "when.urgency");
    CHECK(refusal(oneRule(R"("working_day": "yes")", kOkLimit)).field == "when.working_day");
    const auto complaint = refusal(R"({ "name": "t", "effective_from": "2025-01-01", "rules": [
      { "id": "c", "applies_to": "complaint", "milestone": "response", "when": {"urgency": ["emergency"]},
        "limit": { "amount": 15, "unit": "minutes", "clock": "elapsed" } } ] })");
    CHECK_THAT(complaint.record, Contains("rules[0] c"));
    CHECK(complaint.field == "when.urgency");
}

TEST_CASE("a milestone that does not belong to the subject is refused")
{
    const auto err = refusal(R"({ "name": "t", "effective_from": "2025-01-01", "rules": [
      { "id": "wrong", "applies_to": "complaint", "milestone": "arrival", "when": {},
        "limit": { "amount": 15, "unit": "minutes", "clock": "elapsed" } } ] })");
    CHECK_THAT(err.record, Contains("rules[0] wrong"));
    CHECK(err.field == "milestone");
    CHECK(refusal(R"({ "name": "t", "effective_from": "2025-01-01", "rules": [
      { "id": "x", "applies_to": "resident", "milestone": "arrival", "when": {},
        "limit": { "amount": 15, "unit": "minutes", "clock": "elapsed" } } ] })")
              .field == "applies_to");
}

TEST_CASE("a rule without an id is refused, naming its position")
{
    const auto err = refusal(R"({ "name": "t", "effective_from": "2025-01-01", "rules": [
      { "applies_to": "work_order", "milestone": "arrival", "when": {},
        "limit": { "amount": 15, "unit": "minutes", "clock": "elapsed" } } ] })");
    CHECK_THAT(err.record, Contains("rules[0]"));
    CHECK(err.field == "id");
}

TEST_CASE("a rule set without rules is refused")
{
    CHECK(refusal(R"({ "name": "t", "effective_from": "2025-01-01", "rules": [] })").field == "rules");
    CHECK(refusal(R"({ "name": "t", "effective_from": "2025-01-01" })").field == "rules");
}

TEST_CASE("a rule set without a name or a valid effective_from is refused")
{
    CHECK(refusal(R"({ "effective_from": "2025-01-01", "rules": [] })").field == "name");
    CHECK(refusal(R"({ "name": "t", "effective_from": "2025-02-30", "rules": [] })").field == "effective_from");
    CHECK(refusal(R"({ "name": "t", "rules": [] })").field == "effective_from");
}

TEST_CASE("a file that is not JSON is refused and names the file")
{
    const auto err = refusal(R"({ "name": "t", "effective_from": "2025-01-01", "rules": [ )");
    CHECK(err.record == "custom.json");
    CHECK_THAT(err.message, Contains("JSON"));
    CHECK(refusal("[1, 2, 3]").record == "custom.json");
}
