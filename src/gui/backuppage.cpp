#include "backuppage.h"

#include "appsession.h"
#include "databasecheckjob.h"
#include "errortext.h"
#include "fielderrors.h"
#include "guilog.h"
#include "qtconvert.h"
#include "ui_backuppage.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace propdesk::gui {

namespace {

enum BackupColumn
{
    MadeAt,
    FileName,
    Size,
    BackupColumnCount
};

// Backups are named after the computer's local time: shown in it, not in a site's zone.
QString localTime(domain::Instant instant)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(domain::epochSeconds(instant)), QLocale::ShortFormat);
}

QString native(const std::filesystem::path& path)
{
    return QDir::toNativeSeparators(fromPath(path));
}

// The first problems SQLite names, one a line: a damaged file can have thousands.
QString problemList(const std::vector<std::string>& problems, std::size_t shown = 8)
{
    QStringList lines;
    for (std::size_t i = 0; i < problems.size() && i < shown; ++i) {
        lines << qs(problems[i]);
    }
    if (problems.size() > shown) {
        lines << BackupPage::tr("… and %n more", nullptr, static_cast<int>(problems.size() - shown));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

BackupPage::BackupPage(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_ui(std::make_unique<Ui::BackupPage>())
{
    m_ui->setupUi(this);
    FieldErrors(m_ui->policyError).clear(); // red, hidden while empty
    m_ui->policyNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    // A wrapped label asks for the height of a narrow column of a few words per line, and centres one line in
    // it: on top, and asking for the lines of a reasonable width.
    m_ui->policyNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->policyNote->setMinimumWidth(560);
    m_check = new DatabaseCheckJob(this);

    auto* table = m_ui->backupsView;
    table->setColumnCount(BackupColumnCount);
    table->setHorizontalHeaderLabels({tr("Made"), tr("File"), tr("Size")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(FileName, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);

    connect(m_ui->chooseFolderButton, &QPushButton::clicked, this, &BackupPage::chooseFolder);
    connect(m_ui->keepSpin, &QSpinBox::valueChanged, this, &BackupPage::keepChosen);
    connect(m_ui->backupNowButton, &QPushButton::clicked, this, [this] { backUpNow(); });
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &BackupPage::confirmRestore);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &BackupPage::checkDatabase);
    connect(table, &QTableWidget::itemSelectionChanged, this, &BackupPage::updateButtons);
    connect(m_check, &DatabaseCheckJob::finished, this, &BackupPage::showCheck);
    // A restore (here or elsewhere) brings the backup's own settings.
    connect(&m_session, &AppSession::workspaceChanged, this, &BackupPage::reload);
    reload();
}

BackupPage::~BackupPage() = default;

void BackupPage::reload()
{
    if (!m_session.isOpen()) {
        return;
    }
    auto& backups = m_session.workspace().backups();
    m_ui->folderEdit->setText(native(backups.folder()));
    m_ui->folderEdit->setToolTip(m_ui->folderEdit->text());
    {
        const QSignalBlocker blocker(m_ui->keepSpin);
        m_ui->keepSpin->setValue(backups.keep());
    }
    m_backups = backups.backups();
    auto* table = m_ui->backupsView;
    table->setRowCount(static_cast<int>(m_backups.size()));
    for (int row = 0; row < static_cast<int>(m_backups.size()); ++row) {
        const auto& file = m_backups[static_cast<std::size_t>(row)];
        const QString cells[] = {localTime(file.madeAt), fromPath(file.path.filename()),
                                 QLocale().formattedDataSize(static_cast<qint64>(file.bytes))};
        for (int column = 0; column < BackupColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(native(file.path));
            if (column == Size) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            table->setItem(row, column, item);
        }
    }
    m_ui->backupsGroup->setTitle(m_backups.empty()
                                     ? tr("Backups in the folder: none yet")
                                     : tr("Backups in the folder (%n)", nullptr, static_cast<int>(m_backups.size())));
    updateButtons();
}

void BackupPage::selectBackup(int row)
{
    m_ui->backupsView->selectRow(row);
}

void BackupPage::updateButtons()
{
    const bool selected = !m_ui->backupsView->selectedItems().isEmpty();
    m_ui->restoreButton->setEnabled(selected);
    m_ui->checkButton->setEnabled(!m_check->isRunning());
}

void BackupPage::showStatus(const QString& text, bool error)
{
    m_ui->backupStatus->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_ui->backupStatus->setText(text);
}

void BackupPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"),
                                                             fromPath(m_session.workspace().backups().folder()));
    if (!folder.isEmpty()) {
        setFolder(folder);
    }
}

bool BackupPage::setFolder(const QString& folder)
{
    m_ui->policyError->hide();
    if (auto set = m_session.workspace().backups().setFolder(toPath(folder)); !set) {
        m_ui->policyError->setText(errorText(set.error()));
        m_ui->policyError->show();
        return false;
    }
    reload();
    return true;
}

void BackupPage::keepChosen(int count)
{
    m_ui->policyError->hide();
    if (auto set = m_session.workspace().backups().setKeep(count); !set) {
        m_ui->policyError->setText(errorText(set.error()));
        m_ui->policyError->show();
    }
}

std::optional<services::BackupFile> BackupPage::backUpNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto made = m_session.workspace().backups().backupNow();
    QApplication::restoreOverrideCursor();
    if (!made) {
        showStatus(tr("No backup was made: %1").arg(errorText(made.error())), true);
        return std::nullopt;
    }
    reload();
    showStatus(tr("Backed up to %1 (%2).")
                   .arg(native(made->path), QLocale().formattedDataSize(static_cast<qint64>(made->bytes))),
               false);
    for (int row = 0; row < static_cast<int>(m_backups.size()); ++row) {
        if (m_backups[static_cast<std::size_t>(row)].path == made->path) {
            selectBackup(row);
        }
    }
    return *made;
}

QString BackupPage::restoreQuestion(const services::BackupFile& file)
{
    const QString database = QFileInfo(fromPath(m_session.workspace().path())).fileName();
    return tr("Restore the backup made %1?\n\nAll data of %2 is replaced with the backup's: whatever was entered "
              "since then is gone, for everybody using this database.\n\nPropDesk first backs up the current data "
              "to %3 (a file ending in \"-before-restore.db\"), so that nothing is lost for good.")
        .arg(localTime(file.madeAt), database, native(m_session.workspace().backups().folder()));
}

void BackupPage::confirmRestore()
{
    const auto selected = m_ui->backupsView->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        return;
    }
    const auto file = m_backups.at(static_cast<std::size_t>(selected.front().row()));
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Restore a backup"), restoreQuestion(file), QMessageBox::Cancel, this);
    auto* restoreButton = box->addButton(tr("Back up the current data and restore"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, restoreButton, path = file.path](QAbstractButton* button) {
        if (button == restoreButton) {
            restore(path);
        }
    });
    box->open();
}

std::optional<services::BackupFile> BackupPage::restore(const std::filesystem::path& file)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = m_session.workspace().backups().restore(file);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        logger()->error("restore from {} failed: {}", file.string(), restored.error().describe());
        showStatus(tr("Nothing was restored: %1").arg(errorText(restored.error())), true);
        return std::nullopt;
    }
    // Every page reads the restored data; this page too (its settings come from the backup).
    m_session.reloadWorkspace();
    showStatus(tr("Restored %1. The data from before the restore is in %2.")
                   .arg(native(file.filename()), native(restored->path)),
               false);
    return *restored;
}

void BackupPage::checkDatabase()
{
    if (!m_session.isOpen() || m_check->isRunning()) {
        return;
    }
    m_ui->checkResult->setStyleSheet({});
    m_ui->checkResult->setText(tr("Checking… you can keep working."));
    m_check->start(m_session.workspace().path(), false);
    updateButtons();
}

void BackupPage::showCheck()
{
    updateButtons();
    const auto& result = *m_check->result();
    if (!result) {
        m_ui->checkResult->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_ui->checkResult->setText(tr("The check could not run: %1").arg(errorText(result.error())));
        return;
    }
    if (result->ok) {
        m_ui->checkResult->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        m_ui->checkResult->setText(
            tr("No problems found (checked %1).").arg(formatInstant(m_session.clock().now(), m_session.zone())));
        return;
    }
    m_ui->checkResult->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_ui->checkResult->setText(tr("The database is damaged. Restore the newest backup that passes the check, or ask "
                                  "for help. SQLite reports:\n%1")
                                   .arg(problemList(result->problems)));
}

} // namespace propdesk::gui
