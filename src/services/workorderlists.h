#pragma once

#include "domain/error.h"
#include "domain/workorderrepository.h"
#include "rules/evaluation.h"
#include "servicecontext.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace propdesk::services {

class RuleService;
class SiteService;

// An open order on the dispatch board with the deadline it is racing.
struct BoardEntry
{
    domain::WorkOrderSnapshot order;
    rules::WorkOrderEvaluation evaluation; // as of when the board was loaded
    // The first milestone not reached yet (arrival, then completion) that a rule or due_at measures.
    std::optional<domain::Milestone> next;
    // When it becomes late. None while a hold stops its clock, or when nothing measures the order.
    std::optional<domain::Instant> deadline;
    // When that milestone's clock started: the window is [windowStart, deadline].
    domain::Instant windowStart;
};

enum class DeadlineState
{
    Unmeasured, // no rule applies
    Paused,     // on hold: the clock stands still
    OnTime,
    Closing, // less than a quarter of the window left
    Overdue,
};

// Where an entry stands at `now`. The board recolours with this every second without reloading.
DeadlineState deadlineState(const BoardEntry& entry, domain::Instant now);
// A running clock's state at `now` in its window [windowStart, deadline]: overdue only past the deadline,
// closing in the last quarter. Shared by the work-order and complaint boards.
DeadlineState windowState(domain::Instant windowStart, domain::Instant deadline, domain::Instant now);
// What every list asks first: the right to read records, and a site the user works at. No site means
// every site at once, only for someone who works at every site.
domain::Result<void> checkListSite(const ServiceContext& ctx, SiteService& sites,
                                   const std::optional<domain::SiteId>& site);

// A completed order waiting for its revisit (回访).
struct RevisitEntry
{
    domain::WorkOrderSnapshot order;
    domain::Instant completedAt;
};

// The read side of work orders for the desktop lists: the dispatch board, the revisit queue and the
// history, each answered from an index so that they stay fast on a million orders.
class WorkOrderLists
{
public:
    static constexpr int kBoardLimit = 5000;
    static constexpr int kRevisitLimit = 2000;
    // The history counts matches up to here and shows "10,000+" beyond: an exact count of a broad filter
    // over a million orders would cost a scan, and nobody browses that many rows.
    static constexpr std::int64_t kCountCap = 10'000;

    WorkOrderLists(ServiceContext& ctx, SiteService& sites, RuleService& rules)
        : m_ctx(ctx), m_sites(sites), m_rules(rules)
    {}

    // The site's open orders (logged, dispatched, in progress, on hold), evaluated now, the most urgent
    // first: overdue, then by time left; paused and unmeasured ones last. At most kBoardLimit, the oldest.
    domain::Result<std::vector<BoardEntry>> board(std::string_view siteCode);
    // The site's completed orders not revisited yet, longest waiting first. At most kRevisitLimit.
    domain::Result<std::vector<RevisitEntry>> awaitingRevisit(std::string_view siteCode);

    // A page of the history, newest first, after `after` (none: the first page).
    domain::Result<std::vector<domain::WorkOrderSnapshot>>
    find(const domain::WorkOrderFilter& filter, const std::optional<domain::WorkOrderPageKey>& after, int limit);
    // How many orders match, up to `cap` (cap + 1 means "more than cap").
    domain::Result<std::int64_t> count(const domain::WorkOrderFilter& filter, std::int64_t cap);

private:
    domain::Result<void> checkFilter(const domain::WorkOrderFilter& filter);
    ServiceContext& m_ctx;
    SiteService& m_sites;
    RuleService& m_rules;
};

} // namespace propdesk::services
