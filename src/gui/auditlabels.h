#pragma once

// How the audit trail reads to people: its entity, action and field keys translated, its stored values (times as
// ISO 8601, status and category keys) shown as the rest of the interface shows them. A key PropDesk does not know
// (a newer release wrote it) is shown as it is.

#include "domain/time.h"

#include <QString>
#include <QStringList>

#include <string_view>
#include <vector>

namespace propdesk::domain {
enum class AuditAction;
class TimeZone;
} // namespace propdesk::domain

namespace propdesk::gui {

// The entities the services audit, in the order the viewer's filter offers them.
const std::vector<std::string_view>& auditEntities(); // "work_order", "site", "staff", …

QString auditEntityLabel(std::string_view entity);    // 工单, 项目, 员工, …
QString auditActionLabel(domain::AuditAction action); // 新增, 修改, 登录, …
QString auditFieldLabel(std::string_view field);      // 状态, 维修人员, 派工时间, …
// A stored field value as the interface shows it: an ISO 8601 time in `zone`, a status, category, urgency, role or
// calendar key by its label, true/false as yes/no; anything else as it is. Empty stays empty.
QString auditValueText(std::string_view field, std::string_view value, const domain::TimeZone& zone);
// The entry's summary line ("dispatched to 李师傅") in the interface language when its wording is known.
QString auditSummaryText(std::string_view summary);
// An audit time to the second, in the record's zone: "2025/4/5 16:00:07".
QString formatAuditTime(domain::Instant instant, const domain::TimeZone& zone);

// Every English summary template auditSummaryText() knows, for tests.
QStringList auditSummaryTemplates();

} // namespace propdesk::gui
