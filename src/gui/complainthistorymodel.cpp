#include "complainthistorymodel.h"

#include "appsession.h"
#include "complaintlabels.h"
#include "errortext.h"
#include "guilog.h"
#include "qtconvert.h"

#include <QLocale>

#include <algorithm>

namespace propdesk::gui {

ComplaintHistoryModel::ComplaintHistoryModel(AppSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(0);
    connect(&m_countTimer, &QTimer::timeout, this, &ComplaintHistoryModel::countMatches);
}

ComplaintHistoryModel::~ComplaintHistoryModel() = default;

void ComplaintHistoryModel::setFilter(domain::ComplaintFilter filter)
{
    m_filter = std::move(filter);
    load(kPageSize);
}

void ComplaintHistoryModel::reload()
{
    load(std::max(kPageSize, static_cast<int>(m_rows.size())));
}

void ComplaintHistoryModel::load(int limit)
{
    beginResetModel();
    m_rows.clear();
    m_count.reset();
    m_error.clear();
    m_atEnd = true;
    if (m_session.isOpen()) {
        std::vector<domain::ComplaintSnapshot> rows;
        if (readPage(limit, rows)) {
            m_atEnd = static_cast<int>(rows.size()) < limit;
            m_rows = std::move(rows);
        }
    }
    // Listeners of modelReset() may ask for more rows; they get them after the reset, not inside it.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    if (m_session.isOpen() && m_error.isEmpty()) {
        m_countTimer.start();
    } else {
        m_countTimer.stop();
    }
    emit loaded();
}

void ComplaintHistoryModel::countMatches()
{
    m_countTimer.stop();
    if (!m_session.isOpen()) {
        return;
    }
    auto count = m_session.workspace().complaintLists().count(m_filter, kCountCap);
    if (count) {
        m_count = *count;
    } else {
        logger()->error("cannot count the complaints: {}", count.error().describe());
        m_error = tr("The complaints could not be counted: %1").arg(gui::errorText(count.error()));
    }
    emit counted();
}

bool ComplaintHistoryModel::readPage(int limit, std::vector<domain::ComplaintSnapshot>& rows)
{
    std::optional<domain::ComplaintPageKey> after;
    if (!m_rows.empty()) {
        const auto& last = m_rows.back().header;
        after = domain::ComplaintPageKey{last.receivedAt, last.id};
    }
    auto page = m_session.workspace().complaintLists().find(m_filter, after, limit);
    if (!page) {
        logger()->error("cannot read the complaint history: {}", page.error().describe());
        m_error = tr("The complaints could not be read: %1").arg(gui::errorText(page.error()));
        return false;
    }
    rows = std::move(*page);
    return true;
}

QString ComplaintHistoryModel::countText() const
{
    if (!m_error.isEmpty()) {
        return m_error;
    }
    if (!m_count) {
        return counting() ? tr("Counting…") : QString();
    }
    if (*m_count > kCountCap) {
        return tr("%1+ complaints").arg(QLocale().toString(static_cast<qlonglong>(kCountCap)));
    }
    // No plural forms: English has no catalogue to supply them, Chinese needs none.
    return *m_count == 1 ? tr("1 complaint")
                         : tr("%1 complaints").arg(QLocale().toString(static_cast<qlonglong>(*m_count)));
}

domain::ComplaintId ComplaintHistoryModel::complaintId(int row) const
{
    return complaint(row).header.id;
}

const domain::ComplaintSnapshot& ComplaintHistoryModel::complaint(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row));
}

int ComplaintHistoryModel::rowOf(domain::ComplaintId id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const auto& c) { return c.header.id == id; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

int ComplaintHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComplaintHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& c = m_rows[static_cast<std::size_t>(index.row())];
    const auto& h = c.header;
    const auto& t = c.timeline;
    if (role == ComplaintIdRole) {
        return QVariant::fromValue(static_cast<qlonglong>(h.id.value));
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Description && !h.description.empty()) {
            return qs(h.description);
        }
        if (index.column() == Verdict && !t.verdictReason.empty()) {
            return qs(t.verdictReason);
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Code:
        return qs(h.code);
    case Received:
        return formatInstant(h.receivedAt, m_session.zone());
    case Status:
        return complaintStatusLabel(t.status());
    case Channel:
        return channelLabel(h.channel);
    case Category:
        return complaintCategoryLabel(h.category);
    case Resident:
        return qs(h.resident);
    case Phone:
        return qs(h.phone);
    case Location:
        return qs(h.location);
    case Department:
        return t.department ? departmentLabel(*t.department) : QString();
    case Verdict:
        if (!t.valid) {
            return QString();
        }
        return *t.valid ? tr("Valid") : tr("Invalid");
    case FirstResponder:
        return qs(h.firstResponder);
    case Description:
        // One line in the table; the tooltip and the detail pane show it whole.
        return qs(h.description).simplified();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComplaintHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Code:
        return tr("Complaint");
    case Received:
        return tr("Received");
    case Status:
        return tr("Status");
    case Channel:
        return tr("Channel");
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
    case Verdict:
        return tr("Verdict");
    case FirstResponder:
        return tr("First responder");
    case Description:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return {};
}

bool ComplaintHistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting;
}

void ComplaintHistoryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || !m_session.isOpen()) {
        return;
    }
    std::vector<domain::ComplaintSnapshot> rows;
    if (!readPage(kPageSize, rows)) {
        m_atEnd = true;
        emit loaded();
        return;
    }
    m_atEnd = static_cast<int>(rows.size()) < kPageSize;
    if (rows.empty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    endInsertRows();
}

} // namespace propdesk::gui
