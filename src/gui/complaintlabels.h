#pragma once

// Translated display names of the complaint enumerations. The backbone's keys ("hotline_12345",
// "customer_service") are for files and logs; people read these.

#include <QString>

namespace propdesk::domain {
enum class ComplaintChannel;
enum class ComplaintCategory;
enum class Department;
enum class ComplaintStatus;
enum class ComplaintEventKind;
} // namespace propdesk::domain

namespace propdesk::gui {

QString channelLabel(domain::ComplaintChannel channel);             // 电话, 来访, 信函, 网络, 12345热线
QString complaintCategoryLabel(domain::ComplaintCategory category); // 维修质量, 保洁, …
QString departmentLabel(domain::Department department);             // 工程部, 秩序维护部, …
QString complaintStatusLabel(domain::ComplaintStatus status);       // 已受理, 已转办, …
QString complaintEventLabel(domain::ComplaintEventKind kind);       // 受理, 转办, 响应, …

} // namespace propdesk::gui
