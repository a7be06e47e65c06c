#include "securityservice.h"

#include "access.h"
#include "audittrail.h"
#include "domain/securityrepository.h"
#include "domain/siterepository.h"
#include "domain/staffrepository.h"
#include "domain/timezone.h"
#include "sitescope.h"
#include "siteservice.h"
#include "text.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace propdesk::services {

using domain::ErrorCode;
using domain::Instant;
using domain::Permission;

namespace {

std::string monthKey(date::year_month month)
{
    return fmt::format("{:04}-{:02}", static_cast<int>(month.year()), static_cast<unsigned>(month.month()));
}

std::string slotName(const domain::SlotKey& key)
{
    return fmt::format("{} {} {}", domain::formatDate(key.day), key.shift, key.post);
}

// The names of a site's staff by id, for audit entries and messages.
std::map<domain::StaffId, std::string> staffNames(domain::Store& store, domain::SiteId site)
{
    std::map<domain::StaffId, std::string> names;
    if (auto list = store.staff().list(site)) {
        for (const auto& member : *list) {
            names.emplace(member.id, member.name);
        }
    }
    return names;
}

std::string guardName(const std::map<domain::StaffId, std::string>& names, std::optional<domain::StaffId> id)
{
    if (!id) {
        return {};
    }
    const auto it = names.find(*id);
    return it != names.end() ? it->second : fmt::format("#{}", id->value);
}

AuditFields setupFields(const domain::SecuritySetup& setup, const std::map<domain::StaffId, std::string>& names)
{
    AuditFields fields;
    for (const auto& shift : setup.shifts) {
        fields.emplace_back("shift " + shift.code,
                            fmt::format("{} {} +{}h{:02}", shift.name, domain::formatClockTime(shift.start),
                                        shift.length.count() / 3600, shift.length.count() % 3600 / 60));
    }
    for (const auto& post : setup.posts) {
        std::string shifts;
        for (const auto& s : post.shifts) {
            shifts += (shifts.empty() ? "" : ",") + s;
        }
        fields.emplace_back("post " + post.code, post.name + (shifts.empty() ? "" : " (" + shifts + ")"));
    }
    for (const auto& squad : setup.squads) {
        std::string guards;
        for (const auto& g : squad.guards) {
            guards += (guards.empty() ? "" : ", ") + guardName(names, g);
        }
        fields.emplace_back("squad " + squad.code, squad.name + ": " + guards);
    }
    std::string days;
    for (const int d : setup.rotation.days) {
        days += (days.empty() ? "" : ",") + std::to_string(d);
    }
    fields.emplace_back("rotation_days", days);
    fields.emplace_back("rotation_direction",
                        setup.rotation.direction == domain::RotationDirection::Forward ? "forward" : "backward");
    fields.emplace_back("rotation_anchor", domain::formatDate(setup.rotation.anchor));
    fields.emplace_back("minimum_rest", domain::formatClockTime(setup.minimumRest));
    fields.emplace_back("night_spot_checks", std::to_string(setup.nightSpotChecksPerMonth));
    return fields;
}

AuditFields routeFields(const domain::PatrolRoute& route)
{
    AuditFields fields{
        {"code", route.code},
        {"name", route.name},
        {"effective_from", domain::formatDate(route.effectiveFrom)},
        {"active", route.active ? "yes" : "no"},
        {"round_length", domain::formatClockTime(route.roundLength)},
        {"tolerance", domain::formatClockTime(route.tolerance)},
    };
    std::string rounds;
    for (const auto& [shift, n] : route.roundsPerShift) {
        rounds += (rounds.empty() ? "" : ", ") + fmt::format("{} {}", shift, n);
    }
    fields.emplace_back("rounds", rounds);
    std::string checkpoints;
    for (const auto& c : route.checkpoints) {
        checkpoints += (checkpoints.empty() ? "" : ", ") + c.code + " " + c.name;
    }
    fields.emplace_back("checkpoints", checkpoints);
    return fields;
}

std::string formatInstant(const domain::TimeZone& zone, std::optional<Instant> at)
{
    return at ? zone.formatLocal(*at) : std::string{};
}

AuditFields handoverFields(const domain::Handover& h, const domain::TimeZone& zone)
{
    return {
        {"day", domain::formatDate(h.day)},
        {"shift", h.shift},
        {"outgoing_leader", h.outgoingLeader},
        {"outgoing_signed_at", formatInstant(zone, h.outgoingSignedAt)},
        {"incoming_leader", h.incomingLeader},
        {"incoming_signed_at", formatInstant(zone, h.incomingSignedAt)},
        {"notes", h.notes},
    };
}

AuditFields dutyFields(const domain::DutyEntry& e, const domain::TimeZone& zone)
{
    AuditFields fields{
        {"kind", std::string(domain::dutyEntryKindKey(e.kind))},
        {"at", zone.formatLocal(e.at)},
        {"subject", e.subject},
        {"detail", e.detail},
        {"location", e.location},
    };
    if (e.kind == domain::DutyEntryKind::Incident) {
        fields.emplace_back("incident", e.incident ? std::string(domain::incidentTypeKey(*e.incident)) : "");
        fields.emplace_back("handling", e.handling);
        fields.emplace_back("outcome", e.outcome);
        fields.emplace_back("handled_at", formatInstant(zone, e.handledAt));
    } else {
        fields.emplace_back("left_at", formatInstant(zone, e.leftAt));
    }
    return fields;
}

std::string dutyRecord(const domain::DutyEntry& e)
{
    return fmt::format("{}-{}", domain::dutyEntryKindKey(e.kind), e.id.value);
}

} // namespace

// --- helpers shared by the use cases -------------------------------------------------------------------

namespace {

domain::Result<domain::SecuritySetup> loadSetup(domain::Store& store, domain::SiteId site)
{
    auto stored = store.security().setup(site);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (*stored) {
        return **stored;
    }
    return domain::defaultSecuritySetup(site);
}

} // namespace

// --- set-up ---------------------------------------------------------------------------------------------

domain::Result<domain::SecuritySetup> SecurityService::setup(std::string_view siteCode)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return loadSetup(m_ctx.store, site->site.id);
}

domain::Result<domain::SecuritySetup> SecurityService::saveSetup(std::string_view siteCode, domain::SecuritySetup setup)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ManageSecurity);
    if (!site) {
        return std::unexpected(site.error());
    }
    setup.site = site->site.id;
    if (auto ok = setup.validate(); !ok) {
        return std::unexpected(ok.error());
    }
    const auto names = staffNames(m_ctx.store, site->site.id);
    for (std::size_t s = 0; s < setup.squads.size(); ++s) {
        for (const auto& guard : setup.squads[s].guards) {
            if (!names.contains(guard)) {
                return std::unexpected(
                    invalid(fmt::format("squads[{}].guards", s),
                            fmt::format("staff #{} does not work at {}", guard.value, site->site.code)));
            }
        }
    }
    auto& repo = m_ctx.store.security();
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
        entry.entity = "security_setup";
        entry.record = site->site.code;
        entry.action = *before ? domain::AuditAction::Update : domain::AuditAction::Create;
        entry.summary = "security set-up saved";
        entry.changes = auditDiff(*before ? setupFields(**before, names) : AuditFields{}, setupFields(setup, names));
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return setup;
}

// --- roster ---------------------------------------------------------------------------------------------

namespace {

domain::Result<RosterView> viewOf(domain::Store& store, const domain::SecuritySetup& setup,
                                  const domain::TimeZone& zone, domain::Roster roster)
{
    const auto previousMonth = roster.month - date::months{1};
    auto previous = store.security().roster(roster.site, previousMonth);
    if (!previous) {
        return std::unexpected(previous.error());
    }
    std::vector<domain::RosterSlot> before;
    if (*previous) {
        // The last day is enough: a shift lasts at most 24 hours and the minimum rest is at most 24 hours,
        // so only the previous two days can touch this month.
        const auto last = date::sys_days{date::year_month_day_last{previousMonth / date::last}};
        for (const auto& slot : (*previous)->assignments) {
            if (date::sys_days{slot.key.day} >= last - date::days{1}) {
                before.push_back(slot);
            }
        }
    }
    RosterView view;
    view.conflicts = domain::findConflicts(setup, zone, roster, before);
    view.roster = std::move(roster);
    return view;
}

} // namespace

domain::Result<std::optional<RosterView>> SecurityService::roster(std::string_view siteCode, date::year_month month)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto setup = loadSetup(m_ctx.store, site->site.id);
    if (!setup) {
        return std::unexpected(setup.error());
    }
    auto stored = m_ctx.store.security().roster(site->site.id, month);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (!*stored) {
        return std::optional<RosterView>{};
    }
    auto view = viewOf(m_ctx.store, *setup, site->zone, std::move(**stored));
    if (!view) {
        return std::unexpected(view.error());
    }
    return std::optional<RosterView>{std::move(*view)};
}

domain::Result<RosterView> SecurityService::generateRoster(std::string_view siteCode, date::year_month month,
                                                           bool replace)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::EditRoster);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto setup = loadSetup(m_ctx.store, site->site.id);
    if (!setup) {
        return std::unexpected(setup.error());
    }
    if (setup->squads.empty()) {
        return std::unexpected(invalid("squads", "the security set-up has no squads yet"));
    }
    auto roster = domain::generateRoster(*setup, month);
    if (!roster) {
        return std::unexpected(roster.error());
    }
    roster->site = site->site.id;
    roster->generatedAt = m_ctx.clock.now();
    roster->generatedBy = m_ctx.user.name;
    auto& repo = m_ctx.store.security();
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto existing = repo.roster(site->site.id, month);
        if (!existing) {
            return std::unexpected(existing.error());
        }
        if (*existing) {
            if ((*existing)->status == domain::RosterStatus::Published) {
                return domain::fail(
                    ErrorCode::Conflict,
                    fmt::format("the roster of {} is published and cannot be generated again", monthKey(month)),
                    "month");
            }
            if (!replace) {
                return domain::fail(ErrorCode::Conflict,
                                    fmt::format("the roster of {} already exists", monthKey(month)), "month");
            }
            roster->id = (*existing)->id;
        }
        auto id = repo.saveRoster(*roster);
        if (!id) {
            return std::unexpected(id.error());
        }
        roster->id = *id;
        domain::AuditEntry entry;
        entry.site = site->site.id;
        entry.entity = "roster";
        entry.record = monthKey(month);
        entry.action = *existing ? domain::AuditAction::Update : domain::AuditAction::Create;
        entry.summary = *existing ? "generated again" : "generated";
        entry.changes = {{"slots", "", std::to_string(roster->assignments.size())}};
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return viewOf(m_ctx.store, *setup, site->zone, std::move(*roster));
}

namespace {

// Loads a roster, applies `edit` and stores it with an audit entry naming the slots that changed.
template <typename Edit>
domain::Result<RosterView> editRoster(ServiceContext& ctx, SiteService& sites, std::string_view siteCode,
                                      date::year_month month, std::string_view summary, Edit edit)
{
    auto site = siteZone(ctx, sites, siteCode, Permission::EditRoster);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto setup = loadSetup(ctx.store, site->site.id);
    if (!setup) {
        return std::unexpected(setup.error());
    }
    const auto names = staffNames(ctx.store, site->site.id);
    auto& repo = ctx.store.security();
    domain::Roster roster;
    auto done = ctx.store.transact([&]() -> domain::Result<void> {
        auto stored = repo.roster(site->site.id, month);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        if (!*stored) {
            return domain::fail(ErrorCode::NotFound, fmt::format("there is no roster for {}", monthKey(month)),
                                "month");
        }
        roster = std::move(**stored);
        const auto before = roster.assignments;
        if (auto ok = edit(roster, names); !ok) {
            return ok;
        }
        if (auto ok = repo.saveRoster(roster); !ok) {
            return std::unexpected(ok.error());
        }
        domain::AuditEntry entry;
        entry.site = site->site.id;
        entry.entity = "roster";
        entry.record = monthKey(month);
        entry.action = domain::AuditAction::Update;
        entry.summary = std::string(summary);
        for (std::size_t i = 0; i < roster.assignments.size() && i < before.size(); ++i) {
            const auto& a = before[i];
            const auto& b = roster.assignments[i];
            if (a.guard != b.guard || a.change != b.change || a.note != b.note) {
                // "刘洋 (leave: 病假)", or "(leave: 病假)" when the post stays empty.
                const std::string guard = guardName(names, b.guard);
                entry.changes.push_back({slotName(b.key), guardName(names, a.guard),
                                         fmt::format("{}{}({}: {})", guard, guard.empty() ? "" : " ",
                                                     domain::rosterChangeKey(b.change), b.note)});
            }
        }
        return writeAudit(ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return viewOf(ctx.store, *setup, site->zone, std::move(roster));
}

domain::Result<void> requireGuard(const std::map<domain::StaffId, std::string>& names, domain::StaffId guard)
{
    if (!names.contains(guard)) {
        return std::unexpected(invalid("guard", fmt::format("staff #{} does not work at this site", guard.value)));
    }
    return {};
}

} // namespace

domain::Result<RosterView> SecurityService::swapSlots(std::string_view siteCode, date::year_month month,
                                                      const domain::SlotKey& a, const domain::SlotKey& b,
                                                      const std::string& note)
{
    return editRoster(m_ctx, m_sites, siteCode, month, "swap",
                      [&](domain::Roster& roster, const auto&) { return domain::swapSlots(roster, a, b, note); });
}

domain::Result<RosterView> SecurityService::markLeave(std::string_view siteCode, date::year_month month,
                                                      const domain::SlotKey& key,
                                                      std::optional<domain::StaffId> substitute,
                                                      const std::string& note)
{
    return editRoster(m_ctx, m_sites, siteCode, month, "leave", [&](domain::Roster& roster, const auto& names) {
        if (substitute) {
            if (auto ok = requireGuard(names, *substitute); !ok) {
                return ok;
            }
        }
        return domain::markLeave(roster, key, substitute, note);
    });
}

domain::Result<RosterView> SecurityService::substituteGuard(std::string_view siteCode, date::year_month month,
                                                            const domain::SlotKey& key, domain::StaffId guard,
                                                            const std::string& note)
{
    return editRoster(m_ctx, m_sites, siteCode, month, "substitute",
                      [&](domain::Roster& roster, const auto& names) -> domain::Result<void> {
                          if (auto ok = requireGuard(names, guard); !ok) {
                              return ok;
                          }
                          return domain::substituteGuard(roster, key, guard, note);
                      });
}

domain::Result<RosterView> SecurityService::publish(std::string_view siteCode, date::year_month month,
                                                    bool acceptWarnings)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::EditRoster);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto setup = loadSetup(m_ctx.store, site->site.id);
    if (!setup) {
        return std::unexpected(setup.error());
    }
    auto& repo = m_ctx.store.security();
    RosterView view;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto stored = repo.roster(site->site.id, month);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        if (!*stored) {
            return domain::fail(ErrorCode::NotFound, fmt::format("there is no roster for {}", monthKey(month)),
                                "month");
        }
        if ((*stored)->status == domain::RosterStatus::Published) {
            return domain::fail(ErrorCode::Conflict,
                                fmt::format("the roster of {} is already published", monthKey(month)), "month");
        }
        auto checked = viewOf(m_ctx.store, *setup, site->zone, std::move(**stored));
        if (!checked) {
            return std::unexpected(checked.error());
        }
        view = std::move(*checked);
        const auto blocking = std::count_if(view.conflicts.begin(), view.conflicts.end(),
                                            [](const auto& c) { return c.blocksPublishing(); });
        if (blocking > 0) {
            return domain::fail(ErrorCode::Conflict,
                                fmt::format("{} guard(s) are on two posts at once; correct the roster first", blocking),
                                "roster");
        }
        const auto warnings = static_cast<std::int64_t>(view.conflicts.size());
        if (warnings > 0 && !acceptWarnings) {
            return domain::fail(ErrorCode::Conflict,
                                fmt::format("the roster has {} warning(s); confirm them to publish", warnings),
                                "roster");
        }
        view.roster.status = domain::RosterStatus::Published;
        view.roster.publishedAt = m_ctx.clock.now();
        view.roster.publishedBy = m_ctx.user.name;
        if (auto ok = repo.saveRoster(view.roster); !ok) {
            return std::unexpected(ok.error());
        }
        domain::AuditEntry entry;
        entry.site = site->site.id;
        entry.entity = "roster";
        entry.record = monthKey(month);
        entry.action = domain::AuditAction::Update;
        entry.summary = warnings > 0 ? fmt::format("published with {} warning(s)", warnings) : "published";
        entry.changes = {{"status", "draft", "published"}};
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return view;
}

// --- guard tours ----------------------------------------------------------------------------------------

domain::Result<std::vector<domain::PatrolRoute>> SecurityService::routes(std::string_view siteCode)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.security().routes(site->site.id);
}

domain::Result<domain::PatrolRoute> SecurityService::saveRoute(std::string_view siteCode, domain::PatrolRoute route)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ManageSecurity);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto setup = loadSetup(m_ctx.store, site->site.id);
    if (!setup) {
        return std::unexpected(setup.error());
    }
    route.site = site->site.id;
    route.code = trimmed(route.code);
    route.name = trimmed(route.name);
    if (auto ok = route.validate(*setup); !ok) {
        return std::unexpected(ok.error());
    }
    auto& repo = m_ctx.store.security();
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto versions = repo.routes(site->site.id);
        if (!versions) {
            return std::unexpected(versions.error());
        }
        const domain::PatrolRoute* previous = nullptr;
        for (const auto& v : *versions) {
            if (v.code == route.code && v.effectiveFrom <= route.effectiveFrom) {
                previous = &v;
            }
        }
        const AuditFields before = previous ? routeFields(*previous) : AuditFields{};
        auto id = repo.addRouteVersion(route);
        if (!id) {
            return std::unexpected(id.error());
        }
        route.id = *id;
        domain::AuditEntry entry;
        entry.site = site->site.id;
        entry.entity = "patrol_route";
        entry.record = route.code;
        entry.action = previous ? domain::AuditAction::Update : domain::AuditAction::Create;
        entry.summary = fmt::format("version from {}", domain::formatDate(route.effectiveFrom));
        entry.changes = auditDiff(before, routeFields(route));
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return route;
}

domain::Result<domain::PatrolScan> SecurityService::recordScan(std::string_view siteCode, const std::string& checkpoint,
                                                               const std::string& guard,
                                                               std::optional<domain::Instant> at)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::RecordPatrol);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto t = when(m_ctx, at, "at");
    if (!t) {
        return std::unexpected(t.error());
    }
    domain::PatrolScan scan;
    scan.site = site->site.id;
    scan.checkpoint = trimmed(checkpoint);
    scan.guard = trimmed(guard);
    scan.at = *t;
    scan.source = "manual";
    scan.recordedAt = m_ctx.clock.now();
    scan.recordedBy = m_ctx.user.name;
    if (scan.guard.empty()) {
        return std::unexpected(invalid("guard", "who walked the round?"));
    }
    auto versions = m_ctx.store.security().routes(site->site.id);
    if (!versions) {
        return std::unexpected(versions.error());
    }
    const auto inForce = domain::routesInForce(*versions, site->zone.localDate(scan.at));
    const bool known = std::any_of(inForce.begin(), inForce.end(), [&](const domain::PatrolRoute* r) {
        return std::any_of(r->checkpoints.begin(), r->checkpoints.end(),
                           [&](const auto& c) { return c.code == scan.checkpoint; });
    });
    if (!known) {
        return std::unexpected(invalid("checkpoint", fmt::format("no route of {} has checkpoint '{}' on that day",
                                                                 site->site.code, scan.checkpoint)));
    }
    auto& repo = m_ctx.store.security();
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto stored = repo.addScans(std::span(&scan, 1));
        if (!stored) {
            return std::unexpected(stored.error());
        }
        if (*stored == 0) {
            return std::unexpected(invalid("at", "this scan is already recorded"));
        }
        domain::AuditEntry entry;
        entry.site = site->site.id;
        entry.entity = "patrol_scan";
        entry.record = scan.checkpoint;
        entry.action = domain::AuditAction::Create;
        entry.summary = "scan entered by hand";
        entry.changes = {{"at", "", site->zone.formatLocal(scan.at)}, {"guard", "", scan.guard}};
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return scan;
}

domain::Result<std::vector<rules::RoundEvaluation>> SecurityService::rounds(std::string_view siteCode,
                                                                            domain::Date first, domain::Date last,
                                                                            std::optional<domain::Instant> asOf)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto setup = loadSetup(m_ctx.store, site->site.id);
    if (!setup) {
        return std::unexpected(setup.error());
    }
    auto& repo = m_ctx.store.security();
    auto versions = repo.routes(site->site.id);
    if (!versions) {
        return std::unexpected(versions.error());
    }
    // Rounds of the last day's night shift end the next morning; a day either side covers any tolerance.
    const Instant from = site->zone.startOfDay(domain::Date{date::sys_days{first} - date::days{1}});
    const Instant to = site->zone.startOfDay(domain::Date{date::sys_days{last} + date::days{2}});
    auto scans = repo.scansBetween(site->site.id, from, to);
    if (!scans) {
        return std::unexpected(scans.error());
    }
    return rules::evaluateRounds(*setup, *versions, site->zone, first, last, *scans, asOf.value_or(m_ctx.clock.now()));
}

domain::Result<SecurityDay> SecurityService::day(std::string_view siteCode, domain::Date day)
{
    SecurityDay result;
    auto rounds_ = rounds(siteCode, day, day);
    if (!rounds_) {
        return std::unexpected(rounds_.error());
    }
    result.rounds = std::move(*rounds_);
    auto handovers_ = handovers(siteCode, day, day);
    if (!handovers_) {
        return std::unexpected(handovers_.error());
    }
    result.handovers = std::move(*handovers_);
    auto items = openItems(siteCode);
    if (!items) {
        return std::unexpected(items.error());
    }
    result.openItems = std::move(*items);
    return result;
}

// --- handovers ------------------------------------------------------------------------------------------

namespace {

// When a handover took place: its latest signature, else the change of shift (or its recording, when that
// came first).
Instant handoverTime(const domain::Handover& h, Instant changeAt)
{
    if (h.incomingSignedAt || h.outgoingSignedAt) {
        return std::max(h.incomingSignedAt.value_or(Instant::min()), h.outgoingSignedAt.value_or(Instant::min()));
    }
    return std::min(changeAt, h.recordedAt);
}

domain::Result<HandoverView> handoverView(domain::Store& store, domain::Handover handover)
{
    // The items open at the handover: carried over to it, and raised at it.
    Instant at = handover.recordedAt;
    if (auto setup = loadSetup(store, handover.site)) {
        if (const auto* shift = setup->shift(handover.shift)) {
            if (auto site = store.sites().findById(handover.site); site && *site) {
                if (auto zone = domain::TimeZone::find((*site)->timeZone)) {
                    at = handoverTime(handover, domain::shiftInterval(*shift, handover.day, *zone).first);
                }
            }
        }
    }
    auto items = store.security().openItems(handover.site, at);
    if (!items) {
        return std::unexpected(items.error());
    }
    return HandoverView{std::move(handover), std::move(*items)};
}

} // namespace

domain::Result<HandoverView> SecurityService::recordHandover(std::string_view siteCode, const NewHandover& request)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::RecordDuty);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto setup = loadSetup(m_ctx.store, site->site.id);
    if (!setup) {
        return std::unexpected(setup.error());
    }
    const auto* shift = setup->shift(request.shift);
    if (!shift) {
        return std::unexpected(invalid("shift", fmt::format("unknown shift '{}'", request.shift)));
    }
    domain::Handover h;
    h.site = site->site.id;
    h.day = request.day;
    h.shift = request.shift;
    h.outgoingLeader = trimmed(request.outgoingLeader);
    h.incomingLeader = trimmed(request.incomingLeader);
    h.notes = trimmed(request.notes);
    h.recordedAt = m_ctx.clock.now();
    h.recordedBy = m_ctx.user.name;
    if (h.outgoingLeader.empty()) {
        return std::unexpected(invalid("outgoing_leader", "who hands over?"));
    }
    if (h.incomingLeader.empty()) {
        return std::unexpected(invalid("incoming_leader", "who takes over?"));
    }
    const auto [changeAt, shiftEnd] = domain::shiftInterval(*shift, request.day, site->zone);
    if (changeAt > h.recordedAt + domain::Seconds{3600}) {
        return std::unexpected(invalid("day", "this change of shift is more than an hour away"));
    }
    const auto signature = [&](std::optional<Instant> at,
                               std::string_view field) -> domain::Result<std::optional<Instant>> {
        if (!at) {
            return std::optional<Instant>{};
        }
        if (*at > h.recordedAt) {
            return std::unexpected(invalid(field, "lies in the future"));
        }
        if (*at < changeAt - domain::Seconds{4 * 3600} || *at > shiftEnd) {
            return std::unexpected(invalid(field, "is not near this change of shift"));
        }
        return at;
    };
    auto out = signature(request.outgoingSignedAt, "outgoing_signed_at");
    if (!out) {
        return std::unexpected(out.error());
    }
    auto in = signature(request.incomingSignedAt, "incoming_signed_at");
    if (!in) {
        return std::unexpected(in.error());
    }
    h.outgoingSignedAt = *out;
    h.incomingSignedAt = *in;
    for (std::size_t i = 0; i < request.newItems.size(); ++i) {
        if (trimmed(request.newItems[i]).empty()) {
            return std::unexpected(invalid(fmt::format("new_items[{}]", i), "an open item needs a text"));
        }
    }
    auto& repo = m_ctx.store.security();
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto existing = repo.handoverAt(site->site.id, h.day, h.shift);
        if (!existing) {
            return std::unexpected(existing.error());
        }
        if (*existing) {
            return std::unexpected(invalid(
                "shift", fmt::format("the handover of {} {} is already recorded", domain::formatDate(h.day), h.shift)));
        }
        auto id = repo.addHandover(h);
        if (!id) {
            return std::unexpected(id.error());
        }
        h.id = *id;
        const std::string record = fmt::format("{} {}", domain::formatDate(h.day), h.shift);
        domain::AuditEntry entry;
        entry.site = site->site.id;
        entry.entity = "handover";
        entry.record = record;
        entry.action = domain::AuditAction::Create;
        entry.summary = "handover recorded";
        entry.changes = auditDiff({}, handoverFields(h, site->zone));
        for (const auto& text : request.newItems) {
            domain::HandoverItem item;
            item.site = site->site.id;
            item.text = trimmed(text);
            item.openedAt = handoverTime(h, changeAt);
            item.openedBy = m_ctx.user.name;
            item.openedIn = h.id;
            auto itemId = repo.addItem(item);
            if (!itemId) {
                return std::unexpected(itemId.error());
            }
            entry.changes.push_back({fmt::format("open item #{}", itemId->value), "", item.text});
        }
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return handoverView(m_ctx.store, std::move(h));
}

domain::Result<HandoverView> SecurityService::signHandover(domain::HandoverId id, bool outgoing,
                                                           const std::string& leader, std::optional<domain::Instant> at)
{
    auto stored = m_ctx.store.security().handover(id);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (!*stored) {
        return domain::fail(ErrorCode::NotFound, fmt::format("no handover with id {}", id.value), "handover");
    }
    domain::Handover h = **stored;
    auto site =
        siteZone(m_ctx, m_sites, h.site, Permission::RecordDuty,
                 domain::Error{ErrorCode::NotFound, fmt::format("no handover with id {}", id.value), "handover", {}});
    if (!site) {
        return std::unexpected(site.error());
    }
    auto t = when(m_ctx, at, outgoing ? "outgoing_signed_at" : "incoming_signed_at");
    if (!t) {
        return std::unexpected(t.error());
    }
    const std::string name = trimmed(leader);
    if (name.empty()) {
        return std::unexpected(invalid(outgoing ? "outgoing_leader" : "incoming_leader", "who signs?"));
    }
    auto& signedAt = outgoing ? h.outgoingSignedAt : h.incomingSignedAt;
    if (signedAt) {
        return std::unexpected(invalid(outgoing ? "outgoing_signed_at" : "incoming_signed_at", "is already signed"));
    }
    const domain::Handover before = h;
    signedAt = *t;
    (outgoing ? h.outgoingLeader : h.incomingLeader) = name;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        if (auto ok = m_ctx.store.security().updateHandover(h); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.site = h.site;
        entry.entity = "handover";
        entry.record = fmt::format("{} {}", domain::formatDate(h.day), h.shift);
        entry.action = domain::AuditAction::Update;
        entry.summary = outgoing ? "signed by the outgoing leader" : "signed by the incoming leader";
        entry.changes = auditDiff(handoverFields(before, site->zone), handoverFields(h, site->zone));
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return handoverView(m_ctx.store, std::move(h));
}

domain::Result<std::optional<HandoverView>> SecurityService::handover(domain::HandoverId id)
{
    auto stored = m_ctx.store.security().handover(id);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (!*stored) {
        return std::optional<HandoverView>{};
    }
    if (auto site =
            siteZone(m_ctx, m_sites, (*stored)->site, Permission::ReadRecords, {ErrorCode::NotFound, "", "", {}});
        !site) {
        if (site.error().code == ErrorCode::NotFound) {
            return std::optional<HandoverView>{};
        }
        return std::unexpected(site.error());
    }
    auto view = handoverView(m_ctx.store, std::move(**stored));
    if (!view) {
        return std::unexpected(view.error());
    }
    return std::optional<HandoverView>{std::move(*view)};
}

domain::Result<std::vector<domain::Handover>> SecurityService::handovers(std::string_view siteCode, domain::Date first,
                                                                         domain::Date last)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.security().handoversBetween(site->site.id, first, last);
}

domain::Result<domain::HandoverItem> SecurityService::openItem(std::string_view siteCode, const std::string& text,
                                                               std::optional<domain::Instant> at)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::RecordDuty);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto t = when(m_ctx, at, "opened_at");
    if (!t) {
        return std::unexpected(t.error());
    }
    domain::HandoverItem item;
    item.site = site->site.id;
    item.text = trimmed(text);
    item.openedAt = *t;
    item.openedBy = m_ctx.user.name;
    if (item.text.empty()) {
        return std::unexpected(invalid("text", "an open item needs a text"));
    }
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto id = m_ctx.store.security().addItem(item);
        if (!id) {
            return std::unexpected(id.error());
        }
        item.id = *id;
        domain::AuditEntry entry;
        entry.site = item.site;
        entry.entity = "handover_item";
        entry.record = fmt::format("#{}", item.id.value);
        entry.action = domain::AuditAction::Create;
        entry.summary = "opened";
        entry.changes = {{"text", "", item.text}, {"opened_at", "", site->zone.formatLocal(item.openedAt)}};
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return item;
}

domain::Result<domain::HandoverItem> SecurityService::closeItem(domain::HandoverItemId id, const std::string& note,
                                                                std::optional<domain::Instant> at)
{
    auto stored = m_ctx.store.security().item(id);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (!*stored) {
        return domain::fail(ErrorCode::NotFound, fmt::format("no open item with id {}", id.value), "item");
    }
    domain::HandoverItem item = **stored;
    auto site =
        siteZone(m_ctx, m_sites, item.site, Permission::RecordDuty,
                 domain::Error{ErrorCode::NotFound, fmt::format("no open item with id {}", id.value), "item", {}});
    if (!site) {
        return std::unexpected(site.error());
    }
    if (item.closedAt) {
        return std::unexpected(invalid("item", "this item is already closed"));
    }
    auto t = when(m_ctx, at, "closed_at");
    if (!t) {
        return std::unexpected(t.error());
    }
    if (*t < item.openedAt) {
        return std::unexpected(invalid("closed_at", "is before the item was opened"));
    }
    if (trimmed(note).empty()) {
        return std::unexpected(invalid("note", "how was it settled?"));
    }
    item.closedAt = *t;
    item.closedBy = m_ctx.user.name;
    item.closingNote = trimmed(note);
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        if (auto ok = m_ctx.store.security().updateItem(item); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.site = item.site;
        entry.entity = "handover_item";
        entry.record = fmt::format("#{}", item.id.value);
        entry.action = domain::AuditAction::Update;
        entry.summary = "closed";
        entry.changes = {{"closed_at", "", site->zone.formatLocal(*item.closedAt)}, {"note", "", item.closingNote}};
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return item;
}

domain::Result<std::vector<domain::HandoverItem>> SecurityService::openItems(std::string_view siteCode)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.security().openItems(site->site.id, m_ctx.clock.now());
}

// --- duty log -------------------------------------------------------------------------------------------

domain::Result<domain::DutyEntry> SecurityService::logEntry(std::string_view siteCode, domain::DutyEntry entry)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::RecordDuty);
    if (!site) {
        return std::unexpected(site.error());
    }
    const Instant now = m_ctx.clock.now();
    entry.id = {};
    entry.site = site->site.id;
    entry.subject = trimmed(entry.subject);
    entry.recordedAt = now;
    entry.recordedBy = m_ctx.user.name;
    if (entry.at > now) {
        return std::unexpected(invalid("at", "lies in the future"));
    }
    if ((entry.leftAt && *entry.leftAt > now) || (entry.handledAt && *entry.handledAt > now)) {
        return std::unexpected(invalid(entry.leftAt ? "left_at" : "handled_at", "lies in the future"));
    }
    if (auto ok = entry.validate(); !ok) {
        return std::unexpected(ok.error());
    }
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto id = m_ctx.store.security().addDutyEntry(entry);
        if (!id) {
            return std::unexpected(id.error());
        }
        entry.id = *id;
        domain::AuditEntry audit;
        audit.site = entry.site;
        audit.entity = "duty_entry";
        audit.record = dutyRecord(entry);
        audit.action = domain::AuditAction::Create;
        audit.summary = fmt::format("{}: {}", domain::dutyEntryKindKey(entry.kind), entry.subject);
        audit.changes = auditDiff({}, dutyFields(entry, site->zone));
        return writeAudit(m_ctx, std::move(audit));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return entry;
}

namespace {

template <typename Change>
domain::Result<domain::DutyEntry> changeEntry(ServiceContext& ctx, SiteService& sites, domain::DutyEntryId id,
                                              std::string_view summary, Change change)
{
    auto stored = ctx.store.security().dutyEntry(id);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (!*stored) {
        return domain::fail(ErrorCode::NotFound, fmt::format("no duty log entry with id {}", id.value), "entry");
    }
    domain::DutyEntry entry = **stored;
    auto site = siteZone(
        ctx, sites, entry.site, Permission::RecordDuty,
        domain::Error{ErrorCode::NotFound, fmt::format("no duty log entry with id {}", id.value), "entry", {}});
    if (!site) {
        return std::unexpected(site.error());
    }
    const domain::DutyEntry before = entry;
    if (auto ok = change(entry); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = entry.validate(); !ok) {
        return std::unexpected(ok.error());
    }
    auto done = ctx.store.transact([&]() -> domain::Result<void> {
        if (auto ok = ctx.store.security().updateDutyEntry(entry); !ok) {
            return ok;
        }
        domain::AuditEntry audit;
        audit.site = entry.site;
        audit.entity = "duty_entry";
        audit.record = dutyRecord(entry);
        audit.action = domain::AuditAction::Update;
        audit.summary = std::string(summary);
        audit.changes = auditDiff(dutyFields(before, site->zone), dutyFields(entry, site->zone));
        return writeAudit(ctx, std::move(audit));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return entry;
}

} // namespace

domain::Result<domain::DutyEntry> SecurityService::signOut(domain::DutyEntryId id, std::optional<domain::Instant> at)
{
    auto t = when(m_ctx, at, "left_at");
    if (!t) {
        return std::unexpected(t.error());
    }
    return changeEntry(m_ctx, m_sites, id, "signed out", [&](domain::DutyEntry& entry) -> domain::Result<void> {
        if (entry.kind == domain::DutyEntryKind::Incident) {
            return std::unexpected(invalid("left_at", "an incident has no time out"));
        }
        if (entry.leftAt) {
            return std::unexpected(invalid("left_at", "is already recorded"));
        }
        entry.leftAt = *t;
        return {};
    });
}

domain::Result<domain::DutyEntry> SecurityService::handleIncident(domain::DutyEntryId id, const std::string& handling,
                                                                  const std::string& outcome,
                                                                  std::optional<domain::Instant> at)
{
    auto t = when(m_ctx, at, "handled_at");
    if (!t) {
        return std::unexpected(t.error());
    }
    return changeEntry(m_ctx, m_sites, id, "handled", [&](domain::DutyEntry& entry) -> domain::Result<void> {
        if (entry.kind != domain::DutyEntryKind::Incident) {
            return std::unexpected(invalid("handling", "only incidents are handled"));
        }
        if (entry.handledAt) {
            return std::unexpected(invalid("handled_at", "is already recorded"));
        }
        if (trimmed(handling).empty()) {
            return std::unexpected(invalid("handling", "what was done?"));
        }
        if (trimmed(outcome).empty()) {
            return std::unexpected(invalid("outcome", "how did it end?"));
        }
        entry.handling = trimmed(handling);
        entry.outcome = trimmed(outcome);
        entry.handledAt = *t;
        return {};
    });
}

domain::Result<std::vector<domain::DutyEntry>> SecurityService::dutyLog(std::string_view siteCode, domain::Date first,
                                                                        domain::Date last,
                                                                        std::optional<domain::DutyEntryKind> kind)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.security().dutyEntriesBetween(
        site->site.id, site->zone.startOfDay(first),
        site->zone.startOfDay(domain::Date{date::sys_days{last} + date::days{1}}), kind);
}

domain::Result<std::vector<domain::DutyEntry>> SecurityService::stillInside(std::string_view siteCode)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.security().stillInside(site->site.id);
}

// --- spot checks ----------------------------------------------------------------------------------------

domain::Result<domain::SpotCheck> SecurityService::recordSpotCheck(std::string_view siteCode, domain::SpotCheck check)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::RecordSpotCheck);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto setup = loadSetup(m_ctx.store, site->site.id);
    if (!setup) {
        return std::unexpected(setup.error());
    }
    if (check.at > m_ctx.clock.now()) {
        return std::unexpected(invalid("at", "lies in the future"));
    }
    check.id = {};
    check.site = site->site.id;
    check.checker = trimmed(check.checker);
    if (check.checker.empty()) {
        check.checker = m_ctx.user.name;
    }
    if (check.posts.empty()) {
        return std::unexpected(invalid("posts", "which posts were checked?"));
    }
    for (std::size_t i = 0; i < check.posts.size(); ++i) {
        if (!setup->post(check.posts[i])) {
            return std::unexpected(
                invalid(fmt::format("posts[{}]", i), fmt::format("unknown post '{}'", check.posts[i])));
        }
    }
    for (std::size_t i = 0; i < check.findings.size(); ++i) {
        auto& f = check.findings[i];
        f.finding = trimmed(f.finding);
        f.corrective = trimmed(f.corrective);
        if (!setup->post(f.post)) {
            return std::unexpected(
                invalid(fmt::format("findings[{}].post", i), fmt::format("unknown post '{}'", f.post)));
        }
        if (f.finding.empty()) {
            return std::unexpected(invalid(fmt::format("findings[{}].finding", i), "what was found?"));
        }
        if (f.corrective.empty()) {
            return std::unexpected(invalid(fmt::format("findings[{}].corrective", i), "what is to be corrected?"));
        }
    }
    check.night = domain::isNightTime(*setup, site->zone.timeOfDay(check.at));
    check.recordedAt = m_ctx.clock.now();
    check.recordedBy = m_ctx.user.name;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto id = m_ctx.store.security().addSpotCheck(check);
        if (!id) {
            return std::unexpected(id.error());
        }
        check.id = *id;
        domain::AuditEntry entry;
        entry.site = check.site;
        entry.entity = "spot_check";
        entry.record = site->zone.formatLocal(check.at);
        entry.action = domain::AuditAction::Create;
        entry.summary = fmt::format("{} by {}: {} finding(s)", check.night ? "night check" : "check", check.checker,
                                    check.findings.size());
        std::string posts;
        for (const auto& p : check.posts) {
            posts += (posts.empty() ? "" : ", ") + p;
        }
        entry.changes = {{"checker", "", check.checker}, {"posts", "", posts}};
        for (const auto& f : check.findings) {
            entry.changes.push_back({"finding " + f.post, "", f.finding + " / " + f.corrective});
        }
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return check;
}

domain::Result<std::vector<domain::SpotCheck>> SecurityService::spotChecks(std::string_view siteCode,
                                                                           domain::Date first, domain::Date last)
{
    auto site = siteZone(m_ctx, m_sites, siteCode, Permission::ReadRecords);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.security().spotChecksBetween(
        site->site.id, site->zone.startOfDay(first),
        site->zone.startOfDay(domain::Date{date::sys_days{last} + date::days{1}}));
}

} // namespace propdesk::services
