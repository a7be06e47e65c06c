#pragma once

#include "domain/error.h"
#include "domain/site.h"
#include "domain/time.h"
#include "domain/timezone.h"

#include <random>

namespace propdesk::services {

class Workspace;

struct DemoInspectionSummary
{
    int sheets = 0;
    int nonconformances = 0;
    int contractors = 0;
};

// The demo site's cleaning and greening over `days` days ending at `now`, through the inspection use cases:
// four buildings (three residential, one office tower) and five ground zones; a cleaning, a greening and a
// pest-control contractor; the cleaning supervisor's daily sheets (ground, lobbies, refuse points and one
// building's standard floors a day), signed every evening except on two days of last month, with a few
// failures a week whose nonconformances are mostly rectified the same day and verified the next morning,
// some late, one failed verification, one severe one with its corrective action report, and the last
// days' still open (one overdue); last month's whole monthly sample and part of this month's; two written
// warnings and a deduction for the cleaning contractor; pest-control visits twice a month; two preventive
// actions. Today's ground sheet is a draft half filled. Called inside createDemoSite's transaction.
domain::Result<DemoInspectionSummary> addDemoInspections(Workspace& ws, const domain::Site& site,
                                                         const domain::TimeZone& zone, domain::Instant now, int days,
                                                         std::mt19937& rng);

} // namespace propdesk::services
