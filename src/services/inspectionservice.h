#pragma once

#include "domain/error.h"
#include "domain/inspection.h"
#include "domain/inspectionrepository.h"
#include "servicecontext.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::services {

class SiteService;

// A sheet with what its screen and its print show beside it.
struct SheetView
{
    domain::InspectionSheet sheet;
    std::vector<domain::SheetAmendment> amendments;      // oldest first
    std::vector<domain::Nonconformance> nonconformances; // raised from its lines, by line
};

// The month's sampling plan with the sheet recorded for each target, if any (same index).
struct PlanView
{
    domain::SamplingPlan plan;
    std::vector<std::optional<domain::InspectionSheet>> sheets;
};

// What a line of a draft sheet is set to.
struct LineEntry
{
    domain::ItemResult result = domain::ItemResult::Pending;
    std::string note;
    std::vector<domain::PhotoRef> photos; // photos added with addPhoto
    domain::Severity severity = domain::Severity::Minor;
    bool correctedOnSpot = false;
};

// A nonconformance raised by hand (from a weekly check, a walk, a complaint), not from a sheet line.
struct NewNonconformance
{
    domain::AreaType area = domain::AreaType::Ground;
    std::string location;
    std::string description;
    domain::InspectionService service = domain::InspectionService::Cleaning;
    domain::Severity severity = domain::Severity::Minor;
    std::string cause;
    std::optional<domain::Instant> deadline; // none: the end of today (23:59:59)
};

// A contractor with where it stands on a day.
struct ContractorStanding
{
    domain::Contractor contractor;
    int warningsInYear = 0;             // in the rolling year ending that day
    bool mayTerminate = false;          // warningsInYear ≥ the site's warning limit
    std::int64_t deductedThisMonth = 0; // fen, the deductions of that day's month
    int openNonconformances = 0;        // open or rectified, of its service
};

// The inspection use cases (docs/inspections.md). Each changing one runs in one transaction and writes its
// audit entry. Times default to now and may not lie in the future. A record of a site the user does not
// work at is treated as not found.
class InspectionService
{
public:
    InspectionService(ServiceContext& ctx, SiteService& sites) : m_ctx(ctx), m_sites(sites) {}

    // --- set-up and templates (ManageInspections; reading: ReadRecords) ---
    // The stored setup, or the defaults when none was saved.
    domain::Result<domain::InspectionSetup> setup(std::string_view siteCode);
    domain::Result<domain::InspectionSetup> saveSetup(std::string_view siteCode, domain::InspectionSetup setup);
    // Every stored version of every template, and the built-in default (id 0, from 2000-01-01) of each area
    // type with no stored version from that date.
    domain::Result<std::vector<domain::InspectionTemplate>> templates(std::string_view siteCode);
    // The version of each area type in force on `day`.
    domain::Result<std::vector<domain::InspectionTemplate>> templatesInForce(std::string_view siteCode,
                                                                             domain::Date day);
    // Stores a new version effective from tmpl.effectiveFrom.
    domain::Result<domain::InspectionTemplate> saveTemplate(std::string_view siteCode, domain::InspectionTemplate tmpl);

    // --- sheets (RecordInspection; reading: ReadRecords) ---
    // A new daily sheet of `area` at `location` for `day` (not in the future) from the template in force;
    // the sheet already started for that day, area and location when there is one.
    domain::Result<SheetView> startDailySheet(std::string_view siteCode, domain::Date day, domain::AreaType area,
                                              const std::string& location, const std::string& inspector);
    // The month's plan with the sheets recorded for it.
    domain::Result<PlanView> samplingPlan(std::string_view siteCode, date::year_month month);
    // The sheet of the plan's target `index`, made on `day` (in the month, not in the future); Conflict when
    // the target has a sheet already.
    domain::Result<SheetView> startSampleSheet(std::string_view siteCode, date::year_month month, std::size_t index,
                                               domain::Date day, const std::string& inspector);
    // Sets the lines of a draft (one entry per line, in order) and the inspector. Conflict once signed.
    domain::Result<SheetView> saveDraft(domain::SheetId id, const std::vector<LineEntry>& lines,
                                        const std::string& inspector);
    // Signs a draft with no pending line off and raises a nonconformance for every failed line: deadline the
    // last second of the sheet's local day, 23:59:59 (daily), or of the day monthlyRectifyDays later
    // (monthly), and never before the end of the day it is raised on; a line corrected on the spot is raised
    // rectified and verified, and closed unless it needs a report.
    domain::Result<SheetView> signSheet(domain::SheetId id, std::optional<domain::Instant> at = {});
    // Changes a line of a signed sheet with a reason (audited). A line amended to fail raises its
    // nonconformance; a failed line amended away withdraws its nonconformance when that is still open
    // (Conflict when it is past open).
    domain::Result<SheetView> amendLine(domain::SheetId id, int line, domain::ItemResult result,
                                        const std::string& note, const std::string& reason);
    domain::Result<std::optional<SheetView>> sheet(domain::SheetId id);
    domain::Result<std::vector<domain::InspectionSheet>> sheets(std::string_view siteCode, domain::Date first,
                                                                domain::Date last,
                                                                std::optional<domain::SheetKind> kind = {});
    // Stores a photo file (JPEG or PNG, at most 10 MiB) for a sheet line or a rectification.
    domain::Result<domain::PhotoRef> addPhoto(std::string_view siteCode, const std::filesystem::path& file);
    domain::Result<std::optional<domain::Photo>> photo(domain::PhotoId id);

    // --- nonconformances (HandleNonconformance; reading: ReadRecords) ---
    domain::Result<std::vector<domain::Nonconformance>> nonconformances(std::string_view siteCode,
                                                                        const domain::NcFilter& filter = {});
    domain::Result<std::optional<domain::Nonconformance>> nonconformance(domain::NonconformanceId id);
    domain::Result<domain::Nonconformance> raise(std::string_view siteCode, const NewNonconformance& nc);
    // Sets the cause and the contractor responsible.
    domain::Result<domain::Nonconformance> assign(domain::NonconformanceId id, const std::string& cause,
                                                  std::optional<domain::ContractorId> contractor);
    domain::Result<domain::Nonconformance> rectify(domain::NonconformanceId id, const std::string& by,
                                                   const std::string& evidence,
                                                   std::vector<domain::PhotoRef> photos = {},
                                                   std::optional<domain::Instant> at = {});
    domain::Result<domain::Nonconformance> verify(domain::NonconformanceId id, bool passed, const std::string& note,
                                                  std::optional<domain::Instant> at = {});
    domain::Result<domain::Nonconformance> close(domain::NonconformanceId id, const std::string& note,
                                                 std::optional<domain::Instant> at = {});
    // recordedBy is set here, recordedAt to `at` (default now).
    domain::Result<domain::Nonconformance> recordReport(domain::NonconformanceId id,
                                                        domain::CorrectiveActionReport report,
                                                        std::optional<domain::Instant> at = {});

    domain::Result<domain::PreventiveAction> addPreventiveAction(std::string_view siteCode,
                                                                 domain::PreventiveAction action);
    domain::Result<domain::PreventiveAction> completePreventiveAction(domain::PreventiveActionId id,
                                                                      const std::string& note,
                                                                      std::optional<domain::Instant> at = {});
    domain::Result<std::vector<domain::PreventiveAction>> preventiveActions(std::string_view siteCode);

    // --- subcontractors (ManageContractors; reading: ReadRecords) ---
    // Adds (id 0) or updates a contractor.
    domain::Result<domain::Contractor> saveContractor(std::string_view siteCode, domain::Contractor contractor);
    domain::Result<std::vector<domain::Contractor>> contractors(std::string_view siteCode);
    // Every contractor with its warnings, deductions and open nonconformances as of `day`.
    domain::Result<std::vector<ContractorStanding>> standings(std::string_view siteCode, domain::Date day);
    domain::Result<domain::ContractorWarning> issueWarning(domain::ContractorId contractor, domain::Date issuedOn,
                                                           const std::string& reason,
                                                           std::optional<domain::NonconformanceId> nc = {});
    domain::Result<std::vector<domain::ContractorWarning>> warnings(std::string_view siteCode, domain::Date first,
                                                                    domain::Date last);
    domain::Result<domain::Deduction> addDeduction(domain::ContractorId contractor, date::year_month month,
                                                   std::int64_t amount, const std::string& reason,
                                                   std::optional<domain::NonconformanceId> nc = {});
    domain::Result<std::vector<domain::Deduction>> deductions(std::string_view siteCode, date::year_month first,
                                                              date::year_month last);

    // --- pest control (RecordPestVisit) ---
    // visit.site, id and recorded fields are set here; the contractor must be a pest-control one of the site.
    domain::Result<domain::PestControlVisit> signInPestVisit(std::string_view siteCode, domain::PestControlVisit visit);
    domain::Result<domain::PestControlVisit> signOutPestVisit(domain::PestVisitId id,
                                                              std::optional<domain::Instant> at = {});
    domain::Result<std::vector<domain::PestControlVisit>> pestVisits(std::string_view siteCode, domain::Date first,
                                                                     domain::Date last);

private:
    ServiceContext& m_ctx;
    SiteService& m_sites;
};

} // namespace propdesk::services
