#include "sqlitecomplaintrepository.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <sqlite3.h>
#include <unordered_map>
#include <variant>

namespace propdesk::storage {

using domain::Complaint;
using domain::ComplaintId;
using domain::ErrorCode;
using domain::Instant;

namespace {

// The header, the linked work order's code and the projection, in the order readHeader and readTimeline
// read them.
constexpr const char* kSnapshotColumns =
    "complaints.id, complaints.site_id, complaints.code, complaints.channel, complaints.category, "
    "complaints.received_at, complaints.resident, complaints.phone, complaints.location, complaints.description, "
    "complaints.first_responder, complaints.work_order_id, "
    "(SELECT w.code FROM work_orders w WHERE w.id = complaints.work_order_id), "
    "complaints.routed_at, complaints.department, complaints.responded_at, complaints.resolved_at, "
    "complaints.replied_at, complaints.revisited_at, complaints.withdrawn_at, complaints.valid, complaints.judged_at, "
    "complaints.verdict_reason, complaints.resolution, complaints.measures, complaints.reply, "
    "complaints.informed_head, complaints.satisfaction, complaints.revisit_comment";

constexpr const char* kEventColumns =
    "complaint_events.kind, complaint_events.at, complaint_events.actor, complaint_events.note, "
    "complaint_events.detail, complaint_events.department, complaint_events.satisfaction, complaint_events.valid, "
    "complaint_events.reference, complaint_events.recorded_at";

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

void bindOptional(SQLite::Statement& q, int index, const std::optional<int>& value)
{
    if (value) {
        q.bind(index, *value);
    } else {
        q.bind(index);
    }
}

void bindOptional(SQLite::Statement& q, int index, const std::optional<bool>& value)
{
    if (value) {
        q.bind(index, *value ? 1 : 0);
    } else {
        q.bind(index);
    }
}

void bindOptional(SQLite::Statement& q, int index, const std::optional<domain::Department>& department)
{
    if (department) {
        q.bind(index, std::string(domain::departmentKey(*department)));
    } else {
        q.bind(index);
    }
}

std::optional<Instant> optionalInstant(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional(domain::instantFromEpoch(c.getInt64()));
}

std::optional<int> optionalInt(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional(c.getInt());
}

std::optional<bool> optionalBool(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional(c.getInt() != 0);
}

std::optional<domain::Department> optionalDepartment(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : domain::parseDepartment(c.getString());
}

domain::ComplaintHeader readHeader(SQLite::Statement& q)
{
    domain::ComplaintHeader h;
    h.id = ComplaintId{q.getColumn(0).getInt64()};
    h.siteId = domain::SiteId{q.getColumn(1).getInt64()};
    h.code = q.getColumn(2).getString();
    h.channel = domain::parseChannel(q.getColumn(3).getString()).value_or(domain::ComplaintChannel::Phone);
    h.category = domain::parseComplaintCategory(q.getColumn(4).getString()).value_or(domain::ComplaintCategory::Other);
    h.receivedAt = domain::instantFromEpoch(q.getColumn(5).getInt64());
    h.resident = q.getColumn(6).getString();
    h.phone = q.getColumn(7).getString();
    h.location = q.getColumn(8).getString();
    h.description = q.getColumn(9).getString();
    h.firstResponder = q.getColumn(10).getString();
    if (!q.getColumn(11).isNull()) {
        h.workOrder = domain::WorkOrderId{q.getColumn(11).getInt64()};
        h.workOrderCode = q.getColumn(12).getString();
    }
    return h;
}

domain::ComplaintTimeline readTimeline(SQLite::Statement& q)
{
    domain::ComplaintTimeline t;
    t.routed = optionalInstant(q.getColumn(13));
    t.department = optionalDepartment(q.getColumn(14));
    t.responded = optionalInstant(q.getColumn(15));
    t.resolved = optionalInstant(q.getColumn(16));
    t.replied = optionalInstant(q.getColumn(17));
    t.revisited = optionalInstant(q.getColumn(18));
    t.withdrawn = optionalInstant(q.getColumn(19));
    t.valid = optionalBool(q.getColumn(20));
    t.judged = optionalInstant(q.getColumn(21));
    t.verdictReason = q.getColumn(22).getString();
    t.resolution = q.getColumn(23).getString();
    t.measures = q.getColumn(24).getString();
    t.reply = q.getColumn(25).getString();
    t.informedHead = q.getColumn(26).getString();
    t.satisfaction = optionalInt(q.getColumn(27));
    t.revisitComment = q.getColumn(28).getString();
    return t;
}

domain::ComplaintSnapshot readSnapshot(SQLite::Statement& q)
{
    return domain::ComplaintSnapshot{readHeader(q), readTimeline(q)};
}

// Reads the event columns (kEventColumns) starting at `index`.
domain::ComplaintEvent readEvent(SQLite::Statement& q, int index)
{
    domain::ComplaintEvent e;
    e.kind =
        domain::parseComplaintEventKind(q.getColumn(index).getString()).value_or(domain::ComplaintEventKind::Noted);
    e.at = domain::instantFromEpoch(q.getColumn(index + 1).getInt64());
    e.actor = q.getColumn(index + 2).getString();
    e.note = q.getColumn(index + 3).getString();
    e.detail = q.getColumn(index + 4).getString();
    e.department = optionalDepartment(q.getColumn(index + 5));
    e.satisfaction = optionalInt(q.getColumn(index + 6));
    e.valid = optionalBool(q.getColumn(index + 7));
    e.reference = q.getColumn(index + 8).getString();
    e.recordedAt = domain::instantFromEpoch(q.getColumn(index + 9).getInt64());
    return e;
}

// Binds the projection columns status … revisit_comment starting at `index` (17 parameters).
void bindProjection(SQLite::Statement& q, int index, const domain::ComplaintTimeline& t)
{
    q.bind(index, std::string(domain::complaintStatusKey(t.status())));
    bindOptional(q, index + 1, t.department);
    bindOptional(q, index + 2, t.routed);
    bindOptional(q, index + 3, t.responded);
    bindOptional(q, index + 4, t.resolved);
    bindOptional(q, index + 5, t.replied);
    bindOptional(q, index + 6, t.revisited);
    bindOptional(q, index + 7, t.withdrawn);
    bindOptional(q, index + 8, t.valid);
    bindOptional(q, index + 9, t.judged);
    q.bind(index + 10, t.verdictReason);
    q.bind(index + 11, t.resolution);
    q.bind(index + 12, t.measures);
    q.bind(index + 13, t.reply);
    q.bind(index + 14, t.informedHead);
    bindOptional(q, index + 15, t.satisfaction);
    q.bind(index + 16, t.revisitComment);
}

constexpr const char* kProjectionColumns =
    "status, department, routed_at, responded_at, resolved_at, replied_at, revisited_at, withdrawn_at, valid, "
    "judged_at, verdict_reason, resolution, measures, reply, informed_head, satisfaction, revisit_comment";

void bindWorkOrder(SQLite::Statement& q, int index, const std::optional<domain::WorkOrderId>& order)
{
    if (order) {
        q.bind(index, key(*order));
    } else {
        q.bind(index);
    }
}

// ASCII lower case, as SQLite's lower() folds it; other characters (Chinese, full-width) are left alone.
std::string foldCase(std::string_view text)
{
    std::string out(text);
    std::ranges::transform(out, out.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    return out;
}

std::string_view trimmed(std::string_view text)
{
    const auto blank = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    while (!text.empty() && blank(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && blank(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

// A WHERE clause with its parameters, bound in order.
struct Query
{
    std::string where = "1";
    std::vector<std::variant<std::int64_t, std::string>> params;

    void add(std::string_view condition) { where += fmt::format(" AND {}", condition); }
    void bind(SQLite::Statement& q) const
    {
        int index = 1;
        for (const auto& p : params) {
            std::visit([&](const auto& v) { q.bind(index++, v); }, p);
        }
    }
};

constexpr std::array kSearchedColumns{"code", "resident", "phone", "location", "description", "first_responder"};

Query filterQuery(const domain::ComplaintFilter& f)
{
    Query query;
    if (f.site) {
        query.add("site_id = ?");
        query.params.emplace_back(key(*f.site));
    }
    if (!f.statuses.empty()) {
        std::string marks;
        for (const auto status : f.statuses) {
            marks += marks.empty() ? "?" : ", ?";
            query.params.emplace_back(std::string(domain::complaintStatusKey(status)));
        }
        query.add(fmt::format("status IN ({})", marks));
    }
    if (f.category) {
        query.add("category = ?");
        query.params.emplace_back(std::string(domain::complaintCategoryKey(*f.category)));
    }
    if (f.channel) {
        query.add("channel = ?");
        query.params.emplace_back(std::string(domain::channelKey(*f.channel)));
    }
    if (f.department) {
        query.add("department = ?");
        query.params.emplace_back(std::string(domain::departmentKey(*f.department)));
    }
    if (f.valid) {
        query.add("valid = ?");
        query.params.emplace_back(std::int64_t{*f.valid ? 1 : 0});
    }
    if (f.receivedFrom) {
        query.add("received_at >= ?");
        query.params.emplace_back(epoch(*f.receivedFrom));
    }
    if (f.receivedTo) {
        query.add("received_at < ?");
        query.params.emplace_back(epoch(*f.receivedTo));
    }
    // instr() takes the text literally: '%', '_' and '\' need no escaping, as they would with LIKE.
    // Surrounding blanks are what a search box leaves behind; a blank text is no criterion.
    if (const auto text = trimmed(f.text); !text.empty()) {
        const auto needle = foldCase(text);
        std::string any;
        for (const char* column : kSearchedColumns) {
            any += fmt::format("{}instr(lower({}), ?) > 0", any.empty() ? "" : " OR ", column);
            query.params.emplace_back(needle);
        }
        query.add(fmt::format("({})", any));
    }
    return query;
}

} // namespace

SqliteComplaintRepository::SqliteComplaintRepository(SQLite::Database& db) : m_db(db) {}

SqliteComplaintRepository::~SqliteComplaintRepository() = default;

SQLite::Statement& SqliteComplaintRepository::cached(std::unique_ptr<SQLite::Statement>& slot, const char* sql)
{
    if (!slot) {
        slot = std::make_unique<SQLite::Statement>(m_db, sql);
    }
    // tryReset: sqlite3_reset repeats the error of the statement's last failed step (a refused duplicate),
    // which must not fail the next, unrelated use of the statement.
    slot->tryReset();
    slot->clearBindings();
    return *slot;
}

void SqliteComplaintRepository::insertEvent(ComplaintId id, const domain::ComplaintEvent& e)
{
    auto& q = cached(m_insertEvent, "INSERT INTO complaint_events(complaint_id, kind, at, actor, note, detail, "
                                    "department, satisfaction, valid, reference, recorded_at) "
                                    "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, key(id));
    q.bind(2, std::string(domain::complaintEventKey(e.kind)));
    q.bind(3, epoch(e.at));
    q.bindNoCopy(4, e.actor);
    q.bindNoCopy(5, e.note);
    q.bindNoCopy(6, e.detail);
    bindOptional(q, 7, e.department);
    bindOptional(q, 8, e.satisfaction);
    bindOptional(q, 9, e.valid);
    q.bindNoCopy(10, e.reference);
    q.bind(11, epoch(e.recordedAt));
    q.exec();
}

domain::Result<ComplaintId> SqliteComplaintRepository::add(const Complaint& complaint)
{
    const auto& h = complaint.header;
    try {
        static const std::string sql = fmt::format(
            "INSERT INTO complaints(site_id, code, channel, category, received_at, resident, phone, location, "
            "description, first_responder, work_order_id, {}) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            kProjectionColumns);
        auto& q = cached(m_insertComplaint, sql.c_str());
        q.bind(1, key(h.siteId));
        q.bindNoCopy(2, h.code);
        q.bind(3, std::string(domain::channelKey(h.channel)));
        q.bind(4, std::string(domain::complaintCategoryKey(h.category)));
        q.bind(5, epoch(h.receivedAt));
        q.bindNoCopy(6, h.resident);
        q.bindNoCopy(7, h.phone);
        q.bindNoCopy(8, h.location);
        q.bindNoCopy(9, h.description);
        q.bindNoCopy(10, h.firstResponder);
        bindWorkOrder(q, 11, h.workOrder);
        bindProjection(q, 12, complaint.timeline());
        q.exec();
        const ComplaintId id{m_db.getLastInsertRowid()};
        for (const auto& e : complaint.history) {
            insertEvent(id, e);
        }
        return id;
    } catch (const SQLite::Exception& e) {
        if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE) {
            return domain::fail(ErrorCode::Conflict, "a complaint with this code already exists at the site", "code",
                                h.code);
        }
        return domain::fail(ErrorCode::Storage, e.what(), "", h.code);
    }
}

domain::Result<void> SqliteComplaintRepository::appendEvent(const Complaint& complaint)
{
    const auto& h = complaint.header;
    if (complaint.history.empty()) {
        return domain::fail(ErrorCode::InvalidInput, "no event to append", "", h.code);
    }
    try {
        insertEvent(h.id, complaint.history.back());
        static const std::string sql =
            fmt::format("UPDATE complaints SET work_order_id = COALESCE(?, work_order_id), "
                        "({}) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?",
                        kProjectionColumns);
        auto& q = cached(m_updateProjection, sql.c_str());
        // The link is the one header field an event changes, and it is set once.
        const bool linked = complaint.history.back().kind == domain::ComplaintEventKind::Linked;
        bindWorkOrder(q, 1, linked ? h.workOrder : std::nullopt);
        bindProjection(q, 2, complaint.timeline());
        q.bind(19, key(h.id));
        q.exec();
        return {};
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what(), "", h.code);
    }
}

domain::Result<std::optional<Complaint>> SqliteComplaintRepository::get(ComplaintId id)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM complaints WHERE id = ?", kSnapshotColumns));
        q.bind(1, key(id));
        if (!q.executeStep()) {
            return std::optional<Complaint>{};
        }
        Complaint complaint;
        complaint.header = readHeader(q);
        SQLite::Statement ev(
            m_db, fmt::format("SELECT {} FROM complaint_events WHERE complaint_id = ? ORDER BY id", kEventColumns));
        ev.bind(1, key(id));
        while (ev.executeStep()) {
            complaint.history.push_back(readEvent(ev, 0));
        }
        return std::optional(std::move(complaint));
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::optional<ComplaintId>> SqliteComplaintRepository::findId(domain::SiteId site, std::string_view code)
{
    try {
        SQLite::Statement q(m_db, "SELECT id FROM complaints WHERE site_id = ? AND code = ?");
        q.bind(1, key(site));
        q.bind(2, std::string(code)); // as TEXT: the (ptr, size) overload binds a BLOB
        if (!q.executeStep()) {
            return std::optional<ComplaintId>{};
        }
        return std::optional(ComplaintId{q.getColumn(0).getInt64()});
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::vector<Complaint>> SqliteComplaintRepository::receivedBetween(domain::SiteId site, Instant from,
                                                                                  Instant to)
{
    try {
        std::vector<Complaint> out;
        std::unordered_map<std::int64_t, std::size_t> position;
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM complaints WHERE site_id = ? AND received_at >= ? "
                                              "AND received_at < ? ORDER BY received_at, id",
                                              kSnapshotColumns));
        q.bind(1, key(site));
        q.bind(2, epoch(from));
        q.bind(3, epoch(to));
        while (q.executeStep()) {
            Complaint complaint;
            complaint.header = readHeader(q);
            position.emplace(key(complaint.header.id), out.size());
            out.push_back(std::move(complaint));
        }
        if (out.empty()) {
            return out;
        }
        // Every history in one pass over the same range (in index order: no sorting), instead of one query per
        // complaint.
        SQLite::Statement ev(m_db, fmt::format("SELECT complaint_events.complaint_id, {} FROM complaints "
                                               "JOIN complaint_events ON complaint_events.complaint_id = complaints.id "
                                               "WHERE complaints.site_id = ? AND complaints.received_at >= ? "
                                               "AND complaints.received_at < ? "
                                               "ORDER BY complaints.received_at, complaints.id, complaint_events.id",
                                               kEventColumns));
        ev.bind(1, key(site));
        ev.bind(2, epoch(from));
        ev.bind(3, epoch(to));
        while (ev.executeStep()) {
            const auto it = position.find(ev.getColumn(0).getInt64());
            if (it != position.end()) {
                out[it->second].history.push_back(readEvent(ev, 1));
            }
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::int64_t> SqliteComplaintRepository::countReceivedBetween(domain::SiteId site, Instant from,
                                                                             Instant to)
{
    try {
        SQLite::Statement q(m_db, "SELECT COUNT(*) FROM complaints WHERE site_id = ? AND received_at >= ? "
                                  "AND received_at < ?");
        q.bind(1, key(site));
        q.bind(2, epoch(from));
        q.bind(3, epoch(to));
        q.executeStep();
        return q.getColumn(0).getInt64();
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::vector<domain::ComplaintSnapshot>>
SqliteComplaintRepository::find(const domain::ComplaintFilter& filter,
                                const std::optional<domain::ComplaintPageKey>& after, int limit)
{
    try {
        auto query = filterQuery(filter);
        if (after) {
            query.add("(received_at, id) < (?, ?)");
            query.params.emplace_back(epoch(after->receivedAt));
            query.params.emplace_back(key(after->id));
        }
        SQLite::Statement q(
            m_db, fmt::format("SELECT {} FROM complaints WHERE {} ORDER BY received_at DESC, id DESC LIMIT {}",
                              kSnapshotColumns, query.where, std::max(limit, 0)));
        query.bind(q);
        std::vector<domain::ComplaintSnapshot> out;
        while (q.executeStep()) {
            out.push_back(readSnapshot(q));
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::int64_t> SqliteComplaintRepository::count(const domain::ComplaintFilter& filter, std::int64_t cap)
{
    try {
        const auto query = filterQuery(filter);
        SQLite::Statement q(m_db, fmt::format("SELECT COUNT(*) FROM (SELECT 1 FROM complaints WHERE {} LIMIT {})",
                                              query.where, std::max<std::int64_t>(cap, 0) + 1));
        query.bind(q);
        q.executeStep();
        return q.getColumn(0).getInt64();
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::vector<domain::ComplaintSnapshot>>
SqliteComplaintRepository::withStatus(domain::SiteId site, std::span<const domain::ComplaintStatus> statuses, int limit)
{
    try {
        std::string marks;
        for (std::size_t i = 0; i < statuses.size(); ++i) {
            marks += i == 0 ? "?" : ", ?";
        }
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM complaints WHERE site_id = ? AND status IN ({}) "
                                              "ORDER BY received_at, id LIMIT {}",
                                              kSnapshotColumns, marks.empty() ? "NULL" : marks, std::max(limit, 0)));
        q.bind(1, key(site));
        int index = 2;
        for (const auto status : statuses) {
            q.bind(index++, std::string(domain::complaintStatusKey(status)));
        }
        std::vector<domain::ComplaintSnapshot> out;
        while (q.executeStep()) {
            out.push_back(readSnapshot(q));
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::vector<domain::ComplaintSnapshot>> SqliteComplaintRepository::linkedTo(domain::WorkOrderId order)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM complaints WHERE work_order_id = ? "
                                              "ORDER BY received_at, id",
                                              kSnapshotColumns));
        q.bind(1, key(order));
        std::vector<domain::ComplaintSnapshot> out;
        while (q.executeStep()) {
            out.push_back(readSnapshot(q));
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

} // namespace propdesk::storage
