#pragma once

#include "error.h"
#include "time.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::domain {

// One entry of a holiday file: a public holiday (off day) or a make-up working day (调休上班).
struct HolidayDay
{
    Date date;
    std::string name;
    bool isOffDay = true;
};

// A year's holiday file in the holiday-cn format: {"year":2025,"days":[{"name","date","isOffDay"}…]}.
struct HolidayYear
{
    int year = 0;
    std::vector<HolidayDay> days;
};

// Reads a holiday file. `source` names the file in error messages; every problem names the day's
// index and field ("2027.json: days[3].date: …").
Result<HolidayYear> parseHolidayYear(std::string_view json, std::string_view source);

enum class CalendarKind
{
    None,  // Monday to Friday
    China, // Monday to Friday, less public holidays, plus make-up working days
};

std::string_view calendarKey(CalendarKind kind);
Result<CalendarKind> parseCalendarKind(std::string_view key);

// Decides which days are working days for a site.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    // Merges holiday years. A file may list days of the neighbouring year; where two files disagree on
    // a date, the file of that date's own year wins.
    WorkingCalendar(CalendarKind kind, const std::vector<HolidayYear>& years);

    CalendarKind kind() const { return m_kind; }
    bool isWorkingDay(Date date) const;
    // The n-th working day after `date`, counting from the day after it whatever `date` is. n = 0 gives
    // `date` itself.
    Date nthWorkingDayAfter(Date date, int n) const;
    // The holiday or make-up entry of a date, if any.
    const HolidayDay* entry(Date date) const;

private:
    CalendarKind m_kind = CalendarKind::None;
    std::map<date::sys_days, HolidayDay> m_days;
};

} // namespace propdesk::domain
