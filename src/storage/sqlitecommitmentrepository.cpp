#include "sqlitecommitmentrepository.h"

#include "domain/timezone.h"
#include "savepoint.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <sqlite3.h>
#include <stdexcept>
#include <unordered_map>

namespace propdesk::storage {

using domain::ErrorCode;
using domain::Instant;
using domain::SiteId;

namespace {

std::int64_t epoch(Instant t)
{
    return domain::epochSeconds(t);
}

std::int64_t key(auto id)
{
    return static_cast<std::int64_t>(id.value);
}

void bindKey(SQLite::Statement& q, int index, std::string_view text)
{
    q.bind(index, std::string(text)); // as TEXT: the (ptr, size) overload binds a BLOB
}

Instant instant(const SQLite::Column& c)
{
    return domain::instantFromEpoch(c.getInt64());
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

date::year_month readMonth(const SQLite::Column& c, std::string_view table)
{
    const auto text = c.getString();
    auto day = domain::parseDate(text + "-01");
    if (text.size() != 7 || !day) {
        corrupt("month", table, text);
    }
    return day->year() / day->month();
}

bool isUniqueViolation(const SQLite::Exception& e)
{
    return e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE ||
           e.getExtendedErrorCode() == SQLITE_CONSTRAINT_PRIMARYKEY;
}

bool isForeignKeyViolation(const SQLite::Exception& e)
{
    return e.getExtendedErrorCode() == SQLITE_CONSTRAINT_FOREIGNKEY;
}

domain::Error storageError(const std::exception& e, std::string record = {})
{
    return domain::Error{ErrorCode::Storage, e.what(), "", std::move(record)};
}

domain::Error noSite(SiteId site)
{
    return domain::Error{ErrorCode::NotFound, fmt::format("no site with id {}", site.value), "", ""};
}

void insertEntries(SQLite::Database& db, std::int64_t setId, const domain::TargetSet& set)
{
    SQLite::Statement q(db, "INSERT INTO target_entries(target_set_id, key, comparator, value_e4) VALUES(?, ?, ?, ?)");
    for (const auto& [indicator, target] : set.targets) {
        q.bind(1, setId);
        q.bindNoCopy(2, indicator);
        if (target) {
            bindKey(q, 3, domain::comparatorSymbol(target->comparator));
            q.bind(4, target->valueE4);
        } else {
            q.bind(3);
            q.bind(4);
        }
        q.exec();
        q.reset();
    }
}

constexpr const char* kSnapshotColumns = "id, site_id, month, as_of, frozen_at, frozen_by";

domain::ReportSnapshot readSnapshot(SQLite::Statement& q)
{
    domain::ReportSnapshot s;
    s.id = domain::ReportSnapshotId{q.getColumn(0).getInt64()};
    s.site = SiteId{q.getColumn(1).getInt64()};
    s.month = readMonth(q.getColumn(2), "report_snapshots");
    s.asOf = instant(q.getColumn(3));
    s.frozenAt = instant(q.getColumn(4));
    s.frozenBy = q.getColumn(5).getString();
    return s;
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// Target versions

domain::Result<std::vector<domain::TargetSet>> SqliteCommitmentRepository::targetSets(SiteId site)
{
    try {
        SQLite::Statement q(m_db, "SELECT id, effective_from, contract, saved_at, saved_by FROM target_sets "
                                  "WHERE site_id = ? ORDER BY effective_from, id");
        q.bind(1, key(site));
        std::vector<domain::TargetSet> out;
        std::unordered_map<std::int64_t, std::size_t> index;
        while (q.executeStep()) {
            domain::TargetSet s;
            s.id = domain::TargetSetId{q.getColumn(0).getInt64()};
            s.site = site;
            s.effectiveFrom = readDate(q.getColumn(1), "effective_from", "target_sets");
            s.contract = q.getColumn(2).getString();
            s.savedAt = instant(q.getColumn(3));
            s.savedBy = q.getColumn(4).getString();
            index.emplace(key(s.id), out.size());
            out.push_back(std::move(s));
        }
        SQLite::Statement e(m_db, "SELECT e.target_set_id, e.key, e.comparator, e.value_e4 FROM target_entries e "
                                  "JOIN target_sets s ON s.id = e.target_set_id WHERE s.site_id = ?");
        e.bind(1, key(site));
        while (e.executeStep()) {
            const auto found = index.find(e.getColumn(0).getInt64());
            if (found == index.end()) {
                continue;
            }
            std::optional<domain::KpiTarget> target;
            if (!e.getColumn(2).isNull()) {
                const auto symbol = e.getColumn(2).getString();
                const auto comparator = domain::parseComparator(symbol);
                if (!comparator || e.getColumn(3).isNull()) {
                    corrupt("comparator", "target_entries", symbol);
                }
                domain::KpiTarget t;
                t.comparator = *comparator;
                t.valueE4 = e.getColumn(3).getInt64();
                target = t;
            }
            out[found->second].targets.emplace(e.getColumn(1).getString(), target);
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<domain::TargetSetId> SqliteCommitmentRepository::saveTargetSet(const domain::TargetSet& set)
{
    const auto from = domain::formatDate(set.effectiveFrom);
    try {
        Savepoint savepoint(m_db, "commitment_repository");
        std::int64_t id = 0;
        SQLite::Statement find(m_db, "SELECT id FROM target_sets WHERE site_id = ? AND effective_from = ?");
        find.bind(1, key(set.site));
        find.bind(2, from);
        if (find.executeStep()) {
            // The version of that date is replaced in place: same id, its entries written anew.
            id = find.getColumn(0).getInt64();
            SQLite::Statement clear(m_db, "DELETE FROM target_entries WHERE target_set_id = ?");
            clear.bind(1, id);
            clear.exec();
            SQLite::Statement update(m_db,
                                     "UPDATE target_sets SET contract = ?, saved_at = ?, saved_by = ? WHERE id = ?");
            update.bindNoCopy(1, set.contract);
            update.bind(2, epoch(set.savedAt));
            update.bindNoCopy(3, set.savedBy);
            update.bind(4, id);
            update.exec();
        } else {
            SQLite::Statement insert(m_db, "INSERT INTO target_sets(site_id, effective_from, contract, saved_at, "
                                           "saved_by) VALUES(?, ?, ?, ?, ?)");
            insert.bind(1, key(set.site));
            insert.bind(2, from);
            insert.bindNoCopy(3, set.contract);
            insert.bind(4, epoch(set.savedAt));
            insert.bindNoCopy(5, set.savedBy);
            insert.exec();
            id = m_db.getLastInsertRowid();
        }
        insertEntries(m_db, id, set);
        savepoint.release();
        return domain::TargetSetId{id};
    } catch (const SQLite::Exception& e) {
        if (isForeignKeyViolation(e)) {
            return std::unexpected(noSite(set.site));
        }
        if (isUniqueViolation(e)) {
            return domain::fail(ErrorCode::Conflict, "the site has a target version from that date already",
                                "effectiveFrom", from);
        }
        return std::unexpected(storageError(e, from));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e, from));
    }
}

// ---------------------------------------------------------------------------------------------------
// Manual figures and notes

domain::Result<std::vector<domain::ManualFigure>>
SqliteCommitmentRepository::manualFigures(SiteId site, date::year_month first, date::year_month last)
{
    try {
        SQLite::Statement q(m_db, "SELECT id, month, key, numerator, denominator, note, entered_at, entered_by "
                                  "FROM manual_figures WHERE site_id = ? AND month >= ? AND month <= ? "
                                  "ORDER BY month, key, entered_at, id");
        q.bind(1, key(site));
        q.bind(2, domain::monthKey(first));
        q.bind(3, domain::monthKey(last));
        std::vector<domain::ManualFigure> out;
        while (q.executeStep()) {
            domain::ManualFigure f;
            f.id = domain::ManualFigureId{q.getColumn(0).getInt64()};
            f.site = site;
            f.month = readMonth(q.getColumn(1), "manual_figures");
            f.key = q.getColumn(2).getString();
            f.numerator = q.getColumn(3).getInt64();
            f.denominator = q.getColumn(4).getInt64();
            f.note = q.getColumn(5).getString();
            f.enteredAt = instant(q.getColumn(6));
            f.enteredBy = q.getColumn(7).getString();
            out.push_back(std::move(f));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<domain::ManualFigureId> SqliteCommitmentRepository::addManualFigure(const domain::ManualFigure& f)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO manual_figures(site_id, month, key, numerator, denominator, note, "
                                  "entered_at, entered_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, key(f.site));
        q.bind(2, domain::monthKey(f.month));
        q.bindNoCopy(3, f.key);
        q.bind(4, f.numerator);
        q.bind(5, f.denominator);
        q.bindNoCopy(6, f.note);
        q.bind(7, epoch(f.enteredAt));
        q.bindNoCopy(8, f.enteredBy);
        q.exec();
        return domain::ManualFigureId{m_db.getLastInsertRowid()};
    } catch (const SQLite::Exception& e) {
        if (isForeignKeyViolation(e)) {
            return std::unexpected(noSite(f.site));
        }
        return std::unexpected(storageError(e, f.key));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e, f.key));
    }
}

domain::Result<std::vector<domain::IndicatorNote>>
SqliteCommitmentRepository::notes(SiteId site, date::year_month first, date::year_month last)
{
    try {
        SQLite::Statement q(m_db, "SELECT id, month, key, text, entered_at, entered_by FROM indicator_notes "
                                  "WHERE site_id = ? AND month >= ? AND month <= ? "
                                  "ORDER BY month, key, entered_at, id");
        q.bind(1, key(site));
        q.bind(2, domain::monthKey(first));
        q.bind(3, domain::monthKey(last));
        std::vector<domain::IndicatorNote> out;
        while (q.executeStep()) {
            domain::IndicatorNote n;
            n.id = domain::IndicatorNoteId{q.getColumn(0).getInt64()};
            n.site = site;
            n.month = readMonth(q.getColumn(1), "indicator_notes");
            n.key = q.getColumn(2).getString();
            n.text = q.getColumn(3).getString();
            n.enteredAt = instant(q.getColumn(4));
            n.enteredBy = q.getColumn(5).getString();
            out.push_back(std::move(n));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<domain::IndicatorNoteId> SqliteCommitmentRepository::addNote(const domain::IndicatorNote& n)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO indicator_notes(site_id, month, key, text, entered_at, entered_by) "
                                  "VALUES(?, ?, ?, ?, ?, ?)");
        q.bind(1, key(n.site));
        q.bind(2, domain::monthKey(n.month));
        q.bindNoCopy(3, n.key);
        q.bindNoCopy(4, n.text);
        q.bind(5, epoch(n.enteredAt));
        q.bindNoCopy(6, n.enteredBy);
        q.exec();
        return domain::IndicatorNoteId{m_db.getLastInsertRowid()};
    } catch (const SQLite::Exception& e) {
        if (isForeignKeyViolation(e)) {
            return std::unexpected(noSite(n.site));
        }
        return std::unexpected(storageError(e, n.key));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e, n.key));
    }
}

// ---------------------------------------------------------------------------------------------------
// Report snapshots

domain::Result<std::vector<domain::ReportSnapshot>> SqliteCommitmentRepository::snapshots(SiteId site)
{
    try {
        // The list leaves the data out: a snapshot's JSON is read only to print it.
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM report_snapshots WHERE site_id = ? "
                                              "ORDER BY month DESC, frozen_at DESC, id DESC",
                                              kSnapshotColumns));
        q.bind(1, key(site));
        std::vector<domain::ReportSnapshot> out;
        while (q.executeStep()) {
            out.push_back(readSnapshot(q));
        }
        return out;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::optional<domain::ReportSnapshot>> SqliteCommitmentRepository::snapshot(domain::ReportSnapshotId id)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {}, data FROM report_snapshots WHERE id = ?", kSnapshotColumns));
        q.bind(1, key(id));
        if (!q.executeStep()) {
            return std::optional<domain::ReportSnapshot>{};
        }
        auto s = readSnapshot(q);
        s.data = q.getColumn(6).getString();
        return std::optional(std::move(s));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<domain::ReportSnapshotId> SqliteCommitmentRepository::addSnapshot(const domain::ReportSnapshot& s)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO report_snapshots(site_id, month, as_of, frozen_at, frozen_by, data) "
                                  "VALUES(?, ?, ?, ?, ?, ?)");
        q.bind(1, key(s.site));
        q.bind(2, domain::monthKey(s.month));
        q.bind(3, epoch(s.asOf));
        q.bind(4, epoch(s.frozenAt));
        q.bindNoCopy(5, s.frozenBy);
        q.bindNoCopy(6, s.data);
        q.exec();
        return domain::ReportSnapshotId{m_db.getLastInsertRowid()};
    } catch (const SQLite::Exception& e) {
        if (isForeignKeyViolation(e)) {
            return std::unexpected(noSite(s.site));
        }
        return std::unexpected(storageError(e));
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

} // namespace propdesk::storage
