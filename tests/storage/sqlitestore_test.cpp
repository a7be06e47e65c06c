// The database file: its settings, its schema upgrades, what it refuses, and its transactions.

#include "domain/siterepository.h"
#include "domain/workorderrepository.h"
#include "storage/schema.h"
#include "storage/sqlitestore.h"
#include "tempdir.h"
#include "testtime.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::TempDir;

namespace {

std::string readBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::unique_ptr<domain::Store> freshStore(const TempDir& dir)
{
    auto store = storage::openStore(dir.file("propdesk.db"), storage::OpenMode::CreateIfMissing);
    REQUIRE(store);
    return std::move(*store);
}

domain::Site site(std::string code)
{
    domain::Site s;
    s.code = std::move(code);
    s.name = "测试小区";
    return s;
}

// A logged-and-completed order of `siteId`, built the way the use cases build it.
domain::WorkOrder completedOrder(domain::SiteId siteId, std::string code)
{
    domain::WorkOrder o;
    o.header.siteId = siteId;
    o.header.code = std::move(code);
    o.header.location = "3-2-1502";
    o.header.category = domain::Category::Plumbing;
    o.header.reportedAt = at("2025-03-03 09:00");
    const auto event = [](domain::EventKind kind, domain::Instant t) {
        domain::WorkOrderEvent e;
        e.kind = kind;
        e.at = t;
        e.actor = "tester";
        e.recordedAt = t;
        return e;
    };
    REQUIRE(o.apply(event(domain::EventKind::Logged, at("2025-03-03 09:00"))));
    REQUIRE(o.apply(event(domain::EventKind::Arrived, at("2025-03-03 09:20"))));
    REQUIRE(o.apply(event(domain::EventKind::Completed, at("2025-03-03 11:00"))));
    return o;
}

std::int64_t siteCount(const std::filesystem::path& path)
{
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT COUNT(*) FROM sites").getInt64();
}

} // namespace

TEST_CASE("a new database is created in WAL mode at the current schema version")
{
    TempDir dir;
    const auto path = dir.file("propdesk.db");
    {
        auto store = freshStore(dir);
    }
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == storage::kSchemaVersion);
    CHECK(storage::schemaVersion(db) == storage::kSchemaVersion);
}

TEST_CASE("opening a database that does not exist without asking to create it fails and creates nothing")
{
    TempDir dir;
    const auto path = dir.file("missing.db");
    auto store = storage::openStore(path, storage::OpenMode::OpenExisting);
    REQUIRE_FALSE(store);
    CHECK(store.error().code == domain::ErrorCode::NotFound);
    CHECK_THAT(store.error().message, Catch::Contains("missing.db"));
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("foreign keys are enforced: a work order cannot belong to a site that does not exist")
{
    TempDir dir;
    auto store = freshStore(dir);
    auto added = store->workOrders().add(completedOrder(domain::SiteId{4242}, "WO-1"));
    REQUIRE_FALSE(added);
    CHECK(added.error().code == domain::ErrorCode::Storage);

    auto siteId = store->sites().add(site("HQ"));
    REQUIRE(siteId);
    CHECK(store->workOrders().add(completedOrder(*siteId, "WO-1")));
}

TEST_CASE("a database of schema version 1 with data opens, upgrades and keeps every record")
{
    TempDir dir;
    const auto path = dir.file("old.db");
    const auto reported = at("2024-11-05 09:00");
    const auto arrived = at("2024-11-05 09:25");
    const auto completed = at("2024-11-05 11:40");
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        storage::upgradeSchema(db, 1);
        REQUIRE(storage::schemaVersion(db) == 1);
        db.exec("INSERT INTO sites(id, code, name, time_zone, calendar) "
                "VALUES(7, 'OLD', '老小区', 'Asia/Shanghai', 'CN')");
        SQLite::Statement wo(db, "INSERT INTO work_orders(id, site_id, code, location, category, urgency, reporter, "
                                 "description, reported_at, status, arrived_at, completed_at) "
                                 "VALUES(11, 7, 'WO-OLD-1', '5-1-302', 'plumbing', 'normal', '王芳', "
                                 "'厨房水龙头滴水', ?, 'completed', ?, ?)");
        wo.bind(1, domain::epochSeconds(reported));
        wo.bind(2, domain::epochSeconds(arrived));
        wo.bind(3, domain::epochSeconds(completed));
        wo.exec();
        SQLite::Statement ev(db, "INSERT INTO work_order_events(work_order_id, kind, at, actor, note, recorded_at) "
                                 "VALUES(11, ?, ?, 'front-desk', ?, ?)");
        const std::vector<std::tuple<std::string, domain::Instant, std::string>> events{
            {"logged", reported, ""}, {"arrived", arrived, ""}, {"completed", completed, "已修复"}};
        for (const auto& [kind, t, note] : events) {
            ev.reset();
            ev.bind(1, kind);
            ev.bind(2, domain::epochSeconds(t));
            ev.bind(3, note);
            ev.bind(4, domain::epochSeconds(t));
            ev.exec();
        }
    }

    auto store = storage::openStore(path, storage::OpenMode::OpenExisting);
    REQUIRE(store);

    auto site = (*store)->sites().findByCode("OLD");
    REQUIRE(site);
    REQUIRE(*site);
    CHECK((*site)->name == "老小区");
    CHECK((*site)->timeZone == "Asia/Shanghai");
    CHECK((*site)->calendar == domain::CalendarKind::China);
    CHECK((*site)->workStart == std::chrono::hours{8});
    CHECK((*site)->workEnd == std::chrono::hours{17} + std::chrono::minutes{30});
    CHECK((*site)->households == 0);
    CHECK((*site)->residents == 0);

    auto order = (*store)->workOrders().get(domain::WorkOrderId{11});
    REQUIRE(order);
    REQUIRE(*order);
    const auto& o = **order;
    CHECK(o.header.code == "WO-OLD-1");
    CHECK(o.header.siteId == domain::SiteId{7});
    CHECK(o.header.location == "5-1-302");
    CHECK(o.header.reporter == "王芳");
    CHECK(o.header.description == "厨房水龙头滴水");
    CHECK(o.header.reportedAt == reported);
    REQUIRE(o.history.size() == 3);
    CHECK(o.history[0].kind == domain::EventKind::Logged);
    CHECK(o.history[1].kind == domain::EventKind::Arrived);
    CHECK(o.history[2].kind == domain::EventKind::Completed);
    CHECK(o.history[2].note == "已修复");
    CHECK(o.timeline().arrived == arrived);
    CHECK(o.timeline().completed == completed);
    CHECK(o.status() == domain::WorkOrderStatus::Completed);

    auto listed =
        (*store)->workOrders().reportedBetween(domain::SiteId{7}, at("2024-11-01 00:00"), at("2024-12-01 00:00"));
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().timeline.completed == completed);

    // Version 3 indexes what was there: the place and its caller, and the text for search.
    auto places = (*store)->workOrders().knownLocations(domain::SiteId{7});
    REQUIRE(places);
    REQUIRE(places->size() == 1);
    CHECK(places->front().location == "5-1-302");
    CHECK(places->front().reporter == "王芳");
    domain::WorkOrderFilter filter;
    filter.text = "水龙头";
    auto found = (*store)->workOrders().find(filter, std::nullopt, 10);
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->front().header.code == "WO-OLD-1");
    store->reset();

    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    CHECK(storage::schemaVersion(db) == storage::kSchemaVersion);
}

TEST_CASE("a database from a newer release is refused with both versions named, and left untouched")
{
    TempDir dir;
    const auto path = dir.file("future.db");
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE something_new(x INTEGER)");
        db.exec("INSERT INTO something_new VALUES(1)");
        db.exec("PRAGMA user_version = 99");
    }
    const auto before = readBytes(path);

    auto store = storage::openStore(path, storage::OpenMode::OpenExisting);
    REQUIRE_FALSE(store);
    CHECK(store.error().code == domain::ErrorCode::Unsupported);
    CHECK_THAT(store.error().message, Catch::Contains("99"));
    CHECK_THAT(store.error().message, Catch::Contains(std::to_string(storage::kSchemaVersion)));
    CHECK_THAT(store.error().message, Catch::Contains("newer"));

    CHECK(readBytes(path) == before);
    CHECK_FALSE(std::filesystem::exists(path.string() + "-wal"));
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    CHECK(storage::schemaVersion(db) == 99);
    CHECK(db.execAndGet("PRAGMA journal_mode").getString() != "wal");
}

TEST_CASE("a file that is not a database is refused and not modified")
{
    TempDir dir;
    const auto path = dir.file("notes.db");
    {
        std::ofstream out(path, std::ios::binary);
        for (int i = 0; i < 100; ++i) {
            out << "This is a shopping list, not a PropDesk database. Line " << i << "\n";
        }
    }
    const auto before = readBytes(path);

    for (const auto mode : {storage::OpenMode::OpenExisting, storage::OpenMode::CreateIfMissing}) {
        auto store = storage::openStore(path, mode);
        REQUIRE_FALSE(store);
        CHECK(store.error().code == domain::ErrorCode::Storage);
        CHECK_THAT(store.error().message, Catch::Contains("notes.db"));
        CHECK(readBytes(path) == before);
    }
    CHECK_FALSE(std::filesystem::exists(path.string() + "-wal"));
}

TEST_CASE("the work-order history is append-only: changing or deleting an event is refused by the database")
{
    TempDir dir;
    const auto path = dir.file("propdesk.db");
    {
        auto store = freshStore(dir);
        auto siteId = store->sites().add(site("HQ"));
        REQUIRE(siteId);
        REQUIRE(store->workOrders().add(completedOrder(*siteId, "WO-1")));
    }
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
    REQUIRE(db.execAndGet("SELECT COUNT(*) FROM work_order_events").getInt() == 3);

    CHECK_THROWS_WITH(db.exec("UPDATE work_order_events SET at = at - 3600 WHERE kind = 'completed'"),
                      Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM work_order_events WHERE kind = 'arrived'"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM work_order_events"), Catch::Contains("append-only"));

    CHECK(db.execAndGet("SELECT COUNT(*) FROM work_order_events").getInt() == 3);
    CHECK(db.execAndGet("SELECT at FROM work_order_events WHERE kind = 'completed'").getInt64() ==
          domain::epochSeconds(at("2025-03-03 11:00")));
}

TEST_CASE("a transaction whose work returns an error leaves nothing behind and passes the error on")
{
    TempDir dir;
    const auto path = dir.file("propdesk.db");
    auto store = freshStore(dir);
    REQUIRE(store->sites().add(site("KEEP")));

    auto result = store->transact([&]() -> domain::Result<void> {
        auto a = store->sites().add(site("A"));
        REQUIRE(a);
        REQUIRE(store->workOrders().add(completedOrder(*a, "WO-1")));
        REQUIRE(store->sites().add(site("B")));
        return domain::fail(domain::ErrorCode::InvalidInput, "the third step failed", "field", "record");
    });
    REQUIRE_FALSE(result);
    CHECK(result.error().code == domain::ErrorCode::InvalidInput);
    CHECK(result.error().message == "the third step failed");
    CHECK(result.error().field == "field");

    auto a = store->sites().findByCode("A");
    REQUIRE(a);
    CHECK_FALSE(*a);
    auto b = store->sites().findByCode("B");
    REQUIRE(b);
    CHECK_FALSE(*b);
    CHECK(siteCount(path) == 1);

    // The store stays usable after the rollback.
    CHECK(store->transact([&]() -> domain::Result<void> {
        auto c = store->sites().add(site("C"));
        return c ? domain::Result<void>{} : std::unexpected(c.error());
    }));
    CHECK(siteCount(path) == 2);
}

TEST_CASE("a transaction whose work throws is rolled back and reported as a storage error")
{
    TempDir dir;
    const auto path = dir.file("propdesk.db");
    auto store = freshStore(dir);

    auto result = store->transact([&]() -> domain::Result<void> {
        REQUIRE(store->sites().add(site("A")));
        throw std::runtime_error("disk on fire");
    });
    REQUIRE_FALSE(result);
    CHECK(result.error().code == domain::ErrorCode::Storage);
    CHECK_THAT(result.error().message, Catch::Contains("disk on fire"));
    CHECK(siteCount(path) == 0);
}

TEST_CASE("a nested transaction joins the outer one: when the outer fails, the inner's work is undone too")
{
    TempDir dir;
    const auto path = dir.file("propdesk.db");
    auto store = freshStore(dir);

    auto result = store->transact([&]() -> domain::Result<void> {
        auto inner = store->transact([&]() -> domain::Result<void> {
            auto a = store->sites().add(site("INNER"));
            return a ? domain::Result<void>{} : std::unexpected(a.error());
        });
        REQUIRE(inner);
        // The inner work is not committed on its own: another connection cannot see it yet.
        CHECK(siteCount(path) == 0);
        REQUIRE(store->sites().add(site("OUTER")));
        return domain::fail(domain::ErrorCode::Conflict, "changed my mind");
    });
    REQUIRE_FALSE(result);
    CHECK(result.error().code == domain::ErrorCode::Conflict);
    CHECK(siteCount(path) == 0);

    auto ok = store->transact([&]() -> domain::Result<void> {
        auto inner = store->transact([&]() -> domain::Result<void> {
            auto a = store->sites().add(site("INNER"));
            return a ? domain::Result<void>{} : std::unexpected(a.error());
        });
        if (!inner) {
            return inner;
        }
        auto b = store->sites().add(site("OUTER"));
        return b ? domain::Result<void>{} : std::unexpected(b.error());
    });
    CHECK(ok);
    CHECK(siteCount(path) == 2);
}

TEST_CASE("a unique code is enforced: a second site or order with the same code is a conflict")
{
    TempDir dir;
    auto store = freshStore(dir);
    auto hq = store->sites().add(site("HQ"));
    REQUIRE(hq);
    auto again = store->sites().add(site("HQ"));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == domain::ErrorCode::Conflict);

    REQUIRE(store->workOrders().add(completedOrder(*hq, "WO-1")));
    auto dup = store->workOrders().add(completedOrder(*hq, "WO-1"));
    REQUIRE_FALSE(dup);
    CHECK(dup.error().code == domain::ErrorCode::Conflict);
    CHECK(dup.error().field == "id");
}
