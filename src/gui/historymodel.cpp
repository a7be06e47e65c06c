#include "historymodel.h"

#include "appsession.h"
#include "errortext.h"
#include "guilog.h"
#include "labels.h"
#include "qtconvert.h"

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>

namespace propdesk::gui {

HistoryModel::HistoryModel(AppSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(0);
    connect(&m_countTimer, &QTimer::timeout, this, &HistoryModel::countMatches);
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setFilter(domain::WorkOrderFilter filter)
{
    m_filter = std::move(filter);
    load(kPageSize);
}

void HistoryModel::reload()
{
    load(std::max(kPageSize, static_cast<int>(m_rows.size())));
}

void HistoryModel::load(int limit)
{
    QElapsedTimer timer;
    timer.start();
    beginResetModel();
    m_rows.clear();
    m_count.reset();
    m_error.clear();
    m_atEnd = true;
    if (m_session.isOpen()) {
        readSites();
        std::vector<domain::WorkOrderSnapshot> rows;
        if (readPage(limit, rows)) {
            m_atEnd = static_cast<int>(rows.size()) < limit;
            m_rows = std::move(rows);
        }
    }
    // Listeners of modelReset() may ask for more rows; they get them after the reset, not inside it.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    logger()->debug("history: {} rows in {} ms", m_rows.size(), timer.elapsed());
    if (m_session.isOpen() && m_error.isEmpty()) {
        m_countTimer.start();
    } else {
        m_countTimer.stop();
    }
    emit loaded();
}

void HistoryModel::countMatches()
{
    m_countTimer.stop();
    if (!m_session.isOpen()) {
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto count = m_session.workspace().workOrderLists().count(m_filter, kCountCap);
    if (count) {
        m_count = *count;
    } else {
        logger()->error("cannot count the work orders: {}", count.error().describe());
        m_error = tr("The orders could not be counted: %1").arg(gui::errorText(count.error()));
    }
    logger()->debug("history: counted in {} ms", timer.elapsed());
    emit counted();
}

bool HistoryModel::readPage(int limit, std::vector<domain::WorkOrderSnapshot>& rows)
{
    std::optional<domain::WorkOrderPageKey> after;
    if (!m_rows.empty()) {
        const auto& last = m_rows.back().header;
        after = domain::WorkOrderPageKey{last.reportedAt, last.id};
    }
    auto page = m_session.workspace().workOrderLists().find(m_filter, after, limit);
    if (!page) {
        logger()->error("cannot read the work-order history: {}", page.error().describe());
        m_error = tr("The orders could not be read: %1").arg(gui::errorText(page.error()));
        return false;
    }
    rows = std::move(*page);
    return true;
}

void HistoryModel::readSites()
{
    m_sites.clear();
    for (const auto& site : m_session.sites()) {
        auto zone = domain::TimeZone::find(site.timeZone);
        if (!zone) {
            logger()->error("site {}: unknown time zone {}; showing its times in the session's zone", site.code,
                            site.timeZone);
        }
        m_sites.emplace(site.id, SiteInfo{qs(site.code), zone ? *zone : m_session.zone()});
    }
}

const HistoryModel::SiteInfo* HistoryModel::siteInfo(domain::SiteId id) const
{
    const auto it = m_sites.find(id);
    return it == m_sites.end() ? nullptr : &it->second;
}

QString HistoryModel::countText() const
{
    if (!m_error.isEmpty()) {
        return m_error;
    }
    if (!m_count) {
        return counting() ? tr("Counting…") : QString();
    }
    if (*m_count > kCountCap) {
        return tr("%1+ orders").arg(QLocale().toString(static_cast<qlonglong>(kCountCap)));
    }
    // No plural forms: English has no catalogue to supply them, Chinese needs none.
    return *m_count == 1 ? tr("1 order") : tr("%1 orders").arg(QLocale().toString(static_cast<qlonglong>(*m_count)));
}

domain::WorkOrderId HistoryModel::orderId(int row) const
{
    return order(row).header.id;
}

const domain::WorkOrderSnapshot& HistoryModel::order(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row));
}

int HistoryModel::rowOf(domain::WorkOrderId id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const auto& o) { return o.header.id == id; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& o = m_rows[static_cast<std::size_t>(index.row())];
    const auto& h = o.header;
    if (role == WorkOrderIdRole) {
        return QVariant::fromValue(static_cast<qlonglong>(h.id.value));
    }
    if (role == Qt::ToolTipRole && index.column() == Description && !h.description.empty()) {
        return qs(h.description);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const SiteInfo* site = siteInfo(h.siteId);
    switch (static_cast<Column>(index.column())) {
    case Code:
        return qs(h.code);
    case Site:
        return site ? site->code : QString::number(h.siteId.value);
    case Reported:
        return formatInstant(h.reportedAt, site ? site->zone : m_session.zone());
    case Status:
        return statusLabel(o.timeline.status());
    case Urgency:
        return urgencyLabel(h.urgency);
    case Category:
        return categoryLabel(h.category);
    case Location:
        return qs(h.location);
    case Reporter:
        return qs(h.reporter);
    case Phone:
        return qs(h.phone);
    case Technician:
        return qs(h.technician);
    case Description:
        // One line in the table; the tooltip and the detail pane show it whole.
        return qs(h.description).simplified();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Code:
        return tr("Order");
    case Site:
        return tr("Site");
    case Reported:
        return tr("Reported");
    case Status:
        return tr("Status");
    case Urgency:
        return tr("Urgency");
    case Category:
        return tr("Category");
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

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || !m_session.isOpen()) {
        return;
    }
    QElapsedTimer timer;
    timer.start();
    std::vector<domain::WorkOrderSnapshot> rows;
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
    logger()->debug("history: {} more rows in {} ms", rows.size(), timer.elapsed());
}

} // namespace propdesk::gui
