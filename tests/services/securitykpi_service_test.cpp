// The security KPIs of a site and month from what the security use cases stored (docs/kpi.md), against
// figures worked out by hand, as of two times.

#include "services/kpiservice.h"
#include "servicetestsupport.h"

#include <fmt/format.h>

using namespace propdesk;
using namespace std::chrono_literals;
using propdesk::tests::at;
using propdesk::tests::Desk;

namespace {

domain::Date day(int y, unsigned m, unsigned d)
{
    return domain::Date{date::year{y} / date::month{m} / date::day{d}};
}

constexpr date::year_month kApril{date::year{2025}, date::month{4}};

std::vector<std::string> recordCodes(const rules::KpiValue& kpi)
{
    std::vector<std::string> out;
    for (const auto& r : kpi.records) {
        out.push_back(fmt::format("{} {} {}", r.code, r.outcome, r.detail));
    }
    return out;
}

// Site HQ (2,000 residents) on 2 April 2025 at 12:00, with route R1 (CP01, CP02, CP03; two rounds on the
// early shift at 07:00 and 11:00, one on the night at 23:00; 60 minutes, 10 minutes either side) and:
// - 1 April 07:00 round walked on time (complete), 11:00 round started at 11:15 (late), 23:00 round
//   missing CP02 (incomplete); 2 April 07:00 round walked CP02 first (out of order); the 11:00 round of the
//   2nd has one checkpoint by 12:00 and its window is still open (pending);
// - handovers: 1 April early signed by both, middle by the outgoing leader only, night by both; none for
//   2 April early;
// - spot checks: two at night in April, one by day, one on the night of 31 March;
// - incidents: a security case on 1 April handled within the hour, a fire that evening not handled yet, a
//   security case on 10 March (handled) and one on 10 April 2024 (outside the twelve months).
struct KpiDesk : Desk
{
    KpiDesk() : Desk(at("2025-04-02 12:00"))
    {
        domain::Site s;
        s.code = "HQ";
        s.name = "总部大厦";
        s.households = 700;
        s.residents = 2000;
        REQUIRE(ws->sites().add(s));
        auto& security = ws->security();

        domain::PatrolRoute r;
        r.code = "R1";
        r.name = "楼宇巡更";
        r.effectiveFrom = day(2025, 3, 1);
        for (const char* code : {"CP01", "CP02", "CP03"}) {
            domain::Checkpoint c;
            c.code = code;
            c.name = std::string("点") + code;
            r.checkpoints.push_back(c);
        }
        r.roundsPerShift = {{"early", 2}, {"night", 1}};
        r.roundLength = 60min;
        r.tolerance = 10min;
        auto saved = security.saveRoute("HQ", r);
        REQUIRE(saved);
        routeId = saved->id;

        for (const auto& [cp, t] : std::vector<std::pair<const char*, const char*>>{{"CP01", "2025-04-01 07:05"},
                                                                                    {"CP02", "2025-04-01 07:20"},
                                                                                    {"CP03", "2025-04-01 07:40"},
                                                                                    {"CP01", "2025-04-01 11:15"},
                                                                                    {"CP02", "2025-04-01 11:30"},
                                                                                    {"CP03", "2025-04-01 11:45"},
                                                                                    {"CP01", "2025-04-01 23:00"},
                                                                                    {"CP03", "2025-04-01 23:20"},
                                                                                    {"CP02", "2025-04-02 07:00"},
                                                                                    {"CP01", "2025-04-02 07:10"},
                                                                                    {"CP03", "2025-04-02 07:30"},
                                                                                    {"CP01", "2025-04-02 11:00"}}) {
            INFO(cp << " " << t);
            REQUIRE(security.recordScan("HQ", cp, "王强", at(t)));
        }

        const auto handover = [&](domain::Date d, const char* shift, std::optional<domain::Instant> out,
                                  std::optional<domain::Instant> in) {
            services::NewHandover h;
            h.day = d;
            h.shift = shift;
            h.outgoingLeader = "张卫东";
            h.outgoingSignedAt = out;
            h.incomingLeader = "杨帆";
            h.incomingSignedAt = in;
            auto recorded = security.recordHandover("HQ", h);
            INFO((recorded ? std::string() : recorded.error().describe()));
            REQUIRE(recorded);
            return recorded->handover.id;
        };
        handover(day(2025, 4, 1), "early", at("2025-04-01 06:55"), at("2025-04-01 07:05"));
        unsignedHandover = handover(day(2025, 4, 1), "middle", at("2025-04-01 14:58"), std::nullopt);
        handover(day(2025, 4, 1), "night", at("2025-04-01 22:55"), at("2025-04-01 23:05"));

        const auto check = [&](const char* t, std::vector<domain::SpotCheckFinding> findings = {}) {
            domain::SpotCheck c;
            c.at = at(t);
            c.checker = "管理处主任 陈建国";
            c.posts = {"lobby", "gate"};
            c.findings = std::move(findings);
            REQUIRE(security.recordSpotCheck("HQ", c));
        };
        check("2025-03-31 23:30");
        check("2025-04-01 02:00");
        check("2025-04-01 10:00");
        domain::SpotCheckFinding asleep;
        asleep.post = "gate";
        asleep.finding = "护卫员睡岗";
        asleep.corrective = "当场批评教育";
        check("2025-04-02 01:30", {asleep});

        const auto incident = [&](const char* t, domain::IncidentType type, const char* subject) {
            domain::DutyEntry e;
            e.kind = domain::DutyEntryKind::Incident;
            e.incident = type;
            e.at = at(t);
            e.subject = subject;
            e.location = "地下车库";
            auto logged = security.logEntry("HQ", e);
            REQUIRE(logged);
            return logged->id;
        };
        const auto theft = incident("2025-04-01 09:00", domain::IncidentType::SecurityCase, "电动车电瓶被盗");
        REQUIRE(security.handleIncident(theft, "调取监控并报警", "已报警备案", at("2025-04-01 10:00")));
        incident("2025-04-01 20:00", domain::IncidentType::Fire, "垃圾桶冒烟");
        const auto march = incident("2025-03-10 09:00", domain::IncidentType::SecurityCase, "车辆被划");
        REQUIRE(security.handleIncident(march, "调取监控", "已报警备案", at("2025-03-10 12:00")));
        incident("2024-04-10 10:00", domain::IncidentType::SecurityCase, "自行车被盗");
        domain::DutyEntry visitor;
        visitor.kind = domain::DutyEntryKind::Visitor;
        visitor.at = at("2025-04-02 08:00");
        visitor.subject = "李先生";
        REQUIRE(security.logEntry("HQ", visitor));
    }

    domain::RouteId routeId;
    domain::HandoverId unsignedHandover;
};

} // namespace

TEST_CASE("the security KPIs of a month are computed from the stored records")
{
    KpiDesk desk;
    auto report = desk.ws->kpis().securityKpis("HQ", kApril);
    INFO((report ? std::string() : report.error().describe()));
    REQUIRE(report);
    CHECK(report->asOf == at("2025-04-02 12:00"));
    const auto& result = report->result;
    REQUIRE(result.kpis.size() == 6);
    std::vector<std::string> keys;
    for (const auto& k : result.kpis) {
        keys.push_back(k.key);
    }
    CHECK(keys == std::vector<std::string>{"patrol_completion_rate", "patrol_rounds_on_time", "handover_sign_rate",
                                           "night_spot_checks", "incident_handling_rate", "security_incident_rate"});
    // Four rounds are final; the other 86 of April's 90 are pending.
    CHECK(result.population == 4);

    const auto& completion = *result.find("patrol_completion_rate");
    CHECK(completion.numerator == 11);
    CHECK(completion.denominator == 12);
    CHECK(completion.pending == 86);
    CHECK_FALSE(completion.target);
    CHECK_FALSE(completion.met);
    REQUIRE(completion.records.size() == 1);
    CHECK(completion.records[0].subject == rules::KpiSubject::PatrolRound);
    CHECK(completion.records[0].id == desk.routeId.value);
    CHECK(completion.records[0].code == "R1 2025-04-01 night #1");
    CHECK(completion.records[0].outcome == "incomplete");
    CHECK(completion.records[0].detail == "CP02");
    CHECK(completion.records[0].deadline == at("2025-04-02 00:10"));

    const auto& onTime = *result.find("patrol_rounds_on_time");
    CHECK(onTime.numerator == 1);
    CHECK(onTime.denominator == 4);
    CHECK(onTime.pending == 86);
    CHECK(recordCodes(onTime) == std::vector<std::string>{"R1 2025-04-01 early #2 late ",
                                                          "R1 2025-04-01 night #1 incomplete CP02",
                                                          "R1 2025-04-02 early #1 out_of_order "});
    CHECK(onTime.records[0].overBy == 5min);

    const auto& handovers = *result.find("handover_sign_rate");
    CHECK(handovers.numerator == 2);
    CHECK(handovers.denominator == 4);
    REQUIRE(handovers.rate);
    CHECK(*handovers.rate == Approx(0.5));
    REQUIRE(handovers.target);
    CHECK(handovers.target->comparator == rules::Comparator::AtLeast);
    CHECK(handovers.target->valueE4 == 10000);
    CHECK(handovers.met == std::optional<bool>(false));
    CHECK(recordCodes(handovers) ==
          std::vector<std::string>{"2025-04-01 middle unsigned incoming", "2025-04-02 early not_recorded "});
    CHECK(handovers.records[0].id == desk.unsignedHandover.value);
    CHECK(handovers.records[1].id == 0);
    CHECK(handovers.records[1].deadline == at("2025-04-02 07:00"));

    const auto& spot = *result.find("night_spot_checks");
    CHECK(spot.numerator == 2);
    CHECK(spot.denominator == 4);
    CHECK(spot.met == std::optional<bool>(false));
    CHECK(recordCodes(spot) ==
          std::vector<std::string>{"管理处主任 陈建国 checked ", "管理处主任 陈建国 checked gate: 护卫员睡岗"});
    CHECK(spot.records[0].location == "lobby, gate");

    const auto& handling = *result.find("incident_handling_rate");
    CHECK(handling.numerator == 1);
    CHECK(handling.denominator == 2);
    CHECK(handling.met == std::optional<bool>(false));
    CHECK(recordCodes(handling) == std::vector<std::string>{"垃圾桶冒烟 not_handled fire"});

    // Two security cases in the twelve months from May 2024 for 2,000 residents: 1 ‰, just within the target.
    const auto& rate = *result.find("security_incident_rate");
    CHECK(rate.numerator == 2);
    CHECK(rate.denominator == 2000);
    REQUIRE(rate.rate);
    CHECK(*rate.rate == Approx(0.001));
    REQUIRE(rate.target);
    CHECK(rate.target->comparator == rules::Comparator::AtMost);
    CHECK(rate.met == std::optional<bool>(true));
    CHECK(recordCodes(rate) == std::vector<std::string>{"车辆被划 security_case security_case",
                                                        "电动车电瓶被盗 security_case security_case"});
}

TEST_CASE("the security KPIs as of an earlier time leave out what came later")
{
    KpiDesk desk;
    auto report = desk.ws->kpis().securityKpis("HQ", kApril, at("2025-04-01 12:00"));
    REQUIRE(report);
    const auto& result = report->result;
    // The 07:00 round (complete) and the 11:00 one (late, every checkpoint visited by 11:45) are final.
    CHECK(result.population == 2);
    const auto value = [&](const char* key) {
        const auto* k = result.find(key);
        REQUIRE(k);
        return std::pair{k->numerator, k->denominator};
    };
    CHECK(value("patrol_completion_rate") == std::pair<std::int64_t, std::int64_t>{6, 6});
    CHECK(value("patrol_rounds_on_time") == std::pair<std::int64_t, std::int64_t>{1, 2});
    CHECK(result.find("patrol_rounds_on_time")->pending == 88);
    CHECK(value("handover_sign_rate") == std::pair<std::int64_t, std::int64_t>{1, 1});
    CHECK(value("night_spot_checks") == std::pair<std::int64_t, std::int64_t>{1, 4});
    CHECK(value("incident_handling_rate") == std::pair<std::int64_t, std::int64_t>{1, 1});
    CHECK(value("security_incident_rate") == std::pair<std::int64_t, std::int64_t>{2, 2000});

    // The same time gives the same figures whenever it is asked.
    desk.clock.advance(24h * 30);
    auto later = desk.ws->kpis().securityKpis("HQ", kApril, at("2025-04-01 12:00"));
    REQUIRE(later);
    for (std::size_t i = 0; i < result.kpis.size(); ++i) {
        INFO(result.kpis[i].key);
        CHECK(later->result.kpis[i].numerator == result.kpis[i].numerator);
        CHECK(later->result.kpis[i].denominator == result.kpis[i].denominator);
        CHECK(later->result.kpis[i].pending == result.kpis[i].pending);
    }
}

TEST_CASE("the night spot checks owed come from the site's set-up and siteKpis carries the security KPIs")
{
    KpiDesk desk;
    auto setup = desk.ws->security().setup("HQ");
    REQUIRE(setup);
    setup->nightSpotChecksPerMonth = 2;
    REQUIRE(desk.ws->security().saveSetup("HQ", *setup));

    auto report = desk.ws->kpis().siteKpis("HQ", kApril);
    REQUIRE(report);
    REQUIRE(report->security);
    REQUIRE(report->security->kpis.size() == 6);
    const auto* spot = report->security->find("night_spot_checks");
    REQUIRE(spot);
    CHECK(spot->numerator == 2);
    CHECK(spot->denominator == 2);
    CHECK(spot->met == std::optional<bool>(true));
    REQUIRE(report->complaints);

    // A month with nothing recorded: no rate without a denominator, the rounds all ahead.
    auto may = desk.ws->kpis().securityKpis("HQ", date::year{2025} / date::May);
    REQUIRE(may);
    const auto* handovers = may->result.find("handover_sign_rate");
    REQUIRE(handovers);
    CHECK(handovers->denominator == 0);
    CHECK_FALSE(handovers->rate);
    CHECK_FALSE(handovers->met);
    CHECK(may->result.population == 0);
    CHECK(may->result.find("patrol_completion_rate")->pending == 31 * 3);
}
