#include "signindialog.h"

#include "dialogfit.h"
#include "errortext.h"
#include "fielderrors.h"
#include "guilog.h"
#include "labels.h"
#include "qtconvert.h"
#include "services/demodata.h"
#include "services/workspace.h"
#include "ui_signindialog.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>

#include <fmt/format.h>

#include <chrono>

namespace propdesk::gui {

namespace {

enum DemoColumn
{
    DemoName,
    DemoRole,
    DemoPassword,
    DemoColumnCount
};

// Whole seconds, rounded up: "1 s" until the moment the service lets the name try again.
std::int64_t secondsLeft(domain::Instant until, domain::Instant now)
{
    return until > now ? (until - now).count() : 0;
}

} // namespace

SignInDialog::SignInDialog(services::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::SignInDialog>())
{
    m_ui->setupUi(this);
    setMinimumWidth(440);
    // The error line under the password, red and hidden while empty, as in the other dialogs.
    FieldErrors(m_ui->errorLabel).clear();

    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.6);
    m_ui->titleLabel->setFont(title);
    const QString path = fromPath(m_workspace.path());
    m_ui->subtitleLabel->setText(tr("Sign in to work on %1.").arg(QFileInfo(path).fileName()));
    m_ui->subtitleLabel->setToolTip(path);

    auto* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Sign in"));
    ok->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    // The delay belongs to a name: another name may try at once.
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] {
        m_countdown.stop();
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        clearError();
    });
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, [this] {
        if (!m_countdown.isActive()) {
            clearError();
        }
    });
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &SignInDialog::tick);

    // The demo's passwords are shown on the demo database only.
    const bool demo = m_workspace.isDemo();
    m_ui->demoGroup->setVisible(demo);
    if (demo) {
        auto* table = m_ui->demoTable;
        const auto accounts = services::demoAccounts();
        table->setColumnCount(DemoColumnCount);
        table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Password")});
        table->setRowCount(static_cast<int>(accounts.size()));
        int row = 0;
        for (const auto& account : accounts) {
            const QString tip = tr("%1, %2").arg(QString::fromUtf8(account.displayName), roleLabel(account.role));
            const QString cells[] = {QString::fromUtf8(account.name), roleLabel(account.role),
                                     QString::fromUtf8(account.password)};
            for (int column = 0; column < DemoColumnCount; ++column) {
                auto* item = new QTableWidgetItem(cells[column]);
                item->setToolTip(tip);
                table->setItem(row, column, item);
            }
            ++row;
        }
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        // Every account in view without scrolling, in rows of one height: a few rows.
        QHeaderView* rows = table->verticalHeader();
        rows->setSectionResizeMode(QHeaderView::Fixed);
        rows->setDefaultSectionSize(table->fontMetrics().height() + 10);
        table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                              rows->defaultSectionSize() * table->rowCount() + 2 * table->frameWidth());
        connect(table, &QTableWidget::cellClicked, this, [this](int r) { fillDemoAccount(r); });
        connect(table, &QTableWidget::cellDoubleClicked, this, [this](int r) {
            fillDemoAccount(r);
            accept();
        });
    }
    m_ui->nameEdit->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::requirePermission(domain::Permission permission, const QString& refusal)
{
    m_required = permission;
    m_refusal = refusal;
}

void SignInDialog::setCancelText(const QString& text)
{
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(text);
}

void SignInDialog::setIntro(const QString& text)
{
    m_ui->subtitleLabel->setText(text);
}

void SignInDialog::fillDemoAccount(int row)
{
    const auto accounts = services::demoAccounts();
    if (row < 0 || row >= static_cast<int>(accounts.size())) {
        return;
    }
    const auto& account = accounts[static_cast<std::size_t>(row)];
    const QString name = QString::fromUtf8(account.name);
    if (m_ui->nameEdit->text() != name) {
        m_countdown.stop();
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        clearError();
    }
    m_ui->nameEdit->setText(name);
    m_ui->passwordEdit->setText(QString::fromUtf8(account.password));
}

void SignInDialog::accept()
{
    if (m_countdown.isActive()) {
        return;
    }
    const std::string name = utf8(m_ui->nameEdit->text().trimmed());
    if (name.empty()) {
        showError(tr("Type your sign-in name."));
        m_ui->nameEdit->setFocus();
        return;
    }
    auto signedIn = m_workspace.users().signIn(name, utf8(m_ui->passwordEdit->text()));
    if (!signedIn) {
        const domain::Error& error = signedIn.error();
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        // The failure that starts the delay, or an attempt during it: count down to the next try.
        auto delay = m_workspace.users().retryDelay(name);
        if (delay && delay->count() > 0 && error.code == domain::ErrorCode::PermissionDenied) {
            // What went wrong this time stays above the countdown.
            m_countdownReason = error.field == "retry_after" ? QString() : messageText(error.message);
            startCountdown(*delay);
            return;
        }
        showError(messageText(error.message));
        return;
    }
    if (m_required && !signedIn->can(*m_required)) {
        logger()->info("{} signed in but may not {}: signed out again", signedIn->name,
                       domain::permissionText(*m_required));
        m_workspace.users().signOut();
        m_ui->passwordEdit->clear();
        showError(m_refusal);
        m_ui->nameEdit->setFocus();
        m_ui->nameEdit->selectAll();
        return;
    }
    m_user = *signedIn;
    QDialog::accept();
}

void SignInDialog::showError(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void SignInDialog::clearError()
{
    showError({});
}

void SignInDialog::startCountdown(domain::Seconds delay)
{
    m_retryAt = m_workspace.context().clock.now() + delay;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_countdown.start();
    tick();
}

void SignInDialog::tick()
{
    const auto left = secondsLeft(m_retryAt, m_workspace.context().clock.now());
    if (left <= 0) {
        m_countdown.stop();
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        clearError();
        m_ui->passwordEdit->setFocus();
        return;
    }
    // The service's own sentence, so that the wording is the same as when it refuses.
    const QString countdown = messageText(fmt::format("too many failed sign-ins: try again in {} s", left));
    showError(m_countdownReason.isEmpty() ? countdown : m_countdownReason + QLatin1Char('\n') + countdown);
}

bool SignInDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

} // namespace propdesk::gui
