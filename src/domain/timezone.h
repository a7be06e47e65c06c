#pragma once

#include "error.h"
#include "time.h"

#include <string>
#include <string_view>

namespace date {
class time_zone;
}

namespace propdesk::domain {

// A site's IANA time zone from the system tz database. Converts between stored instants and the local
// wall-clock time in which users see and type them. Cheap to copy.
class TimeZone
{
public:
    // "Asia/Shanghai", "America/New_York", "UTC". NotFound for a name the tz database does not know.
    static Result<TimeZone> find(std::string_view name);

    std::string_view name() const;

    LocalTime toLocal(Instant instant) const;
    Date localDate(Instant instant) const;
    // Seconds since local midnight.
    Seconds timeOfDay(Instant instant) const;
    Seconds utcOffset(Instant instant) const;

    // The instant a local reading stands for. A reading skipped by a daylight-saving change
    // ("does not exist") or repeated by one ("ambiguous") is an error: only an explicit offset can say
    // which instant was meant.
    Result<Instant> fromLocal(LocalTime local) const;
    // Like fromLocal, but resolves a skipped reading to the instant the clock jumped at and a repeated
    // one to its first occurrence. For computed boundaries (start of a day, working hours), never for
    // user input.
    Instant fromLocalLenient(LocalTime local) const;
    // The first instant of a local date (24:00 of the day before).
    Instant startOfDay(Date date) const;

    // "2025-04-05T00:00:00+08:00"
    std::string formatIso(Instant instant) const;
    // "2025-04-05 00:00" (or with seconds when they are not zero)
    std::string formatLocal(Instant instant) const;

private:
    explicit TimeZone(const date::time_zone* zone) : m_zone(zone) {}
    const date::time_zone* m_zone;
};

// "2025-03-01" → Date. InvalidInput for anything else, including 2025-02-30.
Result<Date> parseDate(std::string_view text);
std::string formatDate(Date date);

// A time as the CSV format and the command line accept it (DESIGN.md §5): "YYYY-MM-DD HH:MM",
// "YYYY-MM-DD HH:MM:SS" in site local time, or ISO 8601 with "T", with an offset or "Z", or without one
// (then site local time).
Result<Instant> parseTime(std::string_view text, const TimeZone& zone);

// "HH:MM" → seconds since midnight; "24:00" is accepted as the end of the day.
Result<Seconds> parseClockTime(std::string_view text);
std::string formatClockTime(Seconds sinceMidnight);

} // namespace propdesk::domain
