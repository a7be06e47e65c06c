#pragma once

#include "commitment.h"
#include "error.h"

#include <optional>
#include <vector>

namespace propdesk::domain {

// The commitments of every site: target versions, hand-entered figures, notes and frozen reports.
class CommitmentRepository
{
public:
    virtual ~CommitmentRepository() = default;

    // Every target version of the site, by effectiveFrom.
    virtual Result<std::vector<TargetSet>> targetSets(SiteId site) = 0;
    // Stores a version; replaces the site's version from the same date when there is one (the service
    // allows that only before it takes effect). Returns its id.
    virtual Result<TargetSetId> saveTargetSet(const TargetSet& set) = 0;

    // Every entry of the site for first ≤ month ≤ last, by month, key, enteredAt and id.
    virtual Result<std::vector<ManualFigure>> manualFigures(SiteId site, date::year_month first,
                                                            date::year_month last) = 0;
    virtual Result<ManualFigureId> addManualFigure(const ManualFigure& figure) = 0;

    // Every note of the site for first ≤ month ≤ last, by month, key, enteredAt and id.
    virtual Result<std::vector<IndicatorNote>> notes(SiteId site, date::year_month first, date::year_month last) = 0;
    virtual Result<IndicatorNoteId> addNote(const IndicatorNote& note) = 0;

    // The site's frozen reports, newest month first, then newest frozen first; `data` left empty.
    virtual Result<std::vector<ReportSnapshot>> snapshots(SiteId site) = 0;
    virtual Result<std::optional<ReportSnapshot>> snapshot(ReportSnapshotId id) = 0;
    virtual Result<ReportSnapshotId> addSnapshot(const ReportSnapshot& snapshot) = 0;
};

} // namespace propdesk::domain
