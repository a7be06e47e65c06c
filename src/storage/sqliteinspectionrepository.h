#pragma once

#include "domain/inspectionrepository.h"

namespace SQLite {
class Database;
} // namespace SQLite

namespace propdesk::storage {

// The inspection records of every site (schema version 7): the setup as one JSON document per site,
// template versions with their items as JSON, sheets with their lines as JSON, amendments, photos as
// BLOBs, nonconformances with their events in a child table, preventive actions, contractors, warnings,
// deductions and pest-control visits.
class SqliteInspectionRepository final : public domain::InspectionRepository
{
public:
    explicit SqliteInspectionRepository(SQLite::Database& db) : m_db(db) {}

    domain::Result<std::optional<domain::InspectionSetup>> setup(domain::SiteId site) override;
    domain::Result<void> saveSetup(const domain::InspectionSetup& setup) override;

    domain::Result<std::vector<domain::InspectionTemplate>> templates(domain::SiteId site) override;
    domain::Result<std::optional<domain::InspectionTemplate>> templateVersion(domain::TemplateId id) override;
    domain::Result<domain::TemplateId> addTemplateVersion(const domain::InspectionTemplate& version) override;

    domain::Result<domain::SheetId> addSheet(const domain::InspectionSheet& sheet) override;
    domain::Result<void> updateSheet(const domain::InspectionSheet& sheet) override;
    domain::Result<std::optional<domain::InspectionSheet>> sheet(domain::SheetId id) override;
    domain::Result<std::vector<domain::InspectionSheet>>
    sheetsBetween(domain::SiteId site, domain::Date first, domain::Date last,
                  std::optional<domain::SheetKind> kind = {}) override;
    domain::Result<void> addAmendment(const domain::SheetAmendment& amendment) override;
    domain::Result<std::vector<domain::SheetAmendment>> amendments(domain::SheetId sheet) override;

    domain::Result<domain::PhotoId> addPhoto(const domain::Photo& photo) override;
    domain::Result<std::optional<domain::Photo>> photo(domain::PhotoId id) override;

    domain::Result<domain::NonconformanceId> addNonconformance(const domain::Nonconformance& nc) override;
    domain::Result<void> updateNonconformance(const domain::Nonconformance& nc) override;
    domain::Result<std::optional<domain::Nonconformance>> nonconformance(domain::NonconformanceId id) override;
    domain::Result<std::vector<domain::Nonconformance>> nonconformances(domain::SiteId site,
                                                                        const domain::NcFilter& filter = {}) override;
    domain::Result<std::int64_t> countNonconformanceCodes(domain::SiteId site, std::string_view prefix) override;

    domain::Result<domain::PreventiveActionId> addPreventiveAction(const domain::PreventiveAction& action) override;
    domain::Result<void> updatePreventiveAction(const domain::PreventiveAction& action) override;
    domain::Result<std::optional<domain::PreventiveAction>> preventiveAction(domain::PreventiveActionId id) override;
    domain::Result<std::vector<domain::PreventiveAction>> preventiveActions(domain::SiteId site) override;

    domain::Result<domain::ContractorId> addContractor(const domain::Contractor& contractor) override;
    domain::Result<void> updateContractor(const domain::Contractor& contractor) override;
    domain::Result<std::optional<domain::Contractor>> contractor(domain::ContractorId id) override;
    domain::Result<std::vector<domain::Contractor>> contractors(domain::SiteId site) override;

    domain::Result<domain::WarningId> addWarning(const domain::ContractorWarning& warning) override;
    domain::Result<std::vector<domain::ContractorWarning>> warnings(domain::SiteId site, domain::Date first,
                                                                    domain::Date last) override;

    domain::Result<domain::DeductionId> addDeduction(const domain::Deduction& deduction) override;
    domain::Result<std::vector<domain::Deduction>> deductions(domain::SiteId site, date::year_month first,
                                                              date::year_month last) override;

    domain::Result<domain::PestVisitId> addPestVisit(const domain::PestControlVisit& visit) override;
    domain::Result<void> updatePestVisit(const domain::PestControlVisit& visit) override;
    domain::Result<std::optional<domain::PestControlVisit>> pestVisit(domain::PestVisitId id) override;
    domain::Result<std::vector<domain::PestControlVisit>> pestVisitsBetween(domain::SiteId site, domain::Instant from,
                                                                            domain::Instant to) override;

private:
    SQLite::Database& m_db;
};

} // namespace propdesk::storage
