#pragma once

#include "domain/complaintrepository.h"

#include <memory>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace propdesk::storage {

// Complaints, their append-only history (complaint_events) and the projection of that history kept on the
// complaints row for lists and KPIs, as for work orders.
class SqliteComplaintRepository final : public domain::ComplaintRepository
{
public:
    explicit SqliteComplaintRepository(SQLite::Database& db);
    ~SqliteComplaintRepository() override;

    domain::Result<domain::ComplaintId> add(const domain::Complaint& complaint) override;
    domain::Result<void> appendEvent(const domain::Complaint& complaint) override;
    domain::Result<std::optional<domain::Complaint>> get(domain::ComplaintId id) override;
    domain::Result<std::optional<domain::ComplaintId>> findId(domain::SiteId site, std::string_view code) override;
    domain::Result<std::vector<domain::Complaint>> receivedBetween(domain::SiteId site, domain::Instant from,
                                                                   domain::Instant to) override;
    domain::Result<std::int64_t> countReceivedBetween(domain::SiteId site, domain::Instant from,
                                                      domain::Instant to) override;
    domain::Result<std::vector<domain::ComplaintSnapshot>> find(const domain::ComplaintFilter& filter,
                                                                const std::optional<domain::ComplaintPageKey>& after,
                                                                int limit) override;
    domain::Result<std::int64_t> count(const domain::ComplaintFilter& filter, std::int64_t cap) override;
    domain::Result<std::vector<domain::ComplaintSnapshot>>
    withStatus(domain::SiteId site, std::span<const domain::ComplaintStatus> statuses, int limit) override;
    domain::Result<std::vector<domain::ComplaintSnapshot>> linkedTo(domain::WorkOrderId order) override;

private:
    void insertEvent(domain::ComplaintId id, const domain::ComplaintEvent& event);
    void updateProjection(const domain::Complaint& complaint);
    SQLite::Statement& cached(std::unique_ptr<SQLite::Statement>& slot, const char* sql);

    SQLite::Database& m_db;
    std::unique_ptr<SQLite::Statement> m_insertComplaint;
    std::unique_ptr<SQLite::Statement> m_insertEvent;
    std::unique_ptr<SQLite::Statement> m_updateProjection;
};

} // namespace propdesk::storage
