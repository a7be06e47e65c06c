#include "auditmodel.h"

#include "appsession.h"
#include "auditlabels.h"
#include "errortext.h"
#include "guilog.h"
#include "qtconvert.h"

#include <QBrush>
#include <QColor>
#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>

namespace propdesk::gui {

AuditModel::AuditModel(AppSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(session) {}

AuditModel::~AuditModel() = default;

void AuditModel::setFilter(domain::AuditFilter filter)
{
    m_filter = std::move(filter);
    m_record.reset();
    m_active = true;
    load(m_pageSize);
}

void AuditModel::showRecord(domain::SiteId site, std::string entity, std::string record)
{
    m_record = RecordKey{site, std::move(entity), std::move(record)};
    m_active = true;
    load(0);
}

void AuditModel::clear()
{
    m_active = false;
    m_record.reset();
    load(0);
}

void AuditModel::reload()
{
    load(std::max(m_pageSize, static_cast<int>(m_rows.size())));
}

void AuditModel::load(int limit)
{
    QElapsedTimer timer;
    timer.start();
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_atEnd = true;
    if (m_active && m_session.isOpen()) {
        readSites();
        std::vector<domain::AuditEntry> rows;
        if (m_record) {
            if (readRecord(rows)) {
                m_rows = std::move(rows);
            }
        } else if (readPage(limit, rows)) {
            m_atEnd = static_cast<int>(rows.size()) < limit;
            m_rows = std::move(rows);
        }
    }
    // Listeners of modelReset() may ask for more rows; they get them after the reset, not inside it.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    logger()->debug("audit: {} rows in {} ms", m_rows.size(), timer.elapsed());
    emit loaded();
}

bool AuditModel::readPage(int limit, std::vector<domain::AuditEntry>& rows)
{
    domain::AuditFilter filter = m_filter;
    filter.beforeId = m_rows.empty() ? std::nullopt : std::optional<std::int64_t>(m_rows.back().id);
    filter.limit = static_cast<std::size_t>(std::max(limit, 1));
    auto page = m_session.workspace().audit().find(filter);
    if (!page) {
        logger()->error("cannot read the audit trail: {}", page.error().describe());
        m_error = tr("The audit trail could not be read: %1").arg(gui::errorText(page.error()));
        return false;
    }
    rows = std::move(*page);
    return true;
}

bool AuditModel::readRecord(std::vector<domain::AuditEntry>& rows)
{
    auto entries = m_session.workspace().audit().forRecord(m_record->site, m_record->entity, m_record->record);
    if (!entries) {
        logger()->error("cannot read the audit entries of {} {}: {}", m_record->entity, m_record->record,
                        entries.error().describe());
        m_error = tr("The changes could not be read: %1").arg(gui::errorText(entries.error()));
        return false;
    }
    rows = std::move(*entries);
    return true;
}

void AuditModel::readSites()
{
    m_sites.clear();
    for (const auto& site : m_session.sites()) {
        auto zone = domain::TimeZone::find(site.timeZone);
        m_sites.emplace(site.id, SiteInfo{qs(site.code), zone ? *zone : m_session.zone()});
    }
}

const AuditModel::SiteInfo* AuditModel::siteInfo(const std::optional<domain::SiteId>& id) const
{
    if (!id) {
        return nullptr;
    }
    const auto it = m_sites.find(*id);
    return it == m_sites.end() ? nullptr : &it->second;
}

domain::TimeZone AuditModel::zoneOf(const domain::AuditEntry& entry) const
{
    const SiteInfo* site = siteInfo(entry.site);
    return site ? site->zone : m_session.zone();
}

QString AuditModel::statusText() const
{
    if (!m_error.isEmpty()) {
        return m_error;
    }
    const QString count = QLocale().toString(static_cast<qlonglong>(m_rows.size()));
    if (!m_atEnd) {
        return tr("%1 entries so far: scroll down for older ones").arg(count);
    }
    // No plural forms: English has no catalogue to supply them, Chinese needs none.
    return m_rows.size() == 1 ? tr("1 entry") : tr("%1 entries").arg(count);
}

const domain::AuditEntry& AuditModel::entry(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row));
}

int AuditModel::rowOf(std::int64_t id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const auto& e) { return e.id == id; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& e = m_rows[static_cast<std::size_t>(index.row())];
    if (role == EntryIdRole) {
        return QVariant::fromValue(static_cast<qlonglong>(e.id));
    }
    if (role == Qt::ToolTipRole && index.column() == Summary && !e.summary.empty()) {
        return auditSummaryText(e.summary);
    }
    if (role == Qt::ForegroundRole && e.action == domain::AuditAction::SignInFailed) {
        // A failed sign-in stands out in a list of routine work.
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const SiteInfo* site = siteInfo(e.site);
    switch (static_cast<Column>(index.column())) {
    case Time:
        return formatAuditTime(e.at, site ? site->zone : m_session.zone());
    case User:
        return qs(e.user);
    case Site:
        if (!e.site) {
            return QString();
        }
        return site ? site->code : QString::number(e.site->value);
    case Entity:
        return auditEntityLabel(e.entity);
    case Record:
        return qs(e.record);
    case Action:
        return auditActionLabel(e.action);
    case Summary:
        return auditSummaryText(e.summary).simplified();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Site:
        return tr("Site");
    case Entity:
        return tr("Record type");
    case Record:
        return tr("Record");
    case Action:
        return tr("Action");
    case Summary:
        return tr("Summary");
    case ColumnCount:
        break;
    }
    return {};
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting && !m_fetching && !m_record;
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || !m_session.isOpen()) {
        return;
    }
    std::vector<domain::AuditEntry> rows;
    if (!readPage(m_pageSize, rows)) {
        m_atEnd = true;
        emit loaded();
        return;
    }
    m_atEnd = static_cast<int>(rows.size()) < m_pageSize;
    if (!rows.empty()) {
        // A listener of the insertion that asks for more (QAbstractItemModelTester does) would read the same page
        // again: the next one comes after this one is in.
        m_fetching = true;
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
        endInsertRows();
        m_fetching = false;
    }
    // The status line says whether there is more.
    emit loaded();
}

} // namespace propdesk::gui
