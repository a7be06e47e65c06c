#pragma once

// The indicator catalogue: every commitment of DIGEST.md §5 (002 管理服务的承诺 §一–二十) and every KPI the
// modules compute, with its formula, unit, comparator, period, source document and default target. See
// docs/kpi-report.md.

#include "domain/commitment.h"
#include "kpi.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace propdesk::rules {

// Where an indicator's figure comes from.
enum class IndicatorOrigin
{
    WorkOrders,
    Complaints,
    Security,
    Inspections,
    Manual, // entered by hand each month (numerator and denominator)
};
// work_orders complaints security inspections manual
std::string_view originKey(IndicatorOrigin origin);

enum class IndicatorUnit
{
    Percent,  // %
    PerMille, // ‰
    Count,    // a plain ratio (warnings per contractor)
};
std::string_view unitKey(IndicatorUnit unit);    // percent per_mille count
std::string_view unitSymbol(IndicatorUnit unit); // "%", "‰", ""
// The ratio in the unit: 0.985 → 98.5 (%), 0.0004 → 0.4 (‰), 1.5 → 1.5.
double inUnit(double ratio, IndicatorUnit unit);

enum class IndicatorPeriod
{
    Month,       // the calendar month
    RollingYear, // the twelve months ending with the month
};
std::string_view periodKey(IndicatorPeriod period); // month rolling_year

struct IndicatorDefinition
{
    std::string_view key;
    std::string_view nameZh;
    std::string_view nameEn;
    std::string_view numeratorZh;
    std::string_view numeratorEn;
    std::string_view denominatorZh;
    std::string_view denominatorEn;
    IndicatorOrigin origin = IndicatorOrigin::Manual;
    IndicatorUnit unit = IndicatorUnit::Percent;
    IndicatorPeriod period = IndicatorPeriod::Month;
    int commitment = 0;      // its number in 002 §一–二十, 0 for a module's own indicator
    std::string_view source; // the document and section, e.g. "002 §一"
    std::optional<domain::KpiTarget> defaultTarget;
};

// Every indicator, in report order: the commitments of 002 in their order (a module's indicator standing
// where the commitment it measures stands), then the modules' other indicators.
std::span<const IndicatorDefinition> indicatorCatalogue();
const IndicatorDefinition* findIndicator(std::string_view key);
// The targets of the catalogue when a site has no target version: the defaults of DIGEST.md §5 and of
// the modules.
KpiTargets defaultIndicatorTargets();
// The targets of a version (the keys it gives a target), or the defaults when there is none.
KpiTargets targetsOf(const domain::TargetSet* version);
// The indicators entered by hand, in catalogue order.
std::vector<const IndicatorDefinition*> manualIndicators();

// Checks a hand-entered figure: the key names a manual indicator, the denominator is positive, the
// numerator is at least 0 and not above the denominator. The error names the field.
domain::Result<void> validateManualFigure(const domain::ManualFigure& figure);

// The manual indicators of `month` as of `asOf` from the site's entries (those of the twelve months up to
// the month for rolling-year indicators). A month indicator takes the figure in force at T for the month;
// a rolling-year one (fires) adds the numerators in force at T of the twelve months and divides by the
// month's denominator (the households). An indicator with no figure has a zero denominator and no rate.
// Records: one per figure used (subject ManualFigure, code the month, detail "who, when, note").
KpiResult computeManualIndicators(const std::vector<domain::ManualFigure>& entries, date::year_month month,
                                  domain::Instant asOf, const KpiTargets& targets);

} // namespace propdesk::rules
