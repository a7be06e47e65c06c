#include "userdialog.h"

#include "appsession.h"
#include "dialogfit.h"
#include "errortext.h"
#include "fielderrors.h"
#include "guilog.h"
#include "labels.h"
#include "qtconvert.h"
#include "ui_userdialog.h"

#include <QEvent>
#include <QPushButton>

#include <algorithm>

namespace propdesk::gui {

namespace {

constexpr int kCodeRole = Qt::UserRole;

QString roleHint(domain::Role role)
{
    using domain::Role;
    switch (role) {
    case Role::FrontDesk:
        return UserDialog::tr("Logs calls and records arrivals, holds, completions and revisits at their sites.");
    case Role::Supervisor:
        return UserDialog::tr("Like the front desk, and dispatches and cancels orders, imports and exports them and "
                              "keeps the staff list.");
    case Role::Manager:
        return UserDialog::tr("Like a supervisor, and adds sites, changes the rules and reads the audit trail.");
    case Role::Admin:
        return UserDialog::tr("Manages the accounts and the backups and reads the audit trail; works at no site and "
                              "changes no work orders.");
    case Role::None:
    case Role::System:
        break;
    }
    return {};
}

} // namespace

UserDialog::UserDialog(AppSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::UserDialog>())
{
    setUp({});
}

UserDialog::UserDialog(AppSession& session, const domain::UserAccount& account,
                       const std::vector<std::string>& siteCodes, QWidget* parent)
    : QDialog(parent), m_session(session), m_account(account), m_ui(std::make_unique<Ui::UserDialog>())
{
    setUp(siteCodes);
}

UserDialog::~UserDialog() = default;

void UserDialog::setUp(const std::vector<std::string>& checked)
{
    m_ui->setupUi(this);
    setMinimumWidth(520);
    m_errors = std::make_unique<FieldErrors>(m_ui->formError);
    m_errors->add({"name"}, m_ui->nameError);
    m_errors->add({"display_name"}, m_ui->displayNameError);
    m_errors->add({"role"}, m_ui->roleError);
    m_errors->add({"sites"}, m_ui->sitesError);
    m_errors->add({"password"}, m_ui->passwordError);
    m_errors->add({"repeat"}, m_ui->repeatError);
    for (QLabel* hint : {m_ui->roleHint, m_ui->passwordHint}) {
        hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
        // The whole width of the field column, not a narrow column of a few words per line.
        hint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }

    for (const domain::Role role : domain::signInRoles()) {
        m_ui->roleCombo->addItem(roleLabel(role), static_cast<int>(role));
    }
    if (auto sites = m_session.workspace().sites().list()) {
        for (const domain::Site& site : *sites) {
            auto* item = new QListWidgetItem(tr("%1 (%2)").arg(qs(site.name), qs(site.code)), m_ui->sitesList);
            item->setData(kCodeRole, qs(site.code));
            const bool on = std::find(checked.begin(), checked.end(), site.code) != checked.end();
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    } else {
        logger()->error("cannot read the sites: {}", sites.error().describe());
        m_errors->show(m_ui->sitesError, errorText(sites.error()));
    }
    m_ui->passwordHint->setText(tr("At least %n characters. They can change it under File ▸ Change my password.",
                                   nullptr, static_cast<int>(services::UserService::kMinPasswordLength)));

    const bool adding = !m_account;
    if (adding) {
        setWindowTitle(tr("Add user"));
        m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(static_cast<int>(domain::Role::FrontDesk)));
        m_ui->activeCheck->setChecked(true);
        m_ui->activeCheck->hide();
        // The one site of a small database is the obvious choice.
        if (m_ui->sitesList->count() == 1) {
            m_ui->sitesList->item(0)->setCheckState(Qt::Checked);
        }
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add user"));
        m_ui->nameEdit->setFocus();
    } else {
        setWindowTitle(tr("Edit user – %1").arg(qs(m_account->name)));
        m_ui->nameEdit->setText(qs(m_account->name));
        m_ui->nameEdit->setReadOnly(true);
        m_ui->nameEdit->setToolTip(tr("A sign-in name cannot change; the history keeps naming it."));
        m_ui->displayNameEdit->setText(qs(m_account->displayName));
        m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(static_cast<int>(m_account->role)));
        m_ui->activeCheck->setChecked(m_account->active);
        for (QWidget* widget : std::initializer_list<QWidget*>{
                 m_ui->passwordLabel, m_ui->passwordEdit, m_ui->repeatLabel, m_ui->repeatEdit, m_ui->passwordHint}) {
            widget->hide();
        }
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save"));
        m_ui->displayNameEdit->setFocus();
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &UserDialog::roleChosen);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { m_errors->clear(m_ui->nameError); });
    connect(m_ui->displayNameEdit, &QLineEdit::textEdited, this, [this] { m_errors->clear(m_ui->displayNameError); });
    connect(m_ui->sitesList, &QListWidget::itemChanged, this, [this] { m_errors->clear(m_ui->sitesError); });
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, [this] { m_errors->clear(m_ui->passwordError); });
    connect(m_ui->repeatEdit, &QLineEdit::textEdited, this, [this] { m_errors->clear(m_ui->repeatError); });
    roleChosen();
}

domain::Role UserDialog::role() const
{
    return static_cast<domain::Role>(m_ui->roleCombo->currentData().toInt());
}

void UserDialog::roleChosen()
{
    m_errors->clear(m_ui->roleError);
    m_errors->clear(m_ui->formError);
    m_ui->roleHint->setText(roleHint(role()));
    // An administrator's sites mean nothing: they see no work orders.
    const bool atSites = role() != domain::Role::Admin;
    m_ui->sitesList->setEnabled(atSites);
    m_ui->sitesLabel->setEnabled(atSites);
}

std::vector<std::string> UserDialog::checkedSites() const
{
    std::vector<std::string> codes;
    if (role() == domain::Role::Admin) {
        return codes;
    }
    for (int row = 0; row < m_ui->sitesList->count(); ++row) {
        const QListWidgetItem* item = m_ui->sitesList->item(row);
        if (item->checkState() == Qt::Checked) {
            codes.push_back(utf8(item->data(kCodeRole).toString()));
        }
    }
    return codes;
}

void UserDialog::focusField(const std::string& field)
{
    if (field == "name") {
        m_ui->nameEdit->setFocus();
    } else if (field == "display_name") {
        m_ui->displayNameEdit->setFocus();
    } else if (field == "role") {
        m_ui->roleCombo->setFocus();
    } else if (field == "sites") {
        m_ui->sitesList->setFocus();
    } else if (field == "password") {
        m_ui->passwordEdit->setFocus();
    }
}

void UserDialog::accept()
{
    m_errors->clear();
    auto& users = m_session.workspace().users();
    domain::Result<domain::UserAccount> stored;
    if (!m_account) {
        if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
            m_errors->show(m_ui->repeatError, tr("The two passwords differ."));
            m_ui->repeatEdit->clear();
            m_ui->repeatEdit->setFocus();
            return;
        }
        services::NewUser user;
        user.name = utf8(m_ui->nameEdit->text().trimmed());
        user.displayName = utf8(m_ui->displayNameEdit->text().trimmed());
        user.role = role();
        user.siteCodes = checkedSites();
        user.password = utf8(m_ui->passwordEdit->text());
        stored = users.add(user);
    } else {
        stored = users.update(m_account->id, utf8(m_ui->displayNameEdit->text().trimmed()), role(), checkedSites(),
                              m_ui->activeCheck->isChecked());
    }
    if (!stored) {
        const domain::Error& error = stored.error();
        // A name taken already is fixed in the name field, although it is a conflict.
        if (error.code == domain::ErrorCode::Conflict && error.field == "name") {
            m_errors->show(m_ui->nameError, messageText(error.message));
        } else {
            m_errors->show(error);
        }
        focusField(error.field);
        return;
    }
    m_result = std::move(*stored);
    QDialog::accept();
}

bool UserDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

} // namespace propdesk::gui
