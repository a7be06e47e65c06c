#pragma once

// Translated display names of the backbone's enumerations. The backbone's own keys ("plumbing",
// "emergency") are for files and logs; people read these.

#include <QString>

namespace propdesk::domain {
enum class Category;
enum class Urgency;
enum class WorkOrderStatus;
enum class EventKind;
enum class Milestone;
enum class Role;
enum class CalendarKind;
} // namespace propdesk::domain

namespace propdesk::rules {
enum class Outcome;
}

namespace propdesk::gui {

QString categoryLabel(domain::Category category);     // 给排水, 电气, …
QString urgencyLabel(domain::Urgency urgency);        // 急修, 一般, 疑难
QString statusLabel(domain::WorkOrderStatus status);  // 已登记, 已派工, …
QString eventLabel(domain::EventKind kind);           // 登记, 派工, 到场, …
QString outcomeLabel(rules::Outcome outcome);         // 达标, 超时, 未到期, 不考核
QString milestoneLabel(domain::Milestone milestone);  // 到场, 完工, 回访, …
QString roleLabel(domain::Role role);                 // 客服/前台, 主管, 经理, 系统管理员
QString calendarLabel(domain::CalendarKind calendar); // 中国节假日, 周一至周五
// 5 很满意 … 1 很不满意; a number outside 1..5 is shown as it is.
QString satisfactionLabel(int satisfaction);

} // namespace propdesk::gui
