// Signing in on the command line and the roles' rights through the real propdesk-cli binary, on the demo
// database (`init --demo`: the site DEMO and one account per role, docs/cli.md).

#include "clirunner.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using propdesk::tests::CliResult;
using propdesk::tests::CliRunner;

namespace {

struct Account
{
    const char* name;
    const char* password;
};

// The demo accounts (src/services/demodata.cpp).
constexpr Account kFrontDesk{"wangfang", "frontdesk-demo"};
constexpr Account kSupervisor{"lijing", "supervisor-demo"};
constexpr Account kManager{"zhaomin", "manager-demo"};
constexpr Account kAdmin{"admin", "admin-demo"};

// `init --demo` once (it hashes four passwords and logs two months of orders); each test works on a copy.
const CliRunner& demoTemplate()
{
    static CliRunner maker;
    static const bool made = [] {
        const auto r = maker.run({"init", "--demo"}, {});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        REQUIRE(r.out.find("wangfang") != std::string::npos);
        return true;
    }();
    (void)made;
    return maker;
}

void startFromDemo(const CliRunner& cli)
{
    std::filesystem::copy_file(demoTemplate().db(), cli.db());
}

CliResult as(const CliRunner& cli, const Account& account, std::vector<std::string> args,
             CliRunner::Environment env = {})
{
    args.insert(args.begin(), {"--user", account.name});
    env.emplace_back("PROPDESK_PASSWORD", account.password);
    return cli.run(args, env);
}

std::int64_t count(const CliRunner& cli, const std::string& sql)
{
    SQLite::Database db(cli.db(), SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt64();
}

const char* kRuleSet = R"({"name": "2099 contract", "effective_from": "2099-01-01",
  "rules": [{ "id": "arrival", "applies_to": "work_order", "milestone": "arrival",
              "limit": { "amount": 20, "unit": "minutes", "clock": "elapsed" } }]})";

const char* kOrders = "id,location,category,urgency,reported_at\n"
                      "IMPORTED-1,9-9-901,plumbing,normal,2025-03-03 09:00\n";

} // namespace

TEST_CASE("the front desk may not import a rule set and nothing is stored, and a manager may")
{
    CliRunner cli;
    startFromDemo(cli);
    const auto file = cli.write("rules.json", kRuleSet);
    const auto sets = count(cli, "SELECT count(*) FROM rule_sets");

    for (const auto& [account, who] :
         {std::pair{kFrontDesk, "王芳 (front_desk)"}, std::pair{kSupervisor, "李静 (supervisor)"}}) {
        const auto r = as(cli, account, {"rules", "import", file});
        INFO(r.err);
        CHECK(r.exitCode == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(std::string(who) + " may not change rule sets") != std::string::npos);
        CHECK(count(cli, "SELECT count(*) FROM rule_sets") == sets);
        CHECK(count(cli, "SELECT count(*) FROM audit_log WHERE entity = 'rule_set'") == 0);
    }

    const auto r = as(cli, kManager, {"rules", "import", file});
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("Imported rule set '2099 contract'") != std::string::npos);
    CHECK(count(cli, "SELECT count(*) FROM rule_sets") == sets + 1);
    CHECK(count(cli, "SELECT count(*) FROM audit_log WHERE entity = 'rule_set' AND user_name = '赵敏'") == 1);
    // Anyone at the site may read them.
    const auto shown = as(cli, kFrontDesk, {"rules", "show"});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.find("2099 contract") != std::string::npos);
}

TEST_CASE("a database with accounts refuses a command without --user, a wrong password and no password")
{
    CliRunner cli;
    startFromDemo(cli);

    const auto anonymous = cli.run({"site", "list"}, {});
    CHECK(anonymous.exitCode == 2);
    CHECK(anonymous.out.empty());
    CHECK(anonymous.err.find("this database has user accounts: sign in with --user NAME") != std::string::npos);

    const auto wrong = as(cli, Account{"wangfang", "not-the-password"}, {"site", "list"});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.out.empty());
    CHECK(wrong.err.find("wrong name or password") != std::string::npos);

    const auto unknown = as(cli, Account{"nobody", "frontdesk-demo"}, {"site", "list"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("wrong name or password") != std::string::npos);

    // No PROPDESK_PASSWORD and no terminal to ask at.
    const auto silent = cli.run({"--user", "wangfang", "site", "list"}, {});
    CHECK(silent.exitCode == 2);
    CHECK(silent.err.find("set PROPDESK_PASSWORD") != std::string::npos);

    // Every failure is in the trail; the password in none of it.
    CHECK(count(cli, "SELECT count(*) FROM audit_log WHERE action = 'sign_in_failed'") == 2);
    CHECK(count(cli, "SELECT count(*) FROM audit_log WHERE summary LIKE '%not-the-password%' OR "
                     "changes LIKE '%not-the-password%'") == 0);

    const auto right = as(cli, kFrontDesk, {"site", "list"});
    CHECK(right.exitCode == 0);
    CHECK(right.out.find("DEMO") != std::string::npos);
}

TEST_CASE("backup and restore are for the admin alone, and check prints ok for anyone signed in")
{
    CliRunner cli;
    startFromDemo(cli);
    const auto orders = count(cli, "SELECT count(*) FROM work_orders");

    const auto copy = cli.path("copy.db");
    const auto made = as(cli, kAdmin, {"backup", copy});
    INFO(made.err);
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.find("Backed up to " + copy) != std::string::npos);
    {
        SQLite::Database db(copy, SQLite::OPEN_READONLY);
        CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
        CHECK(db.execAndGet("SELECT count(*) FROM work_orders").getInt64() == orders);
    }

    for (const auto& [account, who] :
         {std::pair{kManager, "赵敏 (manager)"}, std::pair{kFrontDesk, "王芳 (front_desk)"}}) {
        const auto other = cli.path(std::string("by-") + account.name + ".db");
        const auto refused = as(cli, account, {"backup", other});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.find(std::string(who) + " may not make or restore backups") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(other));
        CHECK_FALSE(std::filesystem::exists(other + ".part"));

        const auto restore = as(cli, account, {"restore", copy});
        CHECK(restore.exitCode == 2);
        CHECK(restore.err.find("may not make or restore backups") != std::string::npos);
    }
    CHECK(count(cli, "SELECT count(*) FROM audit_log WHERE action = 'restore'") == 0);

    // The admin changes no records.
    const auto site = as(cli, kAdmin, {"site", "add", "NEW", "--name", "新项目"});
    CHECK(site.exitCode == 2);
    CHECK(site.err.find("(admin) may not add or change sites") != std::string::npos);

    const auto check = as(cli, kFrontDesk, {"check"});
    INFO(check.err);
    CHECK(check.exitCode == 0);
    CHECK(check.out == "ok (schema version 8)\n");
    CHECK(count(cli, "SELECT count(*) FROM work_orders") == orders);
}

TEST_CASE("an admin adds a user who can then sign in, and nobody else may add one")
{
    CliRunner cli;
    startFromDemo(cli);
    const auto users = count(cli, "SELECT count(*) FROM users");

    const auto refused = as(cli, kManager, {"user", "add", "intruder", "--role", "admin"},
                            {{"PROPDESK_NEW_PASSWORD", "intruder-password"}});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.find("赵敏 (manager) may not manage user accounts") != std::string::npos);
    CHECK(count(cli, "SELECT count(*) FROM users") == users);

    const auto added =
        as(cli, kAdmin, {"user", "add", "xiaoli", "--role", "front_desk", "--site", "DEMO", "--display-name", "小李"},
           {{"PROPDESK_NEW_PASSWORD", "xiaoli-password"}});
    INFO(added.err);
    REQUIRE(added.exitCode == 0);
    CHECK(added.out == "Added user xiaoli (front_desk).\n");
    CHECK(count(cli, "SELECT count(*) FROM users") == users + 1);

    const auto listed = as(cli, kAdmin, {"user", "list"});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.find("xiaoli") != std::string::npos);

    const auto signedIn = as(cli, Account{"xiaoli", "xiaoli-password"}, {"site", "list"});
    INFO(signedIn.err);
    CHECK(signedIn.exitCode == 0);
    CHECK(signedIn.out.find("DEMO") != std::string::npos);
    // With the new account's role: a front desk.
    const auto kpi = as(cli, Account{"xiaoli", "xiaoli-password"}, {"kpi", "--site", "DEMO", "--month", "2025-03"});
    CHECK(kpi.exitCode == 2);
    CHECK(kpi.err.find("小李 (front_desk) may not see KPI reports") != std::string::npos);
}

TEST_CASE("KPIs are refused for the front desk and shown to a manager")
{
    CliRunner cli;
    startFromDemo(cli);
    const std::vector<std::string> args{"kpi", "--site", "DEMO", "--month", "2025-03", "--format", "json"};

    const auto refused = as(cli, kFrontDesk, args);
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.empty());
    CHECK(refused.err.find("王芳 (front_desk) may not see KPI reports") != std::string::npos);

    const auto shown = as(cli, kManager, args);
    INFO(shown.err);
    REQUIRE(shown.exitCode == 0);
    const auto doc = nlohmann::json::parse(shown.out);
    CHECK(doc["site"] == "DEMO");
    CHECK(doc["period"] == "2025-03");
}

TEST_CASE("work-order import and export are refused for the front desk and allowed for a supervisor")
{
    CliRunner cli;
    startFromDemo(cli);
    const auto file = cli.write("orders.csv", kOrders);
    const auto orders = count(cli, "SELECT count(*) FROM work_orders");

    const auto refused = as(cli, kFrontDesk, {"workorders", "import", file, "--site", "DEMO"});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.find("王芳 (front_desk) may not import work orders") != std::string::npos);
    CHECK(count(cli, "SELECT count(*) FROM work_orders") == orders);
    CHECK(count(cli, "SELECT count(*) FROM work_orders WHERE code = 'IMPORTED-1'") == 0);

    const auto out = cli.path("export.csv");
    const auto noExport = as(cli, kFrontDesk, {"workorders", "export", out, "--site", "DEMO"});
    CHECK(noExport.exitCode == 2);
    CHECK(noExport.err.find("may not export work orders") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));
    CHECK_FALSE(std::filesystem::exists(out + ".part"));

    const auto imported = as(cli, kSupervisor, {"workorders", "import", file, "--site", "DEMO"});
    INFO(imported.err);
    CHECK(imported.exitCode == 0);
    CHECK(count(cli, "SELECT count(*) FROM work_orders") == orders + 1);
    CHECK(count(cli, "SELECT count(*) FROM audit_log WHERE entity = 'work_order' AND record = 'IMPORTED-1' AND "
                     "user_name = '李静'") == 1);
}
