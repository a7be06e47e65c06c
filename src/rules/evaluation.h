#pragma once

#include "domain/complaint.h"
#include "domain/ruleset.h"
#include "domain/workorder.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace propdesk::rules {

enum class Outcome
{
    NotMeasured, // no rule applies, or the milestone does not exist yet
    Met,
    Missed,
    Pending, // not reached yet, still within its deadline
};

std::string_view outcomeKey(Outcome outcome);

// How one milestone of one record fares as of a time, and why.
struct MilestoneResult
{
    domain::Milestone milestone = domain::Milestone::Arrival;
    Outcome outcome = Outcome::NotMeasured;
    std::string ruleId; // empty when measured against due_at
    std::string source;
    bool byDueAt = false;
    domain::ClockKind clock = domain::ClockKind::Elapsed;
    int amount = 0;
    domain::LimitUnit unit = domain::LimitUnit::Minutes;
    domain::Instant start;
    std::optional<domain::Instant> end;
    // When the milestone becomes late. None while an open hold has stopped a duration clock.
    std::optional<domain::Instant> deadline;
    // Time accrued by a duration clock up to the end (or the as-of time).
    domain::Seconds active{0};
    // How late: accrued time over the limit, or end (or as-of time) past the deadline. Zero unless missed.
    domain::Seconds overBy{0};

    bool measured() const { return outcome != Outcome::NotMeasured; }
};

struct WorkOrderEvaluation
{
    // The version the milestones were measured against; shares ownership with the engine's rule sets,
    // so an evaluation stays valid after the engine is gone.
    std::shared_ptr<const domain::RuleSet> ruleSet;
    domain::WorkOrderTimeline timeline; // as of the evaluation time
    MilestoneResult arrival;
    MilestoneResult completion;
    MilestoneResult revisit;
    // Missed if arrival or completion is missed, met if every measured one of them is met.
    Outcome repair = Outcome::NotMeasured;
};

// How a complaint fares as of a time (DESIGN.md §3: response = received → responded, resolution =
// received → resolved). A complaint resolved without a recorded response was answered when it was
// resolved. A complaint withdrawn by the evaluation time, or received after it, is not measured.
struct ComplaintEvaluation
{
    std::shared_ptr<const domain::RuleSet> ruleSet;
    domain::ComplaintTimeline timeline; // as of the evaluation time
    MilestoneResult response;
    MilestoneResult resolution;
};

} // namespace propdesk::rules
