#include "evaluation.h"

namespace propdesk::rules {

std::string_view outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotMeasured:
        return "not_measured";
    case Outcome::Met:
        return "met";
    case Outcome::Missed:
        return "missed";
    case Outcome::Pending:
        return "pending";
    }
    return "not_measured";
}

} // namespace propdesk::rules
