#pragma once

#include <string>

namespace propdesk::services {
struct KpiReport;
}

namespace propdesk::reports {

// The `kpi --format json` document of DESIGN.md §6: site, period, as_of (with the site's offset),
// rule_set, population and the nine KPIs in order, rate in full double precision, nulls where undefined.
// A report with complaint KPIs adds "complaint_population" after "population" and the seven complaint
// KPIs after the nine (docs/kpi.md).
std::string kpiReportJson(const services::KpiReport& report);

} // namespace propdesk::reports
