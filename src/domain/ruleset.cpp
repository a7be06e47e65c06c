#include "ruleset.h"

namespace propdesk::domain {

std::string_view subjectKey(RuleSubject subject)
{
    return subject == RuleSubject::Complaint ? "complaint" : "work_order";
}

std::string_view milestoneKey(Milestone milestone)
{
    switch (milestone) {
    case Milestone::Arrival:
        return "arrival";
    case Milestone::Completion:
        return "completion";
    case Milestone::Revisit:
        return "revisit";
    case Milestone::Response:
        return "response";
    case Milestone::Resolution:
        return "resolution";
    }
    return "arrival";
}

std::string_view clockKey(ClockKind clock)
{
    switch (clock) {
    case ClockKind::Elapsed:
        return "elapsed";
    case ClockKind::Working:
        return "working";
    case ClockKind::CalendarDays:
        return "calendar_days";
    case ClockKind::WorkingDays:
        return "working_days";
    }
    return "elapsed";
}

std::string_view unitKey(LimitUnit unit)
{
    switch (unit) {
    case LimitUnit::Minutes:
        return "minutes";
    case LimitUnit::Hours:
        return "hours";
    case LimitUnit::Days:
        return "days";
    }
    return "minutes";
}

Seconds Rule::duration() const
{
    switch (unit) {
    case LimitUnit::Minutes:
        return Seconds{amount * 60LL};
    case LimitUnit::Hours:
        return Seconds{amount * 3600LL};
    case LimitUnit::Days:
        return Seconds{amount * 86400LL};
    }
    return Seconds{0};
}

} // namespace propdesk::domain
