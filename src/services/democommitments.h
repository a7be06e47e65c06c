#pragma once

#include "domain/error.h"
#include "domain/site.h"
#include "domain/time.h"
#include "domain/timezone.h"

#include <random>

namespace propdesk::services {

class Workspace;

// The demo site's contract commitments (docs/kpi-report.md): a target version from the first of the twelve
// months ending with the current one (the contract year; satisfaction promised at 90 % as in 004), and the
// figures the office enters by hand for each of those months up to the last one — the facility intact
// rates from the monthly facility check, fee collection from the ledger, staff certification, fires and
// violations — with a realistic month or two below target, and the corrective action noted for last
// month's misses. Entered by 赵敏 (the manager) and 李静 (the supervisor) as of `now`. Called inside
// createDemoSite's transaction. Returns the number of figures entered.
domain::Result<int> addDemoCommitments(Workspace& ws, const domain::Site& site, const domain::TimeZone& zone,
                                       domain::Instant now, std::mt19937& rng);

} // namespace propdesk::services
