#pragma once

#include "domain/complaintrepository.h"
#include "domain/error.h"
#include "rules/evaluation.h"
#include "servicecontext.h"
#include "workorderlists.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace propdesk::services {

class RuleService;
class SiteService;

// A complaint on the complaint board with the deadline it is racing.
struct ComplaintBoardEntry
{
    domain::ComplaintSnapshot complaint;
    rules::ComplaintEvaluation evaluation; // as of when the board was loaded
    // The first milestone not reached yet (response, then resolution) that a rule measures; none for a
    // resolved complaint waiting for its reply.
    std::optional<domain::Milestone> next;
    std::optional<domain::Instant> deadline;
    domain::Instant windowStart;
    // When the response milestone becomes late; past it without a response, the complaint is escalated
    // to the site's supervisor and manager.
    std::optional<domain::Instant> responseDeadline;
};

// Where an entry stands at `now` (the board recolours every second without reloading). A resolved
// complaint waiting for its reply is Unmeasured.
DeadlineState complaintDeadlineState(const ComplaintBoardEntry& entry, domain::Instant now);
// Past the response deadline with no response recorded.
bool escalated(const ComplaintBoardEntry& entry, domain::Instant now);

// A replied complaint waiting for its revisit.
struct ComplaintRevisitEntry
{
    domain::ComplaintSnapshot complaint;
    domain::Instant repliedAt;
};

// The read side of complaints for the desktop: the board, the escalations, the revisit queue and the
// history.
class ComplaintLists
{
public:
    static constexpr int kBoardLimit = 2000;
    static constexpr int kRevisitLimit = 2000;
    static constexpr std::int64_t kCountCap = 10'000;

    ComplaintLists(ServiceContext& ctx, SiteService& sites, RuleService& rules)
        : m_ctx(ctx), m_sites(sites), m_rules(rules)
    {}

    // The site's open complaints (received, routed, responded) evaluated now, the most urgent first:
    // overdue, then by time left; then the resolved ones waiting for the reply, oldest first.
    domain::Result<std::vector<ComplaintBoardEntry>> board(std::string_view siteCode);
    // The open complaints of the site past their response deadline now, the longest overdue first.
    domain::Result<std::vector<ComplaintBoardEntry>> escalations(std::string_view siteCode);
    // The site's replied complaints not revisited yet, longest waiting first.
    domain::Result<std::vector<ComplaintRevisitEntry>> awaitingRevisit(std::string_view siteCode);

    domain::Result<std::vector<domain::ComplaintSnapshot>>
    find(const domain::ComplaintFilter& filter, const std::optional<domain::ComplaintPageKey>& after, int limit);
    domain::Result<std::int64_t> count(const domain::ComplaintFilter& filter, std::int64_t cap);

private:
    domain::Result<void> checkFilter(const domain::ComplaintFilter& filter);
    ServiceContext& m_ctx;
    SiteService& m_sites;
    RuleService& m_rules;
};

} // namespace propdesk::services
