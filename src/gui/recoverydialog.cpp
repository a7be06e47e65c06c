#include "recoverydialog.h"

#include "dialogfit.h"
#include "fielderrors.h"
#include "qtconvert.h"
#include "ui_recoverydialog.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QLocale>
#include <QPushButton>

namespace propdesk::gui {

namespace {

constexpr qsizetype kShownLines = 30;

QString native(const std::filesystem::path& path)
{
    return QDir::toNativeSeparators(fromPath(path));
}

} // namespace

RecoveryDialog::RecoveryDialog(const std::filesystem::path& database, const QStringList& problems,
                               const std::optional<services::BackupFile>& backup, Damage damage, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RecoveryDialog>())
{
    m_ui->setupUi(this);
    setMinimumWidth(620);
    FieldErrors(m_ui->errorLabel).clear(); // red, hidden while empty

    const bool opens = damage == Damage::FailsCheck;
    m_ui->headlineLabel->setText(opens ? tr("The database %1 is damaged. Its check found:").arg(native(database))
                                       : tr("PropDesk cannot open the database %1:").arg(native(database)));
    QFont headline = m_ui->headlineLabel->font();
    headline.setBold(true);
    m_ui->headlineLabel->setFont(headline);
    // SQLite can name thousands of damaged cells: the first lines say enough.
    QStringList lines = problems.join(QLatin1Char('\n')).split(QLatin1Char('\n'));
    if (lines.size() > kShownLines) {
        const auto more = lines.size() - kShownLines;
        lines = lines.mid(0, kShownLines);
        lines << tr("… and %n more lines", nullptr, static_cast<int>(more));
    }
    m_ui->problemsView->setPlainText(lines.join(QLatin1Char('\n')));

    if (backup) {
        const QString made = QLocale().toString(QDateTime::fromSecsSinceEpoch(domain::epochSeconds(backup->madeAt)),
                                                QLocale::ShortFormat);
        m_ui->backupLabel->setText(tr("The newest backup that passes the check is %1, made %2. Restoring it "
                                      "replaces the data with the backup's: whatever was entered after it is lost. "
                                      "The damaged file is kept beside the database, and everybody signs in again.")
                                       .arg(native(backup->path), made));
        m_ui->commandLabel->setText(tr("The same from a terminal:\n%1")
                                        .arg(QStringLiteral("propdesk-cli --db \"%1\" restore \"%2\"")
                                                 .arg(native(database), native(backup->path))));
    } else {
        m_ui->backupLabel->setText(tr("No backup in the backup folder passes the check, so there is nothing to "
                                      "restore from. Copy a backup from elsewhere into the folder, or ask for "
                                      "help."));
        m_ui->commandLabel->hide();
    }

    // Only the choices there are: a button box shows every button it holds.
    if (backup) {
        m_restore = m_ui->buttonBox->addButton(tr("&Restore this backup…"), QDialogButtonBox::AcceptRole);
        connect(m_restore, &QPushButton::clicked, this, [this] {
            m_choice = Choice::Restore;
            accept();
        });
    }
    if (opens && !backup) {
        m_continue = m_ui->buttonBox->addButton(tr("&Continue with the damaged database"), QDialogButtonBox::ApplyRole);
        m_continue->setToolTip(tr("Work on as it is, for example to export what can still be read"));
        connect(m_continue, &QPushButton::clicked, this, [this] {
            m_choice = Choice::Continue;
            accept();
        });
    }
    m_quit = m_ui->buttonBox->addButton(tr("&Quit PropDesk"), QDialogButtonBox::RejectRole);
    (backup ? m_restore : m_quit)->setDefault(true);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, [this] { m_choice = Choice::Quit; });
}

RecoveryDialog::~RecoveryDialog() = default;

void RecoveryDialog::showError(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

bool RecoveryDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

} // namespace propdesk::gui
