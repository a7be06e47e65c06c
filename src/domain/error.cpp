#include "error.h"

namespace propdesk::domain {

std::string Error::describe() const
{
    std::string out;
    if (!record.empty()) {
        out += record;
        out += ": ";
    }
    if (!field.empty()) {
        out += field;
        out += ": ";
    }
    out += message;
    return out;
}

} // namespace propdesk::domain
