#include "firstadmindialog.h"

#include "dialogfit.h"
#include "errortext.h"
#include "fielderrors.h"
#include "qtconvert.h"
#include "services/workspace.h"
#include "ui_firstadmindialog.h"

#include <QEvent>
#include <QFileInfo>
#include <QPushButton>

namespace propdesk::gui {

FirstAdminDialog::FirstAdminDialog(services::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::FirstAdminDialog>())
{
    m_ui->setupUi(this);
    setMinimumWidth(500);
    m_errors = std::make_unique<FieldErrors>(m_ui->formError);
    m_errors->add({"name"}, m_ui->nameError);
    m_errors->add({"display_name"}, m_ui->displayNameError);
    m_errors->add({"password"}, m_ui->passwordError);
    m_errors->add({"repeat"}, m_ui->repeatError);

    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.6);
    m_ui->titleLabel->setFont(title);
    m_ui->introLabel->setText(
        tr("%1 has no user accounts yet. Create the administrator's account first: the administrator adds the "
           "other users, gives them their roles and sites, and looks after the backups.")
            .arg(QFileInfo(fromPath(m_workspace.path())).fileName()));
    m_ui->introLabel->setToolTip(fromPath(m_workspace.path()));
    m_ui->passwordHint->setText(tr("At least %n characters. Keep it safe: only another administrator can reset it.",
                                   nullptr, static_cast<int>(services::UserService::kMinPasswordLength)));
    m_ui->passwordHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    // The whole width of the field column, not a narrow column of a few words per line.
    m_ui->passwordHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->passwordHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Create and sign in"));
    ok->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { m_errors->clear(m_ui->nameError); });
    connect(m_ui->displayNameEdit, &QLineEdit::textEdited, this, [this] { m_errors->clear(m_ui->displayNameError); });
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, [this] { m_errors->clear(m_ui->passwordError); });
    connect(m_ui->repeatEdit, &QLineEdit::textEdited, this, [this] { m_errors->clear(m_ui->repeatError); });
    m_ui->nameEdit->setFocus();
}

FirstAdminDialog::~FirstAdminDialog() = default;

void FirstAdminDialog::setCancelText(const QString& text)
{
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(text);
}

void FirstAdminDialog::accept()
{
    m_errors->clear();
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
        m_errors->show(m_ui->repeatError, tr("The two passwords differ."));
        m_ui->repeatEdit->clear();
        m_ui->repeatEdit->setFocus();
        return;
    }
    services::NewUser admin;
    admin.name = utf8(m_ui->nameEdit->text().trimmed());
    admin.displayName = utf8(m_ui->displayNameEdit->text().trimmed());
    admin.role = domain::Role::Admin;
    admin.password = utf8(m_ui->passwordEdit->text());
    auto created = m_workspace.users().createFirstAdmin(admin);
    if (!created) {
        m_errors->show(created.error());
        const auto& field = created.error().field;
        (field == "display_name" ? m_ui->displayNameEdit
         : field == "password"   ? m_ui->passwordEdit
                                 : m_ui->nameEdit)
            ->setFocus();
        return;
    }
    auto signedIn = m_workspace.users().signIn(created->name, admin.password);
    if (!signedIn) {
        m_errors->show(m_ui->formError, errorText(signedIn.error()));
        return;
    }
    m_user = *signedIn;
    QDialog::accept();
}

bool FirstAdminDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

} // namespace propdesk::gui
