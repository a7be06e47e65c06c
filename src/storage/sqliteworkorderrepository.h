#pragma once

#include "domain/workorderrepository.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace propdesk::storage {

// Work orders, their append-only history (work_order_events) and the projection of that history kept on
// the work_orders row for lists and KPIs. Statements used in bulk imports are prepared once.
class SqliteWorkOrderRepository final : public domain::WorkOrderRepository
{
public:
    explicit SqliteWorkOrderRepository(SQLite::Database& db);
    ~SqliteWorkOrderRepository() override;

    domain::Result<domain::WorkOrderId> add(const domain::WorkOrder& order) override;
    domain::Result<void> appendEvent(const domain::WorkOrder& order) override;
    domain::Result<std::optional<domain::WorkOrder>> get(domain::WorkOrderId id) override;
    domain::Result<std::optional<domain::WorkOrderRef>> findRef(domain::SiteId site, std::string_view code) override;
    domain::Result<std::vector<domain::WorkOrderSnapshot>> reportedBetween(domain::SiteId site, domain::Instant from,
                                                                           domain::Instant to) override;
    domain::Result<std::vector<domain::ReworkLink>> reworksOfReportedBetween(domain::SiteId site, domain::Instant from,
                                                                             domain::Instant to) override;
    domain::Result<std::int64_t> countReportedBetween(domain::SiteId site, domain::Instant from,
                                                      domain::Instant to) override;
    domain::Result<std::optional<std::string>> codeOf(domain::WorkOrderId id) override;
    domain::Result<std::vector<domain::WorkOrderSnapshot>> find(const domain::WorkOrderFilter& filter,
                                                                const std::optional<domain::WorkOrderPageKey>& after,
                                                                int limit) override;
    domain::Result<std::int64_t> count(const domain::WorkOrderFilter& filter, std::int64_t cap) override;
    domain::Result<std::vector<domain::WorkOrderSnapshot>>
    withStatus(domain::SiteId site, std::span<const domain::WorkOrderStatus> statuses, int limit) override;
    domain::Result<std::vector<domain::WorkOrderSnapshot>>
    atLocationSince(domain::SiteId site, std::string_view location, domain::Instant since) override;
    domain::Result<std::vector<domain::KnownLocation>> knownLocations(domain::SiteId site) override;

private:
    void insertEvent(domain::WorkOrderId id, const domain::WorkOrderEvent& event);
    SQLite::Statement& cached(std::unique_ptr<SQLite::Statement>& slot, const char* sql);
    // How many orders a search index expression matches (remembered for the last expression).
    std::int64_t searchHits(const std::string& expression);

    SQLite::Database& m_db;
    std::unique_ptr<SQLite::Statement> m_insertOrder;
    std::unique_ptr<SQLite::Statement> m_insertEvent;
    std::unique_ptr<SQLite::Statement> m_updateProjection;
    std::unique_ptr<SQLite::Statement> m_findRef;
    std::unique_ptr<SQLite::Statement> m_insertSearch;
    std::unique_ptr<SQLite::Statement> m_upsertLocation;
    std::optional<std::pair<std::string, std::int64_t>> m_lastSearch;
};

} // namespace propdesk::storage
