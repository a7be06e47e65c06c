#include "workorderservice.h"

#include "access.h"
#include "audittrail.h"
#include "dailycode.h"
#include "domain/timezone.h"
#include "domain/workorderrepository.h"
#include "ruleservice.h"
#include "serviceslog.h"
#include "siteservice.h"

#include <fmt/format.h>

namespace propdesk::services {

using domain::ErrorCode;
using domain::EventKind;
using domain::Instant;

namespace {

domain::WorkOrderEvent event(EventKind kind, std::string note = {}, std::string technician = {},
                             std::optional<int> satisfaction = {})
{
    domain::WorkOrderEvent e;
    e.kind = kind;
    e.note = std::move(note);
    e.technician = std::move(technician);
    e.satisfaction = satisfaction;
    return e;
}

} // namespace

bool isValidPhone(std::string_view phone)
{
    int digits = 0;
    for (std::size_t i = 0; i < phone.size(); ++i) {
        const char c = phone[i];
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (!(c == ' ' || c == '-' || (c == '+' && i == 0))) {
            return false;
        }
    }
    return phone.empty() || (digits >= 5 && digits <= 20);
}

domain::Result<Instant> WorkOrderService::checkedTime(std::optional<Instant> at, std::string_view field) const
{
    const Instant now = m_ctx.clock.now();
    if (!at) {
        return now;
    }
    if (*at > now) {
        return domain::fail(ErrorCode::InvalidInput, "lies in the future", std::string(field));
    }
    return *at;
}

domain::Result<domain::WorkOrder> WorkOrderService::log(const NewWorkOrder& request)
{
    if (auto ok = require(m_ctx, domain::Permission::LogWorkOrder); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(request.siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    const auto bad = [](std::string_view field, std::string message) {
        return domain::fail(ErrorCode::InvalidInput, std::move(message), std::string(field));
    };
    if (request.location.empty()) {
        return bad("location", "where is the problem? (building-unit-room)");
    }
    if (!isValidPhone(request.phone)) {
        return bad("phone", "a phone number has 5 to 20 digits");
    }
    auto reported = checkedTime(request.reportedAt, "reported_at");
    if (!reported) {
        return std::unexpected(reported.error());
    }
    if (request.dueAt && *request.dueAt < *reported) {
        return bad("due_at", "the agreed time is before the order was reported");
    }
    auto zone = domain::TimeZone::find(site->timeZone);
    if (!zone) {
        return std::unexpected(zone.error());
    }

    domain::WorkOrder order;
    auto& h = order.header;
    h.siteId = site->id;
    h.location = request.location;
    h.category = request.category;
    h.urgency = request.urgency;
    h.reporter = request.reporter;
    h.phone = request.phone;
    h.description = request.description;
    h.reportedAt = *reported;
    h.dueAt = request.dueAt;

    auto& repo = m_ctx.store.workOrders();
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        if (request.reworkOf) {
            auto target = repo.findRef(site->id, *request.reworkOf);
            if (!target) {
                return std::unexpected(target.error());
            }
            if (!*target) {
                return bad("rework_of", fmt::format("no order {} at site {}", *request.reworkOf, site->code));
            }
            if ((*target)->reportedAt > *reported) {
                return bad("rework_of", "a rework cannot be reported before the order it reworks");
            }
            h.reworkOf = (*target)->id;
        }
        if (request.code) {
            h.code = *request.code;
        } else {
            auto code = dailyCode(
                "", *zone, *reported,
                [&](Instant from, Instant to) { return repo.countReportedBetween(site->id, from, to); },
                [&](const std::string& candidate) -> domain::Result<bool> {
                    auto found = repo.findRef(site->id, candidate);
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
        auto logged = event(EventKind::Logged);
        logged.at = *reported;
        logged.actor = m_ctx.user.name;
        logged.recordedAt = m_ctx.clock.now();
        if (auto ok = order.apply(std::move(logged)); !ok) {
            return ok;
        }
        auto id = repo.add(order);
        if (!id) {
            return std::unexpected(id.error());
        }
        h.id = *id;
        domain::AuditEntry entry;
        entry.site = h.siteId;
        entry.entity = "work_order";
        entry.record = h.code;
        entry.action = domain::AuditAction::Create;
        entry.summary = "logged";
        entry.changes = auditDiff({}, auditFields(order, request.reworkOf.value_or("")));
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    logger()->info("{} logged work order {} at {} ({} {})", m_ctx.user.name, h.code, site->code,
                   domain::categoryKey(h.category), domain::urgencyKey(h.urgency));
    return order;
}

domain::Result<domain::WorkOrder> WorkOrderService::record(domain::WorkOrderId id, domain::WorkOrderEvent event,
                                                           std::optional<Instant> at, domain::Permission permission)
{
    if (auto ok = require(m_ctx, permission); !ok) {
        return std::unexpected(ok.error());
    }
    auto when = checkedTime(at, "at");
    if (!when) {
        return std::unexpected(when.error());
    }
    event.at = *when;
    event.actor = m_ctx.user.name;
    event.recordedAt = m_ctx.clock.now();
    domain::WorkOrder order;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto loaded = get(id);
        if (!loaded) {
            return std::unexpected(loaded.error());
        }
        order = std::move(*loaded);
        const auto before = auditFields(order);
        if (event.kind == EventKind::Dispatched) {
            order.header.technician = event.technician;
        }
        if (auto ok = order.apply(event); !ok) {
            return ok;
        }
        if (auto ok = m_ctx.store.workOrders().appendEvent(order); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.site = order.header.siteId;
        entry.entity = "work_order";
        entry.record = order.header.code;
        entry.action = domain::AuditAction::Update;
        entry.summary = std::string(domain::eventKey(event.kind));
        if (!event.technician.empty()) {
            entry.summary += ": " + event.technician;
        } else if (!event.note.empty()) {
            entry.summary += ": " + event.note;
        }
        entry.changes = auditDiff(before, auditFields(order));
        if (event.kind == EventKind::Noted) {
            entry.changes.push_back({"note", "", event.note});
        }
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    logger()->info("{}: work order {} {}", m_ctx.user.name, order.header.code, domain::eventKey(event.kind));
    return order;
}

domain::Result<domain::WorkOrder> WorkOrderService::dispatch(domain::WorkOrderId id, const std::string& technician,
                                                             std::optional<Instant> at)
{
    return record(id, event(EventKind::Dispatched, {}, technician), at, domain::Permission::DispatchWorkOrder);
}

domain::Result<domain::WorkOrder> WorkOrderService::arrive(domain::WorkOrderId id, std::optional<Instant> at)
{
    return record(id, event(EventKind::Arrived), at, domain::Permission::UpdateWorkOrder);
}

domain::Result<domain::WorkOrder> WorkOrderService::hold(domain::WorkOrderId id, const std::string& reason,
                                                         std::optional<Instant> at)
{
    return record(id, event(EventKind::HoldStarted, reason), at, domain::Permission::UpdateWorkOrder);
}

domain::Result<domain::WorkOrder> WorkOrderService::resume(domain::WorkOrderId id, std::optional<Instant> at)
{
    return record(id, event(EventKind::Resumed), at, domain::Permission::UpdateWorkOrder);
}

domain::Result<domain::WorkOrder> WorkOrderService::complete(domain::WorkOrderId id, const std::string& result,
                                                             std::optional<Instant> at)
{
    return record(id, event(EventKind::Completed, result), at, domain::Permission::UpdateWorkOrder);
}

domain::Result<domain::WorkOrder> WorkOrderService::cancel(domain::WorkOrderId id, const std::string& reason,
                                                           std::optional<Instant> at)
{
    return record(id, event(EventKind::Cancelled, reason), at, domain::Permission::CancelWorkOrder);
}

domain::Result<domain::WorkOrder> WorkOrderService::revisit(domain::WorkOrderId id, std::optional<int> satisfaction,
                                                            const std::string& comment, std::optional<Instant> at)
{
    if (satisfaction && *satisfaction <= 2 && comment.empty()) {
        return domain::fail(ErrorCode::InvalidInput, "a dissatisfied resident's reason must be recorded", "comment");
    }
    return record(id, event(EventKind::Revisited, comment, {}, satisfaction), at, domain::Permission::RecordRevisit);
}

domain::Result<domain::WorkOrder> WorkOrderService::note(domain::WorkOrderId id, const std::string& text,
                                                         std::optional<Instant> at)
{
    return record(id, event(EventKind::Noted, text), at, domain::Permission::LogWorkOrder);
}

domain::Result<domain::WorkOrder> WorkOrderService::get(domain::WorkOrderId id)
{
    if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    auto order = m_ctx.store.workOrders().get(id);
    if (!order) {
        return std::unexpected(order.error());
    }
    if (!*order) {
        return domain::fail(ErrorCode::NotFound, fmt::format("no work order with id {}", id.value));
    }
    if (!m_ctx.user.sees((*order)->header.siteId)) {
        // Not told apart from a missing order: ids of other sites' orders reveal nothing.
        return domain::fail(ErrorCode::NotFound, fmt::format("no work order with id {}", id.value));
    }
    return std::move(**order);
}

domain::Result<domain::WorkOrder> WorkOrderService::get(std::string_view siteCode, std::string_view code)
{
    if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto ref = m_ctx.store.workOrders().findRef(site->id, code);
    if (!ref) {
        return std::unexpected(ref.error());
    }
    if (!*ref) {
        return domain::fail(ErrorCode::NotFound, fmt::format("no work order {} at site {}", code, siteCode));
    }
    return get((*ref)->id);
}

domain::Result<rules::WorkOrderEvaluation> WorkOrderService::evaluate(const domain::WorkOrder& order,
                                                                      std::optional<Instant> asOf)
{
    if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(order.header.siteId);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto engine = m_rules.cachedEngineFor(*site);
    if (!engine) {
        return std::unexpected(engine.error());
    }
    return (*engine)->evaluate(order.header, order.timeline(), asOf.value_or(m_ctx.clock.now()));
}

} // namespace propdesk::services
