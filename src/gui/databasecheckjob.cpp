#include "databasecheckjob.h"

#include "guilog.h"

#include <QMetaObject>

namespace propdesk::gui {

DatabaseCheckJob::DatabaseCheckJob(QObject* parent) : QObject(parent) {}

DatabaseCheckJob::~DatabaseCheckJob()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void DatabaseCheckJob::start(const std::filesystem::path& file, bool quick,
                             const std::optional<std::filesystem::path>& backupFolder)
{
    if (m_running) {
        return;
    }
    if (m_thread.joinable()) {
        m_thread.join();
    }
    m_running = true;
    m_file = file;
    m_result.reset();
    m_goodBackup.reset();
    logger()->info("checking {} ({} check)", file.string(), quick ? "quick" : "full");
    m_thread = std::thread([this, file, quick, backupFolder] {
        auto outcome = services::checkDatabaseFile(file, quick);
        std::optional<services::BackupFile> backup;
        if (backupFolder && (!outcome || !outcome->ok)) {
            backup = services::newestGoodBackup(file, *backupFolder);
        }
        // Back on the GUI thread; the destructor joins first, so `this` outlives the posted call.
        QMetaObject::invokeMethod(
            this,
            [this, outcome = std::move(outcome), backup = std::move(backup)]() mutable {
                if (m_thread.joinable()) {
                    m_thread.join();
                }
                m_result = std::move(outcome);
                m_goodBackup = std::move(backup);
                m_running = false;
                if (failed()) {
                    logger()->warn("{} fails its check", m_file.string());
                }
                emit finished();
            },
            Qt::QueuedConnection);
    });
}

} // namespace propdesk::gui
