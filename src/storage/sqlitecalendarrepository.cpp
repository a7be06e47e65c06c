#include "sqlitecalendarrepository.h"

#include "domain/timezone.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace propdesk::storage {

using domain::ErrorCode;

domain::Result<void> SqliteCalendarRepository::saveYear(const domain::HolidayYear& year, std::string_view source)
{
    nlohmann::ordered_json doc;
    doc["year"] = year.year;
    auto& days = doc["days"] = nlohmann::ordered_json::array();
    for (const auto& d : year.days) {
        days.push_back({{"name", d.name}, {"date", domain::formatDate(d.date)}, {"isOffDay", d.isOffDay}});
    }
    try {
        SQLite::Statement q(m_db, "INSERT INTO holiday_years(year, source, definition) VALUES(?, ?, ?) "
                                  "ON CONFLICT(year) DO UPDATE SET source = excluded.source, "
                                  "definition = excluded.definition");
        q.bind(1, year.year);
        q.bind(2, std::string(source));
        q.bind(3, doc.dump());
        q.exec();
        return {};
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

domain::Result<std::vector<domain::HolidayYear>> SqliteCalendarRepository::importedYears()
{
    try {
        SQLite::Statement q(m_db, "SELECT year, definition FROM holiday_years ORDER BY year");
        std::vector<domain::HolidayYear> out;
        while (q.executeStep()) {
            auto year = domain::parseHolidayYear(q.getColumn(1).getString(),
                                                 fmt::format("stored holiday year {}", q.getColumn(0).getInt()));
            if (!year) {
                return domain::fail(ErrorCode::Storage, year.error().describe());
            }
            out.push_back(std::move(*year));
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return domain::fail(ErrorCode::Storage, e.what());
    }
}

} // namespace propdesk::storage
