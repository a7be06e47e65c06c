#include "monthlyreport.h"

#include "domain/timezone.h"
#include "rules/indicators.h"
#include "services/indicatorservice.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <utility>

namespace propdesk::reports {

using domain::ErrorCode;
using Json = nlohmann::ordered_json;

namespace {

// ---------------------------------------------------------------------------------------------------
// The fixed texts

struct ReportTextEntry
{
    std::string_view key;
    std::string_view zh;
    std::string_view en;
};

// Keys: "title"; "cover.*"; "column.*" (summary, exception and action tables); "verdict.*"; "section.*";
// "outcome.<KpiRecord::outcome>"; "subject.<rules::kpiSubjectKey>"; "source.<ReportAction::source>";
// "origin.*" and "period.*" (the definition's keys); "signature.*"; a few words ("none", …).
// clang-format off
constexpr std::array kTexts{
    ReportTextEntry{"title", "物业服务月度KPI报告", "Monthly KPI report"},
    // Cover
    ReportTextEntry{"cover.site", "项目", "Site"},
    ReportTextEntry{"cover.month", "月份", "Month"},
    ReportTextEntry{"cover.as_of", "数据截至", "As of"},
    ReportTextEntry{"cover.rule_set", "规则版本", "Rule set"},
    ReportTextEntry{"cover.targets_version", "目标版本", "Targets version"},
    ReportTextEntry{"cover.default_targets", "默认目标（管理服务的承诺）", "Default targets (service commitments)"},
    ReportTextEntry{"cover.generated", "生成时间", "Generated"},
    ReportTextEntry{"cover.frozen", "定稿", "Frozen"},
    ReportTextEntry{"cover.missed_count", "未达标指标数", "Indicators missed"},
    // Summary table
    ReportTextEntry{"column.no", "序号", "No."},
    ReportTextEntry{"column.indicator", "指标", "Indicator"},
    ReportTextEntry{"column.formula", "计算公式", "Formula"},
    ReportTextEntry{"column.value", "实际值", "Value"},
    ReportTextEntry{"column.target", "目标值", "Target"},
    ReportTextEntry{"column.verdict", "结论", "Verdict"},
    ReportTextEntry{"column.numerator", "分子", "Numerator"},
    ReportTextEntry{"column.denominator", "分母", "Denominator"},
    ReportTextEntry{"column.pending", "未完成", "Pending"},
    ReportTextEntry{"column.trend", "趋势", "Trend"},
    ReportTextEntry{"column.period", "统计周期", "Period"},
    ReportTextEntry{"column.commitment", "承诺条款", "Commitment"},
    ReportTextEntry{"column.source_document", "依据", "Source"},
    // Exception table
    ReportTextEntry{"column.subject", "对象", "Subject"},
    ReportTextEntry{"column.code", "编号", "Code"},
    ReportTextEntry{"column.location", "位置", "Location"},
    ReportTextEntry{"column.outcome", "情况", "Outcome"},
    ReportTextEntry{"column.deadline", "时限", "Deadline"},
    ReportTextEntry{"column.over_by", "超时", "Over by"},
    ReportTextEntry{"column.over_by_minutes", "超时（分钟）", "Over by (min)"},
    // The words a record's detail is made of (detailText), and the units of a duration (formatDuration).
    ReportTextEntry{"detail.arrival", "到场", "arrival"},
    ReportTextEntry{"detail.completion", "完工", "completion"},
    ReportTextEntry{"detail.revisit", "回访", "revisit"},
    ReportTextEntry{"detail.response", "响应", "response"},
    ReportTextEntry{"detail.resolution", "处理", "resolution"},
    ReportTextEntry{"detail.incoming", "接班方未签字", "incoming leader's signature"},
    ReportTextEntry{"detail.outgoing", "交班方未签字", "outgoing leader's signature"},
    ReportTextEntry{"detail.security_case", "治安案件", "security case"},
    ReportTextEntry{"detail.fire", "火灾", "fire"},
    ReportTextEntry{"detail.violation", "违章", "violation"},
    ReportTextEntry{"detail.other", "其他", "other"},
    ReportTextEntry{"duration.days", "{}天", "{} d"},
    ReportTextEntry{"duration.hours", "{}小时", "{} h"},
    ReportTextEntry{"duration.minutes", "{}分钟", "{} min"},
    ReportTextEntry{"column.detail", "说明", "Detail"},
    // Action table
    ReportTextEntry{"column.date", "日期", "Date"},
    ReportTextEntry{"column.action", "措施", "Action"},
    ReportTextEntry{"column.owner", "责任人", "Owner"},
    ReportTextEntry{"column.source", "来源", "Source"},
    ReportTextEntry{"column.reference", "关联", "Reference"},
    // Verdicts
    ReportTextEntry{"verdict.met", "达标", "met"},
    ReportTextEntry{"verdict.missed", "未达标", "missed"},
    ReportTextEntry{"verdict.no_target", "无目标", "no target"},
    ReportTextEntry{"verdict.no_data", "无数据", "no data"},
    // Sections
    ReportTextEntry{"section.summary", "指标汇总", "Summary"},
    ReportTextEntry{"section.trends", "近十二个月趋势", "Trends over twelve months"},
    ReportTextEntry{"section.exceptions", "未达标指标明细", "Exceptions"},
    ReportTextEntry{"section.corrective_actions", "整改措施", "Corrective actions"},
    ReportTextEntry{"section.note", "整改说明", "Corrective action"},
    ReportTextEntry{"section.signatures", "签字确认", "Signatures"},
    // Outcomes of the records behind a figure (rules/*kpi.cpp, rules/indicators.cpp)
    ReportTextEntry{"outcome.met", "按时", "on time"},
    ReportTextEntry{"outcome.missed", "超时", "overdue"},
    ReportTextEntry{"outcome.pending", "未完成", "pending"},
    ReportTextEntry{"outcome.late", "延误", "late"},
    ReportTextEntry{"outcome.open", "未整改", "not rectified"},
    ReportTextEntry{"outcome.fail", "不合格", "failed"},
    ReportTextEntry{"outcome.no_sheet", "未填检查表", "no sheet"},
    ReportTextEntry{"outcome.not_revisited", "未回访", "not revisited"},
    ReportTextEntry{"outcome.reworked", "返修", "reworked"},
    ReportTextEntry{"outcome.not_completed", "未完工", "not completed"},
    ReportTextEntry{"outcome.rated_1", "评分1", "rated 1"},
    ReportTextEntry{"outcome.rated_2", "评分2", "rated 2"},
    ReportTextEntry{"outcome.rated_3", "评分3", "rated 3"},
    ReportTextEntry{"outcome.rated_4", "评分4", "rated 4"},
    ReportTextEntry{"outcome.rated_5", "评分5", "rated 5"},
    ReportTextEntry{"outcome.not_resolved", "未解决", "not resolved"},
    ReportTextEntry{"outcome.valid", "有效投诉", "valid complaint"},
    ReportTextEntry{"outcome.unsigned", "未签字", "unsigned"},
    ReportTextEntry{"outcome.not_recorded", "未记录", "not recorded"},
    ReportTextEntry{"outcome.not_handled", "未处理", "not handled"},
    ReportTextEntry{"outcome.security_case", "治安案件", "security case"},
    ReportTextEntry{"outcome.not_verified", "未验证", "not verified"},
    ReportTextEntry{"outcome.warning", "书面警告", "written warning"},
    ReportTextEntry{"outcome.may_terminate", "可解约", "may terminate"},
    ReportTextEntry{"outcome.entered", "手工录入", "entered by hand"},
    ReportTextEntry{"outcome.incomplete", "未巡完", "incomplete"},
    ReportTextEntry{"outcome.out_of_order", "顺序错误", "out of order"},
    ReportTextEntry{"outcome.not_started", "未开始", "not started"},
    ReportTextEntry{"outcome.checked", "已查岗", "checked"},
    ReportTextEntry{"outcome.complete", "已完成", "complete"},
    ReportTextEntry{"outcome.upcoming", "未到时间", "upcoming"},
    ReportTextEntry{"outcome.in_progress", "进行中", "in progress"},
    // Subjects of the records (rules::kpiSubjectKey)
    ReportTextEntry{"subject.work_order", "工单", "work order"},
    ReportTextEntry{"subject.complaint", "投诉", "complaint"},
    ReportTextEntry{"subject.patrol_round", "巡更", "patrol round"},
    ReportTextEntry{"subject.handover", "交接班", "handover"},
    ReportTextEntry{"subject.spot_check", "夜间查岗", "spot check"},
    ReportTextEntry{"subject.incident", "事件", "incident"},
    ReportTextEntry{"subject.inspection_line", "检查项", "inspection item"},
    ReportTextEntry{"subject.nonconformance", "不合格项", "nonconformance"},
    ReportTextEntry{"subject.inspection_day", "检查日", "inspection day"},
    ReportTextEntry{"subject.contractor", "分包方", "contractor"},
    ReportTextEntry{"subject.manual_figure", "手工数据", "figure entered"},
    // Where a corrective action comes from
    ReportTextEntry{"source.preventive_action", "预防措施", "preventive action"},
    ReportTextEntry{"source.corrective_report", "纠正措施报告", "corrective action report"},
    ReportTextEntry{"source.note", "整改说明", "note"},
    // Definition keys
    ReportTextEntry{"origin.work_orders", "工单", "work orders"},
    ReportTextEntry{"origin.complaints", "投诉", "complaints"},
    ReportTextEntry{"origin.security", "秩序维护", "security"},
    ReportTextEntry{"origin.inspections", "品质检查", "inspections"},
    ReportTextEntry{"origin.manual", "手工录入", "entered by hand"},
    ReportTextEntry{"period.month", "月度", "month"},
    ReportTextEntry{"period.rolling_year", "滚动十二个月", "rolling twelve months"},
    // Signature blocks
    ReportTextEntry{"signature.head", "物业服务中心负责人（签字）", "Head of the service centre (signature)"},
    ReportTextEntry{"signature.client", "委托方代表（签字）", "Client's representative (signature)"},
    ReportTextEntry{"signature.date", "日期", "Date"},
    // Workbook
    ReportTextEntry{"sheet.figures", "指标", "Figures"},
    // Words
    ReportTextEntry{"none", "无", "none"},
    ReportTextEntry{"exceptions_truncated", "仅列出前 {} 条，共 {} 条", "The first {} of {} are listed"},
    ReportTextEntry{"no_exceptions", "无明细记录", "No records"},
    ReportTextEntry{"no_actions", "本月无整改措施记录", "No corrective actions recorded this month"},
};
// clang-format on

// ---------------------------------------------------------------------------------------------------
// Times in the site's zone

class SiteTime
{
public:
    explicit SiteTime(std::string_view zoneName)
    {
        if (auto z = domain::TimeZone::find(zoneName)) {
            m_zone = *z;
        }
    }

    // The same text as kpijson's as_of: the site's offset, UTC when the zone is unknown.
    std::string iso(domain::Instant t) const { return m_zone ? m_zone->formatIso(t) : date::format("%FT%TZ", t); }
    std::string minute(domain::Instant t) const
    {
        const auto m = std::chrono::floor<std::chrono::minutes>(t);
        return m_zone ? date::format("%F %H:%M", std::chrono::floor<std::chrono::minutes>(m_zone->toLocal(t)))
                      : date::format("%F %H:%M", m);
    }
    std::string day(domain::Instant t) const
    {
        return m_zone ? domain::formatDate(m_zone->localDate(t))
                      : domain::formatDate(date::year_month_day{std::chrono::floor<date::days>(t)});
    }

private:
    std::optional<domain::TimeZone> m_zone;
};

ReportException exceptionOf(const rules::KpiRecord& record, const SiteTime& time)
{
    ReportException e;
    e.subject = std::string(rules::kpiSubjectKey(record.subject));
    e.code = record.code;
    e.location = record.location;
    e.outcome = record.outcome;
    e.deadline = record.deadline ? time.minute(*record.deadline) : std::string();
    e.overBySeconds = record.overBy.count();
    e.detail = record.detail;
    return e;
}

ReportIndicator indicatorOf(const services::IndicatorFigure& figure, const services::CorrectiveActions& actions,
                            const SiteTime& time)
{
    const auto& d = *figure.definition;
    const auto& v = figure.value;
    ReportIndicator r;
    r.key = std::string(d.key);
    r.nameZh = std::string(d.nameZh);
    r.nameEn = std::string(d.nameEn);
    r.origin = std::string(rules::originKey(d.origin));
    r.unit = std::string(rules::unitKey(d.unit));
    r.period = std::string(rules::periodKey(d.period));
    r.commitment = d.commitment;
    r.source = std::string(d.source);
    r.numeratorZh = std::string(d.numeratorZh);
    r.numeratorEn = std::string(d.numeratorEn);
    r.denominatorZh = std::string(d.denominatorZh);
    r.denominatorEn = std::string(d.denominatorEn);
    r.numerator = v.numerator;
    r.denominator = v.denominator;
    r.pending = v.pending;
    r.rate = v.rate;
    if (v.target) {
        r.comparator = std::string(domain::comparatorSymbol(v.target->comparator));
        r.targetE4 = v.target->valueE4;
    }
    r.met = v.met;
    r.trend = figure.trend;
    if (v.met == false) {
        r.exceptionCount = static_cast<std::int64_t>(v.records.size());
        const auto kept = std::min(v.records.size(), kMaxExceptions);
        r.exceptions.reserve(kept);
        for (std::size_t i = 0; i < kept; ++i) {
            r.exceptions.push_back(exceptionOf(v.records[i], time));
        }
    }
    // One note per key is in force; should there be more, the last one stands.
    for (const auto& note : actions.notes) {
        if (note.key == r.key) {
            r.note = note.text;
        }
    }
    return r;
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// The document

std::string_view languageKey(Language language)
{
    return language == Language::English ? "en" : "zh_CN";
}

std::optional<Language> parseLanguage(std::string_view key)
{
    if (key == "zh_CN" || key == "zh") {
        return Language::Chinese;
    }
    if (key == "en") {
        return Language::English;
    }
    return std::nullopt;
}

std::size_t MonthlyReport::missedCount() const
{
    return static_cast<std::size_t>(
        std::ranges::count_if(indicators, [](const ReportIndicator& i) { return i.met == false; }));
}

MonthlyReport buildMonthlyReport(const services::IndicatorReport& report, domain::Instant generatedAt)
{
    const SiteTime time(report.site.timeZone);
    MonthlyReport r;
    r.siteCode = report.site.code;
    r.siteName = report.site.name;
    r.month = domain::monthKey(report.period);
    r.asOf = time.iso(report.asOf);
    r.ruleSet = report.ruleSet.value_or(std::string());
    if (report.targets) {
        r.targetsFrom = domain::formatDate(report.targets->effectiveFrom);
        r.targetsContract = report.targets->contract;
    }
    r.generatedAt = time.iso(generatedAt);
    for (const auto& m : report.trendMonths) {
        r.trendMonths.push_back(domain::monthKey(m));
    }
    for (const auto& figure : report.indicators) {
        if (figure.definition != nullptr) {
            r.indicators.push_back(indicatorOf(figure, report.actions, time));
        }
    }

    const auto ncCode = [&](domain::NonconformanceId id) {
        for (const auto& nc : report.actions.reports) {
            if (nc.id == id) {
                return nc.code;
            }
        }
        return std::string();
    };
    for (const auto& p : report.actions.preventiveActions) {
        ReportAction a;
        // The day it was done when that falls by the as-of time, else the day it was recorded.
        a.date = time.day(p.doneAt && *p.doneAt <= report.asOf ? *p.doneAt : p.recordedAt);
        a.what = p.action;
        a.who = p.owner;
        a.source = "preventive_action";
        a.reference = p.from ? ncCode(*p.from) : std::string();
        r.actions.push_back(std::move(a));
    }
    for (const auto& nc : report.actions.reports) {
        if (!nc.report) {
            continue;
        }
        ReportAction a;
        a.date = time.day(nc.report->recordedAt);
        a.what = nc.report->action;
        a.who = nc.report->owner;
        a.source = "corrective_report";
        a.reference = nc.code;
        r.actions.push_back(std::move(a));
    }
    for (const auto& note : report.actions.notes) {
        if (note.text.empty()) {
            continue;
        }
        ReportAction a;
        a.date = time.day(note.enteredAt);
        a.what = note.text;
        a.who = note.enteredBy;
        a.source = "note";
        a.reference = note.key;
        r.actions.push_back(std::move(a));
    }
    return r;
}

// ---------------------------------------------------------------------------------------------------
// JSON

namespace {

Json nullable(const std::string& text)
{
    return text.empty() ? Json(nullptr) : Json(text);
}

template <typename T>
Json nullable(const std::optional<T>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json exceptionJson(const ReportException& e)
{
    Json j;
    j["subject"] = e.subject;
    j["code"] = e.code;
    j["location"] = e.location;
    j["outcome"] = e.outcome;
    j["deadline"] = nullable(e.deadline);
    j["over_by_seconds"] = e.overBySeconds;
    j["detail"] = e.detail;
    return j;
}

Json indicatorJson(const ReportIndicator& i)
{
    Json j;
    j["key"] = i.key;
    j["name_zh"] = i.nameZh;
    j["name_en"] = i.nameEn;
    j["origin"] = i.origin;
    j["unit"] = i.unit;
    j["period"] = i.period;
    j["commitment"] = i.commitment;
    j["source"] = i.source;
    j["numerator_zh"] = i.numeratorZh;
    j["numerator_en"] = i.numeratorEn;
    j["denominator_zh"] = i.denominatorZh;
    j["denominator_en"] = i.denominatorEn;
    j["numerator"] = i.numerator;
    j["denominator"] = i.denominator;
    j["pending"] = i.pending;
    j["rate"] = nullable(i.rate);
    j["comparator"] = nullable(i.comparator);
    j["target_e4"] = nullable(i.targetE4);
    j["met"] = nullable(i.met);
    auto& trend = j["trend"] = Json::array();
    for (const auto& t : i.trend) {
        trend.push_back(nullable(t));
    }
    auto& exceptions = j["exceptions"] = Json::array();
    for (const auto& e : i.exceptions) {
        exceptions.push_back(exceptionJson(e));
    }
    j["exception_count"] = i.exceptionCount;
    j["note"] = i.note;
    return j;
}

Json actionJson(const ReportAction& a)
{
    Json j;
    j["date"] = a.date;
    j["what"] = a.what;
    j["who"] = a.who;
    j["source"] = a.source;
    j["reference"] = a.reference;
    return j;
}

// A field that is missing or of the wrong type; caught in fromJson and turned into an InvalidInput error.
struct BadField
{
    std::string path;
    std::string message;
};

// Reads the fields of one JSON object, naming each by its path from the document's root.
class ObjectReader
{
public:
    ObjectReader(const Json& object, std::string path) : m_object(object), m_path(std::move(path))
    {
        if (!m_object.is_object()) {
            throw BadField{m_path, "not an object"};
        }
    }

    std::string path(std::string_view key) const
    {
        return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
    }

    const Json* find(std::string_view key) const
    {
        const auto it = m_object.find(key);
        return it == m_object.end() ? nullptr : &*it;
    }

    std::string text(std::string_view key) const
    {
        const auto* v = find(key);
        if (v == nullptr || !v->is_string()) {
            throw BadField{path(key), "missing or not text"};
        }
        return v->get<std::string>();
    }
    // A text that may be null (read as empty).
    std::string optionalText(std::string_view key) const
    {
        const auto* v = find(key);
        if (v != nullptr && v->is_null()) {
            return {};
        }
        return text(key);
    }
    std::int64_t integer(std::string_view key) const
    {
        const auto* v = find(key);
        return integerOf(v, path(key));
    }
    std::optional<std::int64_t> optionalInteger(std::string_view key) const
    {
        const auto* v = find(key);
        if (v != nullptr && v->is_null()) {
            return std::nullopt;
        }
        return integerOf(v, path(key));
    }
    std::optional<double> optionalNumber(std::string_view key) const { return numberOf(find(key), path(key)); }
    std::optional<bool> optionalBool(std::string_view key) const
    {
        const auto* v = find(key);
        if (v != nullptr && v->is_null()) {
            return std::nullopt;
        }
        if (v == nullptr || !v->is_boolean()) {
            throw BadField{path(key), "missing or not true/false"};
        }
        return v->get<bool>();
    }
    const Json& array(std::string_view key) const
    {
        const auto* v = find(key);
        if (v == nullptr || !v->is_array()) {
            throw BadField{path(key), "missing, or not a list"};
        }
        return *v;
    }

    static std::int64_t integerOf(const Json* v, const std::string& path)
    {
        if (v == nullptr || !v->is_number_integer()) {
            throw BadField{path, "missing, or not a whole number"};
        }
        return v->get<std::int64_t>();
    }
    static std::optional<double> numberOf(const Json* v, const std::string& path)
    {
        if (v != nullptr && v->is_null()) {
            return std::nullopt;
        }
        if (v == nullptr || !v->is_number()) {
            throw BadField{path, "missing, or not a number"};
        }
        return v->get<double>();
    }

private:
    const Json& m_object;
    std::string m_path;
};

std::string indexed(const std::string& path, std::size_t index)
{
    return fmt::format("{}[{}]", path, index);
}

ReportException readException(const Json& j, std::string path)
{
    const ObjectReader o(j, std::move(path));
    ReportException e;
    e.subject = o.text("subject");
    e.code = o.text("code");
    e.location = o.text("location");
    e.outcome = o.text("outcome");
    e.deadline = o.optionalText("deadline");
    e.overBySeconds = o.integer("over_by_seconds");
    e.detail = o.text("detail");
    return e;
}

ReportIndicator readIndicator(const Json& j, std::string path)
{
    const ObjectReader o(j, std::move(path));
    ReportIndicator i;
    i.key = o.text("key");
    i.nameZh = o.text("name_zh");
    i.nameEn = o.text("name_en");
    i.origin = o.text("origin");
    i.unit = o.text("unit");
    i.period = o.text("period");
    const auto commitment = o.integer("commitment");
    if (commitment < 0 || commitment > 1000) {
        throw BadField{o.path("commitment"), "missing, or not a whole number"};
    }
    i.commitment = static_cast<int>(commitment);
    i.source = o.text("source");
    i.numeratorZh = o.text("numerator_zh");
    i.numeratorEn = o.text("numerator_en");
    i.denominatorZh = o.text("denominator_zh");
    i.denominatorEn = o.text("denominator_en");
    i.numerator = o.integer("numerator");
    i.denominator = o.integer("denominator");
    i.pending = o.integer("pending");
    i.rate = o.optionalNumber("rate");
    const auto comparator = o.optionalText("comparator");
    if (!comparator.empty()) {
        if (!domain::parseComparator(comparator)) {
            throw BadField{o.path("comparator"), fmt::format("unknown comparator '{}' (>=, <= or <)", comparator)};
        }
        i.comparator = comparator;
    }
    i.targetE4 = o.optionalInteger("target_e4");
    i.met = o.optionalBool("met");
    const auto& trend = o.array("trend");
    for (std::size_t k = 0; k < trend.size(); ++k) {
        i.trend.push_back(ObjectReader::numberOf(&trend[k], indexed(o.path("trend"), k)));
    }
    const auto& exceptions = o.array("exceptions");
    for (std::size_t k = 0; k < exceptions.size(); ++k) {
        i.exceptions.push_back(readException(exceptions[k], indexed(o.path("exceptions"), k)));
    }
    i.exceptionCount = o.integer("exception_count");
    i.note = o.text("note");
    return i;
}

ReportAction readAction(const Json& j, std::string path)
{
    const ObjectReader o(j, std::move(path));
    ReportAction a;
    a.date = o.text("date");
    a.what = o.text("what");
    a.who = o.text("who");
    a.source = o.text("source");
    a.reference = o.text("reference");
    return a;
}

MonthlyReport readReport(const Json& doc)
{
    const ObjectReader o(doc, "");
    MonthlyReport r;
    const auto format = o.integer("format");
    if (format != 1) {
        throw BadField{"format", fmt::format("unsupported report format {} (expected 1)", format)};
    }
    r.format = 1;
    r.siteCode = o.text("site_code");
    r.siteName = o.text("site_name");
    r.month = o.text("month");
    r.asOf = o.text("as_of");
    r.ruleSet = o.optionalText("rule_set");
    r.targetsFrom = o.optionalText("targets_from");
    r.targetsContract = o.text("targets_contract");
    r.generatedAt = o.text("generated_at");
    r.frozenAt = o.optionalText("frozen_at");
    r.frozenBy = o.optionalText("frozen_by");
    const auto& months = o.array("trend_months");
    for (std::size_t k = 0; k < months.size(); ++k) {
        if (!months[k].is_string()) {
            throw BadField{indexed("trend_months", k), "missing or not text"};
        }
        r.trendMonths.push_back(months[k].get<std::string>());
    }
    const auto& indicators = o.array("indicators");
    for (std::size_t k = 0; k < indicators.size(); ++k) {
        r.indicators.push_back(readIndicator(indicators[k], indexed("indicators", k)));
    }
    const auto& actions = o.array("actions");
    for (std::size_t k = 0; k < actions.size(); ++k) {
        r.actions.push_back(readAction(actions[k], indexed("actions", k)));
    }
    return r;
}

} // namespace

std::string toJson(const MonthlyReport& report)
{
    Json doc;
    doc["format"] = report.format;
    doc["site_code"] = report.siteCode;
    doc["site_name"] = report.siteName;
    doc["month"] = report.month;
    doc["as_of"] = report.asOf;
    doc["rule_set"] = nullable(report.ruleSet);
    doc["targets_from"] = nullable(report.targetsFrom);
    doc["targets_contract"] = report.targetsContract;
    doc["generated_at"] = report.generatedAt;
    doc["frozen_at"] = nullable(report.frozenAt);
    doc["frozen_by"] = nullable(report.frozenBy);
    doc["trend_months"] = report.trendMonths;
    auto& indicators = doc["indicators"] = Json::array();
    for (const auto& i : report.indicators) {
        indicators.push_back(indicatorJson(i));
    }
    auto& actions = doc["actions"] = Json::array();
    for (const auto& a : report.actions) {
        actions.push_back(actionJson(a));
    }
    return doc.dump(2) + "\n";
}

domain::Result<MonthlyReport> fromJson(std::string_view json)
{
    Json doc;
    try {
        doc = Json::parse(json);
    } catch (const Json::parse_error& e) {
        return domain::fail(ErrorCode::InvalidInput, fmt::format("not valid JSON: {}", e.what()));
    }
    try {
        return readReport(doc);
    } catch (const BadField& bad) {
        return domain::fail(ErrorCode::InvalidInput, bad.message, bad.path);
    }
}

// ---------------------------------------------------------------------------------------------------
// Texts and numbers

std::string_view reportText(Language language, std::string_view key)
{
    for (const auto& t : kTexts) {
        if (t.key == key) {
            return language == Language::English ? t.en : t.zh;
        }
    }
    return key;
}

namespace {

// The ratio in the indicator's unit, and the unit's symbol.
double inUnit(double ratio, std::string_view unit)
{
    if (unit == "percent") {
        return ratio * 100.0;
    }
    if (unit == "per_mille") {
        return ratio * 1000.0;
    }
    return ratio;
}

std::string_view unitSuffix(std::string_view unit)
{
    if (unit == "percent") {
        return " %";
    }
    if (unit == "per_mille") {
        return " ‰";
    }
    return "";
}

std::string_view comparatorSign(std::string_view symbol)
{
    if (symbol == ">=") {
        return "≥";
    }
    if (symbol == "<=") {
        return "≤";
    }
    return symbol;
}

// A text for the named key, falling back to the raw value for a key the table does not know.
std::string wordFor(Language language, std::string_view prefix, const std::string& value)
{
    const auto key = fmt::format("{}.{}", prefix, value);
    const auto text = reportText(language, key);
    return text == key ? value : std::string(text);
}

} // namespace

std::string detailText(Language language, std::string_view detail)
{
    std::string out;
    std::size_t start = 0;
    while (start <= detail.size()) {
        const auto comma = detail.find(", ", start);
        const auto token =
            detail.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        const std::string key = "detail." + std::string(token);
        const auto text = reportText(language, key);
        if (!out.empty()) {
            out += language == Language::Chinese ? "、" : ", ";
        }
        out += text == key ? std::string(token) : std::string(text);
        if (comma == std::string_view::npos) {
            break;
        }
        start = comma + 2;
    }
    return out;
}

std::string formatDuration(Language language, std::int64_t seconds)
{
    const std::int64_t minutes = seconds / 60;
    const std::int64_t days = minutes / (24 * 60);
    const std::int64_t hours = minutes / 60 % 24;
    const auto part = [&](std::string_view key, std::int64_t n) {
        return fmt::format(fmt::runtime(reportText(language, key)), n);
    };
    const std::string_view gap = language == Language::Chinese ? "" : " ";
    if (days > 0) {
        return hours > 0 ? part("duration.days", days) + std::string(gap) + part("duration.hours", hours)
                         : part("duration.days", days);
    }
    if (hours > 0) {
        const auto rest = minutes % 60;
        return rest > 0 ? part("duration.hours", hours) + std::string(gap) + part("duration.minutes", rest)
                        : part("duration.hours", hours);
    }
    return part("duration.minutes", minutes);
}

std::string formatRate(std::optional<double> rate, std::string_view unit)
{
    if (!rate) {
        return "—";
    }
    return fmt::format("{:.2f}{}", inUnit(*rate, unit), unitSuffix(unit));
}

std::string formatTarget(const ReportIndicator& indicator)
{
    if (!indicator.comparator || !indicator.targetE4) {
        return "—";
    }
    // valueE4 is the ratio × 10⁴: hundredths of a percent, tenths of a per mille, ten-thousandths of a count.
    int decimals = 4;
    if (indicator.unit == "percent") {
        decimals = 2;
    } else if (indicator.unit == "per_mille") {
        decimals = 1;
    }
    std::int64_t scale = 1;
    for (int k = 0; k < decimals; ++k) {
        scale *= 10;
    }
    const auto e4 = *indicator.targetE4;
    const auto magnitude = e4 < 0 ? -e4 : e4;
    std::string text = fmt::format("{}{}", e4 < 0 ? "-" : "", magnitude / scale);
    auto fraction = fmt::format("{:0{}}", magnitude % scale, decimals);
    while (!fraction.empty() && fraction.back() == '0') {
        fraction.pop_back();
    }
    if (!fraction.empty()) {
        text += "." + fraction;
    }
    return fmt::format("{} {}{}", comparatorSign(*indicator.comparator), text, unitSuffix(indicator.unit));
}

// ---------------------------------------------------------------------------------------------------
// The workbook

namespace {

std::string verdictKey(const ReportIndicator& i)
{
    if (!i.comparator) {
        return "verdict.no_target";
    }
    if (!i.met) {
        return "verdict.no_data";
    }
    return *i.met ? "verdict.met" : "verdict.missed";
}

// A sheet name Excel accepts: no []:*?/\, at most 31 characters (the keys are ASCII), unique.
std::string sheetName(std::string_view key, std::set<std::string>& used)
{
    std::string name;
    for (const char c : key) {
        name += std::string_view("[]:*?/\\'").find(c) == std::string_view::npos ? c : '_';
    }
    if (name.empty()) {
        name = "sheet";
    }
    name.resize(std::min<std::size_t>(name.size(), 31));
    auto candidate = name;
    for (int n = 2; used.contains(candidate); ++n) {
        const auto suffix = fmt::format("~{}", n);
        candidate = name.substr(0, 31 - suffix.size()) + suffix;
    }
    used.insert(candidate);
    return candidate;
}

class Workbook
{
public:
    explicit Workbook(const std::filesystem::path& file) : m_file(file.string())
    {
        m_book = workbook_new(m_file.c_str());
        if (m_book == nullptr) {
            return;
        }
        m_title = workbook_add_format(m_book);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xD9E1F2);
        format_set_border(m_header, LXW_BORDER_THIN);
        format_set_text_wrap(m_header);
        for (const bool missed : {false, true}) {
            auto& f = m_cells[missed];
            f.text = cellFormat(missed, nullptr);
            f.integer = cellFormat(missed, "0");
            f.percent = cellFormat(missed, "0.00%");
            f.perMille = cellFormat(missed, "0.00\" ‰\"");
            f.count = cellFormat(missed, "0.00");
        }
    }
    ~Workbook()
    {
        if (m_book != nullptr) {
            workbook_close(m_book); // only after a failure: close() below owns the normal end
        }
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    bool ok() const { return m_book != nullptr; }
    lxw_workbook* book() { return m_book; }

    struct Cells
    {
        lxw_format* text = nullptr;
        lxw_format* integer = nullptr;
        lxw_format* percent = nullptr;
        lxw_format* perMille = nullptr;
        lxw_format* count = nullptr;
    };
    const Cells& cells(bool missed) const { return m_cells[missed ? 1 : 0]; }
    lxw_format* title() const { return m_title; }
    lxw_format* bold() const { return m_bold; }
    lxw_format* header() const { return m_header; }

    lxw_error close()
    {
        auto* book = std::exchange(m_book, nullptr);
        return workbook_close(book);
    }

private:
    lxw_format* cellFormat(bool missed, const char* number)
    {
        auto* f = workbook_add_format(m_book);
        format_set_border(f, LXW_BORDER_THIN);
        if (number != nullptr) {
            format_set_num_format(f, number);
        }
        if (missed) {
            format_set_bg_color(f, 0xFFC7CE);
            format_set_font_color(f, 0x9C0006);
        }
        return f;
    }

    std::string m_file;
    lxw_workbook* m_book = nullptr;
    lxw_format* m_title = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_header = nullptr;
    std::array<Cells, 2> m_cells{};
};

// Writes a rate as a number in its unit's format, or "—" as text.
void writeRate(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, std::optional<double> rate, std::string_view unit,
               const Workbook::Cells& cells, bool blankWhenNone)
{
    if (!rate) {
        if (blankWhenNone) {
            worksheet_write_blank(sheet, row, col, cells.text);
        } else {
            worksheet_write_string(sheet, row, col, "—", cells.text);
        }
        return;
    }
    if (unit == "percent") {
        worksheet_write_number(sheet, row, col, *rate, cells.percent);
    } else if (unit == "per_mille") {
        worksheet_write_number(sheet, row, col, *rate * 1000.0, cells.perMille);
    } else {
        worksheet_write_number(sheet, row, col, *rate, cells.count);
    }
}

void writeNumberCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, double value, lxw_format* format)
{
    worksheet_write_number(sheet, row, col, value, format);
}

void writeText(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, std::string_view text, lxw_format* format = nullptr)
{
    const std::string s(text);
    worksheet_write_string(sheet, row, col, s.c_str(), format);
}

void writeHeader(lxw_worksheet* sheet, lxw_row_t row, const std::vector<std::string>& titles, lxw_format* format)
{
    for (std::size_t c = 0; c < titles.size(); ++c) {
        writeText(sheet, row, static_cast<lxw_col_t>(c), titles[c], format);
    }
}

void writeFigures(Workbook& book, const MonthlyReport& report, Language language)
{
    const auto t = [&](std::string_view key) {
        return std::string(reportText(language, key));
    };
    auto* sheet = workbook_add_worksheet(book.book(), t("sheet.figures").c_str());
    lxw_row_t row = 0;
    writeText(sheet, row++, 0, t("title"), book.title());
    const auto fact = [&](std::string_view label, const std::string& value) {
        writeText(sheet, row, 0, t(label), book.bold());
        writeText(sheet, row, 1, value);
        ++row;
    };
    fact("cover.site", report.siteName.empty() ? report.siteCode : report.siteCode + " " + report.siteName);
    fact("cover.month", report.month);
    fact("cover.as_of", report.asOf);
    fact("cover.rule_set", report.ruleSet.empty() ? t("none") : report.ruleSet);
    fact("cover.targets_version",
         report.targetsFrom.empty() ? t("cover.default_targets") : report.targetsFrom + " " + report.targetsContract);
    fact("cover.generated", report.generatedAt);
    if (!report.frozenAt.empty()) {
        fact("cover.frozen", report.frozenAt + " " + report.frozenBy);
    }
    fact("cover.missed_count", std::to_string(report.missedCount()));
    ++row;

    std::vector<std::string> titles{t("column.no"),         t("column.indicator"), t("column.value"),
                                    t("column.target"),     t("column.verdict"),   t("column.numerator"),
                                    t("column.denominator")};
    const auto trendColumn = static_cast<lxw_col_t>(titles.size());
    titles.insert(titles.end(), report.trendMonths.begin(), report.trendMonths.end());
    writeHeader(sheet, row++, titles, book.header());

    int number = 0;
    for (const auto& i : report.indicators) {
        const auto& cells = book.cells(i.met == false);
        writeNumberCell(sheet, row, 0, ++number, cells.integer);
        writeText(sheet, row, 1, language == Language::English ? i.nameEn : i.nameZh, cells.text);
        writeRate(sheet, row, 2, i.rate, i.unit, cells, false);
        writeText(sheet, row, 3, formatTarget(i), cells.text);
        writeText(sheet, row, 4, t(verdictKey(i)), cells.text);
        writeNumberCell(sheet, row, 5, static_cast<double>(i.numerator), cells.integer);
        writeNumberCell(sheet, row, 6, static_cast<double>(i.denominator), cells.integer);
        for (std::size_t k = 0; k < i.trend.size(); ++k) {
            writeRate(sheet, row, static_cast<lxw_col_t>(trendColumn + k), i.trend[k], i.unit, cells, true);
        }
        ++row;
    }
    worksheet_set_column(sheet, 0, 0, 14, nullptr);
    worksheet_set_column(sheet, 1, 1, 34, nullptr);
    worksheet_set_column(sheet, 2, 6, 12, nullptr);
    if (!report.trendMonths.empty()) {
        worksheet_set_column(sheet, trendColumn, static_cast<lxw_col_t>(trendColumn + report.trendMonths.size() - 1), 9,
                             nullptr);
    }
}

void writeExceptions(Workbook& book, const ReportIndicator& i, const std::string& name, Language language)
{
    const auto t = [&](std::string_view key) {
        return std::string(reportText(language, key));
    };
    auto* sheet = workbook_add_worksheet(book.book(), name.c_str());
    lxw_row_t row = 0;
    writeText(sheet, row++, 0, language == Language::English ? i.nameEn : i.nameZh, book.title());
    const auto fact = [&](std::string_view label, const std::string& value) {
        writeText(sheet, row, 0, t(label), book.bold());
        writeText(sheet, row, 1, value);
        ++row;
    };
    fact("column.value", formatRate(i.rate, i.unit));
    fact("column.target", formatTarget(i));
    fact("column.formula", language == Language::English ? i.numeratorEn + " / " + i.denominatorEn
                                                         : i.numeratorZh + " / " + i.denominatorZh);
    if (!i.note.empty()) {
        fact("section.note", i.note);
    }
    if (i.exceptionCount > static_cast<std::int64_t>(i.exceptions.size())) {
        writeText(sheet, row++, 0,
                  fmt::format(fmt::runtime(reportText(language, "exceptions_truncated")), i.exceptions.size(),
                              i.exceptionCount));
    }
    ++row;
    writeHeader(sheet, row++,
                {t("column.no"), t("column.subject"), t("column.code"), t("column.location"), t("column.outcome"),
                 t("column.deadline"), t("column.over_by_minutes"), t("column.detail")},
                book.header());
    const auto& cells = book.cells(false);
    int number = 0;
    for (const auto& e : i.exceptions) {
        writeNumberCell(sheet, row, 0, ++number, cells.integer);
        writeText(sheet, row, 1, wordFor(language, "subject", e.subject), cells.text);
        writeText(sheet, row, 2, e.code, cells.text);
        writeText(sheet, row, 3, e.location, cells.text);
        writeText(sheet, row, 4, wordFor(language, "outcome", e.outcome), cells.text);
        writeText(sheet, row, 5, e.deadline, cells.text);
        if (e.overBySeconds > 0) {
            writeNumberCell(sheet, row, 6, static_cast<double>(e.overBySeconds / 60), cells.integer);
        } else {
            worksheet_write_blank(sheet, row, 6, cells.text);
        }
        writeText(sheet, row, 7, detailText(language, e.detail), cells.text);
        ++row;
    }
    worksheet_set_column(sheet, 0, 0, 14, nullptr);
    worksheet_set_column(sheet, 1, 5, 18, nullptr);
    worksheet_set_column(sheet, 6, 6, 12, nullptr);
    worksheet_set_column(sheet, 7, 7, 40, nullptr);
}

} // namespace

domain::Result<void> writeXlsx(const MonthlyReport& report, Language language, const std::filesystem::path& file)
{
    Workbook book(file);
    if (!book.ok()) {
        return domain::fail(ErrorCode::Io, "could not write the file", {}, file.string());
    }
    writeFigures(book, report, language);
    std::set<std::string> used{std::string(reportText(language, "sheet.figures"))};
    for (const auto& i : report.indicators) {
        if (i.met == false) {
            writeExceptions(book, i, sheetName(i.key, used), language);
        }
    }
    if (book.close() != LXW_NO_ERROR) {
        return domain::fail(ErrorCode::Io, "could not write the file", {}, file.string());
    }
    return {};
}

} // namespace propdesk::reports
