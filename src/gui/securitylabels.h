#pragma once

// Translated display names of the security enumerations and of the default shifts and posts. The keys
// ("short_rest", "car_park") are for files and logs; people read these.

#include "domain/security.h"
#include "rules/patrol.h"

#include <QColor>
#include <QString>

namespace propdesk::gui {

QString rosterStatusLabel(domain::RosterStatus status);       // 草稿, 已发布
QString rosterChangeLabel(domain::RosterChange change);       // —, 换班, 请假, 替班
QString rosterConflictLabel(domain::RosterConflictKind kind); // 一人两岗, 休息不足, 岗位空缺
QString roundOutcomeLabel(rules::RoundOutcome outcome); // 未开始, 进行中, 完成, 迟到, 顺序错误, 漏检, 未巡
QString dutyEntryKindLabel(domain::DutyEntryKind kind); // 来访, 车辆, 事件
QString incidentTypeLabel(domain::IncidentType type);   // 治安案件, 火情, 违章, 其他
// The stored name, except that a default shift or post (defaultSecuritySetup's code with its default
// name) is shown in the interface language: "early"/"早班" → "Early" in English.
QString shiftLabel(const domain::ShiftDefinition& shift);
QString postLabel(const domain::PostDefinition& post);
// A light background for the shift at `index` in the setup (early, middle, night, then more), readable
// with black text on screen and on paper.
QColor shiftColour(std::size_t index);
// The colour of a round outcome: green complete, amber late/out of order/in progress, red incomplete/not
// started, grey upcoming.
QColor roundOutcomeColour(rules::RoundOutcome outcome);

} // namespace propdesk::gui
