#include "sqliteuserrepository.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <sqlite3.h>

namespace propdesk::storage {

using domain::ErrorCode;

namespace {

constexpr const char* kSelect =
    "SELECT id, name, display_name, role, password_hash, active, created_at, password_changed_at FROM users";

domain::Error storageError(const SQLite::Exception& e, const domain::UserAccount& account)
{
    if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE) {
        return domain::Error{ErrorCode::Conflict, fmt::format("there is already a user named {}", account.name), "name",
                             account.name};
    }
    return domain::Error{ErrorCode::Storage, e.what(), "", account.name};
}

domain::Error storageError(const std::exception& e)
{
    return domain::Error{ErrorCode::Storage, e.what(), "", ""};
}

} // namespace

std::vector<domain::SiteId> SqliteUserRepository::readSites(domain::UserId id)
{
    std::vector<domain::SiteId> sites;
    SQLite::Statement q(m_db, "SELECT site_id FROM user_sites WHERE user_id = ? ORDER BY site_id");
    q.bind(1, static_cast<std::int64_t>(id.value));
    while (q.executeStep()) {
        sites.push_back(domain::SiteId{q.getColumn(0).getInt64()});
    }
    return sites;
}

void SqliteUserRepository::writeSites(const domain::UserAccount& account)
{
    SQLite::Statement clear(m_db, "DELETE FROM user_sites WHERE user_id = ?");
    clear.bind(1, static_cast<std::int64_t>(account.id.value));
    clear.exec();
    SQLite::Statement insert(m_db, "INSERT OR IGNORE INTO user_sites(user_id, site_id) VALUES(?, ?)");
    for (const auto site : account.sites) {
        insert.bind(1, static_cast<std::int64_t>(account.id.value));
        insert.bind(2, static_cast<std::int64_t>(site.value));
        insert.exec();
        insert.reset();
    }
}

domain::Result<std::size_t> SqliteUserRepository::count()
{
    try {
        return static_cast<std::size_t>(m_db.execAndGet("SELECT COUNT(*) FROM users").getInt64());
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<domain::UserId> SqliteUserRepository::add(const domain::UserAccount& account)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO users(name, display_name, role, password_hash, active, created_at, "
                                  "password_changed_at) VALUES(?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, account.name);
        q.bind(2, account.displayName);
        q.bind(3, std::string(domain::roleKey(account.role)));
        q.bind(4, account.passwordHash);
        q.bind(5, account.active ? 1 : 0);
        q.bind(6, static_cast<std::int64_t>(domain::epochSeconds(account.createdAt)));
        if (account.passwordChangedAt) {
            q.bind(7, static_cast<std::int64_t>(domain::epochSeconds(*account.passwordChangedAt)));
        }
        q.exec();
        auto stored = account;
        stored.id = domain::UserId{m_db.getLastInsertRowid()};
        writeSites(stored);
        return stored.id;
    } catch (const SQLite::Exception& e) {
        return std::unexpected(storageError(e, account));
    }
}

domain::Result<void> SqliteUserRepository::update(const domain::UserAccount& account)
{
    try {
        SQLite::Statement q(m_db, "UPDATE users SET name = ?, display_name = ?, role = ?, password_hash = ?, "
                                  "active = ?, password_changed_at = ? WHERE id = ?");
        q.bind(1, account.name);
        q.bind(2, account.displayName);
        q.bind(3, std::string(domain::roleKey(account.role)));
        q.bind(4, account.passwordHash);
        q.bind(5, account.active ? 1 : 0);
        if (account.passwordChangedAt) {
            q.bind(6, static_cast<std::int64_t>(domain::epochSeconds(*account.passwordChangedAt)));
        }
        q.bind(7, static_cast<std::int64_t>(account.id.value));
        if (q.exec() == 0) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no user with id {}", account.id.value));
        }
        writeSites(account);
        return {};
    } catch (const SQLite::Exception& e) {
        return std::unexpected(storageError(e, account));
    }
}

namespace {

domain::UserAccount readAccount(SQLite::Statement& q)
{
    domain::UserAccount a;
    a.id = domain::UserId{q.getColumn(0).getInt64()};
    a.name = q.getColumn(1).getString();
    a.displayName = q.getColumn(2).getString();
    a.role = domain::parseRole(q.getColumn(3).getString()).value_or(domain::Role::None);
    a.passwordHash = q.getColumn(4).getString();
    a.active = q.getColumn(5).getInt() != 0;
    a.createdAt = domain::instantFromEpoch(q.getColumn(6).getInt64());
    if (!q.getColumn(7).isNull()) {
        a.passwordChangedAt = domain::instantFromEpoch(q.getColumn(7).getInt64());
    }
    return a;
}

} // namespace

domain::Result<std::optional<domain::UserAccount>> SqliteUserRepository::get(domain::UserId id)
{
    try {
        SQLite::Statement q(m_db, fmt::format("{} WHERE id = ?", kSelect));
        q.bind(1, static_cast<std::int64_t>(id.value));
        if (!q.executeStep()) {
            return std::optional<domain::UserAccount>{};
        }
        auto account = readAccount(q);
        account.sites = readSites(account.id);
        return account;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::optional<domain::UserAccount>> SqliteUserRepository::findByName(std::string_view name)
{
    try {
        SQLite::Statement q(m_db, fmt::format("{} WHERE name = ?", kSelect));
        q.bind(1, std::string(name));
        if (!q.executeStep()) {
            return std::optional<domain::UserAccount>{};
        }
        auto account = readAccount(q);
        account.sites = readSites(account.id);
        return account;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<std::vector<domain::UserAccount>> SqliteUserRepository::list()
{
    try {
        std::vector<domain::UserAccount> accounts;
        SQLite::Statement q(m_db, fmt::format("{} ORDER BY name", kSelect));
        while (q.executeStep()) {
            accounts.push_back(readAccount(q));
        }
        for (auto& a : accounts) {
            a.sites = readSites(a.id);
        }
        return accounts;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<domain::SignInFailures> SqliteUserRepository::failures(std::string_view name)
{
    try {
        SQLite::Statement q(m_db, "SELECT failures, last_failure_at FROM sign_in_failures WHERE name = ?");
        q.bind(1, std::string(name));
        domain::SignInFailures f;
        if (q.executeStep()) {
            f.count = q.getColumn(0).getInt();
            f.last = domain::instantFromEpoch(q.getColumn(1).getInt64());
        }
        return f;
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<void> SqliteUserRepository::recordFailure(std::string_view name, domain::Instant at)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO sign_in_failures(name, failures, last_failure_at) VALUES(?, 1, ?) "
                                  "ON CONFLICT(name) DO UPDATE SET failures = failures + 1, "
                                  "last_failure_at = excluded.last_failure_at");
        q.bind(1, std::string(name));
        q.bind(2, static_cast<std::int64_t>(domain::epochSeconds(at)));
        q.exec();
        return {};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

domain::Result<void> SqliteUserRepository::clearFailures(std::string_view name)
{
    try {
        SQLite::Statement q(m_db, "DELETE FROM sign_in_failures WHERE name = ?");
        q.bind(1, std::string(name));
        q.exec();
        return {};
    } catch (const std::exception& e) {
        return std::unexpected(storageError(e));
    }
}

} // namespace propdesk::storage
