#include "kpiservice.h"

#include "access.h"
#include "domain/timezone.h"
#include "domain/workorderrepository.h"
#include "ruleservice.h"
#include "siteservice.h"

#include <fmt/format.h>

namespace propdesk::services {

domain::Result<date::year_month> parseMonth(std::string_view text)
{
    auto day = domain::parseDate(fmt::format("{}-01", text));
    if (text.size() != 7 || !day) {
        return domain::fail(domain::ErrorCode::InvalidInput, fmt::format("'{}' is not a month (YYYY-MM)", text),
                            "month");
    }
    return day->year() / day->month();
}

domain::Result<KpiReport> KpiService::workOrderKpis(std::string_view siteCode, date::year_month period,
                                                    std::optional<domain::Instant> asOf)
{
    if (auto ok = require(m_ctx, domain::Permission::ViewReports); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto engine = m_rules.engineFor(*site);
    if (!engine) {
        return std::unexpected(engine.error());
    }
    const auto& zone = engine->site().zone;
    const domain::Instant from = zone.startOfDay(period / date::day{1});
    const domain::Instant to = zone.startOfDay((period + date::months{1}) / date::day{1});
    const domain::Instant t = asOf.value_or(m_ctx.clock.now());

    auto& repo = m_ctx.store.workOrders();
    auto snapshots = repo.reportedBetween(site->id, from, to);
    if (!snapshots) {
        return std::unexpected(snapshots.error());
    }
    auto reworks = repo.reworksOfReportedBetween(site->id, from, to);
    if (!reworks) {
        return std::unexpected(reworks.error());
    }
    std::vector<rules::EvaluatedOrder> orders;
    orders.reserve(snapshots->size());
    for (auto& s : *snapshots) {
        auto evaluation = engine->evaluate(s.header, s.timeline, t);
        orders.push_back(rules::EvaluatedOrder{std::move(s.header), std::move(evaluation)});
    }
    KpiReport report{*site, period, t, std::nullopt, {}};
    if (const auto set = engine->ruleSetFor(period / date::day{1})) {
        report.ruleSet = set->name;
    }
    report.result = rules::computeWorkOrderKpis(orders, *reworks, t, rules::defaultWorkOrderTargets());
    return report;
}

} // namespace propdesk::services
