#include "sqlitesecurityrepository.h"

#include "domain/timezone.h"
#include "savepoint.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <sqlite3.h>
#include <stdexcept>

namespace propdesk::storage {

using domain::ErrorCode;
using domain::Instant;
using domain::SiteId;
using Json = nlohmann::ordered_json;

namespace {

std::int64_t epoch(Instant t)
{
    return domain::epochSeconds(t);
}

std::int64_t key(auto id)
{
    return static_cast<std::int64_t>(id.value);
}

void bindOptional(SQLite::Statement& q, int index, const std::optional<Instant>& t)
{
    if (t) {
        q.bind(index, epoch(*t));
    } else {
        q.bind(index);
    }
}

template <typename Tag>
void bindOptional(SQLite::Statement& q, int index, const std::optional<domain::Id<Tag>>& id)
{
    if (id) {
        q.bind(index, key(*id));
    } else {
        q.bind(index);
    }
}

std::optional<Instant> optionalInstant(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional(domain::instantFromEpoch(c.getInt64()));
}

Instant instant(const SQLite::Column& c)
{
    return domain::instantFromEpoch(c.getInt64());
}

template <typename IdType>
std::optional<IdType> optionalId(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional(IdType{c.getInt64()});
}

// A stored value this release cannot read: reported as a storage error by the catch of the caller.
[[noreturn]] void corrupt(std::string_view what, std::string_view table, std::string_view detail)
{
    throw std::runtime_error(fmt::format("corrupt {} in {}: {}", what, table, detail));
}

domain::Date readDate(const SQLite::Column& c, std::string_view what, std::string_view table)
{
    auto day = domain::parseDate(c.getString());
    if (!day) {
        corrupt(what, table, day.error().message);
    }
    return *day;
}

std::string formatMonth(date::year_month month)
{
    return fmt::format("{:04}-{:02}", static_cast<int>(month.year()), static_cast<unsigned>(month.month()));
}

std::string dump(const Json& doc)
{
    // Text typed into the desktop is UTF-8; anything else is replaced rather than failing the save.
    return doc.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// ---------------------------------------------------------------------------------------------------
// Documents

std::string_view directionKey(domain::RotationDirection direction)
{
    return direction == domain::RotationDirection::Backward ? "backward" : "forward";
}

std::string setupDocument(const domain::SecuritySetup& setup)
{
    Json doc;
    auto& shifts = doc["shifts"] = Json::array();
    for (const auto& s : setup.shifts) {
        shifts.push_back(
            {{"code", s.code}, {"name", s.name}, {"start", s.start.count()}, {"length", s.length.count()}});
    }
    auto& posts = doc["posts"] = Json::array();
    for (const auto& p : setup.posts) {
        posts.push_back({{"code", p.code}, {"name", p.name}, {"shifts", p.shifts}});
    }
    auto& squads = doc["squads"] = Json::array();
    for (const auto& s : setup.squads) {
        auto guards = Json::array();
        for (const auto guard : s.guards) {
            guards.push_back(key(guard));
        }
        squads.push_back({{"code", s.code}, {"name", s.name}, {"guards", std::move(guards)}});
    }
    doc["rotation"] = {{"days", setup.rotation.days},
                       {"direction", std::string(directionKey(setup.rotation.direction))},
                       {"anchor", domain::formatDate(setup.rotation.anchor)}};
    doc["minimumRest"] = setup.minimumRest.count();
    doc["nightSpotChecksPerMonth"] = setup.nightSpotChecksPerMonth;
    return dump(doc);
}

// Throws on a document this release cannot read (nlohmann's exceptions, or corrupt()).
domain::SecuritySetup parseSetup(SiteId site, const std::string& text)
{
    const auto doc = Json::parse(text);
    domain::SecuritySetup setup;
    setup.site = site;
    for (const auto& s : doc.at("shifts")) {
        domain::ShiftDefinition shift;
        shift.code = s.at("code").get<std::string>();
        shift.name = s.value("name", std::string());
        shift.start = domain::Seconds{s.at("start").get<std::int64_t>()};
        shift.length = domain::Seconds{s.at("length").get<std::int64_t>()};
        setup.shifts.push_back(std::move(shift));
    }
    for (const auto& p : doc.at("posts")) {
        domain::PostDefinition post;
        post.code = p.at("code").get<std::string>();
        post.name = p.value("name", std::string());
        post.shifts = p.value("shifts", std::vector<std::string>());
        setup.posts.push_back(std::move(post));
    }
    for (const auto& s : doc.at("squads")) {
        domain::Squad squad;
        squad.code = s.at("code").get<std::string>();
        squad.name = s.value("name", std::string());
        for (const auto& guard : s.at("guards")) {
            squad.guards.push_back(domain::StaffId{guard.get<std::int64_t>()});
        }
        setup.squads.push_back(std::move(squad));
    }
    const auto& rotation = doc.at("rotation");
    setup.rotation.days = rotation.at("days").get<std::vector<int>>();
    const auto direction = rotation.at("direction").get<std::string>();
    if (direction != "forward" && direction != "backward") {
        corrupt("rotation direction", "security_setups", direction);
    }
    setup.rotation.direction =
        direction == "backward" ? domain::RotationDirection::Backward : domain::RotationDirection::Forward;
    auto anchor = domain::parseDate(rotation.at("anchor").get<std::string>());
    if (!anchor) {
        corrupt("rotation anchor", "security_setups", anchor.error().message);
    }
    setup.rotation.anchor = *anchor;
    setup.minimumRest = domain::Seconds{doc.at("minimumRest").get<std::int64_t>()};
    setup.nightSpotChecksPerMonth = doc.at("nightSpotChecksPerMonth").get<int>();
    return setup;
}

std::string routeDocument(const domain::PatrolRoute& route)
{
    Json doc;
    auto& checkpoints = doc["checkpoints"] = Json::array();
    for (const auto& c : route.checkpoints) {
        checkpoints.push_back({{"code", c.code}, {"name", c.name}, {"location", c.location}});
    }
    auto& rounds = doc["roundsPerShift"] = Json::array();
    for (const auto& [shift, count] : route.roundsPerShift) {
        rounds.push_back({{"shift", shift}, {"rounds", count}});
    }
    doc["roundLength"] = route.roundLength.count();
    doc["tolerance"] = route.tolerance.count();
    return dump(doc);
}

void parseRouteDocument(domain::PatrolRoute& route, const std::string& text)
{
    const auto doc = Json::parse(text);
    for (const auto& c : doc.at("checkpoints")) {
        domain::Checkpoint checkpoint;
        checkpoint.code = c.at("code").get<std::string>();
        checkpoint.name = c.value("name", std::string());
        checkpoint.location = c.value("location", std::string());
        route.checkpoints.push_back(std::move(checkpoint));
    }
    for (const auto& r : doc.at("roundsPerShift")) {
        route.roundsPerShift.emplace_back(r.at("shift").get<std::string>(), r.at("rounds").get<int>());
    }
    route.roundLength = domain::Seconds{doc.at("roundLength").get<std::int64_t>()};
    route.tolerance = domain::Seconds{doc.at("tolerance").get<std::int64_t>()};
}

std::string findingsDocument(const std::vector<domain::SpotCheckFinding>& findings)
{
    auto doc = Json::array();
    for (const auto& f : findings) {
        doc.push_back({{"post", f.post}, {"finding", f.finding}, {"corrective", f.corrective}});
    }
    return dump(doc);
}

std::vector<domain::SpotCheckFinding> parseFindings(const std::string& text)
{
    std::vector<domain::SpotCheckFinding> out;
    for (const auto& f : Json::parse(text)) {
        domain::SpotCheckFinding finding;
        finding.post = f.value("post", std::string());
        finding.finding = f.value("finding", std::string());
        finding.corrective = f.value("corrective", std::string());
        out.push_back(std::move(finding));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Rows

constexpr const char* kHandoverColumns =
    "id, site_id, day, shift, outgoing_leader, outgoing_signed_at, incoming_leader, "
    "incoming_signed_at, notes, recorded_at, recorded_by";

domain::Handover readHandover(SQLite::Statement& q)
{
    domain::Handover h;
    h.id = domain::HandoverId{q.getColumn(0).getInt64()};
    h.site = SiteId{q.getColumn(1).getInt64()};
    h.day = readDate(q.getColumn(2), "day", "handovers");
    h.shift = q.getColumn(3).getString();
    h.outgoingLeader = q.getColumn(4).getString();
    h.outgoingSignedAt = optionalInstant(q.getColumn(5));
    h.incomingLeader = q.getColumn(6).getString();
    h.incomingSignedAt = optionalInstant(q.getColumn(7));
    h.notes = q.getColumn(8).getString();
    h.recordedAt = instant(q.getColumn(9));
    h.recordedBy = q.getColumn(10).getString();
    return h;
}

constexpr const char* kItemColumns =
    "id, site_id, text, opened_at, opened_by, opened_in, closed_at, closed_by, closing_note";

domain::HandoverItem readItem(SQLite::Statement& q)
{
    domain::HandoverItem item;
    item.id = domain::HandoverItemId{q.getColumn(0).getInt64()};
    item.site = SiteId{q.getColumn(1).getInt64()};
    item.text = q.getColumn(2).getString();
    item.openedAt = instant(q.getColumn(3));
    item.openedBy = q.getColumn(4).getString();
    item.openedIn = optionalId<domain::HandoverId>(q.getColumn(5));
    item.closedAt = optionalInstant(q.getColumn(6));
    item.closedBy = q.getColumn(7).getString();
    item.closingNote = q.getColumn(8).getString();
    return item;
}

constexpr const char* kDutyColumns = "id, site_id, kind, at, left_at, subject, detail, location, incident, handling, "
                                     "outcome, handled_at, recorded_at, recorded_by";

domain::DutyEntry readDutyEntry(SQLite::Statement& q)
{
    domain::DutyEntry e;
    e.id = domain::DutyEntryId{q.getColumn(0).getInt64()};
    e.site = SiteId{q.getColumn(1).getInt64()};
    const auto kind = q.getColumn(2).getString();
    const auto parsedKind = domain::parseDutyEntryKind(kind);
    if (!parsedKind) {
        corrupt("kind", "duty_entries", kind);
    }
    e.kind = *parsedKind;
    e.at = instant(q.getColumn(3));
    e.leftAt = optionalInstant(q.getColumn(4));
    e.subject = q.getColumn(5).getString();
    e.detail = q.getColumn(6).getString();
    e.location = q.getColumn(7).getString();
    if (!q.getColumn(8).isNull()) {
        const auto incident = q.getColumn(8).getString();
        e.incident = domain::parseIncidentType(incident);
        if (!e.incident) {
            corrupt("incident", "duty_entries", incident);
        }
    }
    e.handling = q.getColumn(9).getString();
    e.outcome = q.getColumn(10).getString();
    e.handledAt = optionalInstant(q.getColumn(11));
    e.recordedAt = instant(q.getColumn(12));
    e.recordedBy = q.getColumn(13).getString();
    return e;
}

constexpr const char* kScanColumns = "id, site_id, checkpoint, at, guard, source, recorded_at, recorded_by";

domain::PatrolScan readScan(SQLite::Statement& q)
{
    domain::PatrolScan s;
    s.id = domain::PatrolScanId{q.getColumn(0).getInt64()};
    s.site = SiteId{q.getColumn(1).getInt64()};
    s.checkpoint = q.getColumn(2).getString();
    s.at = instant(q.getColumn(3));
    s.guard = q.getColumn(4).getString();
    s.source = q.getColumn(5).getString();
    s.recordedAt = instant(q.getColumn(6));
    s.recordedBy = q.getColumn(7).getString();
    return s;
}

constexpr const char* kSpotCheckColumns =
    "id, site_id, at, checker, night, posts, findings, notes, recorded_at, recorded_by";

domain::SpotCheck readSpotCheck(SQLite::Statement& q)
{
    domain::SpotCheck c;
    c.id = domain::SpotCheckId{q.getColumn(0).getInt64()};
    c.site = SiteId{q.getColumn(1).getInt64()};
    c.at = instant(q.getColumn(2));
    c.checker = q.getColumn(3).getString();
    c.night = q.getColumn(4).getInt() != 0;
    c.posts = Json::parse(q.getColumn(5).getString()).get<std::vector<std::string>>();
    c.findings = parseFindings(q.getColumn(6).getString());
    c.notes = q.getColumn(7).getString();
    c.recordedAt = instant(q.getColumn(8));
    c.recordedBy = q.getColumn(9).getString();
    return c;
}

bool isUniqueViolation(const SQLite::Exception& e)
{
    return e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE;
}

domain::Error storageError(const std::exception& e, std::string record = {})
{
    return domain::Error{ErrorCode::Storage, e.what(), "", std::move(record)};
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// Setup

domain::Result<std::optional<domain::SecuritySetup>> SqliteSecurityRepository::setup(SiteId site)
{
    try {
        SQLite::Statement q(m_db, "SELECT document FROM security_setups WHERE site_id = ?");
        q.bind(1, key(site));
        if (!q.executeStep()) {
            return std::optional<domain::SecuritySetup>{};
        }
        const auto document = q.getColumn(0).getString();
        try {
            return std::optional(parseSetup(site, document));
        } catch (const nlohmann::json::exception& e) {
            return domain::fail(ErrorCode::Storage, fmt::format("corrupt document in security_setups: {}", e.what()));
        }
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<void> SqliteSecurityRepository::saveSetup(const domain::SecuritySetup& setup)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO security_setups(site_id, document) VALUES(?, ?) "
                                  "ON CONFLICT(site_id) DO UPDATE SET document = excluded.document");
        q.bind(1, key(setup.site));
        q.bind(2, setupDocument(setup));
        q.exec();
        return {};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

// ---------------------------------------------------------------------------------------------------
// Rosters

domain::Result<std::optional<domain::Roster>> SqliteSecurityRepository::roster(SiteId site, date::year_month month)
{
    try {
        SQLite::Statement q(m_db, "SELECT id, status, generated_at, generated_by, published_at, published_by "
                                  "FROM rosters WHERE site_id = ? AND month = ?");
        q.bind(1, key(site));
        q.bind(2, formatMonth(month));
        if (!q.executeStep()) {
            return std::optional<domain::Roster>{};
        }
        domain::Roster r;
        r.id = domain::RosterId{q.getColumn(0).getInt64()};
        r.site = site;
        r.month = month;
        const auto status = q.getColumn(1).getString();
        const auto parsedStatus = domain::parseRosterStatus(status);
        if (!parsedStatus) {
            corrupt("status", "rosters", status);
        }
        r.status = *parsedStatus;
        r.generatedAt = instant(q.getColumn(2));
        r.generatedBy = q.getColumn(3).getString();
        r.publishedAt = optionalInstant(q.getColumn(4));
        r.publishedBy = q.getColumn(5).getString();

        SQLite::Statement slots(m_db, "SELECT day, shift, post, squad, planned_staff_id, staff_id, change, note "
                                      "FROM roster_slots WHERE roster_id = ? ORDER BY position");
        slots.bind(1, key(r.id));
        while (slots.executeStep()) {
            domain::RosterSlot slot;
            slot.key.day = readDate(slots.getColumn(0), "day", "roster_slots");
            slot.key.shift = slots.getColumn(1).getString();
            slot.key.post = slots.getColumn(2).getString();
            slot.squad = slots.getColumn(3).getString();
            slot.planned = optionalId<domain::StaffId>(slots.getColumn(4));
            slot.guard = optionalId<domain::StaffId>(slots.getColumn(5));
            const auto change = slots.getColumn(6).getString();
            const auto parsedChange = domain::parseRosterChange(change);
            if (!parsedChange) {
                corrupt("change", "roster_slots", change);
            }
            slot.change = *parsedChange;
            slot.note = slots.getColumn(7).getString();
            r.assignments.push_back(std::move(slot));
        }
        return std::optional(std::move(r));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<domain::RosterId> SqliteSecurityRepository::saveRoster(const domain::Roster& roster)
{
    const auto month = formatMonth(roster.month);
    try {
        Savepoint savepoint(m_db, "security_repository");
        SQLite::Statement q(m_db, "INSERT INTO rosters(site_id, month, status, generated_at, generated_by, "
                                  "published_at, published_by) VALUES(?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT(site_id, month) DO UPDATE SET status = excluded.status, "
                                  "generated_at = excluded.generated_at, generated_by = excluded.generated_by, "
                                  "published_at = excluded.published_at, published_by = excluded.published_by "
                                  "RETURNING id");
        q.bind(1, key(roster.site));
        q.bind(2, month);
        q.bind(3, std::string(domain::rosterStatusKey(roster.status)));
        q.bind(4, epoch(roster.generatedAt));
        q.bindNoCopy(5, roster.generatedBy);
        bindOptional(q, 6, roster.publishedAt);
        q.bindNoCopy(7, roster.publishedBy);
        q.executeStep();
        const domain::RosterId id{q.getColumn(0).getInt64()};
        while (q.executeStep()) {
        }

        SQLite::Statement clear(m_db, "DELETE FROM roster_slots WHERE roster_id = ?");
        clear.bind(1, key(id));
        clear.exec();
        SQLite::Statement insert(m_db,
                                 "INSERT INTO roster_slots(roster_id, position, day, shift, post, squad, "
                                 "planned_staff_id, staff_id, change, note) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        std::int64_t position = 0;
        for (const auto& slot : roster.assignments) {
            insert.reset();
            insert.bind(1, key(id));
            insert.bind(2, position++);
            insert.bind(3, domain::formatDate(slot.key.day));
            insert.bindNoCopy(4, slot.key.shift);
            insert.bindNoCopy(5, slot.key.post);
            insert.bindNoCopy(6, slot.squad);
            bindOptional(insert, 7, slot.planned);
            bindOptional(insert, 8, slot.guard);
            insert.bind(9, std::string(domain::rosterChangeKey(slot.change)));
            insert.bindNoCopy(10, slot.note);
            insert.exec();
        }
        savepoint.release();
        return id;
    } catch (const SQLite::Exception& e) {
        if (isUniqueViolation(e)) {
            return domain::fail(ErrorCode::Conflict, "the roster has two slots for the same post, shift and day",
                                "slots", month);
        }
        return std::unexpected(storageError(e, month));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e, month));
    }
}

// ---------------------------------------------------------------------------------------------------
// Guard tours

domain::Result<std::vector<domain::PatrolRoute>> SqliteSecurityRepository::routes(SiteId site)
{
    try {
        SQLite::Statement q(m_db, "SELECT id, code, name, effective_from, document, active FROM patrol_routes "
                                  "WHERE site_id = ? ORDER BY code, effective_from");
        q.bind(1, key(site));
        std::vector<domain::PatrolRoute> out;
        while (q.executeStep()) {
            domain::PatrolRoute r;
            r.id = domain::RouteId{q.getColumn(0).getInt64()};
            r.site = site;
            r.code = q.getColumn(1).getString();
            r.name = q.getColumn(2).getString();
            r.effectiveFrom = readDate(q.getColumn(3), "effective_from", "patrol_routes");
            try {
                parseRouteDocument(r, q.getColumn(4).getString());
            } catch (const nlohmann::json::exception& e) {
                corrupt("document", "patrol_routes", e.what());
            }
            r.active = q.getColumn(5).getInt() != 0;
            out.push_back(std::move(r));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<domain::RouteId> SqliteSecurityRepository::addRouteVersion(const domain::PatrolRoute& route)
{
    const auto from = domain::formatDate(route.effectiveFrom);
    try {
        SQLite::Statement q(m_db, "INSERT INTO patrol_routes(site_id, code, name, effective_from, document, active) "
                                  "VALUES(?, ?, ?, ?, ?, ?)");
        q.bind(1, key(route.site));
        q.bindNoCopy(2, route.code);
        q.bindNoCopy(3, route.name);
        q.bind(4, from);
        q.bind(5, routeDocument(route));
        q.bind(6, route.active ? 1 : 0);
        q.exec();
        return domain::RouteId{m_db.getLastInsertRowid()};
    } catch (const SQLite::Exception& e) {
        if (isUniqueViolation(e)) {
            return domain::fail(ErrorCode::Conflict,
                                fmt::format("route {} already has a version from {}", route.code, from),
                                "effectiveFrom", route.code);
        }
        return std::unexpected(storageError(e, route.code));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e, route.code));
    }
}

domain::Result<std::int64_t> SqliteSecurityRepository::addScans(std::span<const domain::PatrolScan> scans)
{
    try {
        Savepoint savepoint(m_db, "security_repository");
        // Only the scan's own key is skipped: a scan of an unknown site still fails.
        SQLite::Statement q(m_db, "INSERT INTO patrol_scans(site_id, checkpoint, at, guard, source, recorded_at, "
                                  "recorded_by) VALUES(?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT(site_id, checkpoint, at, guard) DO NOTHING");
        std::int64_t stored = 0;
        for (const auto& s : scans) {
            q.reset();
            q.bind(1, key(s.site));
            q.bindNoCopy(2, s.checkpoint);
            q.bind(3, epoch(s.at));
            q.bindNoCopy(4, s.guard);
            q.bindNoCopy(5, s.source);
            q.bind(6, epoch(s.recordedAt));
            q.bindNoCopy(7, s.recordedBy);
            stored += q.exec();
        }
        savepoint.release();
        return stored;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::PatrolScan>> SqliteSecurityRepository::scansBetween(SiteId site, Instant from,
                                                                                       Instant to)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM patrol_scans WHERE site_id = ? AND at >= ? AND at < ? "
                                              "ORDER BY at, id",
                                              kScanColumns));
        q.bind(1, key(site));
        q.bind(2, epoch(from));
        q.bind(3, epoch(to));
        std::vector<domain::PatrolScan> out;
        while (q.executeStep()) {
            out.push_back(readScan(q));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

// ---------------------------------------------------------------------------------------------------
// Handovers

domain::Result<domain::HandoverId> SqliteSecurityRepository::addHandover(const domain::Handover& h)
{
    const auto day = domain::formatDate(h.day);
    try {
        SQLite::Statement q(m_db, "INSERT INTO handovers(site_id, day, shift, outgoing_leader, outgoing_signed_at, "
                                  "incoming_leader, incoming_signed_at, notes, recorded_at, recorded_by) "
                                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, key(h.site));
        q.bind(2, day);
        q.bindNoCopy(3, h.shift);
        q.bindNoCopy(4, h.outgoingLeader);
        bindOptional(q, 5, h.outgoingSignedAt);
        q.bindNoCopy(6, h.incomingLeader);
        bindOptional(q, 7, h.incomingSignedAt);
        q.bindNoCopy(8, h.notes);
        q.bind(9, epoch(h.recordedAt));
        q.bindNoCopy(10, h.recordedBy);
        q.exec();
        return domain::HandoverId{m_db.getLastInsertRowid()};
    } catch (const SQLite::Exception& e) {
        if (isUniqueViolation(e)) {
            return domain::fail(ErrorCode::Conflict,
                                fmt::format("the handover of shift {} on {} is already recorded", h.shift, day),
                                "shift", day);
        }
        return std::unexpected(storageError(e, day));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e, day));
    }
}

domain::Result<void> SqliteSecurityRepository::updateHandover(const domain::Handover& h)
{
    try {
        SQLite::Statement q(m_db, "UPDATE handovers SET outgoing_leader = ?, outgoing_signed_at = ?, "
                                  "incoming_leader = ?, incoming_signed_at = ?, notes = ? WHERE id = ?");
        q.bindNoCopy(1, h.outgoingLeader);
        bindOptional(q, 2, h.outgoingSignedAt);
        q.bindNoCopy(3, h.incomingLeader);
        bindOptional(q, 4, h.incomingSignedAt);
        q.bindNoCopy(5, h.notes);
        q.bind(6, key(h.id));
        if (q.exec() == 0) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no handover with id {}", h.id.value));
        }
        return {};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::optional<domain::Handover>> SqliteSecurityRepository::handover(domain::HandoverId id)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM handovers WHERE id = ?", kHandoverColumns));
        q.bind(1, key(id));
        if (!q.executeStep()) {
            return std::optional<domain::Handover>{};
        }
        return std::optional(readHandover(q));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::optional<domain::Handover>> SqliteSecurityRepository::handoverAt(SiteId site, domain::Date day,
                                                                                     std::string_view shift)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM handovers WHERE site_id = ? AND day = ? AND shift = ?",
                                              kHandoverColumns));
        q.bind(1, key(site));
        q.bind(2, domain::formatDate(day));
        q.bind(3, std::string(shift)); // as TEXT: the (ptr, size) overload binds a BLOB
        if (!q.executeStep()) {
            return std::optional<domain::Handover>{};
        }
        return std::optional(readHandover(q));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::Handover>>
SqliteSecurityRepository::handoversBetween(SiteId site, domain::Date first, domain::Date last)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM handovers WHERE site_id = ? AND day >= ? AND day <= ? "
                                              "ORDER BY day, id",
                                              kHandoverColumns));
        q.bind(1, key(site));
        q.bind(2, domain::formatDate(first));
        q.bind(3, domain::formatDate(last));
        std::vector<domain::Handover> out;
        while (q.executeStep()) {
            out.push_back(readHandover(q));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

// ---------------------------------------------------------------------------------------------------
// Handover items

domain::Result<domain::HandoverItemId> SqliteSecurityRepository::addItem(const domain::HandoverItem& item)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO handover_items(site_id, text, opened_at, opened_by, opened_in, "
                                  "closed_at, closed_by, closing_note) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, key(item.site));
        q.bindNoCopy(2, item.text);
        q.bind(3, epoch(item.openedAt));
        q.bindNoCopy(4, item.openedBy);
        bindOptional(q, 5, item.openedIn);
        bindOptional(q, 6, item.closedAt);
        q.bindNoCopy(7, item.closedBy);
        q.bindNoCopy(8, item.closingNote);
        q.exec();
        return domain::HandoverItemId{m_db.getLastInsertRowid()};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<void> SqliteSecurityRepository::updateItem(const domain::HandoverItem& item)
{
    try {
        SQLite::Statement q(m_db, "UPDATE handover_items SET closed_at = ?, closed_by = ?, closing_note = ? "
                                  "WHERE id = ?");
        bindOptional(q, 1, item.closedAt);
        q.bindNoCopy(2, item.closedBy);
        q.bindNoCopy(3, item.closingNote);
        q.bind(4, key(item.id));
        if (q.exec() == 0) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no handover item with id {}", item.id.value));
        }
        return {};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::optional<domain::HandoverItem>> SqliteSecurityRepository::item(domain::HandoverItemId id)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM handover_items WHERE id = ?", kItemColumns));
        q.bind(1, key(id));
        if (!q.executeStep()) {
            return std::optional<domain::HandoverItem>{};
        }
        return std::optional(readItem(q));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::HandoverItem>> SqliteSecurityRepository::openItems(SiteId site, Instant at)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM handover_items WHERE site_id = ? AND opened_at <= ? "
                                              "AND (closed_at IS NULL OR closed_at > ?) ORDER BY opened_at, id",
                                              kItemColumns));
        q.bind(1, key(site));
        q.bind(2, epoch(at));
        q.bind(3, epoch(at));
        std::vector<domain::HandoverItem> out;
        while (q.executeStep()) {
            out.push_back(readItem(q));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::HandoverItem>> SqliteSecurityRepository::itemsOpenedBetween(SiteId site,
                                                                                               Instant from, Instant to)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM handover_items WHERE site_id = ? AND opened_at >= ? "
                                              "AND opened_at < ? ORDER BY opened_at, id",
                                              kItemColumns));
        q.bind(1, key(site));
        q.bind(2, epoch(from));
        q.bind(3, epoch(to));
        std::vector<domain::HandoverItem> out;
        while (q.executeStep()) {
            out.push_back(readItem(q));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

// ---------------------------------------------------------------------------------------------------
// Duty log

domain::Result<domain::DutyEntryId> SqliteSecurityRepository::addDutyEntry(const domain::DutyEntry& e)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO duty_entries(site_id, kind, at, left_at, subject, detail, location, "
                                  "incident, handling, outcome, handled_at, recorded_at, recorded_by) "
                                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, key(e.site));
        q.bind(2, std::string(domain::dutyEntryKindKey(e.kind)));
        q.bind(3, epoch(e.at));
        bindOptional(q, 4, e.leftAt);
        q.bindNoCopy(5, e.subject);
        q.bindNoCopy(6, e.detail);
        q.bindNoCopy(7, e.location);
        if (e.incident) {
            q.bind(8, std::string(domain::incidentTypeKey(*e.incident)));
        } else {
            q.bind(8);
        }
        q.bindNoCopy(9, e.handling);
        q.bindNoCopy(10, e.outcome);
        bindOptional(q, 11, e.handledAt);
        q.bind(12, epoch(e.recordedAt));
        q.bindNoCopy(13, e.recordedBy);
        q.exec();
        return domain::DutyEntryId{m_db.getLastInsertRowid()};
    } catch (const std::exception& ex) {
        return std::unexpected(storageError(ex));
    }
}

domain::Result<void> SqliteSecurityRepository::updateDutyEntry(const domain::DutyEntry& e)
{
    try {
        SQLite::Statement q(m_db, "UPDATE duty_entries SET left_at = ?, handling = ?, outcome = ?, handled_at = ? "
                                  "WHERE id = ?");
        bindOptional(q, 1, e.leftAt);
        q.bindNoCopy(2, e.handling);
        q.bindNoCopy(3, e.outcome);
        bindOptional(q, 4, e.handledAt);
        q.bind(5, key(e.id));
        if (q.exec() == 0) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no duty entry with id {}", e.id.value));
        }
        return {};
    } catch (const std::exception& ex) {
        return std::unexpected(storageError(ex));
    }
}

domain::Result<std::optional<domain::DutyEntry>> SqliteSecurityRepository::dutyEntry(domain::DutyEntryId id)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM duty_entries WHERE id = ?", kDutyColumns));
        q.bind(1, key(id));
        if (!q.executeStep()) {
            return std::optional<domain::DutyEntry>{};
        }
        return std::optional(readDutyEntry(q));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::DutyEntry>>
SqliteSecurityRepository::dutyEntriesBetween(SiteId site, Instant from, Instant to,
                                             std::optional<domain::DutyEntryKind> kind)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM duty_entries WHERE site_id = ? AND at >= ? AND at < ? "
                                              "AND (?4 IS NULL OR kind = ?4) ORDER BY at, id",
                                              kDutyColumns));
        q.bind(1, key(site));
        q.bind(2, epoch(from));
        q.bind(3, epoch(to));
        if (kind) {
            q.bind(4, std::string(domain::dutyEntryKindKey(*kind)));
        } else {
            q.bind(4);
        }
        std::vector<domain::DutyEntry> out;
        while (q.executeStep()) {
            out.push_back(readDutyEntry(q));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::DutyEntry>> SqliteSecurityRepository::stillInside(SiteId site)
{
    try {
        // The same condition as the partial index duty_entries_inside, so that the query uses it.
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM duty_entries WHERE site_id = ? AND left_at IS NULL "
                                              "AND kind <> 'incident' ORDER BY at, id",
                                              kDutyColumns));
        q.bind(1, key(site));
        std::vector<domain::DutyEntry> out;
        while (q.executeStep()) {
            out.push_back(readDutyEntry(q));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

// ---------------------------------------------------------------------------------------------------
// Spot checks

domain::Result<domain::SpotCheckId> SqliteSecurityRepository::addSpotCheck(const domain::SpotCheck& c)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO spot_checks(site_id, at, checker, night, posts, findings, notes, "
                                  "recorded_at, recorded_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, key(c.site));
        q.bind(2, epoch(c.at));
        q.bindNoCopy(3, c.checker);
        q.bind(4, c.night ? 1 : 0);
        q.bind(5, dump(Json(c.posts)));
        q.bind(6, findingsDocument(c.findings));
        q.bindNoCopy(7, c.notes);
        q.bind(8, epoch(c.recordedAt));
        q.bindNoCopy(9, c.recordedBy);
        q.exec();
        return domain::SpotCheckId{m_db.getLastInsertRowid()};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::SpotCheck>> SqliteSecurityRepository::spotChecksBetween(SiteId site, Instant from,
                                                                                           Instant to)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM spot_checks WHERE site_id = ? AND at >= ? AND at < ? "
                                              "ORDER BY at, id",
                                              kSpotCheckColumns));
        q.bind(1, key(site));
        q.bind(2, epoch(from));
        q.bind(3, epoch(to));
        std::vector<domain::SpotCheck> out;
        while (q.executeStep()) {
            out.push_back(readSpotCheck(q));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

} // namespace propdesk::storage
