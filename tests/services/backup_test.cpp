// Backups (docs/security.md): online backups that pass their check, the daily one and how many are kept,
// restore that refuses a damaged, foreign or newer file and keeps the data it replaces, and recovery of a
// database that fails its check.

#include "servicetestsupport.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <fstream>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::ErrorCode;
using propdesk::tests::at;
using propdesk::tests::Desk;

namespace {

namespace fs = std::filesystem;

std::string fileBytes(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Overwrites the first bytes of `table`'s root page (its b-tree page header) with garbage: the kind of
// damage a bad disk sector does. The file must not be open elsewhere.
void corrupt(const fs::path& file, const std::string& table = "work_orders")
{
    std::int64_t pageSize = 0;
    std::int64_t root = 0;
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
        pageSize = db.execAndGet("PRAGMA page_size").getInt64();
        SQLite::Statement q(db, "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?");
        q.bind(1, table);
        REQUIRE(q.executeStep());
        root = q.getColumn(0).getInt64();
    }
    REQUIRE(root > 1);
    std::fstream out(file, std::ios::in | std::ios::out | std::ios::binary);
    REQUIRE(out);
    out.seekp((root - 1) * pageSize);
    const std::string garbage(64, '\xA5');
    out.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    REQUIRE(out);
}

std::int64_t countRows(const fs::path& file, const std::string& table)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM " + table).getInt64();
}

std::vector<std::string> filesIn(const fs::path& folder)
{
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        names.push_back(entry.path().filename().string());
    }
    std::ranges::sort(names);
    return names;
}

services::NewWorkOrder call(std::string location)
{
    services::NewWorkOrder r;
    r.siteCode = "A";
    r.location = std::move(location);
    r.category = domain::Category::Plumbing;
    return r;
}

void logOrder(Desk& desk, std::string location)
{
    REQUIRE(desk.ws->workOrders().log(call(std::move(location))));
    desk.clock.advance(1min);
}

} // namespace

TEST_CASE("a backup is one checked, self-contained file with the data, made while the database is in use")
{
    Desk desk(at("2025-04-05 10:00"));
    desk.addSite("A");
    logOrder(desk, "1-1-101");
    const auto file = desk.dir.file("copy.db");

    auto made = desk.ws->backups().backupNow(file);
    REQUIRE(made);
    CHECK(made->path == file);
    CHECK(made->madeAt == desk.clock.now());
    CHECK(made->bytes == fs::file_size(file));
    CHECK_FALSE(fs::exists(desk.dir.file("copy.db.part")));
    CHECK_FALSE(fs::exists(desk.dir.file("copy.db-wal")));

    auto check = services::checkDatabaseFile(file, false);
    REQUIRE(check);
    CHECK(check->ok);
    CHECK(check->problems.empty());
    CHECK(check->schemaVersion == 8);
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
        CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
        CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "delete");
        CHECK(db.execAndGet("SELECT code FROM sites").getString() == "A");
        CHECK(db.execAndGet("SELECT location FROM work_orders").getString() == "1-1-101");
    }
    const auto last = desk.auditTrail().back();
    CHECK(last.entity == "backup");
    CHECK(last.action == domain::AuditAction::Backup);
    CHECK(last.record == "copy.db");
    CHECK(last.summary == file.string());

    // The desk goes on working; the backup stays as it was.
    logOrder(desk, "1-1-102");
    CHECK(desk.storedOrders("A") == 2);
    CHECK(countRows(file, "work_orders") == 1);

    // Without a file name: a dated file in the backup folder beside the database.
    auto dated = desk.ws->backups().backupNow();
    REQUIRE(dated);
    CHECK(dated->path.parent_path() == desk.dir.file("backups"));
    CHECK(desk.ws->backups().folder() == desk.dir.file("backups"));
    CHECK_THAT(dated->path.filename().string(), Catch::StartsWith("propdesk-") && Catch::EndsWith(".db"));
    CHECK(countRows(dated->path, "work_orders") == 2);
    const auto listed = desk.ws->backups().backups();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].path == dated->path);
    CHECK(listed[0].madeAt == desk.clock.now());
}

TEST_CASE("the daily backup is made once a day and only the newest `keep` are kept")
{
    // Noon UTC, a day apart: a new local date every step in any time zone, no daylight-saving change.
    const domain::Instant noon = domain::Instant{date::sys_days{date::year{2025} / 6 / 10}} + 12h;
    Desk desk(noon);
    desk.addSite("A");
    REQUIRE(desk.ws->backups().setKeep(3));
    CHECK(desk.ws->backups().keep() == 3);

    std::vector<fs::path> made;
    for (int day = 0; day < 6; ++day) {
        INFO("day " << day);
        desk.clock.set(noon + date::days{day});
        logOrder(desk, fmt::format("1-1-{}", 101 + day));
        auto backup = desk.ws->backups().dailyBackup();
        REQUIRE(backup);
        REQUIRE(*backup);
        CHECK(countRows((*backup)->path, "work_orders") == day + 1);
        made.push_back((*backup)->path);
        desk.clock.advance(1h);
        auto again = desk.ws->backups().dailyBackup();
        REQUIRE(again);
        CHECK_FALSE(*again); // today's exists
        CHECK(desk.ws->backups().backups().size() == static_cast<std::size_t>(std::min(day + 1, 3)));
    }
    const auto kept = desk.ws->backups().backups();
    REQUIRE(kept.size() == 3);
    CHECK(kept[0].path == made[5]);
    CHECK(kept[1].path == made[4]);
    CHECK(kept[2].path == made[3]);
    for (int day = 0; day < 3; ++day) {
        CHECK_FALSE(fs::exists(made[static_cast<std::size_t>(day)]));
    }
    for (const auto& b : kept) {
        auto check = services::checkDatabaseFile(b.path, false);
        REQUIRE(check);
        CHECK(check->ok);
    }
    CHECK(filesIn(desk.dir.file("backups")).size() == 3);
}

TEST_CASE("restore refuses a damaged, foreign, newer or missing file and changes nothing")
{
    Desk desk(at("2025-04-05 10:00"));
    desk.addSite("A");
    logOrder(desk, "1-1-101");
    const auto good = desk.dir.file("good.db");
    REQUIRE(desk.ws->backups().backupNow(good));
    logOrder(desk, "1-1-102");
    const auto orders = desk.storedOrders("A");
    const auto trail = desk.auditTrail().size();
    const auto folder = desk.ws->backups().folder();
    const auto copyOfGood = [&](const std::string& name) {
        const auto file = desk.dir.file(name);
        fs::copy_file(good, file);
        return file;
    };

    fs::path file;
    std::string expected;
    auto code = ErrorCode::InvalidInput;
    SECTION("a page overwritten with garbage")
    {
        file = copyOfGood("damaged.db");
        corrupt(file);
        expected = "the file fails its check: ";
    }
    SECTION("an SQLite database of some other program")
    {
        file = desk.dir.file("other.db");
        SQLite::Database other(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes(text) VALUES('hi')");
        expected = "not a PropDesk database";
    }
    SECTION("a backup from a newer release")
    {
        file = copyOfGood("newer.db");
        {
            SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
            db.exec("PRAGMA user_version = 99");
        }
        expected = "schema version 99";
    }
    SECTION("a file that is not a database at all")
    {
        file = desk.dir.file("notes.db");
        std::ofstream(file, std::ios::binary) << std::string(8192, 'x');
        expected = "the file fails its check: ";
    }
    SECTION("a file that does not exist")
    {
        file = desk.dir.file("missing.db");
        code = ErrorCode::NotFound;
        expected = "no database at";
    }
    const auto bytes = fs::exists(file) ? fileBytes(file) : std::string();

    auto restored = desk.ws->backups().restore(file);
    REQUIRE_FALSE(restored);
    CHECK(restored.error().code == code);
    CHECK_THAT(restored.error().message, Catch::Contains(expected));

    // Nothing written: the data, the trail, no safety backup, the file itself untouched.
    CHECK(desk.storedOrders("A") == orders);
    CHECK(desk.auditTrail().size() == trail);
    CHECK(filesIn(folder).empty());
    if (!bytes.empty()) {
        CHECK(fileBytes(file) == bytes);
    }
    auto check = desk.ws->backups().check(false);
    REQUIRE(check);
    CHECK(check->ok);
}

TEST_CASE("restoring a good backup replaces the data and keeps the data before in a -before-restore file")
{
    Desk desk(at("2025-04-05 10:00"));
    desk.addSite("A");
    logOrder(desk, "1-1-101");
    const auto good = desk.dir.file("good.db");
    REQUIRE(desk.ws->backups().backupNow(good));
    logOrder(desk, "1-1-102");
    REQUIRE(desk.ws->staff().add("A", domain::StaffMember{{}, {}, "张师傅", "", "", true}));
    desk.clock.advance(1h);
    const auto generation = desk.ws->context().rulesGeneration;

    auto saved = desk.ws->backups().restore(good);
    REQUIRE(saved);
    CHECK(saved->path.parent_path() == desk.ws->backups().folder());
    CHECK_THAT(saved->path.filename().string(),
               Catch::StartsWith("propdesk-") && Catch::EndsWith("-before-restore.db"));
    // The safety file holds the data as it was just before.
    auto safe = services::checkDatabaseFile(saved->path, false);
    REQUIRE(safe);
    CHECK(safe->ok);
    CHECK(countRows(saved->path, "work_orders") == 2);
    CHECK(countRows(saved->path, "staff") == 1);
    // The database holds the backup's data.
    CHECK(desk.storedOrders("A") == 1);
    auto staff = desk.ws->staff().list("A");
    REQUIRE(staff);
    CHECK(staff->empty());
    CHECK(desk.ws->context().rulesGeneration > generation);
    auto check = desk.ws->backups().check(false);
    REQUIRE(check);
    CHECK(check->ok);
    // The restore is the first entry after the backup's own trail.
    const auto last = desk.auditTrail().back();
    CHECK(last.action == domain::AuditAction::Restore);
    CHECK(last.entity == "backup");
    CHECK(last.record == "good.db");
    CHECK_THAT(last.summary, Catch::Contains(saved->path.string()));

    // The desk goes on with the restored data, and it is all still there after reopening.
    logOrder(desk, "1-1-103");
    CHECK(desk.storedOrders("A") == 2);
    const auto path = desk.ws->path();
    desk.ws.reset();
    auto reopened = services::Workspace::open(path, services::OpenMode::OpenExisting, desk.clock,
                                              domain::User{"tester", domain::Role::System});
    REQUIRE(reopened);
    desk.ws = std::move(*reopened);
    CHECK(desk.storedOrders("A") == 2);
}

TEST_CASE("a restore works after an order was looked up by its code")
{
    // Looking an order up by code leaves the database connection as every other call does: a restore
    // (SQLite's backup API into the open connection) needs it without a read in progress.
    Desk desk(at("2025-04-05 10:00"));
    desk.addSite("A");
    auto order = desk.ws->workOrders().log(call("1-1-101"));
    REQUIRE(order);
    desk.clock.advance(1min);
    const auto good = desk.dir.file("good.db");
    REQUIRE(desk.ws->backups().backupNow(good));
    logOrder(desk, "1-1-102");
    REQUIRE(desk.ws->workOrders().get("A", order->header.code));

    auto saved = desk.ws->backups().restore(good);
    INFO((saved ? std::string() : saved.error().describe()));
    REQUIRE(saved);
    CHECK(desk.storedOrders("A") == 1);
}

TEST_CASE("recovery moves a database that fails its check aside and puts a checked backup in its place")
{
    Desk desk(at("2025-04-05 10:00"));
    desk.addSite("A");
    logOrder(desk, "1-1-101");
    const auto good = desk.dir.file("good.db");
    REQUIRE(desk.ws->backups().backupNow(good));
    logOrder(desk, "1-1-102");
    const auto path = desk.ws->path();

    SECTION("a healthy database is not replaced this way")
    {
        auto r = services::recoverFromBackup(path, good, desk.clock.now());
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Conflict);
        CHECK(desk.storedOrders("A") == 2);
        for (const auto& name : filesIn(desk.dir.path())) {
            CHECK(name.find("broken") == std::string::npos);
        }
    }
    SECTION("a damaged database")
    {
        desk.ws.reset();
        corrupt(path);
        auto damaged = services::checkDatabaseFile(path, true);
        REQUIRE(damaged);
        REQUIRE_FALSE(damaged->ok);
        const auto brokenBytes = fileBytes(path);

        // A damaged backup is refused, and the database stays where it is.
        const auto badBackup = desk.dir.file("bad-backup.db");
        fs::copy_file(good, badBackup);
        corrupt(badBackup);
        auto refused = services::recoverFromBackup(path, badBackup, desk.clock.now());
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(fileBytes(path) == brokenBytes);

        auto aside = services::recoverFromBackup(path, good, desk.clock.now());
        REQUIRE(aside);
        CHECK(aside->parent_path() == path.parent_path());
        CHECK_THAT(aside->filename().string(), Catch::StartsWith("propdesk.db.broken-"));
        CHECK(fileBytes(*aside) == brokenBytes);
        auto check = services::checkDatabaseFile(path, false);
        REQUIRE(check);
        CHECK(check->ok);
        CHECK(fileBytes(path) == fileBytes(good));

        auto reopened = services::Workspace::open(path, services::OpenMode::OpenExisting, desk.clock,
                                                  domain::User{"tester", domain::Role::System});
        REQUIRE(reopened);
        desk.ws = std::move(*reopened);
        CHECK(desk.storedOrders("A") == 1);
    }
}

TEST_CASE("the newest good backup skips a damaged newer one")
{
    Desk desk(at("2025-04-05 10:00"));
    desk.addSite("A");
    logOrder(desk, "1-1-101");
    auto older = desk.ws->backups().backupNow();
    REQUIRE(older);
    desk.clock.advance(24h);
    logOrder(desk, "1-1-102");
    auto newer = desk.ws->backups().backupNow();
    REQUIRE(newer);
    const auto path = desk.ws->path();
    const auto folder = desk.ws->backups().folder();
    // Files that are no backups of this database are ignored.
    std::ofstream(folder / "notes.txt") << "not a backup";
    REQUIRE(fs::copy_file(older->path, folder / "other-20250101-000000.db"));

    const auto all = services::listBackups(path, folder);
    REQUIRE(all.size() == 2);
    CHECK(all[0].path == newer->path);
    CHECK(all[1].path == older->path);

    auto best = services::newestGoodBackup(path, folder);
    REQUIRE(best);
    CHECK(best->path == newer->path);

    corrupt(newer->path);
    best = services::newestGoodBackup(path, folder);
    REQUIRE(best);
    CHECK(best->path == older->path);

    corrupt(older->path);
    CHECK_FALSE(services::newestGoodBackup(path, folder));
}
