#pragma once

#include "domain/ruleset.h"
#include "domain/workorder.h"

#include <optional>
#include <span>

namespace propdesk::rules {

struct SiteContext;

// Time a duration clock (elapsed or working) accrues from `start` to `end`, less the holds.
// Holds must be sorted and must not overlap; an open hold runs to the end of time.
domain::Seconds activeTime(domain::ClockKind clock, const SiteContext& site, domain::Instant start, domain::Instant end,
                           std::span<const domain::Hold> holds);

// The latest instant at which the accrued time is still within `limit`: after it the milestone is
// late. None when an open hold stops the clock before the limit is reached.
std::optional<domain::Instant> durationDeadline(domain::ClockKind clock, const SiteContext& site, domain::Instant start,
                                                domain::Seconds limit, std::span<const domain::Hold> holds);

// Deadline of a day clock: 24:00 local of the start date + N days (calendar_days), or 24:00 of the N-th
// working day after the start date (working_days).
domain::Instant dayDeadline(domain::ClockKind clock, const SiteContext& site, domain::Instant start, int days);

} // namespace propdesk::rules
