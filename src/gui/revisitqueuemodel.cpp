#include "revisitqueuemodel.h"

#include "appsession.h"
#include "guilog.h"
#include "qtconvert.h"

#include <algorithm>

namespace propdesk::gui {

namespace {

// The waiting time is shown in minutes.
constexpr int kTickMs = 30'000;

} // namespace

RevisitQueueModel::RevisitQueueModel(AppSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &AppSession::ordersChanged, this, &RevisitQueueModel::reload);
    connect(&m_session, &AppSession::siteChanged, this, &RevisitQueueModel::reload);
    connect(&m_ticker, &QTimer::timeout, this, &RevisitQueueModel::refreshClock);
    m_ticker.start(kTickMs);
    reload();
}

RevisitQueueModel::~RevisitQueueModel() = default;

int RevisitQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RevisitQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisitQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& e = entry(index.row());
    const auto& h = e.order.header;
    if (role == WorkOrderIdRole) {
        return QVariant::fromValue<qlonglong>(h.id.value);
    }
    if (role == Qt::ToolTipRole && index.column() == Description) {
        return qs(h.description);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Code:
        return qs(h.code);
    case CompletedAt:
        return formatInstant(e.completedAt, m_session.zone());
    case Waiting:
        return formatDuration(m_session.clock().now() - e.completedAt);
    case Location:
        return qs(h.location);
    case Reporter:
        return qs(h.reporter);
    case Phone:
        return qs(h.phone);
    case Technician:
        return qs(h.technician);
    case Description:
        return qs(h.description);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RevisitQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Code:
        return tr("Order");
    case CompletedAt:
        return tr("Completed");
    case Waiting:
        return tr("Waiting");
    case Location:
        return tr("Location");
    case Reporter:
        return tr("Reporter");
    case Phone:
        return tr("Phone");
    case Technician:
        return tr("Technician");
    case Description:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<domain::WorkOrderId> RevisitQueueModel::orderId(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount()) {
        return std::nullopt;
    }
    return entry(index.row()).order.header.id;
}

int RevisitQueueModel::rowOf(domain::WorkOrderId id) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const services::RevisitEntry& e) { return e.order.header.id == id; });
    return it == m_entries.end() ? -1 : static_cast<int>(it - m_entries.begin());
}

void RevisitQueueModel::reload()
{
    beginResetModel();
    m_entries.clear();
    if (m_session.isOpen() && m_session.site()) {
        if (auto queue = m_session.workspace().workOrderLists().awaitingRevisit(m_session.site()->code)) {
            m_entries = std::move(*queue);
        } else {
            logger()->error("cannot read the revisit queue of {}: {}", m_session.site()->code,
                            queue.error().describe());
        }
    }
    endResetModel();
}

void RevisitQueueModel::refreshClock()
{
    if (!m_entries.empty()) {
        emit dataChanged(index(0, Waiting), index(rowCount() - 1, Waiting), {Qt::DisplayRole});
    }
}

} // namespace propdesk::gui
