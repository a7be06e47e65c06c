#include "clockmath.h"

#include "sitecontext.h"

#include <functional>

namespace propdesk::rules {

using domain::ClockKind;
using domain::Hold;
using domain::Instant;
using domain::Seconds;

namespace {

constexpr Instant kForever = Instant::max();
// A milestone that has not accrued its limit in twenty years is not going to.
constexpr int kMaxDays = 366 * 20;

// Calls `visit(from, to)` for each stretch of time after `start` during which the clock runs, in order,
// until `visit` returns false. `to` is kForever for a stretch with no end.
void forEachRunningStretch(ClockKind clock, const SiteContext& site, Instant start, std::span<const Hold> holds,
                           const std::function<bool(Instant, Instant)>& visit)
{
    // Subtracts the holds from [from, to) and visits what is left. Returns false to stop.
    const auto visitWindow = [&](Instant from, Instant to) {
        Instant cursor = from;
        for (const auto& hold : holds) {
            const Instant holdEnd = hold.end.value_or(kForever);
            if (holdEnd <= cursor) {
                continue;
            }
            if (hold.start >= to) {
                break;
            }
            if (hold.start > cursor && !visit(cursor, hold.start)) {
                return false;
            }
            cursor = std::max(cursor, holdEnd);
            if (cursor >= to) {
                return cursor != kForever;
            }
        }
        return cursor >= to || visit(cursor, to);
    };

    if (clock == ClockKind::Elapsed) {
        visitWindow(start, kForever);
        return;
    }
    if (site.workEnd <= site.workStart) {
        return;
    }
    auto day = date::sys_days{site.zone.localDate(start)};
    for (int i = 0; i < kMaxDays; ++i, day += date::days{1}) {
        const domain::Date date{day};
        if (!site.calendar.isWorkingDay(date)) {
            continue;
        }
        const auto midnight = domain::LocalTime{date::local_days{date}.time_since_epoch()};
        const Instant from = std::max(start, site.zone.fromLocalLenient(midnight + site.workStart));
        const Instant to = site.zone.fromLocalLenient(midnight + site.workEnd);
        if (to <= from) {
            continue;
        }
        // An open hold that began by now stops the clock for good.
        if (!holds.empty() && !holds.back().end && holds.back().start <= from) {
            return;
        }
        if (!visitWindow(from, to)) {
            return;
        }
    }
}

} // namespace

Seconds activeTime(ClockKind clock, const SiteContext& site, Instant start, Instant end, std::span<const Hold> holds)
{
    Seconds total{0};
    if (end <= start) {
        return total;
    }
    forEachRunningStretch(clock, site, start, holds, [&](Instant from, Instant to) {
        if (from >= end) {
            return false;
        }
        total += std::min(to, end) - from;
        return to < end;
    });
    return total;
}

std::optional<Instant> durationDeadline(ClockKind clock, const SiteContext& site, Instant start, Seconds limit,
                                        std::span<const Hold> holds)
{
    std::optional<Instant> deadline;
    Seconds remaining = limit;
    forEachRunningStretch(clock, site, start, holds, [&](Instant from, Instant to) {
        if (to == kForever || remaining < to - from) {
            deadline = from + remaining;
            return false;
        }
        // Exactly used up: the clock stands still until the next stretch, so the order is not late
        // before that stretch begins.
        remaining -= to - from;
        return true;
    });
    return deadline;
}

Instant dayDeadline(ClockKind clock, const SiteContext& site, Instant start, int days)
{
    const auto startDate = date::sys_days{site.zone.localDate(start)};
    domain::Date lastDay{startDate + date::days{days}};
    if (clock == ClockKind::WorkingDays) {
        lastDay = site.calendar.nthWorkingDayAfter(domain::Date{startDate}, days);
    }
    return site.zone.startOfDay(domain::Date{date::sys_days{lastDay} + date::days{1}});
}

} // namespace propdesk::rules
