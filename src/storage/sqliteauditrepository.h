#pragma once

#include "domain/audit.h"
#include "domain/settingsrepository.h"

#include <memory>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace propdesk::storage {

class SqliteAuditRepository final : public domain::AuditRepository
{
public:
    explicit SqliteAuditRepository(SQLite::Database& db);
    ~SqliteAuditRepository() override;

    domain::Result<std::int64_t> append(const domain::AuditEntry& entry) override;
    domain::Result<std::vector<domain::AuditEntry>> find(const domain::AuditFilter& filter) override;
    domain::Result<std::vector<std::string>> users() override;

private:
    SQLite::Database& m_db;
    std::unique_ptr<SQLite::Statement> m_insert; // prepared once: an import appends an entry per order
};

class SqliteSettingsRepository final : public domain::SettingsRepository
{
public:
    explicit SqliteSettingsRepository(SQLite::Database& db) : m_db(db) {}

    domain::Result<std::optional<std::string>> get(std::string_view key) override;
    domain::Result<void> set(std::string_view key, std::string_view value) override;

private:
    SQLite::Database& m_db;
};

} // namespace propdesk::storage
