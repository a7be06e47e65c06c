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

// How the complaint reached the service centre.
enum class ComplaintChannel
{
    Phone,
    Visit,
    Letter,
    Online,
    Hotline12345, // the city's 12345 hotline passes it on
};

// What the complaint is about. The keys are those a complaint rule may name (rulesetjson.cpp).
enum class ComplaintCategory
{
    RepairQuality,
    Cleaning,
    Security,
    Parking,
    Noise,
    Fees,
    StaffConduct,
    Other,
};

// Who is responsible for resolving it.
enum class Department
{
    Engineering,
    Security,
    Cleaning,
    CustomerService,
    Management,
};

// Where a complaint stands. Derived from the history, never stored on its own.
enum class ComplaintStatus
{
    Received,  // taken, not routed yet
    Routed,    // sent to a department, the resident not answered yet
    Responded, // the resident has been answered (response milestone)
    Resolved,  // the department has resolved it (resolution milestone)
    Replied,   // the result reported back to the resident and the office head
    Revisited, // the resident was asked afterwards
    Withdrawn, // the resident withdrew it; it leaves the KPIs
};

enum class ComplaintEventKind
{
    Received,
    Routed,    // department; a later routing re-routes
    Responded, // note: what the resident was told
    Resolved,  // note: the resolution, detail: the measures taken
    Replied,   // note: the reply to the resident, detail: the office head it was reported to
    Revisited, // satisfaction 1..5, note: comment
    Judged,    // valid or not (有效投诉), note: the reason; the latest verdict counts
    Linked,    // reference: the code of the work order the complaint is about
    Noted,     // a further call or remark; changes nothing else
    Withdrawn, // note: the reason
};

std::span<const ComplaintChannel> allComplaintChannels();
std::span<const ComplaintCategory> allComplaintCategories();
std::span<const Department> allDepartments();
std::span<const ComplaintStatus> allComplaintStatuses();
std::string_view channelKey(ComplaintChannel channel);      // phone visit letter online hotline_12345
std::string_view complaintCategoryKey(ComplaintCategory c); // repair_quality cleaning … other
std::string_view departmentKey(Department department);      // engineering security cleaning customer_service management
std::string_view complaintStatusKey(ComplaintStatus status); // received routed … withdrawn
std::string_view complaintEventKey(ComplaintEventKind kind);
// Accept the keys and the Chinese names (电话, 来访, 信函, 网络/线上, 12345; 维修质量, 保洁/清洁, 安保/秩序,
// 停车, 噪音, 收费, 服务态度, 其他; 工程部, 秩序维护部/安保部, 保洁部/环境部, 客服部, 管理处).
std::optional<ComplaintChannel> parseChannel(std::string_view text);
std::optional<ComplaintCategory> parseComplaintCategory(std::string_view text);
std::optional<Department> parseDepartment(std::string_view text);
std::optional<ComplaintStatus> parseComplaintStatus(std::string_view key);
std::optional<ComplaintEventKind> parseComplaintEventKind(std::string_view key);

// One entry of a complaint's append-only history. `at` is when it happened, `recordedAt` when it was
// written down.
struct ComplaintEvent
{
    ComplaintEventKind kind = ComplaintEventKind::Received;
    Instant at;
    std::string actor;
    std::string note;
    std::string detail;
    std::optional<Department> department; // Routed
    std::optional<int> satisfaction;      // Revisited
    std::optional<bool> valid;            // Judged
    std::string reference;                // Linked: work-order code
    Instant recordedAt;
};

// The attributes that are not status changes.
struct ComplaintHeader
{
    ComplaintId id;
    SiteId siteId;
    std::string code; // unique within the site: TS20261122-001
    ComplaintChannel channel = ComplaintChannel::Phone;
    ComplaintCategory category = ComplaintCategory::Other;
    Instant receivedAt;
    std::string resident; // who complains
    std::string phone;
    std::string location; // building-unit-room or a common area
    std::string description;
    // 首问责任人: who took the complaint and follows it to the end. Set when it is received, never changed.
    std::string firstResponder;
    // The work order the complaint is about (linked, or spawned from it).
    std::optional<WorkOrderId> workOrder;
    std::string workOrderCode; // read with the link, for display
};

// The state of a complaint as of some time: what the rule engine, the KPIs and the lists need.
struct ComplaintTimeline
{
    std::optional<Instant> routed;        // first routing
    std::optional<Department> department; // the latest routing
    std::optional<Instant> responded;
    std::optional<Instant> resolved;
    std::optional<Instant> replied;
    std::optional<Instant> revisited;
    std::optional<Instant> withdrawn;
    std::optional<bool> valid; // the latest verdict; none: not judged yet
    std::optional<Instant> judged;
    std::string verdictReason;
    std::string resolution;
    std::string measures;
    std::string reply;
    std::string informedHead;
    std::optional<int> satisfaction;
    std::string revisitComment;

    ComplaintStatus status() const;
    bool open() const; // received, routed or responded: still to be resolved
};

// The aggregate: header plus full history.
struct Complaint
{
    ComplaintHeader header;
    std::vector<ComplaintEvent> history;

    // Replays the history; with `asOf`, events after it are ignored.
    ComplaintTimeline timeline(std::optional<Instant> asOf = {}) const;
    ComplaintStatus status() const;
    // The latest time of a status change (notes, verdicts and links do not count).
    Instant lastEventAt() const;
    // Appends an event after checking that it may happen now (DESIGN: docs/complaints.md): the transition
    // is allowed from the current status, the required texts are given, and the time is not before the
    // previous status change nor before the complaint was received. On error nothing changes.
    Result<void> apply(ComplaintEvent event);
};

// A read model for lists and export: the header with the current timeline, without the history.
struct ComplaintSnapshot
{
    ComplaintHeader header;
    ComplaintTimeline timeline;
};

} // namespace propdesk::domain
