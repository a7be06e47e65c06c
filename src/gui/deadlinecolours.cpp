#include "deadlinecolours.h"

#include <QBrush>
#include <QColor>

namespace propdesk::gui {

using services::DeadlineState;

QVariant deadlineBackground(DeadlineState state)
{
    switch (state) {
    case DeadlineState::Closing:
        return QBrush(QColor(0xff, 0xe0, 0x8a));
    case DeadlineState::Overdue:
        return QBrush(QColor(0xf8, 0xb4, 0xb4));
    case DeadlineState::Paused:
        return QBrush(QColor(0xe4, 0xe4, 0xe4));
    case DeadlineState::OnTime:
    case DeadlineState::Unmeasured:
        break;
    }
    return {};
}

QVariant deadlineForeground(DeadlineState state)
{
    switch (state) {
    case DeadlineState::OnTime:
        return QBrush(QColor(0x1b, 0x6e, 0x20));
    case DeadlineState::Closing:
        return QBrush(QColor(0x7a, 0x4a, 0x00));
    case DeadlineState::Overdue:
        return QBrush(QColor(0x9b, 0x00, 0x00));
    case DeadlineState::Paused:
        return QBrush(QColor(0x50, 0x50, 0x50));
    case DeadlineState::Unmeasured:
        break;
    }
    return {};
}

} // namespace propdesk::gui
