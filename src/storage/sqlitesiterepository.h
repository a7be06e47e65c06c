#pragma once

#include "domain/siterepository.h"

#include <functional>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace propdesk::storage {

class SqliteSiteRepository final : public domain::SiteRepository
{
public:
    explicit SqliteSiteRepository(SQLite::Database& db) : m_db(db) {}

    domain::Result<domain::SiteId> add(const domain::Site& site) override;
    domain::Result<std::optional<domain::Site>> findByCode(std::string_view code) override;
    domain::Result<std::optional<domain::Site>> findById(domain::SiteId id) override;
    domain::Result<std::vector<domain::Site>> list() override;

private:
    domain::Result<std::vector<domain::Site>> query(const char* where,
                                                    const std::function<void(SQLite::Statement&)>& bind);
    SQLite::Database& m_db;
};

} // namespace propdesk::storage
