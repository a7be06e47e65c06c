#pragma once

#include <date/date.h>

#include <chrono>

namespace propdesk::domain {

// An instant: UTC seconds since the epoch, the way every timestamp is stored.
using Instant = std::chrono::sys_seconds;
// A wall-clock reading in some site's zone; meaningless without the zone.
using LocalTime = date::local_seconds;
// A calendar date (in a site's local time where it matters).
using Date = date::year_month_day;
using Seconds = std::chrono::seconds;

inline Instant instantFromEpoch(std::int64_t seconds)
{
    return Instant{Seconds{seconds}};
}

inline std::int64_t epochSeconds(Instant instant)
{
    return instant.time_since_epoch().count();
}

} // namespace propdesk::domain
