#include "intakeservice.h"

#include "access.h"
#include "ruleservice.h"
#include "siteservice.h"

#include <fmt/format.h>

#include <array>

namespace propdesk::services {

using domain::Category;
using domain::Instant;

namespace {

// Words residents use for an emergency, by the categories they belong to.
struct EmergencyWords
{
    Category category;
    std::array<std::string_view, 8> words;
};

constexpr std::array kEmergencyWords{
    EmergencyWords{Category::Plumbing, {"漏水", "爆管", "跑水", "水管破裂", "渗水严重", "水淹", "停水", "倒灌"}},
    EmergencyWords{Category::Electrical, {"停电", "断电", "跳闸", "短路", "冒烟", "漏电", "火花", "起火"}},
    EmergencyWords{Category::Gas, {"燃气", "煤气", "天然气", "气味", "泄漏", "漏气", "", ""}},
    EmergencyWords{Category::Elevator, {"困人", "关人", "被困", "坠落", "冲顶", "蹲底", "", ""}},
    EmergencyWords{Category::Fire, {"起火", "着火", "冒烟", "火警", "烟雾", "消防水管爆", "", ""}},
    EmergencyWords{Category::Hvac, {"漏水", "冒烟", "漏氟", "", "", "", "", ""}},
};

bool isOpen(domain::WorkOrderStatus status)
{
    using enum domain::WorkOrderStatus;
    return status == Logged || status == Dispatched || status == InProgress || status == OnHold;
}

} // namespace

std::optional<domain::Urgency> suggestUrgency(Category category, std::string_view description)
{
    for (const auto& entry : kEmergencyWords) {
        if (entry.category != category) {
            continue;
        }
        for (const auto word : entry.words) {
            if (!word.empty() && description.find(word) != std::string_view::npos) {
                return domain::Urgency::Emergency;
            }
        }
    }
    return std::nullopt;
}

domain::Result<IntakePreview> IntakeService::preview(const NewWorkOrder& request)
{
    if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(request.siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto engine = m_rules.cachedEngineFor(*site);
    if (!engine) {
        return std::unexpected(engine.error());
    }
    domain::WorkOrderHeader header;
    header.siteId = site->id;
    header.location = request.location;
    header.category = request.category;
    header.urgency = request.urgency;
    header.reportedAt = request.reportedAt.value_or(m_ctx.clock.now());
    header.dueAt = request.dueAt;
    const auto evaluation = (*engine)->evaluate(header, domain::WorkOrderTimeline{}, header.reportedAt);
    return IntakePreview{evaluation.ruleSet, evaluation.arrival, evaluation.completion};
}

domain::Result<std::vector<domain::WorkOrderSnapshot>> IntakeService::possibleDuplicates(const NewWorkOrder& request)
{
    if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    if (request.location.empty()) {
        return std::vector<domain::WorkOrderSnapshot>{};
    }
    auto site = m_sites.get(request.siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    const Instant reported = request.reportedAt.value_or(m_ctx.clock.now());
    auto recent = m_ctx.store.workOrders().atLocationSince(site->id, request.location, reported - kDuplicateWindow);
    if (!recent) {
        return std::unexpected(recent.error());
    }
    std::vector<domain::WorkOrderSnapshot> out;
    for (auto& order : *recent) {
        if (order.header.category == request.category && order.header.reportedAt <= reported &&
            isOpen(order.timeline.status())) {
            out.push_back(std::move(order));
        }
    }
    return out;
}

domain::Result<std::vector<domain::KnownLocation>> IntakeService::knownLocations(std::string_view siteCode)
{
    if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.workOrders().knownLocations(site->id);
}

domain::Result<domain::WorkOrder> IntakeService::linkCall(domain::WorkOrderId existing, const NewWorkOrder& call)
{
    std::string note = call.reporter;
    if (!call.phone.empty()) {
        note += note.empty() ? call.phone : fmt::format(" ({})", call.phone);
    }
    if (!call.description.empty()) {
        note += note.empty() ? call.description : fmt::format(": {}", call.description);
    }
    if (!isValidPhone(call.phone)) {
        return domain::fail(domain::ErrorCode::InvalidInput, "not a phone number: use 5 to 20 digits", "phone");
    }
    return m_orders.note(existing, note.empty() ? "再次来电" : note, call.reportedAt);
}

} // namespace propdesk::services
