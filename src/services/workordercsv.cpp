#include "workordercsv.h"

#include "access.h"
#include "audittrail.h"
#include "csvtable.h"
#include "domain/timezone.h"
#include "domain/workorderrepository.h"
#include "importreport.h"
#include "serviceslog.h"
#include "siteservice.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <set>
#include <unordered_map>

namespace propdesk::services {

using domain::ErrorCode;
using domain::EventKind;
using domain::Instant;

namespace {

enum Column : std::size_t
{
    Id,
    SiteCol,
    Location,
    CategoryCol,
    UrgencyCol,
    ReportedAt,
    ArrivedAt,
    CompletedAt,
    RevisitedAt,
    CancelledAt,
    DueAt,
    Holds,
    ReworkOf,
    Satisfaction,
    Reporter,
    Phone,
    Technician,
    Description,
    ColumnCount,
};

const std::vector<std::string> kColumns{"id",          "site",       "location",     "category",     "urgency",
                                        "reported_at", "arrived_at", "completed_at", "revisited_at", "cancelled_at",
                                        "due_at",      "holds",      "rework_of",    "satisfaction", "reporter",
                                        "phone",       "technician", "description"};

struct SiteInfo
{
    domain::Site site;
    domain::TimeZone zone;
};

// Validates one row; on success fills `planned`.
class RowReader
{
public:
    RowReader(const CsvRow& row, const std::array<int, ColumnCount>& index, std::vector<ImportIssue>& issues)
        : m_row(row), m_index(index), m_issues(issues)
    {}

    std::string_view get(Column c) const
    {
        const int i = m_index[c];
        return i < 0 ? std::string_view{} : std::string_view(m_row.fields[static_cast<std::size_t>(i)]);
    }

    void issue(Column c, std::string reason) { m_issues.push_back({m_row.line, kColumns[c], std::move(reason)}); }

    std::optional<Instant> time(Column c, const domain::TimeZone& zone, bool required)
    {
        const auto text = get(c);
        if (text.empty()) {
            if (required) {
                issue(c, "required");
            }
            return std::nullopt;
        }
        auto t = domain::parseTime(text, zone);
        if (!t) {
            issue(c, t.error().message);
            return std::nullopt;
        }
        return *t;
    }

private:
    const CsvRow& m_row;
    const std::array<int, ColumnCount>& m_index;
    std::vector<ImportIssue>& m_issues;
};

// Builds the history of an imported order from its columns, in time order. `t.holds` are sorted by start.
std::vector<domain::WorkOrderEvent> historyOf(const domain::WorkOrderHeader& h, const domain::WorkOrderTimeline& t,
                                              const std::string& actor, const std::string& origin, Instant now)
{
    std::vector<std::pair<int, domain::WorkOrderEvent>> ranked;
    const auto add = [&](int rank, EventKind kind, Instant at) {
        domain::WorkOrderEvent e;
        e.kind = kind;
        e.at = at;
        e.actor = actor;
        e.recordedAt = now;
        ranked.emplace_back(rank, std::move(e));
        return &ranked.back().second;
    };
    // The rank orders events of the same second the way they must have happened: back-to-back holds end
    // and start in turn, a hold that ends as the technician arrives ends first, one that starts then
    // starts after the arrival, and everything else comes before completion.
    const auto& holds = t.holds;
    const int n = static_cast<int>(holds.size());
    add(0, EventKind::Logged, h.reportedAt)->note = origin;
    for (int i = 0; i < n; ++i) {
        const auto& hold = holds[static_cast<std::size_t>(i)];
        add(10 + 4 * i, EventKind::HoldStarted, hold.start)->note = "imported";
        if (hold.end) {
            add(12 + 4 * i, EventKind::Resumed, *hold.end);
        }
    }
    if (t.arrived) {
        const auto startedBefore = std::count_if(holds.begin(), holds.end(),
                                                 [&](const domain::Hold& hold) { return hold.start < *t.arrived; });
        add(9 + 4 * static_cast<int>(startedBefore), EventKind::Arrived, *t.arrived);
    }
    if (t.completed) {
        add(10 + 4 * n, EventKind::Completed, *t.completed);
    }
    if (t.revisited) {
        add(11 + 4 * n, EventKind::Revisited, *t.revisited)->satisfaction = t.satisfaction;
    }
    if (t.cancelled) {
        add(12 + 4 * n, EventKind::Cancelled, *t.cancelled)->note = "imported as cancelled";
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second.at != b.second.at ? a.second.at < b.second.at : a.first < b.first;
    });
    std::vector<domain::WorkOrderEvent> out;
    out.reserve(ranked.size());
    for (auto& [rank, e] : ranked) {
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace

const std::vector<std::string>& WorkOrderCsv::columns()
{
    return kColumns;
}

std::vector<std::string> ImportPlan::messages() const
{
    return issueMessages(fileName, fileIssues, rejected);
}

domain::Result<ImportPlan> WorkOrderCsv::prepare(std::string_view data, std::string_view fileName,
                                                 const std::optional<std::string>& siteCode)
{
    if (auto ok = require(m_ctx, domain::Permission::ImportWorkOrders); !ok) {
        return std::unexpected(ok.error());
    }
    ImportPlan plan;
    plan.fileName = std::string(fileName);

    std::map<std::string, SiteInfo, std::less<>> sites;
    const auto siteInfo = [&](std::string_view code) -> const SiteInfo* {
        if (const auto it = sites.find(code); it != sites.end()) {
            return &it->second;
        }
        auto site = m_sites.get(code);
        if (!site) {
            return nullptr;
        }
        auto zone = domain::TimeZone::find(site->timeZone);
        if (!zone) {
            return nullptr;
        }
        return &sites.emplace(std::string(code), SiteInfo{*site, *zone}).first->second;
    };
    if (siteCode && !siteInfo(*siteCode)) {
        return domain::fail(ErrorCode::InvalidInput, fmt::format("unknown site '{}'", *siteCode), "site");
    }

    auto table = readCsv(data);
    if (!table) {
        plan.fileIssues.push_back({table.error().line, "", table.error().message});
        return plan;
    }
    plan.header = table->header;

    std::array<int, ColumnCount> index;
    const auto mapped = mapColumns(table->header, kColumns, plan.fileIssues);
    std::copy(mapped.begin(), mapped.end(), index.begin());
    for (const auto c : {Id, Location, CategoryCol, UrgencyCol, ReportedAt}) {
        if (index[c] < 0) {
            plan.fileIssues.push_back({1, kColumns[c], "required column is missing"});
        }
    }
    if (index[SiteCol] < 0 && !siteCode) {
        plan.fileIssues.push_back({1, "site", "required column is missing (or give --site)"});
    }
    if (table->rows.empty()) {
        plan.fileIssues.push_back({0, "", "no work orders after the header"});
    }
    if (!plan.fileIssues.empty()) {
        return plan;
    }

    const Instant now = m_ctx.clock.now();
    const auto actor = m_ctx.user.name;
    // Per-row validation.
    struct Candidate
    {
        PlannedOrder planned;
        std::vector<ImportIssue> issues;
        std::size_t row = 0;
    };
    std::vector<Candidate> candidates;
    candidates.reserve(table->rows.size());
    for (std::size_t r = 0; r < table->rows.size(); ++r) {
        const auto& row = table->rows[r];
        auto& c = candidates.emplace_back();
        c.row = r;
        c.planned.line = row.line;
        RowReader in(row, index, c.issues);
        auto& h = c.planned.order.header;
        h.code = std::string(in.get(Id));
        if (h.code.empty()) {
            in.issue(Id, "required");
        }
        std::string_view code = in.get(SiteCol);
        if (siteCode) {
            if (!code.empty() && code != *siteCode) {
                in.issue(SiteCol, fmt::format("site {} differs from --site {}", code, *siteCode));
            }
            code = *siteCode;
        }
        const SiteInfo* site = nullptr;
        if (code.empty()) {
            in.issue(SiteCol, "required");
        } else if (site = siteInfo(code); !site) {
            in.issue(SiteCol, fmt::format("unknown site '{}'", code));
        }
        c.planned.siteCode = std::string(code);
        h.location = std::string(in.get(Location));
        if (h.location.empty()) {
            in.issue(Location, "required");
        }
        if (const auto text = in.get(CategoryCol); text.empty()) {
            in.issue(CategoryCol, "required");
        } else if (const auto cat = domain::parseCategory(text)) {
            h.category = *cat;
        } else {
            in.issue(CategoryCol, fmt::format("unknown category '{}'", text));
        }
        if (const auto text = in.get(UrgencyCol); text.empty()) {
            in.issue(UrgencyCol, "required");
        } else if (const auto urg = domain::parseUrgency(text)) {
            h.urgency = *urg;
        } else {
            in.issue(UrgencyCol, fmt::format("unknown urgency '{}' (emergency, normal or difficult)", text));
        }
        h.reporter = std::string(in.get(Reporter));
        h.phone = std::string(in.get(Phone));
        h.technician = std::string(in.get(Technician));
        h.description = std::string(in.get(Description));
        if (const auto text = in.get(ReworkOf); !text.empty()) {
            if (text == h.code) {
                in.issue(ReworkOf, "an order cannot rework itself");
            }
            c.planned.reworkCode = std::string(text);
        }
        domain::WorkOrderTimeline t;
        std::optional<int> satisfaction;
        if (const auto text = in.get(Satisfaction); !text.empty()) {
            int value = 0;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
            if (ec != std::errc{} || end != text.data() + text.size() || value < 1 || value > 5) {
                in.issue(Satisfaction, fmt::format("'{}' is not a rating from 1 to 5", text));
            } else {
                satisfaction = value;
            }
        }
        if (!site) {
            continue; // times cannot be read without the site's zone
        }
        const auto& zone = site->zone;
        h.siteId = site->site.id;
        const auto reported = in.time(ReportedAt, zone, true);
        t.arrived = in.time(ArrivedAt, zone, false);
        t.completed = in.time(CompletedAt, zone, false);
        t.revisited = in.time(RevisitedAt, zone, false);
        t.cancelled = in.time(CancelledAt, zone, false);
        h.dueAt = in.time(DueAt, zone, false);
        t.satisfaction = satisfaction;

        // Holds: "start/end;start/end", an empty end for a hold still running.
        bool holdsOk = true;
        if (auto text = in.get(Holds); !text.empty()) {
            int n = 0;
            while (!text.empty()) {
                ++n;
                const auto semi = text.find(';');
                auto part = text.substr(0, semi);
                text = semi == std::string_view::npos ? std::string_view{} : text.substr(semi + 1);
                const auto slash = part.find('/');
                if (slash == std::string_view::npos) {
                    in.issue(Holds, fmt::format("hold {} '{}' is not start/end", n, part));
                    holdsOk = false;
                    continue;
                }
                auto start = domain::parseTime(part.substr(0, slash), zone);
                if (!start) {
                    in.issue(Holds, fmt::format("hold {} start: {}", n, start.error().message));
                    holdsOk = false;
                    continue;
                }
                domain::Hold hold{*start, std::nullopt, {}};
                if (const auto endText = part.substr(slash + 1); !endText.empty()) {
                    auto end = domain::parseTime(endText, zone);
                    if (!end) {
                        in.issue(Holds, fmt::format("hold {} end: {}", n, end.error().message));
                        holdsOk = false;
                        continue;
                    }
                    if (*end < *start) {
                        in.issue(Holds, fmt::format("hold {} ends before it starts", n));
                        holdsOk = false;
                        continue;
                    }
                    hold.end = *end;
                }
                t.holds.push_back(hold);
            }
        }
        // In start order from here on: the checks below and the history both rely on it.
        std::stable_sort(t.holds.begin(), t.holds.end(),
                         [](const auto& a, const auto& b) { return a.start < b.start; });
        if (!reported) {
            continue;
        }
        h.reportedAt = *reported;
        const auto before = [&](Column col, const std::optional<Instant>& at, Column ref, Instant refAt) {
            if (at && *at < refAt) {
                in.issue(col, fmt::format("{} is before {} ({})", zone.formatLocal(*at), kColumns[ref],
                                          zone.formatLocal(refAt)));
            }
        };
        before(ArrivedAt, t.arrived, ReportedAt, *reported);
        before(CompletedAt, t.completed, ReportedAt, *reported);
        before(DueAt, h.dueAt, ReportedAt, *reported);
        before(CancelledAt, t.cancelled, ReportedAt, *reported);
        if (t.arrived && t.completed) {
            before(CompletedAt, t.completed, ArrivedAt, *t.arrived);
        }
        if (t.revisited) {
            if (!t.completed) {
                in.issue(RevisitedAt, "the order is not completed");
            } else {
                before(RevisitedAt, t.revisited, CompletedAt, *t.completed);
            }
        }
        if (t.completed && t.cancelled) {
            in.issue(CancelledAt, "an order is either completed or cancelled, not both");
        }
        if (satisfaction && !t.revisited) {
            in.issue(Satisfaction, "a rating needs revisited_at");
        }
        if (holdsOk && !t.holds.empty()) {
            const auto ended = t.completed ? t.completed : t.cancelled;
            const auto endName = t.completed ? "completed_at" : "cancelled_at";
            for (std::size_t i = 0; i < t.holds.size(); ++i) {
                const auto& hold = t.holds[i];
                const auto label = fmt::format("hold from {}", zone.formatLocal(hold.start));
                if (hold.start < *reported || (ended && hold.end && *hold.end > *ended) ||
                    (ended && hold.start > *ended)) {
                    in.issue(Holds, fmt::format("{} lies outside reported_at…{}", label, ended ? endName : "now"));
                } else if (!hold.end && ended) {
                    in.issue(Holds, fmt::format("{} is still open on a {} order", label,
                                                t.completed ? "completed" : "cancelled"));
                } else if (!hold.end && i + 1 < t.holds.size()) {
                    in.issue(Holds, fmt::format("{} is open but another hold follows it", label));
                }
                if (i > 0 && t.holds[i - 1].end && *t.holds[i - 1].end > hold.start) {
                    in.issue(Holds, fmt::format("{} overlaps the hold before it", label));
                }
            }
        }
        if (!c.issues.empty()) {
            continue;
        }
        // The same checks the desk's use cases make, event by event (e.g. no arrival during a hold).
        auto& order = c.planned.order;
        for (auto& e : historyOf(h, t, actor, fmt::format("imported from {}:{}", fileName, row.line), now)) {
            if (auto ok = order.apply(std::move(e)); !ok) {
                c.issues.push_back({row.line, ok.error().field, ok.error().message});
                break;
            }
        }
    }

    // Cross-row checks: duplicate ids in the file or the database, rework references.
    using Key = std::pair<std::string, std::string>; // site, id
    std::map<Key, std::size_t> firstByKey;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        auto& c = candidates[i];
        const auto& h = c.planned.order.header;
        if (h.code.empty() || c.planned.siteCode.empty()) {
            continue;
        }
        const Key key{c.planned.siteCode, h.code};
        if (const auto [it, fresh] = firstByKey.emplace(key, i); !fresh) {
            c.issues.push_back(
                {c.planned.line, "id",
                 fmt::format("duplicate: line {} has the same id", candidates[it->second].planned.line)});
            continue;
        }
        if (const auto* site = siteInfo(c.planned.siteCode)) {
            auto stored = m_ctx.store.workOrders().findRef(site->site.id, h.code);
            if (!stored) {
                return std::unexpected(stored.error());
            }
            if (*stored) {
                c.issues.push_back({c.planned.line, "id", fmt::format("already stored at site {}", site->site.code)});
            }
        }
    }
    // Rework references resolve to a valid row of the file or a stored order; a reference to a rejected
    // row is rejected in turn, until nothing changes.
    for (bool changed = true; changed;) {
        changed = false;
        for (auto& c : candidates) {
            if (!c.planned.reworkCode || !c.issues.empty()) {
                continue;
            }
            const auto& h = c.planned.order.header;
            const Key key{c.planned.siteCode, *c.planned.reworkCode};
            std::optional<Instant> targetReported;
            if (const auto it = firstByKey.find(key); it != firstByKey.end()) {
                const auto& target = candidates[it->second];
                if (!target.issues.empty()) {
                    c.issues.push_back({c.planned.line, "rework_of",
                                        fmt::format("names order {}, which is rejected (line {})",
                                                    *c.planned.reworkCode, target.planned.line)});
                    changed = true;
                    continue;
                }
                targetReported = target.planned.order.header.reportedAt;
            } else {
                const auto* site = siteInfo(c.planned.siteCode);
                auto stored = m_ctx.store.workOrders().findRef(site->site.id, *c.planned.reworkCode);
                if (!stored) {
                    return std::unexpected(stored.error());
                }
                if (!*stored) {
                    c.issues.push_back(
                        {c.planned.line, "rework_of",
                         fmt::format("names no order {} at site {}", *c.planned.reworkCode, c.planned.siteCode)});
                    changed = true;
                    continue;
                }
                targetReported = (*stored)->reportedAt;
            }
            if (*targetReported > h.reportedAt) {
                c.issues.push_back({c.planned.line, "rework_of",
                                    fmt::format("order {} was reported after this one", *c.planned.reworkCode)});
                changed = true;
            }
        }
    }

    for (auto& c : candidates) {
        if (c.issues.empty()) {
            plan.valid.push_back(std::move(c.planned));
        } else {
            plan.rejected.push_back(RejectedRow{c.planned.line, table->rows[c.row].fields, std::move(c.issues)});
        }
    }
    return plan;
}

domain::Result<std::size_t> WorkOrderCsv::commit(const ImportPlan& plan, const Progress& progress)
{
    if (auto ok = require(m_ctx, domain::Permission::ImportWorkOrders); !ok) {
        return std::unexpected(ok.error());
    }
    std::set<domain::SiteId> sites;
    for (const auto& p : plan.valid) {
        sites.insert(p.order.header.siteId);
    }
    for (const auto site : sites) {
        if (auto ok = m_sites.get(site); !ok) {
            return std::unexpected(ok.error());
        }
    }
    if (!plan.importable()) {
        return domain::fail(ErrorCode::InvalidInput, "the file cannot be imported", "", plan.fileName);
    }
    // Originals before their reworks: write in order of reported time.
    std::vector<const PlannedOrder*> order;
    order.reserve(plan.valid.size());
    for (const auto& p : plan.valid) {
        order.push_back(&p);
    }
    std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
        return a->order.header.reportedAt < b->order.header.reportedAt;
    });
    auto& repo = m_ctx.store.workOrders();
    std::size_t written = 0;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        std::map<std::pair<domain::SiteId, std::string>, domain::WorkOrderId, std::less<>> ids;
        for (const auto* p : order) {
            domain::WorkOrder wo = p->order;
            if (p->reworkCode) {
                const auto key = std::pair{wo.header.siteId, *p->reworkCode};
                if (const auto it = ids.find(key); it != ids.end()) {
                    wo.header.reworkOf = it->second;
                } else {
                    auto stored = repo.findRef(wo.header.siteId, *p->reworkCode);
                    if (!stored) {
                        return std::unexpected(stored.error());
                    }
                    if (!*stored) {
                        return domain::fail(ErrorCode::Conflict,
                                            fmt::format("order {} named by rework_of no longer exists", *p->reworkCode),
                                            "rework_of", fmt::format("{}:{}", plan.fileName, p->line));
                    }
                    wo.header.reworkOf = (*stored)->id;
                }
            }
            auto id = repo.add(wo);
            if (!id) {
                auto e = id.error();
                e.record = fmt::format("{}:{}", plan.fileName, p->line);
                return std::unexpected(e);
            }
            ids.emplace(std::pair{wo.header.siteId, wo.header.code}, *id);
            domain::AuditEntry entry;
            entry.site = wo.header.siteId;
            entry.entity = "work_order";
            entry.record = wo.header.code;
            entry.action = domain::AuditAction::Create;
            entry.summary = fmt::format("imported from {}:{}", plan.fileName, p->line);
            entry.changes = auditDiff({}, auditFields(wo, p->reworkCode.value_or("")));
            if (auto ok = writeAudit(m_ctx, std::move(entry)); !ok) {
                return ok;
            }
            ++written;
            if (progress && written % 1000 == 0 && !progress(written, order.size())) {
                return domain::fail(ErrorCode::Conflict, "the import was cancelled; nothing was written");
            }
        }
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    if (progress) {
        progress(written, order.size());
    }
    logger()->info("{} imported {} work orders from {} ({} rejected)", m_ctx.user.name, written, plan.fileName,
                   plan.rejected.size());
    return written;
}

void WorkOrderCsv::writeRejects(const ImportPlan& plan, std::ostream& out) const
{
    writeRejectedRows(out, plan.header, plan.rejected);
}

domain::Result<std::size_t> WorkOrderCsv::exportTo(std::ostream& out, const ExportFilter& filter,
                                                   const Progress& progress)
{
    if (auto ok = require(m_ctx, domain::Permission::ExportWorkOrders); !ok) {
        return std::unexpected(ok.error());
    }
    std::vector<domain::Site> sites;
    if (filter.siteCode) {
        auto site = m_sites.get(*filter.siteCode);
        if (!site) {
            return std::unexpected(site.error());
        }
        sites.push_back(*site);
    } else {
        auto all = m_sites.list();
        if (!all) {
            return std::unexpected(all.error());
        }
        sites = std::move(*all);
    }
    out << "\xEF\xBB\xBF"; // lets spreadsheet programs recognise UTF-8 Chinese text
    writeCsvRow(out, kColumns);
    std::size_t count = 0;
    auto& repo = m_ctx.store.workOrders();
    for (const auto& site : sites) {
        auto zone = domain::TimeZone::find(site.timeZone);
        if (!zone) {
            return std::unexpected(zone.error());
        }
        const Instant from = filter.from ? zone->startOfDay(*filter.from) : Instant::min();
        const Instant to =
            filter.to ? zone->startOfDay(domain::Date{date::sys_days{*filter.to} + date::days{1}}) : Instant::max();
        auto orders = repo.reportedBetween(site.id, from, to);
        if (!orders) {
            return std::unexpected(orders.error());
        }
        std::unordered_map<domain::WorkOrderId, std::string> codes;
        for (const auto& o : *orders) {
            codes.emplace(o.header.id, o.header.code);
        }
        const auto time = [&](const std::optional<Instant>& t) {
            return t ? zone->formatIso(*t) : std::string();
        };
        std::vector<std::string> fields(kColumns.size());
        for (const auto& o : *orders) {
            const auto& h = o.header;
            const auto& t = o.timeline;
            fields[Id] = h.code;
            fields[SiteCol] = site.code;
            fields[Location] = h.location;
            fields[CategoryCol] = domain::categoryKey(h.category);
            fields[UrgencyCol] = domain::urgencyKey(h.urgency);
            fields[ReportedAt] = zone->formatIso(h.reportedAt);
            fields[ArrivedAt] = time(t.arrived);
            fields[CompletedAt] = time(t.completed);
            fields[RevisitedAt] = time(t.revisited);
            fields[CancelledAt] = time(t.cancelled);
            fields[DueAt] = time(h.dueAt);
            std::string holds;
            for (const auto& hold : t.holds) {
                if (!holds.empty()) {
                    holds += ';';
                }
                holds += zone->formatIso(hold.start) + "/" + time(hold.end);
            }
            fields[Holds] = std::move(holds);
            fields[ReworkOf].clear();
            if (h.reworkOf) {
                if (const auto it = codes.find(*h.reworkOf); it != codes.end()) {
                    fields[ReworkOf] = it->second;
                } else if (auto code = repo.codeOf(*h.reworkOf); code && *code) {
                    fields[ReworkOf] = **code;
                }
            }
            fields[Satisfaction] = t.satisfaction ? std::to_string(*t.satisfaction) : std::string();
            fields[Reporter] = h.reporter;
            fields[Phone] = h.phone;
            fields[Technician] = h.technician;
            fields[Description] = h.description;
            writeCsvRow(out, fields);
            ++count;
            if (progress && count % 1000 == 0 && !progress(count, orders->size())) {
                return domain::fail(ErrorCode::Conflict, "the export was cancelled");
            }
        }
    }
    if (!out) {
        return domain::fail(ErrorCode::Io, "could not write the export");
    }
    return count;
}

} // namespace propdesk::services
