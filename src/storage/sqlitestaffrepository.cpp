#include "sqlitestaffrepository.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <sqlite3.h>

namespace propdesk::storage {

using domain::ErrorCode;

namespace {

constexpr const char* kColumns = "id, site_id, name, phone, trade, active";

domain::StaffMember readMember(SQLite::Statement& q)
{
    domain::StaffMember m;
    m.id = domain::StaffId{q.getColumn(0).getInt64()};
    m.siteId = domain::SiteId{q.getColumn(1).getInt64()};
    m.name = q.getColumn(2).getString();
    m.phone = q.getColumn(3).getString();
    m.trade = q.getColumn(4).getString();
    m.active = q.getColumn(5).getInt() != 0;
    return m;
}

domain::Error storageError(const SQLite::Exception& e, const domain::StaffMember& member)
{
    if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE) {
        return domain::Error{ErrorCode::Conflict,
                             fmt::format("the site already has a staff member named {}", member.name), "name",
                             member.name};
    }
    return domain::Error{ErrorCode::Storage, e.what(), "", member.name};
}

} // namespace

domain::Result<domain::StaffId> SqliteStaffRepository::add(const domain::StaffMember& member)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO staff(site_id, name, phone, trade, active) VALUES(?, ?, ?, ?, ?)");
        q.bind(1, static_cast<std::int64_t>(member.siteId.value));
        q.bind(2, member.name);
        q.bind(3, member.phone);
        q.bind(4, member.trade);
        q.bind(5, member.active ? 1 : 0);
        q.exec();
        return domain::StaffId{m_db.getLastInsertRowid()};
    } catch (const SQLite::Exception& e) {
        return std::unexpected(storageError(e, member));
    }
}

domain::Result<void> SqliteStaffRepository::update(const domain::StaffMember& member)
{
    try {
        SQLite::Statement q(m_db, "UPDATE staff SET name = ?, phone = ?, trade = ?, active = ? WHERE id = ?");
        q.bind(1, member.name);
        q.bind(2, member.phone);
        q.bind(3, member.trade);
        q.bind(4, member.active ? 1 : 0);
        q.bind(5, static_cast<std::int64_t>(member.id.value));
        if (q.exec() == 0) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no staff member with id {}", member.id.value));
        }
        return {};
    } catch (const SQLite::Exception& e) {
        return std::unexpected(storageError(e, member));
    }
}

domain::Result<std::optional<domain::StaffMember>> SqliteStaffRepository::get(domain::StaffId id)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM staff WHERE id = ?", kColumns));
        q.bind(1, static_cast<std::int64_t>(id.value));
        if (!q.executeStep()) {
            return std::optional<domain::StaffMember>{};
        }
        return std::optional(readMember(q));
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::vector<domain::StaffMember>> SqliteStaffRepository::list(domain::SiteId site)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT {} FROM staff WHERE site_id = ? ORDER BY name", kColumns));
        q.bind(1, static_cast<std::int64_t>(site.value));
        std::vector<domain::StaffMember> out;
        while (q.executeStep()) {
            out.push_back(readMember(q));
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

} // namespace propdesk::storage
