// The inspection KPIs of docs/kpi.md on hand-made sheets, nonconformances and warnings of March 2026 in
// Asia/Shanghai, worked out by hand, as of 2026-03-10 12:00 and again the next morning.

#include "rules/inspectionkpi.h"
#include "testtime.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::InspectionService;
using domain::Instant;
using domain::ItemResult;
using propdesk::tests::at;
using propdesk::tests::zone;

namespace {

constexpr domain::Date day(int y, unsigned m, unsigned d)
{
    return date::year{y} / date::month{m} / date::day{d};
}

struct Counts
{
    std::int64_t numerator;
    std::int64_t denominator;
    std::int64_t pending = 0;
    bool operator==(const Counts&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Counts& c)
{
    return os << c.numerator << "/" << c.denominator << " (pending " << c.pending << ")";
}

const rules::KpiValue& kpi(const rules::KpiResult& r, std::string_view key)
{
    const auto* v = r.find(key);
    REQUIRE(v);
    return *v;
}

Counts counts(const rules::KpiResult& r, std::string_view key)
{
    const auto& v = kpi(r, key);
    return Counts{v.numerator, v.denominator, v.pending};
}

// "code:outcome" (and ":detail" when there is one) of each record, in order.
std::vector<std::string> records(const rules::KpiResult& r, std::string_view key)
{
    std::vector<std::string> out;
    for (const auto& rec : kpi(r, key).records) {
        out.push_back(rec.code + ":" + rec.outcome + (rec.detail.empty() ? "" : ":" + rec.detail));
    }
    return out;
}

using Strings = std::vector<std::string>;

struct Line
{
    std::string code;
    InspectionService service;
    std::int64_t weight;
    ItemResult result;
    std::string note;
};

domain::InspectionSheet sheet(std::int64_t id, domain::SheetKind kind, domain::Date d, std::string location,
                              std::string_view created, std::optional<std::string_view> signedAt,
                              const std::vector<Line>& lines)
{
    domain::InspectionSheet s;
    s.id = domain::SheetId{id};
    s.site = domain::SiteId{1};
    s.kind = kind;
    s.day = d;
    s.location = std::move(location);
    s.inspector = "陈主管";
    s.createdAt = at(created);
    if (signedAt) {
        s.status = domain::SheetStatus::Signed;
        s.signedAt = at(*signedAt);
        s.signedBy = "陈主管";
    }
    for (const auto& l : lines) {
        domain::SheetLine line;
        line.item.code = l.code;
        line.item.text = "项目" + l.code;
        line.item.service = l.service;
        line.item.weight = l.weight;
        line.result = l.result;
        line.note = l.note;
        s.lines.push_back(std::move(line));
    }
    return s;
}

domain::SheetAmendment amendment(std::int64_t sheetId, int line, ItemResult before, ItemResult after,
                                 std::string noteBefore, std::string noteAfter, std::string_view when)
{
    domain::SheetAmendment a;
    a.sheet = domain::SheetId{sheetId};
    a.line = line;
    a.before = before;
    a.after = after;
    a.noteBefore = std::move(noteBefore);
    a.noteAfter = std::move(noteAfter);
    a.reason = "复核更正";
    a.at = at(when);
    a.by = "王经理";
    return a;
}

// A nonconformance raised at `raised` and due at `due`, moved through the state machine by `steps`.
domain::Nonconformance nc(std::int64_t id, std::string_view raised, std::string_view due)
{
    domain::Nonconformance n;
    n.id = domain::NonconformanceId{id};
    n.site = domain::SiteId{1};
    n.code = "NC-2026-" + std::to_string(1000 + id).substr(1);
    n.location = "1栋";
    n.description = "地面有污渍";
    n.raisedAt = at(raised);
    n.raisedBy = "陈主管";
    n.deadline = at(due);
    domain::NcEvent e;
    e.kind = domain::NcEventKind::Raised;
    e.at = n.raisedAt;
    e.by = n.raisedBy;
    n.events.push_back(e);
    return n;
}

void rectify(domain::Nonconformance& n, std::string_view when)
{
    REQUIRE(domain::rectify(n, at(when), "保洁员小王", "已清理").has_value());
}

void verify(domain::Nonconformance& n, std::string_view when, bool passed = true)
{
    REQUIRE(domain::verify(n, at(when), "陈主管", passed, passed ? "" : "仍有污渍").has_value());
}

domain::Contractor contractor(std::int64_t id, std::string name, domain::ContractorService service, domain::Date start,
                              domain::Date end)
{
    domain::Contractor c;
    c.id = domain::ContractorId{id};
    c.site = domain::SiteId{1};
    c.name = std::move(name);
    c.service = service;
    c.contractStart = start;
    c.contractEnd = end;
    return c;
}

domain::ContractorWarning warning(std::int64_t id, std::int64_t contractorId, domain::Date issued,
                                  std::string_view recorded, std::string reason)
{
    domain::ContractorWarning w;
    w.id = domain::WarningId{id};
    w.contractor = domain::ContractorId{contractorId};
    w.issuedOn = issued;
    w.reason = std::move(reason);
    w.recordedAt = at(recorded);
    w.recordedBy = "品质部";
    return w;
}

constexpr auto kDaily = domain::SheetKind::Daily;
constexpr auto kMonthly = domain::SheetKind::Monthly;
constexpr auto kClean = InspectionService::Cleaning;
constexpr auto kGreen = InspectionService::Greening;

rules::InspectionKpiInput march()
{
    using enum ItemResult;
    rules::InspectionKpiInput in;
    in.month = date::year{2026} / date::month{3};

    // S1 03-01: cleaning 80 pass + 20 fail, greening 40 pass.
    in.sheets.push_back(
        sheet(1, kDaily, day(2026, 3, 1), "北区", "2026-03-01 08:00", "2026-03-01 17:00",
              {{"G1", kClean, 80, Pass, ""}, {"G2", kClean, 20, Fail, "纸屑"}, {"G3", kGreen, 40, Pass, ""}}));
    // S2 03-02 as stored: cleaning 100 pass (amended from fail on 03-11), greening 10 fail (amended from pass
    // on 03-05, before T: it stays).
    in.sheets.push_back(sheet(2, kDaily, day(2026, 3, 2), "南区", "2026-03-02 08:00", "2026-03-02 17:00",
                              {{"G1", kClean, 100, Pass, "已复核"}, {"G3", kGreen, 10, Fail, "缺株"}}));
    in.amendments.push_back(amendment(2, 1, Pass, Fail, "", "缺株", "2026-03-05 09:00"));
    in.amendments.push_back(amendment(2, 0, Fail, Pass, "积水", "已复核", "2026-03-11 09:00"));
    // S3 03-04: signed only on 03-11.
    in.sheets.push_back(sheet(3, kDaily, day(2026, 3, 4), "1栋", "2026-03-04 08:00", "2026-03-11 08:00",
                              {{"F1", kClean, 50, Pass, ""}, {"G3", kGreen, 15, Pass, ""}}));
    // S4 03-05, monthly: 20 m of drain pass, 5 wells fail.
    in.sheets.push_back(sheet(4, kMonthly, day(2026, 3, 5), "全场", "2026-03-05 09:00", "2026-03-05 16:00",
                              {{"D1", kClean, 20, Pass, ""}, {"D2", kClean, 5, Fail, "沙井淤积"}}));
    // S5 of February: not this month's.
    in.sheets.push_back(sheet(5, kDaily, day(2026, 2, 28), "北区", "2026-02-28 08:00", "2026-02-28 17:00",
                              {{"G1", kClean, 80, Fail, "纸屑"}}));
    // S6 03-09: a draft, one line not applicable and one pending.
    in.sheets.push_back(sheet(6, kDaily, day(2026, 3, 9), "2栋", "2026-03-09 08:00", std::nullopt,
                              {{"F1", kClean, 30, NotApplicable, ""}, {"F2", kClean, 70, Pending, ""}}));

    // NC1 on time and verified.
    auto n1 = nc(1, "2026-03-01 10:00", "2026-03-01 18:00");
    rectify(n1, "2026-03-01 16:00");
    verify(n1, "2026-03-02 09:00");
    // NC2 rectified 15 h late, not verified.
    auto n2 = nc(2, "2026-03-02 10:00", "2026-03-02 18:00");
    rectify(n2, "2026-03-03 09:00");
    // NC3 never rectified.
    auto n3 = nc(3, "2026-03-05 10:00", "2026-03-05 18:00");
    // NC4 rectified on time; its verification fails after T (03-11 09:00).
    auto n4 = nc(4, "2026-03-06 10:00", "2026-03-06 18:00");
    rectify(n4, "2026-03-06 15:00");
    verify(n4, "2026-03-11 09:00", false);
    // NC5 reopened before T and rectified again after its deadline, then verified.
    auto n5 = nc(5, "2026-03-07 10:00", "2026-03-07 18:00");
    rectify(n5, "2026-03-07 12:00");
    verify(n5, "2026-03-08 09:00", false);
    rectify(n5, "2026-03-08 10:00");
    verify(n5, "2026-03-08 11:00");
    // NC6 from the monthly sample, due on 03-20.
    auto n6 = nc(6, "2026-03-08 10:00", "2026-03-20 18:00");
    // NC7 withdrawn before T.
    auto n7 = nc(7, "2026-03-09 09:00", "2026-03-09 18:00");
    REQUIRE(domain::withdraw(n7, at("2026-03-09 12:00"), "陈主管", "误判").has_value());
    // NC8 raised after T.
    auto n8 = nc(8, "2026-03-12 09:00", "2026-03-12 18:00");
    // NC9 due in February, rectified and verified in March.
    auto n9 = nc(9, "2026-02-27 10:00", "2026-02-28 18:00");
    rectify(n9, "2026-03-01 09:00");
    verify(n9, "2026-03-01 10:00");
    in.nonconformances = {n5, n9, n2, n1, n3, n4, n6, n7, n8}; // any order: the KPIs order by deadline

    using domain::ContractorService;
    in.contractors.push_back(
        contractor(1, "洁美清洁", ContractorService::Cleaning, day(2025, 1, 1), day(2026, 12, 31)));
    in.contractors.push_back(
        contractor(2, "绿源园林", ContractorService::Greening, day(2026, 1, 1), day(2026, 12, 31)));
    in.contractors.push_back(
        contractor(3, "安康消杀", ContractorService::PestControl, day(2025, 3, 1), day(2026, 2, 28)));
    in.warnings.push_back(warning(1, 1, day(2025, 3, 10), "2025-03-10 10:00", "exactly a year before"));
    in.warnings.push_back(warning(2, 1, day(2025, 6, 1), "2025-06-01 10:00", "垃圾未清运"));
    in.warnings.push_back(warning(3, 3, day(2025, 10, 1), "2025-10-01 10:00", "未签到"));
    in.warnings.push_back(warning(4, 1, day(2025, 12, 1), "2025-12-01 10:00", "大堂脏乱"));
    in.warnings.push_back(warning(5, 1, day(2026, 3, 2), "2026-03-02 10:00", "日检不合格未整改"));
    in.warnings.push_back(warning(6, 2, day(2026, 3, 9), "2026-03-09 10:00", "草坪枯黄"));
    in.warnings.push_back(warning(7, 2, day(2026, 3, 10), "2026-03-11 10:00", "recorded after T"));
    in.warnings.push_back(warning(8, 99, day(2026, 3, 1), "2026-03-01 10:00", "another site's contractor"));
    in.warningLimit = 3;
    return in;
}

} // namespace

TEST_CASE("the inspection KPIs are defined in report order with their targets")
{
    const auto defs = rules::inspectionKpiDefinitions();
    REQUIRE(defs.size() == 6);
    CHECK(defs[0].key == "cleaning_rate");
    CHECK(defs[0].nameZh == "保洁率");
    CHECK(defs[1].key == "greening_intact_rate");
    CHECK(defs[1].nameZh == "绿化完好率");
    CHECK(defs[2].key == "nc_rectified_on_time");
    CHECK(defs[3].key == "nc_verification_rate");
    CHECK(defs[4].key == "daily_sheets_completed");
    CHECK(defs[4].nameZh == "日检完成率");
    CHECK(defs[5].key == "contractor_warnings");
    CHECK(defs[5].nameZh == "分包方书面警告");

    const auto targets = rules::defaultInspectionTargets();
    // Warnings per contractor have no target: three in a year give the right to terminate, which is not a
    // commitment to the client.
    CHECK(targets.size() == 5);
    CHECK(targets.at("cleaning_rate").valueE4 == 9800);
    CHECK(targets.at("greening_intact_rate").valueE4 == 9800);
    CHECK(targets.at("nc_rectified_on_time").valueE4 == 10000);
    CHECK(targets.at("nc_verification_rate").valueE4 == 10000);
    CHECK(targets.at("daily_sheets_completed").valueE4 == 10000);
    CHECK_FALSE(targets.contains("contractor_warnings"));
}

TEST_CASE("the inspection KPIs of March as of the 10th at noon")
{
    const auto r =
        rules::computeInspectionKpis(march(), at("2026-03-10 12:00"), zone(), rules::defaultInspectionTargets());
    CHECK(r.population == 3); // S1, S2 and S4 signed by T

    // Cleaning: S1 80/100, S2 0/100 (its amendment of 03-11 undone), S4 20/25. Pending: S3 50 (signed after T)
    // and S6's 70 (its not applicable line left out).
    CHECK(counts(r, "cleaning_rate") == Counts{100, 225, 120});
    CHECK(kpi(r, "cleaning_rate").rate == Approx(100.0 / 225.0));
    CHECK(kpi(r, "cleaning_rate").met == false);
    CHECK(records(r, "cleaning_rate") == Strings{"G2:fail:纸屑", "G1:fail:积水", "D2:fail:沙井淤积"});
    const auto& first = kpi(r, "cleaning_rate").records[1];
    CHECK(first.subject == rules::KpiSubject::InspectionLine);
    CHECK(first.id == 2);
    CHECK(first.location == "南区");

    // Greening: S1 40/40, S2 0/10 (amended before T); pending S3's 15.
    CHECK(counts(r, "greening_intact_rate") == Counts{40, 50, 15});
    CHECK(kpi(r, "greening_intact_rate").rate == Approx(0.8));
    CHECK(records(r, "greening_intact_rate") == Strings{"G3:fail:缺株"});

    // Due by T and not withdrawn: NC1 on time, NC2 late, NC3 open, NC4 on time (reopened only after T), NC5 late
    // (its first rectification undone on 03-08). NC6 is due later in the month.
    CHECK(counts(r, "nc_rectified_on_time") == Counts{2, 5, 1});
    CHECK(records(r, "nc_rectified_on_time") ==
          Strings{"NC-2026-002:late:地面有污渍", "NC-2026-003:open:地面有污渍", "NC-2026-005:late:地面有污渍"});
    const auto& late = kpi(r, "nc_rectified_on_time").records;
    CHECK(late[0].overBy == 15h);
    CHECK(late[0].deadline == at("2026-03-02 18:00"));
    CHECK(late[0].subject == rules::KpiSubject::Nonconformance);
    CHECK(late[0].id == 2);
    CHECK(late[1].overBy == 4 * 24h + 18h);
    CHECK(late[2].overBy == 16h);

    // Rectified in March (in force at T): NC1, NC2, NC4, NC5, NC9; verified: NC1, NC5, NC9.
    CHECK(counts(r, "nc_verification_rate") == Counts{3, 5, 0});
    CHECK(records(r, "nc_verification_rate") ==
          Strings{"NC-2026-002:not_verified:地面有污渍", "NC-2026-004:not_verified:地面有污渍"});

    // Days 1 … 9 ended by T; signed daily sheets on the 1st and 2nd; the 10th is in progress.
    CHECK(counts(r, "daily_sheets_completed") == Counts{2, 9, 1});
    CHECK(records(r, "daily_sheets_completed") ==
          Strings{"2026-03-03:no_sheet", "2026-03-04:no_sheet", "2026-03-05:no_sheet", "2026-03-06:no_sheet",
                  "2026-03-07:no_sheet", "2026-03-08:no_sheet", "2026-03-09:no_sheet"});
    CHECK(kpi(r, "daily_sheets_completed").records[0].subject == rules::KpiSubject::InspectionDay);
    CHECK(kpi(r, "daily_sheets_completed").records[0].deadline == at("2026-03-04 00:00"));

    // The rolling year ending on 03-10: five warnings of the site's contractors recorded by T; two contractors
    // under contract (安康消杀's contract ended in February, its warning still counts). 洁美清洁 has three.
    CHECK(counts(r, "contractor_warnings") == Counts{5, 2, 0});
    CHECK(kpi(r, "contractor_warnings").rate == Approx(2.5));
    CHECK_FALSE(kpi(r, "contractor_warnings").met.has_value());
    CHECK(records(r, "contractor_warnings") ==
          Strings{"2025-06-01:warning:垃圾未清运", "2025-10-01:warning:未签到", "2025-12-01:warning:大堂脏乱",
                  "2026-03-02:warning:日检不合格未整改", "2026-03-09:warning:草坪枯黄", "2026-03-10:may_terminate:3"});
    const auto& warned = kpi(r, "contractor_warnings").records;
    CHECK(warned[1].location == "安康消杀");
    CHECK(warned[1].id == 3);
    CHECK(warned[5].location == "洁美清洁");
    CHECK(warned[5].subject == rules::KpiSubject::Contractor);
}

TEST_CASE("the next morning the amendment and the failed verification count")
{
    // T = 03-11 10:00: S2's amendment of 09:00 stands, S3 is signed (08:00), NC4's verification failed at 09:00,
    // warning 7 is recorded.
    const auto r =
        rules::computeInspectionKpis(march(), at("2026-03-11 10:00"), zone(), rules::defaultInspectionTargets());
    CHECK(r.population == 4);
    // S1 80/100, S2 100/100, S3 50/50, S4 20/25.
    CHECK(counts(r, "cleaning_rate") == Counts{250, 275, 70});
    CHECK(records(r, "cleaning_rate") == Strings{"G2:fail:纸屑", "D2:fail:沙井淤积"});
    CHECK(counts(r, "greening_intact_rate") == Counts{55, 65, 0});
    // NC4 is open again: no rectification in force.
    CHECK(counts(r, "nc_rectified_on_time") == Counts{1, 5, 1});
    CHECK(records(r, "nc_rectified_on_time") == Strings{"NC-2026-002:late:地面有污渍", "NC-2026-003:open:地面有污渍",
                                                        "NC-2026-004:open:地面有污渍", "NC-2026-005:late:地面有污渍"});
    CHECK(counts(r, "nc_verification_rate") == Counts{3, 4, 0});
    CHECK(counts(r, "daily_sheets_completed") == Counts{3, 10, 1});
    CHECK(counts(r, "contractor_warnings") == Counts{6, 2, 0});
}

TEST_CASE("without data the inspection KPIs have no rate and no verdict")
{
    rules::InspectionKpiInput in;
    in.month = date::year{2026} / date::month{3};
    const auto r = rules::computeInspectionKpis(in, at("2026-03-01 00:00"), zone(), rules::defaultInspectionTargets());
    CHECK(r.population == 0);
    REQUIRE(r.kpis.size() == 6);
    for (const auto& v : r.kpis) {
        INFO(v.key);
        CHECK(v.denominator == 0);
        CHECK_FALSE(v.rate.has_value());
        CHECK_FALSE(v.met.has_value());
        CHECK(v.target.has_value() == (v.key != "contractor_warnings"));
    }
    CHECK(counts(r, "daily_sheets_completed") == Counts{0, 0, 1}); // the 1st has just begun

    // After the month: every day counts, none is in progress.
    const auto after =
        rules::computeInspectionKpis(in, at("2026-04-02 00:00"), zone(), rules::defaultInspectionTargets());
    CHECK(counts(after, "daily_sheets_completed") == Counts{0, 31, 0});
    CHECK(kpi(after, "daily_sheets_completed").met == false);
}
