#include "kpijson.h"

#include "domain/timezone.h"
#include "services/kpiservice.h"

#include <nlohmann/json.hpp>

namespace propdesk::reports {

std::string kpiReportJson(const services::KpiReport& report)
{
    using Json = nlohmann::ordered_json;
    const auto zone = domain::TimeZone::find(report.site.timeZone);
    Json doc;
    doc["site"] = report.site.code;
    doc["period"] = date::format("%Y-%m", date::sys_days{report.period / date::day{1}});
    doc["as_of"] = zone ? zone->formatIso(report.asOf) : date::format("%FT%TZ", report.asOf);
    doc["rule_set"] = report.ruleSet ? Json(*report.ruleSet) : Json(nullptr);
    doc["population"] = report.result.population;
    if (report.complaints) {
        doc["complaint_population"] = report.complaints->population;
    }
    if (report.security) {
        doc["patrol_rounds"] = report.security->population;
    }
    if (report.inspections) {
        doc["inspection_sheets"] = report.inspections->population;
    }
    auto& kpis = doc["kpis"] = Json::object();
    const auto add = [&](const rules::KpiValue& k) {
        Json v;
        v["numerator"] = k.numerator;
        v["denominator"] = k.denominator;
        v["pending"] = k.pending;
        v["rate"] = k.rate ? Json(*k.rate) : Json(nullptr);
        v["target"] = k.target ? Json(k.target->value()) : Json(nullptr);
        v["comparator"] = k.target ? Json(std::string(rules::comparatorSymbol(k.target->comparator))) : Json(nullptr);
        v["met"] = k.met ? Json(*k.met) : Json(nullptr);
        kpis[k.key] = std::move(v);
    };
    for (const auto& k : report.result.kpis) {
        add(k);
    }
    // The complaint KPIs follow the work-order ones in the same object (docs/kpi.md).
    if (report.complaints) {
        for (const auto& k : report.complaints->kpis) {
            add(k);
        }
    }
    // Then the security KPIs, then the inspection KPIs.
    for (const auto& block : {report.security, report.inspections}) {
        if (block) {
            for (const auto& k : block->kpis) {
                add(k);
            }
        }
    }
    return doc.dump(2) + "\n";
}

} // namespace propdesk::reports
