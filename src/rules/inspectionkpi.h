#pragma once

#include "domain/inspection.h"
#include "domain/time.h"
#include "domain/timezone.h"
#include "kpi.h"

#include <span>
#include <vector>

namespace propdesk::rules {

// The six inspection KPIs of docs/kpi.md, in report order:
//   cleaning_rate               weight of cleaning items passed / weight of cleaning items inspected (pass or
//                               fail; not applicable left out), on the sheets of the month signed by T, daily
//                               and monthly, as amended by T (≥ 98 %, 002 §六)
//   greening_intact_rate        the same for greening items (≥ 98 %, 002 §五)
//   nc_rectified_on_time        nonconformances due in the month at or before T and not withdrawn by T whose
//                               rectification in force at T was at or before the deadline / those due
//                               (≥ 100 %: corrected the same day, 003 制度4 §二.1)
//   nc_verification_rate        nonconformances rectified in the month by T (a rectification in force at T)
//                               that are verified or closed at T / those rectified (≥ 100 %, 制度13 §二)
//   daily_sheets_completed      days of the month ended by T with at least one daily sheet signed by T /
//                               days of the month ended by T (≥ 100 %, 003 制度4 §二.1)
//   contractor_warnings         written warnings of the rolling year ending with the month's last day (or
//                               T's day when earlier) / cleaning, greening and pest-control contractors
//                               under contract that day (target: none; a contractor at the warning limit is
//                               a record with outcome may_terminate)
std::span<const KpiDefinition> inspectionKpiDefinitions();
KpiTargets defaultInspectionTargets();

struct InspectionKpiInput
{
    date::year_month month{date::year{2026}, date::month{1}};
    std::vector<domain::InspectionSheet> sheets;         // the month's sheets (any status; signed ones count)
    std::vector<domain::SheetAmendment> amendments;      // of those sheets: those after T are undone
    std::vector<domain::Nonconformance> nonconformances; // raised or due in the month, or rectified in it
    std::vector<domain::Contractor> contractors;         // the site's
    std::vector<domain::ContractorWarning> warnings;     // at least the rolling year before the month's end
    int warningLimit = 3;
};

// Computes the inspection KPIs of the month as of `asOf` in `zone`; `population` is the number of sheets
// signed by T. Records: the failed lines (subject InspectionLine: id the sheet id, code the item code,
// location the sheet's location, detail the note, outcome fail), the nonconformances not rectified on
// time (outcome late / open, overBy) and not verified (not_verified), the days without a signed daily
// sheet (outcome no_sheet, code the date), the warnings (outcome warning, location the contractor) and the
// contractors at the limit (may_terminate).
KpiResult computeInspectionKpis(const InspectionKpiInput& input, domain::Instant asOf, const domain::TimeZone& zone,
                                const KpiTargets& targets);

} // namespace propdesk::rules
