#pragma once

#include "domain/error.h"
#include "domain/user.h"
#include "domain/workorder.h"
#include "rules/evaluation.h"
#include "servicecontext.h"

#include <optional>
#include <string>

namespace propdesk::services {

class RuleService;
class SiteService;

// What the front desk types when a resident calls.
struct NewWorkOrder
{
    std::string siteCode;
    std::string location;
    domain::Category category = domain::Category::Other;
    domain::Urgency urgency = domain::Urgency::Normal;
    std::string reporter;
    std::string phone;
    std::string description;
    std::optional<domain::Instant> reportedAt; // default: now
    std::optional<domain::Instant> dueAt;
    std::optional<std::string> reworkOf; // code of the order this one reworks
    std::optional<std::string> code;     // default: YYYYMMDD-NNN of the reported day
};

// The work-order use cases. Each runs in one transaction; times default to now, may be entered after
// the fact, and may not lie in the future or before the order's previous event.
class WorkOrderService
{
public:
    WorkOrderService(ServiceContext& ctx, SiteService& sites, RuleService& rules)
        : m_ctx(ctx), m_sites(sites), m_rules(rules)
    {}

    domain::Result<domain::WorkOrder> log(const NewWorkOrder& request);
    domain::Result<domain::WorkOrder> dispatch(domain::WorkOrderId id, const std::string& technician,
                                               std::optional<domain::Instant> at = {});
    domain::Result<domain::WorkOrder> arrive(domain::WorkOrderId id, std::optional<domain::Instant> at = {});
    domain::Result<domain::WorkOrder> hold(domain::WorkOrderId id, const std::string& reason,
                                           std::optional<domain::Instant> at = {});
    domain::Result<domain::WorkOrder> resume(domain::WorkOrderId id, std::optional<domain::Instant> at = {});
    domain::Result<domain::WorkOrder> complete(domain::WorkOrderId id, const std::string& result,
                                               std::optional<domain::Instant> at = {});
    domain::Result<domain::WorkOrder> cancel(domain::WorkOrderId id, const std::string& reason,
                                             std::optional<domain::Instant> at = {});
    // A rating of 2 or less needs a comment: a dissatisfied resident's reason is followed up.
    domain::Result<domain::WorkOrder> revisit(domain::WorkOrderId id, std::optional<int> satisfaction,
                                              const std::string& comment, std::optional<domain::Instant> at = {});

    // A further call about an open order: kept in its history, changes nothing else.
    domain::Result<domain::WorkOrder> note(domain::WorkOrderId id, const std::string& text,
                                           std::optional<domain::Instant> at = {});

    domain::Result<domain::WorkOrder> get(domain::WorkOrderId id);
    domain::Result<domain::WorkOrder> get(std::string_view siteCode, std::string_view code);
    // Every milestone's rule, deadline and outcome as of `asOf` (default now).
    domain::Result<rules::WorkOrderEvaluation> evaluate(const domain::WorkOrder& order,
                                                        std::optional<domain::Instant> asOf = {});

private:
    domain::Result<domain::WorkOrder> record(domain::WorkOrderId id, domain::WorkOrderEvent event,
                                             std::optional<domain::Instant> at, domain::Permission permission);
    domain::Result<domain::Instant> checkedTime(std::optional<domain::Instant> at, std::string_view field) const;

    ServiceContext& m_ctx;
    SiteService& m_sites;
    RuleService& m_rules;
};

// Accepts empty, or a phone number: digits with optional spaces, '-', and a leading '+', 5 to 20 digits.
bool isValidPhone(std::string_view phone);

} // namespace propdesk::services
