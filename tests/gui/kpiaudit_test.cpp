// The audit viewer's names for the KPI records (issue #8): target versions, entered figures, corrective-action
// notes and frozen reports; a version's targets named by their indicators and shown in their units; the
// services' summaries in Chinese. The entries are made through the services, so a wording changed there fails
// here.

#include "domain/audit.h"
#include "gui/auditlabels.h"
#include "gui/qtconvert.h"
#include "guifixture.h"
#include "rules/indicators.h"
#include "services/auditservice.h"
#include "services/workspace.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>

using namespace propdesk;
using propdesk::tests::GuiFixture;

namespace {

const std::string_view kEntities[] = {"kpi_targets", "kpi_figure", "kpi_note", "kpi_report"};

constexpr date::year_month kMarch = date::year{2025} / date::March;

// Targets, a figure and its correction, a note and its clearing, a frozen report.
void makeEntries(GuiFixture& fx)
{
    auto& indicators = fx.workspace().indicators();
    auto targets = rules::defaultIndicatorTargets();
    targets.erase("building_intact_rate");
    REQUIRE(
        indicators.saveTargets("HQ", domain::Date{date::year{2025}, date::May, date::day{1}}, "2025 合同", targets));
    REQUIRE(indicators.enterFigure("HQ", kMarch, "building_intact_rate", 490, 500, "巡查"));
    REQUIRE(indicators.enterFigure("HQ", kMarch, "building_intact_rate", 495, 500, "巡查"));
    REQUIRE(indicators.setNote("HQ", kMarch, "building_intact_rate", "外墙修补"));
    REQUIRE(indicators.setNote("HQ", kMarch, "building_intact_rate", ""));
    REQUIRE(indicators.freeze("HQ", kMarch, tests::at("2025-04-05 16:00"), "{}"));
}

std::vector<domain::AuditEntry> entriesOf(GuiFixture& fx, std::string_view entity)
{
    domain::AuditFilter filter;
    filter.entity = std::string(entity);
    auto found = fx.workspace().audit().find(filter);
    REQUIRE(found);
    return *found;
}

} // namespace

TEST_CASE("the audit trail names the KPI records and their fields")
{
    const auto zone = tests::zone();
    for (const auto entity : kEntities) {
        INFO(std::string(entity));
        CHECK(std::find(gui::auditEntities().begin(), gui::auditEntities().end(), entity) !=
              gui::auditEntities().end());
        CHECK(gui::auditEntityLabel(entity) != gui::qs(entity));
    }
    CHECK(gui::auditEntityLabel("kpi_targets") == QStringLiteral("KPI targets"));
    CHECK(gui::auditEntityLabel("kpi_note") == QStringLiteral("Corrective action"));
    CHECK(gui::auditFieldLabel("numerator") == QStringLiteral("Numerator"));
    CHECK(gui::auditFieldLabel("denominator") == QStringLiteral("Denominator"));
    CHECK(gui::auditFieldLabel("contract") == QStringLiteral("Contract"));
    CHECK(gui::auditFieldLabel("note") == QStringLiteral("Note"));
    CHECK(gui::auditFieldLabel("text") == QStringLiteral("Text"));
    CHECK(gui::auditFieldLabel("building_intact_rate") == QStringLiteral("Building intact rate"));
    // Every indicator of the catalogue has a label, not its key.
    for (const auto& def : rules::indicatorCatalogue()) {
        INFO(std::string(def.key));
        CHECK(gui::auditFieldLabel(def.key) != gui::qs(def.key));
    }
    CHECK(gui::auditValueText("building_intact_rate", ">= 9800", zone) == QStringLiteral("≥ 98 %"));
    CHECK(gui::auditValueText("fire_rate", "< 5", zone) == QStringLiteral("< 0.5 ‰"));
    CHECK(gui::auditValueText("rework_rate", "<= 100", zone) == QStringLiteral("≤ 1 %"));
    CHECK(gui::auditValueText("satisfaction_rate", "none", zone) == QStringLiteral("No target"));
    CHECK(gui::auditValueText("numerator", "490", zone) == QStringLiteral("490"));
    CHECK(gui::auditSummaryText("targets from 2025-05-01") == QStringLiteral("targets from 2025-05-01"));
    CHECK(gui::auditSummaryText("490/500") == QStringLiteral("490/500"));
}

TEST_CASE("the services' KPI audit entries read in Chinese")
{
    GuiFixture fx;
    makeEntries(fx);
    const auto zone = tests::zone();
    tests::LanguageScope chinese(QStringLiteral("zh_CN"));

    CHECK(gui::auditEntityLabel("kpi_targets") == QStringLiteral("KPI目标值"));
    CHECK(gui::auditEntityLabel("kpi_figure") == QStringLiteral("指标录入"));
    CHECK(gui::auditEntityLabel("kpi_note") == QStringLiteral("整改措施"));
    CHECK(gui::auditEntityLabel("kpi_report") == QStringLiteral("冻结报告"));
    CHECK(gui::auditFieldLabel("numerator") == QStringLiteral("分子"));
    CHECK(gui::auditFieldLabel("denominator") == QStringLiteral("分母"));
    CHECK(gui::auditFieldLabel("contract") == QStringLiteral("合同"));
    CHECK(gui::auditFieldLabel("building_intact_rate") == QStringLiteral("房屋完好率"));

    const auto targets = entriesOf(fx, "kpi_targets");
    REQUIRE(targets.size() == 1);
    CHECK(gui::auditSummaryText(targets.front().summary) == QStringLiteral("目标值自 2025-05-01 起生效"));
    bool building = false;
    for (const auto& change : targets.front().changes) {
        if (change.field == "building_intact_rate") {
            building = true;
            CHECK(gui::auditValueText(change.field, change.after, zone) == QStringLiteral("无目标"));
        }
        if (change.field == "satisfaction_rate") {
            CHECK(gui::auditValueText(change.field, change.after, zone) == QStringLiteral("≥ 85 %"));
        }
    }
    CHECK(building);

    const auto figures = entriesOf(fx, "kpi_figure");
    REQUIRE(figures.size() == 2);
    QStringList summaries;
    for (const auto& e : figures) {
        summaries << gui::auditSummaryText(e.summary);
    }
    summaries.sort();
    CHECK(summaries == QStringList{QStringLiteral("490/500"), QStringLiteral("495/500")});

    const auto notes = entriesOf(fx, "kpi_note");
    REQUIRE(notes.size() == 2);
    summaries.clear();
    for (const auto& e : notes) {
        summaries << gui::auditSummaryText(e.summary);
    }
    summaries.sort();
    CHECK(summaries == QStringList{QStringLiteral("已清除整改措施"), QStringLiteral("已记录整改措施")});

    const auto reports = entriesOf(fx, "kpi_report");
    REQUIRE(reports.size() == 1);
    CHECK(gui::auditSummaryText(reports.front().summary) == QStringLiteral("报告已冻结，数据截至 2025-04-05 16:00"));
}
