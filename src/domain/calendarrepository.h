#pragma once

#include "error.h"
#include "workingcalendar.h"

#include <vector>

namespace propdesk::domain {

// Holiday years imported by users. They override the bundled year of the same number.
class CalendarRepository
{
public:
    virtual ~CalendarRepository() = default;
    virtual Result<void> saveYear(const HolidayYear& year, std::string_view source) = 0;
    virtual Result<std::vector<HolidayYear>> importedYears() = 0;
};

} // namespace propdesk::domain
