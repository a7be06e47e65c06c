#include "usermodel.h"

#include "appsession.h"
#include "errortext.h"
#include "guilog.h"
#include "labels.h"
#include "qtconvert.h"

#include <QApplication>
#include <QPalette>

#include <algorithm>

namespace propdesk::gui {

UserModel::UserModel(AppSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &AppSession::workspaceChanged, this, &UserModel::reload);
    connect(&m_session, &AppSession::sitesChanged, this, &UserModel::reload);
    reload();
}

UserModel::~UserModel() = default;

void UserModel::reload()
{
    beginResetModel();
    m_accounts.clear();
    m_sites.clear();
    m_error.clear();
    if (m_session.isOpen() && m_session.user().can(domain::Permission::ManageUsers)) {
        auto& workspace = m_session.workspace();
        if (auto accounts = workspace.users().list()) {
            m_accounts = std::move(*accounts);
        } else {
            logger()->error("cannot read the user accounts: {}", accounts.error().describe());
            m_error = errorText(accounts.error());
        }
        if (auto sites = workspace.sites().list()) {
            m_sites = std::move(*sites);
        } else {
            logger()->error("cannot read the sites for the user accounts: {}", sites.error().describe());
            m_error = errorText(sites.error());
        }
    }
    endResetModel();
}

int UserModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int UserModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const domain::UserAccount& UserModel::account(int row) const
{
    return m_accounts.at(static_cast<std::size_t>(row));
}

int UserModel::rowOf(domain::UserId id) const
{
    const auto it = std::find_if(m_accounts.begin(), m_accounts.end(),
                                 [&](const domain::UserAccount& account) { return account.id == id; });
    return it == m_accounts.end() ? -1 : static_cast<int>(it - m_accounts.begin());
}

std::vector<std::string> UserModel::siteCodes(const domain::UserAccount& account) const
{
    std::vector<std::string> codes;
    for (const auto& site : m_sites) {
        if (std::find(account.sites.begin(), account.sites.end(), site.id) != account.sites.end()) {
            codes.push_back(site.code);
        }
    }
    return codes;
}

QString UserModel::sitesText(const domain::UserAccount& account) const
{
    if (account.role == domain::Role::Admin) {
        return tr("(accounts and backups)");
    }
    QStringList codes;
    for (const auto& code : siteCodes(account)) {
        codes << qs(code);
    }
    return codes.isEmpty() ? tr("none") : codes.join(QStringLiteral(", "));
}

QVariant UserModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& account = m_accounts[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Name:
            return qs(account.name);
        case DisplayName:
            return qs(account.displayName);
        case Role:
            return roleLabel(account.role);
        case Sites:
            return sitesText(account);
        case Active:
            return account.active ? tr("Yes") : tr("No, deactivated");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole && column == Sites) {
        QStringList names;
        for (const auto& site : m_sites) {
            if (std::find(account.sites.begin(), account.sites.end(), site.id) != account.sites.end()) {
                names << tr("%1 (%2)").arg(qs(site.name), qs(site.code));
            }
        }
        return names.join(QLatin1Char('\n'));
    } else if (role == Qt::ForegroundRole && !account.active) {
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    return {};
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Sign-in name");
    case DisplayName:
        return tr("Display name");
    case Role:
        return tr("Role");
    case Sites:
        return tr("Sites");
    case Active:
        return tr("Active");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace propdesk::gui
