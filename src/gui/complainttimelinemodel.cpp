#include "complainttimelinemodel.h"

#include "complaintlabels.h"
#include "labels.h"
#include "qtconvert.h"

#include <QStringList>

namespace propdesk::gui {

namespace {

domain::TimeZone shanghai()
{
    // Replaced by the complaint's zone before any row exists; Asia/Shanghai is in every tz database.
    return *domain::TimeZone::find("Asia/Shanghai");
}

// Events recorded within a minute of happening were entered as they happened; the table shows minutes.
constexpr domain::Seconds kAfterTheFact{60};

} // namespace

ComplaintTimelineModel::ComplaintTimelineModel(QObject* parent) : QAbstractTableModel(parent), m_zone(shanghai()) {}

ComplaintTimelineModel::~ComplaintTimelineModel() = default;

void ComplaintTimelineModel::setComplaint(const domain::Complaint& complaint, const domain::TimeZone& zone)
{
    beginResetModel();
    m_events = complaint.history;
    m_zone = zone;
    endResetModel();
}

void ComplaintTimelineModel::clear()
{
    beginResetModel();
    m_events.clear();
    endResetModel();
}

int ComplaintTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int ComplaintTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& e = m_events[static_cast<std::size_t>(index.row())];
    if (role == Qt::ToolTipRole && index.column() == Details) {
        const QString text = details(e);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case When:
        return formatInstant(e.at, m_zone);
    case Event:
        return complaintEventLabel(e.kind);
    case Actor:
        return qs(e.actor);
    case Details:
        return details(e).simplified();
    case Recorded: {
        const auto late = e.recordedAt - e.at;
        return late >= kAfterTheFact || late <= -kAfterTheFact ? formatInstant(e.recordedAt, m_zone) : QString();
    }
    case ColumnCount:
        break;
    }
    return {};
}

QString ComplaintTimelineModel::details(const domain::ComplaintEvent& e) const
{
    using Kind = domain::ComplaintEventKind;
    QStringList parts;
    if (e.department) {
        parts << tr("To %1").arg(departmentLabel(*e.department));
    }
    if (e.valid) {
        parts << (*e.valid ? tr("Valid complaint") : tr("Not a valid complaint"));
    }
    if (e.satisfaction) {
        parts << tr("Rating: %1 %2").arg(*e.satisfaction).arg(satisfactionLabel(*e.satisfaction));
    } else if (e.kind == Kind::Revisited) {
        parts << tr("No rating given");
    }
    if (!e.reference.empty()) {
        parts << tr("Work order %1").arg(qs(e.reference));
    }
    if (!e.note.empty()) {
        parts << qs(e.note);
    }
    if (!e.detail.empty()) {
        switch (e.kind) {
        case Kind::Resolved:
            parts << tr("Measures: %1").arg(qs(e.detail));
            break;
        case Kind::Replied:
            parts << tr("Reported to %1").arg(qs(e.detail));
            break;
        default:
            parts << qs(e.detail);
            break;
        }
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant ComplaintTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case When:
        return tr("When");
    case Event:
        return tr("Event");
    case Actor:
        return tr("By");
    case Details:
        return tr("Details");
    case Recorded:
        return tr("Recorded");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace propdesk::gui
