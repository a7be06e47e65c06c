#pragma once

#include "error.h"
#include "security.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace propdesk::domain {

// The security records of every site. Times are instants; days are the sites' local dates.
class SecurityRepository
{
public:
    virtual ~SecurityRepository() = default;

    // The site's setup; none before it was first saved.
    virtual Result<std::optional<SecuritySetup>> setup(SiteId site) = 0;
    // Stores the setup, replacing the previous one.
    virtual Result<void> saveSetup(const SecuritySetup& setup) = 0;

    virtual Result<std::optional<Roster>> roster(SiteId site, date::year_month month) = 0;
    // Stores the month's roster with all its slots, replacing what was stored for that site and month;
    // returns its id (kept when it replaces).
    virtual Result<RosterId> saveRoster(const Roster& roster) = 0;

    // Every version of every route of the site, ordered by code and then effectiveFrom.
    virtual Result<std::vector<PatrolRoute>> routes(SiteId site) = 0;
    // Stores a new version. Conflict when the site already has a version of that code from that date.
    virtual Result<RouteId> addRouteVersion(const PatrolRoute& route) = 0;

    // Stores the scans; one the site already has (same checkpoint, time and guard) is skipped. Returns how
    // many were stored.
    virtual Result<std::int64_t> addScans(std::span<const PatrolScan> scans) = 0;
    // The site's scans with from ≤ at < to, by time and then id.
    virtual Result<std::vector<PatrolScan>> scansBetween(SiteId site, Instant from, Instant to) = 0;

    virtual Result<HandoverId> addHandover(const Handover& handover) = 0;
    // Rewrites a stored handover's leaders, signatures and notes.
    virtual Result<void> updateHandover(const Handover& handover) = 0;
    virtual Result<std::optional<Handover>> handover(HandoverId id) = 0;
    virtual Result<std::optional<Handover>> handoverAt(SiteId site, Date day, std::string_view shift) = 0;
    // Handovers of first ≤ day ≤ last, by day and then id.
    virtual Result<std::vector<Handover>> handoversBetween(SiteId site, Date first, Date last) = 0;

    virtual Result<HandoverItemId> addItem(const HandoverItem& item) = 0;
    // Rewrites a stored item's closing fields.
    virtual Result<void> updateItem(const HandoverItem& item) = 0;
    virtual Result<std::optional<HandoverItem>> item(HandoverItemId id) = 0;
    // The items open at `at` (opened by then, not closed by then), oldest first.
    virtual Result<std::vector<HandoverItem>> openItems(SiteId site, Instant at) = 0;
    // Items opened in [from, to), oldest first.
    virtual Result<std::vector<HandoverItem>> itemsOpenedBetween(SiteId site, Instant from, Instant to) = 0;

    virtual Result<DutyEntryId> addDutyEntry(const DutyEntry& entry) = 0;
    // Rewrites a stored entry's time out and handling fields.
    virtual Result<void> updateDutyEntry(const DutyEntry& entry) = 0;
    virtual Result<std::optional<DutyEntry>> dutyEntry(DutyEntryId id) = 0;
    // Entries with from ≤ at < to, by time and then id; only `kind` when given.
    virtual Result<std::vector<DutyEntry>> dutyEntriesBetween(SiteId site, Instant from, Instant to,
                                                              std::optional<DutyEntryKind> kind = {}) = 0;
    // Visitors and vehicles not signed out, oldest first.
    virtual Result<std::vector<DutyEntry>> stillInside(SiteId site) = 0;

    virtual Result<SpotCheckId> addSpotCheck(const SpotCheck& check) = 0;
    // Checks with from ≤ at < to, by time and then id.
    virtual Result<std::vector<SpotCheck>> spotChecksBetween(SiteId site, Instant from, Instant to) = 0;
};

} // namespace propdesk::domain
