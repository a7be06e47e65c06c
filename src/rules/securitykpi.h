#pragma once

#include "domain/security.h"
#include "domain/time.h"
#include "kpi.h"
#include "patrol.h"

#include <optional>
#include <span>
#include <vector>

namespace propdesk::rules {

// The six security KPIs of docs/kpi.md, in report order:
//   patrol_completion_rate  checkpoints visited in their round's window / checkpoints expected, over the
//                           month's rounds whose outcome is final at T (target: none)
//   patrol_rounds_on_time   rounds Complete / rounds final at T (target: none)
//   handover_sign_rate      shift changes with a handover signed by both leaders by T / shift changes in
//                           the month at or before T (≥ 100 %)
//   night_spot_checks       night spot checks in the month by T / the checks owed per month (≥ 100 %)
//   incident_handling_rate  incidents of the month handled by T / incidents of the month by T (≥ 100 %)
//   security_incident_rate  security cases (治安案件) in the twelve months ending with the month, by T /
//                           residents (≤ 1 ‰; no rate without residents)
std::span<const KpiDefinition> securityKpiDefinitions();
KpiTargets defaultSecurityTargets();

// A change of shift: the start of `shift` on `day`.
struct ShiftChange
{
    domain::Date day;
    std::string shift;
    domain::Instant at;
};

// The changes of shift of a month: the start of every shift of the setup on every day of the month,
// ordered by time.
std::vector<ShiftChange> shiftChanges(const domain::SecuritySetup& setup, const domain::TimeZone& zone,
                                      date::year_month month);

struct SecurityKpiInput
{
    std::vector<RoundEvaluation> rounds;          // the rounds of the month's shifts, evaluated as of T
    std::vector<ShiftChange> changes;             // shiftChanges of the month (all; those after T are left out)
    std::vector<domain::Handover> handovers;      // the month's handovers
    std::vector<domain::SpotCheck> spotChecks;    // the month's spot checks (any; night ones count)
    int nightChecksOwed = 4;                      // 0: no denominator, no rate
    std::vector<domain::DutyEntry> incidents;     // incidents that happened in the month
    std::vector<domain::DutyEntry> incidentsYear; // incidents of the twelve months ending with the month
    int residents = 0;
};

// Computes the security KPIs as of `asOf`; `population` is the number of rounds final at T. Records: rounds
// not complete (outcome key, missed checkpoints in detail), shift changes without a signed handover
// (outcome unsigned / not_recorded), the night checks made (outcome checked), incidents not handled
// (not_handled) and the security cases of the twelve months (security_case).
KpiResult computeSecurityKpis(const SecurityKpiInput& input, domain::Instant asOf, const KpiTargets& targets);

} // namespace propdesk::rules
