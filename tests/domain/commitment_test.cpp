// The commitments of a service contract: comparators and their symbols, a target met or missed exactly at its
// boundary, the target version in force for a month, the hand-entered figure as of a time, and month keys.

#include "domain/commitment.h"
#include "testtime.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace propdesk::domain;
using namespace std::chrono_literals;
using propdesk::tests::at;

namespace {

constexpr Date day(int y, unsigned m, unsigned d)
{
    return date::year{y} / date::month{m} / date::day{d};
}

constexpr date::year_month month(int y, unsigned m)
{
    return date::year{y} / date::month{m};
}

KpiTarget target(Comparator comparator, std::int64_t valueE4)
{
    KpiTarget t;
    t.comparator = comparator;
    t.valueE4 = valueE4;
    return t;
}

TargetSet version(std::int64_t id, Date from, std::string contract)
{
    TargetSet s;
    s.id = TargetSetId{id};
    s.site = SiteId{1};
    s.effectiveFrom = from;
    s.contract = std::move(contract);
    s.targets.emplace("building_intact", target(Comparator::AtLeast, 9800));
    s.savedAt = at("2025-12-20 10:00");
    s.savedBy = "manager";
    return s;
}

ManualFigure figure(std::int64_t id, date::year_month m, std::string key, std::int64_t numerator,
                    std::string_view enteredAt)
{
    ManualFigure f;
    f.id = ManualFigureId{id};
    f.site = SiteId{1};
    f.month = m;
    f.key = std::move(key);
    f.numerator = numerator;
    f.denominator = 1000;
    f.note = "台账";
    f.enteredAt = at(enteredAt);
    f.enteredBy = "manager";
    return f;
}

} // namespace

TEST_CASE("each comparator has its symbol and each symbol parses back to it")
{
    CHECK(comparatorSymbol(Comparator::AtLeast) == ">=");
    CHECK(comparatorSymbol(Comparator::AtMost) == "<=");
    CHECK(comparatorSymbol(Comparator::Below) == "<");
    for (const auto c : {Comparator::AtLeast, Comparator::AtMost, Comparator::Below}) {
        INFO(comparatorSymbol(c));
        CHECK(parseComparator(comparatorSymbol(c)) == c);
    }
}

TEST_CASE("a symbol that is not one of the three comparators is refused")
{
    for (const auto* text : {"", ">", "=", "==", "=>", "=<", " >=", ">= ", "≥", "<>", "ge"}) {
        INFO(text);
        CHECK_FALSE(parseComparator(text).has_value());
    }
}

TEST_CASE("a target of at least 98 percent is met at exactly 98 percent and missed one unit below")
{
    const auto t = target(Comparator::AtLeast, 9800);
    CHECK(t.metBy(98, 100));
    CHECK(t.metBy(9800, 10000));
    CHECK_FALSE(t.metBy(9799, 10000));
    CHECK(t.metBy(100, 100));
    CHECK(t.value() == Approx(0.98));
}

TEST_CASE("a target of at most 1 permille is met at exactly 1 permille and missed one unit above")
{
    const auto t = target(Comparator::AtMost, 10);
    CHECK(t.metBy(1, 1000));
    CHECK(t.metBy(10, 10000));
    CHECK_FALSE(t.metBy(11, 10000));
    CHECK(t.metBy(0, 1000));
}

TEST_CASE("a fire rate below 0.5 permille is met at 4 in 10000 and missed at exactly 5 in 10000")
{
    const auto t = target(Comparator::Below, 5);
    CHECK(t.metBy(4, 10000));
    CHECK_FALSE(t.metBy(5, 10000));
    CHECK_FALSE(t.metBy(6, 10000));
    CHECK(t.metBy(0, 2000));
    // One fire among 2,000 households is 0.5 permille: not below.
    CHECK_FALSE(t.metBy(1, 2000));
    CHECK(t.metBy(1, 2001));
    CHECK(t.value() == Approx(0.0005));
}

TEST_CASE("a target of 100 percent is met only when every case counts")
{
    const auto t = target(Comparator::AtLeast, 10000);
    CHECK(t.metBy(250, 250));
    CHECK_FALSE(t.metBy(249, 250));
}

TEST_CASE("the target version in force is the latest that starts on or before the first day of the month")
{
    const std::vector<TargetSet> versions{version(1, day(2025, 1, 1), "2025 合同"),
                                          version(2, day(2026, 1, 1), "2026 合同"),
                                          version(3, day(2026, 7, 1), "2026 补充协议")};
    const auto inForce = [&](date::year_month m) {
        const auto* v = targetSetInForce(versions, m);
        return v ? v->contract : std::string("none");
    };
    CHECK(inForce(month(2024, 12)) == "none");
    CHECK(inForce(month(2025, 1)) == "2025 合同");
    CHECK(inForce(month(2025, 12)) == "2025 合同");
    CHECK(inForce(month(2026, 1)) == "2026 合同");
    CHECK(inForce(month(2026, 6)) == "2026 合同");
    CHECK(inForce(month(2026, 7)) == "2026 补充协议");
    CHECK(inForce(month(2030, 3)) == "2026 补充协议");
}

TEST_CASE("a version starting in the middle of a month applies only from the next month")
{
    const std::vector<TargetSet> versions{version(1, day(2026, 1, 1), "old"), version(2, day(2026, 3, 15), "new")};
    const auto* march = targetSetInForce(versions, month(2026, 3));
    REQUIRE(march != nullptr);
    CHECK(march->contract == "old");
    const auto* april = targetSetInForce(versions, month(2026, 4));
    REQUIRE(april != nullptr);
    CHECK(april->contract == "new");
}

TEST_CASE("no version is in force when every version starts later or there is none")
{
    const std::vector<TargetSet> later{version(1, day(2026, 2, 1), "2026"), version(2, day(2027, 1, 1), "2027")};
    CHECK(targetSetInForce(later, month(2026, 1)) == nullptr);
    CHECK(targetSetInForce({}, month(2026, 1)) == nullptr);
}

TEST_CASE("the version in force does not depend on the order of the versions")
{
    const std::vector<TargetSet> shuffled{version(3, day(2026, 7, 1), "2026 补充协议"),
                                          version(1, day(2025, 1, 1), "2025 合同"),
                                          version(2, day(2026, 1, 1), "2026 合同")};
    const auto* v = targetSetInForce(shuffled, month(2026, 5));
    REQUIRE(v != nullptr);
    CHECK(v->id == TargetSetId{2});
    const auto* w = targetSetInForce(shuffled, month(2026, 8));
    REQUIRE(w != nullptr);
    CHECK(w->id == TargetSetId{3});
}

TEST_CASE("the figure as of a time is the latest entered at or before it")
{
    const std::vector<ManualFigure> entries{figure(1, month(2026, 3), "fee_collection", 900, "2026-04-02 09:00"),
                                            figure(2, month(2026, 3), "fee_collection", 950, "2026-04-05 09:00"),
                                            figure(3, month(2026, 3), "fee_collection", 960, "2026-04-10 09:00")};
    CHECK(figureAsOf(entries, month(2026, 3), "fee_collection", at("2026-04-02 08:59")) == nullptr);
    const auto* first = figureAsOf(entries, month(2026, 3), "fee_collection", at("2026-04-02 09:00"));
    REQUIRE(first != nullptr);
    CHECK(first->numerator == 900);
    const auto* corrected = figureAsOf(entries, month(2026, 3), "fee_collection", at("2026-04-09 18:00"));
    REQUIRE(corrected != nullptr);
    CHECK(corrected->numerator == 950);
    const auto* latest = figureAsOf(entries, month(2026, 3), "fee_collection", at("2026-05-01 00:00"));
    REQUIRE(latest != nullptr);
    CHECK(latest->numerator == 960);
}

TEST_CASE("two figures entered in the same second are told apart by their id")
{
    const std::vector<ManualFigure> entries{figure(8, month(2026, 3), "fires", 2, "2026-04-02 09:00"),
                                            figure(5, month(2026, 3), "fires", 1, "2026-04-02 09:00")};
    const auto* f = figureAsOf(entries, month(2026, 3), "fires", at("2026-04-30 00:00"));
    REQUIRE(f != nullptr);
    CHECK(f->id == ManualFigureId{8});
    CHECK(f->numerator == 2);
}

TEST_CASE("figures of another month or another indicator are ignored")
{
    const std::vector<ManualFigure> entries{figure(1, month(2026, 3), "fee_collection", 900, "2026-04-02 09:00"),
                                            figure(2, month(2026, 2), "fee_collection", 800, "2026-04-03 09:00"),
                                            figure(3, month(2026, 3), "staff_certified", 700, "2026-04-04 09:00"),
                                            figure(4, month(2026, 4), "fee_collection", 600, "2026-04-05 09:00")};
    const auto* f = figureAsOf(entries, month(2026, 3), "fee_collection", at("2026-05-01 00:00"));
    REQUIRE(f != nullptr);
    CHECK(f->id == ManualFigureId{1});
    CHECK(figureAsOf(entries, month(2026, 5), "fee_collection", at("2026-06-01 00:00")) == nullptr);
    CHECK(figureAsOf(entries, month(2026, 3), "violations", at("2026-06-01 00:00")) == nullptr);
}

TEST_CASE("a month key is the year and the two-digit month")
{
    CHECK(monthKey(month(2026, 3)) == "2026-03");
    CHECK(monthKey(month(2026, 12)) == "2026-12");
    CHECK(monthKey(month(999, 1)) == "0999-01");
}
