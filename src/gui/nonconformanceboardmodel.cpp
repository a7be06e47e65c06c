#include "nonconformanceboardmodel.h"

#include "appsession.h"
#include "deadlinecolours.h"
#include "guilog.h"
#include "inspectionlabels.h"
#include "qtconvert.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace propdesk::gui {

using domain::NcState;
using services::DeadlineState;

namespace {

constexpr int kTickMs = 1000;
const QString kNone = QStringLiteral("—");

int rank(NcState state)
{
    switch (state) {
    case NcState::Open:
        return 0;
    case NcState::Rectified:
    case NcState::Verified:
        return 1;
    case NcState::Closed:
    case NcState::Withdrawn:
        break;
    }
    return 2;
}

} // namespace

NonconformanceBoardModel::NonconformanceBoardModel(AppSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &AppSession::inspectionsChanged, this, &NonconformanceBoardModel::reload);
    connect(&m_session, &AppSession::siteChanged, this, &NonconformanceBoardModel::reload);
    connect(&m_session, &AppSession::userChanged, this, &NonconformanceBoardModel::reload);
    connect(&m_ticker, &QTimer::timeout, this, &NonconformanceBoardModel::refreshClock);
    m_ticker.start(kTickMs);
    reload();
}

NonconformanceBoardModel::~NonconformanceBoardModel() = default;

int NonconformanceBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NonconformanceBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void NonconformanceBoardModel::setShowAll(bool all)
{
    if (all != m_showAll) {
        m_showAll = all;
        reload();
    }
}

void NonconformanceBoardModel::setAreaFilter(std::optional<domain::AreaType> area)
{
    if (area != m_area) {
        m_area = area;
        reload();
    }
}

QString NonconformanceBoardModel::contractorName(std::optional<domain::ContractorId> id) const
{
    if (!id) {
        return {};
    }
    const auto it = std::find_if(m_contractors.begin(), m_contractors.end(),
                                 [&](const domain::Contractor& c) { return c.id == *id; });
    return it == m_contractors.end() ? QStringLiteral("#%1").arg(id->value) : qs(it->name);
}

void NonconformanceBoardModel::measure(Row& row, domain::Instant now) const
{
    const auto& nc = row.nc;
    row.overdue = nc.overdue(now);
    if (nc.state != NcState::Open) {
        row.state = DeadlineState::Unmeasured;
    } else if (row.overdue) {
        row.state = DeadlineState::Overdue;
    } else if ((nc.deadline - now) * 4 < (nc.deadline - nc.raisedAt)) {
        // Less than a quarter of the time given left, as on the dispatch board.
        row.state = DeadlineState::Closing;
    } else {
        row.state = DeadlineState::OnTime;
    }
}

QString NonconformanceBoardModel::timeLeftText(const Row& row) const
{
    const auto& nc = row.nc;
    const auto now = m_session.clock().now();
    switch (nc.state) {
    case NcState::Open:
        if (row.overdue) {
            return tr("overdue by %1").arg(formatDuration(now - nc.deadline));
        }
        return tr("%1 left").arg(formatDuration(nc.deadline - now));
    case NcState::Rectified:
    case NcState::Verified:
    case NcState::Closed:
        return nc.rectifiedOnTime(now) ? tr("rectified on time") : tr("rectified late");
    case NcState::Withdrawn:
        break;
    }
    return kNone;
}

QVariant NonconformanceBoardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto& nc = row.nc;
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Code:
            return qs(nc.code);
        case Raised:
            return formatInstant(nc.raisedAt, m_session.zone());
        case Area:
            return areaTypeLabel(nc.area);
        case Location:
            return nc.location.empty() ? kNone : qs(nc.location);
        case Description:
            return qs(nc.description).replace(QLatin1Char('\n'), QStringLiteral(" · "));
        case Severity:
            return severityLabel(nc.severity);
        case Contractor: {
            const QString name = contractorName(nc.contractor);
            return name.isEmpty() ? kNone : name;
        }
        case Deadline:
            return formatInstant(nc.deadline, m_session.zone());
        case State:
            return ncStateLabel(nc.state);
        case TimeLeft:
            return timeLeftText(row);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Description || column == Code) {
            QString tip = qs(nc.description);
            if (!nc.cause.empty()) {
                tip += QLatin1Char('\n') + tr("Cause: %1").arg(qs(nc.cause));
            }
            return tip;
        }
        if (column == State && nc.reportRequired && !nc.report) {
            return tr("A corrective action report is required before closing.");
        }
        return {};
    case Qt::BackgroundRole: {
        // The state's tint on its cell; an overdue row red all along, one running out of time amber.
        if (column == State || row.overdue) {
            const QColor colour = ncStateColour(nc.state, row.overdue);
            return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
        }
        return deadlineBackground(row.state);
    }
    case Qt::ForegroundRole:
        if (column == TimeLeft) {
            return deadlineForeground(row.state);
        }
        if (column == Severity && nc.severity == domain::Severity::Severe) {
            return QBrush(QColor(0x9b, 0x00, 0x00));
        }
        return {};
    case Qt::FontRole:
        if (column == TimeLeft || column == State || (column == Severity && nc.severity == domain::Severity::Severe)) {
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
    case NonconformanceIdRole:
        return QVariant::fromValue<qlonglong>(nc.id.value);
    case NcStateRole:
        return static_cast<int>(nc.state);
    case OverdueRole:
        return row.overdue;
    case DeadlineStateRole:
        return static_cast<int>(row.state);
    default:
        return {};
    }
}

QVariant NonconformanceBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Code:
        return tr("Nonconformance");
    case Raised:
        return tr("Raised");
    case Area:
        return tr("Area");
    case Location:
        return tr("Location");
    case Description:
        return tr("Description");
    case Severity:
        return tr("Severity");
    case Contractor:
        return tr("Contractor");
    case Deadline:
        return tr("Deadline");
    case State:
        return tr("State");
    case TimeLeft:
        return tr("Time left");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<domain::NonconformanceId> NonconformanceBoardModel::nonconformanceId(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount()) {
        return std::nullopt;
    }
    return nonconformance(index.row()).id;
}

int NonconformanceBoardModel::rowOf(domain::NonconformanceId id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& r) { return r.nc.id == id; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

int NonconformanceBoardModel::overdueCount() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.overdue; }));
}

void NonconformanceBoardModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_contractors.clear();
    if (m_session.isOpen() && m_session.site() && m_session.user().can(domain::Permission::ReadRecords)) {
        auto& inspections = m_session.workspace().inspections();
        const auto& code = m_session.site()->code;
        domain::NcFilter filter;
        if (!m_showAll) {
            filter.states = std::vector<NcState>{NcState::Open, NcState::Rectified, NcState::Verified};
        }
        if (auto ncs = inspections.nonconformances(code, filter)) {
            const auto now = m_session.clock().now();
            for (auto& nc : *ncs) {
                if (m_area && nc.area != *m_area) {
                    continue;
                }
                Row row;
                row.nc = std::move(nc);
                measure(row, now);
                m_rows.push_back(std::move(row));
            }
        } else {
            logger()->error("cannot read the nonconformances of {}: {}", code, ncs.error().describe());
        }
        if (auto contractors = inspections.contractors(code)) {
            m_contractors = std::move(*contractors);
        }
    }
    // By deadline: the open ones first (they have a deadline to keep), then the ones waiting for the
    // supervisor (rectified, verified), then the finished ones; the code breaks ties.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        if (rank(a.nc.state) != rank(b.nc.state)) {
            return rank(a.nc.state) < rank(b.nc.state);
        }
        if (a.nc.deadline != b.nc.deadline) {
            return a.nc.deadline < b.nc.deadline;
        }
        return a.nc.code < b.nc.code;
    });
    endResetModel();
    emit summaryChanged();
}

void NonconformanceBoardModel::refreshClock()
{
    if (m_rows.empty()) {
        return;
    }
    const auto now = m_session.clock().now();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        const bool overdue = row.overdue;
        const auto state = row.state;
        measure(row, now);
        if (overdue != row.overdue || state != row.state) {
            const int r = static_cast<int>(i);
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1),
                             {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole, OverdueRole, DeadlineStateRole});
        }
    }
    emit dataChanged(index(0, TimeLeft), index(rowCount() - 1, TimeLeft), {Qt::DisplayRole});
    emit summaryChanged();
}

} // namespace propdesk::gui
