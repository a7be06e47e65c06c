#pragma once

#include "domain/complaint.h"
#include "domain/time.h"
#include "evaluation.h"
#include "kpi.h"

#include <span>

namespace propdesk::rules {

// The seven complaint KPIs of docs/kpi.md, in report order.
std::span<const KpiDefinition> complaintKpiDefinitions();
// Their default targets: timeliness, handling and revisit 100 %, satisfaction 85 %, valid complaints over
// twelve months at most 2 % of the residents (DIGEST §5 #18). The monthly valid rate has none.
KpiTargets defaultComplaintTargets();

// A complaint with its evaluation as of the report time.
struct EvaluatedComplaint
{
    domain::ComplaintHeader header;
    ComplaintEvaluation evaluation;
};

// Computes the complaint KPIs of one site and month. `month` holds the complaints received in the month,
// `rollingYear` those received in the twelve months ending with it (the month included), in any state,
// evaluated as of `asOf`. In both, a complaint counts when it was received by `asOf` and not withdrawn at
// `asOf`; `population` is that count for `month`. The valid-complaint rates divide by `residents` and
// have no rate when it is 0. A KPI whose key is not in `targets` has no target.
KpiResult computeComplaintKpis(std::span<const EvaluatedComplaint> month,
                               std::span<const EvaluatedComplaint> rollingYear, int residents, domain::Instant asOf,
                               const KpiTargets& targets);

} // namespace propdesk::rules
