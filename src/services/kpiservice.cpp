#include "kpiservice.h"

#include "access.h"
#include "domain/commitmentrepository.h"
#include "domain/complaintrepository.h"
#include "domain/inspectionrepository.h"
#include "domain/securityrepository.h"
#include "domain/timezone.h"
#include "domain/workorderrepository.h"
#include "rules/complaintkpi.h"
#include "rules/indicators.h"
#include "rules/inspectionkpi.h"
#include "rules/securitykpi.h"
#include "ruleservice.h"
#include "siteservice.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <span>
#include <vector>

namespace propdesk::services {

namespace {

// The targets of the site's version in force for the month, or the catalogue's defaults.
domain::Result<rules::KpiTargets> siteTargets(ServiceContext& ctx, domain::SiteId site, date::year_month period)
{
    auto versions = ctx.store.commitments().targetSets(site);
    if (!versions) {
        return std::unexpected(versions.error());
    }
    return rules::targetsOf(domain::targetSetInForce(*versions, period));
}

} // namespace

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
    auto targets = siteTargets(m_ctx, site->id, period);
    if (!targets) {
        return std::unexpected(targets.error());
    }
    KpiReport report{*site, period, t, std::nullopt, {}, std::nullopt, std::nullopt, std::nullopt};
    if (const auto set = engine->ruleSetFor(period / date::day{1})) {
        report.ruleSet = set->name;
    }
    report.result = rules::computeWorkOrderKpis(orders, *reworks, t, *targets);
    return report;
}

domain::Result<KpiReport> KpiService::complaintKpis(std::string_view siteCode, date::year_month period,
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
    // The twelve months ending with the report month, in the site's local time: one read, the month is its
    // tail (the repository returns them oldest first).
    const domain::Instant yearFrom = zone.startOfDay((period - date::months{11}) / date::day{1});
    const domain::Instant from = zone.startOfDay(period / date::day{1});
    const domain::Instant to = zone.startOfDay((period + date::months{1}) / date::day{1});
    const domain::Instant t = asOf.value_or(m_ctx.clock.now());

    auto complaints = m_ctx.store.complaints().receivedBetween(site->id, yearFrom, to);
    if (!complaints) {
        return std::unexpected(complaints.error());
    }
    std::vector<rules::EvaluatedComplaint> year;
    year.reserve(complaints->size());
    for (auto& c : *complaints) {
        auto evaluation = engine->evaluate(c, t);
        year.push_back(rules::EvaluatedComplaint{std::move(c.header), std::move(evaluation)});
    }
    std::ranges::stable_sort(year, {}, [](const rules::EvaluatedComplaint& c) { return c.header.receivedAt; });
    const auto monthBegin = std::ranges::lower_bound(
        year, from, {}, [](const rules::EvaluatedComplaint& c) { return c.header.receivedAt; });
    const std::span<const rules::EvaluatedComplaint> month(monthBegin, year.end());

    auto targets = siteTargets(m_ctx, site->id, period);
    if (!targets) {
        return std::unexpected(targets.error());
    }
    KpiReport report{*site, period, t, std::nullopt, {}, std::nullopt, std::nullopt, std::nullopt};
    if (const auto set = engine->ruleSetFor(period / date::day{1})) {
        report.ruleSet = set->name;
    }
    report.result = rules::computeComplaintKpis(month, year, site->residents, t, *targets);
    return report;
}

domain::Result<KpiReport> KpiService::siteKpis(std::string_view siteCode, date::year_month period,
                                               std::optional<domain::Instant> asOf)
{
    // One as-of time for both halves, so that they describe the same moment.
    const domain::Instant t = asOf.value_or(m_ctx.clock.now());
    auto report = workOrderKpis(siteCode, period, t);
    if (!report) {
        return report;
    }
    auto complaints = complaintKpis(siteCode, period, t);
    if (!complaints) {
        return std::unexpected(complaints.error());
    }
    report->complaints = std::move(complaints->result);
    auto security = securityKpis(siteCode, period, t);
    if (!security) {
        return std::unexpected(security.error());
    }
    report->security = std::move(security->result);
    auto inspections = inspectionKpis(siteCode, period, t);
    if (!inspections) {
        return std::unexpected(inspections.error());
    }
    report->inspections = std::move(inspections->result);
    return report;
}

domain::Result<KpiReport> KpiService::securityKpis(std::string_view siteCode, date::year_month period,
                                                   std::optional<domain::Instant> asOf)
{
    if (auto ok = require(m_ctx, domain::Permission::ViewReports); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto zone = domain::TimeZone::find(site->timeZone);
    if (!zone) {
        return std::unexpected(zone.error());
    }
    const domain::Instant t = asOf.value_or(m_ctx.clock.now());
    const domain::Date first = period / date::day{1};
    const domain::Date last = date::year_month_day{period / date::last};
    const domain::Instant yearFrom = zone->startOfDay((period - date::months{11}) / date::day{1});
    const domain::Instant from = zone->startOfDay(first);
    const domain::Instant to = zone->startOfDay((period + date::months{1}) / date::day{1});
    auto& repo = m_ctx.store.security();

    auto stored = repo.setup(site->id);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    const domain::SecuritySetup setup = stored->value_or(domain::defaultSecuritySetup(site->id));
    auto versions = repo.routes(site->id);
    if (!versions) {
        return std::unexpected(versions.error());
    }
    // The rounds of the month's last night shift end the next morning.
    auto scans = repo.scansBetween(site->id, from - domain::Seconds{86400}, to + domain::Seconds{2 * 86400});
    if (!scans) {
        return std::unexpected(scans.error());
    }
    auto handovers = repo.handoversBetween(site->id, first, last);
    if (!handovers) {
        return std::unexpected(handovers.error());
    }
    auto checks = repo.spotChecksBetween(site->id, from, to);
    if (!checks) {
        return std::unexpected(checks.error());
    }
    auto incidents = repo.dutyEntriesBetween(site->id, yearFrom, to, domain::DutyEntryKind::Incident);
    if (!incidents) {
        return std::unexpected(incidents.error());
    }

    rules::SecurityKpiInput input;
    input.rounds = rules::evaluateRounds(setup, *versions, *zone, first, last, *scans, t);
    input.changes = rules::shiftChanges(setup, *zone, period);
    input.handovers = std::move(*handovers);
    input.spotChecks = std::move(*checks);
    input.nightChecksOwed = setup.nightSpotChecksPerMonth;
    for (auto& incident : *incidents) {
        if (incident.at >= from) {
            input.incidents.push_back(incident);
        }
        input.incidentsYear.push_back(std::move(incident));
    }
    input.residents = site->residents;

    auto targets = siteTargets(m_ctx, site->id, period);
    if (!targets) {
        return std::unexpected(targets.error());
    }
    KpiReport report{*site, period, t, std::nullopt, {}, std::nullopt, std::nullopt, std::nullopt};
    report.result = rules::computeSecurityKpis(input, t, *targets);
    return report;
}

domain::Result<KpiReport> KpiService::inspectionKpis(std::string_view siteCode, date::year_month period,
                                                     std::optional<domain::Instant> asOf)
{
    if (auto ok = require(m_ctx, domain::Permission::ViewReports); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto zone = domain::TimeZone::find(site->timeZone);
    if (!zone) {
        return std::unexpected(zone.error());
    }
    const domain::Instant t = asOf.value_or(m_ctx.clock.now());
    const domain::Date first = period / date::day{1};
    const domain::Date last = date::year_month_day{period / date::last};
    const domain::Instant from = zone->startOfDay(first);
    const domain::Instant to = zone->startOfDay((period + date::months{1}) / date::day{1});
    auto& repo = m_ctx.store.inspections();

    auto stored = repo.setup(site->id);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    const domain::InspectionSetup setup = stored->value_or(domain::defaultInspectionSetup(site->id));
    rules::InspectionKpiInput input;
    input.month = period;
    input.warningLimit = setup.warningLimit;
    auto sheets = repo.sheetsBetween(site->id, first, last);
    if (!sheets) {
        return std::unexpected(sheets.error());
    }
    for (const auto& sheet : *sheets) {
        if (sheet.amendments == 0) {
            continue;
        }
        auto amendments = repo.amendments(sheet.id);
        if (!amendments) {
            return std::unexpected(amendments.error());
        }
        std::ranges::move(*amendments, std::back_inserter(input.amendments));
    }
    input.sheets = std::move(*sheets);
    // Raised, due or rectified in the month: a nonconformance raised before the month may be due or
    // rectified in it, so every one raised before its end is read and the rules pick.
    domain::NcFilter raised;
    raised.raisedTo = to;
    auto ncs = repo.nonconformances(site->id, raised);
    if (!ncs) {
        return std::unexpected(ncs.error());
    }
    for (auto& nc : *ncs) {
        const bool touches = nc.raisedAt >= from || nc.deadline >= from ||
                             std::ranges::any_of(nc.events, [&](const auto& e) { return e.at >= from; });
        if (touches) {
            input.nonconformances.push_back(std::move(nc));
        }
    }
    auto contractors = repo.contractors(site->id);
    if (!contractors) {
        return std::unexpected(contractors.error());
    }
    input.contractors = std::move(*contractors);
    auto warnings = repo.warnings(site->id, domain::Date{(period - date::months{12}) / date::day{1}}, last);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    input.warnings = std::move(*warnings);

    auto targets = siteTargets(m_ctx, site->id, period);
    if (!targets) {
        return std::unexpected(targets.error());
    }
    KpiReport report{*site, period, t, std::nullopt, {}, std::nullopt, std::nullopt, std::nullopt};
    report.result = rules::computeInspectionKpis(input, t, *zone, *targets);
    return report;
}

} // namespace propdesk::services
