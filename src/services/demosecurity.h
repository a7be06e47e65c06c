#pragma once

#include "domain/error.h"
#include "domain/site.h"
#include "domain/time.h"
#include "domain/timezone.h"

#include <random>

namespace propdesk::services {

class Workspace;

struct DemoSecuritySummary
{
    int guards = 0;
    int scans = 0;
    int handovers = 0;
    int dutyEntries = 0;
    int spotChecks = 0;
};

// The demo site's security team over `days` days ending at `now`, through the security use cases: three
// squads of five guards rotating on the 1st, 11th and 21st, two guard-tour routes whose scans are imported
// as a device's daily exports (most rounds complete, some late, incomplete, out of order or not walked),
// a handover at nearly every change of shift with open items carried over, visitors, vehicles and a few
// incidents in the duty log, and spot checks (three night checks last month, so that KPI is missed). The
// months of the period have published rosters with a few edits; the next month is a draft. Called inside
// createDemoSite's transaction.
domain::Result<DemoSecuritySummary> addDemoSecurity(Workspace& ws, const domain::Site& site,
                                                    const domain::TimeZone& zone, domain::Instant now, int days,
                                                    std::mt19937& rng);

} // namespace propdesk::services
