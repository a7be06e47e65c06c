#include "timezone.h"

#include <date/tz.h>
#include <fmt/format.h>

#include <charconv>
#include <cstdlib>

namespace propdesk::domain {

namespace {

// Parses exactly `width` decimal digits at `pos`.
bool readDigits(std::string_view text, std::size_t pos, std::size_t width, int& out)
{
    if (pos + width > text.size()) {
        return false;
    }
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

std::string formatOffset(Seconds offset)
{
    const auto total = offset.count();
    const char sign = total < 0 ? '-' : '+';
    const auto abs = std::llabs(total);
    return fmt::format("{}{:02}:{:02}", sign, abs / 3600, (abs % 3600) / 60);
}

} // namespace

Result<TimeZone> TimeZone::find(std::string_view name)
{
    try {
        return TimeZone(date::locate_zone(name));
    } catch (const std::exception&) {
        return fail(ErrorCode::NotFound, fmt::format("unknown time zone '{}'", name), "timezone");
    }
}

std::string_view TimeZone::name() const
{
    return m_zone->name();
}

LocalTime TimeZone::toLocal(Instant instant) const
{
    return m_zone->to_local(instant);
}

Date TimeZone::localDate(Instant instant) const
{
    return Date{date::floor<date::days>(toLocal(instant))};
}

Seconds TimeZone::timeOfDay(Instant instant) const
{
    const auto local = toLocal(instant);
    return local - date::floor<date::days>(local);
}

Seconds TimeZone::utcOffset(Instant instant) const
{
    return m_zone->get_info(instant).offset;
}

Result<Instant> TimeZone::fromLocal(LocalTime local) const
{
    const auto info = m_zone->get_info(local);
    switch (info.result) {
    case date::local_info::unique:
        return Instant{local.time_since_epoch() - info.first.offset};
    case date::local_info::nonexistent:
        return fail(ErrorCode::InvalidInput,
                    fmt::format("{} does not exist in {} (the clocks skip it at a daylight-saving change); "
                                "give an explicit offset",
                                date::format("%F %T", local), name()));
    case date::local_info::ambiguous:
    default:
        return fail(ErrorCode::InvalidInput,
                    fmt::format("{} is ambiguous in {} (it happens twice at a daylight-saving change); "
                                "give an explicit offset",
                                date::format("%F %T", local), name()));
    }
}

Instant TimeZone::fromLocalLenient(LocalTime local) const
{
    const auto info = m_zone->get_info(local);
    if (info.result == date::local_info::nonexistent) {
        // The wall clock jumped over `local`: the transition instant is the first valid one after it.
        return info.second.begin;
    }
    return Instant{local.time_since_epoch() - info.first.offset};
}

Instant TimeZone::startOfDay(Date date) const
{
    return fromLocalLenient(LocalTime{date::local_days{date}.time_since_epoch()});
}

std::string TimeZone::formatIso(Instant instant) const
{
    return date::format("%FT%T", toLocal(instant)) + formatOffset(utcOffset(instant));
}

std::string TimeZone::formatLocal(Instant instant) const
{
    const auto local = toLocal(instant);
    if ((local - date::floor<std::chrono::minutes>(local)).count() != 0) {
        return date::format("%F %T", local);
    }
    return date::format("%F %R", date::floor<std::chrono::minutes>(local));
}

Result<Date> parseDate(std::string_view text)
{
    int y = 0;
    int m = 0;
    int d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !readDigits(text, 0, 4, y) ||
        !readDigits(text, 5, 2, m) || !readDigits(text, 8, 2, d)) {
        return fail(ErrorCode::InvalidInput, fmt::format("'{}' is not a date (YYYY-MM-DD)", text));
    }
    const Date date{date::year{y}, date::month{static_cast<unsigned>(m)}, date::day{static_cast<unsigned>(d)}};
    if (!date.ok()) {
        return fail(ErrorCode::InvalidInput, fmt::format("'{}' is not a valid calendar date", text));
    }
    return date;
}

std::string formatDate(Date date)
{
    return date::format("%F", date::sys_days{date});
}

Result<Instant> parseTime(std::string_view text, const TimeZone& zone)
{
    const auto bad = [&] {
        return fail(ErrorCode::InvalidInput,
                    fmt::format("'{}' is not a time (YYYY-MM-DD HH:MM[:SS], or ISO 8601 with T and an "
                                "optional offset)",
                                text));
    };
    // Quote the whole text unless its first ten bytes are shaped like a date: they may end inside a character.
    int digits = 0;
    if (text.size() < 16 || text[4] != '-' || text[7] != '-' || !readDigits(text, 0, 4, digits) ||
        !readDigits(text, 5, 2, digits) || !readDigits(text, 8, 2, digits)) {
        return bad();
    }
    auto date = parseDate(text.substr(0, 10));
    if (!date) {
        return std::unexpected(date.error());
    }
    const char sep = text[10];
    if (sep != ' ' && sep != 'T') {
        return bad();
    }
    int hh = 0;
    int mm = 0;
    int ss = 0;
    if (!readDigits(text, 11, 2, hh) || text[13] != ':' || !readDigits(text, 14, 2, mm)) {
        return bad();
    }
    std::size_t pos = 16;
    if (pos < text.size() && text[pos] == ':') {
        if (!readDigits(text, pos + 1, 2, ss)) {
            return bad();
        }
        pos += 3;
    }
    if (hh > 23 || mm > 59 || ss > 59) {
        return fail(ErrorCode::InvalidInput, fmt::format("'{}' has no such time of day", text));
    }
    const auto local = LocalTime{date::local_days{*date}.time_since_epoch()} + std::chrono::hours{hh} +
                       std::chrono::minutes{mm} + Seconds{ss};
    if (pos == text.size()) {
        return zone.fromLocal(local);
    }
    // Only the ISO form may carry an offset.
    if (sep != 'T') {
        return bad();
    }
    const auto rest = text.substr(pos);
    Seconds offset{0};
    if (rest == "Z") {
        offset = Seconds{0};
    } else if ((rest[0] == '+' || rest[0] == '-') && (rest.size() == 6 || rest.size() == 5)) {
        int oh = 0;
        int om = 0;
        const bool colon = rest.size() == 6;
        if (!readDigits(rest, 1, 2, oh) || (colon && rest[3] != ':') || !readDigits(rest, colon ? 4 : 3, 2, om) ||
            oh > 23 || om > 59) {
            return bad();
        }
        offset = std::chrono::hours{oh} + std::chrono::minutes{om};
        if (rest[0] == '-') {
            offset = -offset;
        }
    } else {
        return bad();
    }
    return Instant{local.time_since_epoch() - offset};
}

Result<Seconds> parseClockTime(std::string_view text)
{
    int hh = 0;
    int mm = 0;
    if (text.size() != 5 || text[2] != ':' || !readDigits(text, 0, 2, hh) || !readDigits(text, 3, 2, mm) || mm > 59 ||
        hh > 24 || (hh == 24 && mm != 0)) {
        return fail(ErrorCode::InvalidInput, fmt::format("'{}' is not a time of day (HH:MM)", text));
    }
    return Seconds{hh * 3600 + mm * 60};
}

std::string formatClockTime(Seconds sinceMidnight)
{
    const auto minutes = sinceMidnight.count() / 60;
    return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
}

} // namespace propdesk::domain
