#include "sqlitestore.h"

#include "schema.h"
#include "sqlitecalendarrepository.h"
#include "sqliterulesetrepository.h"
#include "sqlitesiterepository.h"
#include "sqlitestaffrepository.h"
#include "sqliteworkorderrepository.h"
#include "storagelog.h"

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
        : m_db(std::move(db)), m_sites(*m_db), m_workOrders(*m_db), m_ruleSets(*m_db), m_calendars(*m_db),
          m_staff(*m_db)
    {}

    domain::SiteRepository& sites() override { return m_sites; }
    domain::WorkOrderRepository& workOrders() override { return m_workOrders; }
    domain::RuleSetRepository& ruleSets() override { return m_ruleSets; }
    domain::CalendarRepository& calendars() override { return m_calendars; }
    domain::StaffRepository& staff() override { return m_staff; }

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
    SqliteRuleSetRepository m_ruleSets;
    SqliteCalendarRepository m_calendars;
    SqliteStaffRepository m_staff;
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
        if (version < kSchemaVersion) {
            logger()->info("upgrading {} from schema version {} to {}", path.string(), version, kSchemaVersion);
            upgradeSchema(*db);
        }
        return std::make_unique<SqliteStore>(std::move(db));
    } catch (const std::exception& e) {
        return domain::fail(ErrorCode::Storage, fmt::format("cannot open {}: {}", path.string(), e.what()));
    }
}

} // namespace propdesk::storage
