#pragma once

#include "domain/time.h"
#include "domain/user.h"

#include <QDialog>
#include <QTimer>

#include <memory>
#include <optional>
#include <string>

namespace Ui {
class SignInDialog;
}

namespace propdesk::services {
class Workspace;
}

namespace propdesk::gui {

// Signing in to a database: name and password under the plain "PropDesk" header (no site yet: the user's
// sites follow from the account). Enter signs in. A refusal is shown under the password; after repeated
// failures the service makes the name wait, and the dialog counts down until the next try with the sign-in
// button disabled. On the demo database a table of the demo accounts fills the fields when clicked.
// Accepted once UserService::signIn has made the account the workspace's user.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(services::Workspace& workspace, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // Lets in only a user with `permission` (restoring a backup at start needs an administrator): anybody
    // else is signed out again and `refusal` is shown.
    void requirePermission(domain::Permission permission, const QString& refusal);
    // The text of the button that gives up, e.g. "Quit PropDesk" where giving up ends the app.
    void setCancelText(const QString& text);
    void setIntro(const QString& text);

    // Who signed in, after the dialog was accepted.
    const std::optional<domain::User>& user() const { return m_user; }
    // Whether the sign-in button waits for the service's delay to pass.
    bool isCountingDown() const { return m_countdown.isActive(); }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    void fillDemoAccount(int row);
    void showError(const QString& text);
    void clearError();
    void startCountdown(domain::Seconds delay);
    void tick();

    services::Workspace& m_workspace;
    std::unique_ptr<Ui::SignInDialog> m_ui;
    QTimer m_countdown;
    domain::Instant m_retryAt;
    QString m_countdownReason;
    std::optional<domain::Permission> m_required;
    QString m_refusal;
    std::optional<domain::User> m_user;
};

} // namespace propdesk::gui
