#include "patrolcsv.h"

#include "access.h"
#include "audittrail.h"
#include "csvtable.h"
#include "domain/securityrepository.h"
#include "domain/timezone.h"
#include "importreport.h"
#include "siteservice.h"
#include "text.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

namespace propdesk::services {

using domain::ErrorCode;
using domain::Instant;

namespace {

using namespace std::string_view_literals;

constexpr std::array kCheckpointAliases{"checkpoint"sv, "checkpoint_code"sv, "point"sv,   "巡检点编号"sv,
                                        "巡更点编号"sv, "点位编号"sv,        "地点编号"sv};
constexpr std::array kGuardAliases{"guard"sv, "card"sv, "card_no"sv, "巡检人员"sv, "巡更人员"sv, "人员"sv, "卡号"sv};
constexpr std::array kTimeAliases{"time"sv, "timestamp"sv, "scanned_at"sv, "巡检时间"sv, "巡更时间"sv, "时间"sv};

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c < 0x80 ? std::tolower(c) : c); });
    return out;
}

// The position of the column named `chosen`, or of the first header that is one of `aliases`; -1 when none.
template <std::size_t N>
int findColumn(const std::vector<std::string>& header, const std::string& chosen,
               const std::array<std::string_view, N>& aliases)
{
    for (std::size_t i = 0; i < header.size(); ++i) {
        const auto name = lower(trimmed(header[i]));
        if (!chosen.empty()) {
            if (name == lower(trimmed(chosen))) {
                return static_cast<int>(i);
            }
            continue;
        }
        if (std::find(aliases.begin(), aliases.end(), name) != aliases.end()) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

template <std::size_t N>
std::string aliasList(const std::array<std::string_view, N>& aliases)
{
    std::string out;
    for (const auto alias : aliases) {
        out += (out.empty() ? "" : ", ") + std::string(alias);
    }
    return out;
}

} // namespace

std::vector<std::string> PatrolImportPlan::messages() const
{
    return issueMessages(fileName, fileIssues, rejected);
}

domain::Result<PatrolImportPlan> PatrolCsv::prepare(std::string_view data, std::string_view fileName,
                                                    std::string_view siteCode, const PatrolColumns& columns)
{
    if (auto ok = require(m_ctx, domain::Permission::ImportPatrol); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto zone = domain::TimeZone::find(site->timeZone);
    if (!zone) {
        return std::unexpected(zone.error());
    }
    auto versions = m_ctx.store.security().routes(site->id);
    if (!versions) {
        return std::unexpected(versions.error());
    }

    PatrolImportPlan plan;
    plan.fileName = std::string(fileName);
    plan.siteCode = site->code;
    auto table = readCsv(data);
    if (!table) {
        plan.fileIssues.push_back({table.error().line, "", table.error().message});
        return plan;
    }
    plan.header = table->header;
    const int checkpointCol = findColumn(table->header, columns.checkpoint, kCheckpointAliases);
    const int guardCol = findColumn(table->header, columns.guard, kGuardAliases);
    const int timeCol = findColumn(table->header, columns.time, kTimeAliases);
    const auto missing = [&](int index, const std::string& chosen, std::string_view what, std::string aliases) {
        if (index >= 0) {
            return;
        }
        if (!chosen.empty()) {
            plan.fileIssues.push_back({1, chosen, fmt::format("no such column (chosen for the {})", what)});
        } else {
            plan.fileIssues.push_back(
                {1, std::string(what), fmt::format("no column for the {}; expected one of: {}", what, aliases)});
        }
    };
    missing(checkpointCol, columns.checkpoint, "checkpoint", aliasList(kCheckpointAliases));
    missing(guardCol, columns.guard, "guard", aliasList(kGuardAliases));
    missing(timeCol, columns.time, "time", aliasList(kTimeAliases));
    if (table->rows.empty()) {
        plan.fileIssues.push_back({0, "", "no scans after the header"});
    }
    if (!plan.fileIssues.empty()) {
        return plan;
    }

    // The checkpoint codes of the routes in force, per local day.
    std::map<domain::Date, std::set<std::string, std::less<>>> known;
    const auto knownOn = [&](domain::Date day) -> const std::set<std::string, std::less<>>& {
        if (const auto it = known.find(day); it != known.end()) {
            return it->second;
        }
        std::set<std::string, std::less<>> codes;
        for (const auto* route : domain::routesInForce(*versions, day)) {
            for (const auto& c : route->checkpoints) {
                codes.insert(c.code);
            }
        }
        return known.emplace(day, std::move(codes)).first->second;
    };

    const Instant now = m_ctx.clock.now();
    std::set<std::tuple<std::string, Instant, std::string>> seen;
    for (const auto& row : table->rows) {
        std::vector<ImportIssue> issues;
        const auto field = [&](int index) {
            return trimmed(row.fields[static_cast<std::size_t>(index)]);
        };
        const std::string checkpointName = table->header[static_cast<std::size_t>(checkpointCol)];
        const std::string guardName = table->header[static_cast<std::size_t>(guardCol)];
        const std::string timeName = table->header[static_cast<std::size_t>(timeCol)];

        domain::PatrolScan scan;
        scan.site = site->id;
        scan.checkpoint = field(checkpointCol);
        scan.guard = field(guardCol);
        scan.source = std::string(fileName);
        scan.recordedAt = now;
        scan.recordedBy = m_ctx.user.name;
        if (scan.checkpoint.empty()) {
            issues.push_back({row.line, checkpointName, "required value is missing"});
        }
        if (scan.guard.empty()) {
            issues.push_back({row.line, guardName, "required value is missing"});
        }
        const auto timeText = field(timeCol);
        if (timeText.empty()) {
            issues.push_back({row.line, timeName, "required value is missing"});
        } else if (auto at = domain::parseTime(timeText, *zone); !at) {
            issues.push_back({row.line, timeName, at.error().message});
        } else if (*at > now) {
            issues.push_back({row.line, timeName, "lies in the future"});
        } else {
            scan.at = *at;
            const auto day = zone->localDate(scan.at);
            if (!scan.checkpoint.empty() && !knownOn(day).contains(scan.checkpoint)) {
                issues.push_back({row.line, checkpointName,
                                  fmt::format("unknown checkpoint '{}': no route of {} has it on {}", scan.checkpoint,
                                              site->code, domain::formatDate(day))});
            }
        }
        if (!issues.empty()) {
            plan.rejected.push_back(RejectedRow{row.line, row.fields, std::move(issues)});
            continue;
        }
        if (!seen.emplace(scan.checkpoint, scan.at, scan.guard).second) {
            ++plan.repeatedInFile;
            continue;
        }
        plan.valid.push_back(std::move(scan));
        plan.validLines.push_back(row.line);
    }
    return plan;
}

domain::Result<PatrolImportResult> PatrolCsv::commit(const PatrolImportPlan& plan)
{
    if (auto ok = require(m_ctx, domain::Permission::ImportPatrol); !ok) {
        return std::unexpected(ok.error());
    }
    if (!plan.importable()) {
        return domain::fail(ErrorCode::InvalidInput, fmt::format("{} cannot be imported", plan.fileName), "file");
    }
    auto site = m_sites.get(plan.siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    PatrolImportResult result;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto stored = m_ctx.store.security().addScans(plan.valid);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        result.stored = *stored;
        result.alreadyStored = static_cast<std::int64_t>(plan.valid.size()) - *stored;
        domain::AuditEntry entry;
        entry.site = site->id;
        entry.entity = "patrol_import";
        entry.record = plan.fileName;
        entry.action = domain::AuditAction::Create;
        entry.summary = fmt::format("{} scans imported, {} already stored", result.stored, result.alreadyStored);
        entry.changes = {{"scans", "", std::to_string(result.stored)},
                         {"already_stored", "", std::to_string(result.alreadyStored)},
                         {"rejected", "", std::to_string(plan.rejected.size())}};
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return result;
}

void PatrolCsv::writeRejects(const PatrolImportPlan& plan, std::ostream& out) const
{
    writeRejectedRows(out, plan.header, plan.rejected);
}

} // namespace propdesk::services
