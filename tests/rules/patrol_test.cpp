// Guard-tour rounds: the plan of a day's rounds and how each round fares as of a time, at every boundary of
// its window.

#include "rules/patrol.h"
#include "testtime.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::Instant;
using propdesk::tests::at;
using propdesk::tests::zone;

namespace {

constexpr domain::Date day(int y, unsigned m, unsigned d)
{
    return date::year{y} / date::month{m} / date::day{d};
}

domain::PatrolRoute route(std::int64_t id, std::string code, std::vector<std::pair<std::string, int>> rounds,
                          domain::Seconds length = 45min, domain::Seconds tolerance = 10min)
{
    domain::PatrolRoute r;
    r.id = domain::RouteId{id};
    r.site = domain::SiteId{1};
    r.code = std::move(code);
    r.name = "路线" + r.code;
    r.effectiveFrom = day(2026, 1, 1);
    for (const auto* c : {"A", "B", "C"}) {
        domain::Checkpoint cp;
        cp.code = c;
        cp.name = std::string("巡更点") + c;
        r.checkpoints.push_back(cp);
    }
    r.roundsPerShift = std::move(rounds);
    r.roundLength = length;
    r.tolerance = tolerance;
    return r;
}

// R1: three checkpoints, two early rounds (07:00, 11:00) and four night rounds (23:00, 01:00, 03:00, 05:00),
// 45 minutes each, ±10 minutes.
domain::PatrolRoute r1()
{
    return route(1, "R1", {{"early", 2}, {"night", 4}});
}

domain::PatrolScan scan(std::string checkpoint, std::string_view when, std::string guard = "张伟", std::int64_t id = 0,
                        std::string source = "manual")
{
    domain::PatrolScan s;
    s.id = domain::PatrolScanId{id};
    s.site = domain::SiteId{1};
    s.checkpoint = std::move(checkpoint);
    s.at = at(when);
    s.guard = std::move(guard);
    s.source = std::move(source);
    return s;
}

const domain::SecuritySetup& setup()
{
    static const auto s = domain::defaultSecuritySetup(domain::SiteId{1});
    return s;
}

std::vector<rules::PlannedRound> plan(const std::vector<domain::PatrolRoute>& versions, domain::Date first,
                                      domain::Date last)
{
    return rules::planRounds(setup(), versions, zone(), first, last);
}

// R1's first round on 2026-03-05: starts 07:00, window 06:50–07:55, on time until 07:10.
rules::PlannedRound earlyRound()
{
    const auto rounds = plan({r1()}, day(2026, 3, 5), day(2026, 3, 5));
    REQUIRE_FALSE(rounds.empty());
    return rounds.front();
}

rules::RoundEvaluation evaluate(const std::vector<domain::PatrolScan>& scans, std::string_view asOf,
                                const domain::PatrolRoute& r = r1(), std::optional<rules::PlannedRound> round = {})
{
    return rules::evaluateRound(r, round ? *round : earlyRound(), scans, at(asOf));
}

std::string outcome(const rules::RoundEvaluation& ev)
{
    return std::string(rules::roundOutcomeKey(ev.outcome));
}

// "code shift #index HH:MM" of each planned round.
std::vector<std::string> describe(const std::vector<rules::PlannedRound>& rounds)
{
    std::vector<std::string> out;
    for (const auto& r : rounds) {
        out.push_back(r.routeCode + " " + domain::formatDate(r.day) + " " + r.shift + " #" + std::to_string(r.index) +
                      " " + zone().formatLocal(r.start));
    }
    return out;
}

using Strings = std::vector<std::string>;

} // namespace

TEST_CASE("round outcome keys and which outcomes are final")
{
    using rules::RoundOutcome;
    CHECK(rules::roundOutcomeKey(RoundOutcome::Upcoming) == "upcoming");
    CHECK(rules::roundOutcomeKey(RoundOutcome::InProgress) == "in_progress");
    CHECK(rules::roundOutcomeKey(RoundOutcome::Complete) == "complete");
    CHECK(rules::roundOutcomeKey(RoundOutcome::Late) == "late");
    CHECK(rules::roundOutcomeKey(RoundOutcome::OutOfOrder) == "out_of_order");
    CHECK(rules::roundOutcomeKey(RoundOutcome::Incomplete) == "incomplete");
    CHECK(rules::roundOutcomeKey(RoundOutcome::NotStarted) == "not_started");
    CHECK_FALSE(rules::isFinal(RoundOutcome::Upcoming));
    CHECK_FALSE(rules::isFinal(RoundOutcome::InProgress));
    for (const auto o : {RoundOutcome::Complete, RoundOutcome::Late, RoundOutcome::OutOfOrder, RoundOutcome::Incomplete,
                         RoundOutcome::NotStarted}) {
        CHECK(rules::isFinal(o));
    }
}

TEST_CASE("rounds are spread evenly over the shift and a night's rounds belong to the day it started")
{
    const auto rounds = plan({r1()}, day(2026, 3, 5), day(2026, 3, 5));
    CHECK(describe(rounds) ==
          Strings{"R1 2026-03-05 early #0 2026-03-05 07:00", "R1 2026-03-05 early #1 2026-03-05 11:00",
                  "R1 2026-03-05 night #0 2026-03-05 23:00", "R1 2026-03-05 night #1 2026-03-06 01:00",
                  "R1 2026-03-05 night #2 2026-03-06 03:00", "R1 2026-03-05 night #3 2026-03-06 05:00"});
    const auto& first = rounds.front();
    CHECK(first.route == domain::RouteId{1});
    CHECK(first.routeName == "路线R1");
    CHECK(first.count == 2);
    CHECK(first.windowOpen == at("2026-03-05 06:50"));
    CHECK(first.onTimeUntil == at("2026-03-05 07:10"));
    CHECK(first.windowClose == at("2026-03-05 07:55"));
    CHECK(rounds[5].count == 4);
    CHECK(rounds[5].index == 3);

    // Three rounds in eight hours: 9600 s apart.
    const auto three = plan({route(2, "R2", {{"middle", 3}})}, day(2026, 3, 5), day(2026, 3, 5));
    CHECK(describe(three) == Strings{"R2 2026-03-05 middle #0 2026-03-05 15:00",
                                     "R2 2026-03-05 middle #1 2026-03-05 17:40",
                                     "R2 2026-03-05 middle #2 2026-03-05 20:20"});
    // Seven: 4114 s apart, whole seconds.
    const auto seven = plan({route(3, "R3", {{"night", 7}}, 30min, 5min)}, day(2026, 3, 5), day(2026, 3, 5));
    REQUIRE(seven.size() == 7);
    CHECK(seven[1].start == at("2026-03-05 23:00") + 4114s);
    CHECK(seven[6].start == at("2026-03-05 23:00") + 6 * 4114s);
}

TEST_CASE("plans are ordered by start then route code and follow the route version of each day")
{
    auto night = route(2, "M", {{"night", 1}}, 90min);
    const auto both = plan({r1(), night}, day(2026, 3, 5), day(2026, 3, 6));
    REQUIRE(both.size() == 14);
    CHECK(describe(both)[2] == "M 2026-03-05 night #0 2026-03-05 23:00");
    CHECK(describe(both)[3] == "R1 2026-03-05 night #0 2026-03-05 23:00");
    // The night round of the 5th is not the 6th's, though it ends on the 6th.
    CHECK(describe(plan({night}, day(2026, 3, 6), day(2026, 3, 6))) ==
          Strings{"M 2026-03-06 night #0 2026-03-06 23:00"});

    // From the 6th R1 has one early round only; from the 7th a version that does not validate plans nothing.
    auto v2 = route(11, "R1", {{"early", 1}});
    v2.effectiveFrom = day(2026, 3, 6);
    auto v3 = route(12, "R1", {{"early", 1}}, 45min, -1s);
    v3.effectiveFrom = day(2026, 3, 7);
    auto retired = route(4, "Z", {{"early", 1}});
    retired.effectiveFrom = day(2026, 3, 6);
    retired.active = false;
    auto z = route(5, "Z", {{"early", 1}});
    const auto versions = plan({v3, retired, r1(), v2, z}, day(2026, 3, 5), day(2026, 3, 7));
    CHECK(describe(versions) ==
          Strings{"R1 2026-03-05 early #0 2026-03-05 07:00", "Z 2026-03-05 early #0 2026-03-05 07:00",
                  "R1 2026-03-05 early #1 2026-03-05 11:00", "R1 2026-03-05 night #0 2026-03-05 23:00",
                  "R1 2026-03-05 night #1 2026-03-06 01:00", "R1 2026-03-05 night #2 2026-03-06 03:00",
                  "R1 2026-03-05 night #3 2026-03-06 05:00", "R1 2026-03-06 early #0 2026-03-06 07:00"});
    CHECK(versions.back().route == domain::RouteId{11});
    CHECK(versions.back().count == 1);
}

TEST_CASE("a round started at the end of its tolerance is complete and one second later it is late")
{
    const auto onTime = evaluate(
        {scan("A", "2026-03-05 07:10:00"), scan("B", "2026-03-05 07:20"), scan("C", "2026-03-05 07:30", "李强")},
        "2026-03-05 08:00");
    CHECK(outcome(onTime) == "complete");
    CHECK(onTime.visited == 3);
    CHECK(onTime.expected == 3);
    CHECK(onTime.startedAt == at("2026-03-05 07:10"));
    CHECK(onTime.finishedAt == at("2026-03-05 07:30"));
    CHECK(onTime.guard == "张伟");
    REQUIRE(onTime.visits.size() == 3);
    CHECK(onTime.visits[2].checkpoint == "C");
    CHECK(onTime.visits[2].guard == "李强");
    CHECK(onTime.missed().empty());

    const auto late =
        evaluate({scan("A", "2026-03-05 07:10:01"), scan("B", "2026-03-05 07:20"), scan("C", "2026-03-05 07:30")},
                 "2026-03-05 08:00");
    CHECK(outcome(late) == "late");
    // Early is fine: the window opens ten minutes before the planned start.
    const auto early =
        evaluate({scan("A", "2026-03-05 06:50"), scan("B", "2026-03-05 07:00"), scan("C", "2026-03-05 07:10")},
                 "2026-03-05 08:00");
    CHECK(outcome(early) == "complete");
}

TEST_CASE("a scan counts from the second the window opens to the second it closes")
{
    const auto tooEarly =
        evaluate({scan("A", "2026-03-05 06:49:59"), scan("B", "2026-03-05 07:00"), scan("C", "2026-03-05 07:10")},
                 "2026-03-05 09:00");
    CHECK(outcome(tooEarly) == "incomplete");
    CHECK(tooEarly.missed() == Strings{"A"});
    CHECK(tooEarly.startedAt == at("2026-03-05 07:00"));
    CHECK_FALSE(tooEarly.finishedAt);

    const auto atClose =
        evaluate({scan("A", "2026-03-05 07:05"), scan("B", "2026-03-05 07:20"), scan("C", "2026-03-05 07:55:00")},
                 "2026-03-05 09:00");
    CHECK(outcome(atClose) == "complete");
    CHECK(atClose.finishedAt == at("2026-03-05 07:55"));

    const auto afterClose =
        evaluate({scan("A", "2026-03-05 07:05"), scan("B", "2026-03-05 07:20"), scan("C", "2026-03-05 07:55:01")},
                 "2026-03-05 09:00");
    CHECK(outcome(afterClose) == "incomplete");
    CHECK(afterClose.missed() == Strings{"C"});
}

TEST_CASE("a missed checkpoint keeps the round in progress until its window has closed")
{
    const std::vector scans{scan("A", "2026-03-05 07:05"), scan("B", "2026-03-05 07:20")};
    CHECK(outcome(evaluate(scans, "2026-03-05 07:55:00")) == "in_progress");
    const auto closed = evaluate(scans, "2026-03-05 07:55:01");
    CHECK(outcome(closed) == "incomplete");
    CHECK(closed.visited == 2);
    CHECK(closed.missed() == Strings{"C"});
    CHECK_FALSE(closed.visits[2].at);

    // Nobody walked it at all.
    CHECK(outcome(evaluate({}, "2026-03-05 06:49:59")) == "upcoming");
    CHECK(outcome(evaluate({}, "2026-03-05 06:50:00")) == "in_progress");
    CHECK(outcome(evaluate({}, "2026-03-05 07:55:00")) == "in_progress");
    const auto none = evaluate({}, "2026-03-05 07:55:01");
    CHECK(outcome(none) == "not_started");
    CHECK(none.missed() == Strings{"A", "B", "C"});
    CHECK_FALSE(none.startedAt);
    CHECK(none.guard.empty());
}

TEST_CASE("checkpoints walked out of route order")
{
    const auto swapped =
        evaluate({scan("A", "2026-03-05 07:00"), scan("C", "2026-03-05 07:10"), scan("B", "2026-03-05 07:20")},
                 "2026-03-05 07:20");
    CHECK(outcome(swapped) == "out_of_order");
    CHECK(swapped.finishedAt == at("2026-03-05 07:20"));
    // Out of order wins over late.
    const auto lateToo =
        evaluate({scan("B", "2026-03-05 07:30"), scan("A", "2026-03-05 07:40"), scan("C", "2026-03-05 07:50")},
                 "2026-03-05 08:00");
    CHECK(outcome(lateToo) == "out_of_order");
    // A checkpoint scanned again later counts at its first scan: the round stays in order.
    const auto again = evaluate({scan("A", "2026-03-05 07:00"), scan("B", "2026-03-05 07:05"),
                                 scan("A", "2026-03-05 07:10"), scan("C", "2026-03-05 07:15")},
                                "2026-03-05 08:00");
    CHECK(outcome(again) == "complete");
    CHECK(again.visits[0].at == at("2026-03-05 07:00"));
}

TEST_CASE("a night round across midnight is judged by instants and belongs to the day it started")
{
    const auto m = route(2, "M", {{"night", 1}}, 90min);
    const auto rounds = plan({m}, day(2026, 3, 5), day(2026, 3, 5));
    REQUIRE(rounds.size() == 1);
    const auto& round = rounds.front();
    CHECK(round.day == day(2026, 3, 5));
    CHECK(round.start == at("2026-03-05 23:00"));
    CHECK(round.windowClose == at("2026-03-06 00:40"));

    const auto crossing =
        evaluate({scan("A", "2026-03-05 23:08"), scan("B", "2026-03-05 23:50"), scan("C", "2026-03-06 00:30")},
                 "2026-03-06 01:00", m, round);
    CHECK(outcome(crossing) == "complete"); // 00:30 after 23:50, though earlier in the day
    CHECK(crossing.finishedAt == at("2026-03-06 00:30"));
    CHECK(crossing.round.day == day(2026, 3, 5));

    const auto unordered =
        evaluate({scan("A", "2026-03-05 23:08"), scan("B", "2026-03-06 00:20"), scan("C", "2026-03-05 23:55")},
                 "2026-03-06 01:00", m, round);
    CHECK(outcome(unordered) == "out_of_order");

    const std::vector unfinished{scan("A", "2026-03-05 23:08"), scan("B", "2026-03-05 23:50"),
                                 scan("C", "2026-03-06 00:40:01")};
    CHECK(outcome(evaluate(unfinished, "2026-03-06 00:40", m, round)) == "in_progress");
    CHECK(outcome(evaluate(unfinished, "2026-03-06 00:41", m, round)) == "incomplete");
}

TEST_CASE("scans repeated or imported twice change nothing")
{
    const std::vector once{scan("A", "2026-03-05 07:05", "张伟", 1, "manual"),
                           scan("B", "2026-03-05 07:12", "张伟", 2, "manual"),
                           scan("C", "2026-03-05 07:30", "李强", 3, "manual")};
    auto twice = once;
    for (const auto& s : once) {
        auto copy = s;
        copy.id = domain::PatrolScanId{s.id.value + 10};
        copy.source = "tour-2026-03-05.csv";
        twice.push_back(copy);
    }
    // The file read again, in another order, plus a guard who scanned B a second time.
    std::vector<domain::PatrolScan> shuffled(twice.rbegin(), twice.rend());
    shuffled.push_back(scan("B", "2026-03-05 07:13", "李强", 30));

    for (const auto* asOf : {"2026-03-05 07:20", "2026-03-05 08:00"}) {
        const auto a = evaluate(once, asOf);
        for (const auto& scans : {twice, shuffled}) {
            const auto b = evaluate(scans, asOf);
            CHECK(b.outcome == a.outcome);
            CHECK(b.visited == a.visited);
            CHECK(b.startedAt == a.startedAt);
            CHECK(b.finishedAt == a.finishedAt);
            CHECK(b.guard == a.guard);
            REQUIRE(b.visits.size() == a.visits.size());
            for (std::size_t i = 0; i < a.visits.size(); ++i) {
                CHECK(b.visits[i].at == a.visits[i].at);
                CHECK(b.visits[i].guard == a.visits[i].guard);
            }
        }
    }
    CHECK(outcome(evaluate(once, "2026-03-05 07:20")) == "in_progress");
    CHECK(outcome(evaluate(once, "2026-03-05 08:00")) == "complete");
}

TEST_CASE("as of a time the scans after it are not seen and a final outcome stays")
{
    const std::vector scans{scan("A", "2026-03-05 07:05"), scan("B", "2026-03-05 07:12"),
                            scan("C", "2026-03-05 07:30")};
    const auto before = evaluate(scans, "2026-03-05 07:29:59");
    CHECK(outcome(before) == "in_progress");
    CHECK(before.visited == 2);
    CHECK_FALSE(before.visits[2].at);
    CHECK(outcome(evaluate(scans, "2026-03-05 07:30")) == "complete");
    CHECK(outcome(evaluate(scans, "2026-03-04 12:00")) == "upcoming");

    // C scanned after the window: the round was incomplete at 08:00 and still is the next day.
    const std::vector late{scan("A", "2026-03-05 07:05"), scan("B", "2026-03-05 07:12"), scan("C", "2026-03-05 08:10")};
    CHECK(outcome(evaluate(late, "2026-03-05 08:00")) == "incomplete");
    CHECK(outcome(evaluate(late, "2026-03-06 08:00")) == "incomplete");

    // Scans of another site's checkpoint with the same code are not this route's.
    auto elsewhere = scans;
    elsewhere[1].site = domain::SiteId{2};
    CHECK(outcome(evaluate(elsewhere, "2026-03-05 09:00")) == "incomplete");
}

TEST_CASE("a scan on the boundary of two touching windows belongs to the later round")
{
    // Eight night rounds an hour apart, 40 minutes ± 10: round 0's window closes at 23:50 when round 1's opens.
    const auto t = route(3, "T", {{"night", 8}, {"early", 8}}, 40min, 10min);
    REQUIRE(t.validate(setup()));
    const auto rounds = plan({t}, day(2026, 3, 5), day(2026, 3, 5));
    REQUIRE(rounds.size() == 16);
    const auto& r0 = rounds[8];
    const auto& r1 = rounds[9];
    REQUIRE(r0.shift == "night");
    REQUIRE(r0.windowClose == at("2026-03-05 23:50"));
    REQUIRE(r1.windowOpen == at("2026-03-05 23:50"));

    const std::vector scans{scan("A", "2026-03-05 22:55"), scan("B", "2026-03-05 23:10"),
                            scan("C", "2026-03-05 23:50")};
    const auto asOf = at("2026-03-06 09:00");
    CHECK(outcome(rules::evaluateRound(t, r0, scans, asOf)) == "complete");
    const auto shared = rules::evaluateRound(t, r0, scans, asOf, r1.windowOpen);
    CHECK(outcome(shared) == "incomplete");
    CHECK(shared.missed() == Strings{"C"});
    const auto next = rules::evaluateRound(t, r1, scans, asOf);
    CHECK(next.visits[2].at == at("2026-03-05 23:50"));
    CHECK(next.visited == 1);

    // evaluateRounds wires the next round in, also across the change of shift to the next day's early round.
    const std::vector all{scan("A", "2026-03-05 22:55"), scan("B", "2026-03-05 23:10"), scan("C", "2026-03-05 23:50"),
                          scan("A", "2026-03-06 06:00"), scan("B", "2026-03-06 06:20"), scan("C", "2026-03-06 06:50")};
    const auto evaluated =
        rules::evaluateRounds(setup(), std::vector{t}, zone(), day(2026, 3, 5), day(2026, 3, 5), all, asOf);
    REQUIRE(evaluated.size() == 16);
    CHECK(outcome(evaluated[8]) == "incomplete");
    CHECK(evaluated[8].missed() == Strings{"C"});
    CHECK(evaluated[9].visited == 1);
    const auto& lastNight = evaluated[15];
    CHECK(lastNight.round.start == at("2026-03-06 06:00"));
    CHECK(lastNight.round.windowClose == at("2026-03-06 06:50"));
    CHECK(outcome(lastNight) == "incomplete"); // 06:50 is the 6th's first early round's
    CHECK(lastNight.missed() == Strings{"C"});
}

TEST_CASE("a day's rounds evaluated together as the second round's window closes")
{
    const std::vector scans{
        scan("A", "2026-03-05 07:02"),         scan("B", "2026-03-05 07:15"),
        scan("C", "2026-03-05 07:31"),         scan("X", "2026-03-05 11:00"), // another route's checkpoint
        scan("A", "2026-03-05 11:30", "李强"),
    };
    const auto night = route(2, "M", {{"night", 1}}, 90min);
    const auto rounds = rules::evaluateRounds(setup(), std::vector{r1(), night}, zone(), day(2026, 3, 5),
                                              day(2026, 3, 5), scans, at("2026-03-05 11:55"));
    Strings got;
    for (const auto& ev : rounds) {
        got.push_back(ev.round.routeCode + " " + ev.round.shift + " #" + std::to_string(ev.round.index) + " " +
                      outcome(ev));
    }
    CHECK(got == Strings{"R1 early #0 complete", "R1 early #1 in_progress", "M night #0 upcoming",
                         "R1 night #0 upcoming", "R1 night #1 upcoming", "R1 night #2 upcoming",
                         "R1 night #3 upcoming"});
    CHECK(rounds[1].guard == "李强");
    CHECK(outcome(rules::evaluateRounds(setup(), std::vector{r1()}, zone(), day(2026, 3, 5), day(2026, 3, 5), scans,
                                        at("2026-03-05 11:55:01"))[1]) == "incomplete");
}
