#include "complaintservice.h"

#include "access.h"
#include "audittrail.h"
#include "dailycode.h"
#include "domain/complaintrepository.h"
#include "domain/timezone.h"
#include "domain/workorderrepository.h"
#include "ruleservice.h"
#include "serviceslog.h"
#include "sitescope.h"
#include "siteservice.h"
#include "workorderservice.h"

#include <fmt/format.h>

namespace propdesk::services {

using domain::ComplaintEventKind;
using domain::ErrorCode;
using domain::Instant;

namespace {

domain::ComplaintEvent event(ComplaintEventKind kind, std::string note = {}, std::string detail = {})
{
    domain::ComplaintEvent e;
    e.kind = kind;
    e.note = std::move(note);
    e.detail = std::move(detail);
    return e;
}

// The audit summary of a step: its key, and the text that says most about it.
std::string summaryOf(const domain::ComplaintEvent& e)
{
    std::string summary(domain::complaintEventKey(e.kind));
    if (e.department) {
        summary += ": " + std::string(domain::departmentKey(*e.department));
    } else if (e.valid) {
        summary += *e.valid ? ": valid" : ": not valid";
    } else if (!e.reference.empty()) {
        summary += ": " + e.reference;
    } else if (!e.note.empty()) {
        summary += ": " + e.note;
    }
    return summary;
}

} // namespace

domain::Result<domain::Complaint> ComplaintService::receive(const NewComplaint& request)
{
    if (auto ok = require(m_ctx, domain::Permission::LogComplaint); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(request.siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    if (request.description.empty()) {
        return std::unexpected(invalid("description", "what is the complaint about?"));
    }
    if (!isValidPhone(request.phone)) {
        return std::unexpected(invalid("phone", "a phone number has 5 to 20 digits"));
    }
    const Instant now = m_ctx.clock.now();
    const Instant received = request.receivedAt.value_or(now);
    if (received > now) {
        return std::unexpected(invalid("received_at", "lies in the future"));
    }
    auto zone = domain::TimeZone::find(site->timeZone);
    if (!zone) {
        return std::unexpected(zone.error());
    }

    domain::Complaint complaint;
    auto& h = complaint.header;
    h.siteId = site->id;
    h.channel = request.channel;
    h.category = request.category;
    h.receivedAt = received;
    h.resident = request.resident;
    h.phone = request.phone;
    h.location = request.location;
    h.description = request.description;
    h.firstResponder = request.firstResponder.value_or(m_ctx.user.name);

    auto& repo = m_ctx.store.complaints();
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        if (request.code) {
            h.code = *request.code;
            auto taken = repo.findId(site->id, h.code);
            if (!taken) {
                return std::unexpected(taken.error());
            }
            if (*taken) {
                return std::unexpected(
                    invalid("code", fmt::format("complaint {} already exists at {}", h.code, site->code)));
            }
        } else {
            auto code = dailyCode(
                "TS", *zone, received,
                [&](Instant from, Instant to) { return repo.countReceivedBetween(site->id, from, to); },
                [&](const std::string& candidate) -> domain::Result<bool> {
                    auto found = repo.findId(site->id, candidate);
                    if (!found) {
                        return std::unexpected(found.error());
                    }
                    return found->has_value();
                });
            if (!code) {
                return std::unexpected(code.error());
            }
            h.code = std::move(*code);
        }
        auto received_ = event(ComplaintEventKind::Received);
        received_.at = received;
        received_.actor = m_ctx.user.name;
        received_.recordedAt = now;
        if (auto ok = complaint.apply(std::move(received_)); !ok) {
            return ok;
        }
        if (request.department) {
            auto routed = event(ComplaintEventKind::Routed);
            routed.at = received;
            routed.actor = m_ctx.user.name;
            routed.department = request.department;
            routed.recordedAt = now;
            if (auto ok = complaint.apply(std::move(routed)); !ok) {
                return ok;
            }
        }
        if (request.workOrder && !request.workOrder->empty()) {
            auto order = m_ctx.store.workOrders().findRef(site->id, *request.workOrder);
            if (!order) {
                return std::unexpected(order.error());
            }
            if (!*order) {
                return std::unexpected(
                    invalid("work_order", fmt::format("no work order {} at site {}", *request.workOrder, site->code)));
            }
            auto linked = event(ComplaintEventKind::Linked);
            linked.at = received;
            linked.actor = m_ctx.user.name;
            linked.reference = *request.workOrder;
            linked.recordedAt = now;
            if (auto ok = complaint.apply(std::move(linked)); !ok) {
                return ok;
            }
            h.workOrder = (*order)->id;
            h.workOrderCode = *request.workOrder;
        }
        auto id = repo.add(complaint);
        if (!id) {
            return std::unexpected(id.error());
        }
        h.id = *id;
        domain::AuditEntry entry;
        entry.site = h.siteId;
        entry.entity = "complaint";
        entry.record = h.code;
        entry.action = domain::AuditAction::Create;
        entry.summary = "received";
        entry.changes = auditDiff({}, auditFields(complaint));
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    logger()->info("{} received complaint {} at {} ({}, {})", m_ctx.user.name, h.code, site->code,
                   domain::channelKey(h.channel), domain::complaintCategoryKey(h.category));
    return complaint;
}

domain::Result<domain::Complaint> ComplaintService::record(domain::ComplaintId id, domain::ComplaintEvent event,
                                                           std::optional<Instant> at, domain::Permission permission,
                                                           const Amend& amend)
{
    if (auto ok = require(m_ctx, permission); !ok) {
        return std::unexpected(ok.error());
    }
    const Instant now = m_ctx.clock.now();
    if (at && *at > now) {
        return std::unexpected(invalid("at", "lies in the future"));
    }
    event.at = at.value_or(now);
    event.actor = m_ctx.user.name;
    event.recordedAt = now;
    domain::Complaint complaint;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto loaded = get(id);
        if (!loaded) {
            return std::unexpected(loaded.error());
        }
        complaint = std::move(*loaded);
        const auto before = auditFields(complaint);
        if (auto ok = complaint.apply(event); !ok) {
            return ok;
        }
        if (amend) {
            if (auto ok = amend(complaint); !ok) {
                return ok;
            }
        }
        if (auto ok = m_ctx.store.complaints().appendEvent(complaint); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.site = complaint.header.siteId;
        entry.entity = "complaint";
        entry.record = complaint.header.code;
        entry.action = domain::AuditAction::Update;
        entry.summary = summaryOf(event);
        entry.changes = auditDiff(before, auditFields(complaint));
        if (event.kind == ComplaintEventKind::Noted) {
            entry.changes.push_back({"note", "", event.note});
        }
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    logger()->info("{}: complaint {} {}", m_ctx.user.name, complaint.header.code,
                   domain::complaintEventKey(event.kind));
    return complaint;
}

domain::Result<domain::Complaint> ComplaintService::route(domain::ComplaintId id, domain::Department department,
                                                          const std::string& note, std::optional<Instant> at)
{
    auto e = event(ComplaintEventKind::Routed, note);
    e.department = department;
    return record(id, std::move(e), at, domain::Permission::HandleComplaint);
}

domain::Result<domain::Complaint> ComplaintService::respond(domain::ComplaintId id, const std::string& text,
                                                            std::optional<Instant> at)
{
    return record(id, event(ComplaintEventKind::Responded, text), at, domain::Permission::HandleComplaint);
}

domain::Result<domain::Complaint> ComplaintService::resolve(domain::ComplaintId id, const std::string& resolution,
                                                            const std::string& measures, std::optional<Instant> at)
{
    return record(id, event(ComplaintEventKind::Resolved, resolution, measures), at,
                  domain::Permission::HandleComplaint);
}

domain::Result<domain::Complaint> ComplaintService::reply(domain::ComplaintId id, const std::string& reply,
                                                          const std::string& informedHead, std::optional<Instant> at)
{
    return record(id, event(ComplaintEventKind::Replied, reply, informedHead), at, domain::Permission::HandleComplaint);
}

domain::Result<domain::Complaint> ComplaintService::revisit(domain::ComplaintId id, std::optional<int> satisfaction,
                                                            const std::string& comment, std::optional<Instant> at)
{
    if (satisfaction && *satisfaction <= 2 && comment.empty()) {
        return std::unexpected(invalid("comment", "a dissatisfied resident's reason must be recorded"));
    }
    auto e = event(ComplaintEventKind::Revisited, comment);
    e.satisfaction = satisfaction;
    return record(id, std::move(e), at, domain::Permission::RecordRevisit);
}

domain::Result<domain::Complaint> ComplaintService::judge(domain::ComplaintId id, bool valid, const std::string& reason,
                                                          std::optional<Instant> at)
{
    auto e = event(ComplaintEventKind::Judged, reason);
    e.valid = valid;
    return record(id, std::move(e), at, domain::Permission::JudgeComplaint);
}

domain::Result<domain::Complaint> ComplaintService::withdraw(domain::ComplaintId id, const std::string& reason,
                                                             std::optional<Instant> at)
{
    return record(id, event(ComplaintEventKind::Withdrawn, reason), at, domain::Permission::WithdrawComplaint);
}

domain::Result<domain::Complaint> ComplaintService::note(domain::ComplaintId id, const std::string& text,
                                                         std::optional<Instant> at)
{
    return record(id, event(ComplaintEventKind::Noted, text), at, domain::Permission::LogComplaint);
}

domain::Result<domain::Complaint> ComplaintService::linkWorkOrder(domain::ComplaintId id,
                                                                  const std::string& workOrderCode)
{
    if (auto ok = require(m_ctx, domain::Permission::HandleComplaint); !ok) {
        return std::unexpected(ok.error());
    }
    if (workOrderCode.empty()) {
        return std::unexpected(invalid("work_order", "name the work order"));
    }
    auto linked = event(ComplaintEventKind::Linked);
    linked.reference = workOrderCode;
    return record(id, std::move(linked), std::nullopt, domain::Permission::HandleComplaint,
                  [&](domain::Complaint& complaint) -> domain::Result<void> {
                      auto order = m_ctx.store.workOrders().findRef(complaint.header.siteId, workOrderCode);
                      if (!order) {
                          return std::unexpected(order.error());
                      }
                      if (!*order) {
                          return std::unexpected(invalid(
                              "work_order", fmt::format("no work order {} at the complaint's site", workOrderCode)));
                      }
                      complaint.header.workOrder = (*order)->id;
                      complaint.header.workOrderCode = workOrderCode;
                      return {};
                  });
}

domain::Result<std::pair<domain::Complaint, domain::WorkOrder>>
ComplaintService::spawnWorkOrder(domain::ComplaintId id, const SpawnedOrder& order)
{
    if (auto ok = require(m_ctx, domain::Permission::HandleComplaint); !ok) {
        return std::unexpected(ok.error());
    }
    std::pair<domain::Complaint, domain::WorkOrder> result;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto complaint = get(id);
        if (!complaint) {
            return std::unexpected(complaint.error());
        }
        if (complaint->header.workOrder) {
            return domain::fail(
                ErrorCode::Conflict,
                fmt::format("the complaint is already linked to work order {}", complaint->header.workOrderCode),
                "work_order", complaint->header.code);
        }
        auto site = m_sites.get(complaint->header.siteId);
        if (!site) {
            return std::unexpected(site.error());
        }
        NewWorkOrder request;
        request.siteCode = site->code;
        request.location = complaint->header.location;
        request.category = order.category;
        request.urgency = order.urgency;
        request.reporter = complaint->header.resident;
        request.phone = complaint->header.phone;
        request.description = order.description.empty() ? complaint->header.description : order.description;
        auto logged = m_workOrders.log(request);
        if (!logged) {
            return std::unexpected(logged.error());
        }
        auto linked = linkWorkOrder(id, logged->header.code);
        if (!linked) {
            return std::unexpected(linked.error());
        }
        result = {std::move(*linked), std::move(*logged)};
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return result;
}

domain::Result<domain::Complaint> ComplaintService::get(domain::ComplaintId id)
{
    if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    auto complaint = m_ctx.store.complaints().get(id);
    if (!complaint) {
        return std::unexpected(complaint.error());
    }
    // Another site's complaint is not told apart from a missing one.
    if (!*complaint || !m_ctx.user.sees((*complaint)->header.siteId)) {
        return domain::fail(ErrorCode::NotFound, fmt::format("no complaint with id {}", id.value));
    }
    return std::move(**complaint);
}

domain::Result<domain::Complaint> ComplaintService::get(std::string_view siteCode, std::string_view code)
{
    if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto found = m_ctx.store.complaints().findId(site->id, code);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return domain::fail(ErrorCode::NotFound, fmt::format("no complaint {} at site {}", code, siteCode));
    }
    return get(**found);
}

domain::Result<std::vector<domain::ComplaintSnapshot>> ComplaintService::linkedTo(domain::WorkOrderId order)
{
    // Reading the order checks the permission and that the user sees its site.
    if (auto visible = m_workOrders.get(order); !visible) {
        return std::unexpected(visible.error());
    }
    return m_ctx.store.complaints().linkedTo(order);
}

domain::Result<rules::ComplaintEvaluation> ComplaintService::evaluate(const domain::Complaint& complaint,
                                                                      std::optional<Instant> asOf)
{
    if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(complaint.header.siteId);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto engine = m_rules.cachedEngineFor(*site);
    if (!engine) {
        return std::unexpected(engine.error());
    }
    return (*engine)->evaluate(complaint, asOf.value_or(m_ctx.clock.now()));
}

} // namespace propdesk::services
