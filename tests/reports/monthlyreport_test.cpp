// The monthly KPI report as a document (docs/kpi-report.md): built from a hand-made month of figures,
// frozen as JSON and read back exactly, printed with the fixed bilingual texts, and written as an xlsx
// workbook that is unzipped and read back.

#include "reports/monthlyreport.h"
#include "rules/indicators.h"
#include "services/indicatorservice.h"
#include "tempdir.h"
#include "testtime.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

using namespace propdesk;
using namespace std::chrono_literals;
using propdesk::tests::at;
using Json = nlohmann::ordered_json;

namespace {

services::IndicatorFigure figure(std::string_view key, std::int64_t numerator, std::int64_t denominator,
                                 std::optional<domain::KpiTarget> target)
{
    services::IndicatorFigure f;
    f.definition = rules::findIndicator(key);
    REQUIRE(f.definition != nullptr);
    f.value.key = std::string(key);
    f.value.numerator = numerator;
    f.value.denominator = denominator;
    if (denominator > 0) {
        f.value.rate = static_cast<double>(numerator) / static_cast<double>(denominator);
        if (target) {
            f.value.met = target->metBy(numerator, denominator);
        }
    }
    f.value.target = target;
    return f;
}

domain::KpiTarget target(domain::Comparator comparator, std::int64_t valueE4)
{
    domain::KpiTarget t;
    t.comparator = comparator;
    t.valueE4 = valueE4;
    return t;
}

rules::KpiRecord orderRecord(std::string code, std::string outcome, std::optional<domain::Instant> deadline,
                             domain::Seconds overBy)
{
    rules::KpiRecord r;
    r.subject = rules::KpiSubject::WorkOrder;
    r.id = 12;
    r.code = std::move(code);
    r.location = "3-1201 厨房";
    r.outcome = std::move(outcome);
    r.ruleId = "repair";
    r.deadline = deadline;
    r.overBy = overBy;
    r.detail = "水管漏水";
    return r;
}

// March 2026 at 总部大厦 (Asia/Shanghai) as of 5 April: building intact rate met, repair timeliness missed
// with two orders behind it, fire rate met, completion rate without target, contractor warnings without
// data; a note on the repairs, a preventive action from a nonconformance with a corrective action report.
services::IndicatorReport monthReport()
{
    services::IndicatorReport r;
    r.site.id = domain::SiteId{1};
    r.site.code = "HQ";
    r.site.name = "总部大厦";
    r.site.timeZone = "Asia/Shanghai";
    r.period = date::year{2026} / date::March;
    r.asOf = at("2026-04-05 00:00");
    r.ruleSet = "2026 维修时限";
    domain::TargetSet targets;
    targets.id = domain::TargetSetId{3};
    targets.site = r.site.id;
    targets.effectiveFrom = date::year{2026} / date::January / date::day{1};
    targets.contract = "2026 物业服务合同";
    targets.savedAt = at("2025-12-20 10:00");
    targets.savedBy = "admin";
    r.targets = targets;
    for (auto m = date::year{2025} / date::April; m <= r.period; m += date::months{1}) {
        r.trendMonths.push_back(m);
    }

    auto building = figure("building_intact_rate", 985, 1000, target(domain::Comparator::AtLeast, 9800));
    building.trend.assign(12, std::nullopt);
    building.trend[10] = 0.99;
    building.trend[11] = 0.985;
    r.indicators.push_back(building);

    auto repair = figure("repair_timeliness", 8, 10, target(domain::Comparator::AtLeast, 10000));
    repair.value.pending = 1;
    repair.value.records.push_back(orderRecord("WO-2026-0012", "missed", at("2026-03-10 10:30"), 5400s));
    repair.value.records.push_back(orderRecord("WO-2026-0015", "pending", std::nullopt, 0s));
    repair.trend.assign(12, 1.0);
    repair.trend[11] = 0.8;
    r.indicators.push_back(repair);

    auto fire = figure("fire_rate", 1, 2400, target(domain::Comparator::Below, 5));
    fire.trend.assign(12, 1.0 / 2400.0);
    r.indicators.push_back(fire);

    auto completion = figure("completion_rate", 1, 3, std::nullopt);
    completion.trend.assign(12, 1.0 / 3.0);
    r.indicators.push_back(completion);

    auto warnings = figure("contractor_warnings", 0, 0, target(domain::Comparator::AtMost, 10000));
    warnings.trend.assign(12, std::nullopt);
    r.indicators.push_back(warnings);

    domain::IndicatorNote note;
    note.id = domain::IndicatorNoteId{5};
    note.site = r.site.id;
    note.month = r.period;
    note.key = "repair_timeliness";
    note.text = "增派夜班维修工，备足常用配件";
    note.enteredAt = at("2026-04-02 16:20");
    note.enteredBy = "wang";
    r.actions.notes.push_back(note);

    domain::Nonconformance nc;
    nc.id = domain::NonconformanceId{7};
    nc.site = r.site.id;
    nc.code = "NC-2026-0003";
    nc.location = "地下车库";
    nc.description = "排水沟堵塞";
    nc.raisedAt = at("2026-03-03 09:00");
    nc.deadline = at("2026-03-05 17:00");
    domain::CorrectiveActionReport car;
    car.causeAnalysis = "清掏周期过长";
    car.action = "排水沟改为每周清掏";
    car.owner = "李工";
    car.due = date::year{2026} / date::March / date::day{31};
    car.recordedAt = at("2026-03-06 11:00");
    car.recordedBy = "li";
    nc.report = car;
    r.actions.reports.push_back(nc);

    domain::PreventiveAction pa;
    pa.id = domain::PreventiveActionId{2};
    pa.site = r.site.id;
    pa.cause = "清掏周期过长";
    pa.action = "雨季前全面清掏排水沟";
    pa.owner = "赵主管";
    pa.due = date::year{2026} / date::April / date::day{15};
    pa.from = nc.id;
    pa.recordedAt = at("2026-03-12 09:00");
    pa.recordedBy = "zhao";
    r.actions.preventiveActions.push_back(pa);

    domain::PreventiveAction unlinked = pa;
    unlinked.id = domain::PreventiveActionId{3};
    unlinked.action = "培训保洁员识别堵塞";
    unlinked.owner = "钱经理";
    unlinked.from = domain::NonconformanceId{99}; // not among the month's reports
    unlinked.recordedAt = at("2026-03-20 10:00");
    unlinked.doneAt = at("2026-03-28 15:00");
    r.actions.preventiveActions.push_back(unlinked);
    return r;
}

reports::MonthlyReport built()
{
    return reports::buildMonthlyReport(monthReport(), at("2026-04-06 09:15"));
}

std::string readCommand(const std::string& command)
{
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
        out.append(buffer, n);
    }
    REQUIRE(pclose(pipe) == 0);
    return out;
}

// One part of the xlsx package (a zip file).
std::string part(const std::filesystem::path& file, const std::string& name)
{
    return readCommand(fmt::format("unzip -p '{}' '{}'", file.string(), name));
}

std::vector<std::string> sheetNames(const std::string& workbookXml)
{
    std::vector<std::string> names;
    const std::regex sheet(R"re(<sheet name="([^"]*)")re");
    for (auto it = std::sregex_iterator(workbookXml.begin(), workbookXml.end(), sheet); it != std::sregex_iterator();
         ++it) {
        names.push_back((*it)[1].str());
    }
    return names;
}

std::string unescapeXml(std::string text)
{
    for (const auto& [entity, c] : {std::pair{"&lt;", "<"}, std::pair{"&gt;", ">"}, std::pair{"&quot;", "\""},
                                    std::pair{"&apos;", "'"}, std::pair{"&amp;", "&"}}) {
        const std::string_view e(entity);
        for (auto at = text.find(e); at != std::string::npos; at = text.find(e, at + 1)) {
            text.replace(at, e.size(), c);
        }
    }
    return text;
}

// The texts of a sheet by cell reference ("B12"), shared strings resolved.
std::map<std::string, std::string> sheetTexts(const std::filesystem::path& file, int sheet)
{
    const auto shared = part(file, "xl/sharedStrings.xml");
    std::vector<std::string> strings;
    const std::regex si(R"re(<si><t[^>]*>([^<]*)</t></si>)re");
    for (auto it = std::sregex_iterator(shared.begin(), shared.end(), si); it != std::sregex_iterator(); ++it) {
        strings.push_back(unescapeXml((*it)[1].str()));
    }
    const auto xml = part(file, fmt::format("xl/worksheets/sheet{}.xml", sheet));
    std::map<std::string, std::string> cells;
    const std::regex cell(R"re(<c r="([A-Z]+[0-9]+)"[^>]*t="s"[^>]*><v>([0-9]+)</v></c>)re");
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), cell); it != std::sregex_iterator(); ++it) {
        const auto index = std::stoul((*it)[2].str());
        REQUIRE(index < strings.size());
        cells[(*it)[1].str()] = strings[index];
    }
    return cells;
}

// The numbers of a sheet by cell reference, as written.
std::map<std::string, std::string> sheetNumbers(const std::filesystem::path& file, int sheet)
{
    const auto xml = part(file, fmt::format("xl/worksheets/sheet{}.xml", sheet));
    std::map<std::string, std::string> cells;
    const std::regex cell(R"re(<c r="([A-Z]+[0-9]+)"(?: s="[0-9]+")?><v>([^<]*)</v></c>)re");
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), cell); it != std::sregex_iterator(); ++it) {
        cells[(*it)[1].str()] = (*it)[2].str();
    }
    return cells;
}

bool containsValue(const std::map<std::string, std::string>& cells, const std::string& value)
{
    for (const auto& [ref, text] : cells) {
        if (text == value) {
            return true;
        }
    }
    return false;
}

std::string refOf(const std::map<std::string, std::string>& cells, const std::string& value)
{
    for (const auto& [ref, text] : cells) {
        if (text == value) {
            return ref;
        }
    }
    return {};
}

// The row number of a cell reference: "B12" → "12".
std::string rowOf(const std::string& ref)
{
    return ref.substr(ref.find_first_of("0123456789"));
}

} // namespace

TEST_CASE("The report document copies the cover of the month in the site's local time")
{
    const auto r = built();
    CHECK(r.format == 1);
    CHECK(r.siteCode == "HQ");
    CHECK(r.siteName == "总部大厦");
    CHECK(r.month == "2026-03");
    CHECK(r.asOf == "2026-04-05T00:00:00+08:00");
    CHECK(r.generatedAt == "2026-04-06T09:15:00+08:00");
    CHECK(r.ruleSet == "2026 维修时限");
    CHECK(r.targetsFrom == "2026-01-01");
    CHECK(r.targetsContract == "2026 物业服务合同");
    CHECK(r.frozenAt.empty());
    CHECK(r.frozenBy.empty());
    REQUIRE(r.trendMonths.size() == 12);
    CHECK(r.trendMonths.front() == "2025-04");
    CHECK(r.trendMonths.back() == "2026-03");
    REQUIRE(r.indicators.size() == 5);
    CHECK(r.missedCount() == 1);
}

TEST_CASE("A report without targets or rule set says so with empty texts")
{
    auto month = monthReport();
    month.targets.reset();
    month.ruleSet.reset();
    const auto r = reports::buildMonthlyReport(month, at("2026-04-06 09:15"));
    CHECK(r.ruleSet.empty());
    CHECK(r.targetsFrom.empty());
    CHECK(r.targetsContract.empty());
}

TEST_CASE("Each indicator carries its definition and figure as plain values")
{
    const auto r = built();
    const auto& building = r.indicators[0];
    CHECK(building.key == "building_intact_rate");
    CHECK(building.nameZh == "房屋完好率");
    CHECK(building.nameEn == "Building intact rate");
    CHECK(building.origin == "manual");
    CHECK(building.unit == "percent");
    CHECK(building.period == "month");
    CHECK(building.commitment == 1);
    CHECK(building.source == "002 §一");
    CHECK(building.numeratorZh == "完好房与基本完好房建筑面积");
    CHECK(building.numeratorEn == "floor area intact or basically intact");
    CHECK(building.denominatorZh == "房屋总建筑面积");
    CHECK(building.denominatorEn == "total floor area");
    CHECK(building.numerator == 985);
    CHECK(building.denominator == 1000);
    CHECK(building.pending == 0);
    CHECK(building.rate == 0.985);
    CHECK(building.comparator == ">=");
    CHECK(building.targetE4 == 9800);
    CHECK(building.met == true);
    REQUIRE(building.trend.size() == 12);
    CHECK(building.trend[0] == std::nullopt);
    CHECK(building.trend[10] == 0.99);
    // A met indicator lists no exceptions and has no note.
    CHECK(building.exceptions.empty());
    CHECK(building.exceptionCount == 0);
    CHECK(building.note.empty());

    const auto& fire = r.indicators[2];
    CHECK(fire.unit == "per_mille");
    CHECK(fire.period == "rolling_year");
    CHECK(fire.comparator == "<");
    CHECK(fire.targetE4 == 5);
    CHECK(fire.met == true);

    const auto& completion = r.indicators[3];
    CHECK(completion.comparator == std::nullopt);
    CHECK(completion.targetE4 == std::nullopt);
    CHECK(completion.met == std::nullopt);

    const auto& warnings = r.indicators[4];
    CHECK(warnings.unit == "count");
    CHECK(warnings.rate == std::nullopt);
    CHECK(warnings.comparator == "<=");
    CHECK(warnings.met == std::nullopt);
}

TEST_CASE("A missed indicator lists its records as exceptions with local deadlines and its note")
{
    const auto r = built();
    const auto& repair = r.indicators[1];
    CHECK(repair.key == "repair_timeliness");
    CHECK(repair.nameZh == "零修急修及时率");
    CHECK(repair.origin == "work_orders");
    CHECK(repair.commitment == 3);
    CHECK(repair.numeratorEn == "repairs done in time");
    CHECK(repair.pending == 1);
    CHECK(repair.rate == 0.8);
    CHECK(repair.met == false);
    CHECK(repair.note == "增派夜班维修工，备足常用配件");
    REQUIRE(repair.exceptions.size() == 2);
    CHECK(repair.exceptionCount == 2);
    const auto& late = repair.exceptions[0];
    CHECK(late.subject == "work_order");
    CHECK(late.code == "WO-2026-0012");
    CHECK(late.location == "3-1201 厨房");
    CHECK(late.outcome == "missed");
    CHECK(late.deadline == "2026-03-10 10:30");
    CHECK(late.overBySeconds == 5400);
    CHECK(late.detail == "水管漏水");
    const auto& pending = repair.exceptions[1];
    CHECK(pending.code == "WO-2026-0015");
    CHECK(pending.outcome == "pending");
    CHECK(pending.deadline.empty());
    CHECK(pending.overBySeconds == 0);
}

TEST_CASE("A missed indicator keeps at most kMaxExceptions records but counts them all")
{
    auto month = monthReport();
    auto& records = month.indicators[1].value.records;
    records.clear();
    for (int i = 0; i < 250; ++i) {
        records.push_back(orderRecord(fmt::format("WO-2026-{:04}", i + 1), "missed", at("2026-03-10 10:30"), 60s));
    }
    const auto r = reports::buildMonthlyReport(month, at("2026-04-06 09:15"));
    REQUIRE(r.indicators[1].exceptions.size() == reports::kMaxExceptions);
    CHECK(r.indicators[1].exceptionCount == 250);
    CHECK(r.indicators[1].exceptions.front().code == "WO-2026-0001");
    CHECK(r.indicators[1].exceptions.back().code == "WO-2026-0200");

    // The workbook says that the list is cut short.
    tests::TempDir dir;
    const auto file = dir.file("long.xlsx");
    REQUIRE(reports::writeXlsx(r, reports::Language::English, file).has_value());
    const auto texts = sheetTexts(file, 2);
    CHECK(containsValue(texts, "The first 200 of 250 are listed"));
    CHECK(containsValue(texts, "WO-2026-0200"));
    CHECK_FALSE(containsValue(texts, "WO-2026-0201"));
}

TEST_CASE("The corrective actions list preventive actions then corrective reports then notes")
{
    const auto r = built();
    REQUIRE(r.actions.size() == 4);
    const auto& linked = r.actions[0];
    CHECK(linked.date == "2026-03-12");
    CHECK(linked.what == "雨季前全面清掏排水沟");
    CHECK(linked.who == "赵主管");
    CHECK(linked.source == "preventive_action");
    CHECK(linked.reference == "NC-2026-0003");
    // Done before the as-of time: the day it was done; its nonconformance is not in the month's reports.
    const auto& unlinked = r.actions[1];
    CHECK(unlinked.date == "2026-03-28");
    CHECK(unlinked.what == "培训保洁员识别堵塞");
    CHECK(unlinked.who == "钱经理");
    CHECK(unlinked.reference.empty());
    const auto& car = r.actions[2];
    CHECK(car.date == "2026-03-06");
    CHECK(car.what == "排水沟改为每周清掏");
    CHECK(car.who == "李工");
    CHECK(car.source == "corrective_report");
    CHECK(car.reference == "NC-2026-0003");
    const auto& note = r.actions[3];
    CHECK(note.date == "2026-04-02");
    CHECK(note.what == "增派夜班维修工，备足常用配件");
    CHECK(note.who == "wang");
    CHECK(note.source == "note");
    CHECK(note.reference == "repair_timeliness");
}

TEST_CASE("The report JSON reads back exactly and keeps rates in full precision")
{
    auto r = built();
    r.frozenAt = "2026-04-06T10:00:00+08:00";
    r.frozenBy = "manager";
    const auto json = reports::toJson(r);
    const auto back = reports::fromJson(json);
    REQUIRE(back.has_value());
    CHECK(reports::toJson(*back) == json);
    CHECK(back->frozenBy == "manager");
    REQUIRE(back->indicators.size() == 5);
    CHECK(back->indicators[3].rate == 1.0 / 3.0);
    CHECK(back->indicators[2].trend[0] == 1.0 / 2400.0);
    CHECK(back->indicators[1].exceptions[0].deadline == "2026-03-10 10:30");
    CHECK(back->indicators[1].exceptions[1].deadline.empty());
    CHECK(back->actions[3].reference == "repair_timeliness");

    const auto doc = Json::parse(json);
    CHECK(doc.begin().key() == "format");
    CHECK(doc["format"] == 1);
    CHECK(doc["month"] == "2026-03");
    CHECK(doc["rule_set"] == "2026 维修时限");
    CHECK(doc["indicators"][3]["comparator"].is_null());
    CHECK(doc["indicators"][3]["target_e4"].is_null());
    CHECK(doc["indicators"][3]["met"].is_null());
    CHECK(doc["indicators"][4]["rate"].is_null());
    CHECK(doc["indicators"][0]["trend"][0].is_null());
    CHECK(doc["indicators"][1]["exceptions"][1]["deadline"].is_null());
    CHECK(json.find("0.3333333333333333") != std::string::npos);
}

TEST_CASE("A report without rule set targets or freeze writes nulls and reads back the same")
{
    auto month = monthReport();
    month.targets.reset();
    month.ruleSet.reset();
    const auto r = reports::buildMonthlyReport(month, at("2026-04-06 09:15"));
    const auto json = reports::toJson(r);
    const auto doc = Json::parse(json);
    CHECK(doc["rule_set"].is_null());
    CHECK(doc["targets_from"].is_null());
    CHECK(doc["frozen_at"].is_null());
    CHECK(doc["frozen_by"].is_null());
    const auto back = reports::fromJson(json);
    REQUIRE(back.has_value());
    CHECK(back->ruleSet.empty());
    CHECK(reports::toJson(*back) == json);
}

TEST_CASE("Reading a report names the field that is wrong")
{
    const auto json = reports::toJson(built());
    const auto errorOf = [](const Json& doc) {
        const auto r = reports::fromJson(doc.dump());
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == domain::ErrorCode::InvalidInput);
        return r.error();
    };

    auto doc = Json::parse(json);
    doc["indicators"][3]["rate"] = "33 %";
    CHECK(errorOf(doc).field == "indicators[3].rate");

    doc = Json::parse(json);
    doc.erase("site_name");
    auto e = errorOf(doc);
    CHECK(e.field == "site_name");
    CHECK(e.message == "missing or not text");

    doc = Json::parse(json);
    doc["indicators"][1]["exceptions"][0].erase("code");
    CHECK(errorOf(doc).field == "indicators[1].exceptions[0].code");

    doc = Json::parse(json);
    doc["indicators"][0]["trend"][4] = "x";
    CHECK(errorOf(doc).field == "indicators[0].trend[4]");

    doc = Json::parse(json);
    doc["indicators"][2]["met"] = 1;
    CHECK(errorOf(doc).field == "indicators[2].met");

    doc = Json::parse(json);
    doc["indicators"][2]["numerator"] = 1.5;
    e = errorOf(doc);
    CHECK(e.field == "indicators[2].numerator");
    CHECK(e.message == "missing, or not a whole number");

    doc = Json::parse(json);
    doc["indicators"][0]["comparator"] = "=>";
    CHECK(errorOf(doc).field == "indicators[0].comparator");

    doc = Json::parse(json);
    doc["actions"][2].erase("who");
    CHECK(errorOf(doc).field == "actions[2].who");

    doc = Json::parse(json);
    doc["actions"] = Json::object();
    e = errorOf(doc);
    CHECK(e.field == "actions");
    CHECK(e.message == "missing, or not a list");

    doc = Json::parse(json);
    doc["indicators"][4] = "contractor_warnings";
    CHECK(errorOf(doc).field == "indicators[4]");

    doc = Json::parse(json);
    doc["format"] = 2;
    e = errorOf(doc);
    CHECK(e.field == "format");
    CHECK(e.message == "unsupported report format 2 (expected 1)");

    doc = Json::parse(json);
    doc.erase("format");
    CHECK(errorOf(doc).field == "format");

    const auto broken = reports::fromJson("{\"format\": 1,");
    REQUIRE_FALSE(broken.has_value());
    CHECK(broken.error().code == domain::ErrorCode::InvalidInput);
    CHECK(broken.error().message.starts_with("not valid JSON: "));
}

TEST_CASE("Rates print with two decimals in their unit")
{
    CHECK(reports::formatRate(0.985, "percent") == "98.50 %");
    CHECK(reports::formatRate(1.0, "percent") == "100.00 %");
    CHECK(reports::formatRate(0.0004, "per_mille") == "0.40 ‰");
    CHECK(reports::formatRate(1.5, "count") == "1.50");
    CHECK(reports::formatRate(std::nullopt, "percent") == "—");
}

TEST_CASE("Targets print with their comparator and without trailing zeros")
{
    reports::ReportIndicator i;
    i.unit = "percent";
    i.comparator = ">=";
    i.targetE4 = 9800;
    CHECK(reports::formatTarget(i) == "≥ 98 %");
    i.targetE4 = 9950;
    CHECK(reports::formatTarget(i) == "≥ 99.5 %");
    i.targetE4 = 9999;
    CHECK(reports::formatTarget(i) == "≥ 99.99 %");
    i.comparator = "<=";
    i.targetE4 = 100;
    CHECK(reports::formatTarget(i) == "≤ 1 %");
    i.unit = "per_mille";
    i.comparator = "<";
    i.targetE4 = 5;
    CHECK(reports::formatTarget(i) == "< 0.5 ‰");
    i.comparator = "<=";
    i.targetE4 = 10;
    CHECK(reports::formatTarget(i) == "≤ 1 ‰");
    i.unit = "count";
    i.targetE4 = 15000;
    CHECK(reports::formatTarget(i) == "≤ 1.5");
    i.comparator.reset();
    CHECK(reports::formatTarget(i) == "—");
}

TEST_CASE("The report's texts read in Chinese and in English")
{
    using reports::Language;
    CHECK(reports::reportText(Language::Chinese, "title") == "物业服务月度KPI报告");
    CHECK(reports::reportText(Language::English, "title") == "Monthly KPI report");
    CHECK(reports::reportText(Language::Chinese, "verdict.met") == "达标");
    CHECK(reports::reportText(Language::Chinese, "verdict.missed") == "未达标");
    CHECK(reports::reportText(Language::Chinese, "verdict.no_target") == "无目标");
    CHECK(reports::reportText(Language::Chinese, "verdict.no_data") == "无数据");
    CHECK(reports::reportText(Language::English, "verdict.missed") == "missed");
    CHECK(reports::reportText(Language::Chinese, "outcome.missed") == "超时");
    CHECK(reports::reportText(Language::Chinese, "outcome.pending") == "未完成");
    CHECK(reports::reportText(Language::Chinese, "signature.head") == "物业服务中心负责人（签字）");
    CHECK(reports::reportText(Language::English, "signature.head") == "Head of the service centre (signature)");
    CHECK(reports::reportText(Language::Chinese, "signature.client") == "委托方代表（签字）");
    CHECK(reports::reportText(Language::English, "signature.client") == "Client's representative (signature)");
    CHECK(reports::reportText(Language::English, "cover.as_of") == "As of");
    CHECK(reports::reportText(Language::Chinese, "sheet.figures") == "指标");
    CHECK(reports::reportText(Language::English, "no.such.key") == "no.such.key");

    CHECK(reports::languageKey(Language::Chinese) == "zh_CN");
    CHECK(reports::parseLanguage("zh") == Language::Chinese);
    CHECK(reports::parseLanguage("en") == Language::English);
    CHECK(reports::parseLanguage("fr") == std::nullopt);
}

TEST_CASE("Every outcome and subject the rules produce has a text in both languages")
{
    using reports::Language;
    std::vector<std::string> outcomes{
        "missed",        "pending",     "late",          "open",         "fail",    "no_sheet",
        "not_revisited", "reworked",    "not_completed", "not_resolved", "valid",   "unsigned",
        "not_recorded",  "not_handled", "security_case", "not_verified", "warning", "may_terminate",
        "entered",       "incomplete",  "out_of_order",  "not_started",  "checked"};
    for (int n = 1; n <= 5; ++n) {
        outcomes.push_back(fmt::format("rated_{}", n));
    }
    // And whatever a rule names as an outcome in a record it makes, so that a new outcome needs a text.
    const std::regex literal(R"re("([a-z_]+)")re");
    for (const auto* source :
         {"kpi.cpp", "complaintkpi.cpp", "securitykpi.cpp", "inspectionkpi.cpp", "indicators.cpp"}) {
        std::ifstream in(std::filesystem::path(PROPDESK_SOURCE_DIR) / "src" / "rules" / source);
        REQUIRE(in.good());
        std::string line;
        while (std::getline(in, line)) {
            const bool makesRecord =
                line.find("Record(") != std::string::npos || line.find("recordOf(") != std::string::npos;
            if (line.find("outcome = \"") == std::string::npos && !makesRecord) {
                continue;
            }
            for (auto it = std::sregex_iterator(line.begin(), line.end(), literal); it != std::sregex_iterator();
                 ++it) {
                outcomes.push_back((*it)[1].str());
            }
        }
    }
    for (const auto& outcome : outcomes) {
        INFO(outcome);
        const auto key = "outcome." + outcome;
        CHECK(reports::reportText(Language::Chinese, key) != key);
        CHECK(reports::reportText(Language::English, key) != key);
    }
    for (int s = 0; s <= static_cast<int>(rules::KpiSubject::ManualFigure); ++s) {
        const auto key = "subject." + std::string(rules::kpiSubjectKey(static_cast<rules::KpiSubject>(s)));
        INFO(key);
        CHECK(reports::reportText(Language::Chinese, key) != key);
        CHECK(reports::reportText(Language::English, key) != key);
    }
}

TEST_CASE("The xlsx workbook holds a sheet of figures and one sheet per missed indicator")
{
    tests::TempDir dir;
    const auto file = dir.file("2026-03.xlsx");
    const auto r = built();
    REQUIRE(reports::writeXlsx(r, reports::Language::English, file).has_value());
    REQUIRE(std::filesystem::exists(file));

    CHECK(sheetNames(part(file, "xl/workbook.xml")) == std::vector<std::string>{"Figures", "repair_timeliness"});

    const auto texts = sheetTexts(file, 1);
    CHECK(containsValue(texts, "Monthly KPI report"));
    CHECK(containsValue(texts, "HQ 总部大厦"));
    CHECK(containsValue(texts, "2026-04-05T00:00:00+08:00"));
    CHECK(containsValue(texts, "2026-01-01 2026 物业服务合同"));
    CHECK(containsValue(texts, "≥ 98 %"));
    CHECK(containsValue(texts, "< 0.5 ‰"));
    CHECK(containsValue(texts, "2025-04"));
    // Each indicator's row: its name, its value as a number, its target and verdict.
    const auto numbers = sheetNumbers(file, 1);
    const auto building = rowOf(refOf(texts, "Building intact rate"));
    REQUIRE(building != "");
    CHECK(numbers.at("C" + building) == "0.985");
    CHECK(texts.at("D" + building) == "≥ 98 %");
    CHECK(texts.at("E" + building) == "met");
    CHECK(numbers.at("F" + building) == "985");
    CHECK(numbers.at("G" + building) == "1000");
    CHECK(numbers.at("S" + building) == "0.985"); // March 2026, the twelfth trend column
    const auto repair = rowOf(refOf(texts, "Repair timeliness"));
    REQUIRE(repair != "");
    CHECK(numbers.at("C" + repair) == "0.8");
    CHECK(texts.at("E" + repair) == "missed");
    const auto warnings = rowOf(refOf(texts, "Contractor warnings"));
    REQUIRE(warnings != "");
    CHECK(texts.at("C" + warnings) == "—");
    CHECK(texts.at("E" + warnings) == "no data");

    const auto exceptions = sheetTexts(file, 2);
    CHECK(containsValue(exceptions, "Repair timeliness"));
    CHECK(containsValue(exceptions, "WO-2026-0012"));
    CHECK(containsValue(exceptions, "WO-2026-0015"));
    CHECK(containsValue(exceptions, "overdue"));
    CHECK(containsValue(exceptions, "work order"));
    CHECK(containsValue(exceptions, "2026-03-10 10:30"));
    CHECK(containsValue(exceptions, "增派夜班维修工，备足常用配件"));
    const auto late = rowOf(refOf(exceptions, "WO-2026-0012"));
    CHECK(sheetNumbers(file, 2).at("G" + late) == "90");
}

TEST_CASE("The Chinese workbook names its sheet of figures 指标")
{
    tests::TempDir dir;
    const auto file = dir.file("报告.xlsx");
    REQUIRE(reports::writeXlsx(built(), reports::Language::Chinese, file).has_value());
    CHECK(sheetNames(part(file, "xl/workbook.xml")) == std::vector<std::string>{"指标", "repair_timeliness"});
    const auto texts = sheetTexts(file, 1);
    CHECK(containsValue(texts, "物业服务月度KPI报告"));
    CHECK(containsValue(texts, "零修急修及时率"));
    CHECK(containsValue(texts, "未达标"));
    CHECK(containsValue(sheetTexts(file, 2), "超时"));
}

TEST_CASE("A workbook that cannot be written is an I/O error naming the file")
{
    tests::TempDir dir;
    const auto file = dir.path() / "missing" / "report.xlsx";
    const auto result = reports::writeXlsx(built(), reports::Language::English, file);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == domain::ErrorCode::Io);
    CHECK(result.error().describe().find(file.string()) != std::string::npos);
}

TEST_CASE("the details and durations of the exceptions read in the report's language")
{
    using reports::Language;
    CHECK(reports::detailText(Language::Chinese, "arrival") == "到场");
    CHECK(reports::detailText(Language::English, "completion") == "completion");
    CHECK(reports::detailText(Language::Chinese, "incoming, outgoing") == "接班方未签字、交班方未签字");
    CHECK(reports::detailText(Language::English, "incoming, outgoing") ==
          "incoming leader's signature, outgoing leader's signature");
    CHECK(reports::detailText(Language::Chinese, "C3, C7") == "C3、C7");
    CHECK(reports::detailText(Language::Chinese, "地面有烟头") == "地面有烟头");
    CHECK(reports::detailText(Language::English, "") == "");
    CHECK(reports::formatDuration(Language::English, 59) == "0 min");
    CHECK(reports::formatDuration(Language::English, 12 * 60) == "12 min");
    CHECK(reports::formatDuration(Language::English, 105 * 60) == "1 h 45 min");
    CHECK(reports::formatDuration(Language::English, 2 * 3600) == "2 h");
    CHECK(reports::formatDuration(Language::English, 73105 * 60) == "50 d 18 h");
    CHECK(reports::formatDuration(Language::Chinese, 73105 * 60) == "50天18小时");
    CHECK(reports::formatDuration(Language::Chinese, 3 * 86400) == "3天");
}
