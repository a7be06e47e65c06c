#pragma once

#include "domain/error.h"
#include "services/backupservice.h"

#include <QObject>

#include <filesystem>
#include <optional>
#include <thread>

namespace propdesk::gui {

// Runs services::checkDatabaseFile on a thread of its own, so that the window stays responsive while SQLite
// reads the whole file (a quick check of a million orders takes seconds, the full one much longer), and
// reports back on the GUI thread. Given a backup folder, a failed check goes on to look for the newest
// backup there that passes the full check (services::newestGoodBackup), on the same thread. One check at a
// time; destroying the job waits for a running check.
class DatabaseCheckJob : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseCheckJob(QObject* parent = nullptr);
    ~DatabaseCheckJob() override;

    // Ignored while a check runs.
    void start(const std::filesystem::path& file, bool quick,
               const std::optional<std::filesystem::path>& backupFolder = std::nullopt);
    bool isRunning() const { return m_running; }
    // The last check's outcome, once finished() was emitted.
    const std::optional<domain::Result<services::DatabaseCheck>>& result() const { return m_result; }
    // Whether the file failed (or could not run) its check, once finished.
    bool failed() const { return m_result && (!*m_result || !(*m_result)->ok); }
    // The newest good backup, when the check failed and a folder was given.
    const std::optional<services::BackupFile>& goodBackup() const { return m_goodBackup; }
    const std::filesystem::path& file() const { return m_file; }

signals:
    void finished();

private:
    std::thread m_thread;
    bool m_running = false;
    std::filesystem::path m_file;
    std::optional<domain::Result<services::DatabaseCheck>> m_result;
    std::optional<services::BackupFile> m_goodBackup;
};

} // namespace propdesk::gui
