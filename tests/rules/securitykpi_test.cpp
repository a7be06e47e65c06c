// The security KPIs of docs/kpi.md on hand-made rounds, handovers, spot checks and incidents of March 2026,
// worked out by hand.

#include "rules/securitykpi.h"
#include "testtime.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::Instant;
using propdesk::tests::at;
using propdesk::tests::zone;
using rules::RoundOutcome;

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

// A round of three checkpoints with its outcome, as evaluateRound would give it.
rules::RoundEvaluation round(std::int64_t route, std::string code, domain::Date d, std::string shift, int index,
                             std::string_view start, RoundOutcome outcome, std::vector<std::string> missed = {})
{
    rules::RoundEvaluation ev;
    auto& r = ev.round;
    r.route = domain::RouteId{route};
    r.routeCode = std::move(code);
    r.routeName = "路线" + r.routeCode;
    r.day = d;
    r.shift = std::move(shift);
    r.index = index;
    r.count = 4;
    r.start = at(start);
    r.windowOpen = r.start - 10min;
    r.onTimeUntil = r.start + 10min;
    r.windowClose = r.start + 55min;
    ev.outcome = outcome;
    ev.expected = 3;
    for (const auto* c : {"A", "B", "C"}) {
        rules::CheckpointVisit v;
        v.checkpoint = c;
        if (std::find(missed.begin(), missed.end(), c) == missed.end()) {
            v.at = r.start + 5min * (ev.visited + 1);
            ++ev.visited;
        }
        ev.visits.push_back(v);
    }
    if (ev.visited > 0) {
        ev.startedAt = ev.visits[0].at ? *ev.visits[0].at : r.start;
    }
    return ev;
}

domain::Handover handover(std::int64_t id, domain::Date d, std::string shift, std::optional<Instant> outgoing,
                          std::optional<Instant> incoming)
{
    domain::Handover h;
    h.id = domain::HandoverId{id};
    h.site = domain::SiteId{1};
    h.day = d;
    h.shift = std::move(shift);
    h.outgoingLeader = "张伟";
    h.outgoingSignedAt = outgoing;
    h.incomingLeader = "李强";
    h.incomingSignedAt = incoming;
    return h;
}

domain::SpotCheck spotCheck(std::int64_t id, std::string_view when, bool night, std::string checker = "王经理")
{
    domain::SpotCheck c;
    c.id = domain::SpotCheckId{id};
    c.at = at(when);
    c.night = night;
    c.checker = std::move(checker);
    c.posts = {"lobby", "gate"};
    return c;
}

domain::DutyEntry incident(std::int64_t id, std::string title, domain::IncidentType type, std::string_view when,
                           std::optional<std::string_view> handled = {})
{
    domain::DutyEntry e;
    e.id = domain::DutyEntryId{id};
    e.kind = domain::DutyEntryKind::Incident;
    e.incident = type;
    e.subject = std::move(title);
    e.location = "3号楼";
    e.at = at(when);
    if (handled) {
        e.handledAt = at(*handled);
    }
    return e;
}

rules::SecurityKpiInput emptyInput()
{
    rules::SecurityKpiInput input;
    input.nightChecksOwed = 0;
    return input;
}

} // namespace

TEST_CASE("the security KPIs their names and default targets")
{
    const auto defs = rules::securityKpiDefinitions();
    REQUIRE(defs.size() == 6);
    Strings keys;
    for (const auto& d : defs) {
        keys.emplace_back(d.key);
    }
    CHECK(keys == Strings{"patrol_completion_rate", "patrol_rounds_on_time", "handover_sign_rate", "night_spot_checks",
                          "incident_handling_rate", "security_incident_rate"});
    CHECK(defs[0].nameZh == "巡更完成率");
    CHECK(defs[0].nameEn == "Patrol completion rate");
    CHECK(defs[1].nameZh == "巡更准时率");
    CHECK(defs[1].nameEn == "Rounds on time");
    CHECK(defs[2].nameZh == "交接班签字率");
    CHECK(defs[2].nameEn == "Handovers signed");
    CHECK(defs[3].nameZh == "夜间查岗完成率");
    CHECK(defs[3].nameEn == "Night spot checks");
    CHECK(defs[4].nameZh == "事件处置率");
    CHECK(defs[4].nameEn == "Incident handling rate");
    CHECK(defs[5].nameZh == "治安案件发生率");
    CHECK(defs[5].nameEn == "Security incident rate");

    const auto targets = rules::defaultSecurityTargets();
    CHECK(targets.size() == 4);
    CHECK_FALSE(targets.contains("patrol_completion_rate"));
    CHECK_FALSE(targets.contains("patrol_rounds_on_time"));
    for (const auto* key : {"handover_sign_rate", "night_spot_checks", "incident_handling_rate"}) {
        REQUIRE(targets.contains(key));
        CHECK(targets.at(key).comparator == rules::Comparator::AtLeast);
        CHECK(targets.at(key).valueE4 == 10000);
    }
    REQUIRE(targets.contains("security_incident_rate"));
    CHECK(targets.at("security_incident_rate").comparator == rules::Comparator::AtMost);
    CHECK(targets.at("security_incident_rate").valueE4 == 10); // 1 ‰
}

TEST_CASE("a month's shift changes are every shift start of every day in time order")
{
    const auto setup = domain::defaultSecuritySetup(domain::SiteId{1});
    const auto march = rules::shiftChanges(setup, zone(), date::year{2026} / 3);
    REQUIRE(march.size() == 93);
    CHECK(march[0].day == day(2026, 3, 1));
    CHECK(march[0].shift == "early");
    CHECK(march[0].at == at("2026-03-01 07:00"));
    CHECK(march[1].at == at("2026-03-01 15:00"));
    CHECK(march[2].shift == "night");
    CHECK(march[2].at == at("2026-03-01 23:00"));
    CHECK(march[3].at == at("2026-03-02 07:00"));
    CHECK(march.back().day == day(2026, 3, 31));
    CHECK(march.back().at == at("2026-03-31 23:00"));
    CHECK(rules::shiftChanges(setup, zone(), date::year{2026} / 2).size() == 84);
    CHECK(rules::shiftChanges(setup, zone(), date::year{2028} / 2).size() == 87);

    // A shift listed after one that starts earlier in the day still comes in time order.
    auto reordered = setup;
    std::swap(reordered.shifts[0], reordered.shifts[2]);
    const auto sorted = rules::shiftChanges(reordered, zone(), date::year{2026} / 3);
    CHECK(sorted[0].shift == "early");
    CHECK(sorted[2].shift == "night");
}

TEST_CASE("patrol completion counts checkpoints and rounds on time counts complete rounds of the final ones")
{
    auto input = emptyInput();
    const auto d5 = day(2026, 3, 5);
    input.rounds = {
        round(1, "R1", d5, "early", 0, "2026-03-05 07:00", RoundOutcome::Complete),
        round(1, "R1", d5, "early", 1, "2026-03-05 11:00", RoundOutcome::Late),
        round(1, "R1", d5, "night", 1, "2026-03-06 01:00", RoundOutcome::Incomplete, {"C"}),
        round(1, "R1", d5, "night", 2, "2026-03-06 03:00", RoundOutcome::NotStarted, {"A", "B", "C"}),
        round(2, "R2", d5, "night", 0, "2026-03-05 23:00", RoundOutcome::OutOfOrder),
        round(1, "R1", day(2026, 3, 6), "early", 0, "2026-03-06 07:00", RoundOutcome::InProgress, {"B", "C"}),
        round(1, "R1", day(2026, 3, 6), "early", 1, "2026-03-06 11:00", RoundOutcome::Upcoming, {"A", "B", "C"}),
    };
    // The late round started 15 minutes after its planned start: 5 minutes after the tolerance.
    input.rounds[1].startedAt = at("2026-03-05 11:15");
    const auto r = rules::computeSecurityKpis(input, at("2026-03-06 07:30"), rules::defaultSecurityTargets());
    CHECK(r.population == 5);

    CHECK(counts(r, "patrol_completion_rate") == Counts{11, 15, 2});
    CHECK(kpi(r, "patrol_completion_rate").rate == Approx(11.0 / 15.0));
    CHECK_FALSE(kpi(r, "patrol_completion_rate").target);
    CHECK_FALSE(kpi(r, "patrol_completion_rate").met);
    CHECK(records(r, "patrol_completion_rate") ==
          Strings{"R1 2026-03-05 night #2:incomplete:C", "R1 2026-03-05 night #3:not_started:A, B, C"});

    CHECK(counts(r, "patrol_rounds_on_time") == Counts{1, 5, 2});
    CHECK(kpi(r, "patrol_rounds_on_time").rate == Approx(0.2));
    CHECK(records(r, "patrol_rounds_on_time") ==
          Strings{"R1 2026-03-05 early #2:late", "R1 2026-03-05 night #2:incomplete:C",
                  "R1 2026-03-05 night #3:not_started:A, B, C", "R2 2026-03-05 night #1:out_of_order"});
    const auto& late = kpi(r, "patrol_rounds_on_time").records[0];
    CHECK(late.subject == rules::KpiSubject::PatrolRound);
    CHECK(late.id == 1);
    CHECK(late.location == "路线R1");
    CHECK(late.deadline == at("2026-03-05 11:10"));
    CHECK(late.overBy == 5min);
    const auto& missed = kpi(r, "patrol_rounds_on_time").records[1];
    CHECK(missed.deadline == at("2026-03-06 01:55"));
    CHECK(kpi(r, "patrol_rounds_on_time").records[3].id == 2);

    // Nothing final yet: no rate, everything pending.
    auto early = emptyInput();
    early.rounds = {input.rounds[5], input.rounds[6]};
    const auto none = rules::computeSecurityKpis(early, at("2026-03-06 07:30"), rules::defaultSecurityTargets());
    CHECK(none.population == 0);
    CHECK(counts(none, "patrol_completion_rate") == Counts{0, 0, 2});
    CHECK_FALSE(kpi(none, "patrol_completion_rate").rate);
    CHECK(records(none, "patrol_rounds_on_time").empty());
}

TEST_CASE("a shift change counts as signed once both leaders signed by the report time")
{
    const auto setup = domain::defaultSecuritySetup(domain::SiteId{1});
    auto input = emptyInput();
    input.changes = rules::shiftChanges(setup, zone(), date::year{2026} / 3);
    input.handovers = {
        handover(1, day(2026, 3, 1), "early", at("2026-03-01 07:05"), at("2026-03-01 07:06")),
        handover(2, day(2026, 3, 1), "middle", at("2026-03-01 15:02"), std::nullopt),
        // March 1st's night: nobody recorded the handover.
        handover(4, day(2026, 3, 2), "early", at("2026-03-02 07:01"), at("2026-03-02 08:30")),
        handover(5, day(2026, 3, 3), "early", at("2026-03-03 07:01"), at("2026-03-03 07:02")),
    };
    const auto targets = rules::defaultSecurityTargets();

    const auto r = rules::computeSecurityKpis(input, at("2026-03-02 08:00"), targets);
    CHECK(counts(r, "handover_sign_rate") == Counts{1, 4});
    CHECK(kpi(r, "handover_sign_rate").rate == Approx(0.25));
    REQUIRE(kpi(r, "handover_sign_rate").target);
    CHECK(kpi(r, "handover_sign_rate").met == false);
    CHECK(records(r, "handover_sign_rate") == Strings{"2026-03-01 middle:unsigned:incoming",
                                                      "2026-03-01 night:not_recorded",
                                                      "2026-03-02 early:unsigned:incoming"});
    const auto& recs = kpi(r, "handover_sign_rate").records;
    CHECK(recs[0].subject == rules::KpiSubject::Handover);
    CHECK(recs[0].id == 2);
    CHECK(recs[1].id == 0);
    CHECK(recs[1].deadline == at("2026-03-01 23:00"));
    CHECK(recs[2].id == 4);

    // Once the incoming leader of March 2nd has signed, and with the night's handover made up, signed twice:
    // the signed one counts.
    input.handovers.push_back(handover(6, day(2026, 3, 1), "night", std::nullopt, std::nullopt));
    input.handovers.push_back(handover(7, day(2026, 3, 1), "night", at("2026-03-01 23:05"), at("2026-03-01 23:06")));
    const auto later = rules::computeSecurityKpis(input, at("2026-03-02 09:00"), targets);
    CHECK(counts(later, "handover_sign_rate") == Counts{3, 4});
    CHECK(records(later, "handover_sign_rate") == Strings{"2026-03-01 middle:unsigned:incoming"});

    // Everything signed: met.
    input.handovers[1].incomingSignedAt = at("2026-03-01 15:03");
    const auto all = rules::computeSecurityKpis(input, at("2026-03-02 09:00"), targets);
    CHECK(counts(all, "handover_sign_rate") == Counts{4, 4});
    CHECK(kpi(all, "handover_sign_rate").met == true);
    // Before the month's first change there is nothing to sign.
    const auto before = rules::computeSecurityKpis(input, at("2026-03-01 06:59:59"), targets);
    CHECK(counts(before, "handover_sign_rate") == Counts{0, 0});
    CHECK_FALSE(kpi(before, "handover_sign_rate").rate);
    CHECK_FALSE(kpi(before, "handover_sign_rate").met);
}

TEST_CASE("night spot checks made by the report time against the checks owed")
{
    auto input = emptyInput();
    input.nightChecksOwed = 4;
    input.spotChecks = {
        spotCheck(1, "2026-03-03 02:00", true), spotCheck(2, "2026-03-10 01:30", true, "陈主管"),
        spotCheck(3, "2026-03-17 03:00", true), spotCheck(4, "2026-03-18 10:00", false),
        spotCheck(5, "2026-03-24 00:30", true),
    };
    domain::SpotCheckFinding finding;
    finding.post = "gate";
    finding.finding = "睡岗";
    finding.corrective = "批评教育";
    input.spotChecks[0].findings.push_back(finding);
    const auto targets = rules::defaultSecurityTargets();

    const auto month = rules::computeSecurityKpis(input, at("2026-03-31 23:59"), targets);
    CHECK(counts(month, "night_spot_checks") == Counts{4, 4});
    CHECK(kpi(month, "night_spot_checks").rate == Approx(1.0));
    CHECK(kpi(month, "night_spot_checks").met == true);
    CHECK(records(month, "night_spot_checks") ==
          Strings{"王经理:checked:gate: 睡岗", "陈主管:checked", "王经理:checked", "王经理:checked"});
    const auto& first = kpi(month, "night_spot_checks").records[0];
    CHECK(first.subject == rules::KpiSubject::SpotCheck);
    CHECK(first.id == 1);
    CHECK(first.location == "lobby, gate");
    CHECK(kpi(month, "night_spot_checks").records[3].id == 5);

    const auto midMonth = rules::computeSecurityKpis(input, at("2026-03-12 00:00"), targets);
    CHECK(counts(midMonth, "night_spot_checks") == Counts{2, 4});
    CHECK(kpi(midMonth, "night_spot_checks").met == false);

    input.nightChecksOwed = 0;
    const auto owedNone = rules::computeSecurityKpis(input, at("2026-03-31 23:59"), targets);
    CHECK(counts(owedNone, "night_spot_checks") == Counts{4, 0});
    CHECK_FALSE(kpi(owedNone, "night_spot_checks").rate);
    CHECK_FALSE(kpi(owedNone, "night_spot_checks").met);
    CHECK(kpi(owedNone, "night_spot_checks").target);
}

TEST_CASE("incidents handled by the report time and security cases over twelve months per resident")
{
    using domain::IncidentType;
    auto input = emptyInput();
    const auto i1 = incident(1, "车辆被划", IncidentType::SecurityCase, "2026-03-03 02:00", "2026-03-03 03:00");
    const auto i2 = incident(2, "垃圾桶起火", IncidentType::Fire, "2026-03-10 21:00");
    const auto i3 = incident(3, "违规停车", IncidentType::Violation, "2026-03-15 09:00", "2026-03-20 10:00");
    const auto i4 = incident(4, "电动车被盗", IncidentType::SecurityCase, "2026-03-20 03:00", "2026-03-20 05:00");
    auto visitor = incident(9, "张三", IncidentType::Other, "2026-03-05 10:00");
    visitor.kind = domain::DutyEntryKind::Visitor;
    visitor.incident.reset();
    input.incidents = {i1, i2, i3, i4, visitor};
    const auto p1 = incident(11, "入室盗窃", IncidentType::SecurityCase, "2025-06-01 03:00", "2025-06-01 08:00");
    const auto p2 = incident(12, "电箱冒烟", IncidentType::Fire, "2025-08-01 12:00", "2025-08-01 12:30");
    input.incidentsYear = {p1, p2, i1, i2, i3, i4};
    input.residents = 2000;
    const auto targets = rules::defaultSecurityTargets();

    const auto r = rules::computeSecurityKpis(input, at("2026-03-16 00:00"), targets);
    CHECK(counts(r, "incident_handling_rate") == Counts{1, 3});
    CHECK(kpi(r, "incident_handling_rate").met == false);
    CHECK(records(r, "incident_handling_rate") ==
          Strings{"垃圾桶起火:not_handled:fire", "违规停车:not_handled:violation"});
    const auto& rec = kpi(r, "incident_handling_rate").records[0];
    CHECK(rec.subject == rules::KpiSubject::Incident);
    CHECK(rec.id == 2);
    CHECK(rec.location == "3号楼");

    // Two security cases among 2,000 residents: exactly 1 ‰, within the target.
    CHECK(counts(r, "security_incident_rate") == Counts{2, 2000});
    CHECK(kpi(r, "security_incident_rate").rate == Approx(0.001));
    CHECK(kpi(r, "security_incident_rate").met == true);
    CHECK(records(r, "security_incident_rate") ==
          Strings{"入室盗窃:security_case:security_case", "车辆被划:security_case:security_case"});
    CHECK(kpi(r, "security_incident_rate").records[0].id == 11);

    input.residents = 1999;
    const auto fewer = rules::computeSecurityKpis(input, at("2026-03-16 00:00"), targets);
    CHECK(kpi(fewer, "security_incident_rate").met == false);

    // At the end of the month: the third case counts and every incident but the fire is handled.
    input.residents = 3000;
    const auto end = rules::computeSecurityKpis(input, at("2026-03-31 23:59"), targets);
    CHECK(counts(end, "incident_handling_rate") == Counts{3, 4});
    CHECK(counts(end, "security_incident_rate") == Counts{3, 3000});
    CHECK(kpi(end, "security_incident_rate").met == true);

    input.residents = 0;
    const auto noResidents = rules::computeSecurityKpis(input, at("2026-03-31 23:59"), targets);
    CHECK(counts(noResidents, "security_incident_rate") == Counts{3, 0});
    CHECK_FALSE(kpi(noResidents, "security_incident_rate").rate);
    CHECK_FALSE(kpi(noResidents, "security_incident_rate").met);

    // Without targets nothing is met or missed.
    input.residents = 2000;
    const auto untargeted = rules::computeSecurityKpis(input, at("2026-03-31 23:59"), {});
    for (const auto& v : untargeted.kpis) {
        CHECK_FALSE(v.target);
        CHECK_FALSE(v.met);
    }
}
