// The company view: one month for every site of the user side by side, each cell coloured met or missed,
// the missed indicators counted per site, and only the sites the user works at.

#include "gui/companyview.h"
#include "guifixture.h"
#include "rules/indicators.h"
#include "services/workspace.h"

#include <QAbstractItemModel>
#include <QBrush>
#include <QColor>
#include <QLabel>

#include <catch2/catch.hpp>

#include <string>

using namespace propdesk;
using gui::CompanyView;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

void enterFigure(GuiFixture& fixture, std::string_view site, std::string_view key, std::int64_t numerator,
                 std::int64_t denominator)
{
    auto entered = fixture.workspace().indicators().enterFigure(site, date::year{2025} / date::March, key, numerator,
                                                                denominator, "台账");
    INFO((entered ? std::string() : entered.error().describe()));
    REQUIRE(entered);
}

int rowOf(const QAbstractItemModel* model, const char* key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, CompanyView::Name).data(CompanyView::KeyRole).toString() == QLatin1String(key)) {
            return row;
        }
    }
    return -1;
}

int missedAt(GuiFixture& fixture, std::string_view site)
{
    auto report = fixture.workspace().indicators().monthlyIndicators(site, date::year{2025} / date::March, {}, false);
    REQUIRE(report);
    return static_cast<int>(report->missedCount());
}

QString text(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

TEST_CASE("the company view puts the sites side by side with their missed indicators counted")
{
    GuiFixture fixture; // HQ, 2025-04-05: the view opens on March
    fixture.addSite("NB", "北区花园");
    enterFigure(fixture, "HQ", "fee_collection_rate", 90, 100);
    enterFigure(fixture, "NB", "fee_collection_rate", 98, 100);
    enterFigure(fixture, "NB", "building_intact_rate", 97, 100);

    CompanyView view(*fixture.session);
    auto* model = view.model();
    tests::ModelCheck check(model);
    view.refresh();
    CHECK(view.month() == date::year{2025} / date::March);

    REQUIRE(model->columnCount() == CompanyView::FirstSite + 2);
    CHECK(model->headerData(CompanyView::FirstSite, Qt::Horizontal).toString() == QStringLiteral("HQ\n测试小区"));
    CHECK(model->headerData(CompanyView::FirstSite + 1, Qt::Horizontal).toString() == QStringLiteral("NB\n北区花园"));
    const auto catalogueSize = static_cast<int>(rules::indicatorCatalogue().size());
    REQUIRE(model->rowCount() == catalogueSize + 1);

    // The first row counts each site's missed indicators.
    CHECK(text(model, CompanyView::kMissedRow, CompanyView::Name) == QStringLiteral("Missed indicators"));
    const int hqMissed = missedAt(fixture, "HQ");
    const int nbMissed = missedAt(fixture, "NB");
    CHECK(hqMissed >= 1);
    CHECK(nbMissed == hqMissed); // NB misses the building rate instead of the fees
    CHECK(text(model, CompanyView::kMissedRow, CompanyView::FirstSite) == QString::number(hqMissed));
    CHECK(text(model, CompanyView::kMissedRow, CompanyView::FirstSite + 1) == QString::number(nbMissed));

    // Then the catalogue in order.
    CHECK(rowOf(model, "building_intact_rate") == 1);
    CHECK(text(model, 1, CompanyView::Number) == QStringLiteral("1"));
    const int fee = rowOf(model, "fee_collection_rate");
    REQUIRE(fee > 1);
    CHECK(text(model, fee, CompanyView::Name) == QStringLiteral("Fee collection rate"));
    CHECK(text(model, fee, CompanyView::FirstSite) == QStringLiteral("90.00 %"));
    CHECK(model->index(fee, CompanyView::FirstSite).data(CompanyView::MetRole).toInt() == 0);
    CHECK(model->index(fee, CompanyView::FirstSite).data(Qt::BackgroundRole).value<QBrush>().color() ==
          QColor(0xf8, 0xb4, 0xb4));
    CHECK(text(model, fee, CompanyView::FirstSite + 1) == QStringLiteral("98.00 %"));
    CHECK(model->index(fee, CompanyView::FirstSite + 1).data(CompanyView::MetRole).toInt() == 1);
    CHECK(model->index(fee, CompanyView::FirstSite + 1).data(Qt::BackgroundRole).value<QBrush>().color() ==
          QColor(0xc8, 0xe6, 0xc9));

    const int building = rowOf(model, "building_intact_rate");
    CHECK(text(model, building, CompanyView::FirstSite) == QStringLiteral("—"));
    CHECK_FALSE(model->index(building, CompanyView::FirstSite).data(CompanyView::MetRole).isValid());
    CHECK(text(model, building, CompanyView::FirstSite + 1) == QStringLiteral("97.00 %"));
    CHECK(model->index(building, CompanyView::FirstSite + 1).data(CompanyView::MetRole).toInt() == 0);
    CHECK(model->index(building, CompanyView::FirstSite + 1)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Target: ≥ 98 %")));

    CHECK(view.summaryLabel()->text() == QStringLiteral("2025-03 — sites: 2, with missed indicators: 2."));

    SECTION("another month reads again")
    {
        view.setMonth(date::year{2025} / date::February);
        CHECK(text(model, rowOf(model, "fee_collection_rate"), CompanyView::FirstSite) == QStringLiteral("—"));
    }
    CHECK(check.problems().isEmpty());
}

TEST_CASE("the company view shows only the sites the manager works at")
{
    GuiFixture fixture;
    fixture.addSite("NB", "北区花园");
    fixture.addAccount("jingli", "经理", domain::Role::Manager, {"NB"});
    fixture.signIn("jingli");
    CompanyView view(*fixture.session);
    view.refresh();
    REQUIRE(view.model()->columnCount() == CompanyView::FirstSite + 1);
    CHECK(view.model()->headerData(CompanyView::FirstSite, Qt::Horizontal).toString() ==
          QStringLiteral("NB\n北区花园"));
}

TEST_CASE("a role that may not view the KPIs sees no company view")
{
    GuiFixture fixture;
    fixture.addAccount("zhuguan", "主管", domain::Role::Supervisor);
    fixture.signIn("zhuguan");
    CompanyView view(*fixture.session);
    view.refresh();
    CHECK(view.model()->rowCount() == 0);
    CHECK(view.summaryLabel()->text() == QStringLiteral("Your role may not view the KPI reports."));
}
