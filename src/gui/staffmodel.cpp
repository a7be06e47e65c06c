#include "staffmodel.h"

#include "appsession.h"
#include "errortext.h"
#include "guilog.h"
#include "qtconvert.h"

#include <QGuiApplication>
#include <QPalette>

namespace propdesk::gui {

StaffModel::StaffModel(AppSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &AppSession::siteChanged, this, &StaffModel::reload);
    connect(&m_session, &AppSession::workspaceChanged, this, &StaffModel::reload);
    reload();
}

StaffModel::~StaffModel() = default;

int StaffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int StaffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const domain::StaffMember& m = m_members[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case Name:
            return qs(m.name);
        case Phone:
            return qs(m.phone);
        case Trade:
            return qs(m.trade);
        case Active:
        case ColumnCount:
            break;
        }
        break;
    case Qt::CheckStateRole:
        if (column == Active) {
            return m.active ? Qt::Checked : Qt::Unchecked;
        }
        break;
    case Qt::ForegroundRole:
        if (!m.active) {
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        }
        break;
    case Qt::ToolTipRole:
        if (!m.active) {
            return tr("%1 no longer takes orders; the history keeps the name.").arg(qs(m.name));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant StaffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Trade:
        return tr("Trade");
    case Active:
        return tr("Active");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags StaffModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // Read-only for a role that may not change the staff list.
    if (!m_session.user().can(domain::Permission::ManageStaff)) {
        return flags;
    }
    return index.column() == Active ? flags | Qt::ItemIsUserCheckable : flags | Qt::ItemIsEditable;
}

bool StaffModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !m_session.isOpen()) {
        return false;
    }
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    domain::StaffMember edited = m_members[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::CheckStateRole && column == Active) {
        edited.active = value.value<Qt::CheckState>() == Qt::Checked;
    } else if (role == Qt::EditRole && column == Name) {
        edited.name = utf8(value.toString());
    } else if (role == Qt::EditRole && column == Phone) {
        edited.phone = utf8(value.toString());
    } else if (role == Qt::EditRole && column == Trade) {
        edited.trade = utf8(value.toString());
    } else {
        return false;
    }
    auto stored = m_session.workspace().staff().update(edited);
    if (!stored) {
        emit refused(errorText(stored.error()));
        return false;
    }
    // The row stays where it is until the list is read again, so that the edited row does not jump away.
    m_members[static_cast<std::size_t>(index.row())] = std::move(*stored);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    m_session.notifyStaffChanged();
    return true;
}

domain::Result<void> StaffModel::add(const QString& name, const QString& phone, const QString& trade)
{
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site) {
        return domain::fail(domain::ErrorCode::InvalidInput, "choose a site first", "site");
    }
    domain::StaffMember member;
    member.name = utf8(name);
    member.phone = utf8(phone);
    member.trade = utf8(trade);
    auto added = m_session.workspace().staff().add(site->code, std::move(member));
    if (!added) {
        return std::unexpected(added.error());
    }
    reload();
    m_session.notifyStaffChanged();
    return {};
}

const domain::StaffMember& StaffModel::member(int row) const
{
    return m_members.at(static_cast<std::size_t>(row));
}

void StaffModel::reload()
{
    beginResetModel();
    m_members.clear();
    // An administrator works at no site: no staff to read (the service would refuse).
    if (m_session.isOpen() && m_session.site() && m_session.user().can(domain::Permission::ReadRecords)) {
        if (auto list = m_session.workspace().staff().list(m_session.site()->code)) {
            m_members = std::move(*list);
        } else {
            logger()->error("cannot read the staff of {}: {}", m_session.site()->code, list.error().describe());
        }
    }
    endResetModel();
}

} // namespace propdesk::gui
