// The work-order KPIs of DESIGN.md §4 on hand-made months, every figure worked out by hand.

#include "rules/kpi.h"
#include "rulesfixtures.h"

#include <catch2/catch.hpp>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::Urgency;
using domain::WorkOrderId;
using rules::Outcome;
using tests::at;

namespace {

// One order of the month as a front desk would have logged it (times in Shanghai).
struct Order
{
    std::int64_t id = 0;
    std::string reported;
    std::string arrived;
    std::string completed;
    std::string revisited;
    std::optional<int> satisfaction;
    std::string cancelled;
};

std::optional<domain::Instant> when(const std::string& local)
{
    return local.empty() ? std::nullopt : std::optional{at(local)};
}

rules::EvaluatedOrder evaluated(const rules::RuleEngine& e, const Order& o, domain::Instant asOf)
{
    auto h = tests::plumbing(Urgency::Normal, at(o.reported));
    h.id = WorkOrderId{o.id};
    h.code = "WO-" + std::to_string(o.id);
    domain::WorkOrderTimeline tl;
    tl.arrived = when(o.arrived);
    tl.completed = when(o.completed);
    tl.revisited = when(o.revisited);
    tl.satisfaction = o.satisfaction;
    tl.cancelled = when(o.cancelled);
    return rules::EvaluatedOrder{h, e.evaluate(h, tl, asOf)};
}

domain::ReworkLink rework(std::int64_t reworkId, std::int64_t of, const std::string& reported,
                          const std::string& cancelled = {})
{
    return domain::ReworkLink{WorkOrderId{reworkId}, "RW-" + std::to_string(reworkId), WorkOrderId{of}, at(reported),
                              when(cancelled)};
}

const rules::KpiValue& kpi(const rules::KpiResult& result, std::string_view key)
{
    const auto* value = result.find(key);
    REQUIRE(value);
    return *value;
}

void checkCounts(const rules::KpiValue& k, std::int64_t numerator, std::int64_t denominator, std::int64_t pending = 0)
{
    CAPTURE(k.key);
    CHECK(k.numerator == numerator);
    CHECK(k.denominator == denominator);
    CHECK(k.pending == pending);
    REQUIRE(k.rate.has_value());
    CHECK(*k.rate == static_cast<double>(numerator) / static_cast<double>(denominator));
}

} // namespace

TEST_CASE("a March with late, pending, cancelled, reworked and rated orders gives the hand-counted KPIs")
{
    const auto e = tests::chinaEngine();
    const auto asOf = at("2025-03-20 12:00");
    // All normal plumbing orders: 30 minutes to arrive, 8 hours to complete, 48 hours to revisit.
    const std::vector<Order> month{
        // A: everything on time, rated 5.
        {1, "2025-03-03 09:00", "2025-03-03 09:20", "2025-03-03 12:00", "2025-03-04 10:00", 5, ""},
        // B: arrived 45 min late, completed in 7 h, revisited after 66 h, rated 3.
        {2, "2025-03-04 09:00", "2025-03-04 09:45", "2025-03-04 16:00", "2025-03-07 10:00", 3, ""},
        // C: completed after 9 h, never revisited; reworked by 101.
        {3, "2025-03-05 09:00", "2025-03-05 09:10", "2025-03-05 18:00", "", {}, ""},
        // D: cancelled within the hour; rework 102 points at it.
        {4, "2025-03-06 09:00", "", "", "", {}, "2025-03-06 10:00"},
        // E: reported half an hour before T, arrived, not completed yet.
        {5, "2025-03-20 11:00", "2025-03-20 11:20", "", "", {}, ""},
        // F: reported after T.
        {6, "2025-03-20 13:00", "2025-03-20 13:10", "2025-03-20 14:00", "", {}, ""},
        // G: on time, revisited (rated 5) only after T; reworked twice (103, 104).
        {7, "2025-03-10 09:00", "2025-03-10 09:15", "2025-03-10 10:00", "2025-03-21 09:00", 5, ""},
        // H: on time, revisited after 5 h, rated 4; its reworks were cancelled or come after T.
        {8, "2025-03-11 09:00", "2025-03-11 09:05", "2025-03-11 10:00", "2025-03-11 15:00", 4, ""},
        // I: nobody came by T; cancelled only after T.
        {9, "2025-03-12 09:00", "", "", "", {}, "2025-03-25 09:00"},
        // J: arrived on time, completed after 25 h, an hour before T.
        {10, "2025-03-19 10:00", "2025-03-19 10:10", "2025-03-20 11:00", "", {}, ""},
    };
    std::vector<rules::EvaluatedOrder> orders;
    for (const auto& o : month) {
        orders.push_back(evaluated(e, o, asOf));
    }
    const std::vector reworks{
        rework(101, 3, "2025-03-10 09:00"),
        rework(102, 4, "2025-03-07 09:00"),
        rework(103, 7, "2025-03-12 09:00"),
        rework(104, 7, "2025-03-13 09:00"),
        rework(105, 8, "2025-03-12 09:00", "2025-03-15 09:00"),
        rework(106, 8, "2025-03-21 09:00"),
    };

    const auto r = rules::computeWorkOrderKpis(orders, reworks, asOf, rules::defaultWorkOrderTargets());

    // Population: A B C E G H I J (D cancelled by T, F reported after T).
    CHECK(r.population == 8);
    // Arrival: met A C E G H J, missed B I.
    checkCounts(kpi(r, "arrival_timeliness"), 6, 8);
    // Completion: met A B G H, missed C I J, pending E.
    checkCounts(kpi(r, "completion_timeliness"), 4, 7, 1);
    // Repair: met A G H, missed B C I J, pending E.
    checkCounts(kpi(r, "repair_timeliness"), 3, 7, 1);
    // Completed by T: A B C G H J of 8.
    checkCounts(kpi(r, "completion_rate"), 6, 8);
    // Of the 6 completed, C and G are reworked (G once although twice); H's reworks do not count.
    checkCounts(kpi(r, "first_time_fix_rate"), 4, 6);
    checkCounts(kpi(r, "rework_rate"), 2, 6);
    // Revisited by T: A B H (G only after T).
    checkCounts(kpi(r, "revisit_rate"), 3, 6);
    // Revisit: met A H, missed B C G, pending J.
    checkCounts(kpi(r, "revisit_timeliness"), 2, 5, 1);
    // Ratings whose revisit happened by T: A 5, B 3, H 4 (G's 5 is after T).
    checkCounts(kpi(r, "satisfaction_rate"), 2, 3);

    CHECK(kpi(r, "arrival_timeliness").met == false);
    CHECK(kpi(r, "rework_rate").met == false);
    CHECK(kpi(r, "satisfaction_rate").met == false);
    CHECK_FALSE(kpi(r, "completion_rate").target.has_value());
    CHECK_FALSE(kpi(r, "completion_rate").met.has_value());
}

TEST_CASE("the report lists the nine KPIs of the design in order, with their default targets")
{
    const auto r = rules::computeWorkOrderKpis({}, {}, at("2025-04-05 00:00"), rules::defaultWorkOrderTargets());
    const std::vector<std::string> keys{"arrival_timeliness", "completion_timeliness", "repair_timeliness",
                                        "completion_rate",    "first_time_fix_rate",   "rework_rate",
                                        "revisit_rate",       "revisit_timeliness",    "satisfaction_rate"};
    REQUIRE(r.kpis.size() == keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        CHECK(r.kpis[i].key == keys[i]);
    }
    const auto targets = rules::defaultWorkOrderTargets();
    CHECK(targets.at("arrival_timeliness").valueE4 == 10000);
    CHECK(targets.at("first_time_fix_rate").valueE4 == 9900);
    CHECK(targets.at("rework_rate").valueE4 == 100);
    CHECK(targets.at("rework_rate").comparator == rules::Comparator::AtMost);
    CHECK(targets.at("revisit_rate").valueE4 == 6000);
    CHECK(targets.at("satisfaction_rate").valueE4 == 8500);
    CHECK(targets.count("completion_rate") == 0);
}

TEST_CASE("an empty month has no rates and no verdicts, but keeps its targets")
{
    const auto r = rules::computeWorkOrderKpis({}, {}, at("2025-04-05 00:00"), rules::defaultWorkOrderTargets());
    CHECK(r.population == 0);
    for (const auto& k : r.kpis) {
        CAPTURE(k.key);
        CHECK(k.numerator == 0);
        CHECK(k.denominator == 0);
        CHECK_FALSE(k.rate.has_value());
        CHECK_FALSE(k.met.has_value());
    }
    CHECK(kpi(r, "arrival_timeliness").target.has_value());
}

TEST_CASE("a month where nothing is completed yet has a completion rate of 0 and no first-time-fix rate")
{
    const auto e = tests::chinaEngine();
    const auto asOf = at("2025-03-03 09:20");
    const std::vector orders{evaluated(e, {1, "2025-03-03 09:00", "", "", "", {}, ""}, asOf),
                             evaluated(e, {2, "2025-03-03 09:10", "", "", "", {}, ""}, asOf)};
    const auto r = rules::computeWorkOrderKpis(orders, {}, asOf, rules::defaultWorkOrderTargets());
    checkCounts(kpi(r, "completion_rate"), 0, 2);
    // Both arrivals are still within 30 minutes: pending, so no rate yet.
    const auto& arrival = kpi(r, "arrival_timeliness");
    CHECK(arrival.denominator == 0);
    CHECK(arrival.pending == 2);
    CHECK_FALSE(arrival.rate.has_value());
    CHECK_FALSE(arrival.met.has_value());
    CHECK_FALSE(kpi(r, "first_time_fix_rate").rate.has_value());
    CHECK_FALSE(kpi(r, "satisfaction_rate").rate.has_value());
}

TEST_CASE("a cancelled rework order does not count as rework")
{
    const auto e = tests::chinaEngine();
    const auto asOf = at("2025-03-31 00:00");
    const std::vector orders{
        evaluated(e, {1, "2025-03-03 09:00", "2025-03-03 09:10", "2025-03-03 10:00", "", {}, ""}, asOf)};
    SECTION("cancelled by T")
    {
        const std::vector links{rework(2, 1, "2025-03-05 09:00", "2025-03-05 10:00")};
        const auto r = rules::computeWorkOrderKpis(orders, links, asOf, rules::defaultWorkOrderTargets());
        checkCounts(kpi(r, "rework_rate"), 0, 1);
        checkCounts(kpi(r, "first_time_fix_rate"), 1, 1);
    }
    SECTION("cancelled only after T: it still counts as of T")
    {
        const std::vector links{rework(2, 1, "2025-03-05 09:00", "2025-04-02 10:00")};
        const auto r = rules::computeWorkOrderKpis(orders, links, asOf, rules::defaultWorkOrderTargets());
        checkCounts(kpi(r, "rework_rate"), 1, 1);
        CHECK(kpi(r, "rework_rate").records.at(0).detail == "RW-2");
    }
    SECTION("reported exactly at T counts")
    {
        const std::vector links{rework(2, 1, "2025-03-31 00:00")};
        const auto r = rules::computeWorkOrderKpis(orders, links, asOf, rules::defaultWorkOrderTargets());
        checkCounts(kpi(r, "rework_rate"), 1, 1);
    }
}

TEST_CASE("a rework of an order that is not completed by T does not count in the rework rate")
{
    const auto e = tests::chinaEngine();
    const auto asOf = at("2025-03-31 00:00");
    const std::vector orders{
        evaluated(e, {1, "2025-03-03 09:00", "2025-03-03 09:10", "", "", {}, ""}, asOf),
        evaluated(e, {2, "2025-03-03 09:00", "2025-03-03 09:10", "2025-03-03 10:00", "", {}, ""}, asOf)};
    const std::vector links{rework(3, 1, "2025-03-05 09:00")};
    const auto r = rules::computeWorkOrderKpis(orders, links, asOf, rules::defaultWorkOrderTargets());
    checkCounts(kpi(r, "rework_rate"), 0, 1);
    checkCounts(kpi(r, "first_time_fix_rate"), 1, 1);
}

namespace {

// `total` orders completed on time and revisited, `reworked` of them pointed to by a rework order,
// `unhappy` of them rated 3 and the rest 5.
rules::KpiResult bulkMonth(int total, int reworked, int unhappy)
{
    const auto e = tests::chinaEngine();
    const auto asOf = at("2025-04-05 00:00");
    std::vector<rules::EvaluatedOrder> orders;
    std::vector<domain::ReworkLink> links;
    const auto base = at("2025-03-03 09:00");
    for (int i = 0; i < total; ++i) {
        auto h = tests::plumbing(Urgency::Normal, base + std::chrono::minutes{i});
        h.id = WorkOrderId{i + 1};
        domain::WorkOrderTimeline tl;
        tl.arrived = h.reportedAt + 10min;
        tl.completed = h.reportedAt + 1h;
        tl.revisited = h.reportedAt + 5h;
        tl.satisfaction = i < unhappy ? 3 : 5;
        orders.push_back({h, e.evaluate(h, tl, asOf)});
        if (i < reworked) {
            links.push_back(domain::ReworkLink{WorkOrderId{10000 + i}, "RW", h.id, at("2025-03-20 09:00"), {}});
        }
    }
    return rules::computeWorkOrderKpis(orders, links, asOf, rules::defaultWorkOrderTargets());
}

} // namespace

TEST_CASE("99 first-time fixes out of 100 meet the 99 % target exactly, and 1 rework in 100 meets <= 1 %")
{
    const auto r = bulkMonth(100, 1, 0);
    checkCounts(kpi(r, "first_time_fix_rate"), 99, 100);
    CHECK(kpi(r, "first_time_fix_rate").met == true);
    checkCounts(kpi(r, "rework_rate"), 1, 100);
    CHECK(kpi(r, "rework_rate").met == true);
}

TEST_CASE("989 first-time fixes out of 1000 miss the 99 % target, and 11 reworks in 1000 miss <= 1 %")
{
    const auto r = bulkMonth(1000, 11, 0);
    checkCounts(kpi(r, "first_time_fix_rate"), 989, 1000);
    CHECK(kpi(r, "first_time_fix_rate").met == false);
    checkCounts(kpi(r, "rework_rate"), 11, 1000);
    CHECK(kpi(r, "rework_rate").met == false);
}

TEST_CASE("17 satisfied residents out of 20 meet the 85 % satisfaction target, 16 do not")
{
    const auto met = bulkMonth(20, 0, 3);
    checkCounts(kpi(met, "satisfaction_rate"), 17, 20);
    CHECK(kpi(met, "satisfaction_rate").met == true);
    const auto missed = bulkMonth(20, 0, 4);
    checkCounts(kpi(missed, "satisfaction_rate"), 16, 20);
    CHECK(kpi(missed, "satisfaction_rate").met == false);
}

TEST_CASE("targets are compared exactly, not in floating point")
{
    // 0.07 × 100 is 7.000000000000001 in binary floating point; 7 of 100 still meets ">= 7 %".
    CHECK(rules::KpiTarget{rules::Comparator::AtLeast, 700}.metBy(7, 100));
    CHECK_FALSE(rules::KpiTarget{rules::Comparator::AtLeast, 700}.metBy(6, 100));
    // 0.29 and 29/100 are both rounded in binary; exact comparison says equal.
    CHECK(rules::KpiTarget{rules::Comparator::AtMost, 2900}.metBy(29, 100));
    CHECK(rules::KpiTarget{rules::Comparator::AtLeast, 2900}.metBy(29, 100));
    CHECK(rules::KpiTarget{rules::Comparator::AtLeast, 9900}.metBy(99, 100));
    CHECK_FALSE(rules::KpiTarget{rules::Comparator::AtLeast, 9900}.metBy(989, 1000));
    CHECK(rules::KpiTarget{rules::Comparator::AtLeast, 10000}.metBy(300, 300));
    CHECK_FALSE(rules::KpiTarget{rules::Comparator::AtLeast, 10000}.metBy(299, 300));
    CHECK(rules::KpiTarget{rules::Comparator::AtMost, 100}.metBy(1, 100));
    CHECK_FALSE(rules::KpiTarget{rules::Comparator::AtMost, 100}.metBy(11, 1000));
    // A target with four decimals: 33.33 % against 1 of 3 (33.333… %).
    CHECK(rules::KpiTarget{rules::Comparator::AtLeast, 3333}.metBy(1, 3));
    CHECK_FALSE(rules::KpiTarget{rules::Comparator::AtLeast, 3334}.metBy(1, 3));
}

TEST_CASE("a KPI without a target has no comparator and no verdict")
{
    const auto r = bulkMonth(3, 0, 0);
    rules::KpiTargets none;
    const auto untargeted = rules::computeWorkOrderKpis({}, {}, at("2025-04-05 00:00"), none);
    for (const auto& k : untargeted.kpis) {
        CHECK_FALSE(k.target.has_value());
        CHECK_FALSE(k.met.has_value());
    }
    CHECK(kpi(r, "revisit_rate").met == true);
}

TEST_CASE("late and pending orders are listed behind the timeliness figures with their rule and deadline")
{
    const auto e = tests::chinaEngine();
    const auto asOf = at("2025-03-03 12:00");
    const std::vector orders{evaluated(e, {1, "2025-03-03 09:00", "2025-03-03 09:45", "", "", {}, ""}, asOf),
                             evaluated(e, {2, "2025-03-03 11:50", "", "", "", {}, ""}, asOf)};
    const auto r = rules::computeWorkOrderKpis(orders, {}, asOf, rules::defaultWorkOrderTargets());
    const auto& arrival = kpi(r, "arrival_timeliness");
    CHECK(arrival.numerator == 0);
    CHECK(arrival.denominator == 1);
    CHECK(arrival.pending == 1);
    CHECK(arrival.met == false);
    REQUIRE(arrival.records.size() == 2);
    const auto& late = arrival.records[0].outcome == "missed" ? arrival.records[0] : arrival.records[1];
    CHECK(late.code == "WO-1");
    CHECK(late.outcome == "missed");
    CHECK(late.ruleId == "wo-arrival");
    CHECK(late.deadline == at("2025-03-03 09:30"));
    CHECK(late.overBy == 15min);
}
