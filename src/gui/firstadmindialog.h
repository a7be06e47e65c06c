#pragma once

#include "domain/user.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class FirstAdminDialog;
}

namespace propdesk::services {
class Workspace;
}

namespace propdesk::gui {

class FieldErrors;

// A database without accounts asks for its first administrator before anything else: sign-in name, display
// name and the password twice. OK creates the account (UserService::createFirstAdmin) and signs it in; a
// refusal stays in the dialog next to the field it names.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdminDialog(services::Workspace& workspace, QWidget* parent = nullptr);
    ~FirstAdminDialog() override;

    void setCancelText(const QString& text);
    // The administrator, signed in, after the dialog was accepted.
    const std::optional<domain::User>& user() const { return m_user; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    services::Workspace& m_workspace;
    std::unique_ptr<Ui::FirstAdminDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::User> m_user;
};

} // namespace propdesk::gui
