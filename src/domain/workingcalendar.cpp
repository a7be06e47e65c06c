#include "workingcalendar.h"

#include "timezone.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace propdesk::domain {

Result<HolidayYear> parseHolidayYear(std::string_view json, std::string_view source)
{
    const auto bad = [&](std::string_view field, std::string message) {
        return fail(ErrorCode::InvalidInput, std::move(message), std::string(field), std::string(source));
    };
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json);
    } catch (const nlohmann::json::exception& e) { // parse_error, and out_of_range for a number too large
        return bad("", fmt::format("not valid JSON: {}", e.what()));
    }
    if (!doc.is_object()) {
        return bad("", "expected a JSON object with \"year\" and \"days\"");
    }
    HolidayYear out;
    const auto year = doc.find("year");
    if (year == doc.end() || !year->is_number_integer() || year->get<int>() < 1970 || year->get<int>() > 2200) {
        return bad("year", "missing, or not a year between 1970 and 2200");
    }
    out.year = year->get<int>();
    const auto days = doc.find("days");
    if (days == doc.end() || !days->is_array()) {
        return bad("days", "missing, or not a list");
    }
    for (std::size_t i = 0; i < days->size(); ++i) {
        const auto& d = (*days)[i];
        const auto at = [&](std::string_view field) {
            return fmt::format("days[{}].{}", i, field);
        };
        if (!d.is_object()) {
            return bad(fmt::format("days[{}]", i), "not an object");
        }
        HolidayDay day;
        if (!d.contains("name") || !d["name"].is_string()) {
            return bad(at("name"), "missing or not text");
        }
        day.name = d["name"].get<std::string>();
        if (!d.contains("date") || !d["date"].is_string()) {
            return bad(at("date"), "missing or not text");
        }
        auto date = parseDate(d["date"].get<std::string>());
        if (!date) {
            return bad(at("date"), date.error().message);
        }
        const int y = static_cast<int>(date->year());
        if (y < out.year - 1 || y > out.year + 1) {
            return bad(at("date"), fmt::format("{} is not in or next to {}", formatDate(*date), out.year));
        }
        day.date = *date;
        if (!d.contains("isOffDay") || !d["isOffDay"].is_boolean()) {
            return bad(at("isOffDay"), "missing or not true/false");
        }
        day.isOffDay = d["isOffDay"].get<bool>();
        out.days.push_back(std::move(day));
    }
    return out;
}

std::string_view calendarKey(CalendarKind kind)
{
    return kind == CalendarKind::China ? "CN" : "none";
}

Result<CalendarKind> parseCalendarKind(std::string_view key)
{
    if (key == "CN") {
        return CalendarKind::China;
    }
    if (key == "none") {
        return CalendarKind::None;
    }
    return fail(ErrorCode::InvalidInput, fmt::format("unknown calendar '{}' (CN or none)", key), "calendar");
}

WorkingCalendar::WorkingCalendar(CalendarKind kind, const std::vector<HolidayYear>& years) : m_kind(kind)
{
    if (kind == CalendarKind::None) {
        return;
    }
    // Two passes: entries for a neighbouring year first, then each file's own year, which overrides.
    for (const bool ownYear : {false, true}) {
        for (const auto& year : years) {
            for (const auto& day : year.days) {
                if ((static_cast<int>(day.date.year()) == year.year) == ownYear) {
                    m_days[date::sys_days{day.date}] = day;
                }
            }
        }
    }
}

bool WorkingCalendar::isWorkingDay(Date date) const
{
    if (const auto* e = entry(date)) {
        return !e->isOffDay;
    }
    const date::weekday wd{date::sys_days{date}};
    return wd != date::Saturday && wd != date::Sunday;
}

Date WorkingCalendar::nthWorkingDayAfter(Date date, int n) const
{
    auto day = date::sys_days{date};
    while (n > 0) {
        day += date::days{1};
        if (isWorkingDay(Date{day})) {
            --n;
        }
    }
    return Date{day};
}

const HolidayDay* WorkingCalendar::entry(Date date) const
{
    if (m_kind == CalendarKind::None) {
        return nullptr;
    }
    const auto it = m_days.find(date::sys_days{date});
    return it == m_days.end() ? nullptr : &it->second;
}

} // namespace propdesk::domain
