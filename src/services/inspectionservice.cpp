#include "inspectionservice.h"

#include "access.h"
#include "audittrail.h"
#include "domain/inspectionrepository.h"
#include "sitescope.h"
#include "siteservice.h"
#include "text.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>

namespace propdesk::services {

using domain::ErrorCode;
using domain::Instant;
using domain::Permission;

namespace {

constexpr std::uintmax_t kMaxPhotoBytes = 10u * 1024u * 1024u;

std::string monthKey(date::year_month month)
{
    return fmt::format("{:04}-{:02}", static_cast<int>(month.year()), static_cast<unsigned>(month.month()));
}

std::string yuan(std::int64_t fen)
{
    return fmt::format("{}{}.{:02}", fen < 0 ? "-" : "", std::abs(fen) / 100, std::abs(fen) % 100);
}

domain::Date addDays(domain::Date day, int days)
{
    return domain::Date{date::sys_days{day} + date::days{days}};
}

// The last second of a local day (23:59:59 on most days): a deadline "the same day" falls in that day, and
// in its month.
Instant endOfDay(const domain::TimeZone& zone, domain::Date day)
{
    return zone.startOfDay(addDays(day, 1)) - domain::Seconds{1};
}

domain::Error notFound(std::string_view what, std::string_view field, std::int64_t id)
{
    return domain::Error{ErrorCode::NotFound, fmt::format("no {} with id {}", what, id), std::string(field), {}};
}

// A record with its site and zone.
template <typename Record>
struct Scoped
{
    Record record;
    SiteZone site;
};

// A record read by its id, whose site the user must work at: `missing` for an unknown id and for a record of
// another site alike.
template <typename Scope, typename Record>
domain::Result<Scope> loadScoped(ServiceContext& ctx, SiteService& sites, domain::Result<std::optional<Record>> stored,
                                 Permission permission, const domain::Error& missing)
{
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (!*stored) {
        return std::unexpected(missing);
    }
    auto site = siteZone(ctx, sites, (*stored)->site, permission, missing);
    if (!site) {
        return std::unexpected(site.error());
    }
    return Scope{std::move(**stored), std::move(*site)};
}

std::string sheetRecord(const domain::InspectionSheet& sheet)
{
    return fmt::format("{}-{}", domain::sheetKindKey(sheet.kind), sheet.id.value);
}

AuditFields setupFields(const domain::InspectionSetup& setup)
{
    AuditFields fields;
    for (const auto& b : setup.buildings) {
        fields.emplace_back("building " + b.code,
                            fmt::format("{} {} {}–{} lifts {}", b.name, domain::buildingKindKey(b.kind),
                                        b.firstStandardFloor, b.lastStandardFloor, b.lifts));
    }
    for (const auto& z : setup.groundZones) {
        fields.emplace_back("zone " + z.code, fmt::format("{} {} m2", z.name, z.area));
    }
    fields.emplace_back("cluster_limit", std::to_string(setup.clusterLimit));
    fields.emplace_back("cluster_days", std::to_string(setup.clusterDays));
    fields.emplace_back("monthly_rectify_days", std::to_string(setup.monthlyRectifyDays));
    fields.emplace_back("warning_limit", std::to_string(setup.warningLimit));
    return fields;
}

AuditFields templateFields(const domain::InspectionTemplate& t)
{
    AuditFields fields{
        {"area", std::string(domain::areaTypeKey(t.area))},
        {"name", t.name},
        {"effective_from", domain::formatDate(t.effectiveFrom)},
        {"active", t.active ? "yes" : "no"},
        {"sample", fmt::format("{} buildings {} floors {}{}{}", domain::sampleScopeKey(t.sample.scope),
                               t.sample.buildings, t.sample.floors, t.sample.officesOnly ? " offices only" : "",
                               t.sample.residentialOnly ? " residential only" : "")},
    };
    for (const auto& item : t.items) {
        fields.emplace_back("item " + item.code, fmt::format("{} | {} | {} {} {}", item.text, item.standard,
                                                             domain::inspectionServiceKey(item.service), item.weight,
                                                             domain::weightUnitKey(item.unit)));
    }
    return fields;
}

AuditFields sheetFields(const domain::InspectionSheet& sheet)
{
    AuditFields fields{
        {"kind", std::string(domain::sheetKindKey(sheet.kind))},
        {"day", domain::formatDate(sheet.day)},
        {"area", std::string(domain::areaTypeKey(sheet.area))},
        {"location", sheet.location},
        {"inspector", sheet.inspector},
        {"status", std::string(domain::sheetStatusKey(sheet.status))},
    };
    for (const auto& line : sheet.lines) {
        std::string result(domain::itemResultKey(line.result));
        if (line.result == domain::ItemResult::Fail) {
            result += fmt::format(" {}{}", domain::severityKey(line.severity),
                                  line.correctedOnSpot ? " corrected on the spot" : "");
        }
        fields.emplace_back("line " + line.item.code, result);
        fields.emplace_back("line " + line.item.code + " note", line.note);
        std::string photos;
        for (const auto& p : line.photos) {
            photos += (photos.empty() ? "" : ", ") + p.fileName;
        }
        fields.emplace_back("line " + line.item.code + " photos", photos);
    }
    return fields;
}

AuditFields ncFields(const domain::Nonconformance& nc, const domain::TimeZone& zone)
{
    const auto at = [&](std::optional<Instant> t) {
        return t ? zone.formatLocal(*t) : std::string{};
    };
    AuditFields fields{
        {"state", std::string(domain::ncStateKey(nc.state))},
        {"area", std::string(domain::areaTypeKey(nc.area))},
        {"location", nc.location},
        {"description", nc.description},
        {"severity", std::string(domain::severityKey(nc.severity))},
        {"cause", nc.cause},
        {"contractor", nc.contractor ? fmt::format("#{}", nc.contractor->value) : std::string{}},
        {"deadline", zone.formatLocal(nc.deadline)},
        {"report_required", nc.reportRequired ? "yes" : "no"},
        {"rectified_at", at(nc.rectifiedAt)},
        {"rectified_by", nc.rectifiedBy},
        {"evidence", nc.evidence},
        {"verified_at", at(nc.verifiedAt)},
        {"verified_by", nc.verifiedBy},
        {"closed_at", at(nc.closedAt)},
        {"closed_by", nc.closedBy},
    };
    if (nc.report) {
        fields.emplace_back("report_cause", nc.report->causeAnalysis);
        fields.emplace_back("report_action", nc.report->action);
        fields.emplace_back("report_owner", nc.report->owner);
        fields.emplace_back("report_due", domain::formatDate(nc.report->due));
    }
    return fields;
}

AuditFields contractorFields(const domain::Contractor& c)
{
    return {
        {"name", c.name},
        {"service", std::string(domain::contractorServiceKey(c.service))},
        {"monthly_fee", yuan(c.monthlyFee)},
        {"contract_start", domain::formatDate(c.contractStart)},
        {"contract_end", domain::formatDate(c.contractEnd)},
        {"contact", c.contact},
        {"phone", c.phone},
        {"licence", c.licence},
        {"active", c.active ? "yes" : "no"},
    };
}

domain::Result<domain::InspectionSetup> loadSetup(domain::Store& store, domain::SiteId site)
{
    auto stored = store.inspections().setup(site);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (*stored) {
        return **stored;
    }
    return domain::defaultInspectionSetup(site);
}

// The stored versions of the site's templates, plus the built-in default of each area type with no version
// stored from the defaults' date: the default stays in force until the first stored version takes over.
domain::Result<std::vector<domain::InspectionTemplate>> loadTemplates(domain::Store& store, domain::SiteId site)
{
    auto stored = store.inspections().templates(site);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    std::vector<domain::InspectionTemplate> all = std::move(*stored);
    for (auto& d : domain::defaultInspectionTemplates(site)) {
        const bool known = std::ranges::any_of(
            all, [&](const auto& t) { return t.area == d.area && t.effectiveFrom <= d.effectiveFrom; });
        if (!known) {
            all.push_back(std::move(d));
        }
    }
    std::ranges::stable_sort(all, [](const auto& a, const auto& b) {
        return std::pair(domain::areaTypeKey(a.area), a.effectiveFrom) <
               std::pair(domain::areaTypeKey(b.area), b.effectiveFrom);
    });
    return all;
}

// The contractor of the service a failed item belongs to, under contract on `day`: the first by name.
std::optional<domain::ContractorId> responsibleContractor(const std::vector<domain::Contractor>& contractors,
                                                          domain::InspectionService service, domain::Date day)
{
    const auto wanted = service == domain::InspectionService::Cleaning ? domain::ContractorService::Cleaning
                                                                       : domain::ContractorService::Greening;
    for (const auto& c : contractors) {
        if (c.service == wanted && c.underContract(day)) {
            return c.id;
        }
    }
    return std::nullopt;
}

domain::Result<std::string> nextNcCode(domain::Store& store, domain::SiteId site, const domain::TimeZone& zone,
                                       Instant at)
{
    const auto prefix = fmt::format("NC-{:04}-", static_cast<int>(zone.localDate(at).year()));
    auto count = store.inspections().countNonconformanceCodes(site, prefix);
    if (!count) {
        return std::unexpected(count.error());
    }
    return fmt::format("{}{:04}", prefix, *count + 1);
}

// Stores a new nonconformance with its audit entry (inside the caller's transaction) and adds it to
// `known`, so that the next one of the same sheet sees it when the cluster is counted.
domain::Result<domain::Nonconformance> storeNew(ServiceContext& ctx, const SiteZone& site, domain::Nonconformance nc,
                                                std::vector<domain::Nonconformance>& known)
{
    auto code = nextNcCode(ctx.store, site.site.id, site.zone, nc.raisedAt);
    if (!code) {
        return std::unexpected(code.error());
    }
    nc.code = *code;
    auto id = ctx.store.inspections().addNonconformance(nc);
    if (!id) {
        return std::unexpected(id.error());
    }
    nc.id = *id;
    domain::AuditEntry entry;
    entry.site = nc.site;
    entry.entity = "nonconformance";
    entry.record = nc.code;
    entry.action = domain::AuditAction::Create;
    entry.summary = nc.state == domain::NcState::Open
                        ? fmt::format("raised: {}", nc.description)
                        : fmt::format("raised and corrected on the spot: {}", nc.description);
    entry.changes = auditDiff({}, ncFields(nc, site.zone));
    if (auto ok = writeAudit(ctx, std::move(entry)); !ok) {
        return std::unexpected(ok.error());
    }
    known.push_back(nc);
    return nc;
}

// The nonconformance of a failed sheet line, raised at `at` (not stored).
domain::Nonconformance fromLine(const domain::InspectionSheet& sheet, int index, const SiteZone& site,
                                const domain::InspectionSetup& setup,
                                const std::vector<domain::Contractor>& contractors,
                                const std::vector<domain::Nonconformance>& known, Instant at, const std::string& by)
{
    const auto& line = sheet.lines[static_cast<std::size_t>(index)];
    domain::Nonconformance nc;
    nc.site = sheet.site;
    nc.sheet = sheet.id;
    nc.line = index;
    nc.source = sheet.kind;
    nc.area = sheet.area;
    nc.location = sheet.location;
    nc.itemCode = line.item.code;
    nc.description = line.note.empty() ? line.item.text : line.item.text + ": " + line.note;
    nc.service = line.item.service;
    nc.contractor = responsibleContractor(contractors, line.item.service, sheet.day);
    nc.severity = line.severity;
    nc.raisedAt = at;
    nc.raisedBy = by;
    const int days = sheet.kind == domain::SheetKind::Daily ? 0 : setup.monthlyRectifyDays;
    // A sheet signed (or a line amended) after its day still gives the rest of the day it is raised on.
    nc.deadline = std::max(endOfDay(site.zone, addDays(sheet.day, days)), endOfDay(site.zone, site.zone.localDate(at)));
    nc.reportRequired = nc.severity == domain::Severity::Severe ||
                        domain::makesCluster(known, nc.area, nc.location, at, setup.clusterLimit, setup.clusterDays);
    domain::NcEvent raised;
    raised.kind = domain::NcEventKind::Raised;
    raised.at = at;
    raised.by = by;
    raised.note = nc.description;
    nc.events.push_back(std::move(raised));
    return nc;
}

// A line corrected on the spot: rectified and verified by the inspector when raised, and closed unless it
// needs a corrective action report (制度13 §二.1).
domain::Result<void> correctedOnSpot(domain::Nonconformance& nc, const domain::SheetLine& line, Instant at,
                                     const std::string& by)
{
    const std::string evidence = line.note.empty() ? std::string("当场纠正") : line.note;
    if (auto ok = domain::rectify(nc, at, by, evidence, line.photos); !ok) {
        return ok;
    }
    if (auto ok = domain::verify(nc, at, by, true, {}); !ok) {
        return ok;
    }
    if (!nc.reportRequired) {
        return domain::close(nc, at, by, evidence);
    }
    return {};
}

} // namespace

// --- set-up and templates -------------------------------------------------------------------------------

domain::Result<domain::InspectionSetup> InspectionService::setup(std::string_view siteCode)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return loadSetup(m_ctx.store, site->site.id);
}

domain::Result<domain::InspectionSetup> InspectionService::saveSetup(std::string_view siteCode,
                                                                     domain::InspectionSetup setup)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ManageInspections);
    if (!site) {
        return std::unexpected(site.error());
    }
    setup.site = site->site.id;
    for (auto& b : setup.buildings) {
        b.code = trimmed(b.code);
        b.name = trimmed(b.name);
    }
    for (auto& z : setup.groundZones) {
        z.code = trimmed(z.code);
        z.name = trimmed(z.name);
    }
    if (auto ok = setup.validate(); !ok) {
        return std::unexpected(ok.error());
    }
    auto& repo = m_ctx.store.inspections();
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto before = repo.setup(site->site.id);
        if (!before) {
            return std::unexpected(before.error());
        }
        if (auto ok = repo.saveSetup(setup); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.site = site->site.id;
        entry.entity = "inspection_setup";
        entry.record = site->site.code;
        entry.action = *before ? domain::AuditAction::Update : domain::AuditAction::Create;
        entry.summary = "inspection set-up saved";
        entry.changes = auditDiff(*before ? setupFields(**before) : AuditFields{}, setupFields(setup));
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return setup;
}

domain::Result<std::vector<domain::InspectionTemplate>> InspectionService::templates(std::string_view siteCode)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return loadTemplates(m_ctx.store, site->site.id);
}

domain::Result<std::vector<domain::InspectionTemplate>> InspectionService::templatesInForce(std::string_view siteCode,
                                                                                            domain::Date day)
{
    auto all = templates(siteCode);
    if (!all) {
        return std::unexpected(all.error());
    }
    std::vector<domain::InspectionTemplate> inForce;
    for (const auto* t : domain::templatesInForce(*all, day)) {
        inForce.push_back(*t);
    }
    return inForce;
}

domain::Result<domain::InspectionTemplate> InspectionService::saveTemplate(std::string_view siteCode,
                                                                           domain::InspectionTemplate tmpl)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ManageInspections);
    if (!site) {
        return std::unexpected(site.error());
    }
    tmpl.id = {};
    tmpl.site = site->site.id;
    tmpl.name = trimmed(tmpl.name);
    for (auto& item : tmpl.items) {
        item.code = trimmed(item.code);
        item.text = trimmed(item.text);
        item.standard = trimmed(item.standard);
    }
    tmpl.savedAt = m_ctx.clock.now();
    tmpl.savedBy = m_ctx.user.name;
    if (auto ok = tmpl.validate(); !ok) {
        return std::unexpected(ok.error());
    }
    auto all = loadTemplates(m_ctx.store, site->site.id);
    if (!all) {
        return std::unexpected(all.error());
    }
    // The version it replaces from its date on: the one in force that day.
    const domain::InspectionTemplate* previous = nullptr;
    for (const auto& t : *all) {
        if (t.area == tmpl.area && t.effectiveFrom <= tmpl.effectiveFrom) {
            previous = &t;
        }
    }
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto id = m_ctx.store.inspections().addTemplateVersion(tmpl);
        if (!id) {
            if (id.error().code == ErrorCode::Conflict) {
                return std::unexpected(
                    invalid("effective_from", "this area type already has a version from that date"));
            }
            return std::unexpected(id.error());
        }
        tmpl.id = *id;
        domain::AuditEntry entry;
        entry.site = site->site.id;
        entry.entity = "inspection_template";
        entry.record = fmt::format("{} {}", domain::areaTypeKey(tmpl.area), domain::formatDate(tmpl.effectiveFrom));
        entry.action = domain::AuditAction::Create;
        entry.summary = fmt::format("new version from {}", domain::formatDate(tmpl.effectiveFrom));
        entry.changes = auditDiff(previous ? templateFields(*previous) : AuditFields{}, templateFields(tmpl));
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return tmpl;
}

// --- sheets -----------------------------------------------------------------------------------------------

namespace {

domain::Result<SheetView> viewOf(domain::Store& store, domain::InspectionSheet sheet)
{
    auto& repo = store.inspections();
    SheetView view;
    auto amendments = repo.amendments(sheet.id);
    if (!amendments) {
        return std::unexpected(amendments.error());
    }
    view.amendments = std::move(*amendments);
    domain::NcFilter filter;
    filter.sheet = sheet.id;
    auto ncs = repo.nonconformances(sheet.site, filter);
    if (!ncs) {
        return std::unexpected(ncs.error());
    }
    view.nonconformances = std::move(*ncs);
    std::ranges::stable_sort(view.nonconformances, {}, &domain::Nonconformance::line);
    view.sheet = std::move(sheet);
    return view;
}

domain::Result<domain::InspectionTemplate> templateFor(domain::Store& store, domain::SiteId site, domain::AreaType area,
                                                       domain::Date day)
{
    auto all = loadTemplates(store, site);
    if (!all) {
        return std::unexpected(all.error());
    }
    for (const auto* t : domain::templatesInForce(*all, day)) {
        if (t->area == area) {
            return *t;
        }
    }
    return std::unexpected(invalid("area", fmt::format("no template of area type {} is in force on {}",
                                                       domain::areaTypeKey(area), domain::formatDate(day))));
}

} // namespace

domain::Result<SheetView> InspectionService::startDailySheet(std::string_view siteCode, domain::Date day,
                                                             domain::AreaType area, const std::string& location,
                                                             const std::string& inspector)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::RecordInspection);
    if (!site) {
        return std::unexpected(site.error());
    }
    const Instant now = m_ctx.clock.now();
    if (day > site->zone.localDate(now)) {
        return std::unexpected(invalid("day", "lies in the future"));
    }
    const std::string where = trimmed(location);
    const std::string who = trimmed(inspector);
    if (where.empty()) {
        return std::unexpected(invalid("location", "which place was inspected?"));
    }
    if (who.empty()) {
        return std::unexpected(invalid("inspector", "who inspected?"));
    }
    auto& repo = m_ctx.store.inspections();
    auto existing = repo.sheetsBetween(site->site.id, day, day, domain::SheetKind::Daily);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    for (auto& s : *existing) {
        if (s.area == area && s.location == where) {
            return viewOf(m_ctx.store, std::move(s));
        }
    }
    auto tmpl = templateFor(m_ctx.store, site->site.id, area, day);
    if (!tmpl) {
        return std::unexpected(tmpl.error());
    }
    auto sheet = domain::makeSheet(*tmpl, domain::SheetKind::Daily, day, where);
    sheet.site = site->site.id;
    sheet.inspector = who;
    sheet.createdAt = now;
    sheet.createdBy = m_ctx.user.name;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto id = repo.addSheet(sheet);
        if (!id) {
            return std::unexpected(id.error());
        }
        sheet.id = *id;
        domain::AuditEntry entry;
        entry.site = sheet.site;
        entry.entity = "inspection_sheet";
        entry.record = sheetRecord(sheet);
        entry.action = domain::AuditAction::Create;
        entry.summary = fmt::format("daily sheet started: {} {}", domain::areaTypeKey(area), where);
        entry.changes = {{"day", "", domain::formatDate(day)},
                         {"area", "", std::string(domain::areaTypeKey(area))},
                         {"location", "", where},
                         {"inspector", "", who}};
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return viewOf(m_ctx.store, std::move(sheet));
}

domain::Result<PlanView> InspectionService::samplingPlan(std::string_view siteCode, date::year_month month)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto setup = loadSetup(m_ctx.store, site->site.id);
    if (!setup) {
        return std::unexpected(setup.error());
    }
    auto all = loadTemplates(m_ctx.store, site->site.id);
    if (!all) {
        return std::unexpected(all.error());
    }
    PlanView view;
    view.plan = domain::buildSamplingPlan(*all, *setup, month);
    view.plan.site = site->site.id;
    const domain::Date first{month / 1};
    const domain::Date last{date::year_month_day_last{month / date::last}};
    auto sheets = m_ctx.store.inspections().sheetsBetween(site->site.id, first, last, domain::SheetKind::Monthly);
    if (!sheets) {
        return std::unexpected(sheets.error());
    }
    for (const auto& target : view.plan.targets) {
        std::optional<domain::InspectionSheet> found;
        for (const auto& s : *sheets) {
            if (s.area == target.area && s.location == target.location) {
                found = s;
                break;
            }
        }
        view.sheets.push_back(std::move(found));
    }
    return view;
}

domain::Result<SheetView> InspectionService::startSampleSheet(std::string_view siteCode, date::year_month month,
                                                              std::size_t index, domain::Date day,
                                                              const std::string& inspector)
{
    if (auto ok = require(m_ctx, Permission::RecordInspection); !ok) {
        return std::unexpected(ok.error());
    }
    auto plan = samplingPlan(siteCode, month);
    if (!plan) {
        return std::unexpected(plan.error());
    }
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::RecordInspection);
    if (!site) {
        return std::unexpected(site.error());
    }
    if (index >= plan->plan.targets.size()) {
        return std::unexpected(
            invalid("target", fmt::format("the plan of {} has no target {}", monthKey(month), index + 1)));
    }
    if (plan->sheets[index]) {
        return std::unexpected(domain::Error{ErrorCode::Conflict, "this target has a sheet already", "target", {}});
    }
    const Instant now = m_ctx.clock.now();
    if (day.year() / day.month() != month) {
        return std::unexpected(invalid("day", fmt::format("is not in {}", monthKey(month))));
    }
    if (day > site->zone.localDate(now)) {
        return std::unexpected(invalid("day", "lies in the future"));
    }
    const std::string who = trimmed(inspector);
    if (who.empty()) {
        return std::unexpected(invalid("inspector", "who inspected?"));
    }
    const auto& target = plan->plan.targets[index];
    auto tmpl = templateFor(m_ctx.store, site->site.id, target.area, domain::Date{month / 1});
    if (!tmpl) {
        return std::unexpected(tmpl.error());
    }
    auto sheet = domain::makeSheet(*tmpl, domain::SheetKind::Monthly, day, target.location);
    sheet.site = site->site.id;
    sheet.inspector = who;
    sheet.createdAt = now;
    sheet.createdBy = m_ctx.user.name;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto id = m_ctx.store.inspections().addSheet(sheet);
        if (!id) {
            return std::unexpected(id.error());
        }
        sheet.id = *id;
        domain::AuditEntry entry;
        entry.site = sheet.site;
        entry.entity = "inspection_sheet";
        entry.record = sheetRecord(sheet);
        entry.action = domain::AuditAction::Create;
        entry.summary = fmt::format("monthly sample of {} started: {} {}", monthKey(month),
                                    domain::areaTypeKey(target.area), target.location);
        entry.changes = {{"day", "", domain::formatDate(day)},
                         {"area", "", std::string(domain::areaTypeKey(target.area))},
                         {"location", "", target.location},
                         {"inspector", "", who}};
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return viewOf(m_ctx.store, std::move(sheet));
}

namespace {

struct SheetScope
{
    domain::InspectionSheet sheet;
    SiteZone site;
};

domain::Result<SheetScope> loadSheet(ServiceContext& ctx, SiteService& sites, domain::SheetId id, Permission permission)
{
    return loadScoped<SheetScope>(ctx, sites, ctx.store.inspections().sheet(id), permission,
                                  notFound("sheet", "sheet", id.value));
}

} // namespace

domain::Result<SheetView> InspectionService::saveDraft(domain::SheetId id, const std::vector<LineEntry>& lines,
                                                       const std::string& inspector)
{
    auto scope = loadSheet(m_ctx, m_sites, id, Permission::RecordInspection);
    if (!scope) {
        return std::unexpected(scope.error());
    }
    domain::InspectionSheet sheet = scope->sheet;
    if (sheet.status != domain::SheetStatus::Draft) {
        return std::unexpected(
            domain::Error{ErrorCode::Conflict, "the sheet is signed: amend it instead", "status", sheetRecord(sheet)});
    }
    if (lines.size() != sheet.lines.size()) {
        return std::unexpected(
            invalid("lines", fmt::format("the sheet has {} lines, not {}", sheet.lines.size(), lines.size())));
    }
    sheet.inspector = trimmed(inspector);
    if (sheet.inspector.empty()) {
        return std::unexpected(invalid("inspector", "who inspected?"));
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto& line = sheet.lines[i];
        line.result = lines[i].result;
        line.note = trimmed(lines[i].note);
        line.photos = lines[i].photos;
        const bool failed = line.result == domain::ItemResult::Fail;
        line.severity = failed ? lines[i].severity : domain::Severity::Minor;
        line.correctedOnSpot = failed && lines[i].correctedOnSpot;
    }
    const auto before = sheetFields(scope->sheet);
    const auto after = sheetFields(sheet);
    auto changes = auditDiff(before, after);
    if (changes.empty()) {
        return viewOf(m_ctx.store, std::move(sheet));
    }
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        if (auto ok = m_ctx.store.inspections().updateSheet(sheet); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.site = sheet.site;
        entry.entity = "inspection_sheet";
        entry.record = sheetRecord(sheet);
        entry.action = domain::AuditAction::Update;
        entry.summary = "draft saved";
        entry.changes = std::move(changes);
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return viewOf(m_ctx.store, std::move(sheet));
}

domain::Result<SheetView> InspectionService::signSheet(domain::SheetId id, std::optional<domain::Instant> at)
{
    auto scope = loadSheet(m_ctx, m_sites, id, Permission::RecordInspection);
    if (!scope) {
        return std::unexpected(scope.error());
    }
    domain::InspectionSheet sheet = scope->sheet;
    if (sheet.status != domain::SheetStatus::Draft) {
        return std::unexpected(
            domain::Error{ErrorCode::Conflict, "the sheet is signed already", "status", sheetRecord(sheet)});
    }
    auto t = when(m_ctx, at, "signed_at");
    if (!t) {
        return std::unexpected(t.error());
    }
    if (*t < scope->site.zone.startOfDay(sheet.day)) {
        return std::unexpected(invalid("signed_at", "is before the day inspected"));
    }
    if (const int pending = sheet.pendingLines(); pending > 0) {
        return std::unexpected(invalid("lines", fmt::format("{} lines are not checked yet", pending)));
    }
    auto setup = loadSetup(m_ctx.store, sheet.site);
    if (!setup) {
        return std::unexpected(setup.error());
    }
    auto& repo = m_ctx.store.inspections();
    auto contractors = repo.contractors(sheet.site);
    if (!contractors) {
        return std::unexpected(contractors.error());
    }
    domain::NcFilter recent;
    recent.raisedFrom = *t - date::days{setup->clusterDays};
    auto known = repo.nonconformances(sheet.site, recent);
    if (!known) {
        return std::unexpected(known.error());
    }
    const auto before = sheetFields(sheet);
    sheet.status = domain::SheetStatus::Signed;
    sheet.signedAt = *t;
    sheet.signedBy = m_ctx.user.name;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        if (auto ok = repo.updateSheet(sheet); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.site = sheet.site;
        entry.entity = "inspection_sheet";
        entry.record = sheetRecord(sheet);
        entry.action = domain::AuditAction::Update;
        entry.summary = fmt::format("signed off: {} failed", sheet.failedLines());
        entry.changes = auditDiff(before, sheetFields(sheet));
        entry.changes.push_back({"signed_at", "", scope->site.zone.formatLocal(*t)});
        if (auto ok = writeAudit(m_ctx, std::move(entry)); !ok) {
            return ok;
        }
        for (std::size_t i = 0; i < sheet.lines.size(); ++i) {
            if (sheet.lines[i].result != domain::ItemResult::Fail) {
                continue;
            }
            auto nc =
                fromLine(sheet, static_cast<int>(i), scope->site, *setup, *contractors, *known, *t, m_ctx.user.name);
            if (sheet.lines[i].correctedOnSpot) {
                if (auto ok = correctedOnSpot(nc, sheet.lines[i], *t, m_ctx.user.name); !ok) {
                    return ok;
                }
            }
            if (auto stored = storeNew(m_ctx, scope->site, std::move(nc), *known); !stored) {
                return std::unexpected(stored.error());
            }
        }
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return viewOf(m_ctx.store, std::move(sheet));
}

domain::Result<SheetView> InspectionService::amendLine(domain::SheetId id, int line, domain::ItemResult result,
                                                       const std::string& note, const std::string& reason)
{
    auto scope = loadSheet(m_ctx, m_sites, id, Permission::RecordInspection);
    if (!scope) {
        return std::unexpected(scope.error());
    }
    domain::InspectionSheet sheet = scope->sheet;
    if (sheet.status != domain::SheetStatus::Signed) {
        return std::unexpected(domain::Error{ErrorCode::Conflict, "only a signed sheet is amended: edit the draft",
                                             "status", sheetRecord(sheet)});
    }
    if (line < 0 || static_cast<std::size_t>(line) >= sheet.lines.size()) {
        return std::unexpected(invalid("line", fmt::format("the sheet has no line {}", line + 1)));
    }
    if (result == domain::ItemResult::Pending) {
        return std::unexpected(invalid("result", "an amended line needs a result"));
    }
    const std::string why = trimmed(reason);
    if (why.empty()) {
        return std::unexpected(invalid("reason", "an amendment needs a reason"));
    }
    auto& target = sheet.lines[static_cast<std::size_t>(line)];
    const std::string newNote = trimmed(note);
    if (target.result == result && target.note == newNote) {
        return std::unexpected(invalid("result", "the amendment changes nothing"));
    }
    const Instant now = m_ctx.clock.now();
    auto& repo = m_ctx.store.inspections();
    domain::NcFilter ofSheet;
    ofSheet.sheet = sheet.id;
    auto ncs = repo.nonconformances(sheet.site, ofSheet);
    if (!ncs) {
        return std::unexpected(ncs.error());
    }
    std::optional<domain::Nonconformance> current;
    for (const auto& nc : *ncs) {
        if (nc.line == line && nc.state != domain::NcState::Withdrawn) {
            current = nc;
        }
    }
    const bool wasFail = target.result == domain::ItemResult::Fail;
    const bool isFail = result == domain::ItemResult::Fail;
    if (wasFail && !isFail && current && current->state != domain::NcState::Open) {
        return std::unexpected(domain::Error{
            ErrorCode::Conflict,
            fmt::format("its nonconformance {} is {} already", current->code, domain::ncStateKey(current->state)),
            "line", sheetRecord(sheet)});
    }
    domain::SheetAmendment amendment;
    amendment.sheet = sheet.id;
    amendment.line = line;
    amendment.before = target.result;
    amendment.after = result;
    amendment.noteBefore = target.note;
    amendment.noteAfter = newNote;
    amendment.reason = why;
    amendment.at = now;
    amendment.by = m_ctx.user.name;
    target.result = result;
    target.note = newNote;
    if (!isFail) {
        target.severity = domain::Severity::Minor;
        target.correctedOnSpot = false;
    }
    sheet.amendments += 1;
    auto setup = loadSetup(m_ctx.store, sheet.site);
    if (!setup) {
        return std::unexpected(setup.error());
    }
    auto contractors = repo.contractors(sheet.site);
    if (!contractors) {
        return std::unexpected(contractors.error());
    }
    domain::NcFilter recent;
    recent.raisedFrom = now - date::days{setup->clusterDays};
    auto known = repo.nonconformances(sheet.site, recent);
    if (!known) {
        return std::unexpected(known.error());
    }
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        if (auto ok = repo.updateSheet(sheet); !ok) {
            return ok;
        }
        if (auto ok = repo.addAmendment(amendment); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.site = sheet.site;
        entry.entity = "inspection_sheet";
        entry.record = sheetRecord(sheet);
        entry.action = domain::AuditAction::Update;
        entry.summary = fmt::format("amended line {} ({}): {} → {}: {}", line + 1, target.item.code,
                                    domain::itemResultKey(amendment.before), domain::itemResultKey(result), why);
        entry.changes = {{"line " + target.item.code, std::string(domain::itemResultKey(amendment.before)),
                          std::string(domain::itemResultKey(result))},
                         {"reason", "", why}};
        if (amendment.noteBefore != amendment.noteAfter) {
            entry.changes.push_back({"line " + target.item.code + " note", amendment.noteBefore, amendment.noteAfter});
        }
        if (auto ok = writeAudit(m_ctx, std::move(entry)); !ok) {
            return ok;
        }
        if (wasFail && !isFail && current) {
            auto nc = *current;
            if (auto ok = domain::withdraw(nc, now, m_ctx.user.name, why); !ok) {
                return ok;
            }
            if (auto ok = repo.updateNonconformance(nc); !ok) {
                return ok;
            }
            domain::AuditEntry withdrawn;
            withdrawn.site = nc.site;
            withdrawn.entity = "nonconformance";
            withdrawn.record = nc.code;
            withdrawn.action = domain::AuditAction::Update;
            withdrawn.summary = fmt::format("nonconformance withdrawn: {}", why);
            withdrawn.changes = {{"state", "open", "withdrawn"}};
            return writeAudit(m_ctx, std::move(withdrawn));
        }
        if (isFail && !wasFail) {
            auto nc = fromLine(sheet, line, scope->site, *setup, *contractors, *known, now, m_ctx.user.name);
            if (auto stored = storeNew(m_ctx, scope->site, std::move(nc), *known); !stored) {
                return std::unexpected(stored.error());
            }
        }
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return viewOf(m_ctx.store, std::move(sheet));
}

domain::Result<std::optional<SheetView>> InspectionService::sheet(domain::SheetId id)
{
    auto scope = loadSheet(m_ctx, m_sites, id, Permission::ReadRecords);
    if (!scope) {
        if (scope.error().code == ErrorCode::NotFound) {
            return std::optional<SheetView>{};
        }
        return std::unexpected(scope.error());
    }
    auto view = viewOf(m_ctx.store, std::move(scope->sheet));
    if (!view) {
        return std::unexpected(view.error());
    }
    return std::optional<SheetView>{std::move(*view)};
}

domain::Result<std::vector<domain::InspectionSheet>> InspectionService::sheets(std::string_view siteCode,
                                                                               domain::Date first, domain::Date last,
                                                                               std::optional<domain::SheetKind> kind)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.inspections().sheetsBetween(site->site.id, first, last, kind);
}

domain::Result<domain::PhotoRef> InspectionService::addPhoto(std::string_view siteCode,
                                                             const std::filesystem::path& file)
{
    if (!m_ctx.user.can(Permission::RecordInspection) && !m_ctx.user.can(Permission::HandleNonconformance)) {
        if (auto ok = require(m_ctx, Permission::RecordInspection); !ok) {
            return std::unexpected(ok.error());
        }
    }
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    const std::string name = file.filename().string();
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        return domain::fail(ErrorCode::Io, "cannot be read: " + ec.message(), "file", name);
    }
    if (size > kMaxPhotoBytes) {
        return domain::fail(ErrorCode::InvalidInput, fmt::format("is larger than 10 MiB ({} bytes)", size), "file",
                            name);
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return domain::fail(ErrorCode::Io, "cannot be read", "file", name);
    }
    domain::Photo photo;
    photo.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    const auto& b = photo.bytes;
    const bool jpeg = b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF;
    const bool png = b.size() >= 8 && b[0] == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    if (!jpeg && !png) {
        return domain::fail(ErrorCode::InvalidInput, "is not a JPEG or PNG image", "file", name);
    }
    photo.site = site->site.id;
    photo.fileName = name;
    photo.addedAt = m_ctx.clock.now();
    photo.addedBy = m_ctx.user.name;
    domain::PhotoRef ref;
    ref.fileName = name;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto id = m_ctx.store.inspections().addPhoto(photo);
        if (!id) {
            return std::unexpected(id.error());
        }
        ref.id = *id;
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return ref;
}

domain::Result<std::optional<domain::Photo>> InspectionService::photo(domain::PhotoId id)
{
    if (auto ok = require(m_ctx, Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    auto stored = m_ctx.store.inspections().photo(id);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (*stored && !m_ctx.user.sees((*stored)->site)) {
        return std::optional<domain::Photo>{};
    }
    return stored;
}

// --- nonconformances -------------------------------------------------------------------------------------

domain::Result<std::vector<domain::Nonconformance>> InspectionService::nonconformances(std::string_view siteCode,
                                                                                       const domain::NcFilter& filter)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.inspections().nonconformances(site->site.id, filter);
}

namespace {

struct NcScope
{
    domain::Nonconformance nc;
    SiteZone site;
};

domain::Result<NcScope> loadNc(ServiceContext& ctx, SiteService& sites, domain::NonconformanceId id,
                               Permission permission)
{
    return loadScoped<NcScope>(ctx, sites, ctx.store.inspections().nonconformance(id), permission,
                               notFound("nonconformance", "nonconformance", id.value));
}

// Stores a changed nonconformance with its audit entry.
domain::Result<domain::Nonconformance> storeChange(ServiceContext& ctx, const NcScope& scope, domain::Nonconformance nc,
                                                   std::string summary)
{
    auto done = ctx.store.transact([&]() -> domain::Result<void> {
        if (auto ok = ctx.store.inspections().updateNonconformance(nc); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.site = nc.site;
        entry.entity = "nonconformance";
        entry.record = nc.code;
        entry.action = domain::AuditAction::Update;
        entry.summary = std::move(summary);
        entry.changes = auditDiff(ncFields(scope.nc, scope.site.zone), ncFields(nc, scope.site.zone));
        return writeAudit(ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return nc;
}

} // namespace

domain::Result<std::optional<domain::Nonconformance>> InspectionService::nonconformance(domain::NonconformanceId id)
{
    auto scope = loadNc(m_ctx, m_sites, id, Permission::ReadRecords);
    if (!scope) {
        if (scope.error().code == ErrorCode::NotFound) {
            return std::optional<domain::Nonconformance>{};
        }
        return std::unexpected(scope.error());
    }
    return std::optional<domain::Nonconformance>{std::move(scope->nc)};
}

domain::Result<domain::Nonconformance> InspectionService::raise(std::string_view siteCode,
                                                                const NewNonconformance& request)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::HandleNonconformance);
    if (!site) {
        return std::unexpected(site.error());
    }
    const Instant now = m_ctx.clock.now();
    domain::Nonconformance nc;
    nc.site = site->site.id;
    nc.source = domain::SheetKind::Daily;
    nc.area = request.area;
    nc.location = trimmed(request.location);
    nc.description = trimmed(request.description);
    nc.service = request.service;
    nc.severity = request.severity;
    nc.cause = trimmed(request.cause);
    nc.raisedAt = now;
    nc.raisedBy = m_ctx.user.name;
    nc.deadline = request.deadline.value_or(endOfDay(site->zone, site->zone.localDate(now)));
    if (nc.location.empty()) {
        return std::unexpected(invalid("location", "where is it?"));
    }
    if (nc.description.empty()) {
        return std::unexpected(invalid("description", "what is wrong?"));
    }
    if (nc.deadline <= now) {
        return std::unexpected(invalid("deadline", "is not after now"));
    }
    auto setup = loadSetup(m_ctx.store, nc.site);
    if (!setup) {
        return std::unexpected(setup.error());
    }
    auto& repo = m_ctx.store.inspections();
    auto contractors = repo.contractors(nc.site);
    if (!contractors) {
        return std::unexpected(contractors.error());
    }
    nc.contractor = responsibleContractor(*contractors, nc.service, site->zone.localDate(now));
    domain::NcFilter recent;
    recent.raisedFrom = now - date::days{setup->clusterDays};
    auto known = repo.nonconformances(nc.site, recent);
    if (!known) {
        return std::unexpected(known.error());
    }
    nc.reportRequired =
        nc.severity == domain::Severity::Severe ||
        domain::makesCluster(*known, nc.area, nc.location, now, setup->clusterLimit, setup->clusterDays);
    domain::NcEvent raised;
    raised.kind = domain::NcEventKind::Raised;
    raised.at = now;
    raised.by = nc.raisedBy;
    raised.note = nc.description;
    nc.events.push_back(std::move(raised));
    domain::Result<domain::Nonconformance> stored = nc;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        stored = storeNew(m_ctx, *site, nc, *known);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return stored;
}

domain::Result<domain::Nonconformance> InspectionService::assign(domain::NonconformanceId id, const std::string& cause,
                                                                 std::optional<domain::ContractorId> contractor)
{
    auto scope = loadNc(m_ctx, m_sites, id, Permission::HandleNonconformance);
    if (!scope) {
        return std::unexpected(scope.error());
    }
    auto nc = scope->nc;
    if (nc.state == domain::NcState::Withdrawn) {
        return std::unexpected(
            domain::Error{ErrorCode::Conflict, "the nonconformance was withdrawn", "state", nc.code});
    }
    nc.cause = trimmed(cause);
    if (contractor) {
        auto c = m_ctx.store.inspections().contractor(*contractor);
        if (!c) {
            return std::unexpected(c.error());
        }
        if (!*c || (*c)->site != nc.site) {
            return std::unexpected(invalid("contractor", fmt::format("no contractor with id {}", contractor->value)));
        }
    }
    nc.contractor = contractor;
    if (nc.cause == scope->nc.cause && nc.contractor == scope->nc.contractor) {
        return std::unexpected(invalid("cause", "the change changes nothing"));
    }
    return storeChange(m_ctx, *scope, std::move(nc), "cause and contractor set");
}

domain::Result<domain::Nonconformance> InspectionService::rectify(domain::NonconformanceId id, const std::string& by,
                                                                  const std::string& evidence,
                                                                  std::vector<domain::PhotoRef> photos,
                                                                  std::optional<domain::Instant> at)
{
    auto scope = loadNc(m_ctx, m_sites, id, Permission::HandleNonconformance);
    if (!scope) {
        return std::unexpected(scope.error());
    }
    auto t = when(m_ctx, at, "rectified_at");
    if (!t) {
        return std::unexpected(t.error());
    }
    auto nc = scope->nc;
    if (auto ok = domain::rectify(nc, *t, trimmed(by), trimmed(evidence), std::move(photos)); !ok) {
        return std::unexpected(ok.error());
    }
    const bool late = *t > nc.deadline;
    return storeChange(m_ctx, *scope, std::move(nc), late ? "rectified after the deadline" : "rectified");
}

domain::Result<domain::Nonconformance> InspectionService::verify(domain::NonconformanceId id, bool passed,
                                                                 const std::string& note,
                                                                 std::optional<domain::Instant> at)
{
    auto scope = loadNc(m_ctx, m_sites, id, Permission::HandleNonconformance);
    if (!scope) {
        return std::unexpected(scope.error());
    }
    auto t = when(m_ctx, at, "verified_at");
    if (!t) {
        return std::unexpected(t.error());
    }
    auto nc = scope->nc;
    if (auto ok = domain::verify(nc, *t, m_ctx.user.name, passed, trimmed(note)); !ok) {
        return std::unexpected(ok.error());
    }
    return storeChange(m_ctx, *scope, std::move(nc),
                       passed ? std::string("verified") : fmt::format("verification failed: {}", trimmed(note)));
}

domain::Result<domain::Nonconformance> InspectionService::close(domain::NonconformanceId id, const std::string& note,
                                                                std::optional<domain::Instant> at)
{
    auto scope = loadNc(m_ctx, m_sites, id, Permission::HandleNonconformance);
    if (!scope) {
        return std::unexpected(scope.error());
    }
    auto t = when(m_ctx, at, "closed_at");
    if (!t) {
        return std::unexpected(t.error());
    }
    auto nc = scope->nc;
    if (auto ok = domain::close(nc, *t, m_ctx.user.name, trimmed(note)); !ok) {
        return std::unexpected(ok.error());
    }
    return storeChange(m_ctx, *scope, std::move(nc), "closed");
}

domain::Result<domain::Nonconformance> InspectionService::recordReport(domain::NonconformanceId id,
                                                                       domain::CorrectiveActionReport report,
                                                                       std::optional<domain::Instant> at)
{
    auto scope = loadNc(m_ctx, m_sites, id, Permission::HandleNonconformance);
    if (!scope) {
        return std::unexpected(scope.error());
    }
    auto t = when(m_ctx, at, "recorded_at");
    if (!t) {
        return std::unexpected(t.error());
    }
    report.causeAnalysis = trimmed(report.causeAnalysis);
    report.action = trimmed(report.action);
    report.owner = trimmed(report.owner);
    report.recordedAt = *t;
    report.recordedBy = m_ctx.user.name;
    auto nc = scope->nc;
    if (auto ok = domain::recordReport(nc, report); !ok) {
        return std::unexpected(ok.error());
    }
    return storeChange(m_ctx, *scope, std::move(nc), "corrective action report recorded");
}

domain::Result<domain::PreventiveAction> InspectionService::addPreventiveAction(std::string_view siteCode,
                                                                                domain::PreventiveAction action)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::HandleNonconformance);
    if (!site) {
        return std::unexpected(site.error());
    }
    action.id = {};
    action.site = site->site.id;
    action.cause = trimmed(action.cause);
    action.action = trimmed(action.action);
    action.owner = trimmed(action.owner);
    action.recordedAt = m_ctx.clock.now();
    action.recordedBy = m_ctx.user.name;
    action.doneAt.reset();
    action.doneBy.clear();
    action.doneNote.clear();
    if (auto ok = action.validate(); !ok) {
        return std::unexpected(ok.error());
    }
    auto& repo = m_ctx.store.inspections();
    std::string fromCode;
    if (action.from) {
        auto nc = repo.nonconformance(*action.from);
        if (!nc) {
            return std::unexpected(nc.error());
        }
        if (!*nc || (*nc)->site != action.site) {
            return std::unexpected(invalid("from", fmt::format("no nonconformance with id {}", action.from->value)));
        }
        fromCode = (*nc)->code;
    }
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto id = repo.addPreventiveAction(action);
        if (!id) {
            return std::unexpected(id.error());
        }
        action.id = *id;
        domain::AuditEntry entry;
        entry.site = action.site;
        entry.entity = "preventive_action";
        entry.record = fmt::format("#{}", action.id.value);
        entry.action = domain::AuditAction::Create;
        entry.summary = fmt::format("preventive action: {}", action.cause);
        entry.changes = {{"cause", "", action.cause},
                         {"action", "", action.action},
                         {"owner", "", action.owner},
                         {"due", "", domain::formatDate(action.due)},
                         {"from", "", fromCode}};
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return action;
}

domain::Result<domain::PreventiveAction> InspectionService::completePreventiveAction(domain::PreventiveActionId id,
                                                                                     const std::string& note,
                                                                                     std::optional<domain::Instant> at)
{
    auto& repo = m_ctx.store.inspections();
    auto scope = loadScoped<Scoped<domain::PreventiveAction>>(
        m_ctx, m_sites, repo.preventiveAction(id), Permission::HandleNonconformance,
        notFound("preventive action", "preventive_action", id.value));
    if (!scope) {
        return std::unexpected(scope.error());
    }
    const auto* site = &scope->site;
    auto action = scope->record;
    if (action.doneAt) {
        return std::unexpected(domain::Error{ErrorCode::Conflict, "the preventive action is done already", "done_at",
                                             fmt::format("#{}", id.value)});
    }
    auto t = when(m_ctx, at, "done_at");
    if (!t) {
        return std::unexpected(t.error());
    }
    if (*t < action.recordedAt) {
        return std::unexpected(invalid("done_at", "is before the action was recorded"));
    }
    action.doneAt = *t;
    action.doneBy = m_ctx.user.name;
    action.doneNote = trimmed(note);
    if (action.doneNote.empty()) {
        return std::unexpected(invalid("note", "what was done?"));
    }
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        if (auto ok = repo.updatePreventiveAction(action); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.site = action.site;
        entry.entity = "preventive_action";
        entry.record = fmt::format("#{}", action.id.value);
        entry.action = domain::AuditAction::Update;
        entry.summary = "done";
        entry.changes = {{"done_at", "", site->zone.formatLocal(*t)}, {"done_note", "", action.doneNote}};
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return action;
}

domain::Result<std::vector<domain::PreventiveAction>> InspectionService::preventiveActions(std::string_view siteCode)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.inspections().preventiveActions(site->site.id);
}

// --- subcontractors ------------------------------------------------------------------------------------

domain::Result<domain::Contractor> InspectionService::saveContractor(std::string_view siteCode,
                                                                     domain::Contractor contractor)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ManageContractors);
    if (!site) {
        return std::unexpected(site.error());
    }
    contractor.site = site->site.id;
    contractor.name = trimmed(contractor.name);
    contractor.contact = trimmed(contractor.contact);
    contractor.phone = trimmed(contractor.phone);
    contractor.licence = trimmed(contractor.licence);
    if (auto ok = contractor.validate(); !ok) {
        return std::unexpected(ok.error());
    }
    auto& repo = m_ctx.store.inspections();
    std::optional<domain::Contractor> before;
    if (contractor.id.value != 0) {
        auto stored = repo.contractor(contractor.id);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        if (!*stored || (*stored)->site != contractor.site) {
            return std::unexpected(notFound("contractor", "contractor", contractor.id.value));
        }
        before = **stored;
    }
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        if (before) {
            if (auto ok = repo.updateContractor(contractor); !ok) {
                return ok;
            }
        } else {
            auto id = repo.addContractor(contractor);
            if (!id) {
                return std::unexpected(id.error());
            }
            contractor.id = *id;
        }
        domain::AuditEntry entry;
        entry.site = contractor.site;
        entry.entity = "contractor";
        entry.record = contractor.name;
        entry.action = before ? domain::AuditAction::Update : domain::AuditAction::Create;
        entry.summary = before ? "contractor changed" : "contractor added";
        entry.changes = auditDiff(before ? contractorFields(*before) : AuditFields{}, contractorFields(contractor));
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        if (done.error().code == ErrorCode::Conflict) {
            return std::unexpected(invalid("name", "the site has a contractor of that name already"));
        }
        return std::unexpected(done.error());
    }
    return contractor;
}

domain::Result<std::vector<domain::Contractor>> InspectionService::contractors(std::string_view siteCode)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.inspections().contractors(site->site.id);
}

domain::Result<std::vector<ContractorStanding>> InspectionService::standings(std::string_view siteCode,
                                                                             domain::Date day)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto& repo = m_ctx.store.inspections();
    auto setup = loadSetup(m_ctx.store, site->site.id);
    if (!setup) {
        return std::unexpected(setup.error());
    }
    auto contractors = repo.contractors(site->site.id);
    if (!contractors) {
        return std::unexpected(contractors.error());
    }
    const domain::Date yearBefore = addDays(domain::Date{day.year() - date::years{1}, day.month(), date::day{1}}, -1);
    auto warnings = repo.warnings(site->site.id, yearBefore, day);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    const auto month = day.year() / day.month();
    auto deductions = repo.deductions(site->site.id, month, month);
    if (!deductions) {
        return std::unexpected(deductions.error());
    }
    domain::NcFilter open;
    open.states = std::vector{domain::NcState::Open, domain::NcState::Rectified};
    auto ncs = repo.nonconformances(site->site.id, open);
    if (!ncs) {
        return std::unexpected(ncs.error());
    }
    std::vector<ContractorStanding> standings;
    for (const auto& c : *contractors) {
        ContractorStanding s;
        s.contractor = c;
        s.warningsInYear = domain::warningsInYear(*warnings, c.id, day);
        s.mayTerminate = domain::mayTerminate(*warnings, c.id, day, setup->warningLimit);
        for (const auto& d : *deductions) {
            if (d.contractor == c.id) {
                s.deductedThisMonth += d.amount;
            }
        }
        s.openNonconformances = static_cast<int>(
            std::ranges::count_if(*ncs, [&](const auto& nc) { return nc.contractor && *nc.contractor == c.id; }));
        standings.push_back(std::move(s));
    }
    return standings;
}

namespace {

struct ContractorScope
{
    domain::Contractor contractor;
    SiteZone site;
};

domain::Result<ContractorScope> loadContractor(ServiceContext& ctx, SiteService& sites, domain::ContractorId id,
                                               Permission permission)
{
    return loadScoped<ContractorScope>(ctx, sites, ctx.store.inspections().contractor(id), permission,
                                       notFound("contractor", "contractor", id.value));
}

// The nonconformance a warning or a deduction refers to: one of the contractor's site.
domain::Result<std::string> ncCodeOf(domain::Store& store, domain::SiteId site,
                                     std::optional<domain::NonconformanceId> id)
{
    if (!id) {
        return std::string{};
    }
    auto nc = store.inspections().nonconformance(*id);
    if (!nc) {
        return std::unexpected(nc.error());
    }
    if (!*nc || (*nc)->site != site) {
        return std::unexpected(invalid("nonconformance", fmt::format("no nonconformance with id {}", id->value)));
    }
    return (*nc)->code;
}

} // namespace

domain::Result<domain::ContractorWarning> InspectionService::issueWarning(domain::ContractorId contractorId,
                                                                          domain::Date issuedOn,
                                                                          const std::string& reason,
                                                                          std::optional<domain::NonconformanceId> nc)
{
    auto scope = loadContractor(m_ctx, m_sites, contractorId, Permission::ManageContractors);
    if (!scope) {
        return std::unexpected(scope.error());
    }
    const Instant now = m_ctx.clock.now();
    if (issuedOn > scope->site.zone.localDate(now)) {
        return std::unexpected(invalid("issued_on", "lies in the future"));
    }
    domain::ContractorWarning warning;
    warning.contractor = contractorId;
    warning.issuedOn = issuedOn;
    warning.reason = trimmed(reason);
    warning.nonconformance = nc;
    warning.recordedAt = now;
    warning.recordedBy = m_ctx.user.name;
    if (warning.reason.empty()) {
        return std::unexpected(invalid("reason", "a warning needs a reason"));
    }
    auto code = ncCodeOf(m_ctx.store, scope->contractor.site, nc);
    if (!code) {
        return std::unexpected(code.error());
    }
    auto setup = loadSetup(m_ctx.store, scope->contractor.site);
    if (!setup) {
        return std::unexpected(setup.error());
    }
    auto& repo = m_ctx.store.inspections();
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto id = repo.addWarning(warning);
        if (!id) {
            return std::unexpected(id.error());
        }
        warning.id = *id;
        const domain::Date yearBefore =
            addDays(domain::Date{issuedOn.year() - date::years{1}, issuedOn.month(), date::day{1}}, -1);
        auto all = repo.warnings(scope->contractor.site, yearBefore, issuedOn);
        if (!all) {
            return std::unexpected(all.error());
        }
        const int count = domain::warningsInYear(*all, contractorId, issuedOn);
        domain::AuditEntry entry;
        entry.site = scope->contractor.site;
        entry.entity = "contractor_warning";
        entry.record = scope->contractor.name;
        entry.action = domain::AuditAction::Create;
        entry.summary = count >= setup->warningLimit
                            ? fmt::format("written warning {} in a year: the subcontract may be terminated", count)
                            : fmt::format("written warning {} in a year", count);
        entry.changes = {{"issued_on", "", domain::formatDate(issuedOn)},
                         {"reason", "", warning.reason},
                         {"nonconformance", "", *code}};
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return warning;
}

domain::Result<std::vector<domain::ContractorWarning>>
InspectionService::warnings(std::string_view siteCode, domain::Date first, domain::Date last)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.inspections().warnings(site->site.id, first, last);
}

domain::Result<domain::Deduction> InspectionService::addDeduction(domain::ContractorId contractorId,
                                                                  date::year_month month, std::int64_t amount,
                                                                  const std::string& reason,
                                                                  std::optional<domain::NonconformanceId> nc)
{
    auto scope = loadContractor(m_ctx, m_sites, contractorId, Permission::ManageContractors);
    if (!scope) {
        return std::unexpected(scope.error());
    }
    const Instant now = m_ctx.clock.now();
    const auto today = scope->site.zone.localDate(now);
    if (!month.ok() || month > today.year() / today.month()) {
        return std::unexpected(invalid("month", "lies in the future"));
    }
    if (amount <= 0) {
        return std::unexpected(invalid("amount", "a deduction is more than 0"));
    }
    domain::Deduction deduction;
    deduction.contractor = contractorId;
    deduction.month = month;
    deduction.amount = amount;
    deduction.reason = trimmed(reason);
    deduction.nonconformance = nc;
    deduction.recordedAt = now;
    deduction.recordedBy = m_ctx.user.name;
    if (deduction.reason.empty()) {
        return std::unexpected(invalid("reason", "a deduction needs a reason"));
    }
    auto code = ncCodeOf(m_ctx.store, scope->contractor.site, nc);
    if (!code) {
        return std::unexpected(code.error());
    }
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto id = m_ctx.store.inspections().addDeduction(deduction);
        if (!id) {
            return std::unexpected(id.error());
        }
        deduction.id = *id;
        domain::AuditEntry entry;
        entry.site = scope->contractor.site;
        entry.entity = "deduction";
        entry.record = scope->contractor.name;
        entry.action = domain::AuditAction::Create;
        entry.summary = fmt::format("{} deducted from the fee of {}", yuan(amount), monthKey(month));
        entry.changes = {{"month", "", monthKey(month)},
                         {"amount", "", yuan(amount)},
                         {"reason", "", deduction.reason},
                         {"nonconformance", "", *code}};
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return deduction;
}

domain::Result<std::vector<domain::Deduction>>
InspectionService::deductions(std::string_view siteCode, date::year_month first, date::year_month last)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.inspections().deductions(site->site.id, first, last);
}

// --- pest control ----------------------------------------------------------------------------------------

domain::Result<domain::PestControlVisit> InspectionService::signInPestVisit(std::string_view siteCode,
                                                                            domain::PestControlVisit visit)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::RecordPestVisit);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto& repo = m_ctx.store.inspections();
    auto contractor = repo.contractor(visit.contractor);
    if (!contractor) {
        return std::unexpected(contractor.error());
    }
    if (!*contractor || (*contractor)->site != site->site.id) {
        return std::unexpected(invalid("contractor", fmt::format("no contractor with id {}", visit.contractor.value)));
    }
    if ((*contractor)->service != domain::ContractorService::PestControl) {
        return std::unexpected(invalid("contractor", "is not a pest-control contractor"));
    }
    const Instant now = m_ctx.clock.now();
    visit.id = {};
    visit.site = site->site.id;
    visit.operatorName = trimmed(visit.operatorName);
    visit.licence = trimmed(visit.licence);
    visit.areas = trimmed(visit.areas);
    visit.treatment = trimmed(visit.treatment);
    visit.notes = trimmed(visit.notes);
    visit.recordedAt = now;
    visit.recordedBy = m_ctx.user.name;
    if (visit.signedInAt > now) {
        return std::unexpected(invalid("signed_in_at", "lies in the future"));
    }
    if (visit.signedOutAt && *visit.signedOutAt > now) {
        return std::unexpected(invalid("signed_out_at", "lies in the future"));
    }
    if (auto ok = visit.validate(); !ok) {
        return std::unexpected(ok.error());
    }
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto id = repo.addPestVisit(visit);
        if (!id) {
            return std::unexpected(id.error());
        }
        visit.id = *id;
        domain::AuditEntry entry;
        entry.site = visit.site;
        entry.entity = "pest_visit";
        entry.record = fmt::format("#{}", visit.id.value);
        entry.action = domain::AuditAction::Create;
        entry.summary = fmt::format("{} of {} signed in", visit.operatorName, (*contractor)->name);
        entry.changes = {{"contractor", "", (*contractor)->name},
                         {"operator", "", visit.operatorName},
                         {"licence", "", visit.licence},
                         {"signed_in_at", "", site->zone.formatLocal(visit.signedInAt)},
                         {"signed_out_at", "", visit.signedOutAt ? site->zone.formatLocal(*visit.signedOutAt) : ""},
                         {"areas", "", visit.areas},
                         {"treatment", "", visit.treatment},
                         {"notes", "", visit.notes}};
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return visit;
}

domain::Result<domain::PestControlVisit> InspectionService::signOutPestVisit(domain::PestVisitId id,
                                                                             std::optional<domain::Instant> at)
{
    auto& repo = m_ctx.store.inspections();
    auto scope =
        loadScoped<Scoped<domain::PestControlVisit>>(m_ctx, m_sites, repo.pestVisit(id), Permission::RecordPestVisit,
                                                     notFound("pest-control visit", "visit", id.value));
    if (!scope) {
        return std::unexpected(scope.error());
    }
    const auto* site = &scope->site;
    auto visit = scope->record;
    if (visit.signedOutAt) {
        return std::unexpected(domain::Error{ErrorCode::Conflict, "the operator signed out already", "signed_out_at",
                                             fmt::format("#{}", id.value)});
    }
    auto t = when(m_ctx, at, "signed_out_at");
    if (!t) {
        return std::unexpected(t.error());
    }
    visit.signedOutAt = *t;
    if (auto ok = visit.validate(); !ok) {
        return std::unexpected(ok.error());
    }
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        if (auto ok = repo.updatePestVisit(visit); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.site = visit.site;
        entry.entity = "pest_visit";
        entry.record = fmt::format("#{}", visit.id.value);
        entry.action = domain::AuditAction::Update;
        entry.summary = fmt::format("{} signed out", visit.operatorName);
        entry.changes = {{"signed_out_at", "", site->zone.formatLocal(*t)}};
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return visit;
}

domain::Result<std::vector<domain::PestControlVisit>>
InspectionService::pestVisits(std::string_view siteCode, domain::Date first, domain::Date last)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.inspections().pestVisitsBetween(site->site.id, site->zone.startOfDay(first),
                                                       site->zone.startOfDay(addDays(last, 1)));
}

} // namespace propdesk::services
