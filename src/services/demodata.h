#pragma once

#include "domain/error.h"
#include "domain/site.h"

namespace propdesk::services {

class Workspace;

struct DemoSummary
{
    domain::Site site;
    int orders = 0;
};

// Creates the demo site "DEMO" (阳光花园, Asia/Shanghai, calendar CN) with `days` days of realistic work
// orders ending at the workspace clock's now: every category and urgency, some late, some on hold, some
// reworked, revisited and rated, a few cancelled, the last day's still open. Deterministic for a given
// now. Refuses when the site already exists. Everything goes through the work-order use cases, in one
// transaction.
domain::Result<DemoSummary> createDemoSite(Workspace& workspace, int days = 61);

} // namespace propdesk::services
