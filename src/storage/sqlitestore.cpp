#include "sqlitestore.h"

#include "schema.h"
#include "sqliteauditrepository.h"
#include "sqlitecalendarrepository.h"
#include "sqlitecommitmentrepository.h"
#include "sqlitecomplaintrepository.h"
#include "sqliteinspectionrepository.h"
#include "sqliterulesetrepository.h"
#include "sqlitesecurityrepository.h"
#include "sqlitesiterepository.h"
#include "sqlitestaffrepository.h"
#include "sqliteuserrepository.h"
#include "sqliteworkorderrepository.h"
#include "storagelog.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

namespace propdesk::storage {

using domain::ErrorCode;

namespace {

constexpr int kBusyTimeoutMs = 10000;

class SqliteStore final : public domain::Store
{
public:
    explicit SqliteStore(std::unique_ptr<SQLite::Database> db)
        : m_db(std::move(db)), m_sites(*m_db), m_workOrders(*m_db), m_complaints(*m_db), m_security(*m_db),
          m_inspections(*m_db), m_commitments(*m_db), m_ruleSets(*m_db), m_calendars(*m_db), m_staff(*m_db),
          m_users(*m_db), m_audit(*m_db), m_settings(*m_db)
    {}

    domain::SiteRepository& sites() override { return m_sites; }
    domain::WorkOrderRepository& workOrders() override { return m_workOrders; }
    domain::ComplaintRepository& complaints() override { return m_complaints; }
    domain::SecurityRepository& security() override { return m_security; }
    domain::InspectionRepository& inspections() override { return m_inspections; }
    domain::CommitmentRepository& commitments() override { return m_commitments; }
    domain::RuleSetRepository& ruleSets() override { return m_ruleSets; }
    domain::CalendarRepository& calendars() override { return m_calendars; }
    domain::StaffRepository& staff() override { return m_staff; }
    domain::UserRepository& users() override { return m_users; }
    domain::AuditRepository& audit() override { return m_audit; }
    domain::SettingsRepository& settings() override { return m_settings; }

    domain::Result<void> backupTo(const std::filesystem::path& file) override
    {
        try {
            SQLite::Database target(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            target.setBusyTimeout(kBusyTimeoutMs);
            SQLite::Backup backup(target, *m_db);
            backup.executeStep(); // every page in one step: a consistent copy as of one moment
            // A backup is one self-contained file: no -wal beside it to lose when it is copied.
            target.exec("PRAGMA journal_mode = DELETE");
            return {};
        } catch (const std::exception& e) {
            return domain::fail(ErrorCode::Io, fmt::format("backup failed: {}", e.what()), "", file.string());
        }
    }

    domain::Result<void> restoreFrom(const std::filesystem::path& file) override
    {
        if (m_depth > 0) {
            return domain::fail(ErrorCode::Conflict, "cannot restore inside a transaction");
        }
        try {
            SQLite::Database source(file.string(), SQLite::OPEN_READONLY);
            {
                SQLite::Backup backup(*m_db, source);
                backup.executeStep();
            }
            m_db->exec("PRAGMA journal_mode = WAL");
            // A backup from an older release is upgraded at once, as opening it would.
            if (schemaVersion(*m_db) < kSchemaVersion) {
                upgradeSchema(*m_db);
            }
            return {};
        } catch (const std::exception& e) {
            return domain::fail(ErrorCode::Storage, fmt::format("restore failed: {}", e.what()), "", file.string());
        }
    }

    domain::Result<void> transact(const std::function<domain::Result<void>()>& work) override
    {
        if (m_depth > 0) {
            ++m_depth;
            auto result = runGuarded(work);
            --m_depth;
            return result;
        }
        try {
            m_db->exec("BEGIN IMMEDIATE");
        } catch (const std::exception& e) {
            return domain::fail(ErrorCode::Storage, fmt::format("could not start a transaction: {}", e.what()));
        }
        m_depth = 1;
        auto result = runGuarded(work);
        m_depth = 0;
        try {
            m_db->exec(result ? "COMMIT" : "ROLLBACK");
        } catch (const std::exception& e) {
            try {
                m_db->exec("ROLLBACK");
            } catch (const std::exception&) {
                // The failed COMMIT already ended the transaction.
            }
            return domain::fail(ErrorCode::Storage, fmt::format("could not commit: {}", e.what()));
        }
        return result;
    }

private:
    static domain::Result<void> runGuarded(const std::function<domain::Result<void>()>& work)
    {
        try {
            return work();
        } catch (const std::exception& e) {
            logger()->error("transaction aborted: {}", e.what());
            return domain::fail(ErrorCode::Storage, e.what());
        }
    }

    std::unique_ptr<SQLite::Database> m_db;
    SqliteSiteRepository m_sites;
    SqliteWorkOrderRepository m_workOrders;
    SqliteComplaintRepository m_complaints;
    SqliteSecurityRepository m_security;
    SqliteInspectionRepository m_inspections;
    SqliteCommitmentRepository m_commitments;
    SqliteRuleSetRepository m_ruleSets;
    SqliteCalendarRepository m_calendars;
    SqliteStaffRepository m_staff;
    SqliteUserRepository m_users;
    SqliteAuditRepository m_audit;
    SqliteSettingsRepository m_settings;
    int m_depth = 0;
};

} // namespace

domain::Result<std::unique_ptr<domain::Store>> openStore(const std::filesystem::path& path, OpenMode mode)
{
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (!exists && mode == OpenMode::OpenExisting) {
        return domain::fail(ErrorCode::NotFound,
                            fmt::format("no database at {} (create one with `propdesk-cli init`)", path.string()));
    }
    if (!exists && path.has_parent_path()) {
        std::filesystem::create_directories(path.parent_path(), ec);
    }
    try {
        auto db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db->setBusyTimeout(kBusyTimeoutMs);
        // A file that is not a database fails here, before anything is written to it.
        const int version = schemaVersion(*db);
        if (version > kSchemaVersion) {
            return domain::fail(ErrorCode::Unsupported,
                                fmt::format("{} was written by a newer PropDesk (schema version {}; this release "
                                            "reads up to {}). Install the newer release to open it.",
                                            path.string(), version, kSchemaVersion));
        }
        db->exec("PRAGMA journal_mode = WAL");
        db->exec("PRAGMA synchronous = FULL");
        db->exec("PRAGMA foreign_keys = ON");
        db->exec("PRAGMA temp_store = MEMORY");
        if (version < kSchemaVersion) {
            logger()->info("upgrading {} from schema version {} to {}", path.string(), version, kSchemaVersion);
            upgradeSchema(*db);
        }
        return std::make_unique<SqliteStore>(std::move(db));
    } catch (const std::exception& e) {
        return domain::fail(ErrorCode::Storage, fmt::format("cannot open {}: {}", path.string(), e.what()));
    }
}

domain::Result<DatabaseInspection> inspectDatabase(const std::filesystem::path& path, bool quick)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        return domain::fail(ErrorCode::NotFound, fmt::format("no database at {}", path.string()), "", path.string());
    }
    DatabaseInspection result;
    try {
        SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
        db.setBusyTimeout(kBusyTimeoutMs);
        result.schemaVersion = schemaVersion(db);
        SQLite::Statement check(db, quick ? "PRAGMA quick_check" : "PRAGMA integrity_check");
        while (check.executeStep()) {
            const std::string line = check.getColumn(0).getString();
            if (line != "ok") {
                result.problems.push_back(line);
            }
        }
        if (result.problems.empty()) {
            const bool propdesk =
                db.tableExists("sites") && db.tableExists("work_orders") && db.tableExists("work_order_events");
            if (!propdesk || result.schemaVersion < 1) {
                result.problems.push_back("not a PropDesk database");
            } else if (result.schemaVersion > kSchemaVersion) {
                result.problems.push_back(
                    fmt::format("written by a newer PropDesk (schema version {}; this release reads up to {})",
                                result.schemaVersion, kSchemaVersion));
            }
        }
    } catch (const std::exception& e) {
        result.problems.push_back(e.what());
    }
    result.ok = result.problems.empty();
    return result;
}

} // namespace propdesk::storage
