#include "workorderlists.h"

#include "access.h"
#include "ruleservice.h"
#include "siteservice.h"

#include <algorithm>
#include <array>

namespace propdesk::services {

using domain::Instant;
using domain::WorkOrderStatus;

namespace {

constexpr std::array kOpen{WorkOrderStatus::Logged, WorkOrderStatus::Dispatched, WorkOrderStatus::InProgress,
                           WorkOrderStatus::OnHold};

// The race an open order is in: arrival until the technician is there, completion after.
void placeOnBoard(BoardEntry& entry)
{
    const auto& e = entry.evaluation;
    for (const auto* m : {&e.arrival, &e.completion}) {
        if (!m->measured() || m->end) {
            continue;
        }
        entry.next = m->milestone;
        entry.deadline = m->deadline;
        entry.windowStart = m->start;
        return;
    }
}

int rank(const BoardEntry& entry)
{
    if (entry.deadline) {
        return 0;
    }
    return entry.next ? 1 : 2; // paused, then unmeasured
}

} // namespace

DeadlineState deadlineState(const BoardEntry& entry, Instant now)
{
    if (!entry.next) {
        return DeadlineState::Unmeasured;
    }
    if (!entry.deadline) {
        return DeadlineState::Paused;
    }
    return windowState(entry.windowStart, *entry.deadline, now);
}

DeadlineState windowState(Instant windowStart, Instant deadline, Instant now)
{
    if (now > deadline) { // late only past the deadline, as the rule engine counts it
        return DeadlineState::Overdue;
    }
    const auto window = deadline - windowStart;
    const auto left = deadline - now;
    return left * 4 < window ? DeadlineState::Closing : DeadlineState::OnTime;
}

domain::Result<void> checkListSite(const ServiceContext& ctx, SiteService& sites,
                                   const std::optional<domain::SiteId>& site)
{
    if (auto ok = require(ctx, domain::Permission::ReadRecords); !ok) {
        return ok;
    }
    if (!site) {
        if (ctx.user.sites) {
            return domain::fail(domain::ErrorCode::InvalidInput, "choose one of your sites", "site");
        }
        return {};
    }
    auto found = sites.get(*site);
    return found ? domain::Result<void>{} : std::unexpected(found.error());
}

domain::Result<std::vector<BoardEntry>> WorkOrderLists::board(std::string_view siteCode)
{
    if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto engine = m_rules.cachedEngineFor(*site);
    if (!engine) {
        return std::unexpected(engine.error());
    }
    auto open = m_ctx.store.workOrders().withStatus(site->id, kOpen, kBoardLimit);
    if (!open) {
        return std::unexpected(open.error());
    }
    const Instant now = m_ctx.clock.now();
    std::vector<BoardEntry> entries;
    entries.reserve(open->size());
    for (auto& snapshot : *open) {
        BoardEntry entry;
        entry.evaluation = (*engine)->evaluate(snapshot.header, snapshot.timeline, now);
        entry.order = std::move(snapshot);
        placeOnBoard(entry);
        entries.push_back(std::move(entry));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const BoardEntry& a, const BoardEntry& b) {
        if (rank(a) != rank(b)) {
            return rank(a) < rank(b);
        }
        if (a.deadline && b.deadline && *a.deadline != *b.deadline) {
            return *a.deadline < *b.deadline;
        }
        return a.order.header.reportedAt < b.order.header.reportedAt;
    });
    return entries;
}

domain::Result<std::vector<RevisitEntry>> WorkOrderLists::awaitingRevisit(std::string_view siteCode)
{
    if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    const std::array completed{WorkOrderStatus::Completed};
    auto orders = m_ctx.store.workOrders().withStatus(site->id, completed, kRevisitLimit);
    if (!orders) {
        return std::unexpected(orders.error());
    }
    std::vector<RevisitEntry> entries;
    entries.reserve(orders->size());
    for (auto& snapshot : *orders) {
        const Instant completedAt = snapshot.timeline.completed.value_or(snapshot.header.reportedAt);
        entries.push_back(RevisitEntry{std::move(snapshot), completedAt});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const RevisitEntry& a, const RevisitEntry& b) { return a.completedAt < b.completedAt; });
    return entries;
}

domain::Result<std::vector<domain::WorkOrderSnapshot>>
WorkOrderLists::find(const domain::WorkOrderFilter& filter, const std::optional<domain::WorkOrderPageKey>& after,
                     int limit)
{
    if (auto ok = checkFilter(filter); !ok) {
        return std::unexpected(ok.error());
    }
    return m_ctx.store.workOrders().find(filter, after, limit);
}

domain::Result<std::int64_t> WorkOrderLists::count(const domain::WorkOrderFilter& filter, std::int64_t cap)
{
    if (auto ok = checkFilter(filter); !ok) {
        return std::unexpected(ok.error());
    }
    return m_ctx.store.workOrders().count(filter, cap);
}

domain::Result<void> WorkOrderLists::checkFilter(const domain::WorkOrderFilter& filter)
{
    return checkListSite(m_ctx, m_sites, filter.site);
}

} // namespace propdesk::services
