#pragma once

#include "domain/securityrepository.h"

namespace SQLite {
class Database;
} // namespace SQLite

namespace propdesk::storage {

// The security records of every site (schema version 6): the setup as one JSON document per site, month
// rosters with their slots in sheet order, route versions, patrol scans (a scan stored twice is kept once),
// handovers with their open items, the duty log and the spot checks.
class SqliteSecurityRepository final : public domain::SecurityRepository
{
public:
    explicit SqliteSecurityRepository(SQLite::Database& db) : m_db(db) {}

    domain::Result<std::optional<domain::SecuritySetup>> setup(domain::SiteId site) override;
    domain::Result<void> saveSetup(const domain::SecuritySetup& setup) override;

    domain::Result<std::optional<domain::Roster>> roster(domain::SiteId site, date::year_month month) override;
    domain::Result<domain::RosterId> saveRoster(const domain::Roster& roster) override;

    domain::Result<std::vector<domain::PatrolRoute>> routes(domain::SiteId site) override;
    domain::Result<domain::RouteId> addRouteVersion(const domain::PatrolRoute& route) override;

    domain::Result<std::int64_t> addScans(std::span<const domain::PatrolScan> scans) override;
    domain::Result<std::vector<domain::PatrolScan>> scansBetween(domain::SiteId site, domain::Instant from,
                                                                 domain::Instant to) override;

    domain::Result<domain::HandoverId> addHandover(const domain::Handover& handover) override;
    domain::Result<void> updateHandover(const domain::Handover& handover) override;
    domain::Result<std::optional<domain::Handover>> handover(domain::HandoverId id) override;
    domain::Result<std::optional<domain::Handover>> handoverAt(domain::SiteId site, domain::Date day,
                                                               std::string_view shift) override;
    domain::Result<std::vector<domain::Handover>> handoversBetween(domain::SiteId site, domain::Date first,
                                                                   domain::Date last) override;

    domain::Result<domain::HandoverItemId> addItem(const domain::HandoverItem& item) override;
    domain::Result<void> updateItem(const domain::HandoverItem& item) override;
    domain::Result<std::optional<domain::HandoverItem>> item(domain::HandoverItemId id) override;
    domain::Result<std::vector<domain::HandoverItem>> openItems(domain::SiteId site, domain::Instant at) override;
    domain::Result<std::vector<domain::HandoverItem>> itemsOpenedBetween(domain::SiteId site, domain::Instant from,
                                                                         domain::Instant to) override;

    domain::Result<domain::DutyEntryId> addDutyEntry(const domain::DutyEntry& entry) override;
    domain::Result<void> updateDutyEntry(const domain::DutyEntry& entry) override;
    domain::Result<std::optional<domain::DutyEntry>> dutyEntry(domain::DutyEntryId id) override;
    domain::Result<std::vector<domain::DutyEntry>>
    dutyEntriesBetween(domain::SiteId site, domain::Instant from, domain::Instant to,
                       std::optional<domain::DutyEntryKind> kind = {}) override;
    domain::Result<std::vector<domain::DutyEntry>> stillInside(domain::SiteId site) override;

    domain::Result<domain::SpotCheckId> addSpotCheck(const domain::SpotCheck& check) override;
    domain::Result<std::vector<domain::SpotCheck>> spotChecksBetween(domain::SiteId site, domain::Instant from,
                                                                     domain::Instant to) override;

private:
    SQLite::Database& m_db;
};

} // namespace propdesk::storage
