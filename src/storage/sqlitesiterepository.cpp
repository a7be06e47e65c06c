#include "sqlitesiterepository.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <sqlite3.h>

namespace propdesk::storage {

using domain::ErrorCode;
using domain::Seconds;

domain::Result<domain::SiteId> SqliteSiteRepository::add(const domain::Site& site)
{
    try {
        SQLite::Statement q(m_db, "INSERT INTO sites(code, name, time_zone, calendar, work_start, work_end, "
                                  "households, residents) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, site.code);
        q.bind(2, site.name);
        q.bind(3, site.timeZone);
        q.bind(4, std::string(domain::calendarKey(site.calendar)));
        q.bind(5, static_cast<std::int64_t>(site.workStart.count()));
        q.bind(6, static_cast<std::int64_t>(site.workEnd.count()));
        q.bind(7, site.households);
        q.bind(8, site.residents);
        q.exec();
        return domain::SiteId{m_db.getLastInsertRowid()};
    } catch (const SQLite::Exception& e) {
        if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE) {
            return domain::fail(ErrorCode::Conflict, fmt::format("a site with code {} already exists", site.code),
                                "code", site.code);
        }
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::vector<domain::Site>>
SqliteSiteRepository::query(const char* where, const std::function<void(SQLite::Statement&)>& bind)
{
    try {
        SQLite::Statement q(m_db, fmt::format("SELECT id, code, name, time_zone, calendar, work_start, work_end, "
                                              "households, residents FROM sites {} ORDER BY code",
                                              where));
        bind(q);
        std::vector<domain::Site> out;
        while (q.executeStep()) {
            domain::Site s;
            s.id = domain::SiteId{q.getColumn(0).getInt64()};
            s.code = q.getColumn(1).getString();
            s.name = q.getColumn(2).getString();
            s.timeZone = q.getColumn(3).getString();
            s.calendar = domain::parseCalendarKind(q.getColumn(4).getString()).value_or(domain::CalendarKind::None);
            s.workStart = Seconds{q.getColumn(5).getInt64()};
            s.workEnd = Seconds{q.getColumn(6).getInt64()};
            s.households = q.getColumn(7).getInt();
            s.residents = q.getColumn(8).getInt();
            out.push_back(std::move(s));
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::optional<domain::Site>> SqliteSiteRepository::findByCode(std::string_view code)
{
    auto rows = query("WHERE code = ?", [&](SQLite::Statement& q) { q.bind(1, std::string(code)); });
    if (!rows) {
        return std::unexpected(rows.error());
    }
    return rows->empty() ? std::nullopt : std::optional(rows->front());
}

domain::Result<std::optional<domain::Site>> SqliteSiteRepository::findById(domain::SiteId id)
{
    auto rows = query("WHERE id = ?", [&](SQLite::Statement& q) { q.bind(1, static_cast<std::int64_t>(id.value)); });
    if (!rows) {
        return std::unexpected(rows.error());
    }
    return rows->empty() ? std::nullopt : std::optional(rows->front());
}

domain::Result<std::vector<domain::Site>> SqliteSiteRepository::list()
{
    return query("", [](SQLite::Statement&) {});
}

} // namespace propdesk::storage
