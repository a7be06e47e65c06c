#pragma once

#include "domain/complaint.h"
#include "domain/error.h"
#include "domain/workorder.h"
#include "rules/evaluation.h"
#include "servicecontext.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace propdesk::services {

class RuleService;
class SiteService;
class WorkOrderService;

// What the front desk types when a resident complains (by phone, in person, …).
struct NewComplaint
{
    std::string siteCode;
    domain::ComplaintChannel channel = domain::ComplaintChannel::Phone;
    domain::ComplaintCategory category = domain::ComplaintCategory::Other;
    std::string resident;
    std::string phone;
    std::string location;
    std::string description;
    std::optional<domain::Department> department; // route it at once
    std::optional<domain::Instant> receivedAt;    // default: now
    std::optional<std::string> workOrder;         // code of the order it is about, at the same site
    std::optional<std::string> code;              // default: TSYYYYMMDD-NNN of the received day
    std::optional<std::string> firstResponder;    // default: the acting user
};

// A work order raised from a complaint (a repair it asks for).
struct SpawnedOrder
{
    domain::Category category = domain::Category::Other;
    domain::Urgency urgency = domain::Urgency::Normal;
    std::string description; // default: the complaint's description
};

// The complaint use cases (docs/complaints.md). Each runs in one transaction and writes its audit entry;
// times default to now, may be entered after the fact, and may not lie in the future or before the
// complaint's previous step.
class ComplaintService
{
public:
    ComplaintService(ServiceContext& ctx, SiteService& sites, RuleService& rules, WorkOrderService& workOrders)
        : m_ctx(ctx), m_sites(sites), m_rules(rules), m_workOrders(workOrders)
    {}

    domain::Result<domain::Complaint> receive(const NewComplaint& request);
    domain::Result<domain::Complaint> route(domain::ComplaintId id, domain::Department department,
                                            const std::string& note = {}, std::optional<domain::Instant> at = {});
    domain::Result<domain::Complaint> respond(domain::ComplaintId id, const std::string& text,
                                              std::optional<domain::Instant> at = {});
    domain::Result<domain::Complaint> resolve(domain::ComplaintId id, const std::string& resolution,
                                              const std::string& measures, std::optional<domain::Instant> at = {});
    domain::Result<domain::Complaint> reply(domain::ComplaintId id, const std::string& reply,
                                            const std::string& informedHead, std::optional<domain::Instant> at = {});
    // A rating of 2 or less needs a comment, as for work orders.
    domain::Result<domain::Complaint> revisit(domain::ComplaintId id, std::optional<int> satisfaction,
                                              const std::string& comment, std::optional<domain::Instant> at = {});
    // 有效投诉: the supervisor's or manager's verdict with its reason; a later verdict replaces it.
    domain::Result<domain::Complaint> judge(domain::ComplaintId id, bool valid, const std::string& reason,
                                            std::optional<domain::Instant> at = {});
    domain::Result<domain::Complaint> withdraw(domain::ComplaintId id, const std::string& reason,
                                               std::optional<domain::Instant> at = {});
    domain::Result<domain::Complaint> note(domain::ComplaintId id, const std::string& text,
                                           std::optional<domain::Instant> at = {});
    // Links the complaint to an existing work order of its site (by code).
    domain::Result<domain::Complaint> linkWorkOrder(domain::ComplaintId id, const std::string& workOrderCode);
    // Logs a new work order at the complaint's place for the resident, and links it; one transaction.
    domain::Result<std::pair<domain::Complaint, domain::WorkOrder>> spawnWorkOrder(domain::ComplaintId id,
                                                                                   const SpawnedOrder& order);

    domain::Result<domain::Complaint> get(domain::ComplaintId id);
    domain::Result<domain::Complaint> get(std::string_view siteCode, std::string_view code);
    // The complaints about a work order (its detail pane shows them).
    domain::Result<std::vector<domain::ComplaintSnapshot>> linkedTo(domain::WorkOrderId order);
    // Both milestones' rule, deadline and outcome as of `asOf` (default now).
    domain::Result<rules::ComplaintEvaluation> evaluate(const domain::Complaint& complaint,
                                                        std::optional<domain::Instant> asOf = {});

private:
    // What a step changes in the header besides its event (the link names its order); run after the event
    // is applied, inside the step's transaction.
    using Amend = std::function<domain::Result<void>(domain::Complaint&)>;
    domain::Result<domain::Complaint> record(domain::ComplaintId id, domain::ComplaintEvent event,
                                             std::optional<domain::Instant> at, domain::Permission permission,
                                             const Amend& amend = {});

    ServiceContext& m_ctx;
    SiteService& m_sites;
    RuleService& m_rules;
    WorkOrderService& m_workOrders;
};

} // namespace propdesk::services
