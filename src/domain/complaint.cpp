#include "complaint.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace propdesk::domain {

namespace {

constexpr std::array kChannels{ComplaintChannel::Phone, ComplaintChannel::Visit, ComplaintChannel::Letter,
                               ComplaintChannel::Online, ComplaintChannel::Hotline12345};
constexpr std::array kCategories{ComplaintCategory::RepairQuality, ComplaintCategory::Cleaning,
                                 ComplaintCategory::Security,      ComplaintCategory::Parking,
                                 ComplaintCategory::Noise,         ComplaintCategory::Fees,
                                 ComplaintCategory::StaffConduct,  ComplaintCategory::Other};
constexpr std::array kDepartments{Department::Engineering, Department::Security, Department::Cleaning,
                                  Department::CustomerService, Department::Management};
constexpr std::array kStatuses{ComplaintStatus::Received, ComplaintStatus::Routed,  ComplaintStatus::Responded,
                               ComplaintStatus::Resolved, ComplaintStatus::Replied, ComplaintStatus::Revisited,
                               ComplaintStatus::Withdrawn};
constexpr std::array kEventKinds{ComplaintEventKind::Received,  ComplaintEventKind::Routed,
                                 ComplaintEventKind::Responded, ComplaintEventKind::Resolved,
                                 ComplaintEventKind::Replied,   ComplaintEventKind::Revisited,
                                 ComplaintEventKind::Judged,    ComplaintEventKind::Linked,
                                 ComplaintEventKind::Noted,     ComplaintEventKind::Withdrawn};

template <typename T>
struct Alias
{
    std::string_view text;
    T value;
};

constexpr std::array kChannelAliases{
    Alias<ComplaintChannel>{"电话", ComplaintChannel::Phone},
    Alias<ComplaintChannel>{"来访", ComplaintChannel::Visit},
    Alias<ComplaintChannel>{"信函", ComplaintChannel::Letter},
    Alias<ComplaintChannel>{"网络", ComplaintChannel::Online},
    Alias<ComplaintChannel>{"线上", ComplaintChannel::Online},
    Alias<ComplaintChannel>{"12345", ComplaintChannel::Hotline12345},
    Alias<ComplaintChannel>{"12345热线", ComplaintChannel::Hotline12345},
};
constexpr std::array kCategoryAliases{
    Alias<ComplaintCategory>{"维修质量", ComplaintCategory::RepairQuality},
    Alias<ComplaintCategory>{"保洁", ComplaintCategory::Cleaning},
    Alias<ComplaintCategory>{"清洁", ComplaintCategory::Cleaning},
    Alias<ComplaintCategory>{"安保", ComplaintCategory::Security},
    Alias<ComplaintCategory>{"秩序", ComplaintCategory::Security},
    Alias<ComplaintCategory>{"停车", ComplaintCategory::Parking},
    Alias<ComplaintCategory>{"噪音", ComplaintCategory::Noise},
    Alias<ComplaintCategory>{"收费", ComplaintCategory::Fees},
    Alias<ComplaintCategory>{"服务态度", ComplaintCategory::StaffConduct},
    Alias<ComplaintCategory>{"其他", ComplaintCategory::Other},
};
constexpr std::array kDepartmentAliases{
    Alias<Department>{"工程部", Department::Engineering}, Alias<Department>{"秩序维护部", Department::Security},
    Alias<Department>{"安保部", Department::Security},    Alias<Department>{"保洁部", Department::Cleaning},
    Alias<Department>{"环境部", Department::Cleaning},    Alias<Department>{"客服部", Department::CustomerService},
    Alias<Department>{"管理处", Department::Management},
};

template <typename T, std::size_t N, typename KeyOf>
std::optional<T> parseKey(std::string_view text, const std::array<T, N>& values, KeyOf keyOf)
{
    for (const T value : values) {
        if (keyOf(value) == text) {
            return value;
        }
    }
    return std::nullopt;
}

template <typename T, std::size_t N, std::size_t M, typename KeyOf>
std::optional<T> parseKeyOrAlias(std::string_view text, const std::array<T, N>& values,
                                 const std::array<Alias<T>, M>& aliases, KeyOf keyOf)
{
    if (auto value = parseKey(text, values, keyOf)) {
        return value;
    }
    for (const auto& alias : aliases) {
        if (alias.text == text) {
            return alias.value;
        }
    }
    return std::nullopt;
}

bool isStatusChange(ComplaintEventKind kind)
{
    return kind != ComplaintEventKind::Noted && kind != ComplaintEventKind::Judged &&
           kind != ComplaintEventKind::Linked;
}

std::string_view eventField(ComplaintEventKind kind)
{
    switch (kind) {
    case ComplaintEventKind::Received:
        return "received_at";
    case ComplaintEventKind::Routed:
        return "department";
    case ComplaintEventKind::Responded:
        return "responded_at";
    case ComplaintEventKind::Resolved:
        return "resolved_at";
    case ComplaintEventKind::Replied:
        return "replied_at";
    case ComplaintEventKind::Revisited:
        return "revisited_at";
    case ComplaintEventKind::Judged:
        return "valid";
    case ComplaintEventKind::Linked:
        return "work_order";
    case ComplaintEventKind::Noted:
        return "note";
    case ComplaintEventKind::Withdrawn:
        return "withdrawn_at";
    }
    return "";
}

} // namespace

std::span<const ComplaintChannel> allComplaintChannels()
{
    return kChannels;
}

std::span<const ComplaintCategory> allComplaintCategories()
{
    return kCategories;
}

std::span<const Department> allDepartments()
{
    return kDepartments;
}

std::span<const ComplaintStatus> allComplaintStatuses()
{
    return kStatuses;
}

std::string_view channelKey(ComplaintChannel channel)
{
    switch (channel) {
    case ComplaintChannel::Phone:
        return "phone";
    case ComplaintChannel::Visit:
        return "visit";
    case ComplaintChannel::Letter:
        return "letter";
    case ComplaintChannel::Online:
        return "online";
    case ComplaintChannel::Hotline12345:
        return "hotline_12345";
    }
    return "phone";
}

std::string_view complaintCategoryKey(ComplaintCategory category)
{
    switch (category) {
    case ComplaintCategory::RepairQuality:
        return "repair_quality";
    case ComplaintCategory::Cleaning:
        return "cleaning";
    case ComplaintCategory::Security:
        return "security";
    case ComplaintCategory::Parking:
        return "parking";
    case ComplaintCategory::Noise:
        return "noise";
    case ComplaintCategory::Fees:
        return "fees";
    case ComplaintCategory::StaffConduct:
        return "staff_conduct";
    case ComplaintCategory::Other:
        return "other";
    }
    return "other";
}

std::string_view departmentKey(Department department)
{
    switch (department) {
    case Department::Engineering:
        return "engineering";
    case Department::Security:
        return "security";
    case Department::Cleaning:
        return "cleaning";
    case Department::CustomerService:
        return "customer_service";
    case Department::Management:
        return "management";
    }
    return "management";
}

std::string_view complaintStatusKey(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Received:
        return "received";
    case ComplaintStatus::Routed:
        return "routed";
    case ComplaintStatus::Responded:
        return "responded";
    case ComplaintStatus::Resolved:
        return "resolved";
    case ComplaintStatus::Replied:
        return "replied";
    case ComplaintStatus::Revisited:
        return "revisited";
    case ComplaintStatus::Withdrawn:
        return "withdrawn";
    }
    return "received";
}

std::string_view complaintEventKey(ComplaintEventKind kind)
{
    switch (kind) {
    case ComplaintEventKind::Received:
        return "received";
    case ComplaintEventKind::Routed:
        return "routed";
    case ComplaintEventKind::Responded:
        return "responded";
    case ComplaintEventKind::Resolved:
        return "resolved";
    case ComplaintEventKind::Replied:
        return "replied";
    case ComplaintEventKind::Revisited:
        return "revisited";
    case ComplaintEventKind::Judged:
        return "judged";
    case ComplaintEventKind::Linked:
        return "linked";
    case ComplaintEventKind::Noted:
        return "noted";
    case ComplaintEventKind::Withdrawn:
        return "withdrawn";
    }
    return "noted";
}

std::optional<ComplaintChannel> parseChannel(std::string_view text)
{
    return parseKeyOrAlias(text, kChannels, kChannelAliases, channelKey);
}

std::optional<ComplaintCategory> parseComplaintCategory(std::string_view text)
{
    return parseKeyOrAlias(text, kCategories, kCategoryAliases, complaintCategoryKey);
}

std::optional<Department> parseDepartment(std::string_view text)
{
    return parseKeyOrAlias(text, kDepartments, kDepartmentAliases, departmentKey);
}

std::optional<ComplaintStatus> parseComplaintStatus(std::string_view key)
{
    return parseKey(key, kStatuses, complaintStatusKey);
}

std::optional<ComplaintEventKind> parseComplaintEventKind(std::string_view key)
{
    return parseKey(key, kEventKinds, complaintEventKey);
}

ComplaintStatus ComplaintTimeline::status() const
{
    if (withdrawn) {
        return ComplaintStatus::Withdrawn;
    }
    if (revisited) {
        return ComplaintStatus::Revisited;
    }
    if (replied) {
        return ComplaintStatus::Replied;
    }
    if (resolved) {
        return ComplaintStatus::Resolved;
    }
    if (responded) {
        return ComplaintStatus::Responded;
    }
    if (routed) {
        return ComplaintStatus::Routed;
    }
    return ComplaintStatus::Received;
}

bool ComplaintTimeline::open() const
{
    const auto s = status();
    return s == ComplaintStatus::Received || s == ComplaintStatus::Routed || s == ComplaintStatus::Responded;
}

ComplaintTimeline Complaint::timeline(std::optional<Instant> asOf) const
{
    ComplaintTimeline t;
    for (const auto& e : history) {
        if (asOf && e.at > *asOf) {
            continue;
        }
        switch (e.kind) {
        case ComplaintEventKind::Received:
        case ComplaintEventKind::Linked:
        case ComplaintEventKind::Noted:
            break;
        case ComplaintEventKind::Routed:
            if (!t.routed) {
                t.routed = e.at;
            }
            t.department = e.department;
            break;
        case ComplaintEventKind::Responded:
            t.responded = e.at;
            break;
        case ComplaintEventKind::Resolved:
            t.resolved = e.at;
            t.resolution = e.note;
            t.measures = e.detail;
            break;
        case ComplaintEventKind::Replied:
            t.replied = e.at;
            t.reply = e.note;
            t.informedHead = e.detail;
            break;
        case ComplaintEventKind::Revisited:
            t.revisited = e.at;
            t.satisfaction = e.satisfaction;
            t.revisitComment = e.note;
            break;
        case ComplaintEventKind::Judged:
            t.valid = e.valid;
            t.judged = e.at;
            t.verdictReason = e.note;
            break;
        case ComplaintEventKind::Withdrawn:
            t.withdrawn = e.at;
            break;
        }
    }
    return t;
}

ComplaintStatus Complaint::status() const
{
    return timeline().status();
}

Instant Complaint::lastEventAt() const
{
    Instant last = header.receivedAt;
    for (const auto& e : history) {
        if (isStatusChange(e.kind)) {
            last = std::max(last, e.at);
        }
    }
    return last;
}

Result<void> Complaint::apply(ComplaintEvent event)
{
    const auto field = std::string(eventField(event.kind));
    const auto refuse = [&](std::string message) {
        return fail(ErrorCode::Conflict, std::move(message), field, header.code);
    };
    const auto missing = [&](std::string message, std::string_view which) {
        return fail(ErrorCode::InvalidInput, std::move(message), std::string(which), header.code);
    };
    if (event.kind == ComplaintEventKind::Received) {
        if (!history.empty()) {
            return refuse("the complaint is already received");
        }
        if (event.at != header.receivedAt) {
            return refuse("the received event must carry the received time");
        }
        if (header.firstResponder.empty()) {
            return missing("name who took the complaint (first responder)", "first_responder");
        }
        history.push_back(std::move(event));
        return {};
    }
    if (history.empty()) {
        return refuse("the complaint has not been received");
    }
    if (event.at < header.receivedAt) {
        return fail(ErrorCode::InvalidInput, "is before the complaint was received", "at", header.code);
    }
    if (isStatusChange(event.kind) && event.at < lastEventAt()) {
        return fail(ErrorCode::InvalidInput, "is before the complaint's previous step", "at", header.code);
    }
    const auto t = timeline();
    const auto status = t.status();
    const auto statusName = complaintStatusKey(status);
    switch (event.kind) {
    case ComplaintEventKind::Received:
        break;
    case ComplaintEventKind::Routed:
        if (!t.open()) {
            return refuse(fmt::format("a {} complaint cannot be routed", statusName));
        }
        if (!event.department) {
            return missing("name the department", "department");
        }
        if (t.department == event.department) {
            return refuse(fmt::format("the complaint is already with {}", departmentKey(*event.department)));
        }
        break;
    case ComplaintEventKind::Responded:
        if (t.responded) {
            return refuse("the response is already recorded");
        }
        if (!t.open()) {
            return refuse(fmt::format("a {} complaint cannot record a response", statusName));
        }
        if (event.note.empty()) {
            return missing("what was the resident told?", "response");
        }
        break;
    case ComplaintEventKind::Resolved:
        if (!t.open()) {
            return refuse(fmt::format("a {} complaint cannot be resolved", statusName));
        }
        if (!t.department) {
            return refuse("route the complaint first: which department resolved it?");
        }
        if (event.note.empty()) {
            return missing("describe the resolution", "resolution");
        }
        break;
    case ComplaintEventKind::Replied:
        if (status != ComplaintStatus::Resolved) {
            return refuse(status == ComplaintStatus::Replied || status == ComplaintStatus::Revisited
                              ? "the reply is already recorded"
                              : "only a resolved complaint can be replied to");
        }
        if (event.note.empty()) {
            return missing("what was the resident told?", "reply");
        }
        if (event.detail.empty()) {
            return missing("name the office head the result was reported to", "informed_head");
        }
        break;
    case ComplaintEventKind::Revisited:
        if (status != ComplaintStatus::Replied) {
            return refuse(status == ComplaintStatus::Revisited ? "the complaint has already been revisited"
                                                               : "reply to the resident before the revisit");
        }
        if (event.satisfaction && (*event.satisfaction < 1 || *event.satisfaction > 5)) {
            return missing("satisfaction must be 1 to 5", "satisfaction");
        }
        break;
    case ComplaintEventKind::Judged:
        if (status == ComplaintStatus::Withdrawn) {
            return refuse("a withdrawn complaint is not judged");
        }
        if (!event.valid) {
            return missing("say whether the complaint is valid", "valid");
        }
        if (event.note.empty()) {
            return missing("give the reason for the verdict", "verdict_reason");
        }
        break;
    case ComplaintEventKind::Linked:
        if (header.workOrder) {
            return refuse(fmt::format("the complaint is already linked to work order {}", header.workOrderCode));
        }
        if (event.reference.empty()) {
            return missing("name the work order", "work_order");
        }
        break;
    case ComplaintEventKind::Noted:
        if (event.note.empty()) {
            return missing("the note is empty", "note");
        }
        break;
    case ComplaintEventKind::Withdrawn:
        if (!t.open()) {
            return refuse(fmt::format("a {} complaint cannot be withdrawn", statusName));
        }
        if (event.note.empty()) {
            return missing("give the reason for the withdrawal", "reason");
        }
        break;
    }
    history.push_back(std::move(event));
    return {};
}

} // namespace propdesk::domain
