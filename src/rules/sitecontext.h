#pragma once

#include "domain/site.h"
#include "domain/timezone.h"
#include "domain/workingcalendar.h"

namespace propdesk::rules {

// What the clocks need to know about a site: its zone, its working days and its working hours.
struct SiteContext
{
    domain::TimeZone zone;
    domain::WorkingCalendar calendar;
    domain::Seconds workStart{8 * 3600};
    domain::Seconds workEnd{17 * 3600 + 30 * 60};
};

} // namespace propdesk::rules
