#pragma once

#include "domain/error.h"
#include "domain/security.h"
#include "domain/site.h"
#include "rules/patrol.h"
#include "servicecontext.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::services {

class SiteService;

// A roster with what the sheet and the editor show beside it.
struct RosterView
{
    domain::Roster roster;
    std::vector<domain::RosterConflict> conflicts; // checked against the previous month's roster too
};

// A handover as the incoming leader records it. Times default to now.
struct NewHandover
{
    domain::Date day;
    std::string shift; // the incoming shift
    std::string outgoingLeader;
    std::optional<domain::Instant> outgoingSignedAt; // none: not signed (yet)
    std::string incomingLeader;
    std::optional<domain::Instant> incomingSignedAt;
    std::string notes;
    std::vector<std::string> newItems; // open matters raised at this handover
};

// A handover with the items open at its time (carried over, and raised at it).
struct HandoverView
{
    domain::Handover handover;
    std::vector<domain::HandoverItem> openItems;
};

// What is visible of the security team of a site on one day.
struct SecurityDay
{
    std::vector<rules::RoundEvaluation> rounds;  // the rounds of the shifts starting that day, as of now
    std::vector<domain::Handover> handovers;     // recorded for that day
    std::vector<domain::HandoverItem> openItems; // open now
};

// The security use cases (docs/security-operations.md). Each changing one runs in one transaction and
// writes its audit entry. Times default to now and may not lie in the future.
class SecurityService
{
public:
    SecurityService(ServiceContext& ctx, SiteService& sites) : m_ctx(ctx), m_sites(sites) {}

    // --- set-up (ManageSecurity) ---
    // The stored setup, or the defaults when none was saved.
    domain::Result<domain::SecuritySetup> setup(std::string_view siteCode);
    // Validates (and checks that every guard is the site's staff) before storing.
    domain::Result<domain::SecuritySetup> saveSetup(std::string_view siteCode, domain::SecuritySetup setup);

    // --- roster (EditRoster) ---
    domain::Result<std::optional<RosterView>> roster(std::string_view siteCode, date::year_month month);
    // Generates the month from the rotation rule. A draft is replaced only with `replace`; a published
    // roster never (Conflict).
    domain::Result<RosterView> generateRoster(std::string_view siteCode, date::year_month month, bool replace = false);
    domain::Result<RosterView> swapSlots(std::string_view siteCode, date::year_month month, const domain::SlotKey& a,
                                         const domain::SlotKey& b, const std::string& note);
    domain::Result<RosterView> markLeave(std::string_view siteCode, date::year_month month, const domain::SlotKey& key,
                                         std::optional<domain::StaffId> substitute, const std::string& note);
    domain::Result<RosterView> substituteGuard(std::string_view siteCode, date::year_month month,
                                               const domain::SlotKey& key, domain::StaffId guard,
                                               const std::string& note);
    // Publishes a draft. A double booking refuses (Conflict); other conflicts refuse unless
    // `acceptWarnings` (the supervisor has seen them), and their number goes into the audit entry.
    domain::Result<RosterView> publish(std::string_view siteCode, date::year_month month, bool acceptWarnings);

    // --- guard tours ---
    // Every version of every route (ReadRecords).
    domain::Result<std::vector<domain::PatrolRoute>> routes(std::string_view siteCode);
    // Stores a new version of a route effective from route.effectiveFrom (ManageSecurity).
    domain::Result<domain::PatrolRoute> saveRoute(std::string_view siteCode, domain::PatrolRoute route);
    // One scan entered by hand (RecordPatrol); the checkpoint must be on a route in force that day.
    domain::Result<domain::PatrolScan> recordScan(std::string_view siteCode, const std::string& checkpoint,
                                                  const std::string& guard, std::optional<domain::Instant> at = {});
    // The rounds of first … last as of `asOf` (default now) (ReadRecords).
    domain::Result<std::vector<rules::RoundEvaluation>>
    rounds(std::string_view siteCode, domain::Date first, domain::Date last, std::optional<domain::Instant> asOf = {});
    // Today's rounds, handovers and open items (ReadRecords).
    domain::Result<SecurityDay> day(std::string_view siteCode, domain::Date day);

    // --- handovers (RecordDuty) ---
    domain::Result<HandoverView> recordHandover(std::string_view siteCode, const NewHandover& handover);
    // Adds a missing signature: `outgoing` or incoming side, the leader's name, the time (default now).
    domain::Result<HandoverView> signHandover(domain::HandoverId id, bool outgoing, const std::string& leader,
                                              std::optional<domain::Instant> at = {});
    domain::Result<std::optional<HandoverView>> handover(domain::HandoverId id);
    domain::Result<std::vector<domain::Handover>> handovers(std::string_view siteCode, domain::Date first,
                                                            domain::Date last);
    domain::Result<domain::HandoverItem> openItem(std::string_view siteCode, const std::string& text,
                                                  std::optional<domain::Instant> at = {});
    domain::Result<domain::HandoverItem> closeItem(domain::HandoverItemId id, const std::string& note,
                                                   std::optional<domain::Instant> at = {});
    domain::Result<std::vector<domain::HandoverItem>> openItems(std::string_view siteCode);

    // --- duty log (RecordDuty) ---
    // entry.site, id and recorded fields are set here; entry.validate() must pass.
    domain::Result<domain::DutyEntry> logEntry(std::string_view siteCode, domain::DutyEntry entry);
    // Time out of a visitor or vehicle.
    domain::Result<domain::DutyEntry> signOut(domain::DutyEntryId id, std::optional<domain::Instant> at = {});
    // The handling and outcome of an incident.
    domain::Result<domain::DutyEntry> handleIncident(domain::DutyEntryId id, const std::string& handling,
                                                     const std::string& outcome,
                                                     std::optional<domain::Instant> at = {});
    domain::Result<std::vector<domain::DutyEntry>> dutyLog(std::string_view siteCode, domain::Date first,
                                                           domain::Date last,
                                                           std::optional<domain::DutyEntryKind> kind = {});
    domain::Result<std::vector<domain::DutyEntry>> stillInside(std::string_view siteCode);

    // --- spot checks (RecordSpotCheck) ---
    // check.night is set from the setup; posts and findings must name known posts.
    domain::Result<domain::SpotCheck> recordSpotCheck(std::string_view siteCode, domain::SpotCheck check);
    domain::Result<std::vector<domain::SpotCheck>> spotChecks(std::string_view siteCode, domain::Date first,
                                                              domain::Date last);

private:
    ServiceContext& m_ctx;
    SiteService& m_sites;
};

} // namespace propdesk::services
