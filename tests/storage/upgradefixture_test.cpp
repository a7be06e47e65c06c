// Databases written by older PropDesk builds open with this one, are upgraded to the current schema and keep
// every record (#9). The fixtures in tests/data/upgrade were made by `propdesk-cli init --demo` of the commits
// named in tests/data/upgrade/README.md; the counts and records checked here are facts about those fixed files.

#include "domain/audit.h"
#include "domain/complaintrepository.h"
#include "domain/inspectionrepository.h"
#include "domain/rulesetrepository.h"
#include "domain/securityrepository.h"
#include "domain/siterepository.h"
#include "domain/staffrepository.h"
#include "domain/userrepository.h"
#include "domain/workorderrepository.h"
#include "services/userservice.h"
#include "storage/schema.h"
#include "storage/sqlitestore.h"
#include "tempdir.h"
#include "testtime.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::TempDir;

namespace {

using Counts = std::map<std::string, std::int64_t>;

// The fixture tests/data/upgrade/NAME.xz, decompressed into `dir`. xz is a test dependency (xz-utils,
// installed by scripts/setup.sh): without it this fails rather than skips.
std::filesystem::path unpack(const TempDir& dir, const std::string& name)
{
    const auto packed = std::filesystem::path(PROPDESK_TEST_DATA_DIR) / "upgrade" / (name + ".xz");
    REQUIRE(std::filesystem::exists(packed));
    const auto path = dir.file(name);
    const auto command = fmt::format("xz -dc '{}' > '{}'", packed.string(), path.string());
    INFO(command);
    REQUIRE(std::system(command.c_str()) == 0);
    REQUIRE(std::filesystem::file_size(path) > 0);
    return path;
}

int schemaVersionOf(const std::filesystem::path& path)
{
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    return storage::schemaVersion(db);
}

// The rows of every table. The search index (an FTS5 table without content) cannot be scanned: its
// shadow tables are counted, and the tests search it through the repository instead.
Counts rowCounts(const std::filesystem::path& path)
{
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    SQLite::Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                 "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name");
    Counts counts;
    while (tables.executeStep()) {
        const std::string name = tables.getColumn(0).getString();
        counts[name] = db.execAndGet(fmt::format("SELECT COUNT(*) FROM \"{}\"", name)).getInt64();
    }
    return counts;
}

// Every CREATE statement, to tell that a second open changes nothing in the schema either.
std::vector<std::string> schemaText(const std::filesystem::path& path)
{
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    SQLite::Statement query(db, "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master "
                                "ORDER BY type, name");
    std::vector<std::string> out;
    while (query.executeStep()) {
        out.push_back(query.getColumn(0).getString());
    }
    return out;
}

std::vector<std::string> integrityCheck(const std::filesystem::path& path)
{
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    SQLite::Statement check(db, "PRAGMA integrity_check");
    std::vector<std::string> lines;
    while (check.executeStep()) {
        lines.push_back(check.getColumn(0).getString());
    }
    return lines;
}

std::int64_t foreignKeyViolations(const std::filesystem::path& path)
{
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    SQLite::Statement check(db, "PRAGMA foreign_key_check");
    std::int64_t n = 0;
    while (check.executeStep()) {
        ++n;
    }
    return n;
}

std::unique_ptr<domain::Store> openExisting(const std::filesystem::path& path)
{
    auto store = storage::openStore(path, storage::OpenMode::OpenExisting);
    INFO((store ? std::string() : store.error().message));
    REQUIRE(store);
    return std::move(*store);
}

std::vector<std::string> tableNames(const Counts& counts)
{
    std::vector<std::string> names;
    for (const auto& [table, rows] : counts) {
        names.push_back(table);
    }
    return names;
}

// The same tables with the same rows, each difference named.
void checkSameCounts(const Counts& actual, const Counts& expected)
{
    REQUIRE(tableNames(actual) == tableNames(expected));
    for (const auto& [table, rows] : expected) {
        INFO("table " << table);
        CHECK(actual.at(table) == rows);
    }
}

// Opens the old file (which upgrades it), then checks what every upgrade must keep: the current schema
// version, a sound file, and at least the old number of rows in every table the old file had. Returns the
// counts after the upgrade.
Counts upgradeAndCheckTables(const std::filesystem::path& path, int oldVersion, const Counts& oldCounts)
{
    REQUIRE(schemaVersionOf(path) == oldVersion);
    // The fixture is the file the README describes.
    checkSameCounts(rowCounts(path), oldCounts);

    openExisting(path).reset();

    CHECK(schemaVersionOf(path) == storage::kSchemaVersion);
    CHECK(integrityCheck(path) == std::vector<std::string>{"ok"});
    CHECK(foreignKeyViolations(path) == 0);

    const auto after = rowCounts(path);
    for (const auto& [table, rows] : oldCounts) {
        INFO("table " << table);
        REQUIRE(after.contains(table));
        CHECK(after.at(table) >= rows);
    }
    return after;
}

// No migration rewrites an old table: every table of the old file keeps exactly its rows.
void checkOldTablesKeptExactly(const Counts& after, const Counts& oldCounts)
{
    for (const auto& [table, rows] : oldCounts) {
        INFO("table " << table);
        CHECK(after.at(table) == rows);
    }
}

// A second open of the upgraded file changes nothing: same version, same schema, same rows.
void checkSecondOpenChangesNothing(const std::filesystem::path& path, const Counts& afterFirst)
{
    const auto schemaBefore = schemaText(path);
    openExisting(path).reset();
    CHECK(schemaVersionOf(path) == storage::kSchemaVersion);
    CHECK(schemaText(path) == schemaBefore);
    checkSameCounts(rowCounts(path), afterFirst);
    CHECK(integrityCheck(path) == std::vector<std::string>{"ok"});
}

domain::Site demoSite(domain::Store& store)
{
    auto site = store.sites().findByCode("DEMO");
    REQUIRE(site);
    REQUIRE(*site);
    return **site;
}

void checkDemoSite(const domain::Site& site)
{
    CHECK(site.code == "DEMO");
    CHECK(site.name == "阳光花园");
    CHECK(site.timeZone == "Asia/Shanghai");
    CHECK(site.calendar == domain::CalendarKind::China);
    CHECK(site.workStart == std::chrono::hours{8});
    CHECK(site.workEnd == std::chrono::hours{17} + std::chrono::minutes{30});
    CHECK(site.households == 1680);
    CHECK(site.residents == 4950);
}

domain::WorkOrder workOrder(domain::Store& store, domain::SiteId site, std::string_view code)
{
    auto ref = store.workOrders().findRef(site, code);
    REQUIRE(ref);
    REQUIRE(*ref);
    auto order = store.workOrders().get((*ref)->id);
    REQUIRE(order);
    REQUIRE(*order);
    return **order;
}

std::vector<domain::EventKind> kinds(const domain::WorkOrder& order)
{
    std::vector<domain::EventKind> out;
    for (const auto& e : order.history) {
        out.push_back(e.kind);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------
// c0b002b, the first CLI with `init --demo`: schema version 2 (sites, work orders and their history, rule
// sets, holiday years).

const std::string kSchema2 = "propdesk-schema2-demo.db";

const Counts kSchema2Counts{
    {"holiday_years", 0}, {"rule_sets", 1}, {"sites", 1}, {"work_order_events", 3571}, {"work_orders", 746},
};

// ---------------------------------------------------------------------------------------------------
// 2ba8a73, before the KPI commitments (schema 8): schema version 7 with accounts, the audit trail,
// complaints, the security team and the cleaning and greening inspections. The file is the demo after one
// `kpi` run signed in as zhaomin, whose sign-in is the last audit entry.

const std::string kSchema7 = "propdesk-schema7-demo.db";

const Counts kSchema7Counts{
    {"audit_log", 5157},
    {"complaint_events", 111},
    {"complaints", 22},
    {"contractor_deductions", 1},
    {"contractor_warnings", 2},
    {"contractors", 3},
    {"duty_entries", 335},
    {"handover_items", 10},
    {"handovers", 177},
    {"holiday_years", 0},
    {"inspection_photos", 0},
    {"inspection_setups", 1},
    {"inspection_sheets", 296},
    {"inspection_templates", 0},
    {"locations", 592},
    {"nonconformance_events", 100},
    {"nonconformances", 24},
    {"patrol_routes", 2},
    {"patrol_scans", 3428},
    {"pest_visits", 4},
    {"preventive_actions", 2},
    {"roster_slots", 1464},
    {"rosters", 4},
    {"rule_sets", 1},
    {"security_setups", 1},
    {"settings", 1},
    {"sheet_amendments", 0},
    {"sign_in_failures", 0},
    {"sites", 1},
    {"spot_checks", 16},
    {"staff", 22},
    {"user_sites", 4},
    {"users", 4},
    {"work_order_events", 3408},
    // The shadow tables of the search index (work_order_search). No migration since version 3 rebuilds or
    // merges the index; one that did could legitimately change these two counts and must say so here.
    {"work_order_search_config", 1},
    {"work_order_search_data", 36},
    {"work_order_search_idx", 34},
    {"work_orders", 715},
};

} // namespace

TEST_CASE("upgrade: a schema 2 demo database from c0b002b upgrades and keeps every table's rows", "[upgrade]")
{
    TempDir dir;
    const auto path = unpack(dir, kSchema2);
    const auto after = upgradeAndCheckTables(path, 2, kSchema2Counts);
    checkOldTablesKeptExactly(after, kSchema2Counts);
    // Version 3 built the places list from the old orders: one row per distinct location.
    CHECK(after.at("locations") == 673);
    // Every other table that did not exist in version 2 starts empty (the search index's shadow tables
    // hold the index version 3 built over the old orders): the upgrade invents no accounts, settings or
    // targets.
    for (const auto& [table, rows] : after) {
        if (kSchema2Counts.contains(table) || table == "locations" || table.starts_with("work_order_search_")) {
            continue;
        }
        INFO("table " << table);
        CHECK(rows == 0);
    }
}

TEST_CASE("upgrade: the schema 2 demo's site and work orders read back through the repositories", "[upgrade]")
{
    TempDir dir;
    const auto path = unpack(dir, kSchema2);
    auto store = openExisting(path);
    const auto site = demoSite(*store);
    checkDemoSite(site);
    CHECK(site.id == domain::SiteId{1});

    auto sites = store->sites().list();
    REQUIRE(sites);
    CHECK(sites->size() == 1);

    // An order with a hold, a revisit with a low score and its comment.
    const auto o = workOrder(*store, site.id, "20260930-002");
    CHECK(o.header.location == "3-3-901");
    CHECK(o.header.category == domain::Category::Plumbing);
    CHECK(o.header.urgency == domain::Urgency::Normal);
    CHECK(o.header.reporter == "孙洋");
    CHECK(o.header.phone == "15539658348");
    CHECK(o.header.description == "卫生间下水道堵塞");
    CHECK(o.header.technician == "陈师傅");
    CHECK(o.header.reportedAt == at("2026-09-30 16:42:24"));
    CHECK_FALSE(o.header.reworkOf);
    CHECK(kinds(o) == std::vector<domain::EventKind>{domain::EventKind::Logged, domain::EventKind::Dispatched,
                                                     domain::EventKind::Arrived, domain::EventKind::HoldStarted,
                                                     domain::EventKind::Resumed, domain::EventKind::Completed,
                                                     domain::EventKind::Revisited});
    CHECK(o.history[3].note == "业主不在家，约定改日上门");
    CHECK(o.history[5].note == "已修复，功能恢复正常");
    CHECK(o.history[6].actor == "cli");
    CHECK(o.status() == domain::WorkOrderStatus::Revisited);
    const auto t = o.timeline();
    REQUIRE(t.holds.size() == 1);
    CHECK(t.holds[0].start == at("2026-09-30 17:00:24"));
    CHECK(t.holds[0].end == at("2026-09-30 20:00:24"));
    CHECK(t.holds[0].reason == "业主不在家，约定改日上门");
    CHECK(t.revisited == at("2026-10-01 11:11:24"));
    CHECK(t.satisfaction == 1);
    CHECK(t.revisitComment == "维修质量一般");

    // A rework order still points at the order it reworks.
    const auto rework = workOrder(*store, site.id, "20260927-003");
    REQUIRE(rework.header.reworkOf);
    auto reworked = store->workOrders().codeOf(*rework.header.reworkOf);
    REQUIRE(reworked);
    CHECK(*reworked == "20260925-007");
    CHECK(rework.history.size() == 5);
    CHECK(rework.status() == domain::WorkOrderStatus::Revisited);

    // October, the demo's last full month: every order reported in it, in the site's time.
    auto october = store->workOrders().reportedBetween(site.id, at("2026-10-01 00:00"), at("2026-11-01 00:00"));
    REQUIRE(october);
    CHECK(october->size() == 372);

    // The indexes version 3 added over the old orders: the places and the text search.
    auto places = store->workOrders().knownLocations(site.id);
    REQUIRE(places);
    CHECK(places->size() == 673);
    domain::WorkOrderFilter filter;
    filter.site = site.id;
    filter.text = "水龙头";
    auto found = store->workOrders().count(filter, 10000);
    REQUIRE(found);
    CHECK(*found == 112);

    auto rules = store->ruleSets().all();
    REQUIRE(rules);
    REQUIRE(rules->size() == 1);
    CHECK(rules->front().name == "default");
    CHECK_FALSE(rules->front().siteCode);

    // Accounts came with version 4: the upgraded file has none and stays in the bootstrap state.
    auto users = store->users().count();
    REQUIRE(users);
    CHECK(*users == 0);
}

TEST_CASE("upgrade: opening the upgraded schema 2 demo a second time changes nothing", "[upgrade]")
{
    TempDir dir;
    const auto path = unpack(dir, kSchema2);
    const auto after = upgradeAndCheckTables(path, 2, kSchema2Counts);
    checkSecondOpenChangesNothing(path, after);
}

TEST_CASE("upgrade: a schema 7 demo database from 2ba8a73 upgrades and keeps every table's rows", "[upgrade]")
{
    TempDir dir;
    const auto path = unpack(dir, kSchema7);
    const auto after = upgradeAndCheckTables(path, 7, kSchema7Counts);
    // Version 8 only adds tables.
    checkOldTablesKeptExactly(after, kSchema7Counts);
    // The commitments of version 8 start empty: the upgrade invents no targets, figures or snapshots.
    std::vector<std::string> added;
    for (const auto& [table, rows] : after) {
        if (!kSchema7Counts.contains(table)) {
            added.push_back(table);
            INFO("table " << table);
            CHECK(rows == 0);
        }
    }
    CHECK(added == std::vector<std::string>{"indicator_notes", "manual_figures", "report_snapshots", "target_entries",
                                            "target_sets"});
}

TEST_CASE("upgrade: the schema 7 demo's records read back through the repositories", "[upgrade]")
{
    TempDir dir;
    const auto path = unpack(dir, kSchema7);
    auto store = openExisting(path);
    const auto site = demoSite(*store);
    checkDemoSite(site);

    // A rework order with its revisit.
    const auto o = workOrder(*store, site.id, "20261002-005");
    CHECK(o.header.location == "10栋2单元1404");
    CHECK(o.header.reporter == "马涛");
    CHECK(o.header.description == "返修：卫生间下水道堵塞");
    CHECK(o.header.technician == "陈师傅");
    CHECK(o.header.reportedAt == at("2026-10-02 13:48:43"));
    REQUIRE(o.header.reworkOf);
    auto reworked = store->workOrders().codeOf(*o.header.reworkOf);
    REQUIRE(reworked);
    CHECK(*reworked == "20260930-007");
    CHECK(kinds(o) == std::vector<domain::EventKind>{domain::EventKind::Logged, domain::EventKind::Dispatched,
                                                     domain::EventKind::Arrived, domain::EventKind::Completed,
                                                     domain::EventKind::Revisited});
    CHECK(o.history[0].actor == "前台 王芳");
    CHECK(o.status() == domain::WorkOrderStatus::Revisited);
    CHECK(o.timeline().completed == at("2026-10-02 17:00:43"));
    CHECK(o.timeline().satisfaction == 1);
    CHECK(o.timeline().revisitComment == "维修质量一般");

    // A complaint linked to a work order, routed, answered, resolved, replied and judged valid.
    auto complaintId = store->complaints().findId(site.id, "TS20260927-001");
    REQUIRE(complaintId);
    REQUIRE(*complaintId);
    auto complaint = store->complaints().get(**complaintId);
    REQUIRE(complaint);
    REQUIRE(*complaint);
    const auto& c = **complaint;
    CHECK(c.header.channel == domain::ComplaintChannel::Visit);
    CHECK(c.header.category == domain::ComplaintCategory::RepairQuality);
    CHECK(c.header.receivedAt == at("2026-09-27 14:55:48"));
    CHECK(c.header.resident == "张桂英");
    CHECK(c.header.location == "4栋2单元903");
    CHECK(c.header.firstResponder == "客服主管 李静");
    CHECK(c.header.workOrderCode == "20260925-014");
    const auto linked = workOrder(*store, site.id, "20260925-014");
    CHECK(c.header.workOrder == linked.header.id);
    CHECK(c.history.size() == 7);
    CHECK(c.status() == domain::ComplaintStatus::Replied);
    const auto ct = c.timeline();
    CHECK(ct.department == domain::Department::Engineering);
    CHECK(ct.valid == true);
    CHECK(ct.judged == at("2026-09-30 09:11"));
    CHECK(ct.verdictReason == "经核实属实，物业服务不到位");
    CHECK(ct.informedHead == "管理处主任 陈建国");
    auto octoberComplaints =
        store->complaints().countReceivedBetween(site.id, at("2026-10-01 00:00"), at("2026-11-01 00:00"));
    REQUIRE(octoberComplaints);
    CHECK(*octoberComplaints == 9);

    // The demo accounts: name, role, site, and the password still verifies.
    auto users = store->users().list();
    REQUIRE(users);
    CHECK(users->size() == 4);
    auto zhaomin = store->users().findByName("zhaomin");
    REQUIRE(zhaomin);
    REQUIRE(*zhaomin);
    CHECK((*zhaomin)->displayName == "赵敏");
    CHECK((*zhaomin)->role == domain::Role::Manager);
    CHECK((*zhaomin)->active);
    CHECK((*zhaomin)->sites == std::vector<domain::SiteId>{site.id});
    CHECK(services::verifyPassword((*zhaomin)->passwordHash, "manager-demo"));
    CHECK_FALSE(services::verifyPassword((*zhaomin)->passwordHash, "admin-demo"));
    auto admin = store->users().findByName("admin");
    REQUIRE(admin);
    REQUIRE(*admin);
    CHECK((*admin)->role == domain::Role::Admin);

    // The audit trail ends with zhaomin's sign-in for the `kpi` run.
    domain::AuditFilter newest;
    newest.limit = 1;
    auto audit = store->audit().find(newest);
    REQUIRE(audit);
    REQUIRE(audit->size() == 1);
    CHECK(audit->front().id == 5157);
    CHECK(audit->front().action == domain::AuditAction::SignIn);
    CHECK(audit->front().user == "赵敏");
    CHECK(audit->front().record == "zhaomin");

    auto staff = store->staff().list(site.id);
    REQUIRE(staff);
    CHECK(staff->size() == 22);

    // Security: the routes, a day of guard-tour scans, a published roster, a handover.
    auto routes = store->security().routes(site.id);
    REQUIRE(routes);
    REQUIRE(routes->size() == 2);
    CHECK(routes->at(0).code == "R1");
    CHECK(routes->at(0).name == "楼宇及外围巡更");
    REQUIRE(routes->at(0).checkpoints.size() == 6);
    CHECK(routes->at(0).checkpoints[0].code == "CP01");
    CHECK(routes->at(0).checkpoints[0].name == "南门岗亭");
    CHECK(routes->at(0).rounds("night") == 3);
    CHECK(routes->at(1).code == "R2");
    CHECK(routes->at(1).checkpoints.size() == 4);
    auto scans = store->security().scansBetween(site.id, at("2026-10-15 00:00"), at("2026-10-16 00:00"));
    REQUIRE(scans);
    CHECK(scans->size() == 57);
    auto roster = store->security().roster(site.id, date::year{2026} / date::October);
    REQUIRE(roster);
    REQUIRE(*roster);
    CHECK((*roster)->status == domain::RosterStatus::Published);
    CHECK((*roster)->assignments.size() == 372);
    CHECK((*roster)->generatedBy == "秩序维护主管 刘伟");
    auto handover = store->security().handoverAt(site.id, date::year{2026} / date::October / date::day{15}, "early");
    REQUIRE(handover);
    REQUIRE(*handover);
    CHECK((*handover)->outgoingLeader == "杨帆");
    CHECK((*handover)->incomingLeader == "徐明");
    CHECK((*handover)->outgoingSignedAt);
    CHECK((*handover)->incomingSignedAt);
    CHECK((*handover)->notes == "对讲机6台、钥匙3串、值班记录本交接齐全");

    // Inspections: a nonconformance that failed its first verification, and the sheet that raised it.
    auto ncs = store->inspections().nonconformances(site.id);
    REQUIRE(ncs);
    CHECK(ncs->size() == 24);
    const auto nc = std::find_if(ncs->begin(), ncs->end(), [](const auto& n) { return n.code == "NC-2026-0001"; });
    REQUIRE(nc != ncs->end());
    CHECK(nc->state == domain::NcState::Closed);
    CHECK(nc->area == domain::AreaType::CarPark);
    CHECK(nc->itemCode == "C3");
    CHECK(nc->description == "地面: 地面有烟头纸屑");
    CHECK(nc->raisedAt == at("2026-09-27 17:33"));
    CHECK(nc->closedAt == at("2026-09-28 13:26"));
    std::vector<domain::NcEventKind> ncKinds;
    for (const auto& e : nc->events) {
        ncKinds.push_back(e.kind);
    }
    CHECK(ncKinds ==
          std::vector<domain::NcEventKind>{domain::NcEventKind::Raised, domain::NcEventKind::Rectified,
                                           domain::NcEventKind::VerificationFailed, domain::NcEventKind::Rectified,
                                           domain::NcEventKind::VerificationPassed, domain::NcEventKind::Closed});
    REQUIRE(nc->sheet);
    auto sheet = store->inspections().sheet(*nc->sheet);
    REQUIRE(sheet);
    REQUIRE(*sheet);
    CHECK((*sheet)->kind == domain::SheetKind::Daily);
    CHECK((*sheet)->day == date::year{2026} / date::September / date::day{27});
    CHECK((*sheet)->location == "地下车库");
    CHECK((*sheet)->status == domain::SheetStatus::Signed);
    REQUIRE((*sheet)->lines.size() == 3);
    CHECK((*sheet)->lines[2].item.code == "C3");
    CHECK((*sheet)->lines[2].result == domain::ItemResult::Fail);
    CHECK((*sheet)->lines[2].note == "地面有烟头纸屑");
    auto contractors = store->inspections().contractors(site.id);
    REQUIRE(contractors);
    CHECK(contractors->size() == 3);
}

TEST_CASE("upgrade: opening the upgraded schema 7 demo a second time changes nothing", "[upgrade]")
{
    TempDir dir;
    const auto path = unpack(dir, kSchema7);
    const auto after = upgradeAndCheckTables(path, 7, kSchema7Counts);
    checkSecondOpenChangesNothing(path, after);
}
