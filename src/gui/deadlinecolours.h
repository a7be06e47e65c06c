#pragma once

// The colours of a deadline's state, shared by the dispatch board and the complaint board so that a late
// complaint looks like a late repair.

#include "services/workorderlists.h"

#include <QVariant>

namespace propdesk::gui {

// The row tint, light enough for black text; none while on time or unmeasured.
QVariant deadlineBackground(services::DeadlineState state);
// The countdown's text colour, darker than the tint of its row.
QVariant deadlineForeground(services::DeadlineState state);

} // namespace propdesk::gui
