#include "passworddialog.h"

#include "dialogfit.h"
#include "fielderrors.h"
#include "qtconvert.h"
#include "services/workspace.h"
#include "ui_passworddialog.h"

#include <QEvent>
#include <QPushButton>

namespace propdesk::gui {

PasswordDialog::PasswordDialog(services::Workspace& workspace, Mode mode, QWidget* parent,
                               std::optional<domain::UserId> account, const QString& name)
    : QDialog(parent), m_workspace(workspace), m_mode(mode), m_account(account),
      m_ui(std::make_unique<Ui::PasswordDialog>())
{
    m_ui->setupUi(this);
    setMinimumWidth(460);
    m_errors = std::make_unique<FieldErrors>(m_ui->formError);
    m_errors->add({"current_password"}, m_ui->currentError);
    m_errors->add({"password"}, m_ui->passwordError);
    m_errors->add({"repeat"}, m_ui->repeatError);

    const bool own = mode == Mode::ChangeOwn;
    m_ui->currentLabel->setVisible(own);
    m_ui->currentEdit->setVisible(own);
    if (own) {
        setWindowTitle(tr("Change my password"));
        m_ui->introLabel->setText(tr("Your new password applies from your next sign-in, on every computer."));
    } else {
        setWindowTitle(tr("Reset password – %1").arg(name));
        m_ui->introLabel->setText(tr("A new password for %1, who forgot theirs. Tell it to them in person; they "
                                     "can change it under File ▸ Change my password.")
                                      .arg(name));
    }
    m_ui->passwordHint->setText(
        tr("At least %n characters.", nullptr, static_cast<int>(services::UserService::kMinPasswordLength)));
    m_ui->passwordHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    // The whole width of the field column, not a narrow column of a few words per line.
    m_ui->passwordHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->passwordHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(own ? tr("Change password") : tr("Reset password"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    connect(m_ui->currentEdit, &QLineEdit::textEdited, this, [this] { m_errors->clear(m_ui->currentError); });
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, [this] { m_errors->clear(m_ui->passwordError); });
    connect(m_ui->repeatEdit, &QLineEdit::textEdited, this, [this] { m_errors->clear(m_ui->repeatError); });
    (own ? m_ui->currentEdit : m_ui->passwordEdit)->setFocus();
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::accept()
{
    m_errors->clear();
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
        m_errors->show(m_ui->repeatError, tr("The two passwords differ."));
        m_ui->repeatEdit->clear();
        m_ui->repeatEdit->setFocus();
        return;
    }
    const std::string password = utf8(m_ui->passwordEdit->text());
    const auto done = m_mode == Mode::ChangeOwn
                          ? m_workspace.users().changeOwnPassword(utf8(m_ui->currentEdit->text()), password)
                          : m_workspace.users().resetPassword(m_account.value_or(domain::UserId{}), password);
    if (!done) {
        m_errors->show(done.error());
        (done.error().field == "current_password" ? m_ui->currentEdit : m_ui->passwordEdit)->setFocus();
        return;
    }
    QDialog::accept();
}

bool PasswordDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

} // namespace propdesk::gui
