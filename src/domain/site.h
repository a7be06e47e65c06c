#pragma once

#include "ids.h"
#include "time.h"
#include "workingcalendar.h"

#include <string>

namespace propdesk::domain {

// A site (项目 / 管理处): one property under a service contract.
struct Site
{
    SiteId id;
    std::string code; // short, unique: "HQ", "LC01"
    std::string name;
    std::string timeZone = "Asia/Shanghai";
    CalendarKind calendar = CalendarKind::China;
    // Working hours for the `working` clock, seconds since local midnight.
    Seconds workStart{8 * 3600};
    Seconds workEnd{17 * 3600 + 30 * 60};
    int households = 0;
    int residents = 0;
};

} // namespace propdesk::domain
