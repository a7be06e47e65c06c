#pragma once

#include "error.h"
#include "workorder.h"

#include <optional>
#include <span>
#include <string>
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

// What the history list asks for. Every criterion is optional; all given ones must hold.
struct WorkOrderFilter
{
    std::optional<SiteId> site;
    std::vector<WorkOrderStatus> statuses; // any of these; empty: any status
    std::optional<Category> category;
    std::optional<Urgency> urgency;
    std::optional<std::string> technician;
    std::optional<Instant> reportedFrom; // inclusive
    std::optional<Instant> reportedTo;   // exclusive
    // Matched as a substring of location, reporter, phone or description, ignoring case, spaces and
    // punctuation.
    std::string text;
};

// Where a page of the history ends: lists run newest first, by reported time and then id.
struct WorkOrderPageKey
{
    Instant reportedAt;
    WorkOrderId id;
};

// A place at a site where orders were reported, with who called last from there.
struct KnownLocation
{
    std::string location;
    std::string reporter;
    std::string phone;
    Instant lastReportedAt;
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

    // Up to `limit` orders matching `filter` after `after` (newest first), served by indexes.
    virtual Result<std::vector<WorkOrderSnapshot>> find(const WorkOrderFilter& filter,
                                                        const std::optional<WorkOrderPageKey>& after, int limit) = 0;
    // How many orders match, counting no further than `cap` (returns cap + 1 when there are more).
    virtual Result<std::int64_t> count(const WorkOrderFilter& filter, std::int64_t cap) = 0;
    // The orders of a site in one of `statuses`, oldest first.
    virtual Result<std::vector<WorkOrderSnapshot>> withStatus(SiteId site, std::span<const WorkOrderStatus> statuses,
                                                              int limit) = 0;
    // Orders at `location` of a site reported at or after `since`, newest first.
    virtual Result<std::vector<WorkOrderSnapshot>> atLocationSince(SiteId site, std::string_view location,
                                                                   Instant since) = 0;
    // Every place of a site where an order was reported, in text order.
    virtual Result<std::vector<KnownLocation>> knownLocations(SiteId site) = 0;
};

} // namespace propdesk::domain
