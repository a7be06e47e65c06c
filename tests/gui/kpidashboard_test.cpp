// The KPI dashboard: every indicator of the month with the missed ones first, exact values, targets and
// verdicts, the drill-down to the late orders, the twelve-month trend, and reading again after a change.

#include "gui/indicatortablemodel.h"
#include "gui/kpidashboard.h"
#include "gui/kpirecordsmodel.h"
#include "gui/qtconvert.h"
#include "gui/trendchart.h"
#include "guifixture.h"
#include "rules/indicators.h"
#include "services/workspace.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QTableView>

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace propdesk;
using gui::IndicatorTableModel;
using gui::KpiRecordsModel;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

// An order of HQ reported at `reported`, arriving `arriveAfter` later and completed an hour after that.
domain::WorkOrder repairOrder(GuiFixture& fixture, std::string_view reported, domain::Seconds arriveAfter)
{
    auto& orders = fixture.workspace().workOrders();
    services::NewWorkOrder request;
    request.siteCode = "HQ";
    request.location = "3-1-201";
    request.category = domain::Category::Plumbing;
    request.urgency = domain::Urgency::Normal;
    request.reporter = "王女士";
    request.description = "厨房水龙头滴水";
    request.reportedAt = at(reported);
    auto logged = orders.log(request);
    INFO((logged ? std::string() : logged.error().describe()));
    REQUIRE(logged);
    const auto id = logged->header.id;
    const domain::Instant start = at(reported);
    REQUIRE(orders.dispatch(id, "李师傅", start + domain::Seconds{5 * 60}));
    REQUIRE(orders.arrive(id, start + arriveAfter));
    auto done = orders.complete(id, "换了阀芯", start + arriveAfter + domain::Seconds{3600});
    INFO((done ? std::string() : done.error().describe()));
    REQUIRE(done);
    return *logged;
}

void enterFigure(GuiFixture& fixture, date::year_month month, std::string_view key, std::int64_t numerator,
                 std::int64_t denominator)
{
    auto entered = fixture.workspace().indicators().enterFigure("HQ", month, key, numerator, denominator, "台账");
    INFO((entered ? std::string() : entered.error().describe()));
    REQUIRE(entered);
}

// March 2025 at HQ: three repairs, one of them 1 h 45 min late to arrive; the fee collection entered for the
// twelve months up to March (97 % each, 90 % in March); the 2025 contract's targets from March.
void marchAtHq(GuiFixture& fixture, std::string& lateCode)
{
    repairOrder(fixture, "2025-03-10 09:00", domain::Seconds{20 * 60});
    lateCode = repairOrder(fixture, "2025-03-12 10:00", domain::Seconds{135 * 60}).header.code;
    repairOrder(fixture, "2025-03-20 14:00", domain::Seconds{25 * 60});
    for (auto month = date::year{2024} / date::April; month < date::year{2025} / date::March;
         month += date::months{1}) {
        enterFigure(fixture, month, "fee_collection_rate", 97, 100);
    }
    enterFigure(fixture, date::year{2025} / date::March, "fee_collection_rate", 90, 100);

    auto targets = rules::defaultIndicatorTargets();
    targets["repair_timeliness"] = domain::KpiTarget{domain::Comparator::AtLeast, 9000};
    targets["fee_collection_rate"] = domain::KpiTarget{domain::Comparator::AtLeast, 9600};
    targets.erase("revisit_rate");
    auto saved = fixture.workspace().indicators().saveTargets("HQ", date::year{2025} / date::March / date::day{1},
                                                              "2025 物业服务合同", targets);
    INFO((saved ? std::string() : saved.error().describe()));
    REQUIRE(saved);
}

QString cellText(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

int rowOf(const QAbstractItemModel* model, const char* key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(IndicatorTableModel::KeyRole).toString() == QLatin1String(key)) {
            return row;
        }
    }
    return -1;
}

int catalogueIndex(const QString& key)
{
    const auto catalogue = rules::indicatorCatalogue();
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        if (gui::qs(catalogue[i].key) == key) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace

TEST_CASE("the dashboard lists the missed indicators first with their values targets and verdicts")
{
    GuiFixture fixture; // 2025-04-05 16:00: the dashboard opens on March
    std::string lateCode;
    marchAtHq(fixture, lateCode);

    gui::KpiDashboard dashboard(*fixture.session);
    auto* model = dashboard.indicatorModel();
    std::optional<tests::ModelCheck> check; // one tester at a time: the records' in the drill-down
    check.emplace(model);
    auto* recordsModel = dashboard.recordsModel();
    dashboard.refresh();
    CHECK(dashboard.month() == date::year{2025} / date::March);

    const auto catalogueSize = static_cast<int>(rules::indicatorCatalogue().size());
    REQUIRE(model->rowCount() == catalogueSize);

    SECTION("missed rows come first and each group keeps the catalogue's order")
    {
        int missed = 0;
        while (missed < model->rowCount() && model->index(missed, 0).data(IndicatorTableModel::MissedRole).toBool()) {
            ++missed;
        }
        CHECK(missed >= 3);
        for (int row = missed; row < model->rowCount(); ++row) {
            INFO("row " << row);
            CHECK_FALSE(model->index(row, 0).data(IndicatorTableModel::MissedRole).toBool());
            CHECK(cellText(model, row, IndicatorTableModel::Verdict) != QStringLiteral("Missed"));
        }
        for (int row = 1; row < model->rowCount(); ++row) {
            if (row == missed) {
                continue; // the groups meet here
            }
            INFO("row " << row);
            CHECK(catalogueIndex(model->index(row - 1, 0).data(IndicatorTableModel::KeyRole).toString()) <
                  catalogueIndex(model->index(row, 0).data(IndicatorTableModel::KeyRole).toString()));
        }
        CHECK(rowOf(model, "repair_timeliness") < missed);
        CHECK(rowOf(model, "fee_collection_rate") < missed);
        CHECK(rowOf(model, "arrival_timeliness") < missed);
        CHECK(rowOf(model, "repair_timeliness") < rowOf(model, "fee_collection_rate"));
        CHECK(rowOf(model, "building_intact_rate") >= missed);
        // A missed row is tinted red.
        const auto tint = model->index(0, IndicatorTableModel::Name).data(Qt::BackgroundRole).value<QBrush>();
        CHECK(tint.color() == QColor(0xfd, 0xe0, 0xe0));
    }

    SECTION("values targets verdicts and figures are exact")
    {
        const int repair = rowOf(model, "repair_timeliness");
        REQUIRE(repair >= 0);
        CHECK(cellText(model, repair, IndicatorTableModel::Number) == QStringLiteral("3"));
        CHECK(cellText(model, repair, IndicatorTableModel::Name) == QStringLiteral("Repair timeliness"));
        CHECK(cellText(model, repair, IndicatorTableModel::Value) == QStringLiteral("66.67 %"));
        CHECK(cellText(model, repair, IndicatorTableModel::Target) == QStringLiteral("≥ 90 %"));
        CHECK(cellText(model, repair, IndicatorTableModel::Verdict) == QStringLiteral("Missed"));
        CHECK(cellText(model, repair, IndicatorTableModel::Figures) == QStringLiteral("2 / 3"));
        CHECK(cellText(model, repair, IndicatorTableModel::Origin) == QStringLiteral("Work orders"));

        const int fee = rowOf(model, "fee_collection_rate");
        REQUIRE(fee >= 0);
        CHECK(cellText(model, fee, IndicatorTableModel::Number) == QStringLiteral("4"));
        CHECK(cellText(model, fee, IndicatorTableModel::Value) == QStringLiteral("90.00 %"));
        CHECK(cellText(model, fee, IndicatorTableModel::Target) == QStringLiteral("≥ 96 %"));
        CHECK(cellText(model, fee, IndicatorTableModel::Verdict) == QStringLiteral("Missed"));
        CHECK(cellText(model, fee, IndicatorTableModel::Figures) == QStringLiteral("90 / 100"));
        CHECK(cellText(model, fee, IndicatorTableModel::Origin) == QStringLiteral("Entered monthly"));

        // A module's own indicator has no commitment number.
        const int arrival = rowOf(model, "arrival_timeliness");
        REQUIRE(arrival >= 0);
        CHECK(cellText(model, arrival, IndicatorTableModel::Number).isEmpty());
        CHECK(cellText(model, arrival, IndicatorTableModel::Value) == QStringLiteral("66.67 %"));

        // The contract promises no revisit rate: no verdict, even at 0 %.
        const int revisit = rowOf(model, "revisit_rate");
        CHECK(cellText(model, revisit, IndicatorTableModel::Value) == QStringLiteral("0.00 %"));
        CHECK(cellText(model, revisit, IndicatorTableModel::Target) == QStringLiteral("—"));
        CHECK(cellText(model, revisit, IndicatorTableModel::Verdict) == QStringLiteral("No target"));

        // Nothing entered: no figure, no verdict, a grey row.
        const int building = rowOf(model, "building_intact_rate");
        CHECK(cellText(model, building, IndicatorTableModel::Value) == QStringLiteral("—"));
        CHECK(cellText(model, building, IndicatorTableModel::Target) == QStringLiteral("≥ 98 %"));
        CHECK(cellText(model, building, IndicatorTableModel::Verdict) == QStringLiteral("No data"));
        CHECK(cellText(model, building, IndicatorTableModel::Figures) == QStringLiteral("—"));
        const auto grey =
            model->index(building, IndicatorTableModel::Name).data(Qt::ForegroundRole).value<QBrush>().color();
        CHECK(grey == QColor(0x80, 0x80, 0x80));

        CHECK(dashboard.summaryLabel()->text().contains(QStringLiteral("2025 物业服务合同")));
    }

    SECTION("selecting the late indicator lists the late order and by how much")
    {
        check.reset();
        check.emplace(recordsModel);
        dashboard.selectIndicator(QStringLiteral("arrival_timeliness"));
        CHECK(dashboard.selectedIndicator() == QStringLiteral("arrival_timeliness"));
        REQUIRE(recordsModel->rowCount() == 1);
        CHECK(cellText(recordsModel, 0, KpiRecordsModel::Subject) == QStringLiteral("Work order"));
        CHECK(cellText(recordsModel, 0, KpiRecordsModel::Code) == gui::qs(lateCode));
        CHECK(cellText(recordsModel, 0, KpiRecordsModel::Location) == QStringLiteral("3-1-201"));
        CHECK(cellText(recordsModel, 0, KpiRecordsModel::Outcome) == QStringLiteral("Late"));
        CHECK(cellText(recordsModel, 0, KpiRecordsModel::Rule) == QStringLiteral("wo-arrival"));
        CHECK(cellText(recordsModel, 0, KpiRecordsModel::Deadline) ==
              gui::formatInstant(at("2025-03-12 10:30"), fixture.session->zone()));
        CHECK(cellText(recordsModel, 0, KpiRecordsModel::OverBy) == QStringLiteral("1 h 45 min"));
        CHECK(recordsModel->index(0, KpiRecordsModel::OverBy).data(KpiRecordsModel::OverBySecondsRole).toLongLong() ==
              105 * 60);

        // The repair timeliness names the same order, late at its arrival.
        dashboard.selectIndicator(QStringLiteral("repair_timeliness"));
        REQUIRE(recordsModel->rowCount() == 1);
        CHECK(cellText(recordsModel, 0, KpiRecordsModel::Code) == gui::qs(lateCode));
        CHECK(cellText(recordsModel, 0, KpiRecordsModel::OverBy) == QStringLiteral("1 h 45 min"));
        CHECK(cellText(recordsModel, 0, KpiRecordsModel::Detail) == QStringLiteral("arrival"));
    }

    SECTION("the trend shows twelve months with the target as a line")
    {
        dashboard.selectIndicator(QStringLiteral("fee_collection_rate"));
        auto* chart = dashboard.trendChart();
        CHECK(chart->monthLabels().size() == 12);
        CHECK(chart->monthLabels().front() == QLocale().toString(QDate(2024, 4, 1), QStringLiteral("MMM")));
        CHECK(chart->monthLabels().back() == QLocale().toString(QDate(2025, 3, 1), QStringLiteral("MMM")));
        CHECK(chart->periodText() == QStringLiteral("2024-04 – 2025-03"));
        REQUIRE(chart->pointCount() == 12);
        const auto values = chart->values();
        CHECK(values.front() == Approx(97.0));
        CHECK(values.back() == Approx(90.0));
        REQUIRE(chart->targetSeries());
        CHECK(chart->targetSeries()->at(0).y() == Approx(96.0));
        // The sparkline column carries the same twelve rates.
        const int fee = rowOf(model, "fee_collection_rate");
        const auto rates = model->index(fee, IndicatorTableModel::Trend).data(IndicatorTableModel::TrendRole).toList();
        REQUIRE(rates.size() == 12);
        CHECK(rates.back().toDouble() == Approx(90.0));

        // Repairs only in March: one point, the other months break the line.
        dashboard.selectIndicator(QStringLiteral("repair_timeliness"));
        CHECK(chart->pointCount() == 1);
        CHECK(chart->values().front() == Approx(200.0 / 3.0));
    }

    SECTION("another month has its own figures and the targets in force then")
    {
        dashboard.selectIndicator(QStringLiteral("fee_collection_rate"));
        dashboard.setMonth(date::year{2025} / date::February);
        const int fee = rowOf(model, "fee_collection_rate");
        CHECK(cellText(model, fee, IndicatorTableModel::Value) == QStringLiteral("97.00 %"));
        CHECK(cellText(model, fee, IndicatorTableModel::Target) == QStringLiteral("≥ 95 %")); // the default
        CHECK(cellText(model, fee, IndicatorTableModel::Verdict) == QStringLiteral("Met"));
        const int repair = rowOf(model, "repair_timeliness");
        CHECK(cellText(model, repair, IndicatorTableModel::Value) == QStringLiteral("—"));
        CHECK(cellText(model, repair, IndicatorTableModel::Verdict) == QStringLiteral("No data"));
        CHECK(dashboard.summaryLabel()->text().contains(QStringLiteral("default targets")));
        // The selection survives the change of month.
        CHECK(dashboard.selectedIndicator() == QStringLiteral("fee_collection_rate"));
    }

    CHECK(check->problems().isEmpty());
}

TEST_CASE("the dashboard reads again when a figure is corrected while it is shown")
{
    GuiFixture fixture;
    std::string lateCode;
    marchAtHq(fixture, lateCode);
    gui::KpiDashboard dashboard(*fixture.session);
    dashboard.resize(1200, 700);
    dashboard.show();
    auto* model = dashboard.indicatorModel();
    REQUIRE(model->rowCount() > 0); // shown: read at once
    dashboard.selectIndicator(QStringLiteral("fee_collection_rate"));
    CHECK(cellText(model, rowOf(model, "fee_collection_rate"), IndicatorTableModel::Verdict) ==
          QStringLiteral("Missed"));

    fixture.clock.advance(domain::Seconds{60});
    enterFigure(fixture, date::year{2025} / date::March, "fee_collection_rate", 97, 100);
    fixture.session->notifyCommitmentsChanged();

    const int fee = rowOf(model, "fee_collection_rate");
    CHECK(cellText(model, fee, IndicatorTableModel::Value) == QStringLiteral("97.00 %"));
    CHECK(cellText(model, fee, IndicatorTableModel::Verdict) == QStringLiteral("Met"));
    CHECK_FALSE(model->index(fee, 0).data(IndicatorTableModel::MissedRole).toBool());
    CHECK(dashboard.selectedIndicator() == QStringLiteral("fee_collection_rate"));
    CHECK(dashboard.trendChart()->values().back() == Approx(97.0));
}

TEST_CASE("a role that may not view the KPIs sees why and no figures")
{
    GuiFixture fixture;
    fixture.addAccount("zhuguan", "主管", domain::Role::Supervisor);
    fixture.signIn("zhuguan");
    gui::KpiDashboard dashboard(*fixture.session);
    dashboard.refresh();
    CHECK(dashboard.indicatorModel()->rowCount() == 0);
    CHECK(dashboard.summaryLabel()->text() == QStringLiteral("Your role may not view the KPI reports."));
    CHECK(dashboard.recordsModel()->rowCount() == 0);
}
