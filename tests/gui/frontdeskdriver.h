#pragma once

// Driving the front desk's widgets from the intake and board tests: finding the dialogs the order actions
// open, filling the intake form the way the desk does, pressing dialog buttons.

#include "domain/time.h"
#include "domain/workorder.h"

#include <QApplication>
#include <QString>
#include <QWidget>

#include <string>

class QDialog;

namespace propdesk::gui {
class IntakeForm;
}

namespace propdesk::tests {

// The visible dialog (or other widget) of type T under `parent`, waiting briefly for it; nullptr if none.
template <typename T>
T* visibleChild(QWidget* parent)
{
    T* found = nullptr;
    const auto look = [&] {
        for (T* child : parent->findChildren<T*>()) {
            if (child->isVisible()) {
                found = child;
                return true;
            }
        }
        return false;
    };
    for (int i = 0; i < 50 && !look(); ++i) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return found;
}

// Shows the widget as the active window, so that keyboard shortcuts reach it.
void showActive(QWidget* window);

// What the desk types for a call; Chinese text is committed the way an input method does.
struct Call
{
    QString location;
    QString reporter;
    QString phone;
    domain::Category category = domain::Category::Plumbing;
    domain::Urgency urgency = domain::Urgency::Normal;
    QString description;
};
void fillIntake(gui::IntakeForm& form, const Call& call);

// Presses OK (accept) or the button with this standard role in a dialog's button box.
void pressOk(QDialog* dialog);

// The wall clock of the tests' zone (Asia/Shanghai) as a QDateTimeEdit shows it.
QDateTime wallClock(std::string_view local);

} // namespace propdesk::tests
