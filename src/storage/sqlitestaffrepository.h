#pragma once

#include "domain/staffrepository.h"

namespace SQLite {
class Database;
} // namespace SQLite

namespace propdesk::storage {

class SqliteStaffRepository final : public domain::StaffRepository
{
public:
    explicit SqliteStaffRepository(SQLite::Database& db) : m_db(db) {}

    domain::Result<domain::StaffId> add(const domain::StaffMember& member) override;
    domain::Result<void> update(const domain::StaffMember& member) override;
    domain::Result<std::optional<domain::StaffMember>> get(domain::StaffId id) override;
    domain::Result<std::vector<domain::StaffMember>> list(domain::SiteId site) override;

private:
    SQLite::Database& m_db;
};

} // namespace propdesk::storage
