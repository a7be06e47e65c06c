#pragma once

#include "domain/security.h"
#include "domain/time.h"
#include "domain/timezone.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Guard-tour rounds and how each fares as of a time (docs/security-operations.md).
namespace propdesk::rules {

enum class RoundOutcome
{
    Upcoming,   // its window has not opened yet
    InProgress, // the window is open and not every checkpoint is visited yet
    Complete,   // every checkpoint visited in the window, in route order, started on time
    Late,       // every checkpoint visited in the window, in order, but started after the tolerance
    OutOfOrder, // every checkpoint visited in the window, not in route order
    Incomplete, // the window closed with some checkpoints not visited
    NotStarted, // the window closed with no checkpoint visited
};

std::string_view
roundOutcomeKey(RoundOutcome outcome); // upcoming in_progress complete late out_of_order incomplete not_started
// Complete, Late, OutOfOrder, Incomplete and NotStarted are final: later scans cannot change them.
bool isFinal(RoundOutcome outcome);

// One expected round of a route on one shift.
struct PlannedRound
{
    domain::RouteId route; // the version in force on the day
    std::string routeCode;
    std::string routeName;
    domain::Date day;            // the local date the shift starts on
    std::string shift;           // shift code
    int index = 0;               // 0-based within the shift
    int count = 0;               // rounds of the route in that shift
    domain::Instant start;       // planned: shift start + index × shift length / count
    domain::Instant windowOpen;  // start − tolerance
    domain::Instant onTimeUntil; // start + tolerance
    domain::Instant windowClose; // start + round length + tolerance
};

// Every round of the routes in force on each day first … last (inclusive), for the shifts starting on those
// days, ordered by start and then route code. Versions that do not validate against `setup` plan nothing.
std::vector<PlannedRound> planRounds(const domain::SecuritySetup& setup, std::span<const domain::PatrolRoute> versions,
                                     const domain::TimeZone& zone, domain::Date first, domain::Date last);

struct CheckpointVisit
{
    std::string checkpoint;
    std::optional<domain::Instant> at; // the first scan of it in the round's window; none: not visited
    std::string guard;
};

struct RoundEvaluation
{
    PlannedRound round;
    RoundOutcome outcome = RoundOutcome::Upcoming;
    std::vector<CheckpointVisit> visits;       // one per checkpoint, in route order
    int visited = 0;                           // checkpoints visited in the window
    int expected = 0;                          // checkpoints of the route
    std::optional<domain::Instant> startedAt;  // the earliest visit
    std::optional<domain::Instant> finishedAt; // the latest visit, once all are visited
    std::string guard;                         // who scanned the earliest visit

    std::vector<std::string> missed() const; // codes of the checkpoints not visited
};

// How `round` of `route` fares as of `asOf` (DESIGN.md §3's as-of semantics):
// - scans after `asOf`, outside [windowOpen, windowClose] (both inclusive) or of other checkpoints are
//   ignored; a scan exactly at windowClose that is also the windowOpen of the route's next round belongs to
//   that next round (`nextWindowOpen`);
// - for each checkpoint the first scan counts, so repeated or re-imported scans change nothing;
// - Upcoming while asOf < windowOpen; once every checkpoint is visited the outcome is final: OutOfOrder when
//   the visit times, taken in route order, ever decrease; else Late when the earliest visit is after
//   onTimeUntil; else Complete;
// - otherwise InProgress until asOf passes windowClose (strictly later), then NotStarted or Incomplete.
RoundEvaluation evaluateRound(const domain::PatrolRoute& route, const PlannedRound& round,
                              std::span<const domain::PatrolScan> scans, domain::Instant asOf,
                              std::optional<domain::Instant> nextWindowOpen = {});

// Plans the rounds of first … last and evaluates each against `scans` (any order, any site's checkpoints
// of `versions`), as of `asOf`. Ordered as planRounds.
std::vector<RoundEvaluation> evaluateRounds(const domain::SecuritySetup& setup,
                                            std::span<const domain::PatrolRoute> versions, const domain::TimeZone& zone,
                                            domain::Date first, domain::Date last,
                                            std::span<const domain::PatrolScan> scans, domain::Instant asOf);

} // namespace propdesk::rules
