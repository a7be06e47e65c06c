#include "calendarservice.h"

#include "access.h"
#include "audittrail.h"
#include "bundleddata.h"
#include "domain/calendarrepository.h"
#include "serviceslog.h"

#include <fmt/format.h>

#include <map>

namespace propdesk::services {

domain::Result<domain::WorkingCalendar> CalendarService::calendar(domain::CalendarKind kind)
{
    if (kind == domain::CalendarKind::None) {
        return domain::WorkingCalendar{};
    }
    std::map<int, domain::HolidayYear> years;
    for (auto& y : bundledHolidayYears()) {
        years[y.year] = y;
    }
    auto imported = m_ctx.store.calendars().importedYears();
    if (!imported) {
        return std::unexpected(imported.error());
    }
    for (auto& y : *imported) {
        years[y.year] = std::move(y);
    }
    std::vector<domain::HolidayYear> list;
    for (auto& [number, year] : years) {
        list.push_back(std::move(year));
    }
    return domain::WorkingCalendar(kind, list);
}

domain::Result<std::vector<int>> CalendarService::importYears(const std::vector<HolidayFile>& files)
{
    if (auto ok = require(m_ctx, domain::Permission::ManageCalendars); !ok) {
        return std::unexpected(ok.error());
    }
    ++m_ctx.rulesGeneration;
    std::vector<domain::HolidayYear> parsed;
    std::map<int, std::string> seen;
    for (const auto& f : files) {
        auto year = domain::parseHolidayYear(f.contents, f.name);
        if (!year) {
            return std::unexpected(year.error());
        }
        if (const auto [it, fresh] = seen.emplace(year->year, f.name); !fresh) {
            return domain::fail(domain::ErrorCode::InvalidInput,
                                fmt::format("year {} is also given by {}", year->year, it->second), "year", f.name);
        }
        parsed.push_back(std::move(*year));
    }
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        for (std::size_t i = 0; i < parsed.size(); ++i) {
            if (auto ok = m_ctx.store.calendars().saveYear(parsed[i], files[i].name); !ok) {
                return ok;
            }
            domain::AuditEntry entry;
            entry.entity = "calendar";
            entry.record = fmt::format("{}", parsed[i].year);
            entry.action = domain::AuditAction::Update;
            entry.summary = fmt::format("holiday year imported from {}", files[i].name);
            entry.changes = {{"days", "", fmt::format("{}", parsed[i].days.size())}, {"source", "", files[i].name}};
            if (auto ok = writeAudit(m_ctx, std::move(entry)); !ok) {
                return ok;
            }
        }
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    std::vector<int> numbers;
    for (const auto& y : parsed) {
        numbers.push_back(y.year);
        logger()->info("{} imported holiday year {} ({} days)", m_ctx.user.name, y.year, y.days.size());
    }
    return numbers;
}

} // namespace propdesk::services
