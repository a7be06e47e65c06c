#include "timelinemodel.h"

#include "labels.h"
#include "qtconvert.h"

#include <QStringList>

#include <chrono>

namespace propdesk::gui {

namespace {

domain::TimeZone shanghai()
{
    // Replaced by the order's zone before any row exists; Asia/Shanghai is in every tz database.
    return *domain::TimeZone::find("Asia/Shanghai");
}

// Events recorded within a minute of happening were entered as they happened; the table shows minutes.
constexpr domain::Seconds kAfterTheFact{60};

} // namespace

TimelineModel::TimelineModel(QObject* parent) : QAbstractTableModel(parent), m_zone(shanghai()) {}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setOrder(const domain::WorkOrder& order, const domain::TimeZone& zone)
{
    beginResetModel();
    m_events = order.history;
    m_zone = zone;
    endResetModel();
}

void TimelineModel::clear()
{
    beginResetModel();
    m_events.clear();
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
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
        return eventLabel(e.kind);
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

QString TimelineModel::details(const domain::WorkOrderEvent& e) const
{
    QStringList parts;
    if (!e.technician.empty()) {
        parts << tr("Technician: %1").arg(qs(e.technician));
    }
    if (e.satisfaction) {
        parts << tr("Rating: %1 %2").arg(*e.satisfaction).arg(satisfactionLabel(*e.satisfaction));
    }
    if (!e.note.empty()) {
        parts << qs(e.note);
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
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
