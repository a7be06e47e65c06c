#pragma once

#include "error.h"
#include "ids.h"
#include "time.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::domain {

enum class Category
{
    Plumbing,
    Electrical,
    Gas,
    DoorsWindows,
    Lighting,
    Civil,
    Elevator,
    Fire,
    Hvac,
    Other,
};

enum class Urgency
{
    Emergency, // 急修
    Normal,    // 一般 / 零修
    Difficult, // 疑难
};

// Where an order stands. Derived from the history, never stored on its own.
enum class WorkOrderStatus
{
    Logged,
    Dispatched,
    InProgress, // arrived, working
    OnHold,
    Completed,
    Revisited,
    Cancelled,
};

enum class EventKind
{
    Logged,
    Dispatched,
    Arrived,
    HoldStarted,
    Resumed,
    Completed,
    Revisited,
    Cancelled,
    // A further call about an open order (a possible duplicate linked to it instead of logged anew). It
    // changes neither the status nor the milestones.
    Noted,
};

std::span<const Category> allCategories();
std::span<const Urgency> allUrgencies();
std::string_view categoryKey(Category category);
std::string_view urgencyKey(Urgency urgency);
std::string_view statusKey(WorkOrderStatus status);
std::string_view eventKey(EventKind kind);
// Accepts the keys and the Chinese names of DESIGN.md §5 (给排水/水, 电, …; 急修, 一般/零修, 疑难).
std::optional<Category> parseCategory(std::string_view text);
std::optional<Urgency> parseUrgency(std::string_view text);
std::optional<EventKind> parseEventKind(std::string_view key);

// One status change. `at` is when it happened (it may be entered after the fact); `recordedAt` is when
// it was written down. The history is append-only.
struct WorkOrderEvent
{
    EventKind kind = EventKind::Logged;
    Instant at;
    std::string actor;               // who recorded it
    std::string note;                // hold or cancel reason, completion result, revisit comment
    std::string technician;          // for Dispatched
    std::optional<int> satisfaction; // for Revisited, 1..5
    Instant recordedAt;
};

struct Hold
{
    Instant start;
    std::optional<Instant> end; // none: still on hold
    std::string reason;
};

// The attributes of an order that are not status changes.
struct WorkOrderHeader
{
    WorkOrderId id;
    SiteId siteId;
    std::string code; // unique within the site
    std::string location;
    Category category = Category::Other;
    Urgency urgency = Urgency::Normal;
    Instant reportedAt;
    std::string reporter;
    std::string phone;
    std::string description;
    std::string technician;
    std::optional<Instant> dueAt; // agreed completion deadline, replaces the completion rules
    std::optional<WorkOrderId> reworkOf;
};

// The milestones of an order as of some time: what the rule engine and the lists need.
struct WorkOrderTimeline
{
    std::optional<Instant> dispatched; // first dispatch
    std::optional<Instant> arrived;
    std::optional<Instant> completed;
    std::optional<Instant> revisited;
    std::optional<Instant> cancelled;
    std::vector<Hold> holds;
    std::optional<int> satisfaction;
    std::string revisitComment;

    // Forgets what happened after `asOf`: later events vanish and a hold running at `asOf` is open.
    WorkOrderTimeline asOf(Instant asOf) const;
    WorkOrderStatus status() const;
    bool onHold() const { return !holds.empty() && !holds.back().end; }
};

// The aggregate: header plus full history.
struct WorkOrder
{
    WorkOrderHeader header;
    std::vector<WorkOrderEvent> history;

    WorkOrderTimeline timeline() const;
    WorkOrderStatus status() const;
    // The latest time of a status change; a new status change may not be earlier. Notes do not count: a
    // follow-up call taken now must not block an arrival entered after the fact.
    Instant lastEventAt() const;
    // Appends a status change after checking that it may happen now: the transition is allowed from the
    // current status and its time is not before the previous event. On error nothing changes; the
    // error's field names what to correct.
    Result<void> apply(WorkOrderEvent event);
};

// A read model for lists, KPIs and export: the header with the timeline, without the history.
struct WorkOrderSnapshot
{
    WorkOrderHeader header;
    WorkOrderTimeline timeline;
};

// Timelines serialise holds as in the CSV format: "start/end;start/" in epoch seconds.
std::string encodeHolds(const std::vector<Hold>& holds);
std::vector<Hold> decodeHolds(std::string_view text);

} // namespace propdesk::domain
