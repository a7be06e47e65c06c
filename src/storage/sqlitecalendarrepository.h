#pragma once

#include "domain/calendarrepository.h"

namespace SQLite {
class Database;
}

namespace propdesk::storage {

class SqliteCalendarRepository final : public domain::CalendarRepository
{
public:
    explicit SqliteCalendarRepository(SQLite::Database& db) : m_db(db) {}

    domain::Result<void> saveYear(const domain::HolidayYear& year, std::string_view source) override;
    domain::Result<std::vector<domain::HolidayYear>> importedYears() override;

private:
    SQLite::Database& m_db;
};

} // namespace propdesk::storage
