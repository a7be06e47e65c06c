#include "startup.h"

#include "appsession.h"
#include "databasecheckjob.h"
#include "errortext.h"
#include "guilog.h"
#include "qtconvert.h"
#include "recoverydialog.h"
#include "services/backupservice.h"
#include "services/workspace.h"
#include "signin.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>

#include <algorithm>
#include <system_error>

namespace propdesk::gui {

namespace {

QString native(const std::filesystem::path& path)
{
    return QDir::toNativeSeparators(fromPath(path));
}

QStringList problemLines(const std::vector<std::string>& problems)
{
    QStringList lines;
    for (const auto& problem : problems) {
        lines << qs(problem);
    }
    return lines;
}

// services::recoverFromBackup with the news or the refusal: true when the backup is in place.
bool restoreOver(const std::filesystem::path& database, const services::BackupFile& backup, const domain::Clock& clock,
                 RecoveryDialog& dialog, QWidget* parent)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto aside = services::recoverFromBackup(database, backup.path, clock.now());
    QApplication::restoreOverrideCursor();
    if (!aside) {
        logger()->error("recovery of {} from {} failed: {}", database.string(), backup.path.string(),
                        aside.error().describe());
        dialog.showError(
            QCoreApplication::translate("Startup", "Nothing was restored: %1").arg(errorText(aside.error())));
        return false;
    }
    QMessageBox::information(
        parent, QStringLiteral("PropDesk"),
        QCoreApplication::translate("Startup", "The backup %1 is restored. The damaged file is kept as %2.")
            .arg(native(backup.path.filename()), native(*aside)));
    return true;
}

// Opens the database again after a restore (or a failed one) and has somebody sign in to it.
bool reopen(AppSession& session, const std::filesystem::path& database, QWidget* parent)
{
    auto opened = services::Workspace::open(database, services::OpenMode::OpenExisting, session.clock(), nobody());
    if (!opened) {
        logger()->error("cannot open {} after the restore: {}", database.string(), opened.error().describe());
        QMessageBox box(QMessageBox::Critical, QStringLiteral("PropDesk"),
                        QCoreApplication::translate("Main", "PropDesk cannot open the database %1.")
                            .arg(QDir::toNativeSeparators(fromPath(database))),
                        QMessageBox::Ok, parent);
        box.setInformativeText(errorText(opened.error()));
        box.exec();
        return false;
    }
    if (!signInModal(**opened, parent, QCoreApplication::translate("Main", "Quit PropDesk"))) {
        return false;
    }
    session.adopt(std::move(*opened));
    return true;
}

} // namespace

domain::User nobody()
{
    return domain::User{"", domain::Role::None};
}

QString makeDailyBackup(services::Workspace& workspace)
{
    auto made = workspace.backups().dailyBackup();
    if (!made) {
        logger()->error("the daily backup failed: {}", made.error().describe());
        return QCoreApplication::translate("Startup", "The daily backup failed: %1").arg(errorText(made.error()));
    }
    if (!*made) {
        return {};
    }
    return QCoreApplication::translate("Startup", "Today's backup: %1").arg(native((*made)->path));
}

bool looksDamaged(const std::filesystem::path& file)
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        return false;
    }
    auto check = services::checkDatabaseFile(file, true);
    if (!check) {
        return true;
    }
    // Sound, but not for this release (newer) or not PropDesk's at all: nothing a backup would mend.
    const auto notDamage = [](const std::string& problem) {
        return problem.starts_with("written by a newer PropDesk") || problem == "not a PropDesk database";
    };
    return !check->ok && !std::all_of(check->problems.begin(), check->problems.end(), notDamage);
}

bool offerRecovery(AppSession& session, const DatabaseCheckJob& check, QWidget* parent)
{
    QStringList problems;
    if (const auto& result = *check.result(); !result) {
        problems << errorText(result.error());
    } else {
        problems = problemLines(result->problems);
    }
    const auto& backup = check.goodBackup();
    const std::filesystem::path database = session.workspace().path();
    RecoveryDialog dialog(database, problems, backup, RecoveryDialog::Damage::FailsCheck, parent);
    while (dialog.exec() == QDialog::Accepted) {
        if (dialog.choice() == RecoveryDialog::Choice::Continue || !backup) {
            logger()->warn("going on with the damaged database {}", database.string());
            return true;
        }
        // The file is replaced, so this connection goes first; the pages go with it.
        session.close();
        if (!restoreOver(database, *backup, session.clock(), dialog, parent)) {
            // Nothing was replaced: the damaged database is opened again for whoever was signed in.
            if (!reopen(session, database, parent)) {
                return false;
            }
            continue;
        }
        return reopen(session, database, parent);
    }
    return false;
}

bool recoverUnopenable(const std::filesystem::path& database, const domain::Error& openError,
                       const domain::Clock& clock, QWidget* parent)
{
    QStringList problems{errorText(openError)};
    if (auto check = services::checkDatabaseFile(database, true); !check) {
        if (check.error().message != openError.message) {
            problems << errorText(check.error());
        }
    } else {
        problems << problemLines(check->problems);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto backup = services::newestGoodBackup(database, services::defaultBackupFolder(database));
    QApplication::restoreOverrideCursor();

    RecoveryDialog dialog(database, problems, backup, RecoveryDialog::Damage::Unopenable, parent);
    while (dialog.exec() == QDialog::Accepted && backup) {
        if (restoreOver(database, *backup, clock, dialog, parent)) {
            return true;
        }
    }
    return false;
}

} // namespace propdesk::gui
