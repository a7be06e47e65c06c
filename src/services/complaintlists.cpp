#include "complaintlists.h"

#include "access.h"
#include "ruleservice.h"
#include "siteservice.h"

#include <algorithm>
#include <array>

namespace propdesk::services {

using domain::ComplaintStatus;
using domain::Instant;

namespace {

constexpr std::array kOnBoard{ComplaintStatus::Received, ComplaintStatus::Routed, ComplaintStatus::Responded,
                              ComplaintStatus::Resolved};

// The race an open complaint is in: the response until the resident has been answered, the resolution
// after. A resolved complaint waiting for its reply races nothing.
void placeOnBoard(ComplaintBoardEntry& entry)
{
    const auto& e = entry.evaluation;
    if (e.response.measured()) {
        entry.responseDeadline = e.response.deadline;
    }
    if (!e.timeline.open()) {
        return;
    }
    for (const auto* m : {&e.response, &e.resolution}) {
        if (!m->measured() || m->end) {
            continue;
        }
        entry.next = m->milestone;
        entry.deadline = m->deadline;
        entry.windowStart = m->start;
        return;
    }
}

int rank(const ComplaintBoardEntry& entry)
{
    if (entry.deadline) {
        return 0;
    }
    if (entry.evaluation.timeline.open()) {
        return 1; // open, but no rule measures it
    }
    return 2; // waiting for the reply
}

} // namespace

DeadlineState complaintDeadlineState(const ComplaintBoardEntry& entry, Instant now)
{
    if (!entry.next || !entry.deadline) {
        return DeadlineState::Unmeasured;
    }
    return windowState(entry.windowStart, *entry.deadline, now);
}

bool escalated(const ComplaintBoardEntry& entry, Instant now)
{
    const auto& t = entry.evaluation.timeline;
    return t.open() && !t.responded && entry.responseDeadline && now > *entry.responseDeadline;
}

domain::Result<std::vector<ComplaintBoardEntry>> ComplaintLists::board(std::string_view siteCode)
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
    auto listed = m_ctx.store.complaints().withStatus(site->id, kOnBoard, kBoardLimit);
    if (!listed) {
        return std::unexpected(listed.error());
    }
    const Instant now = m_ctx.clock.now();
    std::vector<ComplaintBoardEntry> entries;
    entries.reserve(listed->size());
    for (auto& snapshot : *listed) {
        ComplaintBoardEntry entry;
        entry.evaluation = (*engine)->evaluate(snapshot.header, snapshot.timeline, now);
        entry.windowStart = snapshot.header.receivedAt;
        entry.complaint = std::move(snapshot);
        placeOnBoard(entry);
        entries.push_back(std::move(entry));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const ComplaintBoardEntry& a, const ComplaintBoardEntry& b) {
        if (rank(a) != rank(b)) {
            return rank(a) < rank(b);
        }
        if (a.deadline && b.deadline && *a.deadline != *b.deadline) {
            return *a.deadline < *b.deadline;
        }
        return a.complaint.header.receivedAt < b.complaint.header.receivedAt;
    });
    return entries;
}

domain::Result<std::vector<ComplaintBoardEntry>> ComplaintLists::escalations(std::string_view siteCode)
{
    auto entries = board(siteCode);
    if (!entries) {
        return std::unexpected(entries.error());
    }
    const Instant now = m_ctx.clock.now();
    std::erase_if(*entries, [now](const ComplaintBoardEntry& e) { return !escalated(e, now); });
    std::stable_sort(entries->begin(), entries->end(), [](const ComplaintBoardEntry& a, const ComplaintBoardEntry& b) {
        return *a.responseDeadline < *b.responseDeadline;
    });
    return entries;
}

domain::Result<std::vector<ComplaintRevisitEntry>> ComplaintLists::awaitingRevisit(std::string_view siteCode)
{
    if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    const std::array replied{ComplaintStatus::Replied};
    auto listed = m_ctx.store.complaints().withStatus(site->id, replied, kRevisitLimit);
    if (!listed) {
        return std::unexpected(listed.error());
    }
    std::vector<ComplaintRevisitEntry> entries;
    entries.reserve(listed->size());
    for (auto& snapshot : *listed) {
        const Instant repliedAt = snapshot.timeline.replied.value_or(snapshot.header.receivedAt);
        entries.push_back(ComplaintRevisitEntry{std::move(snapshot), repliedAt});
    }
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const ComplaintRevisitEntry& a, const ComplaintRevisitEntry& b) { return a.repliedAt < b.repliedAt; });
    return entries;
}

domain::Result<std::vector<domain::ComplaintSnapshot>>
ComplaintLists::find(const domain::ComplaintFilter& filter, const std::optional<domain::ComplaintPageKey>& after,
                     int limit)
{
    if (auto ok = checkFilter(filter); !ok) {
        return std::unexpected(ok.error());
    }
    return m_ctx.store.complaints().find(filter, after, limit);
}

domain::Result<std::int64_t> ComplaintLists::count(const domain::ComplaintFilter& filter, std::int64_t cap)
{
    if (auto ok = checkFilter(filter); !ok) {
        return std::unexpected(ok.error());
    }
    return m_ctx.store.complaints().count(filter, cap);
}

domain::Result<void> ComplaintLists::checkFilter(const domain::ComplaintFilter& filter)
{
    return checkListSite(m_ctx, m_sites, filter.site);
}

} // namespace propdesk::services
