#include "testtime.h"

#include <stdexcept>
#include <string>

namespace propdesk::tests {

domain::TimeZone zone(std::string_view name)
{
    auto z = domain::TimeZone::find(name);
    if (!z) {
        throw std::runtime_error("unknown zone " + std::string(name));
    }
    return *z;
}

domain::Instant at(std::string_view local, std::string_view zoneName)
{
    auto t = domain::parseTime(local, zone(zoneName));
    if (!t) {
        throw std::runtime_error("bad test time '" + std::string(local) + "': " + t.error().message);
    }
    return *t;
}

} // namespace propdesk::tests
