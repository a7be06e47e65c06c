#pragma once

#include "domain/error.h"
#include "domain/time.h"
#include "servicecontext.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace propdesk::services {

// What PRAGMA integrity_check (or quick_check) said about a database file, and its schema version.
struct DatabaseCheck
{
    bool ok = false;
    std::vector<std::string> problems; // empty when ok
    int schemaVersion = 0;
};

// Runs the check on a file through a connection of its own (read-only), so that it can run while the
// file is in use. NotFound / Unsupported when the file is missing or not a database.
domain::Result<DatabaseCheck> checkDatabaseFile(const std::filesystem::path& file, bool quick);

struct BackupFile
{
    std::filesystem::path path;
    domain::Instant madeAt; // from the file name
    std::uintmax_t bytes = 0;
    // Made by a restore, of the data it replaced: not counted as a daily backup, never pruned.
    bool beforeRestore = false;
};

// Where a database's backups go unless a folder is set: "backups" beside it.
std::filesystem::path defaultBackupFolder(const std::filesystem::path& database);
// The backups of `database` in `folder`, newest first.
std::vector<BackupFile> listBackups(const std::filesystem::path& database, const std::filesystem::path& folder);
// The newest backup that passes the full integrity check: what to offer when the database itself
// fails its check at start.
std::optional<BackupFile> newestGoodBackup(const std::filesystem::path& database, const std::filesystem::path& folder);

// Recovery when the database itself cannot be opened or fails its check, so nobody can sign in to it:
// checks `backup` fully, moves the broken file (with its -wal and -shm) aside as
// "<name>.broken-YYYYMMDD-HHMMSS" and copies the backup in its place. Returns the path the broken file
// was moved to. Refused (Conflict) when the database passes its quick check: then an admin restores
// through BackupService::restore, signed in.
domain::Result<std::filesystem::path> recoverFromBackup(const std::filesystem::path& database,
                                                        const std::filesystem::path& backup, domain::Instant now);

// Online backups while the database is in use, the daily automatic one and restore (docs/security.md).
class BackupService
{
public:
    static constexpr int kDefaultKeep = 14;

    BackupService(ServiceContext& ctx, std::filesystem::path database) : m_ctx(ctx), m_database(std::move(database)) {}

    // The backup folder and how many backups to keep (settings stored in the database). Admin to set.
    std::filesystem::path folder();
    int keep();
    domain::Result<void> setFolder(const std::filesystem::path& folder);
    domain::Result<void> setKeep(int count); // 1 to 365

    // A backup by hand (admin): into `file`, or a new dated file in the folder when none is given.
    // Written through a temporary file, checked, then renamed; audited.
    domain::Result<BackupFile> backupNow(const std::optional<std::filesystem::path>& file = {});
    // The automatic daily backup, made by PropDesk itself whoever is signed in: when the folder has no
    // backup of today (local date of the machine), makes one and deletes all but the newest `keep`.
    // Returns the new backup, or none when today's exists.
    domain::Result<std::optional<BackupFile>> dailyBackup();
    std::vector<BackupFile> backups();

    // Admin. Checks `file` (full integrity check, a PropDesk schema no newer than this release's), backs
    // up the current database into the folder, then replaces its content with the file's. The returned
    // file is the safety backup. The caller reopens its views afterwards.
    domain::Result<BackupFile> restore(const std::filesystem::path& file);

    // The full check of the open database (any signed-in user).
    domain::Result<DatabaseCheck> check(bool quick = false);

private:
    domain::Result<BackupFile> writeBackup(const std::filesystem::path& target);
    domain::Result<void> prune();

    ServiceContext& m_ctx;
    std::filesystem::path m_database;
};

} // namespace propdesk::services
