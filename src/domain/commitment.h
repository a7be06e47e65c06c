#pragma once

// What a service contract promises (管理服务的承诺, DIGEST.md §5) and what the month delivered where no
// module records it: the targets of a site, versioned by effective date, the figures a manager enters by
// hand each month, the notes on the corrective action taken, and the frozen monthly reports.

#include "ids.h"
#include "time.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::domain {

enum class Comparator
{
    AtLeast, // ">="
    AtMost,  // "<="
    Below,   // "<" (the fire rate: < 0.5 ‰)
};

std::string_view comparatorSymbol(Comparator comparator);
// ">=", "<=", "<"; none for anything else.
std::optional<Comparator> parseComparator(std::string_view symbol);

// A commitment target, exact to four decimals of the ratio: 0.99 is stored as 9900, 0.5 ‰ as 5.
struct KpiTarget
{
    Comparator comparator = Comparator::AtLeast;
    std::int64_t valueE4 = 0;

    double value() const { return static_cast<double>(valueE4) / 10000.0; }
    // numerator × 10⁴ against target × 10⁴ × denominator, in integers.
    bool metBy(std::int64_t numerator, std::int64_t denominator) const;
    bool operator==(const KpiTarget&) const = default;
};

// One version of a site's targets: in force for the months from `effectiveFrom` (the first day of a
// month) until the next version. A version that has taken effect is never rewritten, so a new contract
// year leaves last year's reports as they were.
struct TargetSet
{
    TargetSetId id;
    SiteId site;
    Date effectiveFrom;
    std::string contract; // the contract or contract year it comes from, e.g. "2026–2027 物业服务合同"
    // Every indicator of the catalogue: the target, or none when the contract promises nothing.
    std::map<std::string, std::optional<KpiTarget>, std::less<>> targets;
    Instant savedAt;
    std::string savedBy; // the user's sign-in name
};

// The version in force for `month`: the latest whose effectiveFrom is on or before the month's first day;
// none when every version starts later. `versions` in any order.
const TargetSet* targetSetInForce(const std::vector<TargetSet>& versions, date::year_month month);

// A figure entered by hand for an indicator no module computes (the facility intact rates, fee
// collection, staff certification, fires, violations). Entries are never changed: a correction is a new
// entry, and the figure of a month as of T is the latest entered at or before T.
struct ManualFigure
{
    ManualFigureId id;
    SiteId site;
    date::year_month month;
    std::string key;
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
    std::string note; // where the figure comes from: the survey, the fee ledger, …
    Instant enteredAt;
    std::string enteredBy;
};

// The figure in force as of `asOf` among the entries of one site, month and key: the latest entered at
// or before it (by enteredAt, then id).
const ManualFigure* figureAsOf(const std::vector<ManualFigure>& entries, date::year_month month, std::string_view key,
                               Instant asOf);

// What was done about an indicator in a month (整改措施), printed in the report under its exceptions. Like
// the figures, a change is a new entry; the note as of T is the latest entered at or before T.
struct IndicatorNote
{
    IndicatorNoteId id;
    SiteId site;
    date::year_month month;
    std::string key;
    std::string text;
    Instant enteredAt;
    std::string enteredBy;
};

// A finished monthly report, frozen: the report's data as it was printed, to print it again identically.
struct ReportSnapshot
{
    ReportSnapshotId id;
    SiteId site;
    date::year_month month;
    Instant asOf;
    Instant frozenAt;
    std::string frozenBy;
    std::string data; // the report as JSON (reports/monthlyreport.h)
};

// "2026-03" for a month.
std::string monthKey(date::year_month month);

} // namespace propdesk::domain
