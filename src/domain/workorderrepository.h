#pragma once

#include "error.h"
#include "workorder.h"

#include <optional>
#include <string_view>
#include <vector>

namespace propdesk::domain {

// A rework order as the KPIs see it: which order it reworks, and whether it counts at a time T.
struct ReworkLink
{
    WorkOrderId reworkId;
    std::string reworkCode;
    WorkOrderId reworkOf;
    Instant reportedAt;
    std::optional<Instant> cancelledAt;
};

// Identifies an order by site and code, with what import validation needs to know about it.
struct WorkOrderRef
{
    WorkOrderId id;
    Instant reportedAt;
};

class WorkOrderRepository
{
public:
    virtual ~WorkOrderRepository() = default;
    // Stores a new order with its whole history; returns its id.
    virtual Result<WorkOrderId> add(const WorkOrder& order) = 0;
    // Stores the last event of `order`'s history and the header fields it may change.
    virtual Result<void> appendEvent(const WorkOrder& order) = 0;
    virtual Result<std::optional<WorkOrder>> get(WorkOrderId id) = 0;
    virtual Result<std::optional<WorkOrderRef>> findRef(SiteId site, std::string_view code) = 0;
    // Orders of a site reported in [from, to), oldest first.
    virtual Result<std::vector<WorkOrderSnapshot>> reportedBetween(SiteId site, Instant from, Instant to) = 0;
    // Orders of the same site that rework an order reported in [from, to).
    virtual Result<std::vector<ReworkLink>> reworksOfReportedBetween(SiteId site, Instant from, Instant to) = 0;
    // Number of orders of a site reported in [from, to).
    virtual Result<std::int64_t> countReportedBetween(SiteId site, Instant from, Instant to) = 0;
    virtual Result<std::optional<std::string>> codeOf(WorkOrderId id) = 0;
};

} // namespace propdesk::domain
