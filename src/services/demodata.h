#pragma once

#include "domain/error.h"
#include "domain/site.h"
#include "domain/user.h"

#include <span>

namespace propdesk::services {

class Workspace;

struct DemoSummary
{
    domain::Site site;
    int orders = 0;
    int complaints = 0;
    int patrolScans = 0;
    int handovers = 0;
    int inspectionSheets = 0;
    int nonconformances = 0;
    int figures = 0; // entered by hand (docs/kpi-report.md)
};

// Creates the demo site "DEMO" (阳光花园, Asia/Shanghai, calendar CN) with `days` days of realistic work
// orders ending at the workspace clock's now: every category and urgency, some late, some on hold, some
// reworked, revisited and rated, a few cancelled, the last day's still open. Complaints over the same days
// (about 15 a month): mostly answered within 15 minutes, some late, resolved, replied to the office head,
// revisited and rated, a third judged, some about a repair of the demo, one or two withdrawn, and three open
// today, one just received and one past its response deadline. Deterministic for a given now. Refuses when
// the site already exists. The security team of the same days: see addDemoSecurity (demosecurity.h); the
// cleaning and greening inspections: see addDemoInspections (demoinspections.h).
// Everything goes through the use cases, in one transaction.
domain::Result<DemoSummary> createDemoSite(Workspace& workspace, int days = 61);

// The demo's accounts, one per role, all at the DEMO site. Their passwords are shown on the demo's
// sign-in screen and nowhere else.
struct DemoAccount
{
    const char* name;
    const char* displayName;
    domain::Role role;
    const char* password;
};
std::span<const DemoAccount> demoAccounts();

// Adds the demo accounts to a database that has none and marks it as the demo (Workspace::isDemo).
domain::Result<void> createDemoAccounts(Workspace& workspace);

} // namespace propdesk::services
