#pragma once

#include "domain/ids.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class PasswordDialog;
}

namespace propdesk::services {
class Workspace;
}

namespace propdesk::gui {

class FieldErrors;

// A new password, typed twice. ChangeOwn: the signed-in user's own, after the current one
// (UserService::changeOwnPassword). Reset: an administrator sets another account's (resetPassword), for
// someone who forgot theirs. A refusal stays in the dialog next to the field it names.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        ChangeOwn,
        Reset,
    };

    // For Reset, `account` and `name` say whose password it is.
    PasswordDialog(services::Workspace& workspace, Mode mode, QWidget* parent = nullptr,
                   std::optional<domain::UserId> account = std::nullopt, const QString& name = {});
    ~PasswordDialog() override;

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    services::Workspace& m_workspace;
    Mode m_mode;
    std::optional<domain::UserId> m_account;
    std::unique_ptr<Ui::PasswordDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace propdesk::gui
