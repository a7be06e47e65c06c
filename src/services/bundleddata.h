#pragma once

#include "domain/workingcalendar.h"

#include <string_view>
#include <vector>

namespace propdesk::services {

// The data compiled into PropDesk (resources/): the default rule set and China's holiday years.
std::string_view bundledDefaultRuleSet();
std::vector<domain::HolidayYear> bundledHolidayYears();

} // namespace propdesk::services
