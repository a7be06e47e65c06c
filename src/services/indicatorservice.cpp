#include "indicatorservice.h"

#include "access.h"
#include "audittrail.h"
#include "domain/commitmentrepository.h"
#include "domain/inspectionrepository.h"
#include "kpiservice.h"
#include "sitescope.h"
#include "siteservice.h"

#include <fmt/format.h>

#include <algorithm>

namespace propdesk::services {

using domain::ErrorCode;
using domain::Permission;

namespace {

std::string targetText(const std::optional<domain::KpiTarget>& target)
{
    if (!target) {
        return "none";
    }
    return fmt::format("{} {}", domain::comparatorSymbol(target->comparator), target->valueE4);
}

// The month of T in the site's zone.
date::year_month monthOf(const domain::TimeZone& zone, domain::Instant t)
{
    const auto day = zone.localDate(t);
    return day.year() / day.month();
}

// The KPI values of every module's result, by key.
const rules::KpiValue* findIn(const KpiReport& report, std::string_view key)
{
    if (const auto* v = report.result.find(key)) {
        return v;
    }
    for (const auto* part : {&report.complaints, &report.security, &report.inspections}) {
        if (*part) {
            if (const auto* v = (*part)->find(key)) {
                return v;
            }
        }
    }
    return nullptr;
}

} // namespace

const IndicatorFigure* IndicatorReport::find(std::string_view key) const
{
    const auto it = std::ranges::find_if(indicators, [&](const IndicatorFigure& f) { return f.value.key == key; });
    return it == indicators.end() ? nullptr : &*it;
}

std::size_t IndicatorReport::missedCount() const
{
    return static_cast<std::size_t>(
        std::ranges::count_if(indicators, [](const IndicatorFigure& f) { return f.value.met == false; }));
}

domain::Result<std::vector<domain::TargetSet>> IndicatorService::targetVersions(std::string_view siteCode)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ViewReports);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.commitments().targetSets(site->site.id);
}

domain::Result<std::optional<domain::TargetSet>> IndicatorService::targetsInForce(std::string_view siteCode,
                                                                                  date::year_month month)
{
    auto versions = targetVersions(siteCode);
    if (!versions) {
        return std::unexpected(versions.error());
    }
    const auto* set = domain::targetSetInForce(*versions, month);
    return set ? std::optional(*set) : std::nullopt;
}

domain::Result<domain::TargetSetId> IndicatorService::saveTargets(std::string_view siteCode, domain::Date effectiveFrom,
                                                                  std::string contract,
                                                                  const rules::KpiTargets& targets)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ManageTargets);
    if (!site) {
        return std::unexpected(site.error());
    }
    if (!effectiveFrom.ok() || effectiveFrom.day() != date::day{1}) {
        return std::unexpected(invalid("effective_from", "must be the first day of a month"));
    }
    for (const auto& [key, target] : targets) {
        const auto* def = rules::findIndicator(key);
        if (!def) {
            return domain::fail(ErrorCode::InvalidInput, "no such indicator", "key", key);
        }
        if (target.valueE4 < 0) {
            return domain::fail(ErrorCode::InvalidInput, "must not be negative", "target", key);
        }
        if (def->unit != rules::IndicatorUnit::Count && target.valueE4 > 10000) {
            return domain::fail(ErrorCode::InvalidInput, "must not exceed 100 %", "target", key);
        }
    }
    const auto now = m_ctx.clock.now();
    const auto today = site->zone.localDate(now);
    auto& repo = m_ctx.store.commitments();
    auto versions = repo.targetSets(site->site.id);
    if (!versions) {
        return std::unexpected(versions.error());
    }
    const auto before = std::ranges::find(*versions, effectiveFrom, &domain::TargetSet::effectiveFrom);
    if (before != versions->end() && effectiveFrom <= today) {
        return domain::fail(ErrorCode::Conflict,
                            fmt::format("the targets from {} have taken effect and are never rewritten: save a "
                                        "version from a later month",
                                        domain::formatDate(effectiveFrom)),
                            "effective_from");
    }

    domain::TargetSet set;
    set.site = site->site.id;
    set.effectiveFrom = effectiveFrom;
    set.contract = std::move(contract);
    for (const auto& def : rules::indicatorCatalogue()) {
        const auto it = targets.find(def.key);
        set.targets.emplace(std::string(def.key), it == targets.end() ? std::nullopt : std::optional(it->second));
    }
    set.savedAt = now;
    set.savedBy = m_ctx.user.name;

    domain::TargetSetId id;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto saved = repo.saveTargetSet(set);
        if (!saved) {
            return std::unexpected(saved.error());
        }
        id = *saved;
        domain::AuditEntry entry;
        entry.site = set.site;
        entry.entity = "kpi_targets";
        entry.record = fmt::format("{} {}", site->site.code, domain::formatDate(effectiveFrom));
        entry.action = before != versions->end() ? domain::AuditAction::Update : domain::AuditAction::Create;
        entry.summary = fmt::format("targets from {}", domain::formatDate(effectiveFrom));
        AuditFields old;
        AuditFields now;
        if (before != versions->end()) {
            old.emplace_back("contract", before->contract);
            for (const auto& [key, target] : before->targets) {
                old.emplace_back(key, targetText(target));
            }
        }
        now.emplace_back("contract", set.contract);
        for (const auto& [key, target] : set.targets) {
            now.emplace_back(key, targetText(target));
        }
        entry.changes = auditDiff(old, now);
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return id;
}

domain::Result<domain::ManualFigureId> IndicatorService::enterFigure(std::string_view siteCode, date::year_month month,
                                                                     std::string_view key, std::int64_t numerator,
                                                                     std::int64_t denominator, std::string note)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::EnterFigures);
    if (!site) {
        return std::unexpected(site.error());
    }
    const auto now = m_ctx.clock.now();
    if (month > monthOf(site->zone, now)) {
        return std::unexpected(invalid("month", "has not begun"));
    }
    domain::ManualFigure figure;
    figure.site = site->site.id;
    figure.month = month;
    figure.key = std::string(key);
    figure.numerator = numerator;
    figure.denominator = denominator;
    figure.note = std::move(note);
    figure.enteredAt = now;
    figure.enteredBy = m_ctx.user.name;
    if (auto ok = rules::validateManualFigure(figure); !ok) {
        return std::unexpected(ok.error());
    }
    domain::ManualFigureId id;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto& repo = m_ctx.store.commitments();
        auto earlier = repo.manualFigures(figure.site, month, month);
        if (!earlier) {
            return std::unexpected(earlier.error());
        }
        const auto* previous = domain::figureAsOf(*earlier, month, key, now);
        auto added = repo.addManualFigure(figure);
        if (!added) {
            return std::unexpected(added.error());
        }
        id = *added;
        domain::AuditEntry entry;
        entry.site = figure.site;
        entry.entity = "kpi_figure";
        entry.record = fmt::format("{} {} {}", site->site.code, domain::monthKey(month), key);
        entry.action = previous ? domain::AuditAction::Update : domain::AuditAction::Create;
        entry.summary = fmt::format("{}/{}", numerator, denominator);
        AuditFields old;
        if (previous) {
            old = {{"numerator", std::to_string(previous->numerator)},
                   {"denominator", std::to_string(previous->denominator)},
                   {"note", previous->note}};
        }
        entry.changes = auditDiff(old, {{"numerator", std::to_string(numerator)},
                                        {"denominator", std::to_string(denominator)},
                                        {"note", figure.note}});
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return id;
}

domain::Result<std::vector<domain::ManualFigure>> IndicatorService::figures(std::string_view siteCode,
                                                                            date::year_month month)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.commitments().manualFigures(site->site.id, month, month);
}

domain::Result<domain::IndicatorNoteId> IndicatorService::setNote(std::string_view siteCode, date::year_month month,
                                                                  std::string_view key, std::string text)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::EnterFigures);
    if (!site) {
        return std::unexpected(site.error());
    }
    if (!rules::findIndicator(key)) {
        return domain::fail(ErrorCode::InvalidInput, "no such indicator", "key", std::string(key));
    }
    const auto now = m_ctx.clock.now();
    if (month > monthOf(site->zone, now)) {
        return std::unexpected(invalid("month", "has not begun"));
    }
    domain::IndicatorNote note;
    note.site = site->site.id;
    note.month = month;
    note.key = std::string(key);
    note.text = std::move(text);
    note.enteredAt = now;
    note.enteredBy = m_ctx.user.name;
    domain::IndicatorNoteId id;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto& repo = m_ctx.store.commitments();
        auto earlier = repo.notes(note.site, month, month);
        if (!earlier) {
            return std::unexpected(earlier.error());
        }
        std::string before;
        for (const auto& n : *earlier) {
            if (n.key == key) {
                before = n.text; // oldest first: the last one is in force
            }
        }
        auto added = repo.addNote(note);
        if (!added) {
            return std::unexpected(added.error());
        }
        id = *added;
        domain::AuditEntry entry;
        entry.site = note.site;
        entry.entity = "kpi_note";
        entry.record = fmt::format("{} {} {}", site->site.code, domain::monthKey(month), key);
        entry.action = before.empty() ? domain::AuditAction::Create : domain::AuditAction::Update;
        entry.summary = note.text.empty() ? "note cleared" : "corrective action noted";
        entry.changes = auditDiff({{"text", before}}, {{"text", note.text}});
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return id;
}

domain::Result<IndicatorReport> IndicatorService::monthlyIndicators(std::string_view siteCode, date::year_month month,
                                                                    std::optional<domain::Instant> asOf, bool withTrend)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ViewReports);
    if (!site) {
        return std::unexpected(site.error());
    }
    const domain::Instant t = asOf.value_or(m_ctx.clock.now());
    auto& repo = m_ctx.store.commitments();
    auto versions = repo.targetSets(site->site.id);
    if (!versions) {
        return std::unexpected(versions.error());
    }
    const auto yearFirst = month - date::months{withTrend ? 22 : 11}; // the fire rate of the trend's first month
    auto entries = repo.manualFigures(site->site.id, yearFirst, month);
    if (!entries) {
        return std::unexpected(entries.error());
    }

    IndicatorReport report;
    report.site = site->site;
    report.period = month;
    report.asOf = t;
    if (const auto* set = domain::targetSetInForce(*versions, month)) {
        report.targets = *set;
    }

    // The figures of one month: the modules' KPIs and the manual ones, with that month's targets.
    auto monthFigures = [&](date::year_month m) -> domain::Result<std::vector<rules::KpiValue>> {
        auto kpis = m_kpis.siteKpis(siteCode, m, t);
        if (!kpis) {
            return std::unexpected(kpis.error());
        }
        if (m == month) {
            report.ruleSet = kpis->ruleSet;
        }
        const auto targets = rules::targetsOf(domain::targetSetInForce(*versions, m));
        auto manual = rules::computeManualIndicators(*entries, m, t, targets);
        std::vector<rules::KpiValue> values;
        values.reserve(rules::indicatorCatalogue().size());
        for (const auto& def : rules::indicatorCatalogue()) {
            const rules::KpiValue* v =
                def.origin == rules::IndicatorOrigin::Manual ? manual.find(def.key) : findIn(*kpis, def.key);
            if (v) {
                values.push_back(*v);
            } else {
                rules::KpiValue empty;
                empty.key = std::string(def.key);
                values.push_back(std::move(empty));
            }
        }
        return values;
    };

    auto current = monthFigures(month);
    if (!current) {
        return std::unexpected(current.error());
    }
    const auto catalogue = rules::indicatorCatalogue();
    report.indicators.reserve(catalogue.size());
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        IndicatorFigure figure;
        figure.definition = &catalogue[i];
        figure.value = std::move((*current)[i]);
        report.indicators.push_back(std::move(figure));
    }
    if (withTrend) {
        for (int back = 11; back >= 0; --back) {
            report.trendMonths.push_back(month - date::months{back});
        }
        for (const auto m : report.trendMonths) {
            std::vector<rules::KpiValue> values;
            if (m == month) {
                for (const auto& f : report.indicators) {
                    values.push_back(f.value);
                }
            } else {
                auto earlier = monthFigures(m);
                if (!earlier) {
                    return std::unexpected(earlier.error());
                }
                values = std::move(*earlier);
            }
            for (std::size_t i = 0; i < values.size(); ++i) {
                report.indicators[i].trend.push_back(values[i].rate);
            }
        }
    }

    // The corrective actions of the month.
    auto notes = repo.notes(site->site.id, month, month);
    if (!notes) {
        return std::unexpected(notes.error());
    }
    for (const auto& def : catalogue) {
        const domain::IndicatorNote* latest = nullptr;
        for (const auto& n : *notes) {
            if (n.key == def.key && n.enteredAt <= t) {
                latest = &n; // oldest first
            }
        }
        if (latest && !latest->text.empty()) {
            report.actions.notes.push_back(*latest);
        }
    }
    const domain::Instant from = site->zone.startOfDay(month / date::day{1});
    const domain::Instant to = site->zone.startOfDay((month + date::months{1}) / date::day{1});
    auto& inspections = m_ctx.store.inspections();
    auto actions = inspections.preventiveActions(site->site.id);
    if (!actions) {
        return std::unexpected(actions.error());
    }
    for (const auto& a : *actions) {
        const bool recorded = a.recordedAt >= from && a.recordedAt < to && a.recordedAt <= t;
        const bool done = a.doneAt && *a.doneAt >= from && *a.doneAt < to && *a.doneAt <= t;
        if (recorded || done) {
            report.actions.preventiveActions.push_back(a);
        }
    }
    domain::NcFilter raised;
    raised.raisedTo = to;
    auto ncs = inspections.nonconformances(site->site.id, raised);
    if (!ncs) {
        return std::unexpected(ncs.error());
    }
    for (const auto& nc : *ncs) {
        if (nc.report && nc.report->recordedAt >= from && nc.report->recordedAt < to && nc.report->recordedAt <= t) {
            report.actions.reports.push_back(nc);
        }
    }
    return report;
}

domain::Result<std::vector<IndicatorReport>> IndicatorService::companyIndicators(date::year_month month,
                                                                                 std::optional<domain::Instant> asOf)
{
    if (auto ok = require(m_ctx, Permission::ViewReports); !ok) {
        return std::unexpected(ok.error());
    }
    auto sites = m_sites.list();
    if (!sites) {
        return std::unexpected(sites.error());
    }
    const domain::Instant t = asOf.value_or(m_ctx.clock.now());
    std::vector<IndicatorReport> out;
    out.reserve(sites->size());
    for (const auto& site : *sites) {
        auto report = monthlyIndicators(site.code, month, t, false);
        if (!report) {
            return std::unexpected(report.error());
        }
        out.push_back(std::move(*report));
    }
    return out;
}

domain::Result<domain::ReportSnapshotId> IndicatorService::freeze(std::string_view siteCode, date::year_month month,
                                                                  domain::Instant asOf, std::string data)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ManageTargets);
    if (!site) {
        return std::unexpected(site.error());
    }
    if (data.empty()) {
        return std::unexpected(invalid("data", "is empty"));
    }
    domain::ReportSnapshot snapshot;
    snapshot.site = site->site.id;
    snapshot.month = month;
    snapshot.asOf = asOf;
    snapshot.frozenAt = m_ctx.clock.now();
    snapshot.frozenBy = m_ctx.user.name;
    snapshot.data = std::move(data);
    domain::ReportSnapshotId id;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto added = m_ctx.store.commitments().addSnapshot(snapshot);
        if (!added) {
            return std::unexpected(added.error());
        }
        id = *added;
        domain::AuditEntry entry;
        entry.site = snapshot.site;
        entry.entity = "kpi_report";
        entry.record = fmt::format("{} {}", site->site.code, domain::monthKey(month));
        entry.action = domain::AuditAction::Create;
        entry.summary = fmt::format("report frozen as of {}", site->zone.formatLocal(asOf));
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return id;
}

domain::Result<std::vector<domain::ReportSnapshot>> IndicatorService::snapshots(std::string_view siteCode)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ViewReports);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.commitments().snapshots(site->site.id);
}

domain::Result<domain::ReportSnapshot> IndicatorService::snapshot(domain::ReportSnapshotId id)
{
    if (auto ok = require(m_ctx, Permission::ViewReports); !ok) {
        return std::unexpected(ok.error());
    }
    auto found = m_ctx.store.commitments().snapshot(id);
    if (!found) {
        return std::unexpected(found.error());
    }
    const auto notFound =
        domain::fail(ErrorCode::NotFound, "no such frozen report", "report", std::to_string(id.value));
    if (!*found) {
        return notFound;
    }
    auto site = siteZone(m_ctx, m_sites, (*found)->site, Permission::ViewReports, notFound.error());
    if (!site) {
        return std::unexpected(site.error());
    }
    return std::move(**found);
}

} // namespace propdesk::services
