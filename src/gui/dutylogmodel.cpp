#include "dutylogmodel.h"

#include "appsession.h"
#include "errortext.h"
#include "qtconvert.h"
#include "securitylabels.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace propdesk::gui {

namespace {

const QString kNone = QStringLiteral("—");

bool comesAndGoes(const domain::DutyEntry& e)
{
    return e.kind != domain::DutyEntryKind::Incident;
}

} // namespace

DutyLogModel::DutyLogModel(AppSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(session) {}

DutyLogModel::~DutyLogModel() = default;

void DutyLogModel::setFilter(domain::Date first, domain::Date last, std::optional<domain::DutyEntryKind> kind)
{
    m_first = first;
    m_last = last;
    m_kind = kind;
    reload();
}

void DutyLogModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    const auto& site = m_session.site();
    if (m_session.isOpen() && site) {
        if (auto entries = m_session.workspace().security().dutyLog(site->code, m_first, m_last, m_kind)) {
            m_entries = std::move(*entries);
            std::stable_sort(m_entries.begin(), m_entries.end(),
                             [](const auto& a, const auto& b) { return a.at < b.at; });
        } else {
            m_error = errorText(entries.error());
        }
    }
    endResetModel();
    emit reloaded();
}

const domain::DutyEntry& DutyLogModel::entry(int row) const
{
    return m_entries.at(static_cast<std::size_t>(row));
}

int DutyLogModel::rowOf(domain::DutyEntryId id) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const auto& e) { return e.id == id; });
    return it == m_entries.end() ? -1 : static_cast<int>(it - m_entries.begin());
}

int DutyLogModel::stillInside() const
{
    return static_cast<int>(
        std::count_if(m_entries.begin(), m_entries.end(), [](const auto& e) { return comesAndGoes(e) && !e.leftAt; }));
}

int DutyLogModel::unhandled() const
{
    return static_cast<int>(std::count_if(m_entries.begin(), m_entries.end(),
                                          [](const auto& e) { return !comesAndGoes(e) && !e.handledAt; }));
}

int DutyLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int DutyLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DutyLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& e = entry(index.row());
    const auto zone = m_session.zone();
    const auto column = static_cast<Column>(index.column());
    const bool open = comesAndGoes(e) ? !e.leftAt : !e.handledAt;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Kind:
            if (e.kind == domain::DutyEntryKind::Incident && e.incident) {
                return QStringLiteral("%1 · %2").arg(dutyEntryKindLabel(e.kind), incidentTypeLabel(*e.incident));
            }
            return dutyEntryKindLabel(e.kind);
        case At:
            return formatInstant(e.at, zone);
        case Out:
            if (comesAndGoes(e)) {
                return e.leftAt ? formatInstant(*e.leftAt, zone) : tr("still inside");
            }
            return e.handledAt ? formatInstant(*e.handledAt, zone) : tr("not handled");
        case Subject:
            return qs(e.subject);
        case Detail:
            return e.detail.empty() ? kNone : qs(e.detail);
        case Location:
            return e.location.empty() ? kNone : qs(e.location);
        case Handling:
            return e.handling.empty() ? kNone : qs(e.handling);
        case Outcome:
            return e.outcome.empty() ? kNone : qs(e.outcome);
        case RecordedBy:
            return qs(e.recordedBy);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::BackgroundRole:
        if (column == Out && open) {
            return QBrush(comesAndGoes(e) ? QColor(0xff, 0xe9, 0xb8) : QColor(0xf8, 0xd7, 0xd7));
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Out && open) {
            return QBrush(Qt::black);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Detail || column == Handling || column == Outcome) {
            return data(index, Qt::DisplayRole);
        }
        return {};
    default:
        return {};
    }
}

QVariant DutyLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Kind:
        return tr("Kind");
    case At:
        return tr("In / happened");
    case Out:
        return tr("Out / handled");
    case Subject:
        return tr("Visitor, plate or incident");
    case Detail:
        return tr("Details");
    case Location:
        return tr("Where");
    case Handling:
        return tr("Handling");
    case Outcome:
        return tr("Outcome");
    case RecordedBy:
        return tr("Recorded by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace propdesk::gui
