#pragma once

#include "domain/error.h"
#include "domain/workorder.h"
#include "servicecontext.h"

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::services {

class SiteService;

// One problem in an import file: FILE:LINE: column: reason.
struct ImportIssue
{
    int line = 0; // 0: the file as a whole
    std::string column;
    std::string reason;
};

struct RejectedRow
{
    int line = 0;
    std::vector<std::string> fields;
    std::vector<ImportIssue> issues;
};

// An order that passed validation, waiting to be written.
struct PlannedOrder
{
    int line = 0;
    domain::WorkOrder order;
    std::string siteCode;
    std::optional<std::string> reworkCode; // resolved against the file or the database when written
};

// The outcome of reading and validating a file; nothing has been written yet.
struct ImportPlan
{
    std::string fileName;
    std::vector<std::string> header;
    std::vector<ImportIssue> fileIssues; // problems with the file itself: nothing can be imported
    std::vector<PlannedOrder> valid;
    std::vector<RejectedRow> rejected;

    bool importable() const { return fileIssues.empty(); }
    std::size_t rowCount() const { return valid.size() + rejected.size(); }
    // Every issue, "FILE:LINE: column: reason", in line order.
    std::vector<std::string> messages() const;
};

struct ExportFilter
{
    std::optional<std::string> siteCode; // none: every site
    std::optional<domain::Date> from;    // reported on or after this local date
    std::optional<domain::Date> to;      // reported on or before this local date
};

// Called with (rows done, rows in all); return false to cancel (an import is then rolled back).
using Progress = std::function<bool(std::size_t, std::size_t)>;

// The work-order interchange format of DESIGN.md §5.
class WorkOrderCsv
{
public:
    WorkOrderCsv(ServiceContext& ctx, SiteService& sites) : m_ctx(ctx), m_sites(sites) {}

    // Reads and validates every row against the file and the database. `siteCode`, when given, is the
    // site of rows that name none, and must be known.
    domain::Result<ImportPlan> prepare(std::string_view data, std::string_view fileName,
                                       const std::optional<std::string>& siteCode);
    // Writes the valid rows of `plan` in one transaction; all or nothing. Returns how many were written.
    domain::Result<std::size_t> commit(const ImportPlan& plan, const Progress& progress = {});
    // The rejected rows with their reasons, as CSV that can be corrected and imported again.
    void writeRejects(const ImportPlan& plan, std::ostream& out) const;

    // Writes the orders that match `filter`, times with their offsets, so that export → import round-trips.
    domain::Result<std::size_t> exportTo(std::ostream& out, const ExportFilter& filter, const Progress& progress = {});

    // The columns in the order export writes them.
    static const std::vector<std::string>& columns();

private:
    ServiceContext& m_ctx;
    SiteService& m_sites;
};

} // namespace propdesk::services
