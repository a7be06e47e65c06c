#pragma once

#include "complaint.h"
#include "error.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::domain {

// What the complaint history asks for. Every criterion is optional; all given ones must hold.
struct ComplaintFilter
{
    std::optional<SiteId> site;
    std::vector<ComplaintStatus> statuses; // any of these; empty: any status
    std::optional<ComplaintCategory> category;
    std::optional<ComplaintChannel> channel;
    std::optional<Department> department; // the current one
    std::optional<bool> valid;            // the current verdict; judged ones only
    std::optional<Instant> receivedFrom;  // inclusive
    std::optional<Instant> receivedTo;    // exclusive
    // Matched as a substring of code, resident, phone, location, description or first responder,
    // ignoring case.
    std::string text;
};

// Where a page of the history ends: lists run newest first, by received time and then id.
struct ComplaintPageKey
{
    Instant receivedAt;
    ComplaintId id;
};

class ComplaintRepository
{
public:
    virtual ~ComplaintRepository() = default;
    // Stores a new complaint with its whole history; returns its id.
    virtual Result<ComplaintId> add(const Complaint& complaint) = 0;
    // Stores the last event of `complaint`'s history and the header fields it may change (the link to a
    // work order) and refreshes the stored current state.
    virtual Result<void> appendEvent(const Complaint& complaint) = 0;
    virtual Result<std::optional<Complaint>> get(ComplaintId id) = 0;
    virtual Result<std::optional<ComplaintId>> findId(SiteId site, std::string_view code) = 0;
    // Complaints of a site received in [from, to), oldest first, each with its whole history (the KPIs
    // replay it as of their time).
    virtual Result<std::vector<Complaint>> receivedBetween(SiteId site, Instant from, Instant to) = 0;
    virtual Result<std::int64_t> countReceivedBetween(SiteId site, Instant from, Instant to) = 0;
    // Up to `limit` complaints matching `filter` after `after` (newest first).
    virtual Result<std::vector<ComplaintSnapshot>> find(const ComplaintFilter& filter,
                                                        const std::optional<ComplaintPageKey>& after, int limit) = 0;
    // How many match, counting no further than `cap` (returns cap + 1 when there are more).
    virtual Result<std::int64_t> count(const ComplaintFilter& filter, std::int64_t cap) = 0;
    // The complaints of a site in one of `statuses`, oldest first.
    virtual Result<std::vector<ComplaintSnapshot>> withStatus(SiteId site, std::span<const ComplaintStatus> statuses,
                                                              int limit) = 0;
    // The complaints linked to a work order, oldest first.
    virtual Result<std::vector<ComplaintSnapshot>> linkedTo(WorkOrderId order) = 0;
};

} // namespace propdesk::domain
