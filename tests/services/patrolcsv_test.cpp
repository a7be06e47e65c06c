// Guard-tour device exports (docs/security-operations.md#scans): columns found by their usual names or
// chosen, every problem as FILE:LINE: column: reason, rows repeated in the file skipped, and the same file
// imported twice storing nothing the second time.

#include "domain/securityrepository.h"
#include "services/patrolcsv.h"
#include "servicetestsupport.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <fstream>

using namespace propdesk;
using namespace std::chrono_literals;
using Messages = std::vector<std::string>;
using propdesk::tests::at;
using propdesk::tests::Desk;
using rules::RoundOutcome;

namespace {

domain::Date day(int y, unsigned m, unsigned d)
{
    return domain::Date{date::year{y} / date::month{m} / date::day{d}};
}

domain::PatrolRoute route(std::string code, domain::Date from, const std::vector<std::string>& checkpoints,
                          std::vector<std::pair<std::string, int>> rounds, std::chrono::minutes length,
                          std::chrono::minutes tolerance)
{
    domain::PatrolRoute r;
    r.code = std::move(code);
    r.name = "巡更路线 " + r.code;
    r.effectiveFrom = from;
    for (const auto& c : checkpoints) {
        domain::Checkpoint point;
        point.code = c;
        point.name = "点" + c;
        r.checkpoints.push_back(point);
    }
    r.roundsPerShift = std::move(rounds);
    r.roundLength = length;
    r.tolerance = tolerance;
    return r;
}

// Every row of the scans, the audit trail and the other security tables, as text.
std::string storedRows(Desk& desk)
{
    SQLite::Database db(desk.ws->path().string(), SQLite::OPEN_READONLY);
    std::string out;
    for (const char* table : {"patrol_routes", "patrol_scans", "audit_log"}) {
        out += fmt::format("[{}]\n", table);
        SQLite::Statement q(db, fmt::format("SELECT * FROM {}", table));
        while (q.executeStep()) {
            for (int i = 0; i < q.getColumnCount(); ++i) {
                out += q.getColumn(i).getString() + "|";
            }
            out += "\n";
        }
    }
    return out;
}

// Site HQ on 11 April 2025 at 09:00. Route R1 (CP01, CP02, CP03) is in force from 1 April; route R2 (the car
// park: B101, B102) only from the 11th.
struct PatrolDesk : Desk
{
    PatrolDesk() : Desk(at("2025-04-11 09:00"))
    {
        addSite("HQ");
        REQUIRE(ws->security().saveRoute(
            "HQ", route("R1", day(2025, 4, 1), {"CP01", "CP02", "CP03"}, {{"early", 2}, {"night", 2}}, 60min, 10min)));
        REQUIRE(ws->security().saveRoute(
            "HQ", route("R2", day(2025, 4, 11), {"B101", "B102"}, {{"early", 1}, {"night", 1}}, 40min, 10min)));
    }

    services::PatrolImportPlan prepare(std::string_view csv, std::string_view file = "scans.csv",
                                       const services::PatrolColumns& columns = {})
    {
        auto plan = ws->patrolCsv().prepare(csv, file, "HQ", columns);
        INFO((plan ? std::string() : plan.error().describe()));
        REQUIRE(plan);
        return std::move(*plan);
    }

    std::vector<domain::PatrolScan> scans()
    {
        auto site = ws->sites().get("HQ");
        REQUIRE(site);
        auto list =
            ws->context().store.security().scansBetween(site->id, at("2000-01-01 00:00"), at("2100-01-01 00:00"));
        REQUIRE(list);
        return *list;
    }

    std::vector<domain::AuditEntry> imports()
    {
        domain::AuditFilter filter;
        filter.entity = "patrol_import";
        return auditTrail(filter);
    }
};

} // namespace

TEST_CASE("the device export of the docs imports and its rounds evaluate")
{
    std::ifstream in(std::string(PROPDESK_SOURCE_DIR) + "/docs/samples/patrol-device-sample.csv", std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();

    // The demo's two routes (src/services/demosecurity.cpp), in force before the export's day.
    Desk desk(at("2025-03-05 09:00"));
    desk.addSite("HQ");
    auto& security = desk.ws->security();
    REQUIRE(security.saveRoute("HQ", route("R1", day(2025, 3, 1), {"CP01", "CP02", "CP03", "CP04", "CP05", "CP06"},
                                           {{"early", 2}, {"middle", 2}, {"night", 3}}, 60min, 15min)));
    REQUIRE(security.saveRoute("HQ", route("R2", day(2025, 3, 1), {"B101", "B102", "B201", "B202"},
                                           {{"early", 1}, {"middle", 1}, {"night", 2}}, 40min, 10min)));

    auto plan = desk.ws->patrolCsv().prepare(text.str(), "patrol-device-sample.csv", "HQ");
    REQUIRE(plan);
    INFO(fmt::format("{}", fmt::join(plan->messages(), "\n")));
    CHECK(plan->messages().empty());
    CHECK(plan->importable());
    // The device kept one double read of CP06.
    CHECK(plan->valid.size() == 32);
    CHECK(plan->repeatedInFile == 1);
    CHECK(plan->rowCount() == 33);
    CHECK(plan->valid.front().checkpoint == "CP01");
    CHECK(plan->valid.front().guard == "王强");
    CHECK(plan->valid.front().at == at("2025-03-03 07:03:12"));
    auto stored = desk.ws->patrolCsv().commit(*plan);
    REQUIRE(stored);
    CHECK(stored->stored == 32);
    CHECK(stored->alreadyStored == 0);

    auto rounds = security.rounds("HQ", day(2025, 3, 3), day(2025, 3, 3));
    REQUIRE(rounds);
    std::vector<std::string> complete;
    for (const auto& r : *rounds) {
        if (r.outcome == RoundOutcome::Complete) {
            complete.push_back(fmt::format("{} {} #{}", r.round.routeCode, r.round.shift, r.round.index + 1));
        } else {
            CHECK(r.outcome == RoundOutcome::NotStarted);
        }
    }
    std::ranges::sort(complete);
    // The night's second round of R1 starts at 01:40 on the 4th and still counts for the 3rd.
    CHECK(complete == std::vector<std::string>{"R1 early #1", "R1 early #2", "R1 night #1", "R1 night #2",
                                               "R2 early #1", "R2 night #1"});
    CHECK(rounds->size() == 11);
}

TEST_CASE("a file without the needed columns cannot be imported")
{
    PatrolDesk desk;
    const auto before = storedRows(desk);
    const char* csv = "点位,卡,打卡时刻\nCP01,王强,2025-04-10 07:02\n";
    auto plan = desk.prepare(csv);
    CHECK_FALSE(plan.importable());
    CHECK(plan.valid.empty());
    CHECK(plan.rejected.empty());
    CHECK(plan.messages() ==
          Messages{"scans.csv:1: checkpoint: no column for the checkpoint; expected one of: checkpoint, "
                   "checkpoint_code, point, 巡检点编号, 巡更点编号, 点位编号, 地点编号",
                   "scans.csv:1: guard: no column for the guard; expected one of: guard, card, card_no, 巡检人员, "
                   "巡更人员, 人员, 卡号",
                   "scans.csv:1: time: no column for the time; expected one of: time, timestamp, scanned_at, "
                   "巡检时间, 巡更时间, 时间"});
    auto refused = desk.ws->patrolCsv().commit(plan);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == domain::ErrorCode::InvalidInput);
    CHECK(refused.error().field == "file");
    CHECK(refused.error().message == "scans.csv cannot be imported");

    SECTION("the columns are named for the device")
    {
        services::PatrolColumns columns;
        columns.checkpoint = "点位";
        columns.guard = "卡";
        columns.time = "打卡时刻";
        auto named = desk.prepare(csv, "scans.csv", columns);
        CHECK(named.messages().empty());
        REQUIRE(named.valid.size() == 1);
        CHECK(named.valid[0].checkpoint == "CP01");
        CHECK(named.valid[0].guard == "王强");
        CHECK(named.valid[0].at == at("2025-04-10 07:02"));
    }
    SECTION("a chosen column that is not in the file")
    {
        services::PatrolColumns columns;
        columns.checkpoint = "点位";
        columns.guard = "卡";
        columns.time = "时间戳";
        auto named = desk.prepare(csv, "scans.csv", columns);
        CHECK_FALSE(named.importable());
        CHECK(named.messages() == Messages{"scans.csv:1: 时间戳: no such column (chosen for the time)"});
    }
    SECTION("a chosen column wins over a usual name and names match without regard to case")
    {
        services::PatrolColumns columns;
        columns.checkpoint = "地点编号";
        columns.guard = "CARD";
        auto named = desk.prepare("巡检点编号,地点编号,Card,巡检人员,Time\n"
                                  "1号点,CP02,0009317,王强,2025-04-10 07:10\n",
                                  "scans.csv", columns);
        CHECK(named.messages().empty());
        REQUIRE(named.valid.size() == 1);
        CHECK(named.valid[0].checkpoint == "CP02");
        CHECK(named.valid[0].guard == "0009317");
        // Without a choice the first usual name in the file is taken.
        auto usual = desk.prepare("巡检点编号,地点编号,Card,巡检人员,Time\n"
                                  "CP03,CP02,0009317,王强,2025-04-10 07:10\n");
        REQUIRE(usual.valid.size() == 1);
        CHECK(usual.valid[0].checkpoint == "CP03");
        CHECK(usual.valid[0].guard == "0009317");
    }
    CHECK(storedRows(desk) == before);
}

TEST_CASE("an empty file or a header alone or a broken row cannot be imported")
{
    PatrolDesk desk;
    const auto before = storedRows(desk);
    CHECK(desk.prepare("").messages() == Messages{"scans.csv: the file is empty (expected a header row)"});
    CHECK(desk.prepare("\r\n\r\n").messages() == Messages{"scans.csv: the file is empty (expected a header row)"});
    auto header = desk.prepare("巡检点编号,巡检人员,巡检时间\r\n");
    CHECK_FALSE(header.importable());
    CHECK(header.messages() == Messages{"scans.csv: no scans after the header"});
    auto shortRow = desk.prepare("巡检点编号,巡检人员,巡检时间\nCP01,王强,2025-04-10 07:02\nCP02,王强\n");
    CHECK_FALSE(shortRow.importable());
    CHECK(shortRow.messages() == Messages{"scans.csv:3: has 2 fields, the header has 3"});
    CHECK(storedRows(desk) == before);
}

TEST_CASE("each bad row of a device export is reported as FILE:LINE: column: reason")
{
    PatrolDesk desk;
    const auto before = storedRows(desk);
    auto plan = desk.prepare("巡检点编号,巡检人员,巡检时间\n"
                             "CP01,王强,2025-04-10 07:02\n"     // 2
                             ",王强,2025-04-10 07:05\n"         // 3
                             "CP02,,2025-04-10 07:10\n"         // 4
                             "CP03,王强,\n"                     // 5
                             "CP03,王强,10/04/2025 07:20\n"     // 6
                             "CP03,王强,2025-04-10 24:10\n"     // 7
                             "CP03,王强,2025-04-11 09:01\n"     // 8: a minute ahead of now
                             "CP09,王强,2025-04-10 07:30\n"     // 9
                             "B101,李军,2025-04-10 23:30\n"     // 10: R2 starts on the 11th
                             "B101,李军,2025-04-11 07:05\n"     // 11
                             ",,\n"                             // 12
                             "CP02,王强,2025-04-09T23:10:00Z\n" // 13: 07:10 in Shanghai
                             "CP03,王强,2025-04-11 09:00\n");   // 14: now
    CHECK(plan.importable());
    CHECK(plan.messages() ==
          Messages{"scans.csv:3: 巡检点编号: required value is missing",
                   "scans.csv:4: 巡检人员: required value is missing",
                   "scans.csv:5: 巡检时间: required value is missing",
                   "scans.csv:6: 巡检时间: '10/04/2025 07:20' is not a time (YYYY-MM-DD HH:MM[:SS], or ISO 8601 with T "
                   "and an optional offset)",
                   "scans.csv:7: 巡检时间: '2025-04-10 24:10' has no such time of day",
                   "scans.csv:8: 巡检时间: lies in the future",
                   "scans.csv:9: 巡检点编号: unknown checkpoint 'CP09': no route of HQ has it on 2025-04-10",
                   "scans.csv:10: 巡检点编号: unknown checkpoint 'B101': no route of HQ has it on 2025-04-10",
                   "scans.csv:12: 巡检点编号: required value is missing",
                   "scans.csv:12: 巡检人员: required value is missing",
                   "scans.csv:12: 巡检时间: required value is missing"});
    CHECK(plan.validLines == std::vector<int>{2, 11, 13, 14});
    REQUIRE(plan.valid.size() == 4);
    CHECK(plan.valid[1].checkpoint == "B101");
    CHECK(plan.valid[1].guard == "李军");
    CHECK(plan.valid[2].at == at("2025-04-10 07:10"));
    CHECK(plan.valid[3].at == at("2025-04-11 09:00"));
    CHECK(plan.rejected.size() == 9);
    CHECK(plan.rowCount() == 13);
    // Preparing writes nothing.
    CHECK(storedRows(desk) == before);
}

TEST_CASE("rows repeated in the file are skipped and the same file imported twice stores nothing again")
{
    PatrolDesk desk;
    const std::string csv = "巡检点编号,巡检人员,巡检时间\n"
                            "CP01,王强,2025-04-10 07:02:11\n"
                            "CP02,王强,2025-04-10 07:10:40\n"
                            "CP02,王强,2025-04-10 07:10:40\n" // the device read it twice
                            "CP03,王强,2025-04-10 07:19:05\n"
                            "CP03,李军,2025-04-10 07:19:05\n"; // another guard: another scan
    auto plan = desk.prepare(csv, "xungeng-2025-04-10.csv");
    CHECK(plan.messages().empty());
    CHECK(plan.valid.size() == 4);
    CHECK(plan.repeatedInFile == 1);
    CHECK(plan.validLines == std::vector<int>{2, 3, 5, 6});
    auto first = desk.ws->patrolCsv().commit(plan);
    REQUIRE(first);
    CHECK(first->stored == 4);
    CHECK(first->alreadyStored == 0);

    auto scans = desk.scans();
    REQUIRE(scans.size() == 4);
    CHECK(scans[0].checkpoint == "CP01");
    CHECK(scans[0].guard == "王强");
    CHECK(scans[0].at == at("2025-04-10 07:02:11"));
    CHECK(scans[0].source == "xungeng-2025-04-10.csv");
    CHECK(scans[0].recordedBy == "tester");
    CHECK(scans[0].recordedAt == at("2025-04-11 09:00"));
    auto trail = desk.imports();
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].record == "xungeng-2025-04-10.csv");
    CHECK(trail[0].action == domain::AuditAction::Create);
    CHECK(trail[0].summary == "4 scans imported, 0 already stored");
    CHECK(trail[0].changes ==
          std::vector<domain::AuditChange>{{"scans", "", "4"}, {"already_stored", "", "0"}, {"rejected", "", "0"}});

    auto rounds = desk.ws->security().rounds("HQ", day(2025, 4, 10), day(2025, 4, 10));
    REQUIRE(rounds);
    REQUIRE_FALSE(rounds->empty());
    CHECK(rounds->front().outcome == RoundOutcome::Complete);

    // The same file again: every scan is already stored.
    desk.clock.advance(1h);
    auto again = desk.prepare(csv, "xungeng-2025-04-10.csv");
    CHECK(again.valid.size() == 4);
    auto second = desk.ws->patrolCsv().commit(again);
    REQUIRE(second);
    CHECK(second->stored == 0);
    CHECK(second->alreadyStored == 4);
    CHECK(desk.scans().size() == 4);
    trail = desk.imports();
    REQUIRE(trail.size() == 2);
    CHECK(trail[1].summary == "0 scans imported, 4 already stored");

    // A later export that repeats part of the day, and a scan entered by hand before the file came.
    REQUIRE(desk.ws->security().recordScan("HQ", "CP01", "王强", at("2025-04-10 11:05")));
    auto overlap = desk.prepare("巡检点编号,巡检人员,巡检时间\n"
                                "CP03,王强,2025-04-10 07:19:05\n"
                                "CP01,王强,2025-04-10 11:05\n"
                                "CP02,王强,2025-04-10 11:16\n",
                                "xungeng-2025-04-10-b.csv");
    auto third = desk.ws->patrolCsv().commit(overlap);
    REQUIRE(third);
    CHECK(third->stored == 1);
    CHECK(third->alreadyStored == 2);
    CHECK(desk.scans().size() == 6);
}

TEST_CASE("the rejects file holds the bad rows with their reasons and the good rows can be imported")
{
    PatrolDesk desk;
    auto plan = desk.prepare("序号,巡检点编号,巡检人员,巡检时间\n"
                             "1,CP01,王强,2025-04-10 07:02\n"
                             "2,CP09,王强,2025-04-10 07:05\n"
                             "3,,,\n");
    REQUIRE(plan.rejected.size() == 2);
    std::ostringstream rejects;
    desk.ws->patrolCsv().writeRejects(plan, rejects);
    CHECK(rejects.str() == "\xEF\xBB\xBF序号,巡检点编号,巡检人员,巡检时间,reject_line,reject_reasons\r\n"
                           "2,CP09,王强,2025-04-10 07:05,3,巡检点编号: unknown checkpoint 'CP09': no route of HQ has "
                           "it on 2025-04-10\r\n"
                           "3,,,,4,\"巡检点编号: required value is missing\n巡检人员: required value is missing\n"
                           "巡检时间: required value is missing\"\r\n");
    auto stored = desk.ws->patrolCsv().commit(plan);
    REQUIRE(stored);
    CHECK(stored->stored == 1);
    const auto trail = desk.imports();
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].changes ==
          std::vector<domain::AuditChange>{{"scans", "", "1"}, {"already_stored", "", "0"}, {"rejected", "", "2"}});
    CHECK(desk.scans().size() == 1);
}

TEST_CASE("a byte-order mark and the English column names are accepted")
{
    PatrolDesk desk;
    auto plan = desk.prepare("\xEF\xBB\xBF"
                             "Checkpoint,Guard,Timestamp,Device\r\n"
                             "CP01,0009317,2025-04-10T07:02:00+08:00,XG-2201\r\n");
    CHECK(plan.messages().empty());
    REQUIRE(plan.valid.size() == 1);
    CHECK(plan.valid[0].guard == "0009317");
    CHECK(plan.valid[0].at == at("2025-04-10 07:02"));
    CHECK(plan.header == std::vector<std::string>{"Checkpoint", "Guard", "Timestamp", "Device"});
}

TEST_CASE("a device export for an unknown site is refused")
{
    PatrolDesk desk;
    auto plan =
        desk.ws->patrolCsv().prepare("checkpoint,guard,time\nCP01,王强,2025-04-10 07:02\n", "scans.csv", "NOPE");
    REQUIRE_FALSE(plan);
    CHECK(plan.error().message == "unknown site 'NOPE'");
}
