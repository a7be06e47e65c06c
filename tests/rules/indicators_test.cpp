// The indicator catalogue (docs/kpi-report.md): every commitment of 002 and every module KPI once, with
// their defaults; the manual figures: validation, the figure in force as of T, the rolling-year fire rate.

#include "rules/complaintkpi.h"
#include "rules/indicators.h"
#include "rules/inspectionkpi.h"
#include "rules/securitykpi.h"
#include "testtime.h"

#include <catch2/catch.hpp>

#include <set>

using namespace propdesk;
using domain::Comparator;
using domain::KpiTarget;
using domain::ManualFigure;
using propdesk::tests::at;
using rules::IndicatorOrigin;

namespace {

constexpr date::year_month kMarch{date::year{2026}, date::month{3}};

ManualFigure figure(std::int64_t id, date::year_month month, std::string key, std::int64_t numerator,
                    std::int64_t denominator, std::string_view enteredAt, std::string by = "李静")
{
    ManualFigure f;
    f.id = domain::ManualFigureId{id};
    f.site = domain::SiteId{1};
    f.month = month;
    f.key = std::move(key);
    f.numerator = numerator;
    f.denominator = denominator;
    f.enteredAt = at(enteredAt);
    f.enteredBy = std::move(by);
    return f;
}

} // namespace

TEST_CASE("the catalogue holds the twenty commitments and every module KPI once")
{
    const auto catalogue = rules::indicatorCatalogue();
    CHECK(catalogue.size() == 41);
    std::set<std::string_view> keys;
    std::set<int> commitments;
    for (const auto& d : catalogue) {
        INFO(d.key);
        CHECK(keys.insert(d.key).second);
        CHECK_FALSE(d.nameZh.empty());
        CHECK_FALSE(d.nameEn.empty());
        CHECK_FALSE(d.numeratorZh.empty());
        CHECK_FALSE(d.denominatorEn.empty());
        CHECK_FALSE(d.source.empty());
        if (d.commitment > 0) {
            commitments.insert(d.commitment);
        }
    }
    CHECK(commitments.size() == 20);
    CHECK(*commitments.begin() == 1);
    CHECK(*commitments.rbegin() == 20);
    // Every module KPI is in the catalogue with the module's own name and default target.
    for (const auto defs : {rules::workOrderKpis(), rules::complaintKpiDefinitions(), rules::securityKpiDefinitions(),
                            rules::inspectionKpiDefinitions()}) {
        for (const auto& m : defs) {
            INFO(m.key);
            const auto* d = rules::findIndicator(m.key);
            REQUIRE(d);
            CHECK(d->origin != IndicatorOrigin::Manual);
            CHECK(d->nameZh == m.nameZh);
            CHECK(d->defaultTarget == m.defaultTarget);
        }
    }
    CHECK(rules::manualIndicators().size() == 13);
    // Commitments in order: the first is the building intact rate, the commitments come before the rest.
    CHECK(catalogue.front().key == "building_intact_rate");
    CHECK(catalogue[23].key == "satisfaction_rate");
    CHECK(catalogue[24].commitment == 0);
}

TEST_CASE("the catalogue's defaults are those of DIGEST section 5")
{
    const auto targets = rules::defaultIndicatorTargets();
    CHECK(targets.at("building_intact_rate") == KpiTarget{Comparator::AtLeast, 9800});
    CHECK(targets.at("fee_collection_rate") == KpiTarget{Comparator::AtLeast, 9500});
    CHECK(targets.at("road_intact_rate") == KpiTarget{Comparator::AtLeast, 9500});
    CHECK(targets.at("car_park_intact_rate") == KpiTarget{Comparator::AtLeast, 9500});
    CHECK(targets.at("fire_equipment_intact_rate") == KpiTarget{Comparator::AtLeast, 10000});
    CHECK(targets.at("fire_rate") == KpiTarget{Comparator::Below, 5});
    CHECK(targets.at("violation_rate") == KpiTarget{Comparator::AtMost, 100});
    CHECK(targets.at("security_incident_rate") == KpiTarget{Comparator::AtMost, 10});
    CHECK(targets.at("valid_complaint_rate_12m") == KpiTarget{Comparator::AtMost, 200});
    CHECK(targets.at("satisfaction_rate") == KpiTarget{Comparator::AtLeast, 8500});
    CHECK(targets.count("completion_rate") == 0);
    CHECK(rules::findIndicator("fire_rate")->unit == rules::IndicatorUnit::PerMille);
    CHECK(rules::findIndicator("fire_rate")->period == rules::IndicatorPeriod::RollingYear);
    CHECK(rules::findIndicator("no_such") == nullptr);
}

TEST_CASE("units and the targets of a version")
{
    CHECK(rules::inUnit(0.985, rules::IndicatorUnit::Percent) == Approx(98.5));
    CHECK(rules::inUnit(0.0004, rules::IndicatorUnit::PerMille) == Approx(0.4));
    CHECK(rules::inUnit(1.5, rules::IndicatorUnit::Count) == Approx(1.5));
    CHECK(rules::unitSymbol(rules::IndicatorUnit::PerMille) == "‰");

    domain::TargetSet version;
    version.targets.emplace("cleaning_rate", KpiTarget{Comparator::AtLeast, 9500});
    version.targets.emplace("revisit_rate", std::nullopt);
    const auto targets = rules::targetsOf(&version);
    CHECK(targets.size() == 1);
    CHECK(targets.at("cleaning_rate").valueE4 == 9500);
    CHECK(rules::targetsOf(nullptr) == rules::defaultIndicatorTargets());
}

TEST_CASE("a manual figure is checked field by field")
{
    auto f = figure(1, kMarch, "fee_collection_rate", 1500, 1680, "2026-04-02 09:00");
    CHECK(rules::validateManualFigure(f));

    const auto refused = [](const ManualFigure& g, std::string_view field, std::string_view message) {
        auto r = rules::validateManualFigure(g);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == domain::ErrorCode::InvalidInput);
        CHECK(r.error().field == field);
        CHECK(r.error().message == message);
        CHECK(r.error().record == g.key);
    };
    auto g = f;
    g.key = "cleaning_rate";
    refused(g, "key", "computed from the records, not entered by hand");
    g.key = "tidiness";
    refused(g, "key", "no such indicator");
    g = f;
    g.denominator = 0;
    refused(g, "denominator", "must be greater than 0");
    g = f;
    g.numerator = -1;
    refused(g, "numerator", "must not be negative");
    g = f;
    g.numerator = 1681;
    refused(g, "numerator", "must not exceed the denominator");
    g.numerator = 1680;
    CHECK(rules::validateManualFigure(g));
}

TEST_CASE("the manual indicators use the figure in force as of T")
{
    const std::vector<ManualFigure> entries{
        figure(1, kMarch, "fee_collection_rate", 1500, 1680, "2026-04-02 09:00"),
        figure(2, kMarch, "fee_collection_rate", 1610, 1680, "2026-04-03 09:00", "赵敏"), // corrected
        figure(3, kMarch, "well_intact_rate", 229, 236, "2026-04-02 10:00"),
        figure(4, kMarch - date::months{1}, "well_intact_rate", 236, 236, "2026-03-02 10:00"),
    };
    const auto targets = rules::defaultIndicatorTargets();

    SECTION("after the correction")
    {
        const auto result = rules::computeManualIndicators(entries, kMarch, at("2026-04-05 00:00"), targets);
        CHECK(result.kpis.size() == 13);
        CHECK(result.population == 2);
        const auto* fee = result.find("fee_collection_rate");
        REQUIRE(fee);
        CHECK(fee->numerator == 1610);
        CHECK(fee->denominator == 1680);
        CHECK(*fee->rate == Approx(1610.0 / 1680.0));
        CHECK(fee->met == true); // 95.8 % ≥ 95 %
        REQUIRE(fee->records.size() == 1);
        CHECK(fee->records[0].subject == rules::KpiSubject::ManualFigure);
        CHECK(fee->records[0].id == 2);
        CHECK(fee->records[0].code == "2026-03");
        CHECK(fee->records[0].detail == "1610/1680 赵敏");
        const auto* wells = result.find("well_intact_rate");
        CHECK(wells->met == false); // 97.0 % < 98 %
        const auto* lamps = result.find("lamp_intact_rate");
        CHECK(lamps->denominator == 0);
        CHECK_FALSE(lamps->rate);
        CHECK_FALSE(lamps->met);
        CHECK(lamps->target);
    }
    SECTION("before the correction the first figure stands")
    {
        const auto result = rules::computeManualIndicators(entries, kMarch, at("2026-04-02 12:00"), targets);
        const auto* fee = result.find("fee_collection_rate");
        CHECK(fee->numerator == 1500);
        CHECK(fee->met == false); // 89.3 %
    }
    SECTION("before any entry there is no figure")
    {
        const auto result = rules::computeManualIndicators(entries, kMarch, at("2026-04-01 12:00"), targets);
        CHECK(result.population == 0);
        CHECK(result.find("fee_collection_rate")->denominator == 0);
    }
}

TEST_CASE("the fire rate adds the fires of twelve months over the month's households")
{
    std::vector<ManualFigure> entries;
    std::int64_t id = 0;
    // Twelve months to March 2026, one fire in May 2025, another in April 2025 (outside the year).
    for (int back = 0; back < 13; ++back) {
        const auto month = kMarch - date::months{back};
        const std::int64_t fires = back == 10 ? 1 : (back == 11 ? 0 : (back == 12 ? 1 : 0));
        entries.push_back(figure(++id, month, "fire_rate", fires, 2000, "2026-04-02 09:00"));
    }
    const auto result =
        rules::computeManualIndicators(entries, kMarch, at("2026-04-05 00:00"), rules::defaultIndicatorTargets());
    const auto* fire = result.find("fire_rate");
    REQUIRE(fire);
    CHECK(fire->numerator == 1);
    CHECK(fire->denominator == 2000);
    CHECK(fire->records.size() == 12);
    CHECK(fire->met == false); // 0.5 ‰ is not below 0.5 ‰
    entries.push_back(figure(++id, kMarch, "fire_rate", 0, 2500, "2026-04-03 09:00"));
    const auto more =
        rules::computeManualIndicators(entries, kMarch, at("2026-04-05 00:00"), rules::defaultIndicatorTargets());
    CHECK(more.find("fire_rate")->denominator == 2500);
    CHECK(more.find("fire_rate")->met == true); // 0.4 ‰
}
