#pragma once

#include "ids.h"

#include <string>
#include <string_view>

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

// Guards are staff whose trade is security (护卫, 秩序维护, 保安, or "security"): they are put into squads
// and are not offered when an order is dispatched (docs/security-operations.md).
inline bool isGuardTrade(std::string_view trade)
{
    return trade == "护卫" || trade == "秩序维护" || trade == "保安" || trade == "security";
}

} // namespace propdesk::domain
