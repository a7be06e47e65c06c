// The KPI report as `kpi` prints it (DESIGN.md §6, docs/kpi.md), from hand-made figures: the work-order
// document is unchanged, the complaint KPIs follow it in the same "kpis" object.

#include "reports/kpijson.h"
#include "reports/kpitable.h"
#include "rules/complaintkpi.h"
#include "services/kpiservice.h"
#include "testtime.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using namespace propdesk;
using namespace std::chrono_literals;
using propdesk::tests::at;
using Json = nlohmann::ordered_json;

namespace {

rules::KpiValue value(std::string_view key, std::int64_t numerator, std::int64_t denominator, std::int64_t pending = 0)
{
    rules::KpiValue v;
    v.key = std::string(key);
    v.numerator = numerator;
    v.denominator = denominator;
    v.pending = pending;
    if (denominator > 0) {
        v.rate = static_cast<double>(numerator) / static_cast<double>(denominator);
    }
    return v;
}

// Every KPI of `definitions` at 1/2, with its default target.
rules::KpiResult halves(std::span<const rules::KpiDefinition> definitions, std::int64_t population)
{
    rules::KpiResult r;
    r.population = population;
    for (const auto& d : definitions) {
        auto v = value(d.key, 1, 2);
        v.target = d.defaultTarget;
        if (v.target) {
            v.met = v.target->metBy(1, 2);
        }
        r.kpis.push_back(std::move(v));
    }
    return r;
}

services::KpiReport report()
{
    domain::Site site;
    site.code = "HQ";
    site.name = "总部大厦";
    site.residents = 2400;
    services::KpiReport r{site,
                          date::year{2025} / date::March,
                          at("2025-04-05 00:00"),
                          "default",
                          halves(rules::workOrderKpis(), 5),
                          std::nullopt,
                          std::nullopt,
                          std::nullopt};
    return r;
}

rules::KpiResult complaints()
{
    auto r = halves(rules::complaintKpiDefinitions(), 3);
    r.kpis[0] = value("complaint_response_timeliness", 2, 3, 1);
    r.kpis[0].target = rules::KpiTarget{rules::Comparator::AtLeast, 10000};
    r.kpis[0].met = false;
    rules::KpiRecord late;
    late.subject = rules::KpiSubject::Complaint;
    late.id = 7;
    late.code = "TS20250305-001";
    late.location = "3-2-1502";
    late.outcome = "missed";
    late.ruleId = "complaint-response";
    late.deadline = at("2025-03-05 09:15");
    late.overBy = 15min;
    r.kpis[0].records.push_back(late);
    // No residents on record: no rate, no verdict, the target stays.
    r.kpis[4] = value("valid_complaint_rate_12m", 4, 0);
    r.kpis[4].target = rules::KpiTarget{rules::Comparator::AtMost, 200};
    return r;
}

std::vector<std::string> keys(const Json& object)
{
    std::vector<std::string> out;
    for (const auto& [key, v] : object.items()) {
        out.push_back(key);
    }
    return out;
}

const std::vector<std::string> kWorkOrderKeys{
    "arrival_timeliness", "completion_timeliness", "repair_timeliness",  "completion_rate",   "first_time_fix_rate",
    "rework_rate",        "revisit_rate",          "revisit_timeliness", "satisfaction_rate",
};

} // namespace

TEST_CASE("the work-order KPI document has exactly the keys of DESIGN.md section 6")
{
    const auto doc = Json::parse(reports::kpiReportJson(report()));
    CHECK(keys(doc) == std::vector<std::string>{"site", "period", "as_of", "rule_set", "population", "kpis"});
    CHECK(doc["as_of"] == "2025-04-05T00:00:00+08:00");
    CHECK(doc["population"] == 5);
    CHECK(keys(doc["kpis"]) == kWorkOrderKeys);
    CHECK(keys(doc["kpis"]["arrival_timeliness"]) ==
          std::vector<std::string>{"numerator", "denominator", "pending", "rate", "target", "comparator", "met"});
    CHECK(doc["kpis"]["completion_rate"]["target"].is_null());
}

TEST_CASE("with complaints the document adds complaint_population and the seven complaint keys after the nine")
{
    auto r = report();
    const auto plain = Json::parse(reports::kpiReportJson(r));
    r.complaints = complaints();
    const auto doc = Json::parse(reports::kpiReportJson(r));

    CHECK(keys(doc) == std::vector<std::string>{"site", "period", "as_of", "rule_set", "population",
                                                "complaint_population", "kpis"});
    CHECK(doc["population"] == 5);
    CHECK(doc["complaint_population"] == 3);
    auto expectedKeys = kWorkOrderKeys;
    for (const auto* key : {"complaint_response_timeliness", "complaint_resolution_timeliness",
                            "complaint_handling_rate", "valid_complaint_rate", "valid_complaint_rate_12m",
                            "complaint_revisit_rate", "complaint_satisfaction_rate"}) {
        expectedKeys.push_back(key);
    }
    CHECK(keys(doc["kpis"]) == expectedKeys);
    // The work-order half is exactly what it was.
    for (const auto& key : kWorkOrderKeys) {
        CHECK(doc["kpis"][key] == plain["kpis"][key]);
    }

    const Json response = Json::parse(R"({ "numerator": 2, "denominator": 3, "pending": 1,
        "rate": 0.6666666666666666, "target": 1.0, "comparator": ">=", "met": false })");
    CHECK(doc["kpis"]["complaint_response_timeliness"] == response);
    const Json validYear = Json::parse(R"({ "numerator": 4, "denominator": 0, "pending": 0,
        "rate": null, "target": 0.02, "comparator": "<=", "met": null })");
    CHECK(doc["kpis"]["valid_complaint_rate_12m"] == validYear);
    const Json validMonth = Json::parse(R"({ "numerator": 1, "denominator": 2, "pending": 0,
        "rate": 0.5, "target": null, "comparator": null, "met": null })");
    CHECK(doc["kpis"]["valid_complaint_rate"] == validMonth);
}

TEST_CASE("the table prints a second block for complaints, and their records with details")
{
    auto r = report();
    const auto plain = reports::kpiReportTable(r, true);
    CHECK(plain.find("Complaints") == std::string::npos);
    CHECK(plain.find("投诉") == std::string::npos);

    r.complaints = complaints();
    const auto table = reports::kpiReportTable(r, false);
    const auto block = table.find("投诉 Complaints   投诉数 complaints: 3   住户人数 residents: 2400\n");
    REQUIRE(block != std::string::npos);
    CHECK(table.find("零修急修及时率") < block);
    CHECK(table.find("投诉响应及时率 Complaint response timeliness") > block);
    CHECK(table.find("有效投诉率（滚动12个月） Valid complaint rate, 12 months") > block);
    CHECK(table.find("<= 2.00%") != std::string::npos);
    CHECK(table.find("TS20250305-001") == std::string::npos);

    const auto detailed = reports::kpiReportTable(r, true);
    const auto records = detailed.find("complaint_response_timeliness (1 records)");
    REQUIRE(records != std::string::npos);
    const auto line = detailed.find("TS20250305-001", records);
    REQUIRE(line != std::string::npos);
    const auto end = detailed.find('\n', line);
    const auto text = detailed.substr(line, end - line);
    CHECK(text.find("complaint-response") != std::string::npos);
    CHECK(text.find("deadline 2025-03-05 09:15") != std::string::npos);
    CHECK(text.find("late by 15m 00s") != std::string::npos);

    // The two blocks share their columns: each heading line is the same.
    const auto firstHeading =
        table.substr(table.find("指标 KPI"), table.find('\n', table.find("指标 KPI")) - table.find("指标 KPI"));
    const auto second = table.find("指标 KPI", block);
    REQUIRE(second != std::string::npos);
    CHECK(table.substr(second, table.find('\n', second) - second) == firstHeading);
}
