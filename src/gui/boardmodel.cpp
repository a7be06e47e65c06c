#include "boardmodel.h"

#include "appsession.h"
#include "deadlinecolours.h"
#include "guilog.h"
#include "labels.h"
#include "qtconvert.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace propdesk::gui {

using services::DeadlineState;

namespace {

constexpr int kTickMs = 1000;
const QString kNone = QStringLiteral("—");

} // namespace

BoardModel::BoardModel(AppSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &AppSession::ordersChanged, this, &BoardModel::reload);
    connect(&m_session, &AppSession::siteChanged, this, &BoardModel::reload);
    connect(&m_ticker, &QTimer::timeout, this, &BoardModel::refreshClock);
    m_ticker.start(kTickMs);
    reload();
}

BoardModel::~BoardModel() = default;

int BoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int BoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& e = entry(index.row());
    const auto& h = e.order.header;
    const DeadlineState state = m_states[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Code:
            return qs(h.code);
        case TimeLeft:
            if (state == DeadlineState::Unmeasured) {
                return kNone;
            }
            if (state == DeadlineState::Paused || !e.deadline) {
                return tr("paused");
            }
            return formatDuration(*e.deadline - m_session.clock().now());
        case Deadline:
            return e.deadline ? formatInstant(*e.deadline, m_session.zone()) : kNone;
        case Next:
            return e.next ? milestoneLabel(*e.next) : kNone;
        case Urgency:
            return urgencyLabel(h.urgency);
        case Category:
            return categoryLabel(h.category);
        case Location:
            return qs(h.location);
        case Status:
            return statusLabel(e.order.timeline.status());
        case Technician:
            return qs(h.technician);
        case Reported:
            return formatInstant(h.reportedAt, m_session.zone());
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeLeft || index.column() == Deadline || index.column() == Next) {
            const auto& m = e.next == domain::Milestone::Completion ? e.evaluation.completion : e.evaluation.arrival;
            if (!e.next) {
                return tr("No rule measures this order.");
            }
            const QString rule = m.byDueAt ? tr("the agreed time") : tr("rule %1").arg(qs(m.ruleId));
            if (!e.deadline) {
                return tr("%1 on hold: the clock stands still (%2)").arg(milestoneLabel(*e.next), rule);
            }
            return tr("%1 by %2 (%3)").arg(milestoneLabel(*e.next), formatInstant(*e.deadline, m_session.zone()), rule);
        }
        if (index.column() == Location || index.column() == Code) {
            return qs(h.description);
        }
        return {};
    case Qt::BackgroundRole:
        return deadlineBackground(state);
    case Qt::ForegroundRole:
        return index.column() == TimeLeft ? deadlineForeground(state) : QVariant();
    case Qt::FontRole:
        if (index.column() == TimeLeft) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeLeft) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case WorkOrderIdRole:
        return QVariant::fromValue<qlonglong>(h.id.value);
    case DeadlineStateRole:
        return static_cast<int>(state);
    default:
        return {};
    }
}

QVariant BoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Code:
        return tr("Order");
    case TimeLeft:
        return tr("Time left");
    case Deadline:
        return tr("Deadline");
    case Next:
        return tr("Next");
    case Urgency:
        return tr("Urgency");
    case Category:
        return tr("Category");
    case Location:
        return tr("Location");
    case Status:
        return tr("Status");
    case Technician:
        return tr("Technician");
    case Reported:
        return tr("Reported");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<domain::WorkOrderId> BoardModel::orderId(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount()) {
        return std::nullopt;
    }
    return entry(index.row()).order.header.id;
}

int BoardModel::rowOf(domain::WorkOrderId id) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const services::BoardEntry& e) { return e.order.header.id == id; });
    return it == m_entries.end() ? -1 : static_cast<int>(it - m_entries.begin());
}

int BoardModel::overdueCount() const
{
    return static_cast<int>(std::count(m_states.begin(), m_states.end(), DeadlineState::Overdue));
}

void BoardModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_states.clear();
    if (m_session.isOpen() && m_session.site()) {
        if (auto board = m_session.workspace().workOrderLists().board(m_session.site()->code)) {
            m_entries = std::move(*board);
        } else {
            logger()->error("cannot read the dispatch board of {}: {}", m_session.site()->code,
                            board.error().describe());
        }
    }
    const auto now = m_session.clock().now();
    m_states.reserve(m_entries.size());
    for (const auto& e : m_entries) {
        m_states.push_back(services::deadlineState(e, now));
    }
    endResetModel();
    emit summaryChanged();
}

void BoardModel::refreshClock()
{
    if (m_entries.empty()) {
        return;
    }
    const auto now = m_session.clock().now();
    for (std::size_t row = 0; row < m_entries.size(); ++row) {
        const auto state = services::deadlineState(m_entries[row], now);
        if (state != m_states[row]) {
            m_states[row] = state;
            const int r = static_cast<int>(row);
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1),
                             {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole, DeadlineStateRole});
        }
    }
    emit dataChanged(index(0, TimeLeft), index(rowCount() - 1, TimeLeft), {Qt::DisplayRole});
    emit summaryChanged();
}

} // namespace propdesk::gui
