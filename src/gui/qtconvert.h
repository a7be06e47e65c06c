#pragma once

// Conversions between the backbone's types (UTF-8 std::string, UTC instants, site time zones) and Qt's.

#include "domain/error.h"
#include "domain/time.h"

#include <QDateTime>
#include <QString>

#include <filesystem>
#include <string>
#include <string_view>

namespace propdesk::domain {
class TimeZone;
}

namespace propdesk::gui {

// The backbone's strings are UTF-8.
QString qs(std::string_view text);
std::string utf8(const QString& text);
// File names in the file system's encoding, as QFile sees them.
std::filesystem::path toPath(const QString& fileName);
QString fromPath(const std::filesystem::path& path);

// The instant as a QDateTime whose date() and time() are the site's wall clock (Qt::OffsetFromUTC with the
// zone's offset at that instant), whatever the zone of the machine. It still denotes the same instant.
QDateTime toDateTime(domain::Instant instant, const domain::TimeZone& zone);
// Reads wall.date() and wall.time() as a reading of the site's wall clock, ignoring wall's own time spec.
// A reading that a daylight-saving change skips or repeats is an InvalidInput error (field "at" unless the
// domain names one): the user has to say which instant was meant. Pass a QDateTime in Qt::UTC or
// Qt::OffsetFromUTC, never Qt::LocalTime, so that the machine's own daylight-saving rules cannot move it.
domain::Result<domain::Instant> fromDateTime(const QDateTime& wall, const domain::TimeZone& zone);

// The locale's short date and HH:mm in the site's zone: "2025/4/5 16:00" (zh_CN), "4/5/25 16:00" (en_US).
QString formatInstant(domain::Instant instant, const domain::TimeZone& zone);
// Whole minutes, for countdowns and durations: "12 min", "2 h 05 min", "3 d 4 h"; "-" before a negative
// one (overdue).
QString formatDuration(domain::Seconds duration);

// The month of a date, and the first day of a month, for the month pickers (QDateEdit in "yyyy-MM").
date::year_month yearMonthOf(const QDate& day);
QDate firstDayOf(date::year_month month);

} // namespace propdesk::gui
