#pragma once

// The words of the KPI module (docs/kpi-report.md) in the interface's language: indicator names and
// formulas (from the catalogue, which has both languages), units, targets, verdicts, origins, and the
// outcome and subject words of the records behind a figure.

#include "domain/commitment.h"
#include "reports/monthlyreport.h"
#include "rules/indicators.h" // the catalogue, and rules::KpiValue through it

#include <QString>

#include <optional>
#include <string_view>

namespace propdesk::gui {

// The interface is Chinese (QLocale's default, set by installTranslators).
bool chineseInterface();
// The report language matching the interface: the default choice of the report tab.
reports::Language interfaceReportLanguage();

QString indicatorName(const rules::IndicatorDefinition& definition);
// The name of a catalogue key, the key itself when unknown.
QString indicatorName(std::string_view key);
QString numeratorText(const rules::IndicatorDefinition& definition);
QString denominatorText(const rules::IndicatorDefinition& definition);
QString originText(rules::IndicatorOrigin origin);
QString periodText(rules::IndicatorPeriod period);

// "98.50 %", "0.40 ‰", "1.50"; "—" for none.
QString rateText(std::optional<double> rate, rules::IndicatorUnit unit);
// "≥ 98 %", "< 0.5 ‰"; "—" for none.
QString targetText(const std::optional<domain::KpiTarget>& target, rules::IndicatorUnit unit);
// Met / Missed / No target / No data.
QString verdictText(const rules::KpiValue& value);
// "Met" and friends for a verdict alone.
QString verdictText(std::optional<bool> met, bool hasData, bool hasTarget);

// The outcome of a record: "missed" → Late, "pending" → Not done yet, "rated_2" → Rated 2, …; the key
// itself when unknown.
QString outcomeText(std::string_view outcome);
QString subjectText(rules::KpiSubject subject);

} // namespace propdesk::gui
