#include "indicators.h"

#include "complaintkpi.h"
#include "inspectionkpi.h"
#include "securitykpi.h"

#include <fmt/format.h>

#include <array>

namespace propdesk::rules {

using domain::Comparator;
using domain::ErrorCode;
using domain::KpiTarget;
using domain::ManualFigure;

namespace {

constexpr KpiTarget atLeast(std::int64_t e4)
{
    return KpiTarget{Comparator::AtLeast, e4};
}

// What the catalogue adds to a module's own definition (names and default target come from the module),
// or the whole definition of a manual indicator.
struct Entry
{
    std::string_view key;
    IndicatorOrigin origin;
    IndicatorUnit unit;
    IndicatorPeriod period;
    int commitment;
    std::string_view source;
    std::string_view numeratorZh;
    std::string_view numeratorEn;
    std::string_view denominatorZh;
    std::string_view denominatorEn;
    // Manual indicators only:
    std::string_view nameZh;
    std::string_view nameEn;
    std::optional<KpiTarget> target;
};

using enum IndicatorOrigin;
using enum IndicatorUnit;
using enum IndicatorPeriod;

// clang-format off
const std::array kEntries{
    Entry{"building_intact_rate", Manual, Percent, Month, 1, "002 §一",
          "完好房与基本完好房建筑面积", "floor area intact or basically intact",
          "房屋总建筑面积", "total floor area", "房屋完好率", "Building intact rate", atLeast(9800)},
    Entry{"first_time_fix_rate", WorkOrders, Percent, Month, 2, "002 §二",
          "完工且未被返修单指向的工单", "completed orders no rework points to",
          "当月完工工单", "completed orders of the month", {}, {}, {}},
    Entry{"rework_rate", WorkOrders, Percent, Month, 2, "002 §二",
          "被返修单指向的完工工单", "completed orders a rework points to",
          "当月完工工单", "completed orders of the month", {}, {}, {}},
    Entry{"repair_timeliness", WorkOrders, Percent, Month, 3, "002 §三",
          "按时完成的零修急修", "repairs done in time",
          "已判定的零修急修", "repairs with a verdict", {}, {}, {}},
    Entry{"fee_collection_rate", Manual, Percent, Month, 4, "002 §四",
          "已缴费户数", "households that paid",
          "应缴费户数", "households billed", "管理费收缴率", "Fee collection rate", atLeast(9500)},
    Entry{"greening_intact_rate", Inspections, Percent, Month, 5, "002 §五",
          "合格的绿化检查项（按面积权重）", "weight of greening items passed",
          "已检查的绿化检查项（按面积权重）", "weight of greening items inspected", {}, {}, {}},
    Entry{"cleaning_rate", Inspections, Percent, Month, 6, "002 §六",
          "合格的保洁检查项（按面积权重）", "weight of cleaning items passed",
          "已检查的保洁检查项（按面积权重）", "weight of cleaning items inspected", {}, {}, {}},
    Entry{"road_intact_rate", Manual, Percent, Month, 7, "002 §七",
          "完好的道路、车场面积", "intact road and yard area",
          "道路、车场总面积", "total road and yard area", "道路车场完好率", "Roads and yards intact", atLeast(9500)},
    Entry{"well_intact_rate", Manual, Percent, Month, 8, "002 §八",
          "完好的化粪池、雨水井、污水井", "intact septic tanks, rain and sewage wells",
          "化粪池、雨水井、污水井总数", "all septic tanks and wells", "化粪池雨水井污水井完好率", "Wells intact",
          atLeast(9800)},
    Entry{"drain_intact_rate", Manual, Percent, Month, 9, "002 §九",
          "完好的排水管、明暗沟长度", "intact length of drains and ditches",
          "排水管、明暗沟总长度", "total length of drains and ditches", "排水管明暗沟完好率", "Drains intact",
          atLeast(9800)},
    Entry{"lamp_intact_rate", Manual, Percent, Month, 10, "002 §十",
          "完好的路灯、楼道灯", "working street and stairwell lamps",
          "路灯、楼道灯总数", "all street and stairwell lamps", "路灯楼道灯完好率", "Lamps intact", atLeast(9800)},
    Entry{"car_park_intact_rate", Manual, Percent, Month, 11, "002 §十一",
          "完好的停车场面积", "intact car-park area",
          "停车场总面积", "total car-park area", "停车场完好率", "Car parks intact", atLeast(9500)},
    Entry{"amenity_intact_rate", Manual, Percent, Month, 12, "002 §十二",
          "完好的公共文体设施", "intact public amenities",
          "公共文体设施总数", "all public amenities", "公共文体设施完好率", "Amenities intact", atLeast(9800)},
    Entry{"security_incident_rate", Security, PerMille, RollingYear, 13, "002 §十三",
          "十二个月内的治安案件", "security cases in the twelve months",
          "住户人数", "residents", {}, {}, {}},
    Entry{"incident_handling_rate", Security, Percent, Month, 13, "002 §十三",
          "已处置的事件", "incidents handled",
          "当月事件", "incidents of the month", {}, {}, {}},
    Entry{"fire_equipment_intact_rate", Manual, Percent, Month, 14, "002 §十四",
          "完好的消防设备设施", "fire equipment in working order",
          "消防设备设施总数", "all fire equipment", "消防设备设施完好率", "Fire equipment intact", atLeast(10000)},
    Entry{"fire_rate", Manual, PerMille, RollingYear, 15, "002 §十五",
          "十二个月内的火灾次数", "fires in the twelve months",
          "户数", "households", "火灾年发生率", "Fire rate per year", KpiTarget{Comparator::Below, 5}},
    Entry{"violation_rate", Manual, Percent, Month, 16, "002 §十六",
          "违章次数", "violations",
          "住户人数", "residents", "违章发生率", "Violation rate", KpiTarget{Comparator::AtMost, 100}},
    Entry{"violation_handling_rate", Manual, Percent, Month, 16, "002 §十六",
          "已处理的违章", "violations dealt with",
          "违章次数", "violations", "违章处理率", "Violation handling rate", atLeast(10000)},
    Entry{"staff_certified_rate", Manual, Percent, Month, 17, "002 §十七",
          "培训考核合格的在岗员工", "staff on duty trained and certified",
          "在岗员工", "staff on duty", "专业培训合格率", "Staff certified", atLeast(10000)},
    Entry{"valid_complaint_rate_12m", Complaints, Percent, RollingYear, 18, "002 §十八",
          "十二个月内判定有效的投诉", "complaints of the twelve months judged valid",
          "住户人数", "residents", {}, {}, {}},
    Entry{"complaint_handling_rate", Complaints, Percent, Month, 18, "002 §十八",
          "已处理的投诉", "complaints resolved",
          "当月投诉", "complaints of the month", {}, {}, {}},
    Entry{"revisit_rate", WorkOrders, Percent, Month, 19, "002 §十九",
          "已回访的完工工单", "completed orders revisited",
          "当月完工工单", "completed orders of the month", {}, {}, {}},
    Entry{"satisfaction_rate", WorkOrders, Percent, Month, 20, "002 §二十",
          "评价为满意（4、5分）的工单", "orders rated 4 or 5",
          "有评价的工单", "orders with a rating", {}, {}, {}},
    // The modules' other indicators.
    Entry{"arrival_timeliness", WorkOrders, Percent, Month, 0, "003 制度1 §3.7",
          "按时到场的工单", "orders arrived in time",
          "已判定到场的工单", "orders with an arrival verdict", {}, {}, {}},
    Entry{"completion_timeliness", WorkOrders, Percent, Month, 0, "003 制度1 §3.7",
          "按时完工的工单", "orders completed in time",
          "已判定完工的工单", "orders with a completion verdict", {}, {}, {}},
    Entry{"completion_rate", WorkOrders, Percent, Month, 0, "DESIGN §4",
          "已完工的工单", "orders completed",
          "当月工单", "orders of the month", {}, {}, {}},
    Entry{"revisit_timeliness", WorkOrders, Percent, Month, 0, "003 制度1 §3.9",
          "按时回访的工单", "orders revisited in time",
          "已判定回访的工单", "orders with a revisit verdict", {}, {}, {}},
    Entry{"complaint_response_timeliness", Complaints, Percent, Month, 0, "003 制度3",
          "按时响应的投诉", "complaints answered in time",
          "已判定响应的投诉", "complaints with a response verdict", {}, {}, {}},
    Entry{"complaint_resolution_timeliness", Complaints, Percent, Month, 0, "003 制度3",
          "按时处理完毕的投诉", "complaints resolved in time",
          "已判定处理的投诉", "complaints with a resolution verdict", {}, {}, {}},
    Entry{"valid_complaint_rate", Complaints, Percent, Month, 0, "002 §十八",
          "当月判定有效的投诉", "complaints of the month judged valid",
          "住户人数", "residents", {}, {}, {}},
    Entry{"complaint_revisit_rate", Complaints, Percent, Month, 0, "004 §二.3",
          "已回访的已处理投诉", "resolved complaints revisited",
          "已处理的投诉", "complaints resolved", {}, {}, {}},
    Entry{"complaint_satisfaction_rate", Complaints, Percent, Month, 0, "003 制度3 §11",
          "评价为满意的投诉", "complaints rated 4 or 5",
          "有评价的投诉", "complaints with a rating", {}, {}, {}},
    Entry{"patrol_completion_rate", Security, Percent, Month, 0, "003 制度7",
          "按时段到达的巡更点", "checkpoints visited in their window",
          "应到的巡更点", "checkpoints expected", {}, {}, {}},
    Entry{"patrol_rounds_on_time", Security, Percent, Month, 0, "003 制度7",
          "完整准时的巡更", "rounds complete",
          "已结束的巡更", "rounds with a final outcome", {}, {}, {}},
    Entry{"handover_sign_rate", Security, Percent, Month, 0, "003 制度7",
          "双方签字的交接班", "handovers signed by both leaders",
          "交接班次数", "changes of shift", {}, {}, {}},
    Entry{"night_spot_checks", Security, Percent, Month, 0, "003 制度7",
          "当月夜间查岗次数", "night spot checks made",
          "每月应查岗次数", "checks owed per month", {}, {}, {}},
    Entry{"nc_rectified_on_time", Inspections, Percent, Month, 0, "003 制度4 §二.1",
          "按时整改的不合格项", "nonconformances rectified in time",
          "当月到期的不合格项", "nonconformances due in the month", {}, {}, {}},
    Entry{"nc_verification_rate", Inspections, Percent, Month, 0, "003 制度13 §二",
          "已验证的不合格项", "rectified nonconformances verified",
          "当月整改的不合格项", "nonconformances rectified in the month", {}, {}, {}},
    Entry{"daily_sheets_completed", Inspections, Percent, Month, 0, "003 制度4 §二.1",
          "有签字日检表的天数", "days with a signed daily sheet",
          "当月已过天数", "days of the month ended", {}, {}, {}},
    Entry{"contractor_warnings", Inspections, Count, RollingYear, 0, "003 制度13 §二",
          "十二个月内的书面警告", "written warnings in the twelve months",
          "在约分包方", "contractors under contract", {}, {}, {}},
};
// clang-format on

const KpiDefinition* moduleDefinition(IndicatorOrigin origin, std::string_view key)
{
    std::span<const KpiDefinition> defs;
    switch (origin) {
    case WorkOrders:
        defs = workOrderKpis();
        break;
    case Complaints:
        defs = complaintKpiDefinitions();
        break;
    case Security:
        defs = securityKpiDefinitions();
        break;
    case Inspections:
        defs = inspectionKpiDefinitions();
        break;
    case Manual:
        return nullptr;
    }
    for (const auto& d : defs) {
        if (d.key == key) {
            return &d;
        }
    }
    return nullptr;
}

std::vector<IndicatorDefinition> buildCatalogue()
{
    std::vector<IndicatorDefinition> out;
    out.reserve(kEntries.size());
    for (const auto& e : kEntries) {
        IndicatorDefinition d;
        d.key = e.key;
        d.numeratorZh = e.numeratorZh;
        d.numeratorEn = e.numeratorEn;
        d.denominatorZh = e.denominatorZh;
        d.denominatorEn = e.denominatorEn;
        d.origin = e.origin;
        d.unit = e.unit;
        d.period = e.period;
        d.commitment = e.commitment;
        d.source = e.source;
        if (const auto* m = moduleDefinition(e.origin, e.key)) {
            d.nameZh = m->nameZh;
            d.nameEn = m->nameEn;
            d.defaultTarget = m->defaultTarget;
        } else {
            d.nameZh = e.nameZh;
            d.nameEn = e.nameEn;
            d.defaultTarget = e.target;
        }
        out.push_back(d);
    }
    return out;
}

} // namespace

std::string_view originKey(IndicatorOrigin origin)
{
    switch (origin) {
    case WorkOrders:
        return "work_orders";
    case Complaints:
        return "complaints";
    case Security:
        return "security";
    case Inspections:
        return "inspections";
    case Manual:
        return "manual";
    }
    return "manual";
}

std::string_view unitKey(IndicatorUnit unit)
{
    switch (unit) {
    case Percent:
        return "percent";
    case PerMille:
        return "per_mille";
    case Count:
        return "count";
    }
    return "percent";
}

std::string_view unitSymbol(IndicatorUnit unit)
{
    switch (unit) {
    case Percent:
        return "%";
    case PerMille:
        return "‰";
    case Count:
        return "";
    }
    return "";
}

double inUnit(double ratio, IndicatorUnit unit)
{
    switch (unit) {
    case Percent:
        return ratio * 100.0;
    case PerMille:
        return ratio * 1000.0;
    case Count:
        return ratio;
    }
    return ratio;
}

std::string_view periodKey(IndicatorPeriod period)
{
    return period == Month ? "month" : "rolling_year";
}

std::span<const IndicatorDefinition> indicatorCatalogue()
{
    static const std::vector<IndicatorDefinition> catalogue = buildCatalogue();
    return catalogue;
}

const IndicatorDefinition* findIndicator(std::string_view key)
{
    for (const auto& d : indicatorCatalogue()) {
        if (d.key == key) {
            return &d;
        }
    }
    return nullptr;
}

KpiTargets defaultIndicatorTargets()
{
    KpiTargets targets;
    for (const auto& d : indicatorCatalogue()) {
        if (d.defaultTarget) {
            targets.emplace(std::string(d.key), *d.defaultTarget);
        }
    }
    return targets;
}

KpiTargets targetsOf(const domain::TargetSet* version)
{
    if (!version) {
        return defaultIndicatorTargets();
    }
    KpiTargets targets;
    for (const auto& [key, target] : version->targets) {
        if (target) {
            targets.emplace(key, *target);
        }
    }
    return targets;
}

std::vector<const IndicatorDefinition*> manualIndicators()
{
    std::vector<const IndicatorDefinition*> out;
    for (const auto& d : indicatorCatalogue()) {
        if (d.origin == Manual) {
            out.push_back(&d);
        }
    }
    return out;
}

domain::Result<void> validateManualFigure(const ManualFigure& figure)
{
    const auto* def = findIndicator(figure.key);
    if (!def) {
        return domain::fail(ErrorCode::InvalidInput, "no such indicator", "key", figure.key);
    }
    if (def->origin != Manual) {
        return domain::fail(ErrorCode::InvalidInput, "computed from the records, not entered by hand", "key",
                            figure.key);
    }
    if (figure.denominator <= 0) {
        return domain::fail(ErrorCode::InvalidInput, "must be greater than 0", "denominator", figure.key);
    }
    if (figure.numerator < 0) {
        return domain::fail(ErrorCode::InvalidInput, "must not be negative", "numerator", figure.key);
    }
    if (figure.numerator > figure.denominator) {
        return domain::fail(ErrorCode::InvalidInput, "must not exceed the denominator", "numerator", figure.key);
    }
    return {};
}

KpiResult computeManualIndicators(const std::vector<ManualFigure>& entries, date::year_month month,
                                  domain::Instant asOf, const KpiTargets& targets)
{
    KpiResult result;
    for (const auto* def : manualIndicators()) {
        KpiValue kpi;
        kpi.key = std::string(def->key);
        auto record = [&](const ManualFigure& f) {
            KpiRecord r;
            r.subject = KpiSubject::ManualFigure;
            r.id = f.id.value;
            r.code = domain::monthKey(f.month);
            r.outcome = "entered";
            r.detail = f.note.empty() ? fmt::format("{}/{} {}", f.numerator, f.denominator, f.enteredBy)
                                      : fmt::format("{}/{} {}: {}", f.numerator, f.denominator, f.enteredBy, f.note);
            kpi.records.push_back(std::move(r));
        };
        if (const auto* f = domain::figureAsOf(entries, month, def->key, asOf)) {
            kpi.denominator = f->denominator;
            kpi.numerator = f->numerator;
            record(*f);
            if (def->period == RollingYear) {
                for (int back = 1; back < 12; ++back) {
                    const auto earlier = month - date::months{back};
                    if (const auto* g = domain::figureAsOf(entries, earlier, def->key, asOf)) {
                        kpi.numerator += g->numerator;
                        record(*g);
                    }
                }
            }
            ++result.population;
        }
        if (kpi.denominator > 0) {
            kpi.rate = static_cast<double>(kpi.numerator) / static_cast<double>(kpi.denominator);
        }
        if (const auto it = targets.find(kpi.key); it != targets.end()) {
            kpi.target = it->second;
            if (kpi.denominator > 0) {
                kpi.met = it->second.metBy(kpi.numerator, kpi.denominator);
            }
        }
        result.kpis.push_back(std::move(kpi));
    }
    return result;
}

} // namespace propdesk::rules
