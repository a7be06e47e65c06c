// `complaints import/export` and the complaint half of `kpi`, through the real propdesk-cli binary.

#include "clirunner.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <date/date.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>

using propdesk::tests::CliRunner;
using Json = nlohmann::ordered_json;

namespace {

// March 2025 at HQ (2,400 residents, calendar CN, no holiday in March), worked out by hand against the
// default rules (response 15 minutes elapsed, resolution 4 working days):
// K1 answered in 10 minutes, resolved the next day, revisited and rated 5, judged valid;
// K2 received Wednesday 19:40, answered after 20 minutes (late), resolved on Wednesday 12 March, after its
//    4th working day (Tuesday 11 March), revisited and rated 3, judged not valid;
// K3 withdrawn: it leaves the figures;
// K4 never answered nor resolved: both milestones missed by 5 April;
// K5 resolved 10 minutes after it came in without a separate answer (the resolution answers it), never
//    replied to, judged valid.
const char* kComplaints =
    "id,channel,category,received_at,description,first_responder,department,responded_at,response,resolved_at,"
    "resolution,replied_at,reply,informed_head,revisited_at,satisfaction,valid,verdict_reason,withdrawn_at,"
    "withdraw_reason\n"
    "K1,phone,noise,2025-03-03 09:00,楼上装修噪音,王芳,engineering,2025-03-03 09:10,已联系施工方,2025-03-04 16:00,"
    "已整改,2025-03-04 17:00,已告知,管理处主任 陈建国,2025-03-06 10:00,5,yes,属实,,\n"
    "K2,visit,parking,2025-03-05 19:40,车位被占,王芳,security,2025-03-05 20:00,马上处理,2025-03-12 10:00,已挪车,"
    "2025-03-12 11:00,已告知,管理处主任 陈建国,2025-03-13 10:00,3,no,外来车辆,,\n"
    "K3,12345,noise,2025-03-10 09:05,噪音扰民,李静,,,,,,,,,,,,,2025-03-10 11:00,已协商\n"
    "K4,online,fees,2025-03-20 14:00,账单有误,王芳,customer_service,,,,,,,,,,,,,\n"
    "K5,phone,cleaning,2025-03-25 10:00,楼道有垃圾,王芳,cleaning,,,2025-03-25 10:10,已清理,,,,,,是,属实,,\n";

const std::vector<std::string> kWorkOrderKeys{"arrival_timeliness", "completion_timeliness", "repair_timeliness",
                                              "completion_rate",    "first_time_fix_rate",   "rework_rate",
                                              "revisit_rate",       "revisit_timeliness",    "satisfaction_rate"};
const std::vector<std::string> kComplaintKeys{"complaint_response_timeliness", "complaint_resolution_timeliness",
                                              "complaint_handling_rate",       "valid_complaint_rate",
                                              "valid_complaint_rate_12m",      "complaint_revisit_rate",
                                              "complaint_satisfaction_rate"};

void setUpHq(const CliRunner& cli)
{
    REQUIRE(cli.run({"init"}).exitCode == 0);
    REQUIRE(
        cli.run({"site", "add", "HQ", "--name", "总部大厦", "--households", "800", "--residents", "2400"}).exitCode ==
        0);
}

std::int64_t count(const CliRunner& cli, const std::string& sql)
{
    SQLite::Database db(cli.db(), SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt64();
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

std::vector<std::string> keysOf(const Json& object)
{
    std::vector<std::string> keys;
    for (const auto& [key, value] : object.items()) {
        keys.push_back(key);
    }
    return keys;
}

} // namespace

TEST_CASE("complaints import writes every row and export → import into a new database round-trips")
{
    CliRunner cli;
    setUpHq(cli);
    const auto file = cli.write("march.csv", kComplaints);
    const auto imported = cli.run({"complaints", "import", file, "--site", "HQ"});
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out == "Imported 5 complaints from " + file + ".\n");
    CHECK(count(cli, "SELECT count(*) FROM complaints") == 5);
    CHECK(count(cli, "SELECT count(*) FROM audit_log WHERE entity = 'complaint' AND action = 'create'") == 5);

    const auto exported = cli.run({"complaints", "export", cli.path("out.csv"), "--site", "HQ"});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out == "Exported 5 complaints to " + cli.path("out.csv") + "\n");
    const auto text = cli.read("out.csv");
    CHECK(text.find("K5,HQ,phone,cleaning,2025-03-25T10:00:00+08:00,") != std::string::npos);

    CliRunner second;
    setUpHq(second);
    REQUIRE(second.run({"complaints", "import", second.write("in.csv", text)}).exitCode == 0);
    REQUIRE(second.run({"complaints", "export", second.path("out.csv")}).exitCode == 0);
    CHECK(second.read("out.csv") == text);

    const auto late = cli.run(
        {"complaints", "export", cli.path("late.csv"), "--site", "HQ", "--from", "2025-03-20", "--to", "2025-03-24"});
    REQUIRE(late.exitCode == 0);
    CHECK(late.out.find("Exported 1 complaints") != std::string::npos);
    CHECK(cli.read("late.csv").find("K4,HQ,") != std::string::npos);
}

TEST_CASE("an invalid complaints file is refused with status 2, every problem listed, nothing written")
{
    CliRunner cli;
    setUpHq(cli);
    const auto file = cli.write("bad.csv", "id,channel,category,received_at,description,first_responder,satisfaction\n"
                                           "B1,fax,noise,2025-03-03 09:00,吵,王芳,\n"
                                           "B2,phone,noise,2025-03-03 09:00,吵,王芳,5\n"
                                           "B3,phone,noise,2025-03-03 09:00,吵,王芳,\n");
    const auto r = cli.run({"complaints", "import", file, "--site", "HQ"});
    CHECK(r.exitCode == 2);
    CHECK(r.out.empty());
    CHECK(r.err == file + ":2: channel: unknown channel 'fax' (one of: phone, visit, letter, online, hotline_12345)\n" +
                       file + ":3: satisfaction: a rating needs revisited_at\n" +
                       "propdesk-cli: nothing imported: 2 problem(s) in 2 row(s)\n");
    CHECK(count(cli, "SELECT count(*) FROM complaints") == 0);
    CHECK(count(cli, "SELECT count(*) FROM audit_log WHERE entity = 'complaint'") == 0);

    CHECK(cli.run({"complaints", "import", file, "--site", "HQ", "--skip-invalid"}).exitCode == 1);
    const auto skipped =
        cli.run({"complaints", "import", file, "--site", "HQ", "--skip-invalid", "--rejects", cli.path("rejects.csv")});
    REQUIRE(skipped.exitCode == 0);
    CHECK(skipped.out ==
          "Imported 1 complaints from " + file + "; rejected 2 (with reasons in " + cli.path("rejects.csv") + ").\n");
    const auto rejects = cli.read("rejects.csv");
    CHECK(rejects.find("B1,fax,") != std::string::npos);
    CHECK(rejects.find(",3,satisfaction: a rating needs revisited_at") != std::string::npos);
    CHECK(rejects.find("B3,") == std::string::npos);
    CHECK(count(cli, "SELECT count(*) FROM complaints WHERE code = 'B3'") == 1);

    const auto unknownSite = cli.run({"complaints", "import", file, "--site", "NOPE"});
    CHECK(unknownSite.exitCode == 2);
    CHECK(unknownSite.err.find("unknown site 'NOPE'") != std::string::npos);
    CHECK(cli.run({"complaints", "import", cli.path("missing.csv"), "--site", "HQ"}).exitCode == 3);
}

TEST_CASE("kpi --format json adds the seven complaint KPIs after the nine work-order ones, worked out by hand")
{
    CliRunner cli;
    setUpHq(cli);
    REQUIRE(cli.run({"complaints", "import", cli.write("march.csv", kComplaints), "--site", "HQ"}).exitCode == 0);
    const auto r =
        cli.run({"kpi", "--site", "HQ", "--month", "2025-03", "--as-of", "2025-04-05 00:00", "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto doc = Json::parse(r.out);
    CHECK(keysOf(doc) == std::vector<std::string>{"site", "period", "as_of", "rule_set", "population",
                                                  "complaint_population", "patrol_rounds", "inspection_sheets",
                                                  "kpis"});
    auto expectedKeys = kWorkOrderKeys;
    expectedKeys.insert(expectedKeys.end(), kComplaintKeys.begin(), kComplaintKeys.end());
    // The six security KPIs close the object (docs/kpi.md#security).
    for (const auto* key : {"patrol_completion_rate", "patrol_rounds_on_time", "handover_sign_rate",
                            "night_spot_checks", "incident_handling_rate", "security_incident_rate"}) {
        expectedKeys.emplace_back(key);
    }
    // Then the six inspection KPIs (docs/kpi.md#inspections).
    for (const auto* key : {"cleaning_rate", "greening_intact_rate", "nc_rectified_on_time", "nc_verification_rate",
                            "daily_sheets_completed", "contractor_warnings"}) {
        expectedKeys.emplace_back(key);
    }
    CHECK(keysOf(doc["kpis"]) == expectedKeys);

    // No work orders: the nine keep their documented shape.
    CHECK(doc["population"] == 0);
    for (const auto& key : kWorkOrderKeys) {
        INFO(key);
        const auto& k = doc["kpis"][key];
        CHECK(keysOf(k) ==
              std::vector<std::string>{"numerator", "denominator", "pending", "rate", "target", "comparator", "met"});
        CHECK(k["denominator"] == 0);
        CHECK(k["rate"].is_null());
        CHECK(k["met"].is_null());
    }

    CHECK(doc["complaint_population"] == 4);
    Json expected = Json::object();
    expected["complaint_response_timeliness"] = kpi(2, 4, 0, 0.5, 1.0, ">=", false);
    expected["complaint_resolution_timeliness"] = kpi(2, 4, 0, 0.5, 1.0, ">=", false);
    expected["complaint_handling_rate"] = kpi(3, 4, 0, 0.75, 1.0, ">=", false);
    expected["valid_complaint_rate"] = kpi(2, 2400, 0, 2.0 / 2400.0, nullptr, nullptr, nullptr);
    expected["valid_complaint_rate_12m"] = kpi(2, 2400, 0, 2.0 / 2400.0, 0.02, "<=", true);
    expected["complaint_revisit_rate"] = kpi(2, 3, 0, 2.0 / 3.0, 1.0, ">=", false);
    expected["complaint_satisfaction_rate"] = kpi(1, 2, 0, 0.5, 0.85, ">=", false);
    Json actual = Json::object();
    for (const auto& key : kComplaintKeys) {
        actual[key] = doc["kpis"][key];
    }
    CHECK(actual.dump(2) == expected.dump(2));

    const auto table = cli.run({"kpi", "--site", "HQ", "--month", "2025-03", "--as-of", "2025-04-05 00:00"});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.find("到场及时率") != std::string::npos);
    CHECK(table.out.find("投诉响应及时率") != std::string::npos);
    CHECK(table.out.find("有效投诉率") != std::string::npos);
}

TEST_CASE("complaints import and export are refused without the right and allowed to a supervisor")
{
    CliRunner cli;
    REQUIRE(cli.run({"init"}).exitCode == 0);
    REQUIRE(cli.run({"site", "add", "HQ", "--name", "总部"}).exitCode == 0);
    REQUIRE(
        cli.run({"user", "add", "boss", "--role", "admin"}, {{"PROPDESK_NEW_PASSWORD", "boss-password-1"}}).exitCode ==
        0);
    const CliRunner::Environment admin{{"PROPDESK_PASSWORD", "boss-password-1"}};
    REQUIRE(cli.run({"--user", "boss", "user", "add", "desk", "--role", "front_desk", "--site", "HQ", "--display-name",
                     "王芳"},
                    {{"PROPDESK_PASSWORD", "boss-password-1"}, {"PROPDESK_NEW_PASSWORD", "desk-password-1"}})
                .exitCode == 0);
    REQUIRE(cli.run({"--user", "boss", "user", "add", "super", "--role", "supervisor", "--site", "HQ", "--display-name",
                     "李静"},
                    {{"PROPDESK_PASSWORD", "boss-password-1"}, {"PROPDESK_NEW_PASSWORD", "super-password-1"}})
                .exitCode == 0);
    const auto file = cli.write("in.csv", kComplaints);

    const auto refused = cli.run({"--user", "desk", "complaints", "import", file, "--site", "HQ"},
                                 {{"PROPDESK_PASSWORD", "desk-password-1"}});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.find("王芳 (front_desk) may not import complaints") != std::string::npos);
    const auto out = cli.path("out.csv");
    const auto noExport =
        cli.run({"--user", "desk", "complaints", "export", out}, {{"PROPDESK_PASSWORD", "desk-password-1"}});
    CHECK(noExport.exitCode == 2);
    CHECK(noExport.err.find("may not export complaints") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));
    CHECK(count(cli, "SELECT count(*) FROM complaints") == 0);

    const auto imported = cli.run({"--user", "super", "complaints", "import", file, "--site", "HQ"},
                                  {{"PROPDESK_PASSWORD", "super-password-1"}});
    INFO(imported.err);
    CHECK(imported.exitCode == 0);
    CHECK(count(cli, "SELECT count(*) FROM complaints") == 5);
    CHECK(count(cli, "SELECT count(*) FROM audit_log WHERE entity = 'complaint' AND user_name = '李静'") == 5);
    CHECK(cli.run({"--user", "super", "complaints", "export", out}, {{"PROPDESK_PASSWORD", "super-password-1"}})
              .exitCode == 0);
    CHECK(std::filesystem::exists(out));
}

TEST_CASE("the demo database has complaints, and kpi shows their figures")
{
    CliRunner cli;
    const auto r = cli.run({"init", "--demo"}, {});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find(" complaints.") != std::string::npos);
    CHECK(count(cli, "SELECT count(*) FROM complaints") > 0);

    // The month of the complaint received two minutes ago (Asia/Shanghai has no daylight saving) counts it.
    const auto shanghai = std::chrono::system_clock::now() + std::chrono::hours{8} - std::chrono::minutes{2};
    const auto month = cli.run({"--user", "zhaomin", "kpi", "--site", "DEMO", "--month",
                                date::format("%Y-%m", date::floor<date::days>(shanghai)), "--format", "json"},
                               {{"PROPDESK_PASSWORD", "manager-demo"}});
    INFO(month.err);
    REQUIRE(month.exitCode == 0);
    const auto doc = Json::parse(month.out);
    CHECK(doc["complaint_population"] >= 1);
}
