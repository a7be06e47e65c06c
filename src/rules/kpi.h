#pragma once

#include "domain/commitment.h"
#include "domain/ids.h"
#include "domain/time.h"
#include "domain/workorderrepository.h"
#include "evaluation.h"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::rules {

// The comparator and the target live in the domain (a site's target versions are stored); the rules use
// them under their own names.
using domain::Comparator;
using domain::comparatorSymbol;
using domain::KpiTarget;

// What a KPI record is: the subject its id refers to.
enum class KpiSubject
{
    WorkOrder,      // id: WorkOrderId
    Complaint,      // id: ComplaintId
    PatrolRound,    // id: RouteId of the route version; code names the round
    Handover,       // id: HandoverId, 0 for a shift change without one
    SpotCheck,      // id: SpotCheckId
    Incident,       // id: DutyEntryId
    InspectionLine, // id: SheetId; code the item code
    Nonconformance, // id: NonconformanceId
    InspectionDay,  // id: 0; code the day "YYYY-MM-DD"
    Contractor,     // id: ContractorId (a warning: detail names it)
    ManualFigure,   // id: ManualFigureId; code the month "YYYY-MM"
};
// work_order complaint patrol_round handover spot_check incident inspection_line nonconformance
// inspection_day contractor manual_figure
std::string_view kpiSubjectKey(KpiSubject subject);

// One record behind a KPI figure: an order that was late, is still pending, was reworked, a complaint
// that is unresolved, …
struct KpiRecord
{
    KpiSubject subject = KpiSubject::WorkOrder;
    std::int64_t id = 0; // the id value of the record `subject` names
    std::string code;
    std::string location;
    // met / missed / pending / reworked / not_completed / not_revisited / rated_N; complaints also
    // not_resolved / valid
    std::string outcome;
    std::string ruleId; // the rule measured against, "due_at" for an agreed deadline
    std::optional<domain::Instant> deadline;
    domain::Seconds overBy{0};
    std::string detail; // e.g. the rework order's code
};

struct KpiValue
{
    std::string key;
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
    std::int64_t pending = 0;
    std::optional<double> rate;
    std::optional<KpiTarget> target;
    std::optional<bool> met;
    std::vector<KpiRecord> records;
};

// The nine work-order KPIs of DESIGN.md §4, in report order.
struct KpiDefinition
{
    std::string_view key;
    std::string_view nameZh;
    std::string_view nameEn;
    std::optional<KpiTarget> defaultTarget;
};
std::span<const KpiDefinition> workOrderKpis();

// A work order of the population with its evaluation.
struct EvaluatedOrder
{
    domain::WorkOrderHeader header;
    WorkOrderEvaluation evaluation;
};

struct KpiResult
{
    std::int64_t population = 0;
    std::vector<KpiValue> kpis;
    const KpiValue* find(std::string_view key) const;
};

using KpiTargets = std::map<std::string, KpiTarget, std::less<>>;
// The default targets of DESIGN.md §4.
KpiTargets defaultWorkOrderTargets();

// Computes the work-order KPIs of one site and month. `orders` are the orders reported in the month
// (any state); the population is those reported by `asOf` and not cancelled at `asOf`. `reworks` are
// the rework orders of the site pointing into the month; one counts when it was reported by `asOf` and
// is not cancelled at `asOf`. A KPI whose key is not in `targets` has no target.
KpiResult computeWorkOrderKpis(std::span<const EvaluatedOrder> orders, std::span<const domain::ReworkLink> reworks,
                               domain::Instant asOf, const KpiTargets& targets);

} // namespace propdesk::rules
