#pragma once

#include "ids.h"

#include <string>

namespace propdesk::domain {

// A technician (维修师傅) or other member of a site's staff to whom orders are dispatched. Members are
// deactivated rather than deleted: the history keeps naming them.
struct StaffMember
{
    StaffId id;
    SiteId siteId;
    std::string name;
    std::string phone;
    std::string trade; // 水电, 土建, … free text
    bool active = true;
};

} // namespace propdesk::domain
