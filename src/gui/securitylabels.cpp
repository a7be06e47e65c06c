#include "securitylabels.h"

#include <QCoreApplication>

#include <array>

namespace propdesk::gui {

// Every switch lists each enumerator without a default, so that a new one fails the build (-Werror=switch)
// instead of showing an empty label. The return after a switch only serves out-of-range casts.

QString rosterStatusLabel(domain::RosterStatus status)
{
    using domain::RosterStatus;
    switch (status) {
    case RosterStatus::Draft:
        return QCoreApplication::translate("SecurityLabels", "Draft", "roster status");
    case RosterStatus::Published:
        return QCoreApplication::translate("SecurityLabels", "Published", "roster status");
    }
    return QString::number(static_cast<int>(status));
}

QString rosterChangeLabel(domain::RosterChange change)
{
    using domain::RosterChange;
    switch (change) {
    case RosterChange::None:
        return QStringLiteral("—");
    case RosterChange::Swap:
        return QCoreApplication::translate("SecurityLabels", "Swap", "roster change");
    case RosterChange::Leave:
        return QCoreApplication::translate("SecurityLabels", "Leave", "roster change");
    case RosterChange::Substitute:
        return QCoreApplication::translate("SecurityLabels", "Substitute", "roster change");
    }
    return QString::number(static_cast<int>(change));
}

QString rosterConflictLabel(domain::RosterConflictKind kind)
{
    using domain::RosterConflictKind;
    switch (kind) {
    case RosterConflictKind::DoubleBooked:
        return QCoreApplication::translate("SecurityLabels", "Double booked");
    case RosterConflictKind::ShortRest:
        return QCoreApplication::translate("SecurityLabels", "Short rest");
    case RosterConflictKind::EmptyPost:
        return QCoreApplication::translate("SecurityLabels", "Empty post");
    }
    return QString::number(static_cast<int>(kind));
}

QString roundOutcomeLabel(rules::RoundOutcome outcome)
{
    using rules::RoundOutcome;
    switch (outcome) {
    case RoundOutcome::Upcoming:
        return QCoreApplication::translate("SecurityLabels", "Upcoming", "round");
    case RoundOutcome::InProgress:
        return QCoreApplication::translate("SecurityLabels", "In progress", "round");
    case RoundOutcome::Complete:
        return QCoreApplication::translate("SecurityLabels", "Complete", "round");
    case RoundOutcome::Late:
        return QCoreApplication::translate("SecurityLabels", "Late", "round");
    case RoundOutcome::OutOfOrder:
        return QCoreApplication::translate("SecurityLabels", "Out of order", "round");
    case RoundOutcome::Incomplete:
        return QCoreApplication::translate("SecurityLabels", "Incomplete", "round");
    case RoundOutcome::NotStarted:
        return QCoreApplication::translate("SecurityLabels", "Not started", "round");
    }
    return QString::number(static_cast<int>(outcome));
}

QString dutyEntryKindLabel(domain::DutyEntryKind kind)
{
    using domain::DutyEntryKind;
    switch (kind) {
    case DutyEntryKind::Visitor:
        return QCoreApplication::translate("SecurityLabels", "Visitor");
    case DutyEntryKind::Vehicle:
        return QCoreApplication::translate("SecurityLabels", "Vehicle");
    case DutyEntryKind::Incident:
        return QCoreApplication::translate("SecurityLabels", "Incident");
    }
    return QString::number(static_cast<int>(kind));
}

QString incidentTypeLabel(domain::IncidentType type)
{
    using domain::IncidentType;
    switch (type) {
    case IncidentType::SecurityCase:
        return QCoreApplication::translate("SecurityLabels", "Security case");
    case IncidentType::Fire:
        return QCoreApplication::translate("SecurityLabels", "Fire");
    case IncidentType::Violation:
        return QCoreApplication::translate("SecurityLabels", "Violation");
    case IncidentType::Other:
        return QCoreApplication::translate("SecurityLabels", "Other", "incident type");
    }
    return QString::number(static_cast<int>(type));
}

namespace {

// The default names are written in Chinese by defaultSecuritySetup; a site that kept them sees them in the
// interface language, a site that renamed a shift or post sees its own name.
const domain::SecuritySetup& defaults()
{
    static const domain::SecuritySetup setup = domain::defaultSecuritySetup(domain::SiteId{});
    return setup;
}

QString defaultShiftLabel(std::string_view code)
{
    if (code == "early")
        return QCoreApplication::translate("SecurityLabels", "Early", "shift");
    if (code == "middle")
        return QCoreApplication::translate("SecurityLabels", "Middle", "shift");
    if (code == "night")
        return QCoreApplication::translate("SecurityLabels", "Night", "shift");
    return {};
}

QString defaultPostLabel(std::string_view code)
{
    if (code == "lobby")
        return QCoreApplication::translate("SecurityLabels", "Lobby", "post");
    if (code == "patrol")
        return QCoreApplication::translate("SecurityLabels", "Patrol", "post");
    if (code == "car_park")
        return QCoreApplication::translate("SecurityLabels", "Car park", "post");
    if (code == "gate")
        return QCoreApplication::translate("SecurityLabels", "Gate", "post");
    return {};
}

} // namespace

QString shiftLabel(const domain::ShiftDefinition& shift)
{
    const domain::ShiftDefinition* standard = defaults().shift(shift.code);
    if (standard && standard->name == shift.name) {
        QString label = defaultShiftLabel(shift.code);
        if (!label.isEmpty())
            return label;
    }
    return QString::fromStdString(shift.name.empty() ? shift.code : shift.name);
}

QString postLabel(const domain::PostDefinition& post)
{
    const domain::PostDefinition* standard = defaults().post(post.code);
    if (standard && standard->name == post.name) {
        QString label = defaultPostLabel(post.code);
        if (!label.isEmpty())
            return label;
    }
    return QString::fromStdString(post.name.empty() ? post.code : post.name);
}

QColor shiftColour(std::size_t index)
{
    // Early: pale yellow (morning), middle: pale green, night: pale blue; then lilac, peach, grey-green.
    static const std::array<QColor, 6> colours{
        QColor(0xff, 0xf4, 0xc2), QColor(0xd8, 0xf0, 0xd2), QColor(0xd4, 0xe2, 0xf8),
        QColor(0xea, 0xdc, 0xf4), QColor(0xfb, 0xe0, 0xcc), QColor(0xe2, 0xea, 0xe0),
    };
    return colours[index % colours.size()];
}

QColor roundOutcomeColour(rules::RoundOutcome outcome)
{
    using rules::RoundOutcome;
    switch (outcome) {
    case RoundOutcome::Complete:
        return QColor(0xc8, 0xe6, 0xc9);
    case RoundOutcome::Late:
    case RoundOutcome::OutOfOrder:
    case RoundOutcome::InProgress:
        return QColor(0xff, 0xe0, 0x8a);
    case RoundOutcome::Incomplete:
    case RoundOutcome::NotStarted:
        return QColor(0xf8, 0xb4, 0xb4);
    case RoundOutcome::Upcoming:
        return QColor(0xe4, 0xe4, 0xe4);
    }
    return {};
}

} // namespace propdesk::gui
