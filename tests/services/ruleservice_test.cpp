// Rule-set versions: importing, refusing bad ones, and never changing a version already in force.

#include "servicetestsupport.h"

#include <fmt/format.h>

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::Desk;

namespace {

std::string ruleSet(std::string_view name, std::string_view effectiveFrom, std::string_view arrivalLimit = "20",
                    std::string_view unit = "minutes")
{
    return fmt::format(R"({{
        "name": "{}", "effective_from": "{}",
        "rules": [
          {{ "id": "arrival", "applies_to": "work_order", "milestone": "arrival",
             "when": {{}}, "limit": {{ "amount": {}, "unit": "{}", "clock": "elapsed" }} }},
          {{ "id": "completion", "applies_to": "work_order", "milestone": "completion",
             "limit": {{ "amount": 8, "unit": "hours", "clock": "elapsed" }} }} ] }})",
                       name, effectiveFrom, arrivalLimit, unit);
}

std::vector<std::string> names(Desk& desk)
{
    auto all = desk.ws->rules().all();
    REQUIRE(all);
    std::vector<std::string> out;
    for (const auto& s : *all) {
        out.push_back(s.name + "@" + domain::formatDate(s.effectiveFrom));
    }
    return out;
}

} // namespace

TEST_CASE("a new database holds the bundled default rule set")
{
    Desk desk;
    CHECK(names(desk) == std::vector<std::string>{"default@2000-01-01"});
    auto inForce = desk.ws->rules().inForce(domain::Date{date::year{2025} / 3 / 1}, std::nullopt);
    REQUIRE(inForce);
    CHECK(inForce->rules.size() == 11);
    CHECK(inForce->rules[0].id == "wo-arrival-emergency-daytime");
}

TEST_CASE("a bad rule set is refused naming the rule and the field, and nothing is stored")
{
    Desk desk;
    SECTION("an unknown unit")
    {
        auto r = desk.ws->rules().importRuleSet(ruleSet("v2", "2025-06-01", "20", "weeks"), "v2.json");
        REQUIRE_FALSE(r);
        CHECK(r.error().code == domain::ErrorCode::InvalidInput);
        CHECK(r.error().record == "v2.json: rules[0] arrival");
        CHECK(r.error().field == "limit.unit");
    }
    SECTION("a negative amount")
    {
        auto r = desk.ws->rules().importRuleSet(ruleSet("v2", "2025-06-01", "-5"), "v2.json");
        REQUIRE_FALSE(r);
        CHECK(r.error().record == "v2.json: rules[0] arrival");
        CHECK(r.error().field == "limit.amount");
    }
    SECTION("a misspelt condition in the second rule")
    {
        auto r = desk.ws->rules().importRuleSet(R"({"name":"v2","effective_from":"2025-06-01","rules":[
            {"id":"a","applies_to":"work_order","milestone":"arrival",
             "limit":{"amount":30,"unit":"minutes","clock":"elapsed"}},
            {"id":"c","applies_to":"work_order","milestone":"completion","when":{"urgencey":["emergency"]},
             "limit":{"amount":8,"unit":"hours","clock":"elapsed"}}]})",
                                                "v2.json");
        REQUIRE_FALSE(r);
        CHECK(r.error().record == "v2.json: rules[1] c");
        CHECK(r.error().field == "when.urgencey");
        CHECK_THAT(r.error().describe(), Catch::StartsWith("v2.json: rules[1] c: when.urgencey: unknown field"));
    }
    SECTION("a bad effective date")
    {
        auto r = desk.ws->rules().importRuleSet(ruleSet("v2", "2025-02-30"), "v2.json");
        REQUIRE_FALSE(r);
        CHECK(r.error().field == "effective_from");
    }
    SECTION("an unknown site")
    {
        auto r = desk.ws->rules().importRuleSet(R"({"name":"v2","effective_from":"2025-06-01","site":"NOPE","rules":[
            {"id":"a","applies_to":"work_order","milestone":"arrival",
             "limit":{"amount":30,"unit":"minutes","clock":"elapsed"}}]})",
                                                "v2.json");
        REQUIRE_FALSE(r);
        CHECK(r.error().field == "site");
        CHECK_THAT(r.error().message, Catch::Contains("NOPE"));
    }
    CHECK(names(desk) == std::vector<std::string>{"default@2000-01-01"});
}

TEST_CASE("a version in force is never replaced but a future one may be")
{
    Desk desk(at("2025-04-05 12:00"));
    desk.addSite("HQ");
    SECTION("the same effective date as the default, in force since 2000")
    {
        auto r = desk.ws->rules().importRuleSet(ruleSet("default-edited", "2000-01-01"), "edited.json");
        REQUIRE_FALSE(r);
        CHECK(r.error().code == domain::ErrorCode::Conflict);
        CHECK(r.error().field == "effective_from");
        CHECK(names(desk) == std::vector<std::string>{"default@2000-01-01"});
    }
    SECTION("a future version is replaced until its day comes")
    {
        REQUIRE(desk.ws->rules().importRuleSet(ruleSet("v2-draft", "2025-06-01", "20"), "v2.json"));
        auto replaced = desk.ws->rules().importRuleSet(ruleSet("v2", "2025-06-01", "25"), "v2.json");
        REQUIRE(replaced);
        CHECK(names(desk) == std::vector<std::string>{"default@2000-01-01", "v2@2025-06-01"});
        auto v2 = desk.ws->rules().inForce(domain::Date{date::year{2025} / 6 / 1}, std::nullopt);
        REQUIRE(v2);
        CHECK(v2->rules[0].amount == 25);

        desk.clock.set(at("2025-06-01 00:00"));
        auto tooLate = desk.ws->rules().importRuleSet(ruleSet("v2-again", "2025-06-01", "30"), "v2.json");
        REQUIRE_FALSE(tooLate);
        CHECK(tooLate.error().code == domain::ErrorCode::Conflict);
        CHECK(names(desk) == std::vector<std::string>{"default@2000-01-01", "v2@2025-06-01"});

        // A later date is a new version; the old ones stay for the history.
        REQUIRE(desk.ws->rules().importRuleSet(ruleSet("v3", "2025-07-01"), "v3.json"));
        CHECK(names(desk) == std::vector<std::string>{"default@2000-01-01", "v2@2025-06-01", "v3@2025-07-01"});
    }
}

TEST_CASE("a version takes effect at local midnight of a site's zone, so it is locked from then on")
{
    // 2025-06-01 07:00 in Shanghai is still May 31 in UTC, but orders reported in Shanghai since
    // midnight are already measured by the new version.
    Desk desk(at("2025-05-31 12:00"));
    desk.addSite("HQ");
    REQUIRE(desk.ws->rules().importRuleSet(ruleSet("v2", "2025-06-01", "20"), "v2.json"));

    desk.clock.set(at("2025-06-01 07:00"));
    services::NewWorkOrder r;
    r.siteCode = "HQ";
    r.location = "1-1-101";
    r.reportedAt = at("2025-06-01 00:30");
    auto o = desk.ws->workOrders().log(r);
    REQUIRE(o);
    auto ev = desk.ws->workOrders().evaluate(*o);
    REQUIRE(ev);
    REQUIRE(ev->ruleSet);
    CHECK(ev->ruleSet->name == "v2");

    auto replaced = desk.ws->rules().importRuleSet(ruleSet("v2-changed", "2025-06-01", "60"), "v2.json");
    REQUIRE_FALSE(replaced);
    CHECK(replaced.error().code == domain::ErrorCode::Conflict);
    auto again = desk.ws->workOrders().evaluate(*o);
    REQUIRE(again);
    CHECK(again->ruleSet->name == "v2");
}

TEST_CASE("an order is measured by the version in force on its reporting day")
{
    Desk desk(at("2025-07-05 12:00"));
    desk.addSite("HQ");
    REQUIRE(desk.ws->rules().importRuleSet(ruleSet("v2", "2025-06-01", "20"), "v2.json"));
    const auto evaluate = [&](const char* reported) {
        services::NewWorkOrder r;
        r.siteCode = "HQ";
        r.location = "1-1-101";
        r.reportedAt = at(reported);
        auto o = desk.ws->workOrders().log(r);
        REQUIRE(o);
        auto ev = desk.ws->workOrders().evaluate(*o);
        REQUIRE(ev);
        return *ev;
    };
    const auto may = evaluate("2025-05-31 23:59");
    CHECK(may.ruleSet->name == "default");
    CHECK(may.arrival.ruleId == "wo-arrival");
    const auto june = evaluate("2025-06-01 00:00");
    CHECK(june.ruleSet->name == "v2");
    CHECK(june.arrival.ruleId == "arrival");
    CHECK(june.arrival.amount == 20);
    // Each evaluation still names its own set after the other was made.
    CHECK(may.ruleSet->name == "default");
    CHECK(may.ruleSet->rules.size() == 11);
}
