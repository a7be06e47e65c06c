#include "sqliteworkorderrepository.h"

#include "searchtext.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <sqlite3.h>
#include <variant>
#include <vector>

namespace propdesk::storage {

using domain::ErrorCode;
using domain::Instant;

namespace {

constexpr const char* kSnapshotColumns =
    "id, site_id, code, location, category, urgency, reporter, phone, description, technician, reported_at, "
    "due_at, rework_of, dispatched_at, arrived_at, completed_at, revisited_at, cancelled_at, satisfaction, "
    "revisit_comment, holds";

std::int64_t epoch(Instant t)
{
    return domain::epochSeconds(t);
}

void bindOptional(SQLite::Statement& q, int index, const std::optional<Instant>& t)
{
    if (t) {
        q.bind(index, epoch(*t));
    } else {
        q.bind(index);
    }
}

std::optional<Instant> optionalInstant(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional(domain::instantFromEpoch(c.getInt64()));
}

domain::WorkOrderHeader readHeader(SQLite::Statement& q)
{
    domain::WorkOrderHeader h;
    h.id = domain::WorkOrderId{q.getColumn(0).getInt64()};
    h.siteId = domain::SiteId{q.getColumn(1).getInt64()};
    h.code = q.getColumn(2).getString();
    h.location = q.getColumn(3).getString();
    h.category = domain::parseCategory(q.getColumn(4).getString()).value_or(domain::Category::Other);
    h.urgency = domain::parseUrgency(q.getColumn(5).getString()).value_or(domain::Urgency::Normal);
    h.reporter = q.getColumn(6).getString();
    h.phone = q.getColumn(7).getString();
    h.description = q.getColumn(8).getString();
    h.technician = q.getColumn(9).getString();
    h.reportedAt = domain::instantFromEpoch(q.getColumn(10).getInt64());
    h.dueAt = optionalInstant(q.getColumn(11));
    if (!q.getColumn(12).isNull()) {
        h.reworkOf = domain::WorkOrderId{q.getColumn(12).getInt64()};
    }
    return h;
}

domain::WorkOrderTimeline readTimeline(SQLite::Statement& q)
{
    domain::WorkOrderTimeline t;
    t.dispatched = optionalInstant(q.getColumn(13));
    t.arrived = optionalInstant(q.getColumn(14));
    t.completed = optionalInstant(q.getColumn(15));
    t.revisited = optionalInstant(q.getColumn(16));
    t.cancelled = optionalInstant(q.getColumn(17));
    if (!q.getColumn(18).isNull()) {
        t.satisfaction = q.getColumn(18).getInt();
    }
    t.revisitComment = q.getColumn(19).getString();
    t.holds = domain::decodeHolds(q.getColumn(20).getString());
    return t;
}

// Binds the projection columns status … holds starting at `index`.
void bindProjection(SQLite::Statement& q, int index, const domain::WorkOrderTimeline& t)
{
    q.bind(index, std::string(domain::statusKey(t.status())));
    bindOptional(q, index + 1, t.dispatched);
    bindOptional(q, index + 2, t.arrived);
    bindOptional(q, index + 3, t.completed);
    bindOptional(q, index + 4, t.revisited);
    bindOptional(q, index + 5, t.cancelled);
    if (t.satisfaction) {
        q.bind(index + 6, *t.satisfaction);
    } else {
        q.bind(index + 6);
    }
    q.bind(index + 7, t.revisitComment);
    q.bind(index + 8, domain::encodeHolds(t.holds));
}

} // namespace

SqliteWorkOrderRepository::SqliteWorkOrderRepository(SQLite::Database& db) : m_db(db) {}

SqliteWorkOrderRepository::~SqliteWorkOrderRepository() = default;

SQLite::Statement& SqliteWorkOrderRepository::cached(std::unique_ptr<SQLite::Statement>& slot, const char* sql)
{
    if (!slot) {
        slot = std::make_unique<SQLite::Statement>(m_db, sql);
    }
    // tryReset: sqlite3_reset repeats the error of the statement's last failed step (a refused duplicate,
    // a foreign-key violation), which must not fail the next, unrelated use of the statement.
    slot->tryReset();
    slot->clearBindings();
    return *slot;
}

void SqliteWorkOrderRepository::insertEvent(domain::WorkOrderId id, const domain::WorkOrderEvent& e)
{
    auto& q = cached(m_insertEvent, "INSERT INTO work_order_events(work_order_id, kind, at, actor, note, technician, "
                                    "satisfaction, recorded_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, static_cast<std::int64_t>(id.value));
    q.bind(2, std::string(domain::eventKey(e.kind)));
    q.bind(3, epoch(e.at));
    q.bindNoCopy(4, e.actor);
    q.bindNoCopy(5, e.note);
    q.bindNoCopy(6, e.technician);
    if (e.satisfaction) {
        q.bind(7, *e.satisfaction);
    } else {
        q.bind(7);
    }
    q.bind(8, epoch(e.recordedAt));
    q.exec();
}

domain::Result<domain::WorkOrderId> SqliteWorkOrderRepository::add(const domain::WorkOrder& order)
{
    const auto& h = order.header;
    try {
        auto& q = cached(m_insertOrder,
                         "INSERT INTO work_orders(site_id, code, location, category, urgency, reporter, phone, "
                         "description, technician, reported_at, due_at, rework_of, status, dispatched_at, "
                         "arrived_at, completed_at, revisited_at, cancelled_at, satisfaction, revisit_comment, holds) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, static_cast<std::int64_t>(h.siteId.value));
        q.bindNoCopy(2, h.code);
        q.bindNoCopy(3, h.location);
        q.bind(4, std::string(domain::categoryKey(h.category)));
        q.bind(5, std::string(domain::urgencyKey(h.urgency)));
        q.bindNoCopy(6, h.reporter);
        q.bindNoCopy(7, h.phone);
        q.bindNoCopy(8, h.description);
        q.bindNoCopy(9, h.technician);
        q.bind(10, epoch(h.reportedAt));
        bindOptional(q, 11, h.dueAt);
        if (h.reworkOf) {
            q.bind(12, static_cast<std::int64_t>(h.reworkOf->value));
        } else {
            q.bind(12);
        }
        const auto timeline = order.timeline();
        bindProjection(q, 13, timeline);
        q.exec();
        const domain::WorkOrderId id{m_db.getLastInsertRowid()};
        for (const auto& e : order.history) {
            insertEvent(id, e);
        }
        auto& search = cached(m_insertSearch, "INSERT INTO work_order_search(rowid, document) VALUES(?, ?)");
        search.bind(1, static_cast<std::int64_t>(id.value));
        search.bind(2, storage::searchDocument({h.location, h.reporter, h.phone, h.description}, h.code));
        search.exec();
        m_lastSearch.reset();
        // The latest caller from a place is remembered; an order entered after the fact does not replace a
        // later one.
        auto& place =
            cached(m_upsertLocation, "INSERT INTO locations(site_id, location, reporter, phone, last_reported_at) "
                                     "VALUES(?, ?, ?, ?, ?) ON CONFLICT(site_id, location) DO UPDATE SET "
                                     "reporter = excluded.reporter, phone = excluded.phone, "
                                     "last_reported_at = excluded.last_reported_at "
                                     "WHERE excluded.last_reported_at >= locations.last_reported_at");
        place.bind(1, static_cast<std::int64_t>(h.siteId.value));
        place.bindNoCopy(2, h.location);
        place.bindNoCopy(3, h.reporter);
        place.bindNoCopy(4, h.phone);
        place.bind(5, epoch(h.reportedAt));
        place.exec();
        return id;
    } catch (const SQLite::Exception& e) {
        if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE) {
            return domain::fail(ErrorCode::Conflict, "an order with this id already exists at the site", "id", h.code);
        }
        return domain::fail(ErrorCode::Storage, e.what(), "", h.code);
    }
}

domain::Result<void> SqliteWorkOrderRepository::appendEvent(const domain::WorkOrder& order)
{
    if (order.history.empty()) {
        return domain::fail(ErrorCode::InvalidInput, "no event to append", "", order.header.code);
    }
    try {
        insertEvent(order.header.id, order.history.back());
        auto& q = cached(m_updateProjection,
                         "UPDATE work_orders SET technician = ?, status = ?, dispatched_at = ?, arrived_at = ?, "
                         "completed_at = ?, revisited_at = ?, cancelled_at = ?, satisfaction = ?, "
                         "revisit_comment = ?, holds = ? WHERE id = ?");
        q.bindNoCopy(1, order.header.technician);
        bindProjection(q, 2, order.timeline());
        q.bind(11, static_cast<std::int64_t>(order.header.id.value));
        q.exec();
        return {};
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what(), "", order.header.code);
    }
}

domain::Result<std::optional<domain::WorkOrder>> SqliteWorkOrderRepository::get(domain::WorkOrderId id)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM work_orders WHERE id = ?", kSnapshotColumns));
        q.bind(1, static_cast<std::int64_t>(id.value));
        if (!q.executeStep()) {
            return std::optional<domain::WorkOrder>{};
        }
        domain::WorkOrder order;
        order.header = readHeader(q);
        SQLite::Statement ev(m_db, "SELECT kind, at, actor, note, technician, satisfaction, recorded_at "
                                   "FROM work_order_events WHERE work_order_id = ? ORDER BY id");
        ev.bind(1, static_cast<std::int64_t>(id.value));
        while (ev.executeStep()) {
            domain::WorkOrderEvent e;
            e.kind = domain::parseEventKind(ev.getColumn(0).getString()).value_or(domain::EventKind::Logged);
            e.at = domain::instantFromEpoch(ev.getColumn(1).getInt64());
            e.actor = ev.getColumn(2).getString();
            e.note = ev.getColumn(3).getString();
            e.technician = ev.getColumn(4).getString();
            if (!ev.getColumn(5).isNull()) {
                e.satisfaction = ev.getColumn(5).getInt();
            }
            e.recordedAt = domain::instantFromEpoch(ev.getColumn(6).getInt64());
            order.history.push_back(std::move(e));
        }
        return std::optional(std::move(order));
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::optional<domain::WorkOrderRef>> SqliteWorkOrderRepository::findRef(domain::SiteId site,
                                                                                       std::string_view code)
{
    try {
        auto& q = cached(m_findRef, "SELECT id, reported_at FROM work_orders WHERE site_id = ? AND code = ?");
        q.bind(1, static_cast<std::int64_t>(site.value));
        q.bind(2, std::string(code)); // as TEXT: the (ptr, size) overload binds a BLOB
        std::optional<domain::WorkOrderRef> ref;
        if (q.executeStep()) {
            ref = domain::WorkOrderRef{domain::WorkOrderId{q.getColumn(0).getInt64()},
                                       domain::instantFromEpoch(q.getColumn(1).getInt64())};
        }
        // A cached statement left on a row keeps a read transaction open: another desk's writes would stay
        // invisible to this connection, its next write would fail as "locked", and a restore as "in use".
        q.tryReset();
        return ref;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::vector<domain::WorkOrderSnapshot>>
SqliteWorkOrderRepository::reportedBetween(domain::SiteId site, Instant from, Instant to)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM work_orders WHERE site_id = ? AND reported_at >= ? "
                                              "AND reported_at < ? ORDER BY reported_at, id",
                                              kSnapshotColumns));
        q.bind(1, static_cast<std::int64_t>(site.value));
        q.bind(2, epoch(from));
        q.bind(3, epoch(to));
        std::vector<domain::WorkOrderSnapshot> out;
        // A month of a large site is tens of thousands of rows: growing the vector would copy them
        // repeatedly and fault fresh pages in each time.
        if (auto count = countReportedBetween(site, from, to)) {
            out.reserve(static_cast<std::size_t>(*count));
        }
        while (q.executeStep()) {
            out.push_back(domain::WorkOrderSnapshot{readHeader(q), readTimeline(q)});
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::vector<domain::ReworkLink>>
SqliteWorkOrderRepository::reworksOfReportedBetween(domain::SiteId site, Instant from, Instant to)
{
    try {
        SQLite::Statement q(m_db, "SELECT r.id, r.code, r.rework_of, r.reported_at, r.cancelled_at "
                                  "FROM work_orders o CROSS JOIN work_orders r ON r.rework_of = o.id "
                                  "WHERE o.site_id = ? AND o.reported_at >= ? AND o.reported_at < ? "
                                  "AND r.site_id = o.site_id ORDER BY r.reported_at, r.id");
        q.bind(1, static_cast<std::int64_t>(site.value));
        q.bind(2, epoch(from));
        q.bind(3, epoch(to));
        std::vector<domain::ReworkLink> out;
        while (q.executeStep()) {
            out.push_back(domain::ReworkLink{domain::WorkOrderId{q.getColumn(0).getInt64()}, q.getColumn(1).getString(),
                                             domain::WorkOrderId{q.getColumn(2).getInt64()},
                                             domain::instantFromEpoch(q.getColumn(3).getInt64()),
                                             optionalInstant(q.getColumn(4))});
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::int64_t> SqliteWorkOrderRepository::countReportedBetween(domain::SiteId site, Instant from,
                                                                             Instant to)
{
    try {
        SQLite::Statement q(m_db, "SELECT COUNT(*) FROM work_orders WHERE site_id = ? AND reported_at >= ? "
                                  "AND reported_at < ?");
        q.bind(1, static_cast<std::int64_t>(site.value));
        q.bind(2, epoch(from));
        q.bind(3, epoch(to));
        q.executeStep();
        return q.getColumn(0).getInt64();
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::optional<std::string>> SqliteWorkOrderRepository::codeOf(domain::WorkOrderId id)
{
    try {
        SQLite::Statement q(m_db, "SELECT code FROM work_orders WHERE id = ?");
        q.bind(1, static_cast<std::int64_t>(id.value));
        if (!q.executeStep()) {
            return std::optional<std::string>{};
        }
        return std::optional(q.getColumn(0).getString());
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

namespace {

// A WHERE clause with its parameters, bound in order.
struct Query
{
    // "work_orders", or the search index joined to it when the search drives the query.
    std::string from = "work_orders";
    std::string where = "1";
    std::vector<std::variant<std::int64_t, std::string>> params;
    bool nothing = false; // the search matches no order at all

    void add(std::string_view condition) { where += fmt::format(" AND {}", condition); }
    void bind(SQLite::Statement& q) const
    {
        int index = 1;
        for (const auto& p : params) {
            std::visit([&](const auto& v) { q.bind(index++, v); }, p);
        }
    }
};

// Up to this many search hits, the query starts from the hits (looked up and sorted); beyond it, from the
// newest-first index, probing each row against the hits. Either way a page costs milliseconds: a rare
// word has few hits to sort, a common one is met soon while walking down the index.
constexpr std::int64_t kSearchDrivesUpTo = 20'000;

// `hits` counts the orders a search expression matches.
Query filterQuery(const domain::WorkOrderFilter& f, const std::function<std::int64_t(const std::string&)>& hits)
{
    Query query;
    const auto match = searchExpression(f.text);
    if (!f.text.empty() && !match) {
        query.nothing = true; // only spaces or punctuation: nothing to look for
        return query;
    }
    if (match) {
        const auto n = hits(*match);
        if (n == 0) {
            query.nothing = true;
            return query;
        }
        if (n <= kSearchDrivesUpTo) {
            // CROSS JOIN keeps SQLite from reordering: hits first, then each order by its id.
            query.from = "work_order_search CROSS JOIN work_orders ON work_orders.id = work_order_search.rowid";
            query.add("work_order_search MATCH ?");
        } else {
            query.add("id IN (SELECT rowid FROM work_order_search WHERE work_order_search MATCH ?)");
        }
        query.params.emplace_back(*match);
    }
    if (f.site) {
        query.add("site_id = ?");
        query.params.emplace_back(static_cast<std::int64_t>(f.site->value));
    }
    if (f.statuses.size() == 1) {
        // One status: the (site, status, reported) index finds rare ones without scanning.
        query.add("status = ?");
        query.params.emplace_back(std::string(domain::statusKey(f.statuses.front())));
    } else if (!f.statuses.empty()) {
        // Several: keep to the browse index, which covers status, and stop after a page ("+" bars the
        // status index, whose several ranges would have to be merged and sorted in full).
        std::string marks;
        for (const auto status : f.statuses) {
            marks += marks.empty() ? "?" : ", ?";
            query.params.emplace_back(std::string(domain::statusKey(status)));
        }
        query.add(fmt::format("+status IN ({})", marks));
    }
    if (f.category) {
        query.add("category = ?");
        query.params.emplace_back(std::string(domain::categoryKey(*f.category)));
    }
    if (f.urgency) {
        query.add("urgency = ?");
        query.params.emplace_back(std::string(domain::urgencyKey(*f.urgency)));
    }
    if (f.technician) {
        query.add("technician = ?");
        query.params.emplace_back(*f.technician);
    }
    if (f.reportedFrom) {
        query.add("reported_at >= ?");
        query.params.emplace_back(epoch(*f.reportedFrom));
    }
    if (f.reportedTo) {
        query.add("reported_at < ?");
        query.params.emplace_back(epoch(*f.reportedTo));
    }
    return query;
}

} // namespace

std::int64_t SqliteWorkOrderRepository::searchHits(const std::string& expression)
{
    // The history asks for a page and then for the count of the same search: match the index once.
    if (m_lastSearch && m_lastSearch->first == expression) {
        return m_lastSearch->second;
    }
    SQLite::Statement q(m_db, "SELECT COUNT(*) FROM work_order_search WHERE work_order_search MATCH ?");
    q.bind(1, expression);
    q.executeStep();
    m_lastSearch = std::pair(expression, q.getColumn(0).getInt64());
    return m_lastSearch->second;
}

domain::Result<std::vector<domain::WorkOrderSnapshot>>
SqliteWorkOrderRepository::find(const domain::WorkOrderFilter& filter,
                                const std::optional<domain::WorkOrderPageKey>& after, int limit)
{
    try {
        auto query = filterQuery(filter, [this](const std::string& m) { return searchHits(m); });
        std::vector<domain::WorkOrderSnapshot> out;
        if (query.nothing) {
            return out;
        }
        if (after) {
            query.add("(reported_at, id) < (?, ?)");
            query.params.emplace_back(epoch(after->reportedAt));
            query.params.emplace_back(static_cast<std::int64_t>(after->id.value));
        }
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM {} WHERE {} ORDER BY reported_at DESC, id DESC LIMIT {}",
                                              kSnapshotColumns, query.from, query.where, std::max(limit, 0)));
        query.bind(q);
        while (q.executeStep()) {
            out.push_back(domain::WorkOrderSnapshot{readHeader(q), readTimeline(q)});
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::int64_t> SqliteWorkOrderRepository::count(const domain::WorkOrderFilter& filter, std::int64_t cap)
{
    try {
        const auto query = filterQuery(filter, [this](const std::string& m) { return searchHits(m); });
        if (query.nothing) {
            return 0;
        }
        SQLite::Statement q(m_db, fmt::format("SELECT COUNT(*) FROM (SELECT 1 FROM {} WHERE {} LIMIT {})", query.from,
                                              query.where, std::max<std::int64_t>(cap, 0) + 1));
        query.bind(q);
        q.executeStep();
        return q.getColumn(0).getInt64();
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::vector<domain::WorkOrderSnapshot>>
SqliteWorkOrderRepository::withStatus(domain::SiteId site, std::span<const domain::WorkOrderStatus> statuses, int limit)
{
    try {
        std::string marks;
        for (std::size_t i = 0; i < statuses.size(); ++i) {
            marks += i == 0 ? "?" : ", ?";
        }
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM work_orders WHERE site_id = ? AND status IN ({}) "
                                              "ORDER BY reported_at, id LIMIT {}",
                                              kSnapshotColumns, marks.empty() ? "NULL" : marks, std::max(limit, 0)));
        q.bind(1, static_cast<std::int64_t>(site.value));
        int index = 2;
        for (const auto status : statuses) {
            q.bind(index++, std::string(domain::statusKey(status)));
        }
        std::vector<domain::WorkOrderSnapshot> out;
        while (q.executeStep()) {
            out.push_back(domain::WorkOrderSnapshot{readHeader(q), readTimeline(q)});
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::vector<domain::WorkOrderSnapshot>>
SqliteWorkOrderRepository::atLocationSince(domain::SiteId site, std::string_view location, Instant since)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM work_orders WHERE site_id = ? AND location = ? "
                                              "AND reported_at >= ? ORDER BY reported_at DESC, id DESC",
                                              kSnapshotColumns));
        q.bind(1, static_cast<std::int64_t>(site.value));
        q.bind(2, std::string(location));
        q.bind(3, epoch(since));
        std::vector<domain::WorkOrderSnapshot> out;
        while (q.executeStep()) {
            out.push_back(domain::WorkOrderSnapshot{readHeader(q), readTimeline(q)});
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::vector<domain::KnownLocation>> SqliteWorkOrderRepository::knownLocations(domain::SiteId site)
{
    try {
        SQLite::Statement q(m_db, "SELECT location, reporter, phone, last_reported_at FROM locations "
                                  "WHERE site_id = ? ORDER BY location");
        q.bind(1, static_cast<std::int64_t>(site.value));
        std::vector<domain::KnownLocation> out;
        while (q.executeStep()) {
            out.push_back(domain::KnownLocation{q.getColumn(0).getString(), q.getColumn(1).getString(),
                                                q.getColumn(2).getString(),
                                                domain::instantFromEpoch(q.getColumn(3).getInt64())});
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

} // namespace propdesk::storage
