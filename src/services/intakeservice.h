#pragma once

#include "domain/error.h"
#include "domain/workorder.h"
#include "domain/workorderrepository.h"
#include "rules/evaluation.h"
#include "servicecontext.h"
#include "workorderservice.h"

#include <optional>
#include <string_view>
#include <vector>

namespace propdesk::services {

class RuleService;
class SiteService;

// What the front desk sees while it types: the rules that will measure the order and their deadlines.
struct IntakePreview
{
    std::shared_ptr<const domain::RuleSet> ruleSet; // the version in force when the order is reported
    rules::MilestoneResult arrival;                 // deadline set when a rule measures it
    rules::MilestoneResult completion;              // measured by due_at when one is agreed
};

// The front-desk side of work orders: help while a resident is on the phone.
class IntakeService
{
public:
    // Within this time an open order at the same place and category is a likely duplicate.
    static constexpr std::chrono::hours kDuplicateWindow{24};

    IntakeService(ServiceContext& ctx, SiteService& sites, RuleService& rules, WorkOrderService& orders)
        : m_ctx(ctx), m_sites(sites), m_rules(rules), m_orders(orders)
    {}

    // The rules and deadlines the order would get if it were logged as it stands (reported now unless
    // the request says otherwise). Nothing is stored.
    domain::Result<IntakePreview> preview(const NewWorkOrder& request);
    // Open orders at the same site, place and category reported in the last 24 hours, newest first.
    domain::Result<std::vector<domain::WorkOrderSnapshot>> possibleDuplicates(const NewWorkOrder& request);
    // Every place of the site orders came from, with its last caller.
    domain::Result<std::vector<domain::KnownLocation>> knownLocations(std::string_view siteCode);
    // Records a further call about an open order instead of logging a duplicate.
    domain::Result<domain::WorkOrder> linkCall(domain::WorkOrderId existing, const NewWorkOrder& call);

private:
    ServiceContext& m_ctx;
    SiteService& m_sites;
    RuleService& m_rules;
    WorkOrderService& m_orders;
};

// Emergency urgency for a description that names one (漏水, 爆管, 停电, 燃气, …) in a category where
// emergencies happen (water, electricity, gas, lifts, fire); none otherwise. See docs/user-guide.md.
std::optional<domain::Urgency> suggestUrgency(domain::Category category, std::string_view description);

} // namespace propdesk::services
