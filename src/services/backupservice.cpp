#include "backupservice.h"

#include "access.h"
#include "audittrail.h"
#include "domain/settingsrepository.h"
#include "serviceslog.h"
#include "storage/sqlitestore.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <ctime>
#include <system_error>

namespace propdesk::services {

using domain::ErrorCode;

namespace {

constexpr const char* kFolderKey = "backup.folder";
constexpr const char* kKeepKey = "backup.keep";
constexpr std::string_view kStampFormat = "YYYYMMDD-HHMMSS";

// Backups are named after the database and the machine's local time: "propdesk-20261122-083015.db".
std::string stamp(domain::Instant at)
{
    const std::time_t t = domain::epochSeconds(at);
    std::tm local{};
    localtime_r(&t, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", &local);
    return text;
}

std::optional<domain::Instant> parseStamp(std::string_view text)
{
    if (text.size() != kStampFormat.size() || text[8] != '-') {
        return std::nullopt;
    }
    const auto number = [&](std::size_t at, std::size_t length) -> std::optional<int> {
        int value = 0;
        const auto* first = text.data() + at;
        const auto [end, ec] = std::from_chars(first, first + length, value);
        return ec == std::errc{} && end == first + length ? std::optional<int>(value) : std::nullopt;
    };
    const auto y = number(0, 4), mo = number(4, 2), d = number(6, 2), h = number(9, 2), mi = number(11, 2),
               s = number(13, 2);
    if (!y || !mo || !d || !h || !mi || !s) {
        return std::nullopt;
    }
    std::tm local{};
    local.tm_year = *y - 1900;
    local.tm_mon = *mo - 1;
    local.tm_mday = *d;
    local.tm_hour = *h;
    local.tm_min = *mi;
    local.tm_sec = *s;
    local.tm_isdst = -1;
    const std::time_t t = std::mktime(&local);
    if (t == static_cast<std::time_t>(-1)) {
        return std::nullopt;
    }
    return domain::instantFromEpoch(t);
}

std::string stem(const std::filesystem::path& database)
{
    return database.stem().string();
}

} // namespace

domain::Result<DatabaseCheck> checkDatabaseFile(const std::filesystem::path& file, bool quick)
{
    auto inspection = storage::inspectDatabase(file, quick);
    if (!inspection) {
        return std::unexpected(inspection.error());
    }
    return DatabaseCheck{inspection->ok, inspection->problems, inspection->schemaVersion};
}

std::filesystem::path defaultBackupFolder(const std::filesystem::path& database)
{
    return database.parent_path() / "backups";
}

std::vector<BackupFile> listBackups(const std::filesystem::path& database, const std::filesystem::path& folder)
{
    std::vector<BackupFile> files;
    std::error_code ec;
    const std::string prefix = stem(database) + "-";
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        const auto name = entry.path().filename().string();
        if (!entry.is_regular_file(ec) || entry.path().extension() != ".db" || !name.starts_with(prefix)) {
            continue;
        }
        // "<stem>-YYYYMMDD-HHMMSS.db" or "<stem>-YYYYMMDD-HHMMSS-before-restore.db"
        const auto rest = std::string_view(name).substr(prefix.size(), kStampFormat.size());
        const auto madeAt = parseStamp(rest);
        if (!madeAt) {
            continue;
        }
        files.push_back(BackupFile{entry.path(), *madeAt, entry.file_size(ec), name.ends_with("-before-restore.db")});
    }
    std::ranges::sort(files, [](const BackupFile& a, const BackupFile& b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.path > b.path;
    });
    return files;
}

std::optional<BackupFile> newestGoodBackup(const std::filesystem::path& database, const std::filesystem::path& folder)
{
    for (auto& file : listBackups(database, folder)) {
        auto check = checkDatabaseFile(file.path, false);
        if (check && check->ok) {
            return file;
        }
        logger()->warn("backup {} fails its check, skipped", file.path.string());
    }
    return std::nullopt;
}

domain::Result<std::filesystem::path> recoverFromBackup(const std::filesystem::path& database,
                                                        const std::filesystem::path& backup, domain::Instant now)
{
    auto current = checkDatabaseFile(database, true);
    if (current && current->ok) {
        return domain::fail(ErrorCode::Conflict,
                            "the database passes its check: sign in as an admin to restore a backup", "",
                            database.string());
    }
    auto good = checkDatabaseFile(backup, false);
    if (!good) {
        return std::unexpected(good.error());
    }
    if (!good->ok) {
        return domain::fail(ErrorCode::InvalidInput,
                            fmt::format("the backup fails its check: {}", good->problems.front()), "", backup.string());
    }
    std::error_code ec;
    auto aside = database;
    aside += ".broken-" + stamp(now);
    if (std::filesystem::exists(database, ec)) {
        std::filesystem::rename(database, aside, ec);
        if (ec) {
            return domain::fail(ErrorCode::Io, fmt::format("cannot move the broken file aside: {}", ec.message()), "",
                                database.string());
        }
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        auto side = database;
        side += suffix;
        if (std::filesystem::exists(side, ec)) {
            auto sideAside = aside;
            sideAside += suffix;
            std::filesystem::rename(side, sideAside, ec);
        }
    }
    auto temp = database;
    temp += ".part";
    std::filesystem::copy_file(backup, temp, std::filesystem::copy_options::overwrite_existing, ec);
    if (!ec) {
        std::filesystem::rename(temp, database, ec);
    }
    if (ec) {
        std::filesystem::remove(temp, ec);
        std::filesystem::rename(aside, database, ec); // put the broken file back: nothing is lost
        return domain::fail(ErrorCode::Io, "cannot copy the backup into place", "", database.string());
    }
    logger()->warn("{} failed its check; moved to {} and replaced by backup {}", database.string(), aside.string(),
                   backup.string());
    return aside;
}

std::filesystem::path BackupService::folder()
{
    auto value = m_ctx.store.settings().get(kFolderKey);
    if (value && *value && !(*value)->empty()) {
        return std::filesystem::path(**value);
    }
    return defaultBackupFolder(m_database);
}

int BackupService::keep()
{
    auto value = m_ctx.store.settings().get(kKeepKey);
    int keep = kDefaultKeep;
    if (value && *value) {
        const auto& text = **value;
        std::from_chars(text.data(), text.data() + text.size(), keep);
    }
    return std::clamp(keep, 1, 365);
}

domain::Result<void> BackupService::setFolder(const std::filesystem::path& folder)
{
    if (auto ok = require(m_ctx, domain::Permission::Backup); !ok) {
        return ok;
    }
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec || !std::filesystem::is_directory(folder, ec)) {
        return domain::fail(ErrorCode::Io, "cannot create the folder", "folder", folder.string());
    }
    const auto before = this->folder().string();
    return m_ctx.store.transact([&]() -> domain::Result<void> {
        if (auto ok = m_ctx.store.settings().set(kFolderKey, folder.string()); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.entity = "setting";
        entry.record = kFolderKey;
        entry.action = domain::AuditAction::Update;
        entry.changes = {{"value", before, folder.string()}};
        return writeAudit(m_ctx, std::move(entry));
    });
}

domain::Result<void> BackupService::setKeep(int count)
{
    if (auto ok = require(m_ctx, domain::Permission::Backup); !ok) {
        return ok;
    }
    if (count < 1 || count > 365) {
        return domain::fail(ErrorCode::InvalidInput, "keep 1 to 365 backups", "keep");
    }
    const int before = keep();
    return m_ctx.store.transact([&]() -> domain::Result<void> {
        if (auto ok = m_ctx.store.settings().set(kKeepKey, fmt::format("{}", count)); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.entity = "setting";
        entry.record = kKeepKey;
        entry.action = domain::AuditAction::Update;
        entry.changes = {{"value", fmt::format("{}", before), fmt::format("{}", count)}};
        return writeAudit(m_ctx, std::move(entry));
    });
}

domain::Result<BackupFile> BackupService::writeBackup(const std::filesystem::path& target)
{
    std::error_code ec;
    if (target.has_parent_path()) {
        std::filesystem::create_directories(target.parent_path(), ec);
    }
    auto temp = target;
    temp += ".part";
    std::filesystem::remove(temp, ec);
    if (auto ok = m_ctx.store.backupTo(temp); !ok) {
        std::filesystem::remove(temp, ec);
        return std::unexpected(ok.error());
    }
    auto check = checkDatabaseFile(temp, true);
    if (!check || !check->ok) {
        std::filesystem::remove(temp, ec);
        return domain::fail(
            ErrorCode::Io,
            fmt::format("the backup failed its check: {}",
                        check ? (check->problems.empty() ? "" : check->problems.front()) : check.error().describe()),
            "", target.string());
    }
    std::filesystem::rename(temp, target, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        return domain::fail(ErrorCode::Io, fmt::format("cannot write the backup: {}", ec.message()), "",
                            target.string());
    }
    const auto bytes = std::filesystem::file_size(target, ec);
    return BackupFile{target, m_ctx.clock.now(), ec ? 0 : bytes};
}

domain::Result<BackupFile> BackupService::backupNow(const std::optional<std::filesystem::path>& file)
{
    if (auto ok = require(m_ctx, domain::Permission::Backup); !ok) {
        return std::unexpected(ok.error());
    }
    const auto target = file ? *file : folder() / fmt::format("{}-{}.db", stem(m_database), stamp(m_ctx.clock.now()));
    auto made = writeBackup(target);
    if (!made) {
        logger()->error("{}: backup to {} failed: {}", m_ctx.user.name, target.string(), made.error().describe());
        return made;
    }
    domain::AuditEntry entry;
    entry.entity = "backup";
    entry.record = target.filename().string();
    entry.action = domain::AuditAction::Backup;
    entry.summary = target.string();
    if (auto ok = m_ctx.store.transact([&] { return writeAudit(m_ctx, std::move(entry)); }); !ok) {
        return std::unexpected(ok.error());
    }
    logger()->info("{}: backup written to {} ({} bytes)", m_ctx.user.name, target.string(), made->bytes);
    return made;
}

std::vector<BackupFile> BackupService::backups()
{
    return listBackups(m_database, folder());
}

domain::Result<std::optional<BackupFile>> BackupService::dailyBackup()
{
    const auto now = m_ctx.clock.now();
    const std::string today = stamp(now).substr(0, 8);
    for (const auto& file : backups()) {
        if (!file.beforeRestore && stamp(file.madeAt).substr(0, 8) == today) {
            return std::optional<BackupFile>{};
        }
    }
    const auto target = folder() / fmt::format("{}-{}.db", stem(m_database), stamp(now));
    auto made = writeBackup(target);
    if (!made) {
        logger()->error("daily backup to {} failed: {}", target.string(), made.error().describe());
        return std::unexpected(made.error());
    }
    logger()->info("daily backup written to {} ({} bytes)", target.string(), made->bytes);
    if (auto ok = prune(); !ok) {
        logger()->warn("old backups not pruned: {}", ok.error().describe());
    }
    return std::optional<BackupFile>{*made};
}

domain::Result<void> BackupService::prune()
{
    auto files = backups();
    std::erase_if(files, [](const BackupFile& f) { return f.beforeRestore; });
    const auto limit = static_cast<std::size_t>(keep());
    for (std::size_t i = limit; i < files.size(); ++i) {
        std::error_code ec;
        std::filesystem::remove(files[i].path, ec);
        if (ec) {
            return domain::fail(ErrorCode::Io, ec.message(), "", files[i].path.string());
        }
        logger()->info("old backup {} removed (keeping {})", files[i].path.string(), limit);
    }
    return {};
}

domain::Result<BackupFile> BackupService::restore(const std::filesystem::path& file)
{
    if (auto ok = require(m_ctx, domain::Permission::Backup); !ok) {
        return std::unexpected(ok.error());
    }
    auto check = checkDatabaseFile(file, false);
    if (!check) {
        return std::unexpected(check.error());
    }
    if (!check->ok) {
        return domain::fail(ErrorCode::InvalidInput,
                            fmt::format("the file fails its check: {}", check->problems.front()), "", file.string());
    }
    const auto safety = folder() / fmt::format("{}-{}-before-restore.db", stem(m_database), stamp(m_ctx.clock.now()));
    auto saved = writeBackup(safety);
    if (!saved) {
        return domain::fail(
            ErrorCode::Io,
            fmt::format("nothing restored: the current data could not be backed up first ({})", saved.error().message),
            "", safety.string());
    }
    if (auto ok = m_ctx.store.restoreFrom(file); !ok) {
        logger()->error("{}: restore from {} failed: {}", m_ctx.user.name, file.string(), ok.error().describe());
        return std::unexpected(ok.error());
    }
    ++m_ctx.rulesGeneration;
    // Written into the restored database: its trail goes on from the backup's.
    domain::AuditEntry entry;
    entry.entity = "backup";
    entry.record = file.filename().string();
    entry.action = domain::AuditAction::Restore;
    entry.summary = fmt::format("restored {}; the data before is in {}", file.string(), safety.string());
    if (auto ok = m_ctx.store.transact([&] { return writeAudit(m_ctx, std::move(entry)); }); !ok) {
        logger()->error("restore not audited: {}", ok.error().describe());
    }
    logger()->info("{}: database restored from {}; previous data saved in {}", m_ctx.user.name, file.string(),
                   safety.string());
    return saved;
}

domain::Result<DatabaseCheck> BackupService::check(bool quick)
{
    if (!m_ctx.user.can(domain::Permission::Backup)) {
        if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
            return std::unexpected(ok.error());
        }
    }
    return checkDatabaseFile(m_database, quick);
}

} // namespace propdesk::services
