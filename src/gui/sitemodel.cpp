#include "sitemodel.h"

#include "appsession.h"
#include "domain/timezone.h"
#include "labels.h"
#include "qtconvert.h"

namespace propdesk::gui {

SiteModel::SiteModel(AppSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &AppSession::sitesChanged, this, &SiteModel::reload);
    reload();
}

SiteModel::~SiteModel() = default;

int SiteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sites.size());
}

int SiteModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const domain::Site& s = m_sites[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(index.column())) {
        case Code:
            return qs(s.code);
        case Name:
            return qs(s.name);
        case TimeZone:
            return qs(s.timeZone);
        case Calendar:
            return calendarLabel(s.calendar);
        case WorkingHours:
            return QStringLiteral("%1–%2").arg(qs(domain::formatClockTime(s.workStart)),
                                               qs(domain::formatClockTime(s.workEnd)));
        case ColumnCount:
            break;
        }
    }
    return {};
}

QVariant SiteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case TimeZone:
        return tr("Time zone");
    case Calendar:
        return tr("Working calendar");
    case WorkingHours:
        return tr("Working hours");
    case ColumnCount:
        break;
    }
    return {};
}

const domain::Site& SiteModel::site(int row) const
{
    return m_sites.at(static_cast<std::size_t>(row));
}

void SiteModel::reload()
{
    beginResetModel();
    m_sites = m_session.sites();
    endResetModel();
}

} // namespace propdesk::gui
