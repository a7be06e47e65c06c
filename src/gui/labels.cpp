#include "labels.h"

#include "domain/ruleset.h"
#include "domain/user.h"
#include "domain/workingcalendar.h"
#include "domain/workorder.h"
#include "rules/evaluation.h"

#include <QCoreApplication>

namespace propdesk::gui {

// Every switch lists each enumerator without a default, so that a new one fails the build (-Werror=switch)
// instead of showing an empty label. The return after a switch only serves out-of-range casts.

QString categoryLabel(domain::Category category)
{
    using domain::Category;
    switch (category) {
    case Category::Plumbing:
        return QCoreApplication::translate("Labels", "Plumbing");
    case Category::Electrical:
        return QCoreApplication::translate("Labels", "Electrical");
    case Category::Gas:
        return QCoreApplication::translate("Labels", "Gas");
    case Category::DoorsWindows:
        return QCoreApplication::translate("Labels", "Doors and windows");
    case Category::Lighting:
        return QCoreApplication::translate("Labels", "Lighting");
    case Category::Civil:
        return QCoreApplication::translate("Labels", "Civil works");
    case Category::Elevator:
        return QCoreApplication::translate("Labels", "Elevator");
    case Category::Fire:
        return QCoreApplication::translate("Labels", "Fire safety");
    case Category::Hvac:
        return QCoreApplication::translate("Labels", "HVAC");
    case Category::Other:
        return QCoreApplication::translate("Labels", "Other", "category");
    }
    return QString::number(static_cast<int>(category));
}

QString urgencyLabel(domain::Urgency urgency)
{
    using domain::Urgency;
    switch (urgency) {
    case Urgency::Emergency:
        return QCoreApplication::translate("Labels", "Emergency");
    case Urgency::Normal:
        return QCoreApplication::translate("Labels", "Normal");
    case Urgency::Difficult:
        return QCoreApplication::translate("Labels", "Difficult");
    }
    return QString::number(static_cast<int>(urgency));
}

QString statusLabel(domain::WorkOrderStatus status)
{
    using domain::WorkOrderStatus;
    switch (status) {
    case WorkOrderStatus::Logged:
        return QCoreApplication::translate("Labels", "Logged", "status");
    case WorkOrderStatus::Dispatched:
        return QCoreApplication::translate("Labels", "Dispatched", "status");
    case WorkOrderStatus::InProgress:
        return QCoreApplication::translate("Labels", "In progress", "status");
    case WorkOrderStatus::OnHold:
        return QCoreApplication::translate("Labels", "On hold", "status");
    case WorkOrderStatus::Completed:
        return QCoreApplication::translate("Labels", "Completed", "status");
    case WorkOrderStatus::Revisited:
        return QCoreApplication::translate("Labels", "Revisited", "status");
    case WorkOrderStatus::Cancelled:
        return QCoreApplication::translate("Labels", "Cancelled", "status");
    }
    return QString::number(static_cast<int>(status));
}

QString eventLabel(domain::EventKind kind)
{
    using domain::EventKind;
    switch (kind) {
    case EventKind::Logged:
        return QCoreApplication::translate("Labels", "Logged", "event");
    case EventKind::Dispatched:
        return QCoreApplication::translate("Labels", "Dispatched", "event");
    case EventKind::Arrived:
        return QCoreApplication::translate("Labels", "Arrived", "event");
    case EventKind::HoldStarted:
        return QCoreApplication::translate("Labels", "Put on hold", "event");
    case EventKind::Resumed:
        return QCoreApplication::translate("Labels", "Resumed", "event");
    case EventKind::Completed:
        return QCoreApplication::translate("Labels", "Completed", "event");
    case EventKind::Revisited:
        return QCoreApplication::translate("Labels", "Revisited", "event");
    case EventKind::Cancelled:
        return QCoreApplication::translate("Labels", "Cancelled", "event");
    case EventKind::Noted:
        return QCoreApplication::translate("Labels", "Follow-up call", "event");
    }
    return QString::number(static_cast<int>(kind));
}

QString outcomeLabel(rules::Outcome outcome)
{
    using rules::Outcome;
    switch (outcome) {
    case Outcome::NotMeasured:
        return QCoreApplication::translate("Labels", "Not measured");
    case Outcome::Met:
        return QCoreApplication::translate("Labels", "Met");
    case Outcome::Missed:
        return QCoreApplication::translate("Labels", "Missed");
    case Outcome::Pending:
        return QCoreApplication::translate("Labels", "Pending");
    }
    return QString::number(static_cast<int>(outcome));
}

QString milestoneLabel(domain::Milestone milestone)
{
    using domain::Milestone;
    switch (milestone) {
    case Milestone::Arrival:
        return QCoreApplication::translate("Labels", "Arrival");
    case Milestone::Completion:
        return QCoreApplication::translate("Labels", "Completion");
    case Milestone::Revisit:
        return QCoreApplication::translate("Labels", "Revisit");
    case Milestone::Response:
        return QCoreApplication::translate("Labels", "Response");
    case Milestone::Resolution:
        return QCoreApplication::translate("Labels", "Resolution");
    }
    return QString::number(static_cast<int>(milestone));
}

QString roleLabel(domain::Role role)
{
    using domain::Role;
    switch (role) {
    case Role::None:
        return QCoreApplication::translate("Labels", "Not signed in", "role");
    case Role::FrontDesk:
        return QCoreApplication::translate("Labels", "Front desk", "role");
    case Role::Supervisor:
        return QCoreApplication::translate("Labels", "Supervisor");
    case Role::Manager:
        return QCoreApplication::translate("Labels", "Manager");
    case Role::Admin:
        return QCoreApplication::translate("Labels", "Administrator");
    case Role::System:
        return QCoreApplication::translate("Labels", "PropDesk itself", "role");
    }
    return QString::number(static_cast<int>(role));
}

QString calendarLabel(domain::CalendarKind calendar)
{
    using domain::CalendarKind;
    switch (calendar) {
    case CalendarKind::China:
        return QCoreApplication::translate("Labels", "China (public holidays and make-up days)");
    case CalendarKind::None:
        return QCoreApplication::translate("Labels", "Monday to Friday");
    }
    return QString::number(static_cast<int>(calendar));
}

QString satisfactionLabel(int satisfaction)
{
    switch (satisfaction) {
    case 5:
        return QCoreApplication::translate("Labels", "Very satisfied");
    case 4:
        return QCoreApplication::translate("Labels", "Satisfied");
    case 3:
        return QCoreApplication::translate("Labels", "Neutral");
    case 2:
        return QCoreApplication::translate("Labels", "Dissatisfied");
    case 1:
        return QCoreApplication::translate("Labels", "Very dissatisfied");
    default:
        return QString::number(satisfaction);
    }
}

} // namespace propdesk::gui
