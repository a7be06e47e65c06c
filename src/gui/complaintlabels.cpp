#include "complaintlabels.h"

#include "domain/complaint.h"

#include <QCoreApplication>

namespace propdesk::gui {

// Every switch lists each enumerator without a default, so that a new one fails the build (-Werror=switch)
// instead of showing an empty label. The return after a switch only serves out-of-range casts.

QString channelLabel(domain::ComplaintChannel channel)
{
    using domain::ComplaintChannel;
    switch (channel) {
    case ComplaintChannel::Phone:
        return QCoreApplication::translate("ComplaintLabels", "Phone");
    case ComplaintChannel::Visit:
        return QCoreApplication::translate("ComplaintLabels", "Visit", "channel");
    case ComplaintChannel::Letter:
        return QCoreApplication::translate("ComplaintLabels", "Letter");
    case ComplaintChannel::Online:
        return QCoreApplication::translate("ComplaintLabels", "Online");
    case ComplaintChannel::Hotline12345:
        return QCoreApplication::translate("ComplaintLabels", "12345 hotline");
    }
    return QString::number(static_cast<int>(channel));
}

QString complaintCategoryLabel(domain::ComplaintCategory category)
{
    using domain::ComplaintCategory;
    switch (category) {
    case ComplaintCategory::RepairQuality:
        return QCoreApplication::translate("ComplaintLabels", "Repair quality");
    case ComplaintCategory::Cleaning:
        return QCoreApplication::translate("ComplaintLabels", "Cleaning", "category");
    case ComplaintCategory::Security:
        return QCoreApplication::translate("ComplaintLabels", "Security", "category");
    case ComplaintCategory::Parking:
        return QCoreApplication::translate("ComplaintLabels", "Parking");
    case ComplaintCategory::Noise:
        return QCoreApplication::translate("ComplaintLabels", "Noise");
    case ComplaintCategory::Fees:
        return QCoreApplication::translate("ComplaintLabels", "Fees");
    case ComplaintCategory::StaffConduct:
        return QCoreApplication::translate("ComplaintLabels", "Staff conduct");
    case ComplaintCategory::Other:
        return QCoreApplication::translate("ComplaintLabels", "Other", "category");
    }
    return QString::number(static_cast<int>(category));
}

QString departmentLabel(domain::Department department)
{
    using domain::Department;
    switch (department) {
    case Department::Engineering:
        return QCoreApplication::translate("ComplaintLabels", "Engineering");
    case Department::Security:
        return QCoreApplication::translate("ComplaintLabels", "Security", "department");
    case Department::Cleaning:
        return QCoreApplication::translate("ComplaintLabels", "Cleaning", "department");
    case Department::CustomerService:
        return QCoreApplication::translate("ComplaintLabels", "Customer service");
    case Department::Management:
        return QCoreApplication::translate("ComplaintLabels", "Management office");
    }
    return QString::number(static_cast<int>(department));
}

QString complaintStatusLabel(domain::ComplaintStatus status)
{
    using domain::ComplaintStatus;
    switch (status) {
    case ComplaintStatus::Received:
        return QCoreApplication::translate("ComplaintLabels", "Received", "status");
    case ComplaintStatus::Routed:
        return QCoreApplication::translate("ComplaintLabels", "Routed", "status");
    case ComplaintStatus::Responded:
        return QCoreApplication::translate("ComplaintLabels", "Responded", "status");
    case ComplaintStatus::Resolved:
        return QCoreApplication::translate("ComplaintLabels", "Resolved", "status");
    case ComplaintStatus::Replied:
        return QCoreApplication::translate("ComplaintLabels", "Replied", "status");
    case ComplaintStatus::Revisited:
        return QCoreApplication::translate("ComplaintLabels", "Revisited", "status");
    case ComplaintStatus::Withdrawn:
        return QCoreApplication::translate("ComplaintLabels", "Withdrawn", "status");
    }
    return QString::number(static_cast<int>(status));
}

QString complaintEventLabel(domain::ComplaintEventKind kind)
{
    using domain::ComplaintEventKind;
    switch (kind) {
    case ComplaintEventKind::Received:
        return QCoreApplication::translate("ComplaintLabels", "Received", "event");
    case ComplaintEventKind::Routed:
        return QCoreApplication::translate("ComplaintLabels", "Routed", "event");
    case ComplaintEventKind::Responded:
        return QCoreApplication::translate("ComplaintLabels", "Responded", "event");
    case ComplaintEventKind::Resolved:
        return QCoreApplication::translate("ComplaintLabels", "Resolved", "event");
    case ComplaintEventKind::Replied:
        return QCoreApplication::translate("ComplaintLabels", "Replied", "event");
    case ComplaintEventKind::Revisited:
        return QCoreApplication::translate("ComplaintLabels", "Revisited", "event");
    case ComplaintEventKind::Judged:
        return QCoreApplication::translate("ComplaintLabels", "Judged", "event");
    case ComplaintEventKind::Linked:
        return QCoreApplication::translate("ComplaintLabels", "Linked to a work order", "event");
    case ComplaintEventKind::Noted:
        return QCoreApplication::translate("ComplaintLabels", "Note", "event");
    case ComplaintEventKind::Withdrawn:
        return QCoreApplication::translate("ComplaintLabels", "Withdrawn", "event");
    }
    return QString::number(static_cast<int>(kind));
}

} // namespace propdesk::gui
