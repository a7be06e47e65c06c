#pragma once

#include "domain/error.h"
#include "services/backupservice.h"

#include <QWidget>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class BackupPage;
}

namespace propdesk::gui {

class AppSession;
class DatabaseCheckJob;

// Settings ▸ Backup, for administrators: the folder and how many daily backups to keep, the backups in the
// folder (newest first) with "Back up now" and "Restore…", and the full integrity check of the open
// database, which runs on a thread of its own while the user goes on working.
class BackupPage : public QWidget
{
    Q_OBJECT

public:
    explicit BackupPage(AppSession& session, QWidget* parent = nullptr);
    ~BackupPage() override;

    // What the buttons do once their dialogs have an answer; public so that tests can drive them. Each shows
    // its outcome (or the refusal) under its group.
    bool setFolder(const QString& folder);
    std::optional<services::BackupFile> backUpNow();
    // Restores `file` without asking; the session's pages read everything again.
    std::optional<services::BackupFile> restore(const std::filesystem::path& file);
    // Asks (window-modal, without blocking) whether to restore the selected backup, and does on Yes.
    void confirmRestore();
    // The question confirmRestore() asks about `file`.
    QString restoreQuestion(const services::BackupFile& file);
    void checkDatabase();

    const std::vector<services::BackupFile>& backups() const { return m_backups; }
    void selectBackup(int row);
    DatabaseCheckJob* checkJob() const { return m_check; }

private:
    void reload();
    void chooseFolder();
    void keepChosen(int count);
    void updateButtons();
    void showCheck();
    void showStatus(const QString& text, bool error);

    AppSession& m_session;
    std::unique_ptr<Ui::BackupPage> m_ui;
    DatabaseCheckJob* m_check = nullptr;
    std::vector<services::BackupFile> m_backups;
};

} // namespace propdesk::gui
