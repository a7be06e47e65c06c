#include "sqliteauditrepository.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace propdesk::storage {

using domain::ErrorCode;

namespace {

domain::Error storageError(const std::exception& e)
{
    return domain::Error{ErrorCode::Storage, e.what(), "", ""};
}

// Changes are kept as a JSON array of [field, before, after] triples.
std::string encodeChanges(const std::vector<domain::AuditChange>& changes)
{
    auto array = nlohmann::json::array();
    for (const auto& c : changes) {
        array.push_back(nlohmann::json::array({c.field, c.before, c.after}));
    }
    return array.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<domain::AuditChange> decodeChanges(const std::string& text)
{
    std::vector<domain::AuditChange> changes;
    const auto array = nlohmann::json::parse(text, nullptr, false);
    if (!array.is_array()) {
        return changes;
    }
    for (const auto& item : array) {
        if (item.is_array() && item.size() == 3) {
            changes.push_back({item[0].get<std::string>(), item[1].get<std::string>(), item[2].get<std::string>()});
        }
    }
    return changes;
}

} // namespace

SqliteAuditRepository::SqliteAuditRepository(SQLite::Database& db) : m_db(db) {}

SqliteAuditRepository::~SqliteAuditRepository() = default;

domain::Result<std::int64_t> SqliteAuditRepository::append(const domain::AuditEntry& entry)
{
    try {
        if (!m_insert) {
            m_insert = std::make_unique<SQLite::Statement>(
                m_db, "INSERT INTO audit_log(at, user_name, user_id, site_id, entity, record, action, summary, "
                      "changes) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        auto& q = *m_insert;
        q.reset();
        q.clearBindings();
        q.bind(1, static_cast<std::int64_t>(domain::epochSeconds(entry.at)));
        q.bind(2, entry.user);
        if (entry.account) {
            q.bind(3, static_cast<std::int64_t>(entry.account->value));
        }
        if (entry.site) {
            q.bind(4, static_cast<std::int64_t>(entry.site->value));
        }
        q.bind(5, entry.entity);
        q.bind(6, entry.record);
        q.bind(7, std::string(domain::auditActionKey(entry.action)));
        q.bind(8, entry.summary);
        q.bind(9, encodeChanges(entry.changes));
        q.exec();
        q.reset();
        return m_db.getLastInsertRowid();
    } catch (const std::exception& e) {
        if (m_insert) {
            m_insert->tryReset();
        }
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::AuditEntry>> SqliteAuditRepository::find(const domain::AuditFilter& filter)
{
    try {
        std::string sql = "SELECT id, at, user_name, user_id, site_id, entity, record, action, summary, changes "
                          "FROM audit_log WHERE 1";
        if (filter.user) {
            sql += " AND user_name = :user";
        }
        if (filter.entity) {
            sql += " AND entity = :entity";
        }
        if (filter.record && filter.exactRecord) {
            sql += " AND record = :record";
        } else if (filter.record) {
            // A prefix match that can use the (entity, record) index: [prefix, prefix + U+10FFFF).
            sql += " AND record >= :record AND record < :recordEnd";
        }
        if (filter.from) {
            sql += " AND at >= :from";
        }
        if (filter.to) {
            sql += " AND at < :to";
        }
        if (filter.beforeId) {
            sql += " AND id < :before";
        }
        if (filter.sites) {
            std::string list;
            for (const auto site : *filter.sites) {
                list += fmt::format("{}{}", list.empty() ? "" : ",", site.value);
            }
            sql += fmt::format(" AND (site_id IN ({}){})", list.empty() ? "NULL" : list,
                               filter.includeSiteless ? " OR site_id IS NULL" : "");
        } else if (!filter.includeSiteless) {
            sql += " AND site_id IS NOT NULL";
        }
        sql += " ORDER BY id DESC LIMIT :limit";
        SQLite::Statement q(m_db, sql);
        if (filter.user) {
            q.bind(":user", *filter.user);
        }
        if (filter.entity) {
            q.bind(":entity", *filter.entity);
        }
        if (filter.record) {
            q.bind(":record", *filter.record);
            if (!filter.exactRecord) {
                q.bind(":recordEnd", *filter.record + "\xF4\x8F\xBF\xBF");
            }
        }
        if (filter.from) {
            q.bind(":from", static_cast<std::int64_t>(domain::epochSeconds(*filter.from)));
        }
        if (filter.to) {
            q.bind(":to", static_cast<std::int64_t>(domain::epochSeconds(*filter.to)));
        }
        if (filter.beforeId) {
            q.bind(":before", static_cast<std::int64_t>(*filter.beforeId));
        }
        q.bind(":limit", static_cast<std::int64_t>(filter.limit));
        std::vector<domain::AuditEntry> entries;
        while (q.executeStep()) {
            domain::AuditEntry e;
            e.id = q.getColumn(0).getInt64();
            e.at = domain::instantFromEpoch(q.getColumn(1).getInt64());
            e.user = q.getColumn(2).getString();
            if (!q.getColumn(3).isNull()) {
                e.account = domain::UserId{q.getColumn(3).getInt64()};
            }
            if (!q.getColumn(4).isNull()) {
                e.site = domain::SiteId{q.getColumn(4).getInt64()};
            }
            e.entity = q.getColumn(5).getString();
            e.record = q.getColumn(6).getString();
            e.action = domain::parseAuditAction(q.getColumn(7).getString()).value_or(domain::AuditAction::Update);
            e.summary = q.getColumn(8).getString();
            e.changes = decodeChanges(q.getColumn(9).getString());
            entries.push_back(std::move(e));
        }
        return entries;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<std::string>> SqliteAuditRepository::users()
{
    try {
        std::vector<std::string> names;
        SQLite::Statement q(m_db, "SELECT DISTINCT user_name FROM audit_log ORDER BY user_name");
        while (q.executeStep()) {
            names.push_back(q.getColumn(0).getString());
        }
        return names;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::optional<std::string>> SqliteSettingsRepository::get(std::string_view key)
{
    try {
        SQLite::Statement q(m_db, "SELECT value FROM settings WHERE key = ?");
        q.bind(1, std::string(key));
        if (!q.executeStep()) {
            return std::optional<std::string>{};
        }
        return q.getColumn(0).getString();
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<void> SqliteSettingsRepository::set(std::string_view key, std::string_view value)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO settings(key, value) VALUES(?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        q.bind(1, std::string(key));
        q.bind(2, std::string(value));
        q.exec();
        return {};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

} // namespace propdesk::storage
