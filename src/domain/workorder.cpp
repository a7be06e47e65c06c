#include "workorder.h"

#include <fmt/format.h>

#include <array>
#include <charconv>

namespace propdesk::domain {

namespace {

constexpr std::array kCategories{Category::Plumbing, Category::Electrical, Category::Gas,      Category::DoorsWindows,
                                 Category::Lighting, Category::Civil,      Category::Elevator, Category::Fire,
                                 Category::Hvac,     Category::Other};
constexpr std::array kUrgencies{Urgency::Emergency, Urgency::Normal, Urgency::Difficult};

struct Alias
{
    std::string_view text;
    Category category;
};

constexpr std::array kCategoryAliases{
    Alias{"给排水", Category::Plumbing}, Alias{"水", Category::Plumbing},       Alias{"电", Category::Electrical},
    Alias{"燃气", Category::Gas},        Alias{"门窗", Category::DoorsWindows}, Alias{"照明", Category::Lighting},
    Alias{"土建", Category::Civil},      Alias{"电梯", Category::Elevator},     Alias{"消防", Category::Fire},
    Alias{"空调", Category::Hvac},       Alias{"其他", Category::Other},
};

std::string_view eventField(EventKind kind)
{
    switch (kind) {
    case EventKind::Logged:
        return "reported_at";
    case EventKind::Dispatched:
        return "dispatched_at";
    case EventKind::Arrived:
        return "arrived_at";
    case EventKind::HoldStarted:
    case EventKind::Resumed:
        return "holds";
    case EventKind::Completed:
        return "completed_at";
    case EventKind::Revisited:
        return "revisited_at";
    case EventKind::Cancelled:
        return "cancelled_at";
    case EventKind::Noted:
        return "note";
    }
    return "";
}

} // namespace

std::span<const Category> allCategories()
{
    return kCategories;
}

std::span<const Urgency> allUrgencies()
{
    return kUrgencies;
}

std::string_view categoryKey(Category category)
{
    switch (category) {
    case Category::Plumbing:
        return "plumbing";
    case Category::Electrical:
        return "electrical";
    case Category::Gas:
        return "gas";
    case Category::DoorsWindows:
        return "doors_windows";
    case Category::Lighting:
        return "lighting";
    case Category::Civil:
        return "civil";
    case Category::Elevator:
        return "elevator";
    case Category::Fire:
        return "fire";
    case Category::Hvac:
        return "hvac";
    case Category::Other:
        return "other";
    }
    return "other";
}

std::string_view urgencyKey(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Emergency:
        return "emergency";
    case Urgency::Normal:
        return "normal";
    case Urgency::Difficult:
        return "difficult";
    }
    return "normal";
}

std::string_view statusKey(WorkOrderStatus status)
{
    switch (status) {
    case WorkOrderStatus::Logged:
        return "logged";
    case WorkOrderStatus::Dispatched:
        return "dispatched";
    case WorkOrderStatus::InProgress:
        return "in_progress";
    case WorkOrderStatus::OnHold:
        return "on_hold";
    case WorkOrderStatus::Completed:
        return "completed";
    case WorkOrderStatus::Revisited:
        return "revisited";
    case WorkOrderStatus::Cancelled:
        return "cancelled";
    }
    return "logged";
}

std::string_view eventKey(EventKind kind)
{
    switch (kind) {
    case EventKind::Logged:
        return "logged";
    case EventKind::Dispatched:
        return "dispatched";
    case EventKind::Arrived:
        return "arrived";
    case EventKind::HoldStarted:
        return "hold";
    case EventKind::Resumed:
        return "resumed";
    case EventKind::Completed:
        return "completed";
    case EventKind::Revisited:
        return "revisited";
    case EventKind::Cancelled:
        return "cancelled";
    case EventKind::Noted:
        return "noted";
    }
    return "logged";
}

std::optional<Category> parseCategory(std::string_view text)
{
    for (const auto c : kCategories) {
        if (categoryKey(c) == text) {
            return c;
        }
    }
    for (const auto& alias : kCategoryAliases) {
        if (alias.text == text) {
            return alias.category;
        }
    }
    return std::nullopt;
}

std::optional<Urgency> parseUrgency(std::string_view text)
{
    for (const auto u : kUrgencies) {
        if (urgencyKey(u) == text) {
            return u;
        }
    }
    if (text == "急修") {
        return Urgency::Emergency;
    }
    if (text == "一般" || text == "零修") {
        return Urgency::Normal;
    }
    if (text == "疑难") {
        return Urgency::Difficult;
    }
    return std::nullopt;
}

std::optional<EventKind> parseEventKind(std::string_view key)
{
    for (const auto kind :
         {EventKind::Logged, EventKind::Dispatched, EventKind::Arrived, EventKind::HoldStarted, EventKind::Resumed,
          EventKind::Completed, EventKind::Revisited, EventKind::Cancelled, EventKind::Noted}) {
        if (eventKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

WorkOrderTimeline WorkOrderTimeline::asOf(Instant t) const
{
    const auto keep = [t](const std::optional<Instant>& at) {
        return at && *at <= t ? at : std::nullopt;
    };
    WorkOrderTimeline out;
    out.dispatched = keep(dispatched);
    out.arrived = keep(arrived);
    out.completed = keep(completed);
    out.revisited = keep(revisited);
    out.cancelled = keep(cancelled);
    for (const auto& hold : holds) {
        if (hold.start > t) {
            break;
        }
        auto& h = out.holds.emplace_back(hold);
        if (h.end && *h.end > t) {
            h.end.reset();
        }
    }
    if (out.revisited) {
        out.satisfaction = satisfaction;
        out.revisitComment = revisitComment;
    }
    return out;
}

WorkOrderStatus WorkOrderTimeline::status() const
{
    if (cancelled) {
        return WorkOrderStatus::Cancelled;
    }
    if (revisited) {
        return WorkOrderStatus::Revisited;
    }
    if (completed) {
        return WorkOrderStatus::Completed;
    }
    if (onHold()) {
        return WorkOrderStatus::OnHold;
    }
    if (arrived) {
        return WorkOrderStatus::InProgress;
    }
    if (dispatched) {
        return WorkOrderStatus::Dispatched;
    }
    return WorkOrderStatus::Logged;
}

WorkOrderTimeline WorkOrder::timeline() const
{
    WorkOrderTimeline t;
    for (const auto& e : history) {
        switch (e.kind) {
        case EventKind::Logged:
            break;
        case EventKind::Dispatched:
            if (!t.dispatched) {
                t.dispatched = e.at;
            }
            break;
        case EventKind::Arrived:
            t.arrived = e.at;
            break;
        case EventKind::HoldStarted:
            t.holds.push_back(Hold{e.at, std::nullopt, e.note});
            break;
        case EventKind::Resumed:
            if (t.onHold()) {
                t.holds.back().end = e.at;
            }
            break;
        case EventKind::Completed:
            t.completed = e.at;
            break;
        case EventKind::Revisited:
            t.revisited = e.at;
            t.satisfaction = e.satisfaction;
            t.revisitComment = e.note;
            break;
        case EventKind::Cancelled:
            t.cancelled = e.at;
            // Cancelling ends a hold: the order no longer waits for anything.
            if (t.onHold()) {
                t.holds.back().end = e.at;
            }
            break;
        case EventKind::Noted:
            break;
        }
    }
    return t;
}

WorkOrderStatus WorkOrder::status() const
{
    return timeline().status();
}

Instant WorkOrder::lastEventAt() const
{
    Instant last = header.reportedAt;
    for (const auto& e : history) {
        if (e.kind != EventKind::Noted) {
            last = std::max(last, e.at);
        }
    }
    return last;
}

Result<void> WorkOrder::apply(WorkOrderEvent event)
{
    const auto field = std::string(eventField(event.kind));
    const auto refuse = [&](std::string message) {
        return fail(ErrorCode::Conflict, std::move(message), field, header.code);
    };
    if (event.kind == EventKind::Logged) {
        if (!history.empty()) {
            return refuse("the order is already logged");
        }
        if (event.at != header.reportedAt) {
            return refuse("the logged event must carry the reported time");
        }
        history.push_back(std::move(event));
        return {};
    }
    if (history.empty()) {
        return refuse("the order has not been logged");
    }
    const auto timeline = this->timeline();
    const auto status = timeline.status();
    const bool open = status == WorkOrderStatus::Logged || status == WorkOrderStatus::Dispatched ||
                      status == WorkOrderStatus::InProgress;
    switch (event.kind) {
    case EventKind::Logged:
        break;
    case EventKind::Dispatched:
        if (!open && status != WorkOrderStatus::OnHold) {
            return refuse(fmt::format("a {} order cannot be dispatched", statusKey(status)));
        }
        if (event.technician.empty()) {
            return fail(ErrorCode::InvalidInput, "name the technician", "technician", header.code);
        }
        break;
    case EventKind::Arrived:
        if (timeline.arrived) {
            return refuse("arrival is already recorded");
        }
        if (status == WorkOrderStatus::OnHold) {
            return refuse("the order is on hold: resume it first");
        }
        if (!open) {
            return refuse(fmt::format("a {} order cannot record an arrival", statusKey(status)));
        }
        break;
    case EventKind::HoldStarted:
        if (!open) {
            return refuse(fmt::format("a {} order cannot be put on hold", statusKey(status)));
        }
        if (event.note.empty()) {
            return fail(ErrorCode::InvalidInput, "give the reason for the hold", "reason", header.code);
        }
        break;
    case EventKind::Resumed:
        if (status != WorkOrderStatus::OnHold) {
            return refuse("the order is not on hold");
        }
        break;
    case EventKind::Completed:
        if (status == WorkOrderStatus::OnHold) {
            return refuse("the order is on hold: resume it first");
        }
        if (!open) {
            return refuse(fmt::format("a {} order cannot be completed", statusKey(status)));
        }
        break;
    case EventKind::Revisited:
        if (status != WorkOrderStatus::Completed) {
            return refuse(status == WorkOrderStatus::Revisited ? "the order has already been revisited"
                                                               : "only a completed order can be revisited");
        }
        if (event.satisfaction && (*event.satisfaction < 1 || *event.satisfaction > 5)) {
            return fail(ErrorCode::InvalidInput, "satisfaction must be 1 to 5", "satisfaction", header.code);
        }
        break;
    case EventKind::Cancelled:
        if (!open && status != WorkOrderStatus::OnHold) {
            return refuse(fmt::format("a {} order cannot be cancelled", statusKey(status)));
        }
        if (event.note.empty()) {
            return fail(ErrorCode::InvalidInput, "give the reason for cancelling", "reason", header.code);
        }
        break;
    case EventKind::Noted:
        if (!open && status != WorkOrderStatus::OnHold) {
            return refuse(fmt::format("a {} order takes no follow-up calls: log a new order", statusKey(status)));
        }
        if (event.note.empty()) {
            return fail(ErrorCode::InvalidInput, "say what the caller reported", "note", header.code);
        }
        if (event.at < header.reportedAt) {
            return fail(ErrorCode::InvalidInput, "a follow-up call cannot precede the order", field, header.code);
        }
        history.push_back(std::move(event));
        return {};
    }
    const auto last = lastEventAt();
    if (event.at < last) {
        return fail(ErrorCode::InvalidInput,
                    fmt::format("{} is before the previous event of this order", eventKey(event.kind)), field,
                    header.code);
    }
    history.push_back(std::move(event));
    return {};
}

std::string encodeHolds(const std::vector<Hold>& holds)
{
    std::string out;
    for (const auto& h : holds) {
        if (!out.empty()) {
            out += ';';
        }
        out += fmt::format("{}/", epochSeconds(h.start));
        if (h.end) {
            out += fmt::format("{}", epochSeconds(*h.end));
        }
    }
    return out;
}

std::vector<Hold> decodeHolds(std::string_view text)
{
    std::vector<Hold> holds;
    while (!text.empty()) {
        const auto end = text.find(';');
        const auto part = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        const auto slash = part.find('/');
        if (slash == std::string_view::npos) {
            continue;
        }
        std::int64_t start = 0;
        std::from_chars(part.data(), part.data() + slash, start);
        Hold hold{instantFromEpoch(start), std::nullopt, {}};
        if (slash + 1 < part.size()) {
            std::int64_t stop = 0;
            std::from_chars(part.data() + slash + 1, part.data() + part.size(), stop);
            hold.end = instantFromEpoch(stop);
        }
        holds.push_back(hold);
    }
    return holds;
}

} // namespace propdesk::domain
