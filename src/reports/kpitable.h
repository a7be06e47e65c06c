#pragma once

#include <string>
#include <string_view>

namespace propdesk::services {
struct KpiReport;
}

namespace propdesk::reports {

// `kpi --format table`: a heading and one aligned row per KPI with its Chinese and English name,
// counts, rate, target and verdict; a report with complaint KPIs adds a second block "Complaints". With
// `details`, the records behind each figure follow.
std::string kpiReportTable(const services::KpiReport& report, bool details);

// Columns a string takes in a terminal: CJK ideographs and full-width forms take two.
std::size_t displayWidth(std::string_view utf8);

} // namespace propdesk::reports
