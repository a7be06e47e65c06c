#pragma once

#include "ids.h"
#include "time.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace propdesk::domain {

enum class RuleSubject
{
    WorkOrder,
    Complaint,
};

enum class Milestone
{
    Arrival,    // work order: reported → arrived
    Completion, // work order: reported → completed
    Revisit,    // work order: completed → revisited
    Response,   // complaint: received → responded
    Resolution, // complaint: received → resolved
};

enum class ClockKind
{
    Elapsed,      // wall-clock time less holds
    Working,      // working time (working days × working hours) less holds
    CalendarDays, // deadline 24:00 of the start date + N days
    WorkingDays,  // deadline 24:00 of the N-th working day after the start date
};

enum class LimitUnit
{
    Minutes,
    Hours,
    Days,
};

std::string_view subjectKey(RuleSubject subject);
std::string_view milestoneKey(Milestone milestone);
std::string_view clockKey(ClockKind clock);
std::string_view unitKey(LimitUnit unit);

struct RuleCondition
{
    std::vector<std::string> categories; // empty: any
    std::vector<std::string> urgencies;  // empty: any
    std::optional<bool> workingDay;
    // [from, to) in local time, seconds since midnight; wraps midnight when from > to.
    std::optional<std::pair<Seconds, Seconds>> reportedBetween;
};

struct Rule
{
    std::string id;
    RuleSubject appliesTo = RuleSubject::WorkOrder;
    Milestone milestone = Milestone::Arrival;
    RuleCondition when;
    int amount = 0;
    LimitUnit unit = LimitUnit::Minutes;
    ClockKind clock = ClockKind::Elapsed;
    std::string source;

    // The limit of a duration clock (elapsed, working).
    Seconds duration() const;
};

// A versioned list of rules. The set in force for a record is the one with the latest effectiveFrom on
// or before the record's start date; a set bound to a site takes precedence over the general ones.
struct RuleSet
{
    RuleSetId id;
    std::string name;
    Date effectiveFrom;
    std::optional<std::string> siteCode; // none: every site
    std::string description;
    std::vector<Rule> rules;
};

} // namespace propdesk::domain
