#include "complaintboardmodel.h"

#include "appsession.h"
#include "complaintlabels.h"
#include "deadlinecolours.h"
#include "guilog.h"
#include "labels.h"
#include "qtconvert.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

#include <algorithm>

namespace propdesk::gui {

using services::DeadlineState;

namespace {

constexpr int kTickMs = 1000;
const QString kNone = QStringLiteral("—");

bool awaitingReply(const services::ComplaintBoardEntry& entry)
{
    return entry.complaint.timeline.status() == domain::ComplaintStatus::Resolved;
}

} // namespace

ComplaintBoardModel::ComplaintBoardModel(AppSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &AppSession::complaintsChanged, this, &ComplaintBoardModel::reload);
    connect(&m_session, &AppSession::siteChanged, this, &ComplaintBoardModel::reload);
    connect(&m_ticker, &QTimer::timeout, this, &ComplaintBoardModel::refreshClock);
    m_ticker.start(kTickMs);
    reload();
}

ComplaintBoardModel::~ComplaintBoardModel() = default;

int ComplaintBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ComplaintBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComplaintBoardModel::escalationText(const services::ComplaintBoardEntry& entry) const
{
    const auto waiting = m_session.clock().now() - entry.complaint.header.receivedAt;
    return tr("No response for %1").arg(formatDuration(waiting));
}

QVariant ComplaintBoardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& e = entry(index.row());
    const auto& h = e.complaint.header;
    const auto& t = e.complaint.timeline;
    const RowState& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Code:
            return qs(h.code);
        case Received:
            return formatInstant(h.receivedAt, m_session.zone());
        case Category:
            return complaintCategoryLabel(h.category);
        case Subject: {
            QStringList parts;
            for (const auto& part : {h.resident, h.location}) {
                if (!part.empty()) {
                    parts << qs(part);
                }
            }
            return parts.isEmpty() ? kNone : parts.join(QStringLiteral(" · "));
        }
        case Department:
            return t.department ? departmentLabel(*t.department) : tr("not routed");
        case Status:
            return complaintStatusLabel(t.status());
        case Next:
            if (awaitingReply(e)) {
                return tr("Reply to resident");
            }
            return e.next ? milestoneLabel(*e.next) : kNone;
        case TimeLeft:
            if (row.state == DeadlineState::Unmeasured || !e.deadline) {
                return kNone;
            }
            return formatDuration(*e.deadline - m_session.clock().now());
        case Escalated:
            return row.escalated ? escalationText(e) : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        if (column == Escalated && row.escalated) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == TimeLeft || column == Next) {
            if (awaitingReply(e)) {
                return tr("Resolved: report the result back to the resident and the office head");
            }
            if (!e.next || !e.deadline) {
                return tr("No rule measures this complaint.");
            }
            const auto& m = *e.next == domain::Milestone::Resolution ? e.evaluation.resolution : e.evaluation.response;
            return tr("%1 by %2 (rule %3)")
                .arg(milestoneLabel(*e.next), formatInstant(*e.deadline, m_session.zone()), qs(m.ruleId));
        }
        if (column == Escalated && row.escalated && e.responseDeadline) {
            return tr("No response since %1; it was due by %2. The site's supervisor and manager are alerted.")
                .arg(formatInstant(h.receivedAt, m_session.zone()),
                     formatInstant(*e.responseDeadline, m_session.zone()));
        }
        if (column == Code || column == Subject || column == Category) {
            return qs(h.description);
        }
        return {};
    case Qt::BackgroundRole:
        return deadlineBackground(row.state);
    case Qt::ForegroundRole:
        if (column == TimeLeft) {
            return deadlineForeground(row.state);
        }
        if (column == Escalated && row.escalated) {
            return QBrush(QColor(0x9b, 0x00, 0x00));
        }
        return {};
    case Qt::FontRole:
        if (column == TimeLeft || (column == Escalated && row.escalated)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == TimeLeft) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case ComplaintIdRole:
        return QVariant::fromValue<qlonglong>(h.id.value);
    case DeadlineStateRole:
        return static_cast<int>(row.state);
    case EscalatedRole:
        return row.escalated;
    default:
        return {};
    }
}

QVariant ComplaintBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Code:
        return tr("Complaint");
    case Received:
        return tr("Received");
    case Category:
        return tr("Category");
    case Subject:
        return tr("Resident / location");
    case Department:
        return tr("Department");
    case Status:
        return tr("Status");
    case Next:
        return tr("Next");
    case TimeLeft:
        return tr("Time left");
    case Escalated:
        return tr("Escalated");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<domain::ComplaintId> ComplaintBoardModel::complaintId(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount()) {
        return std::nullopt;
    }
    return entry(index.row()).complaint.header.id;
}

int ComplaintBoardModel::rowOf(domain::ComplaintId id) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const services::ComplaintBoardEntry& e) { return e.complaint.header.id == id; });
    return it == m_entries.end() ? -1 : static_cast<int>(it - m_entries.begin());
}

int ComplaintBoardModel::overdueCount() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(),
                                          [](const RowState& r) { return r.state == DeadlineState::Overdue; }));
}

std::vector<domain::ComplaintId> ComplaintBoardModel::escalatedComplaints() const
{
    std::vector<const services::ComplaintBoardEntry*> escalated;
    for (std::size_t row = 0; row < m_entries.size(); ++row) {
        if (m_rows[row].escalated) {
            escalated.push_back(&m_entries[row]);
        }
    }
    std::stable_sort(escalated.begin(), escalated.end(),
                     [](const auto* a, const auto* b) { return *a->responseDeadline < *b->responseDeadline; });
    std::vector<domain::ComplaintId> ids;
    for (const auto* e : escalated) {
        ids.push_back(e->complaint.header.id);
    }
    return ids;
}

void ComplaintBoardModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_rows.clear();
    if (m_session.isOpen() && m_session.site() && m_session.user().can(domain::Permission::ReadRecords)) {
        if (auto board = m_session.workspace().complaintLists().board(m_session.site()->code)) {
            m_entries = std::move(*board);
        } else {
            logger()->error("cannot read the complaint board of {}: {}", m_session.site()->code,
                            board.error().describe());
        }
    }
    const auto now = m_session.clock().now();
    m_rows.reserve(m_entries.size());
    for (const auto& e : m_entries) {
        m_rows.push_back({services::complaintDeadlineState(e, now), services::escalated(e, now)});
    }
    endResetModel();
    emit summaryChanged();
}

void ComplaintBoardModel::refreshClock()
{
    if (m_entries.empty()) {
        return;
    }
    const auto now = m_session.clock().now();
    for (std::size_t row = 0; row < m_entries.size(); ++row) {
        const RowState fresh{services::complaintDeadlineState(m_entries[row], now),
                             services::escalated(m_entries[row], now)};
        if (fresh.state != m_rows[row].state || fresh.escalated != m_rows[row].escalated) {
            m_rows[row] = fresh;
            const int r = static_cast<int>(row);
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1),
                             {Qt::DisplayRole, Qt::DecorationRole, Qt::BackgroundRole, Qt::ForegroundRole, Qt::FontRole,
                              DeadlineStateRole, EscalatedRole});
        }
    }
    emit dataChanged(index(0, TimeLeft), index(rowCount() - 1, Escalated), {Qt::DisplayRole});
    emit summaryChanged();
}

} // namespace propdesk::gui
