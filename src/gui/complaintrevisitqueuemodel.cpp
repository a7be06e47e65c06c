#include "complaintrevisitqueuemodel.h"

#include "appsession.h"
#include "complaintlabels.h"
#include "errortext.h"
#include "guilog.h"
#include "qtconvert.h"

#include <algorithm>

namespace propdesk::gui {

namespace {

// The waiting time is shown in minutes.
constexpr int kTickMs = 30'000;

} // namespace

ComplaintRevisitQueueModel::ComplaintRevisitQueueModel(AppSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &AppSession::complaintsChanged, this, &ComplaintRevisitQueueModel::reload);
    connect(&m_session, &AppSession::siteChanged, this, &ComplaintRevisitQueueModel::reload);
    connect(&m_ticker, &QTimer::timeout, this, &ComplaintRevisitQueueModel::refreshClock);
    m_ticker.start(kTickMs);
    reload();
}

ComplaintRevisitQueueModel::~ComplaintRevisitQueueModel() = default;

int ComplaintRevisitQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ComplaintRevisitQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintRevisitQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& e = entry(index.row());
    const auto& h = e.complaint.header;
    if (role == ComplaintIdRole) {
        return QVariant::fromValue<qlonglong>(h.id.value);
    }
    if (role == Qt::ToolTipRole && index.column() == Description && !h.description.empty()) {
        return qs(h.description);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Code:
        return qs(h.code);
    case RepliedAt:
        return formatInstant(e.repliedAt, m_session.zone());
    case Waiting:
        return formatDuration(m_session.clock().now() - e.repliedAt);
    case Category:
        return complaintCategoryLabel(h.category);
    case Resident:
        return qs(h.resident);
    case Phone:
        return qs(h.phone);
    case Location:
        return qs(h.location);
    case Department:
        return e.complaint.timeline.department ? departmentLabel(*e.complaint.timeline.department) : QString();
    case Description:
        return qs(h.description).simplified();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComplaintRevisitQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Code:
        return tr("Complaint");
    case RepliedAt:
        return tr("Replied");
    case Waiting:
        return tr("Waiting");
    case Category:
        return tr("Category");
    case Resident:
        return tr("Resident");
    case Phone:
        return tr("Phone");
    case Location:
        return tr("Location");
    case Department:
        return tr("Department");
    case Description:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<domain::ComplaintId> ComplaintRevisitQueueModel::complaintId(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount()) {
        return std::nullopt;
    }
    return entry(index.row()).complaint.header.id;
}

int ComplaintRevisitQueueModel::rowOf(domain::ComplaintId id) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const services::ComplaintRevisitEntry& e) { return e.complaint.header.id == id; });
    return it == m_entries.end() ? -1 : static_cast<int>(it - m_entries.begin());
}

void ComplaintRevisitQueueModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    if (m_session.isOpen() && m_session.site()) {
        if (auto queue = m_session.workspace().complaintLists().awaitingRevisit(m_session.site()->code)) {
            m_entries = std::move(*queue);
        } else {
            logger()->error("cannot read the complaint revisit queue of {}: {}", m_session.site()->code,
                            queue.error().describe());
            m_error = tr("The revisit queue could not be read: %1").arg(gui::errorText(queue.error()));
        }
    }
    endResetModel();
}

void ComplaintRevisitQueueModel::refreshClock()
{
    if (!m_entries.empty()) {
        emit dataChanged(index(0, Waiting), index(rowCount() - 1, Waiting), {Qt::DisplayRole});
    }
}

} // namespace propdesk::gui
