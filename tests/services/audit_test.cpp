// The audit trail (docs/security.md): every create and update through the services leaves one entry
// with the user, the record's site and the fields before and after, in the use case's own transaction;
// sign-ins are audited; nothing can change or remove an entry.

#include "domain/userrepository.h"
#include "servicetestsupport.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::AuditAction;
using domain::AuditChange;
using domain::ErrorCode;
using domain::Role;
using propdesk::tests::at;
using propdesk::tests::Desk;

namespace {

using Changes = std::vector<AuditChange>;

services::NewWorkOrder call(std::string location)
{
    services::NewWorkOrder r;
    r.siteCode = "A";
    r.location = std::move(location);
    r.category = domain::Category::Plumbing;
    r.reporter = "张先生";
    r.phone = "13800138000";
    r.description = "厨房水龙头漏水";
    return r;
}

// An account stored without hashing a password: for tests that need a user with an account id, not a
// sign-in.
domain::UserAccount storeAccount(Desk& desk, std::string name, std::string displayName, Role role,
                                 std::vector<domain::SiteId> sites)
{
    domain::UserAccount account;
    account.name = std::move(name);
    account.displayName = std::move(displayName);
    account.role = role;
    account.sites = std::move(sites);
    account.passwordHash = "not a hash";
    account.createdAt = desk.clock.now();
    auto id = desk.ws->context().store.users().add(account);
    REQUIRE(id);
    account.id = *id;
    return account;
}

std::vector<domain::AuditEntry> entriesFor(Desk& desk, std::string entity, std::string record)
{
    domain::AuditFilter filter;
    filter.entity = entity;
    filter.record = record;
    auto entries = desk.auditTrail(filter);
    std::erase_if(entries, [&](const domain::AuditEntry& e) { return e.record != record; });
    return entries;
}

const AuditChange* changeOf(const domain::AuditEntry& entry, std::string_view field)
{
    const auto it = std::ranges::find(entry.changes, field, &AuditChange::field);
    return it == entry.changes.end() ? nullptr : &*it;
}

std::string text(const domain::AuditEntry& e)
{
    std::string t =
        fmt::format("{} {} {} {} {}", e.user, e.entity, e.record, domain::auditActionKey(e.action), e.summary);
    for (const auto& c : e.changes) {
        t += fmt::format(" [{}: {} -> {}]", c.field, c.before, c.after);
    }
    return t;
}

} // namespace

TEST_CASE("each step of a work order is audited with its user, site and the fields it changed")
{
    Desk desk(at("2025-04-05 10:00"));
    const auto a = desk.addSite("A");
    const auto account = storeAccount(desk, "wangfang", "王芳", Role::Supervisor, {a.id});
    desk.ws->context().user = services::UserService::userFor(account);
    auto& orders = desk.ws->workOrders();

    auto order = orders.log(call("3-2-1502"));
    REQUIRE(order);
    const auto id = order->header.id;
    const auto code = order->header.code;
    desk.clock.advance(5min);
    REQUIRE(orders.dispatch(id, "张师傅"));
    desk.clock.advance(20min);
    REQUIRE(orders.arrive(id));
    desk.clock.advance(10min);
    REQUIRE(orders.hold(id, "等待配件到货"));
    desk.clock.advance(60min);
    REQUIRE(orders.resume(id));
    desk.clock.advance(30min);
    REQUIRE(orders.complete(id, "已更换阀门"));

    const auto entries = entriesFor(desk, "work_order", code);
    REQUIRE(entries.size() == 6);
    const std::array times{"2025-04-05 10:00", "2025-04-05 10:05", "2025-04-05 10:25",
                           "2025-04-05 10:35", "2025-04-05 11:35", "2025-04-05 12:05"};
    for (std::size_t i = 0; i < entries.size(); ++i) {
        INFO(text(entries[i]));
        CHECK(entries[i].entity == "work_order");
        CHECK(entries[i].record == code);
        CHECK(entries[i].user == "王芳");
        CHECK(entries[i].account == std::optional(account.id));
        CHECK(entries[i].site == std::optional(a.id));
        CHECK(entries[i].at == at(times[i]));
        CHECK(entries[i].action == (i == 0 ? AuditAction::Create : AuditAction::Update));
    }

    // Logged: every field of the new order, nothing before.
    const auto& logged = entries[0];
    CHECK(logged.summary == "logged");
    CHECK(std::ranges::all_of(logged.changes, [](const AuditChange& c) { return c.before.empty(); }));
    const Changes expectedNew{
        {"code", "", code},
        {"location", "", "3-2-1502"},
        {"category", "", "plumbing"},
        {"urgency", "", "normal"},
        {"reporter", "", "张先生"},
        {"phone", "", "13800138000"},
        {"description", "", "厨房水龙头漏水"},
        {"reported_at", "", "2025-04-05T02:00:00Z"},
        {"status", "", "logged"},
    };
    CHECK(logged.changes == expectedNew);

    CHECK(entries[1].summary == "dispatched: 张师傅");
    CHECK(entries[1].changes == Changes{{"status", "logged", "dispatched"},
                                        {"technician", "", "张师傅"},
                                        {"dispatched_at", "", "2025-04-05T02:05:00Z"}});
    CHECK(entries[2].summary == "arrived");
    CHECK(entries[2].changes ==
          Changes{{"status", "dispatched", "in_progress"}, {"arrived_at", "", "2025-04-05T02:25:00Z"}});
    CHECK(entries[3].summary == "hold: 等待配件到货");
    CHECK(entries[3].changes ==
          Changes{{"status", "in_progress", "on_hold"}, {"holds", "", "2025-04-05T02:35:00Z/ 等待配件到货"}});
    CHECK(entries[4].summary == "resumed");
    CHECK(entries[4].changes == Changes{{"status", "on_hold", "in_progress"},
                                        {"holds", "2025-04-05T02:35:00Z/ 等待配件到货",
                                         "2025-04-05T02:35:00Z/2025-04-05T03:35:00Z 等待配件到货"}});
    CHECK(entries[5].summary == "completed: 已更换阀门");
    CHECK(entries[5].changes ==
          Changes{{"status", "in_progress", "completed"}, {"completed_at", "", "2025-04-05T04:05:00Z"}});

    // The order's own tab shows the same entries, oldest first, to whoever may read the order.
    auto own = desk.ws->audit().forRecord(a.id, "work_order", code);
    REQUIRE(own);
    REQUIRE(own->size() == entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        CHECK((*own)[i].id == entries[i].id);
        CHECK((*own)[i].changes == entries[i].changes);
    }
}

TEST_CASE("sites, staff, rule sets, holiday years, settings and accounts are audited with before and after")
{
    Desk desk(at("2025-04-05 10:00"));
    domain::Site site;
    site.code = "A";
    site.name = "阳光花园";
    site.households = 1680;
    auto a = desk.ws->sites().add(site);
    REQUIRE(a);

    SECTION("a new site lists all its fields")
    {
        const auto entries = entriesFor(desk, "site", "A");
        REQUIRE(entries.size() == 1);
        const auto& e = entries[0];
        CHECK(e.action == AuditAction::Create);
        CHECK(e.user == "tester");
        CHECK_FALSE(e.account);
        CHECK(e.site == std::optional(a->id));
        CHECK(e.summary == "阳光花园");
        CHECK(e.changes == Changes{{"code", "", "A"},
                                   {"name", "", "阳光花园"},
                                   {"timezone", "", "Asia/Shanghai"},
                                   {"calendar", "", "CN"},
                                   {"work_start", "", "28800"},
                                   {"work_end", "", "63000"},
                                   {"households", "", "1680"},
                                   {"residents", "", "0"}});
    }
    SECTION("a staff change names only what changed")
    {
        auto member = desk.ws->staff().add("A", domain::StaffMember{{}, {}, "张师傅", "13812340001", "水电", true});
        REQUIRE(member);
        desk.clock.advance(1h);
        auto changed = *member;
        changed.phone = "13999999999";
        changed.active = false;
        REQUIRE(desk.ws->staff().update(changed));
        const auto entries = entriesFor(desk, "staff", "张师傅");
        REQUIRE(entries.size() == 2);
        CHECK(entries[0].action == AuditAction::Create);
        CHECK(entries[0].changes ==
              Changes{
                  {"name", "", "张师傅"}, {"phone", "", "13812340001"}, {"trade", "", "水电"}, {"active", "", "yes"}});
        CHECK(entries[1].action == AuditAction::Update);
        CHECK(entries[1].site == std::optional(a->id));
        CHECK(entries[1].at == at("2025-04-05 11:00"));
        CHECK(entries[1].changes == Changes{{"phone", "13812340001", "13999999999"}, {"active", "yes", "no"}});
    }
    SECTION("an imported rule set keeps its whole definition")
    {
        const std::string json = R"({"name": "contract A", "effective_from": "2025-06-01", "site": "A",
            "rules": [{ "id": "arrival", "applies_to": "work_order", "milestone": "arrival",
                        "limit": { "amount": 20, "unit": "minutes", "clock": "elapsed" } }]})";
        REQUIRE(desk.ws->rules().importRuleSet(json, "contract-a.json"));
        const auto entries = entriesFor(desk, "rule_set", "A 2025-06-01");
        REQUIRE(entries.size() == 1);
        CHECK(entries[0].action == AuditAction::Create);
        CHECK(entries[0].site == std::optional(a->id));
        CHECK(entries[0].summary == "contract A (1 rules) from contract-a.json");
        CHECK(entries[0].changes == Changes{{"name", "", "contract A"},
                                            {"effective_from", "", "2025-06-01"},
                                            {"site", "", "A"},
                                            {"rules", "", "1"},
                                            {"definition", "", json}});
    }
    SECTION("holiday years and settings")
    {
        REQUIRE(desk.ws->calendars().importYears(
            {{"2027.json", R"({"year":2027,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]})"}}));
        const auto years = entriesFor(desk, "calendar", "2027");
        REQUIRE(years.size() == 1);
        CHECK(years[0].changes == Changes{{"days", "", "1"}, {"source", "", "2027.json"}});
        CHECK_FALSE(years[0].site);

        REQUIRE(desk.ws->backups().setKeep(7));
        const auto keep = entriesFor(desk, "setting", "backup.keep");
        REQUIRE(keep.size() == 1);
        CHECK(keep[0].changes == Changes{{"value", "14", "7"}});
    }
    SECTION("an account change names the fields before and after, never the password")
    {
        const auto account = storeAccount(desk, "wangfang", "王小芳", Role::FrontDesk, {a->id});
        desk.clock.advance(1h);
        auto updated = desk.ws->users().update(account.id, "王芳", Role::Supervisor, {"A"}, true);
        REQUIRE(updated);
        const auto entries = entriesFor(desk, "user", "wangfang");
        REQUIRE(entries.size() == 1);
        CHECK(entries[0].action == AuditAction::Update);
        CHECK(entries[0].user == "tester");
        CHECK(entries[0].changes == Changes{{"display_name", "王小芳", "王芳"}, {"role", "front_desk", "supervisor"}});

        REQUIRE(desk.ws->users().update(account.id, "王芳", Role::Supervisor, {"A"}, false));
        const auto deactivated = entriesFor(desk, "user", "wangfang");
        REQUIRE(deactivated.size() == 2);
        CHECK(deactivated[1].changes == Changes{{"active", "yes", "no"}});
    }
}

TEST_CASE("sign-ins, failed sign-ins and sign-outs are audited, without the password")
{
    Desk desk(at("2025-04-05 10:00"));
    const auto a = desk.addSite("A");
    // The first account of a database is an admin.
    REQUIRE(desk.ws->users().createFirstAdmin(services::NewUser{"boot", "", Role::Admin, {}, "boot-password"}));
    auto added =
        desk.ws->users().add(services::NewUser{"wangfang", "王芳", Role::FrontDesk, {"A"}, "correct-horse-battery"});
    REQUIRE(added);
    const auto created = entriesFor(desk, "user", "wangfang");
    REQUIRE(created.size() == 1);
    CHECK(created[0].action == AuditAction::Create);
    REQUIRE(changeOf(created[0], "password"));
    CHECK(changeOf(created[0], "password")->after == "set");
    CHECK(changeOf(created[0], "role")->after == "front_desk");
    CHECK(changeOf(created[0], "sites")->after == "A"); // site codes, not ids: the reader knows codes

    desk.ws->context().user = domain::User{"", Role::None};
    desk.clock.advance(1min);
    auto wrong = desk.ws->users().signIn("wangfang", "wrong-guess-123");
    REQUIRE_FALSE(wrong);
    desk.clock.advance(1min);
    auto unknown = desk.ws->users().signIn("nobody", "another-guess-456");
    REQUIRE_FALSE(unknown);
    desk.clock.advance(1min);
    auto user = desk.ws->users().signIn("wangfang", "correct-horse-battery");
    REQUIRE(user);
    desk.clock.advance(1h);
    desk.ws->users().signOut();

    const auto sessions = entriesFor(desk, "session", "wangfang");
    REQUIRE(sessions.size() == 3);
    CHECK(sessions[0].action == AuditAction::SignInFailed);
    CHECK(sessions[0].user == "wangfang"); // the name as typed: nobody is signed in
    CHECK_FALSE(sessions[0].account);
    CHECK(sessions[0].summary == "wrong name or password (1 in a row)");
    CHECK(sessions[0].at == at("2025-04-05 10:01"));
    CHECK(sessions[1].action == AuditAction::SignIn);
    CHECK(sessions[1].user == "王芳");
    CHECK(sessions[1].account == std::optional(added->id));
    CHECK(sessions[1].summary == "front_desk");
    CHECK(sessions[1].at == at("2025-04-05 10:03"));
    CHECK(sessions[2].action == AuditAction::SignOut);
    CHECK(sessions[2].user == "王芳");
    CHECK(sessions[2].at == at("2025-04-05 11:03"));

    const auto strangers = entriesFor(desk, "session", "nobody");
    REQUIRE(strangers.size() == 1);
    CHECK(strangers[0].action == AuditAction::SignInFailed);
    CHECK(strangers[0].summary == "wrong name or password (1 in a row)");

    for (const auto& e : desk.auditTrail()) {
        INFO(text(e));
        for (const char* secret : {"correct-horse-battery", "wrong-guess-123", "another-guess-456", "$argon2"}) {
            CHECK(text(e).find(secret) == std::string::npos);
        }
    }
}

TEST_CASE("an import writes one audit entry per imported order")
{
    Desk desk(at("2025-04-05 10:00"));
    const auto a = desk.addSite("A");
    const auto before = desk.auditTrail().size();
    auto plan = desk.prepare("id,location,category,urgency,reported_at,arrived_at,completed_at,rework_of\n"
                             "R-1,1-1-101,plumbing,normal,2025-03-03 09:00,2025-03-03 09:20,2025-03-03 12:00,\n"
                             "R-2,2-1-201,electrical,emergency,2025-03-04 10:00,,,\n"
                             "R-3,1-1-101,plumbing,normal,2025-03-10 09:00,,,R-1\n",
                             "A", "march.csv");
    REQUIRE(plan.valid.size() == 3);
    auto written = desk.ws->workOrderCsv().commit(plan);
    REQUIRE(written);
    CHECK(*written == 3);

    auto entries = desk.auditTrail();
    REQUIRE(entries.size() == before + 3);
    entries.erase(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(before));
    std::vector<std::string> records;
    for (const auto& e : entries) {
        INFO(text(e));
        records.push_back(e.record);
        CHECK(e.entity == "work_order");
        CHECK(e.action == AuditAction::Create);
        CHECK(e.site == std::optional(a.id));
        CHECK(e.user == "tester");
        CHECK(std::ranges::all_of(e.changes, [](const AuditChange& c) { return c.before.empty(); }));
    }
    CHECK(records == std::vector<std::string>{"R-1", "R-2", "R-3"});
    CHECK(entries[0].summary == "imported from march.csv:2");
    CHECK(entries[1].summary == "imported from march.csv:3");
    CHECK(entries[2].summary == "imported from march.csv:4");
    REQUIRE(changeOf(entries[0], "status"));
    CHECK(changeOf(entries[0], "status")->after == "completed");
    CHECK(changeOf(entries[0], "completed_at")->after == "2025-03-03T04:00:00Z");
    REQUIRE(changeOf(entries[2], "rework_of"));
    CHECK_FALSE(changeOf(entries[2], "rework_of")->after.empty());
}

TEST_CASE("a refused or failed use case leaves no audit entry: the entry is rolled back with the change")
{
    Desk desk(at("2025-04-05 10:00"));
    desk.addSite("A");
    auto order = desk.ws->workOrders().log(call("1-1-101"));
    REQUIRE(order);
    const auto id = order->header.id;
    REQUIRE(desk.ws->workOrders().dispatch(id, "张师傅"));
    REQUIRE(desk.ws->workOrders().arrive(id));
    REQUIRE(desk.ws->workOrders().hold(id, "等待配件到货"));
    desk.clock.advance(1h);
    const auto before = desk.auditTrail();
    const auto ordersBefore = desk.storedOrders("A");
    const auto nothingWritten = [&] {
        CHECK(desk.auditTrail().size() == before.size());
        CHECK(desk.storedOrders("A") == ordersBefore);
        auto stored = desk.ws->workOrders().get(id);
        REQUIRE(stored);
        CHECK(stored->status() == domain::WorkOrderStatus::OnHold);
        CHECK(stored->history.size() == 4);
    };

    SECTION("refused by the role")
    {
        desk.ws->context().user = domain::User{"前台", Role::FrontDesk};
        auto r = desk.ws->workOrders().cancel(id, "业主取消");
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::PermissionDenied);
        desk.ws->context().user = domain::User{"tester", Role::System};
        nothingWritten();
    }
    SECTION("refused by the order's state")
    {
        auto r = desk.ws->workOrders().complete(id, "已修复"); // on hold: resume first
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Conflict);
        nothingWritten();
    }
    SECTION("a site code that is taken")
    {
        domain::Site again;
        again.code = "A";
        again.name = "重复";
        auto r = desk.ws->sites().add(again);
        REQUIRE_FALSE(r);
        nothingWritten();
    }
    SECTION("an import that fails half-way through its transaction")
    {
        auto plan = desk.prepare("id,location,category,urgency,reported_at\n"
                                 "Z-1,1-1-101,plumbing,normal,2025-04-01 09:00\n"
                                 "Z-2,1-1-102,plumbing,normal,2025-04-02 09:00\n",
                                 "A", "late.csv");
        REQUIRE(plan.valid.size() == 2);
        // Z-2 is taken after the file was checked: Z-1 is written, then Z-2 fails, and both roll back.
        auto clash = call("1-1-103");
        clash.code = "Z-2";
        REQUIRE(desk.ws->workOrders().log(clash));
        const auto withClash = desk.auditTrail();
        REQUIRE(withClash.size() == before.size() + 1);
        auto r = desk.ws->workOrderCsv().commit(plan);
        REQUIRE_FALSE(r);
        CHECK(desk.storedOrders("A") == ordersBefore + 1);
        CHECK_FALSE(desk.ws->workOrders().get("A", "Z-1"));
        CHECK(desk.auditTrail().size() == withClash.size());
    }
}

TEST_CASE("the database refuses to change or delete audit entries")
{
    Desk desk(at("2025-04-05 10:00"));
    desk.addSite("A");
    REQUIRE(desk.ws->workOrders().log(call("1-1-101")));
    const auto before = desk.auditTrail();
    REQUIRE(before.size() >= 2);

    SQLite::Database db(desk.ws->path().string(), SQLite::OPEN_READWRITE);
    db.setBusyTimeout(5000);
    const auto rows = [&] {
        std::vector<std::string> out;
        SQLite::Statement q(db, "SELECT id, at, user_name, IFNULL(site_id, ''), entity, record, action, summary, "
                                "changes FROM audit_log ORDER BY id");
        while (q.executeStep()) {
            std::string row;
            for (int c = 0; c < q.getColumnCount(); ++c) {
                row += q.getColumn(c).getString() + "|";
            }
            out.push_back(row);
        }
        return out;
    };
    const auto rawBefore = rows();
    REQUIRE(rawBefore.size() == before.size());

    CHECK_THROWS_WITH(db.exec("UPDATE audit_log SET user_name = 'someone else'"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("UPDATE audit_log SET changes = '[]' WHERE id = 1"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM audit_log WHERE id = 1"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM audit_log"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("INSERT INTO audit_log(id, at, user_name, entity, record, action) "
                              "VALUES(1, 0, 'x', 'x', 'x', 'create') ON CONFLICT(id) DO UPDATE SET user_name = 'x'"),
                      Catch::Contains("append-only"));

    CHECK(rows() == rawBefore);
    const auto after = desk.auditTrail();
    REQUIRE(after.size() == before.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        CHECK(text(after[i]) == text(before[i]));
        CHECK(after[i].at == before[i].at);
    }
}

TEST_CASE("the database refuses to replace an audit entry through INSERT OR REPLACE")
{
    Desk desk(at("2025-04-05 10:00"));
    desk.addSite("A");
    const auto before = desk.auditTrail();
    REQUIRE_FALSE(before.empty());

    SQLite::Database db(desk.ws->path().string(), SQLite::OPEN_READWRITE);
    db.setBusyTimeout(5000);
    // REPLACE deletes the conflicting row without firing DELETE triggers (unless recursive_triggers is
    // on), so the triggers against UPDATE and DELETE alone do not stop it.
    CHECK_THROWS_WITH(db.exec(fmt::format("INSERT OR REPLACE INTO audit_log(id, at, user_name, entity, record, "
                                          "action) VALUES({}, 0, 'someone else', 'site', 'A', 'create')",
                                          before[0].id)),
                      Catch::Contains("append-only"));
    CHECK_THROWS(db.exec(fmt::format("REPLACE INTO audit_log(id, at, user_name, entity, record, action) "
                                     "VALUES({}, 0, 'someone else', 'site', 'A', 'create')",
                                     before[0].id)));
    const auto after = desk.auditTrail();
    REQUIRE(after.size() == before.size());
    CHECK(text(after[0]) == text(before[0]));
    CHECK(after[0].at == before[0].at);
}

namespace {

// What no audit interface offers: a way to change or remove an entry.
template <typename T>
concept CanUpdate = requires(T& t, const domain::AuditEntry& e)
{
    t.update(e);
};
template <typename T>
concept CanRemove = requires(T& t, std::int64_t id)
{
    t.remove(id);
};
template <typename T>
concept CanErase = requires(T& t, std::int64_t id)
{
    t.erase(id);
};
template <typename T>
concept CanDelete = requires(T& t, std::int64_t id)
{
    t.deleteEntry(id);
};
template <typename T>
concept CanClear = requires(T& t)
{
    t.clear();
};
template <typename T>
concept CanAppend = requires(T& t, const domain::AuditEntry& e)
{
    t.append(e);
};
template <typename T>
concept CanFind = requires(T& t, const domain::AuditFilter& f)
{
    t.find(f);
};

static_assert(CanAppend<domain::AuditRepository> && CanFind<domain::AuditRepository>);
static_assert(!CanUpdate<domain::AuditRepository> && !CanRemove<domain::AuditRepository> &&
              !CanErase<domain::AuditRepository> && !CanDelete<domain::AuditRepository> &&
              !CanClear<domain::AuditRepository>);
// The service reads only: it cannot even append.
static_assert(CanFind<services::AuditService>);
static_assert(!CanAppend<services::AuditService> && !CanUpdate<services::AuditService> &&
              !CanRemove<services::AuditService> && !CanErase<services::AuditService> &&
              !CanClear<services::AuditService>);

} // namespace

TEST_CASE("the audit interfaces can only append and read (checked at compile time)")
{
    // The static_asserts above fail the build if AuditRepository or AuditService ever gains a way to
    // change or remove an entry.
    SUCCEED("AuditRepository: append, find, users; AuditService: find, forRecord, users");
}
