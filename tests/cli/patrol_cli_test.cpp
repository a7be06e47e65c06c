// `patrol import` through the real propdesk-cli binary, on the demo database (`init --demo`: the site DEMO
// with the routes R1 (CP01 … CP06) and R2 (B101, B102, B201, B202), docs/cli.md).

#include "clirunner.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <date/date.h>

#include <chrono>
#include <filesystem>

using propdesk::tests::CliResult;
using propdesk::tests::CliRunner;

namespace {

// `init --demo` once; each test works on a copy.
const CliRunner& demoTemplate()
{
    static CliRunner maker;
    static const bool made = [] {
        const auto r = maker.run({"init", "--demo"}, {});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        return true;
    }();
    (void)made;
    return maker;
}

void startFromDemo(const CliRunner& cli)
{
    std::filesystem::copy_file(demoTemplate().db(), cli.db());
}

// The demo's supervisor may import; its front desk may not.
CliResult supervisor(const CliRunner& cli, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--user", "lijing", "patrol", "import"});
    return cli.run(args, {{"PROPDESK_PASSWORD", "supervisor-demo"}});
}

std::int64_t count(const CliRunner& cli, const std::string& sql)
{
    SQLite::Database db(cli.db(), SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt64();
}

// A local date in Shanghai (no daylight saving), `offset` days from today: "2025-04-04".
std::string shanghaiDate(int offset)
{
    const auto local = std::chrono::system_clock::now() + std::chrono::hours{8} + std::chrono::days{offset};
    return date::format("%F", date::floor<date::days>(local));
}

const std::string kYesterday = shanghaiDate(-1);
const std::string kTomorrow = shanghaiDate(1);

// Scans no demo export has: the guard is a card number of this test.
std::string goodFile()
{
    return "序号,巡检点编号,巡检点名称,巡检人员,巡检时间,设备编号\n"
           "1,CP01,南门岗亭,测试卡0001," +
           kYesterday +
           " 10:00:00,XG-01\n"
           "2,CP02,1栋大堂,测试卡0001," +
           kYesterday +
           " 10:05:00,XG-01\n"
           "3,B101,B1层入口,测试卡0001," +
           kYesterday + " 10:30:00,XG-02\n";
}

const std::string kTestScans = "SELECT count(*) FROM patrol_scans WHERE guard = '测试卡0001'";
const std::string kImports = "SELECT count(*) FROM audit_log WHERE entity = 'patrol_import'";

} // namespace

TEST_CASE("patrol import stores a device export once and says so the second time")
{
    CliRunner cli;
    startFromDemo(cli);
    const auto imports = count(cli, kImports);
    const auto file = cli.write("xungeng.csv", goodFile());
    const auto r = supervisor(cli, {file, "--site", "DEMO"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.empty());
    CHECK(r.out == "Imported 3 patrol scans from " + file + ".\n");
    CHECK(count(cli, kTestScans) == 3);
    CHECK(count(cli, "SELECT count(*) FROM patrol_scans WHERE guard = '测试卡0001' AND source = '" + file +
                         "' AND recorded_by = '李静'") == 3);
    CHECK(count(cli, kImports) == imports + 1);
    CHECK(count(cli, "SELECT count(*) FROM audit_log WHERE entity = 'patrol_import' AND record = '" + file +
                         "' AND user_name = '李静'") == 1);

    const auto again = supervisor(cli, {file, "--site", "DEMO"});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out ==
          "Imported 0 patrol scans from " + file + "; skipped 3 already stored and 0 repeated in the file.\n");
    CHECK(count(cli, kTestScans) == 3);

    const auto repeated = cli.write("repeated.csv", "巡检点编号,巡检人员,巡检时间\n"
                                                    "CP03,测试卡0001," +
                                                        kYesterday +
                                                        " 10:10\n"
                                                        "CP03,测试卡0001," +
                                                        kYesterday + " 10:10\n");
    const auto once = supervisor(cli, {repeated, "--site", "DEMO"});
    REQUIRE(once.exitCode == 0);
    CHECK(once.out ==
          "Imported 1 patrol scans from " + repeated + "; skipped 0 already stored and 1 repeated in the file.\n");
    CHECK(count(cli, kTestScans) == 4);
}

TEST_CASE("an invalid device export is refused with status 2 and every problem and nothing is written")
{
    CliRunner cli;
    startFromDemo(cli);
    const auto scans = count(cli, "SELECT count(*) FROM patrol_scans");
    const auto imports = count(cli, kImports);
    const auto file = cli.write("bad.csv", "巡检点编号,巡检人员,巡检时间\n"
                                           "CP01,测试卡0001," +
                                               kYesterday +
                                               " 10:00\n"
                                               "XX99,测试卡0001," +
                                               kYesterday +
                                               " 10:10\n"
                                               "CP02,," +
                                               kYesterday +
                                               " 10:20\n"
                                               "CP03,测试卡0001," +
                                               kTomorrow +
                                               " 10:00\n"
                                               "CP04,测试卡0001,昨天 10:00\n");
    const auto r = supervisor(cli, {file, "--site", "DEMO"});
    CHECK(r.exitCode == 2);
    CHECK(r.out.empty());
    CHECK(r.err == file + ":3: 巡检点编号: unknown checkpoint 'XX99': no route of DEMO has it on " + kYesterday + "\n" +
                       file + ":4: 巡检人员: required value is missing\n" + file +
                       ":5: 巡检时间: lies in the future\n" + file +
                       ":6: 巡检时间: '昨天 10:00' is not a time (YYYY-MM-DD HH:MM[:SS], or ISO 8601 with T and an "
                       "optional offset)\n"
                       "propdesk-cli: nothing imported: 4 problem(s) in 4 row(s)\n");
    CHECK(count(cli, "SELECT count(*) FROM patrol_scans") == scans);
    CHECK(count(cli, kImports) == imports);

    // --skip-invalid needs --rejects.
    const auto alone = supervisor(cli, {file, "--site", "DEMO", "--skip-invalid"});
    CHECK(alone.exitCode == 1);
    CHECK(alone.err == "propdesk-cli: --skip-invalid and --rejects FILE go together\n");
    CHECK(count(cli, "SELECT count(*) FROM patrol_scans") == scans);

    const auto rejects = cli.path("rejects.csv");
    const auto skipped = supervisor(cli, {file, "--site", "DEMO", "--skip-invalid", "--rejects", rejects});
    INFO(skipped.err);
    REQUIRE(skipped.exitCode == 0);
    CHECK(skipped.out == "Imported 1 patrol scans from " + file + "; rejected 4 (with reasons in " + rejects + ").\n");
    CHECK(count(cli, kTestScans) == 1);
    const auto text = cli.read("rejects.csv");
    CHECK(text.starts_with("\xEF\xBB\xBF巡检点编号,巡检人员,巡检时间,reject_line,reject_reasons\r\n"));
    CHECK(text.find("XX99,测试卡0001," + kYesterday + " 10:10,3,巡检点编号: unknown checkpoint 'XX99'") !=
          std::string::npos);
    CHECK(text.find(",5,巡检时间: lies in the future\r\n") != std::string::npos);
    CHECK(text.find("CP01,") == std::string::npos);
}

TEST_CASE("patrol import finds the columns by their usual names or as named on the command line")
{
    CliRunner cli;
    startFromDemo(cli);
    const auto file = cli.write("device.csv", "点位,卡,打卡时刻,机号\n"
                                              "CP05,测试卡0001," +
                                                  kYesterday +
                                                  " 11:00,7\n"
                                                  "B201,测试卡0001," +
                                                  kYesterday + " 11:20,7\n");
    const auto unnamed = supervisor(cli, {file, "--site", "DEMO"});
    CHECK(unnamed.exitCode == 2);
    CHECK(unnamed.err == file +
                             ":1: checkpoint: no column for the checkpoint; expected one of: checkpoint, "
                             "checkpoint_code, point, 巡检点编号, 巡更点编号, 点位编号, 地点编号\n" +
                             file +
                             ":1: guard: no column for the guard; expected one of: guard, card, card_no, 巡检人员, "
                             "巡更人员, 人员, 卡号\n" +
                             file +
                             ":1: time: no column for the time; expected one of: time, timestamp, scanned_at, "
                             "巡检时间, 巡更时间, 时间\n"
                             "propdesk-cli: nothing imported: 3 problem(s) in 0 row(s)\n");

    const auto wrongName = supervisor(cli, {file, "--site", "DEMO", "--checkpoint-column", "点位", "--guard-column",
                                            "卡", "--time-column", "时间戳"});
    CHECK(wrongName.exitCode == 2);
    CHECK(wrongName.err == file + ":1: 时间戳: no such column (chosen for the time)\n"
                                  "propdesk-cli: nothing imported: 1 problem(s) in 0 row(s)\n");
    CHECK(count(cli, kTestScans) == 0);

    const auto named = supervisor(cli, {file, "--site", "DEMO", "--checkpoint-column", "点位", "--guard-column", "卡",
                                        "--time-column", "打卡时刻"});
    INFO(named.err);
    REQUIRE(named.exitCode == 0);
    CHECK(named.out == "Imported 2 patrol scans from " + file + ".\n");
    CHECK(count(cli, kTestScans) == 2);
}

TEST_CASE("patrol import refuses an empty file the front desk an unknown site and a missing file")
{
    CliRunner cli;
    startFromDemo(cli);
    const auto empty = cli.write("empty.csv", "");
    const auto r = supervisor(cli, {empty, "--site", "DEMO"});
    CHECK(r.exitCode == 2);
    CHECK(r.err == empty + ": the file is empty (expected a header row)\n"
                           "propdesk-cli: nothing imported: 1 problem(s) in 0 row(s)\n");
    const auto header = cli.write("header.csv", "巡检点编号,巡检人员,巡检时间\n");
    const auto headerOnly = supervisor(cli, {header, "--site", "DEMO"});
    CHECK(headerOnly.exitCode == 2);
    CHECK(headerOnly.err == header + ": no scans after the header\n"
                                     "propdesk-cli: nothing imported: 1 problem(s) in 0 row(s)\n");

    const auto file = cli.write("xungeng.csv", goodFile());
    const auto frontDesk = cli.run({"--user", "wangfang", "patrol", "import", file, "--site", "DEMO"},
                                   {{"PROPDESK_PASSWORD", "frontdesk-demo"}});
    CHECK(frontDesk.exitCode == 2);
    CHECK(frontDesk.out.empty());
    CHECK(frontDesk.err.find("王芳 (front_desk) may not import patrol records") != std::string::npos);
    CHECK(count(cli, kTestScans) == 0);

    const auto unknown = supervisor(cli, {file, "--site", "NOPE"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("unknown site 'NOPE'") != std::string::npos);
    CHECK(supervisor(cli, {cli.path("missing.csv"), "--site", "DEMO"}).exitCode == 3);
    CHECK(count(cli, kTestScans) == 0);
}
