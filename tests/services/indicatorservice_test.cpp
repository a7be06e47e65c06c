// The commitments of a contract (docs/kpi-report.md): target versions that never rewrite a month that has
// begun, figures entered by hand with their corrections, notes, the month's indicators with their trend,
// the company view and frozen reports.

#include "domain/audit.h"
#include "servicetestsupport.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

using namespace propdesk;
using domain::Comparator;
using domain::ErrorCode;
using domain::KpiTarget;
using propdesk::tests::at;
using propdesk::tests::Desk;

namespace {

constexpr date::year_month kFebruary{date::year{2025}, date::month{2}};
constexpr date::year_month kMarch{date::year{2025}, date::month{3}};
constexpr date::year_month kApril{date::year{2025}, date::month{4}};
constexpr date::year_month kMay{date::year{2025}, date::month{5}};

domain::Date first(date::year_month month)
{
    return month / date::day{1};
}

template <typename T>
void refused(const domain::Result<T>& result, ErrorCode code, std::string_view field, std::string_view message)
{
    REQUIRE_FALSE(result);
    CHECK(result.error().code == code);
    CHECK(result.error().field == field);
    CHECK(result.error().message == message);
}

domain::AuditFilter entity(std::string name)
{
    domain::AuditFilter filter;
    filter.entity = std::move(name);
    return filter;
}

struct Contract
{
    Contract()
    {
        domain::Site site;
        site.code = "HQ";
        site.name = "阳光花园";
        site.households = 1680;
        site.residents = 4950;
        REQUIRE(desk.ws->sites().add(site));
    }

    services::IndicatorService& indicators() { return desk.ws->indicators(); }

    Desk desk; // 2025-04-05 00:00 Asia/Shanghai
};

} // namespace

TEST_CASE("target versions take effect by month and one that has begun is never rewritten")
{
    Contract c;
    auto targets = rules::defaultIndicatorTargets();
    targets["satisfaction_rate"] = KpiTarget{Comparator::AtLeast, 9000};
    REQUIRE(c.indicators().saveTargets("HQ", first(kMarch), "2025年度合同", targets));

    auto versions = c.indicators().targetVersions("HQ");
    REQUIRE(versions);
    REQUIRE(versions->size() == 1);
    const auto& v = versions->front();
    CHECK(v.effectiveFrom == first(kMarch));
    CHECK(v.contract == "2025年度合同");
    CHECK(v.savedBy == "tester");
    CHECK(v.targets.size() == rules::indicatorCatalogue().size());
    CHECK(v.targets.at("satisfaction_rate") == KpiTarget{Comparator::AtLeast, 9000});
    CHECK_FALSE(v.targets.at("completion_rate").has_value());

    // In force from March: February keeps the defaults.
    auto march = c.indicators().targetsInForce("HQ", kMarch);
    REQUIRE(march);
    CHECK(*march);
    auto february = c.indicators().targetsInForce("HQ", kFebruary);
    REQUIRE(february);
    CHECK_FALSE(*february);

    // March has begun (today is 5 April): its version is never rewritten.
    refused(c.indicators().saveTargets("HQ", first(kMarch), "改", targets), ErrorCode::Conflict, "effective_from",
            "the targets from 2025-03-01 have taken effect and are never rewritten: save a version from a later "
            "month");
    // A version from May may be corrected until May begins.
    targets["satisfaction_rate"] = KpiTarget{Comparator::AtLeast, 9500};
    REQUIRE(c.indicators().saveTargets("HQ", first(kMay), "2025年度合同补充协议", targets));
    targets["satisfaction_rate"] = KpiTarget{Comparator::AtLeast, 9200};
    REQUIRE(c.indicators().saveTargets("HQ", first(kMay), "2025年度合同补充协议", targets));
    versions = c.indicators().targetVersions("HQ");
    REQUIRE(versions->size() == 2);
    CHECK(versions->back().targets.at("satisfaction_rate")->valueE4 == 9200);

    // The audit trail: the replaced version shows what changed.
    auto trail = c.desk.auditTrail(entity("kpi_targets"));
    REQUIRE(trail.size() == 3);
    CHECK(trail[2].record == "HQ 2025-05-01");
    CHECK(trail[2].action == domain::AuditAction::Update);
    CHECK(trail[2].summary == "targets from 2025-05-01");
    CHECK(std::ranges::find(trail[2].changes, domain::AuditChange{"satisfaction_rate", ">= 9500", ">= 9200"}) !=
          trail[2].changes.end());

    // Checks.
    refused(c.indicators().saveTargets("HQ", domain::Date{date::year{2025} / 6 / 2}, "", {}), ErrorCode::InvalidInput,
            "effective_from", "must be the first day of a month");
    rules::KpiTargets bad{{"tidiness", KpiTarget{Comparator::AtLeast, 9000}}};
    refused(c.indicators().saveTargets("HQ", first(kMay + date::months{1}), "", bad), ErrorCode::InvalidInput, "key",
            "no such indicator");
    bad = {{"cleaning_rate", KpiTarget{Comparator::AtLeast, 10100}}};
    refused(c.indicators().saveTargets("HQ", first(kMay + date::months{1}), "", bad), ErrorCode::InvalidInput, "target",
            "must not exceed 100 %");
}

TEST_CASE("the KPIs of every module use the site's target version")
{
    Contract c;
    auto before = c.desk.ws->kpis().siteKpis("HQ", kMarch);
    REQUIRE(before);
    CHECK(before->result.find("satisfaction_rate")->target->valueE4 == 8500);
    auto targets = rules::defaultIndicatorTargets();
    targets["satisfaction_rate"] = KpiTarget{Comparator::AtLeast, 9000};
    targets["cleaning_rate"] = KpiTarget{Comparator::AtLeast, 9500};
    targets.erase("complaint_handling_rate");
    REQUIRE(c.indicators().saveTargets("HQ", first(kMarch), "2025年度合同", targets));
    auto after = c.desk.ws->kpis().siteKpis("HQ", kMarch);
    REQUIRE(after);
    CHECK(after->result.find("satisfaction_rate")->target->valueE4 == 9000);
    CHECK(after->inspections->find("cleaning_rate")->target->valueE4 == 9500);
    CHECK_FALSE(after->complaints->find("complaint_handling_rate")->target);
    // February is before the version.
    auto february = c.desk.ws->kpis().siteKpis("HQ", kFebruary);
    CHECK(february->result.find("satisfaction_rate")->target->valueE4 == 8500);
}

TEST_CASE("figures are entered by hand corrected by a new entry and audited")
{
    Contract c;
    refused(c.indicators().enterFigure("HQ", kMay, "fee_collection_rate", 1, 2, ""), ErrorCode::InvalidInput, "month",
            "has not begun");
    refused(c.indicators().enterFigure("HQ", kMarch, "cleaning_rate", 1, 2, ""), ErrorCode::InvalidInput, "key",
            "computed from the records, not entered by hand");
    refused(c.indicators().enterFigure("HQ", kMarch, "fee_collection_rate", 1700, 1680, ""), ErrorCode::InvalidInput,
            "numerator", "must not exceed the denominator");

    REQUIRE(c.indicators().enterFigure("HQ", kMarch, "fee_collection_rate", 1500, 1680, "收费系统"));
    c.desk.clock.advance(std::chrono::hours{2});
    c.desk.ws->context().user = domain::User{"赵敏", domain::Role::Manager};
    REQUIRE(c.indicators().enterFigure("HQ", kMarch, "fee_collection_rate", 1610, 1680, "补录银行代扣"));
    c.desk.ws->context().user = domain::User{"tester", domain::Role::System};

    auto figures = c.indicators().figures("HQ", kMarch);
    REQUIRE(figures);
    REQUIRE(figures->size() == 2);
    CHECK(figures->at(0).numerator == 1500);
    CHECK(figures->at(0).enteredBy == "tester");
    CHECK(figures->at(1).numerator == 1610);
    CHECK(figures->at(1).enteredBy == "赵敏");
    CHECK(figures->at(1).enteredAt == at("2025-04-05 02:00"));

    auto trail = c.desk.auditTrail(entity("kpi_figure"));
    REQUIRE(trail.size() == 2);
    CHECK(trail[0].action == domain::AuditAction::Create);
    CHECK(trail[1].action == domain::AuditAction::Update);
    CHECK(trail[1].record == "HQ 2025-03 fee_collection_rate");
    CHECK(trail[1].summary == "1610/1680");
    CHECK(std::ranges::find(trail[1].changes, domain::AuditChange{"numerator", "1500", "1610"}) !=
          trail[1].changes.end());

    // The month as of a time before the correction shows the first figure.
    auto early = c.indicators().monthlyIndicators("HQ", kMarch, at("2025-04-05 01:00"), false);
    REQUIRE(early);
    CHECK(early->find("fee_collection_rate")->value.numerator == 1500);
    CHECK(early->find("fee_collection_rate")->value.met == false);
    auto now = c.indicators().monthlyIndicators("HQ", kMarch, std::nullopt, false);
    REQUIRE(now);
    CHECK(now->find("fee_collection_rate")->value.numerator == 1610);
    CHECK(now->find("fee_collection_rate")->value.met == true);
}

TEST_CASE("the month's indicators come in catalogue order with their trend notes and actions")
{
    Contract c;
    auto targets = rules::defaultIndicatorTargets();
    targets["fee_collection_rate"] = KpiTarget{Comparator::AtLeast, 9700};
    REQUIRE(c.indicators().saveTargets("HQ", first(kMarch), "2025年度合同", targets));
    REQUIRE(c.indicators().enterFigure("HQ", kFebruary, "fee_collection_rate", 1630, 1680, ""));
    REQUIRE(c.indicators().enterFigure("HQ", kMarch, "fee_collection_rate", 1610, 1680, ""));
    REQUIRE(c.indicators().enterFigure("HQ", kMarch, "well_intact_rate", 236, 236, ""));
    REQUIRE(c.indicators().setNote("HQ", kMarch, "fee_collection_rate", "逐户催缴"));
    REQUIRE(c.indicators().setNote("HQ", kMarch, "well_intact_rate", "草稿"));
    REQUIRE(c.indicators().setNote("HQ", kMarch, "well_intact_rate", ""));
    refused(c.indicators().setNote("HQ", kMarch, "tidiness", "x"), ErrorCode::InvalidInput, "key", "no such indicator");

    auto report = c.indicators().monthlyIndicators("HQ", kMarch);
    REQUIRE(report);
    CHECK(report->site.code == "HQ");
    CHECK(report->period == kMarch);
    CHECK(report->asOf == at("2025-04-05 00:00"));
    REQUIRE(report->targets);
    CHECK(report->targets->contract == "2025年度合同");
    REQUIRE(report->indicators.size() == rules::indicatorCatalogue().size());
    for (std::size_t i = 0; i < report->indicators.size(); ++i) {
        CHECK(report->indicators[i].definition == &rules::indicatorCatalogue()[i]);
        CHECK(report->indicators[i].value.key == rules::indicatorCatalogue()[i].key);
        CHECK(report->indicators[i].trend.size() == 12);
    }
    REQUIRE(report->trendMonths.size() == 12);
    CHECK(report->trendMonths.front() == kMarch - date::months{11});
    CHECK(report->trendMonths.back() == kMarch);

    const auto* fee = report->find("fee_collection_rate");
    REQUIRE(fee);
    CHECK(fee->value.met == false); // 95.8 % < 97 %
    CHECK(fee->value.target->valueE4 == 9700);
    CHECK(*fee->trend[11] == Approx(1610.0 / 1680.0));
    CHECK(*fee->trend[10] == Approx(1630.0 / 1680.0));
    CHECK_FALSE(fee->trend[9]);
    CHECK(report->find("well_intact_rate")->value.met == true);
    // A site that keeps no security or inspection records misses those promises too.
    std::vector<std::string> missed;
    for (const auto& f : report->indicators) {
        if (f.value.met == false) {
            missed.push_back(f.value.key);
        }
    }
    INFO(fmt::format("{}", fmt::join(missed, " ")));
    CHECK(report->missedCount() == missed.size());
    CHECK(std::ranges::count(missed, "fee_collection_rate") == 1);
    CHECK(std::ranges::count(missed, "well_intact_rate") == 0);

    // The notes in force: the cleared one is gone.
    REQUIRE(report->actions.notes.size() == 1);
    CHECK(report->actions.notes[0].key == "fee_collection_rate");
    CHECK(report->actions.notes[0].text == "逐户催缴");
    CHECK(report->actions.preventiveActions.empty());
    CHECK(report->actions.reports.empty());
}

TEST_CASE("the company view lists every site of the user")
{
    Contract c;
    c.desk.addSite("LC");
    REQUIRE(c.indicators().enterFigure("LC", kMarch, "staff_certified_rate", 40, 42, ""));
    auto all = c.indicators().companyIndicators(kMarch);
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).site.code == "HQ");
    CHECK(all->at(1).site.code == "LC");
    CHECK(all->at(1).trendMonths.empty());
    CHECK(all->at(1).find("staff_certified_rate")->value.met == false);
    CHECK(all->at(0).find("staff_certified_rate")->value.denominator == 0);
}

TEST_CASE("a frozen report is kept as it was and only for its site's users")
{
    Contract c;
    c.desk.addSite("LC");
    refused(c.indicators().freeze("HQ", kMarch, at("2025-04-01 00:00"), ""), ErrorCode::InvalidInput, "data",
            "is empty");
    const std::string data = R"({"format":1,"month":"2025-03"})";
    auto id = c.indicators().freeze("HQ", kMarch, at("2025-04-01 00:00"), data);
    REQUIRE(id);
    c.desk.clock.advance(std::chrono::hours{1});
    REQUIRE(c.indicators().freeze("HQ", kMarch, at("2025-04-05 00:00"), R"({"format":1})"));

    auto list = c.indicators().snapshots("HQ");
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).frozenAt == at("2025-04-05 01:00")); // newest first
    CHECK(list->at(0).data.empty());
    auto stored = c.indicators().snapshot(*id);
    REQUIRE(stored);
    CHECK(stored->data == data);
    CHECK(stored->asOf == at("2025-04-01 00:00"));
    CHECK(stored->frozenBy == "tester");
    CHECK(stored->month == kMarch);

    // A manager of the other site does not see it.
    auto lc = c.desk.ws->sites().get("LC");
    c.desk.ws->context().user = domain::User{"经理", domain::Role::Manager, std::nullopt, std::vector{lc->id}};
    refused(c.indicators().snapshot(*id), ErrorCode::NotFound, "report", "no such frozen report");

    auto trail = c.desk.auditTrail(entity("kpi_report"));
    REQUIRE(trail.size() == 2);
    CHECK(trail[0].summary == "report frozen as of 2025-04-01 00:00");
}
