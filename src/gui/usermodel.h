#pragma once

#include "domain/error.h"
#include "domain/site.h"
#include "domain/user.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace propdesk::gui {

class AppSession;

// The accounts of the open database, read-only, one row each (sign-in name order, as the service lists
// them); an inactive account's row is greyed. Reads them again when the database or the user changes, and
// when reload() is called after a change. Only an administrator may list them: for anybody else the table
// stays empty and error() says why.
class UserModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        DisplayName,
        Role,
        Sites,
        Active,
        ColumnCount
    };

    explicit UserModel(AppSession& session, QObject* parent = nullptr);
    ~UserModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const domain::UserAccount& account(int row) const;
    // The row of the account with this id, or -1.
    int rowOf(domain::UserId id) const;
    // The site codes of an account, in the order of the database's sites.
    std::vector<std::string> siteCodes(const domain::UserAccount& account) const;
    // Why the last reload failed; empty when it did not.
    const QString& error() const { return m_error; }

    void reload();

private:
    QString sitesText(const domain::UserAccount& account) const;

    AppSession& m_session;
    std::vector<domain::UserAccount> m_accounts;
    std::vector<domain::Site> m_sites;
    QString m_error;
};

} // namespace propdesk::gui
