#include "userspage.h"

#include "appsession.h"
#include "fielderrors.h"
#include "passworddialog.h"
#include "qtconvert.h"
#include "ui_userspage.h"
#include "userdialog.h"
#include "usermodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace propdesk::gui {

UsersPage::UsersPage(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_ui(std::make_unique<Ui::UsersPage>())
{
    m_ui->setupUi(this);
    FieldErrors(m_ui->usersError).clear(); // red, hidden while empty
    m_model = new UserModel(m_session, this);
    m_ui->usersView->setModel(m_model);
    QHeaderView* header = m_ui->usersView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);

    connect(m_ui->addUserButton, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_ui->editUserButton, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_ui->usersView, &QTableView::doubleClicked, this, &UsersPage::editUser);
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    updateButtons();
}

UsersPage::~UsersPage() = default;

std::optional<domain::UserId> UsersPage::currentAccount() const
{
    const QModelIndex current = m_ui->usersView->currentIndex();
    if (!current.isValid()) {
        return std::nullopt;
    }
    return m_model->account(current.row()).id;
}

void UsersPage::selectAccount(domain::UserId id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_ui->usersView->selectRow(row);
        m_ui->usersView->setCurrentIndex(m_model->index(row, 0));
    }
}

void UsersPage::updateButtons()
{
    const bool selected = m_ui->usersView->currentIndex().isValid();
    m_ui->editUserButton->setEnabled(selected);
    m_ui->resetPasswordButton->setEnabled(selected);
    m_ui->usersError->setText(m_model->error());
    m_ui->usersError->setVisible(!m_model->error().isEmpty());
}

void UsersPage::addUser()
{
    auto* dialog = new UserDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_model->reload();
        if (dialog->result()) {
            selectAccount(dialog->result()->id);
        }
    });
    dialog->open();
}

void UsersPage::editUser()
{
    const QModelIndex current = m_ui->usersView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const auto& account = m_model->account(current.row());
    auto* dialog = new UserDialog(m_session, account, m_model->siteCodes(account), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const domain::UserId id = account.id;
    connect(dialog, &QDialog::accepted, this, [this, id] {
        m_model->reload();
        selectAccount(id);
    });
    dialog->open();
}

void UsersPage::resetPassword()
{
    const QModelIndex current = m_ui->usersView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const auto& account = m_model->account(current.row());
    auto* dialog =
        new PasswordDialog(m_session.workspace(), PasswordDialog::Mode::Reset, this, account.id, qs(account.name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace propdesk::gui
