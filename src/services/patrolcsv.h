#pragma once

#include "domain/error.h"
#include "domain/security.h"
#include "servicecontext.h"
#include "workordercsv.h"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::services {

class SiteService;

// Which of a guard-tour device's columns hold what (docs/security-operations.md). An empty name takes the
// first header that is one of the known aliases.
struct PatrolColumns
{
    std::string checkpoint; // aliases: checkpoint, checkpoint_code, point, 巡检点编号, 巡更点编号, 点位编号, 地点编号
    std::string guard; // aliases: guard, card, card_no, 巡检人员, 巡更人员, 人员, 卡号
    std::string time;  // aliases: time, timestamp, scanned_at, 巡检时间, 巡更时间, 时间
};

struct PatrolImportPlan
{
    std::string fileName;
    std::string siteCode;
    std::vector<std::string> header;
    std::vector<ImportIssue> fileIssues; // a column not found, an empty file: nothing can be imported
    std::vector<domain::PatrolScan> valid;
    std::vector<int> validLines;
    std::vector<RejectedRow> rejected;
    int repeatedInFile = 0; // rows equal to an earlier row of the file (skipped, not an error)

    bool importable() const { return fileIssues.empty(); }
    std::size_t rowCount() const { return valid.size() + rejected.size() + static_cast<std::size_t>(repeatedInFile); }
    std::vector<std::string> messages() const;
};

struct PatrolImportResult
{
    std::int64_t stored = 0;        // new scans written
    std::int64_t alreadyStored = 0; // the site had them (the file was imported before)
};

// Guard-tour device exports: UTF-8 CSV (a BOM is accepted), a header row, other columns ignored. Each row
// needs a checkpoint code known on a route of the site in force on the scan's day, a guard or card, and a
// time (the formats of DESIGN.md §5, in site local time unless it has an offset) not in the future.
class PatrolCsv
{
public:
    PatrolCsv(ServiceContext& ctx, SiteService& sites) : m_ctx(ctx), m_sites(sites) {}

    // Reads and validates every row; writes nothing (ImportPatrol).
    domain::Result<PatrolImportPlan> prepare(std::string_view data, std::string_view fileName,
                                             std::string_view siteCode, const PatrolColumns& columns = {});
    // Writes the valid rows in one transaction with one audit entry; scans the site already has are skipped.
    domain::Result<PatrolImportResult> commit(const PatrolImportPlan& plan);
    void writeRejects(const PatrolImportPlan& plan, std::ostream& out) const;

private:
    ServiceContext& m_ctx;
    SiteService& m_sites;
};

} // namespace propdesk::services
