#pragma once

#include "error.h"
#include "inspection.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::domain {

// A stored photo: what was attached, byte for byte.
struct Photo
{
    PhotoId id;
    SiteId site;
    std::string fileName;
    std::vector<unsigned char> bytes;
    Instant addedAt;
    std::string addedBy;
};

// Filters of the nonconformance board; every field optional.
struct NcFilter
{
    std::optional<std::vector<NcState>> states; // none: every state
    std::optional<SheetId> sheet;
    std::optional<Instant> raisedFrom; // inclusive
    std::optional<Instant> raisedTo;   // exclusive
};

// The inspection records of every site. Days are the sites' local dates.
class InspectionRepository
{
public:
    virtual ~InspectionRepository() = default;

    // The site's setup; none before it was first saved.
    virtual Result<std::optional<InspectionSetup>> setup(SiteId site) = 0;
    virtual Result<void> saveSetup(const InspectionSetup& setup) = 0;

    // Every stored version of every template of the site, ordered by area type key and then effectiveFrom.
    virtual Result<std::vector<InspectionTemplate>> templates(SiteId site) = 0;
    virtual Result<std::optional<InspectionTemplate>> templateVersion(TemplateId id) = 0;
    // Stores a new version. Conflict when the site already has a version of that area type from that date.
    virtual Result<TemplateId> addTemplateVersion(const InspectionTemplate& version) = 0;

    // Stores a new sheet with its lines; returns its id.
    virtual Result<SheetId> addSheet(const InspectionSheet& sheet) = 0;
    // Rewrites a stored sheet: its lines, inspector, location, status, signature and amendment count.
    virtual Result<void> updateSheet(const InspectionSheet& sheet) = 0;
    virtual Result<std::optional<InspectionSheet>> sheet(SheetId id) = 0;
    // Sheets of first ≤ day ≤ last, by day, then kind, area type key, location and id; only `kind` when given.
    virtual Result<std::vector<InspectionSheet>> sheetsBetween(SiteId site, Date first, Date last,
                                                               std::optional<SheetKind> kind = {}) = 0;
    virtual Result<void> addAmendment(const SheetAmendment& amendment) = 0;
    // The amendments of a sheet, oldest first.
    virtual Result<std::vector<SheetAmendment>> amendments(SheetId sheet) = 0;

    virtual Result<PhotoId> addPhoto(const Photo& photo) = 0;
    virtual Result<std::optional<Photo>> photo(PhotoId id) = 0;

    // Stores a new nonconformance with its events; returns its id. Conflict when the code is taken.
    virtual Result<NonconformanceId> addNonconformance(const Nonconformance& nc) = 0;
    // Rewrites a stored nonconformance's state fields, report and events (the events are appended: those
    // already stored are kept).
    virtual Result<void> updateNonconformance(const Nonconformance& nc) = 0;
    virtual Result<std::optional<Nonconformance>> nonconformance(NonconformanceId id) = 0;
    // The site's nonconformances matching `filter`, by deadline and then id.
    virtual Result<std::vector<Nonconformance>> nonconformances(SiteId site, const NcFilter& filter = {}) = 0;
    // The number of the site's nonconformances whose code starts with `prefix` ("NC-2026-").
    virtual Result<std::int64_t> countNonconformanceCodes(SiteId site, std::string_view prefix) = 0;

    virtual Result<PreventiveActionId> addPreventiveAction(const PreventiveAction& action) = 0;
    // Rewrites the done fields.
    virtual Result<void> updatePreventiveAction(const PreventiveAction& action) = 0;
    virtual Result<std::optional<PreventiveAction>> preventiveAction(PreventiveActionId id) = 0;
    // The site's preventive actions, open ones first, then by due date and id.
    virtual Result<std::vector<PreventiveAction>> preventiveActions(SiteId site) = 0;

    // Conflict when the site already has a contractor of that name.
    virtual Result<ContractorId> addContractor(const Contractor& contractor) = 0;
    virtual Result<void> updateContractor(const Contractor& contractor) = 0;
    virtual Result<std::optional<Contractor>> contractor(ContractorId id) = 0;
    // The site's contractors by service key and name.
    virtual Result<std::vector<Contractor>> contractors(SiteId site) = 0;

    virtual Result<WarningId> addWarning(const ContractorWarning& warning) = 0;
    // The warnings of the site's contractors with first ≤ issuedOn ≤ last, by date and id.
    virtual Result<std::vector<ContractorWarning>> warnings(SiteId site, Date first, Date last) = 0;

    virtual Result<DeductionId> addDeduction(const Deduction& deduction) = 0;
    // The deductions of the site's contractors for months first … last, by month and id.
    virtual Result<std::vector<Deduction>> deductions(SiteId site, date::year_month first, date::year_month last) = 0;

    virtual Result<PestVisitId> addPestVisit(const PestControlVisit& visit) = 0;
    // Rewrites the sign-out time and notes.
    virtual Result<void> updatePestVisit(const PestControlVisit& visit) = 0;
    virtual Result<std::optional<PestControlVisit>> pestVisit(PestVisitId id) = 0;
    // Visits with from ≤ signedInAt < to, by time and id.
    virtual Result<std::vector<PestControlVisit>> pestVisitsBetween(SiteId site, Instant from, Instant to) = 0;
};

} // namespace propdesk::domain
