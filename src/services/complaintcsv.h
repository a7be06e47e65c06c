#pragma once

#include "domain/complaint.h"
#include "domain/error.h"
#include "servicecontext.h"
#include "workordercsv.h"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::services {

class SiteService;

// A complaint that passed validation, waiting to be written.
struct PlannedComplaint
{
    int line = 0;
    domain::Complaint complaint;
    std::string siteCode;
    std::optional<std::string> workOrderCode; // resolved against the database when written
};

// The outcome of reading and validating a complaints file; nothing has been written yet.
struct ComplaintImportPlan
{
    std::string fileName;
    std::vector<std::string> header;
    std::vector<ImportIssue> fileIssues;
    std::vector<PlannedComplaint> valid;
    std::vector<RejectedRow> rejected;

    bool importable() const { return fileIssues.empty(); }
    std::size_t rowCount() const { return valid.size() + rejected.size(); }
    // Every issue, "FILE:LINE: column: reason", in line order.
    std::vector<std::string> messages() const;
};

// The complaint interchange format (docs/cli.md), with the conventions of the work-order format.
class ComplaintCsv
{
public:
    ComplaintCsv(ServiceContext& ctx, SiteService& sites) : m_ctx(ctx), m_sites(sites) {}

    domain::Result<ComplaintImportPlan> prepare(std::string_view data, std::string_view fileName,
                                                const std::optional<std::string>& siteCode);
    // Writes the valid rows in one transaction, one audit entry per complaint; all or nothing.
    domain::Result<std::size_t> commit(const ComplaintImportPlan& plan, const Progress& progress = {});
    void writeRejects(const ComplaintImportPlan& plan, std::ostream& out) const;
    // ExportFilter's dates are received dates here.
    domain::Result<std::size_t> exportTo(std::ostream& out, const ExportFilter& filter, const Progress& progress = {});

    static const std::vector<std::string>& columns();

private:
    ServiceContext& m_ctx;
    SiteService& m_sites;
};

} // namespace propdesk::services
