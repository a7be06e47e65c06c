#include "audittrail.h"

#include "domain/audit.h"
#include "serviceslog.h"

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>

namespace propdesk::services {

namespace {

// Times in the trail are UTC, ISO 8601 with "Z": unambiguous whatever the site's zone; the screens
// show them in the site's zone.
std::string when(domain::Instant at)
{
    return date::format("%FT%TZ", at);
}

std::string when(const std::optional<domain::Instant>& at)
{
    return at ? when(*at) : std::string();
}

std::string holdsText(const std::vector<domain::Hold>& holds)
{
    std::string text;
    for (const auto& h : holds) {
        text += fmt::format("{}{}/{}{}", text.empty() ? "" : "; ", when(h.start), h.end ? when(*h.end) : "",
                            h.reason.empty() ? "" : " " + h.reason);
    }
    return text;
}

} // namespace

AuditFields auditFields(const domain::Site& site)
{
    return {
        {"code", site.code},
        {"name", site.name},
        {"timezone", site.timeZone},
        {"calendar", site.calendar == domain::CalendarKind::China ? "CN" : "none"},
        {"work_start", fmt::format("{}", site.workStart.count())},
        {"work_end", fmt::format("{}", site.workEnd.count())},
        {"households", fmt::format("{}", site.households)},
        {"residents", fmt::format("{}", site.residents)},
    };
}

AuditFields auditFields(const domain::StaffMember& member)
{
    return {
        {"name", member.name},
        {"phone", member.phone},
        {"trade", member.trade},
        {"active", member.active ? "yes" : "no"},
    };
}

AuditFields auditFields(const domain::WorkOrder& order, std::string_view reworkCode)
{
    const auto& h = order.header;
    const auto t = order.timeline();
    return {
        {"code", h.code},
        {"location", h.location},
        {"category", std::string(domain::categoryKey(h.category))},
        {"urgency", std::string(domain::urgencyKey(h.urgency))},
        {"reporter", h.reporter},
        {"phone", h.phone},
        {"description", h.description},
        {"reported_at", when(h.reportedAt)},
        {"due_at", when(h.dueAt)},
        {"rework_of", h.reworkOf ? std::string(reworkCode) : ""},
        {"status", std::string(domain::statusKey(order.status()))},
        {"technician", h.technician},
        {"dispatched_at", when(t.dispatched)},
        {"arrived_at", when(t.arrived)},
        {"holds", holdsText(t.holds)},
        {"completed_at", when(t.completed)},
        {"revisited_at", when(t.revisited)},
        {"satisfaction", t.satisfaction ? fmt::format("{}", *t.satisfaction) : ""},
        {"revisit_comment", t.revisitComment},
        {"cancelled_at", when(t.cancelled)},
    };
}

AuditFields auditFields(const domain::Complaint& complaint)
{
    const auto& h = complaint.header;
    const auto t = complaint.timeline();
    const auto optionalText = [](const auto& value, auto key) {
        return value ? std::string(key(*value)) : "";
    };
    return {
        {"code", h.code},
        {"channel", std::string(domain::channelKey(h.channel))},
        {"category", std::string(domain::complaintCategoryKey(h.category))},
        {"resident", h.resident},
        {"phone", h.phone},
        {"location", h.location},
        {"description", h.description},
        {"received_at", when(h.receivedAt)},
        {"first_responder", h.firstResponder},
        {"work_order", h.workOrder ? h.workOrderCode : ""},
        {"status", std::string(domain::complaintStatusKey(t.status()))},
        {"department", optionalText(t.department, domain::departmentKey)},
        {"routed_at", when(t.routed)},
        {"responded_at", when(t.responded)},
        {"resolved_at", when(t.resolved)},
        {"resolution", t.resolution},
        {"measures", t.measures},
        {"replied_at", when(t.replied)},
        {"reply", t.reply},
        {"informed_head", t.informedHead},
        {"revisited_at", when(t.revisited)},
        {"satisfaction", t.satisfaction ? fmt::format("{}", *t.satisfaction) : ""},
        {"revisit_comment", t.revisitComment},
        {"valid", t.valid ? (*t.valid ? "yes" : "no") : ""},
        {"verdict_reason", t.verdictReason},
        {"withdrawn_at", when(t.withdrawn)},
    };
}

AuditFields auditFields(const domain::UserAccount& account, const std::vector<std::string>& siteCodes)
{
    std::string sites;
    for (const auto& code : siteCodes) {
        sites += (sites.empty() ? "" : ",") + code;
    }
    return {
        {"name", account.name},
        {"display_name", account.displayName},
        {"role", std::string(domain::roleKey(account.role))},
        {"sites", sites},
        {"active", account.active ? "yes" : "no"},
        {"password", account.passwordHash.empty() ? "" : "set"},
    };
}

std::vector<domain::AuditChange> auditDiff(const AuditFields& before, const AuditFields& after)
{
    std::vector<domain::AuditChange> changes;
    const auto valueIn = [](const AuditFields& fields, const std::string& name) -> std::string {
        const auto it = std::ranges::find(fields, name, &AuditFields::value_type::first);
        return it == fields.end() ? std::string() : it->second;
    };
    for (const auto& [name, value] : after) {
        auto old = valueIn(before, name);
        if (old != value) {
            changes.push_back({name, std::move(old), value});
        }
    }
    for (const auto& [name, value] : before) {
        if (std::ranges::find(after, name, &AuditFields::value_type::first) == after.end() && !value.empty()) {
            changes.push_back({name, value, ""});
        }
    }
    return changes;
}

domain::Result<void> writeAudit(ServiceContext& ctx, domain::AuditEntry entry)
{
    entry.at = ctx.clock.now();
    entry.user = ctx.user.name;
    entry.account = ctx.user.account;
    auto id = ctx.store.audit().append(entry);
    if (!id) {
        logger()->error("could not write the audit trail for {} {}: {}", entry.entity, entry.record,
                        id.error().describe());
        return std::unexpected(id.error());
    }
    return {};
}

} // namespace propdesk::services
