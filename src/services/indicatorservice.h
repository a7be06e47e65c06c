#pragma once

// The commitments of a service contract and the month's figures against them (docs/kpi-report.md): the
// site's target versions, the figures entered by hand, the corrective-action notes, the indicators of a
// month with their twelve-month trend, the company view, and the frozen reports.

#include "domain/commitment.h"
#include "domain/error.h"
#include "domain/inspection.h"
#include "domain/site.h"
#include "rules/indicators.h"
#include "servicecontext.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::services {

class KpiService;
class SiteService;

// One indicator of the month: its definition, its figure with the records behind it, and its rate in each
// of the twelve months ending with the month (oldest first; none where undefined).
struct IndicatorFigure
{
    const rules::IndicatorDefinition* definition = nullptr;
    rules::KpiValue value;
    std::vector<std::optional<double>> trend;
};

// What the month's report prints besides the figures: the corrective actions taken.
struct CorrectiveActions
{
    std::vector<domain::IndicatorNote> notes;                // in force at T, by key
    std::vector<domain::PreventiveAction> preventiveActions; // recorded or done in the month by T
    std::vector<domain::Nonconformance> reports;             // with a corrective action report recorded by T
};

struct IndicatorReport
{
    domain::Site site;
    date::year_month period;
    domain::Instant asOf;
    std::optional<std::string> ruleSet;        // the rule set in force at the start of the month
    std::optional<domain::TargetSet> targets;  // the version in force; none: the catalogue's defaults
    std::vector<date::year_month> trendMonths; // the twelve months, oldest first (empty without trend)
    std::vector<IndicatorFigure> indicators;   // in catalogue order
    CorrectiveActions actions;

    const IndicatorFigure* find(std::string_view key) const;
    // Indicators with a verdict of missed.
    std::size_t missedCount() const;
};

class IndicatorService
{
public:
    IndicatorService(ServiceContext& ctx, SiteService& sites, KpiService& kpis)
        : m_ctx(ctx), m_sites(sites), m_kpis(kpis)
    {}

    // Target versions (ViewReports to read, ManageTargets to save).
    domain::Result<std::vector<domain::TargetSet>> targetVersions(std::string_view siteCode);
    // Saves the targets in force from `effectiveFrom` (the first day of a month). Every key must be in the
    // catalogue; a target is 0…100 % for a percent or per-mille indicator. A version that has taken effect
    // (its month has begun in the site's time) is never rewritten: Conflict.
    domain::Result<domain::TargetSetId> saveTargets(std::string_view siteCode, domain::Date effectiveFrom,
                                                    std::string contract, const rules::KpiTargets& targets);
    // The targets of `month`: the version in force, or the catalogue's defaults (none).
    domain::Result<std::optional<domain::TargetSet>> targetsInForce(std::string_view siteCode, date::year_month month);

    // Hand-entered figures (EnterFigures). The month must have begun; the figure is checked by
    // rules::validateManualFigure. A correction is a new entry.
    domain::Result<domain::ManualFigureId> enterFigure(std::string_view siteCode, date::year_month month,
                                                       std::string_view key, std::int64_t numerator,
                                                       std::int64_t denominator, std::string note);
    // Every entry of the month, oldest first (ReadRecords).
    domain::Result<std::vector<domain::ManualFigure>> figures(std::string_view siteCode, date::year_month month);
    // The corrective action taken about an indicator in a month (EnterFigures); empty text clears it.
    domain::Result<domain::IndicatorNoteId> setNote(std::string_view siteCode, date::year_month month,
                                                    std::string_view key, std::string text);

    // Every indicator of the catalogue for a site and month as of T (default now), with the trend unless
    // `withTrend` is false (ViewReports).
    domain::Result<IndicatorReport> monthlyIndicators(std::string_view siteCode, date::year_month month,
                                                      std::optional<domain::Instant> asOf = {}, bool withTrend = true);
    // The same month for every site the user works at, without trend: the company view.
    domain::Result<std::vector<IndicatorReport>> companyIndicators(date::year_month month,
                                                                   std::optional<domain::Instant> asOf = {});

    // Frozen reports (ManageTargets to freeze, ViewReports to read). `data` is the report document
    // (reports/monthlyreport.h) exactly as printed.
    domain::Result<domain::ReportSnapshotId> freeze(std::string_view siteCode, date::year_month month,
                                                    domain::Instant asOf, std::string data);
    domain::Result<std::vector<domain::ReportSnapshot>> snapshots(std::string_view siteCode);
    domain::Result<domain::ReportSnapshot> snapshot(domain::ReportSnapshotId id);

private:
    ServiceContext& m_ctx;
    SiteService& m_sites;
    KpiService& m_kpis;
};

} // namespace propdesk::services
