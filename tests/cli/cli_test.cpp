#include "clirunner.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using propdesk::tests::CliRunner;
using Json = nlohmann::ordered_json;

namespace {

// A month at HQ (Asia/Shanghai, calendar CN) worked out by hand against the default rules:
// A1 on time everywhere, rated 5, later reworked by A5; A2 an emergency that arrives 11 minutes after a
// daytime call (10 allowed) and is never revisited; A3 a lighting fault done after its 2 calendar days,
// rated 3; A4 cancelled; A5 the rework, rated 4; A6 reported 23:30 on 31 March local time (still March)
// and never attended.
const char* kMarch = "id,location,category,urgency,reported_at,arrived_at,completed_at,revisited_at,cancelled_at,"
                     "satisfaction,rework_of,description\n"
                     "A1,1-1-101,plumbing,normal,2025-03-03 09:00,2025-03-03 09:20,2025-03-03 12:00,"
                     "2025-03-04 10:00,,5,,\"厨房水龙头漏水, 已更换\"\n"
                     "A2,2-1-1502,electrical,emergency,2025-03-03 10:00,2025-03-03 10:11,2025-03-03 15:00,,,,,停电\n"
                     "A3,3-2-0801,lighting,normal,2025-03-05 20:00,2025-03-05 20:25,2025-03-08 10:00,"
                     "2025-03-08 12:00,,3,,楼道灯\n"
                     "A4,4-1-0302,plumbing,normal,2025-03-10 09:00,,,,2025-03-10 09:30,,,\n"
                     "A5,1-1-101,plumbing,normal,2025-03-12 09:00,2025-03-12 09:10,2025-03-12 10:00,"
                     "2025-03-12 15:00,,4,A1,返修\n"
                     "A6,5-1-1201,civil,normal,2025-03-31 23:30,,,,,,,墙面开裂\n";

void setUpHq(const CliRunner& cli)
{
    REQUIRE(cli.run({"init"}).exitCode == 0);
    REQUIRE(
        cli.run({"site", "add", "HQ", "--name", "总部大厦", "--households", "800", "--residents", "2400"}).exitCode ==
        0);
}

Json kpi(long n, long d, long pending, Json rate, Json target, Json comparator, Json met)
{
    Json k;
    k["numerator"] = n;
    k["denominator"] = d;
    k["pending"] = pending;
    k["rate"] = rate;
    k["target"] = target;
    k["comparator"] = comparator;
    k["met"] = met;
    return k;
}

} // namespace

TEST_CASE("kpi --format json prints the documented document, worked out by hand")
{
    CliRunner cli;
    setUpHq(cli);
    const auto imported = cli.run({"workorders", "import", cli.write("march.csv", kMarch), "--site", "HQ"});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.find("Imported 6 work orders") != std::string::npos);

    const auto r =
        cli.run({"kpi", "--site", "HQ", "--month", "2025-03", "--as-of", "2025-04-05 00:00", "--format", "json"});
    REQUIRE(r.exitCode == 0);
    Json expected;
    expected["site"] = "HQ";
    expected["period"] = "2025-03";
    expected["as_of"] = "2025-04-05T00:00:00+08:00";
    expected["rule_set"] = "default";
    expected["population"] = 5;
    auto& k = expected["kpis"];
    k["arrival_timeliness"] = kpi(3, 5, 0, 0.6, 1.0, ">=", false);
    k["completion_timeliness"] = kpi(3, 5, 0, 0.6, 1.0, ">=", false);
    k["repair_timeliness"] = kpi(2, 5, 0, 0.4, 1.0, ">=", false);
    k["completion_rate"] = kpi(4, 5, 0, 0.8, nullptr, nullptr, nullptr);
    k["first_time_fix_rate"] = kpi(3, 4, 0, 0.75, 0.99, ">=", false);
    k["rework_rate"] = kpi(1, 4, 0, 0.25, 0.01, "<=", false);
    k["revisit_rate"] = kpi(3, 4, 0, 0.75, 0.6, ">=", true);
    k["revisit_timeliness"] = kpi(3, 4, 0, 0.75, 1.0, ">=", false);
    k["satisfaction_rate"] = kpi(2, 3, 0, 2.0 / 3.0, 0.85, ">=", false);
    auto doc = Json::parse(r.out);
    // The complaint half follows (complaints_cli_test.cpp); this site had no complaints.
    CHECK(doc["complaint_population"] == 0);
    doc.erase("complaint_population");
    for (const auto* key : {"complaint_response_timeliness", "complaint_resolution_timeliness",
                            "complaint_handling_rate", "valid_complaint_rate", "valid_complaint_rate_12m",
                            "complaint_revisit_rate", "complaint_satisfaction_rate"}) {
        CHECK(doc["kpis"].contains(key));
        doc["kpis"].erase(key);
    }
    // And the security half (security-operations.md); this site has no routes, so no rounds.
    CHECK(doc["patrol_rounds"] == 0);
    doc.erase("patrol_rounds");
    for (const auto* key : {"patrol_completion_rate", "patrol_rounds_on_time", "handover_sign_rate",
                            "night_spot_checks", "incident_handling_rate", "security_incident_rate"}) {
        CHECK(doc["kpis"].contains(key));
        doc["kpis"].erase(key);
    }
    // And the inspections (inspections.md); no sheets were signed here.
    CHECK(doc["inspection_sheets"] == 0);
    doc.erase("inspection_sheets");
    for (const auto* key : {"cleaning_rate", "greening_intact_rate", "nc_rectified_on_time", "nc_verification_rate",
                            "daily_sheets_completed", "contractor_warnings"}) {
        CHECK(doc["kpis"].contains(key));
        doc["kpis"].erase(key);
    }
    CHECK(doc.dump() == expected.dump());
    // Full double precision, as the format demands.
    CHECK(r.out.find("0.6666666666666666") != std::string::npos);
}

TEST_CASE("kpi as of a moment in the month ignores everything after it")
{
    CliRunner cli;
    setUpHq(cli);
    REQUIRE(cli.run({"workorders", "import", cli.write("march.csv", kMarch), "--site", "HQ"}).exitCode == 0);
    // At 10:05 on 3 March: A1 has arrived but is not completed; A2 was called in 5 minutes ago.
    const auto r =
        cli.run({"kpi", "--site", "HQ", "--month", "2025-03", "--as-of", "2025-03-03 10:05", "--format", "json"});
    REQUIRE(r.exitCode == 0);
    const auto doc = Json::parse(r.out);
    CHECK(doc["population"] == 2);
    CHECK(doc["kpis"]["arrival_timeliness"]["numerator"] == 1);
    CHECK(doc["kpis"]["arrival_timeliness"]["denominator"] == 1);
    CHECK(doc["kpis"]["arrival_timeliness"]["pending"] == 1);
    CHECK(doc["kpis"]["completion_timeliness"]["denominator"] == 0);
    CHECK(doc["kpis"]["completion_timeliness"]["pending"] == 2);
    CHECK(doc["kpis"]["completion_timeliness"]["rate"].is_null());
    CHECK(doc["kpis"]["completion_timeliness"]["met"].is_null());
    CHECK(doc["kpis"]["completion_rate"]["numerator"] == 0);
}

TEST_CASE("kpi --format table shows the Chinese KPI names in aligned columns")
{
    CliRunner cli;
    setUpHq(cli);
    REQUIRE(cli.run({"workorders", "import", cli.write("march.csv", kMarch), "--site", "HQ"}).exitCode == 0);
    const auto r = cli.run({"kpi", "--site", "HQ", "--month", "2025-03", "--as-of", "2025-04-05 00:00", "--details"});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("零修急修及时率") != std::string::npos);
    CHECK(r.out.find("维修合格率") != std::string::npos);
    CHECK(r.out.find("60.00%") != std::string::npos);
    // The details name the late orders and the rule they missed.
    CHECK(r.out.find("A2") != std::string::npos);
    CHECK(r.out.find("wo-arrival-emergency-daytime") != std::string::npos);
}

TEST_CASE("an invalid import reports every problem as FILE:LINE: column: reason and writes nothing")
{
    CliRunner cli;
    setUpHq(cli);
    const auto file = cli.write("bad.csv", "id,location,category,urgency,reported_at,completed_at\n"
                                           "B1,1-1-101,plumbing,normal,2025-03-03 09:00,2025-03-03 08:00\n"
                                           "B2,1-1-102,roof,normal,2025-03-03 09:00,\n"
                                           "B3,1-1-103,plumbing,normal,2025-03-03 09:00,2025-03-03 10:00\n");
    const auto r = cli.run({"workorders", "import", file, "--site", "HQ"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find(file + ":2: completed_at: ") != std::string::npos);
    CHECK(r.err.find(file + ":3: category: unknown category 'roof'") != std::string::npos);
    const auto export1 = cli.run({"workorders", "export", cli.path("out.csv")});
    REQUIRE(export1.exitCode == 0);
    CHECK(export1.out.find("Exported 0 work orders") != std::string::npos);
}

TEST_CASE("with --skip-invalid the valid rows are imported and the rejected ones written with reasons")
{
    CliRunner cli;
    setUpHq(cli);
    const auto file = cli.write("mixed.csv", "id,location,category,urgency,reported_at,completed_at\n"
                                             "C1,1-1-101,plumbing,normal,2025-03-03 09:00,2025-03-03 08:00\n"
                                             "C2,1-1-102,plumbing,normal,2025-03-03 09:00,2025-03-03 10:00\n");
    CHECK(cli.run({"workorders", "import", file, "--site", "HQ", "--skip-invalid"}).exitCode == 1);
    const auto r =
        cli.run({"workorders", "import", file, "--site", "HQ", "--skip-invalid", "--rejects", cli.path("rejects.csv")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Imported 1 work orders") != std::string::npos);
    const auto rejects = cli.read("rejects.csv");
    CHECK(rejects.find("reject_line,reject_reasons") != std::string::npos);
    CHECK(rejects.find("C1,") != std::string::npos);
    CHECK(rejects.find("completed_at: ") != std::string::npos);
    CHECK(rejects.find("C2,") == std::string::npos);
}

TEST_CASE("export then import into a new database round-trips")
{
    CliRunner first;
    setUpHq(first);
    REQUIRE(first.run({"workorders", "import", first.write("march.csv", kMarch), "--site", "HQ"}).exitCode == 0);
    REQUIRE(first.run({"workorders", "export", first.path("out.csv"), "--site", "HQ"}).exitCode == 0);

    CliRunner second;
    setUpHq(second);
    const auto exported = first.read("out.csv");
    REQUIRE(second.run({"workorders", "import", second.write("in.csv", exported)}).exitCode == 0);
    REQUIRE(second.run({"workorders", "export", second.path("out.csv"), "--site", "HQ"}).exitCode == 0);
    CHECK(second.read("out.csv") == exported);
}

TEST_CASE("export filters by reported date in the site's local time")
{
    CliRunner cli;
    setUpHq(cli);
    REQUIRE(cli.run({"workorders", "import", cli.write("march.csv", kMarch), "--site", "HQ"}).exitCode == 0);
    const auto r = cli.run(
        {"workorders", "export", cli.path("late.csv"), "--site", "HQ", "--from", "2025-03-31", "--to", "2025-03-31"});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Exported 1 work orders") != std::string::npos);
    CHECK(cli.read("late.csv").find("A6,HQ,") != std::string::npos);
}

TEST_CASE("every command refuses an unknown site")
{
    CliRunner cli;
    setUpHq(cli);
    const auto csv = cli.write("ok.csv", "id,location,category,urgency,reported_at\nX1,1-1-101,gas,emergency,"
                                         "2025-03-03 09:00\n");
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"kpi", "--site", "NOPE", "--month", "2025-03"},
             {"workorders", "import", csv, "--site", "NOPE"},
             {"workorders", "export", cli.path("x.csv"), "--site", "NOPE"},
             {"rules", "export", cli.path("r.json"), "--site", "NOPE"},
         }) {
        INFO(args.front() << " " << args[1]);
        const auto r = cli.run(args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.find("unknown site 'NOPE'") != std::string::npos);
    }
    const auto csvSite = cli.write("site.csv", "id,site,location,category,urgency,reported_at\nX1,NOPE,1-1-101,gas,"
                                               "emergency,2025-03-03 09:00\n");
    const auto r = cli.run({"workorders", "import", csvSite});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find(":2: site: unknown site 'NOPE'") != std::string::npos);
}

TEST_CASE("usage mistakes exit with status 1")
{
    CliRunner cli;
    CHECK(cli.run({}).exitCode == 1);
    CHECK(cli.run({"frobnicate"}).exitCode == 1);
    CHECK(cli.run({"kpi", "--site", "HQ"}).exitCode == 1);
    setUpHq(cli);
    CHECK(cli.run({"kpi", "--site", "HQ", "--month", "2025-03", "--format", "xml"}).exitCode == 1);
    CHECK(cli.run({"kpi", "--site", "HQ", "--month", "2025-13"}).exitCode == 2);
    CHECK(cli.run({"kpi", "--site", "HQ", "--month", "2025-03", "--as-of", "yesterday"}).exitCode == 2);
}

TEST_CASE("a missing database and one from a newer release are refused with status 3")
{
    CliRunner cli;
    const auto missing = cli.run({"site", "list"});
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.find("propdesk-cli init") != std::string::npos);

    REQUIRE(cli.run({"init"}).exitCode == 0);
    {
        SQLite::Database db(cli.db(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 99");
    }
    const auto newer = cli.run({"site", "list"});
    CHECK(newer.exitCode == 3);
    CHECK(newer.err.find("newer PropDesk") != std::string::npos);
    SQLite::Database db(cli.db(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == 99);
}

TEST_CASE("a bad rule set is refused naming the rule and the field, and the rules stay as they were")
{
    CliRunner cli;
    setUpHq(cli);
    REQUIRE(cli.run({"rules", "export", cli.path("rules.json")}).exitCode == 0);
    auto rules = Json::parse(cli.read("rules.json"));
    CHECK(rules["name"] == "default");
    CHECK(rules["rules"].size() == 11);
    rules["effective_from"] = "2025-06-01";
    rules["rules"][4]["limit"]["unit"] = "hours"; // working_days counts days
    const auto r = cli.run({"rules", "import", cli.write("bad.json", rules.dump())});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("rules[4] wo-completion-doors-windows") != std::string::npos);
    CHECK(r.err.find("limit.unit") != std::string::npos);
    const auto shown = cli.run({"rules", "show"});
    CHECK(shown.out.find("2025-06-01") == std::string::npos);

    CHECK(cli.run({"rules", "import", cli.write("broken.json", "{\"name\": ")}).exitCode == 2);
}

TEST_CASE("a new rule-set version applies from its effective date without rewriting earlier months")
{
    CliRunner cli;
    setUpHq(cli);
    REQUIRE(cli.run({"workorders", "import", cli.write("march.csv", kMarch), "--site", "HQ"}).exitCode == 0);
    REQUIRE(cli.run({"rules", "export", cli.path("rules.json")}).exitCode == 0);
    auto rules = Json::parse(cli.read("rules.json"));
    rules["name"] = "contract-2025";
    rules["effective_from"] = "2025-04-01";
    rules["rules"][0]["limit"]["amount"] = 15; // the daytime emergency rule gets more generous
    REQUIRE(cli.run({"rules", "import", cli.write("new.json", rules.dump())}).exitCode == 0);
    const auto r =
        cli.run({"kpi", "--site", "HQ", "--month", "2025-03", "--as-of", "2025-04-05 00:00", "--format", "json"});
    const auto doc = Json::parse(r.out);
    CHECK(doc["rule_set"] == "default");
    CHECK(doc["kpis"]["arrival_timeliness"]["numerator"] == 3);
}

TEST_CASE("a malformed holiday file is refused with its name and field, nothing imported")
{
    CliRunner cli;
    REQUIRE(cli.run({"init"}).exitCode == 0);
    const auto good =
        cli.write("2027.json", R"({"year":2027,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]})");
    const auto bad =
        cli.write("2028.json", R"({"year":2028,"days":[{"name":"元旦","date":"2028-02-30","isOffDay":true}]})");
    const auto r = cli.run({"calendar", "import", good, bad});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("2028.json") != std::string::npos);
    CHECK(r.err.find("days[0].date") != std::string::npos);
    SQLite::Database db(cli.db(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM holiday_years").getInt() == 0);
    CHECK(cli.run({"calendar", "import", good}).exitCode == 0);
}
