#pragma once

#include "domain/ids.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class UsersPage;
}

namespace propdesk::gui {

class AppSession;
class UserModel;

// Settings ▸ Users, for administrators: every account with its role, sites and whether it is active, and
// buttons to add one, edit the selected one (double-click does too) and reset its password. The dialogs
// open window-modal without blocking.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(AppSession& session, QWidget* parent = nullptr);
    ~UsersPage() override;

    UserModel* model() const { return m_model; }
    std::optional<domain::UserId> currentAccount() const;
    void selectAccount(domain::UserId id);

    void addUser();
    void editUser();
    void resetPassword();

private:
    void updateButtons();

    AppSession& m_session;
    std::unique_ptr<Ui::UsersPage> m_ui;
    UserModel* m_model = nullptr;
};

} // namespace propdesk::gui
