#pragma once

#include "domain/user.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Ui {
class UserDialog;
}

namespace propdesk::gui {

class AppSession;
class FieldErrors;

// Adds an account (sign-in name, display name, role, sites, the first password twice) or edits one (display
// name, role, sites, active; the name stays, the password has its own dialog). OK goes through
// UserService; a refusal, such as demoting the last administrator, keeps the dialog open with the reason.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    // Adds an account.
    explicit UserDialog(AppSession& session, QWidget* parent = nullptr);
    // Edits `account`, which works at `siteCodes`.
    UserDialog(AppSession& session, const domain::UserAccount& account, const std::vector<std::string>& siteCodes,
               QWidget* parent = nullptr);
    ~UserDialog() override;

    // The account as the service stored it, after OK.
    const std::optional<domain::UserAccount>& result() const { return m_result; }

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    void setUp(const std::vector<std::string>& checkedSites);
    void roleChosen();
    domain::Role role() const;
    std::vector<std::string> checkedSites() const;
    void focusField(const std::string& field);

    AppSession& m_session;
    std::optional<domain::UserAccount> m_account; // the one edited; none when adding
    std::unique_ptr<Ui::UserDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    std::optional<domain::UserAccount> m_result;
};

} // namespace propdesk::gui
