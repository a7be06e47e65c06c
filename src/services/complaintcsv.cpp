#include "complaintcsv.h"

#include "access.h"
#include "audittrail.h"
#include "csvtable.h"
#include "domain/complaintrepository.h"
#include "domain/timezone.h"
#include "domain/workorderrepository.h"
#include "importreport.h"
#include "serviceslog.h"
#include "siteservice.h"
#include "workorderservice.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <set>
#include <span>

namespace propdesk::services {

using domain::ComplaintEventKind;
using domain::ErrorCode;
using domain::Instant;

namespace {

enum Column : std::size_t
{
    Id,
    SiteCol,
    ChannelCol,
    CategoryCol,
    ReceivedAt,
    Resident,
    Phone,
    Location,
    Description,
    FirstResponder,
    DepartmentCol,
    RoutedAt,
    RespondedAt,
    Response,
    ResolvedAt,
    Resolution,
    Measures,
    RepliedAt,
    Reply,
    InformedHead,
    RevisitedAt,
    Satisfaction,
    RevisitComment,
    Valid,
    VerdictReason,
    JudgedAt,
    WithdrawnAt,
    WithdrawReason,
    WorkOrder,
    ColumnCount,
};

const std::vector<std::string> kColumns{
    "id",           "site",         "channel",         "category",    "received_at",
    "resident",     "phone",        "location",        "description", "first_responder",
    "department",   "routed_at",    "responded_at",    "response",    "resolved_at",
    "resolution",   "measures",     "replied_at",      "reply",       "informed_head",
    "revisited_at", "satisfaction", "revisit_comment", "valid",       "verdict_reason",
    "judged_at",    "withdrawn_at", "withdraw_reason", "work_order"};

constexpr std::array kRequiredColumns{Id, ChannelCol, CategoryCol, ReceivedAt, Description, FirstResponder};

struct SiteInfo
{
    domain::Site site;
    domain::TimeZone zone;
};

template <typename T, typename KeyOf>
std::string keyList(std::span<const T> values, KeyOf keyOf)
{
    std::string out;
    for (const auto v : values) {
        out += (out.empty() ? "" : ", ") + std::string(keyOf(v));
    }
    return out;
}

// yes/no, 是/否, true/false, 1/0; empty: not judged.
std::optional<bool> parseVerdict(std::string_view text)
{
    std::string lower(text);
    std::ranges::transform(lower, lower.begin(),
                           [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    for (const auto* yes : {"yes", "true", "1", "是", "有效"}) {
        if (lower == yes) {
            return true;
        }
    }
    for (const auto* no : {"no", "false", "0", "否", "无效"}) {
        if (lower == no) {
            return false;
        }
    }
    return std::nullopt;
}

// The column that holds the time of an event.
Column timeColumn(ComplaintEventKind kind)
{
    switch (kind) {
    case ComplaintEventKind::Received:
        return ReceivedAt;
    case ComplaintEventKind::Routed:
        return RoutedAt;
    case ComplaintEventKind::Responded:
        return RespondedAt;
    case ComplaintEventKind::Resolved:
        return ResolvedAt;
    case ComplaintEventKind::Replied:
        return RepliedAt;
    case ComplaintEventKind::Revisited:
        return RevisitedAt;
    case ComplaintEventKind::Judged:
        return JudgedAt;
    case ComplaintEventKind::Linked:
        return WorkOrder;
    case ComplaintEventKind::Noted:
    case ComplaintEventKind::Withdrawn:
        return WithdrawnAt;
    }
    return ReceivedAt;
}

// The column a domain refusal is about: the field it names when that is a column, else the event's time.
std::string columnOf(const domain::Error& error, ComplaintEventKind kind)
{
    if (error.field == "reason" && kind == ComplaintEventKind::Withdrawn) {
        return kColumns[WithdrawReason];
    }
    if (error.field != "at" && std::ranges::find(kColumns, error.field) != kColumns.end()) {
        return error.field;
    }
    return kColumns[timeColumn(kind)];
}

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

    bool has(Column c) const { return !get(c).empty(); }

    void issue(Column c, std::string reason) { m_issues.push_back({m_row.line, kColumns[c], std::move(reason)}); }

    std::string required(Column c)
    {
        const auto text = get(c);
        if (text.empty()) {
            issue(c, "required");
        }
        return std::string(text);
    }

    // A time not after `now`; none when empty or wrong (then an issue is recorded).
    std::optional<Instant> time(Column c, const domain::TimeZone& zone, Instant now, bool required = false)
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
        if (*t > now) {
            issue(c, "lies in the future");
            return std::nullopt;
        }
        return *t;
    }

    // A text that goes with the step in `other`: required when the step is given.
    void pair(Column c, Column other, bool otherGiven)
    {
        if (otherGiven && !has(c)) {
            issue(c, fmt::format("required with {}", kColumns[other]));
        }
    }

    // A value that makes sense only with `other`.
    void needs(Column c, Column other, bool otherGiven)
    {
        if (!otherGiven && has(c)) {
            issue(c, fmt::format("needs {}", kColumns[other]));
        }
    }

private:
    const CsvRow& m_row;
    const std::array<int, ColumnCount>& m_index;
    std::vector<ImportIssue>& m_issues;
};

} // namespace

const std::vector<std::string>& ComplaintCsv::columns()
{
    return kColumns;
}

std::vector<std::string> ComplaintImportPlan::messages() const
{
    return issueMessages(fileName, fileIssues, rejected);
}

domain::Result<ComplaintImportPlan> ComplaintCsv::prepare(std::string_view data, std::string_view fileName,
                                                          const std::optional<std::string>& siteCode)
{
    if (auto ok = require(m_ctx, domain::Permission::ImportComplaints); !ok) {
        return std::unexpected(ok.error());
    }
    ComplaintImportPlan plan;
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
    for (const auto c : kRequiredColumns) {
        if (index[c] < 0) {
            plan.fileIssues.push_back({1, kColumns[c], "required column is missing"});
        }
    }
    if (index[SiteCol] < 0 && !siteCode) {
        plan.fileIssues.push_back({1, "site", "required column is missing (or give --site)"});
    }
    if (table->rows.empty()) {
        plan.fileIssues.push_back({0, "", "no complaints after the header"});
    }
    if (!plan.fileIssues.empty()) {
        return plan;
    }

    const Instant now = m_ctx.clock.now();
    const auto actor = m_ctx.user.name;
    struct Candidate
    {
        PlannedComplaint planned;
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
        auto& h = c.planned.complaint.header;
        h.code = in.required(Id);
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

        if (const auto text = in.get(ChannelCol); text.empty()) {
            in.issue(ChannelCol, "required");
        } else if (const auto channel = domain::parseChannel(text)) {
            h.channel = *channel;
        } else {
            in.issue(ChannelCol, fmt::format("unknown channel '{}' (one of: {})", text,
                                             keyList(domain::allComplaintChannels(), domain::channelKey)));
        }
        if (const auto text = in.get(CategoryCol); text.empty()) {
            in.issue(CategoryCol, "required");
        } else if (const auto category = domain::parseComplaintCategory(text)) {
            h.category = *category;
        } else {
            in.issue(CategoryCol, fmt::format("unknown complaint category '{}' (one of: {})", text,
                                              keyList(domain::allComplaintCategories(), domain::complaintCategoryKey)));
        }
        std::optional<domain::Department> department;
        if (const auto text = in.get(DepartmentCol); !text.empty()) {
            department = domain::parseDepartment(text);
            if (!department) {
                in.issue(DepartmentCol, fmt::format("unknown department '{}' (one of: {})", text,
                                                    keyList(domain::allDepartments(), domain::departmentKey)));
            }
        }
        h.resident = std::string(in.get(Resident));
        h.phone = std::string(in.get(Phone));
        if (!isValidPhone(h.phone)) {
            in.issue(Phone, "a phone number has 5 to 20 digits");
        }
        h.location = std::string(in.get(Location));
        h.description = in.required(Description);
        h.firstResponder = in.required(FirstResponder);
        if (in.has(WorkOrder)) {
            c.planned.workOrderCode = std::string(in.get(WorkOrder));
        }
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
        std::optional<bool> valid;
        if (const auto text = in.get(Valid); !text.empty()) {
            valid = parseVerdict(text);
            if (!valid) {
                in.issue(Valid, fmt::format("'{}' is not yes or no", text));
            }
        }

        // The texts that go with each step, and the steps each needs.
        in.pair(DepartmentCol, RoutedAt, in.has(RoutedAt));
        in.pair(DepartmentCol, ResolvedAt, in.has(ResolvedAt) && !in.has(RoutedAt));
        in.pair(Response, RespondedAt, in.has(RespondedAt));
        in.needs(Response, RespondedAt, in.has(RespondedAt));
        in.pair(Resolution, ResolvedAt, in.has(ResolvedAt));
        in.needs(Resolution, ResolvedAt, in.has(ResolvedAt));
        in.needs(Measures, ResolvedAt, in.has(ResolvedAt));
        in.pair(Reply, RepliedAt, in.has(RepliedAt));
        in.needs(Reply, RepliedAt, in.has(RepliedAt));
        in.pair(InformedHead, RepliedAt, in.has(RepliedAt));
        in.needs(InformedHead, RepliedAt, in.has(RepliedAt));
        in.needs(RevisitComment, RevisitedAt, in.has(RevisitedAt));
        in.pair(VerdictReason, Valid, in.has(Valid));
        in.needs(VerdictReason, Valid, in.has(Valid));
        in.needs(JudgedAt, Valid, in.has(Valid));
        in.pair(WithdrawReason, WithdrawnAt, in.has(WithdrawnAt));
        in.needs(WithdrawReason, WithdrawnAt, in.has(WithdrawnAt));
        if (in.has(RepliedAt) && !in.has(ResolvedAt)) {
            in.issue(RepliedAt, "the complaint is not resolved");
        }
        if (in.has(RevisitedAt) && !in.has(RepliedAt)) {
            in.issue(RevisitedAt, "the complaint has not been replied to");
        }
        if (in.has(Satisfaction) && !in.has(RevisitedAt)) {
            in.issue(Satisfaction, "a rating needs revisited_at");
        }
        if (in.has(WithdrawnAt) && in.has(ResolvedAt)) {
            in.issue(WithdrawnAt, "a complaint is either resolved or withdrawn, not both");
        }

        if (!site) {
            continue; // times cannot be read without the site's zone
        }
        const auto& zone = site->zone;
        h.siteId = site->site.id;
        const auto received = in.time(ReceivedAt, zone, now, true);
        const auto routed = in.time(RoutedAt, zone, now);
        const auto responded = in.time(RespondedAt, zone, now);
        const auto resolved = in.time(ResolvedAt, zone, now);
        const auto replied = in.time(RepliedAt, zone, now);
        const auto revisited = in.time(RevisitedAt, zone, now);
        auto judged = in.time(JudgedAt, zone, now);
        const auto withdrawn = in.time(WithdrawnAt, zone, now);
        if (!received) {
            continue;
        }
        h.receivedAt = *received;
        const auto before = [&](Column col, const std::optional<Instant>& at, Column ref,
                                const std::optional<Instant>& refAt) {
            if (at && refAt && *at < *refAt) {
                in.issue(col, fmt::format("{} is before {} ({})", zone.formatLocal(*at), kColumns[ref],
                                          zone.formatLocal(*refAt)));
                return true;
            }
            return false;
        };
        for (const auto& [col, at] :
             {std::pair{RoutedAt, routed}, std::pair{RespondedAt, responded}, std::pair{ResolvedAt, resolved},
              std::pair{RepliedAt, replied}, std::pair{RevisitedAt, revisited}, std::pair{JudgedAt, judged},
              std::pair{WithdrawnAt, withdrawn}}) {
            before(col, at, ReceivedAt, received);
        }
        if (!before(ResolvedAt, resolved, RoutedAt, routed)) {
            before(ResolvedAt, resolved, RespondedAt, responded);
        }
        before(RepliedAt, replied, ResolvedAt, resolved);
        before(RevisitedAt, revisited, RepliedAt, replied);
        if (!before(WithdrawnAt, withdrawn, RoutedAt, routed)) {
            before(WithdrawnAt, withdrawn, RespondedAt, responded);
        }
        if (!c.issues.empty()) {
            continue;
        }

        // The history, built through the domain's own checks. Events of the same second keep the order of
        // the complaint's steps.
        if (valid && !judged) {
            judged = std::max({*received, routed.value_or(*received), responded.value_or(*received),
                               resolved.value_or(*received), replied.value_or(*received), revisited.value_or(*received),
                               withdrawn.value_or(*received)});
        }
        std::vector<std::pair<int, domain::ComplaintEvent>> ranked;
        const auto add = [&](int rank, ComplaintEventKind kind, Instant at, std::string note = {},
                             std::string detail = {}) -> domain::ComplaintEvent& {
            domain::ComplaintEvent e;
            e.kind = kind;
            e.at = at;
            e.actor = actor;
            e.note = std::move(note);
            e.detail = std::move(detail);
            e.recordedAt = now;
            ranked.emplace_back(rank, std::move(e));
            return ranked.back().second;
        };
        add(0, ComplaintEventKind::Received, *received, fmt::format("imported from {}:{}", fileName, row.line));
        if (department) {
            add(1, ComplaintEventKind::Routed, routed.value_or(*received)).department = department;
        }
        if (c.planned.workOrderCode) {
            add(2, ComplaintEventKind::Linked, *received).reference = *c.planned.workOrderCode;
        }
        if (responded) {
            add(3, ComplaintEventKind::Responded, *responded, std::string(in.get(Response)));
        }
        if (resolved) {
            add(4, ComplaintEventKind::Resolved, *resolved, std::string(in.get(Resolution)),
                std::string(in.get(Measures)));
        }
        if (replied) {
            add(5, ComplaintEventKind::Replied, *replied, std::string(in.get(Reply)),
                std::string(in.get(InformedHead)));
        }
        if (revisited) {
            add(6, ComplaintEventKind::Revisited, *revisited, std::string(in.get(RevisitComment))).satisfaction =
                satisfaction;
        }
        if (valid) {
            add(7, ComplaintEventKind::Judged, *judged, std::string(in.get(VerdictReason))).valid = valid;
        }
        if (withdrawn) {
            add(8, ComplaintEventKind::Withdrawn, *withdrawn, std::string(in.get(WithdrawReason)));
        }
        std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
            return a.second.at != b.second.at ? a.second.at < b.second.at : a.first < b.first;
        });
        auto& complaint = c.planned.complaint;
        for (auto& [rank, e] : ranked) {
            const auto kind = e.kind;
            if (auto ok = complaint.apply(std::move(e)); !ok) {
                c.issues.push_back({row.line, columnOf(ok.error(), kind), ok.error().message});
                break;
            }
        }
    }

    // Cross-row checks: duplicate ids in the file or the database, the linked work orders.
    using Key = std::pair<std::string, std::string>; // site, id
    std::map<Key, std::size_t> firstByKey;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        auto& c = candidates[i];
        const auto& h = c.planned.complaint.header;
        if (h.code.empty() || c.planned.siteCode.empty()) {
            continue;
        }
        if (const auto [it, fresh] = firstByKey.emplace(Key{c.planned.siteCode, h.code}, i); !fresh) {
            c.issues.push_back(
                {c.planned.line, "id",
                 fmt::format("duplicate: line {} has the same id", candidates[it->second].planned.line)});
            continue;
        }
        const auto* site = siteInfo(c.planned.siteCode);
        if (!site) {
            continue;
        }
        auto stored = m_ctx.store.complaints().findId(site->site.id, h.code);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        if (*stored) {
            c.issues.push_back({c.planned.line, "id", fmt::format("already stored at site {}", site->site.code)});
        }
        if (c.planned.workOrderCode) {
            auto order = m_ctx.store.workOrders().findRef(site->site.id, *c.planned.workOrderCode);
            if (!order) {
                return std::unexpected(order.error());
            }
            if (!*order) {
                c.issues.push_back(
                    {c.planned.line, "work_order",
                     fmt::format("names no order {} at site {}", *c.planned.workOrderCode, site->site.code)});
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

domain::Result<std::size_t> ComplaintCsv::commit(const ComplaintImportPlan& plan, const Progress& progress)
{
    if (auto ok = require(m_ctx, domain::Permission::ImportComplaints); !ok) {
        return std::unexpected(ok.error());
    }
    std::set<domain::SiteId> siteIds;
    for (const auto& p : plan.valid) {
        siteIds.insert(p.complaint.header.siteId);
    }
    for (const auto id : siteIds) {
        auto site = m_sites.get(id);
        if (!site) {
            return std::unexpected(site.error());
        }
        if (auto ok = require(m_ctx, domain::Permission::ImportComplaints, *site); !ok) {
            return std::unexpected(ok.error());
        }
    }
    if (!plan.importable()) {
        return domain::fail(ErrorCode::InvalidInput, "the file cannot be imported", "", plan.fileName);
    }
    // In received order, so that ids follow the complaints' time as when they are taken at the desk.
    std::vector<const PlannedComplaint*> order;
    order.reserve(plan.valid.size());
    for (const auto& p : plan.valid) {
        order.push_back(&p);
    }
    std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
        return a->complaint.header.receivedAt < b->complaint.header.receivedAt;
    });
    auto& repo = m_ctx.store.complaints();
    std::size_t written = 0;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        for (const auto* p : order) {
            domain::Complaint complaint = p->complaint;
            auto& h = complaint.header;
            const auto where = fmt::format("{}:{}", plan.fileName, p->line);
            if (p->workOrderCode) {
                auto stored = m_ctx.store.workOrders().findRef(h.siteId, *p->workOrderCode);
                if (!stored) {
                    return std::unexpected(stored.error());
                }
                if (!*stored) {
                    return domain::fail(ErrorCode::Conflict,
                                        fmt::format("work order {} no longer exists", *p->workOrderCode), "work_order",
                                        where);
                }
                h.workOrder = (*stored)->id;
                h.workOrderCode = *p->workOrderCode;
            }
            auto id = repo.add(complaint);
            if (!id) {
                auto e = id.error();
                e.record = where;
                return std::unexpected(e);
            }
            h.id = *id;
            domain::AuditEntry entry;
            entry.site = h.siteId;
            entry.entity = "complaint";
            entry.record = h.code;
            entry.action = domain::AuditAction::Create;
            entry.summary = "imported from " + where;
            entry.changes = auditDiff({}, auditFields(complaint));
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
    logger()->info("{} imported {} complaints from {} ({} rejected)", m_ctx.user.name, written, plan.fileName,
                   plan.rejected.size());
    return written;
}

void ComplaintCsv::writeRejects(const ComplaintImportPlan& plan, std::ostream& out) const
{
    writeRejectedRows(out, plan.header, plan.rejected);
}

domain::Result<std::size_t> ComplaintCsv::exportTo(std::ostream& out, const ExportFilter& filter,
                                                   const Progress& progress)
{
    if (auto ok = require(m_ctx, domain::Permission::ExportComplaints); !ok) {
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
    for (const auto& site : sites) {
        if (auto ok = require(m_ctx, domain::Permission::ExportComplaints, site); !ok) {
            return std::unexpected(ok.error());
        }
    }
    out << "\xEF\xBB\xBF"; // lets spreadsheet programs recognise UTF-8 Chinese text
    writeCsvRow(out, kColumns);
    std::size_t count = 0;
    auto& repo = m_ctx.store.complaints();
    for (const auto& site : sites) {
        auto zone = domain::TimeZone::find(site.timeZone);
        if (!zone) {
            return std::unexpected(zone.error());
        }
        const Instant from = filter.from ? zone->startOfDay(*filter.from) : Instant::min();
        const Instant to =
            filter.to ? zone->startOfDay(domain::Date{date::sys_days{*filter.to} + date::days{1}}) : Instant::max();
        auto complaints = repo.receivedBetween(site.id, from, to);
        if (!complaints) {
            return std::unexpected(complaints.error());
        }
        const auto time = [&](const std::optional<Instant>& t) {
            return t ? zone->formatIso(*t) : std::string();
        };
        std::vector<std::string> fields(kColumns.size());
        for (const auto& complaint : *complaints) {
            const auto& h = complaint.header;
            const auto t = complaint.timeline();
            // The texts the timeline does not keep: the latest response and withdrawal.
            std::string response;
            std::string withdrawReason;
            for (const auto& e : complaint.history) {
                if (e.kind == ComplaintEventKind::Responded) {
                    response = e.note;
                } else if (e.kind == ComplaintEventKind::Withdrawn) {
                    withdrawReason = e.note;
                }
            }
            fields[Id] = h.code;
            fields[SiteCol] = site.code;
            fields[ChannelCol] = domain::channelKey(h.channel);
            fields[CategoryCol] = domain::complaintCategoryKey(h.category);
            fields[ReceivedAt] = zone->formatIso(h.receivedAt);
            fields[Resident] = h.resident;
            fields[Phone] = h.phone;
            fields[Location] = h.location;
            fields[Description] = h.description;
            fields[FirstResponder] = h.firstResponder;
            fields[DepartmentCol] = t.department ? std::string(domain::departmentKey(*t.department)) : std::string();
            fields[RoutedAt] = time(t.routed);
            fields[RespondedAt] = time(t.responded);
            fields[Response] = t.responded ? response : std::string();
            fields[ResolvedAt] = time(t.resolved);
            fields[Resolution] = t.resolution;
            fields[Measures] = t.measures;
            fields[RepliedAt] = time(t.replied);
            fields[Reply] = t.reply;
            fields[InformedHead] = t.informedHead;
            fields[RevisitedAt] = time(t.revisited);
            fields[Satisfaction] = t.satisfaction ? std::to_string(*t.satisfaction) : std::string();
            fields[RevisitComment] = t.revisitComment;
            fields[Valid] = t.valid ? (*t.valid ? "yes" : "no") : "";
            fields[VerdictReason] = t.valid ? t.verdictReason : std::string();
            fields[JudgedAt] = t.valid ? time(t.judged) : std::string();
            fields[WithdrawnAt] = time(t.withdrawn);
            fields[WithdrawReason] = t.withdrawn ? withdrawReason : std::string();
            fields[WorkOrder].clear();
            if (h.workOrder) {
                if (!h.workOrderCode.empty()) {
                    fields[WorkOrder] = h.workOrderCode;
                } else if (auto code = m_ctx.store.workOrders().codeOf(*h.workOrder); code && *code) {
                    fields[WorkOrder] = **code;
                }
            }
            writeCsvRow(out, fields);
            ++count;
            if (progress && count % 1000 == 0 && !progress(count, complaints->size())) {
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
