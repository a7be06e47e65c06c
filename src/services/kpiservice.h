#pragma once

#include "domain/error.h"
#include "domain/site.h"
#include "rules/kpi.h"
#include "servicecontext.h"

#include <optional>
#include <string>
#include <string_view>

namespace propdesk::services {

class RuleService;
class SiteService;

// The KPIs of one site and month as of a time: reproducible, because later events are ignored.
struct KpiReport
{
    domain::Site site;
    date::year_month period;
    domain::Instant asOf;
    std::optional<std::string> ruleSet; // name of the set in force at the start of the month
    rules::KpiResult result;
    // The complaint KPIs of the same month (docs/kpi.md); filled by siteKpis only.
    std::optional<rules::KpiResult> complaints;
    // The security KPIs of the same month (docs/kpi.md); filled by siteKpis only.
    std::optional<rules::KpiResult> security;
    // The inspection KPIs of the same month (docs/kpi.md); filled by siteKpis only.
    std::optional<rules::KpiResult> inspections;
};

class KpiService
{
public:
    KpiService(ServiceContext& ctx, SiteService& sites, RuleService& rules) : m_ctx(ctx), m_sites(sites), m_rules(rules)
    {}

    domain::Result<KpiReport> workOrderKpis(std::string_view siteCode, date::year_month period,
                                            std::optional<domain::Instant> asOf = {});
    // The complaint KPIs of a site and month, in `result`.
    domain::Result<KpiReport> complaintKpis(std::string_view siteCode, date::year_month period,
                                            std::optional<domain::Instant> asOf = {});
    // The security KPIs of a site and month (patrol, handovers, night spot checks, incidents), in `result`.
    domain::Result<KpiReport> securityKpis(std::string_view siteCode, date::year_month period,
                                           std::optional<domain::Instant> asOf = {});
    // The inspection KPIs of a site and month (cleaning and greening rates, nonconformances, daily sheets,
    // contractor warnings), in `result`.
    domain::Result<KpiReport> inspectionKpis(std::string_view siteCode, date::year_month period,
                                             std::optional<domain::Instant> asOf = {});
    // All four: the work-order KPIs in `result`, the complaint KPIs in `complaints`, the security KPIs in
    // `security`, the inspection KPIs in `inspections`. What `kpi` prints.
    domain::Result<KpiReport> siteKpis(std::string_view siteCode, date::year_month period,
                                       std::optional<domain::Instant> asOf = {});

private:
    ServiceContext& m_ctx;
    SiteService& m_sites;
    RuleService& m_rules;
};

// "2025-03" → year_month.
domain::Result<date::year_month> parseMonth(std::string_view text);

} // namespace propdesk::services
