#pragma once

#include <QString>

namespace propdesk::domain {
struct WorkOrderHeader;
class TimeZone;
} // namespace propdesk::domain

namespace propdesk::gui {

// The heading of a dialog about one order: "<b>code</b> · location · category · urgency" and the
// description, as rich text.
QString orderSummary(const domain::WorkOrderHeader& order, const domain::TimeZone& zone);

} // namespace propdesk::gui
