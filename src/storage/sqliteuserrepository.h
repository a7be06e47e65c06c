#pragma once

#include "domain/userrepository.h"

namespace SQLite {
class Database;
} // namespace SQLite

namespace propdesk::storage {

class SqliteUserRepository final : public domain::UserRepository
{
public:
    explicit SqliteUserRepository(SQLite::Database& db) : m_db(db) {}

    domain::Result<std::size_t> count() override;
    domain::Result<domain::UserId> add(const domain::UserAccount& account) override;
    domain::Result<void> update(const domain::UserAccount& account) override;
    domain::Result<std::optional<domain::UserAccount>> get(domain::UserId id) override;
    domain::Result<std::optional<domain::UserAccount>> findByName(std::string_view name) override;
    domain::Result<std::vector<domain::UserAccount>> list() override;
    domain::Result<domain::SignInFailures> failures(std::string_view name) override;
    domain::Result<void> recordFailure(std::string_view name, domain::Instant at) override;
    domain::Result<void> clearFailures(std::string_view name) override;

private:
    void writeSites(const domain::UserAccount& account);
    std::vector<domain::SiteId> readSites(domain::UserId id);

    SQLite::Database& m_db;
};

} // namespace propdesk::storage
