// The inspection set-up tab: buildings and ground zones added and saved through the service, read back by a new
// view, and a refusal shown beside the table and cell it names.

#include "domain/inspection.h"
#include "gui/inspectionsetupview.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStringList>
#include <QTableWidget>

#include <catch2/catch.hpp>

#include <string>

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;
using View = gui::InspectionSetupView;

namespace {

void setCell(QTableWidget* table, int row, int column, const QVariant& value)
{
    REQUIRE(table->item(row, column));
    table->item(row, column)->setData(Qt::EditRole, value);
}

domain::InspectionSetup stored(GuiFixture& fixture)
{
    auto setup = fixture.workspace().inspections().setup("HQ");
    REQUIRE(setup);
    return *setup;
}

void addTwoBuildingsAndZones(View& view)
{
    view.addBuilding();
    setCell(view.buildingsTable(), 0, View::BuildingName, QStringLiteral("1栋"));
    setCell(view.buildingsTable(), 0, View::BuildingLastFloor, 32);
    setCell(view.buildingsTable(), 0, View::BuildingLifts, 3);
    view.addBuilding();
    setCell(view.buildingsTable(), 1, View::BuildingName, QStringLiteral("商务楼"));
    setCell(view.buildingsTable(), 1, View::BuildingFirstFloor, 3);
    setCell(view.buildingsTable(), 1, View::BuildingLastFloor, 25);
    REQUIRE(view.kindBox(1));
    view.kindBox(1)->setCurrentIndex(view.kindBox(1)->findData(static_cast<int>(domain::BuildingKind::Office)));
    view.addZone();
    setCell(view.zonesTable(), 0, View::ZoneCode, QStringLiteral("N"));
    setCell(view.zonesTable(), 0, View::ZoneName, QStringLiteral("北区中心花园"));
    view.addZone();
    setCell(view.zonesTable(), 1, View::ZoneName, QStringLiteral("南门广场"));
    setCell(view.zonesTable(), 1, View::ZoneArea, 120);
}

} // namespace

TEST_CASE("buildings and ground zones added on the set-up tab are saved and read back")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2026-03-10 09:00"));
    {
        View view(*fixture.session);
        CHECK(view.buildingsTable()->rowCount() == 0);
        CHECK(view.zonesTable()->rowCount() == 0);
        CHECK(view.clusterLimitSpin()->value() == 3);
        CHECK(view.clusterDaysSpin()->value() == 30);
        CHECK(view.rectifyDaysSpin()->value() == 7);
        CHECK(view.warningLimitSpin()->value() == 3);
        REQUIRE_FALSE(view.saveButton()->isHidden());

        addTwoBuildingsAndZones(view);
        // New rows are numbered after the highest number so far and start from the domain's defaults.
        CHECK(view.buildingsTable()->item(1, View::BuildingCode)->text() == QStringLiteral("2"));
        CHECK(view.buildingsTable()->item(0, View::BuildingFirstFloor)->data(Qt::EditRole).toInt() == 2);
        CHECK(view.zonesTable()->item(1, View::ZoneCode)->text() == QStringLiteral("1"));
        CHECK(view.zonesTable()->item(0, View::ZoneArea)->data(Qt::EditRole).toInt() == 80);
        view.clusterLimitSpin()->setValue(4);
        view.rectifyDaysSpin()->setValue(5);
        view.warningLimitSpin()->setValue(2);
        REQUIRE(view.save());
        CHECK(view.errorLabel()->isHidden());
        CHECK(view.buildingsError()->isHidden());
    }

    const auto setup = stored(fixture);
    REQUIRE(setup.buildings.size() == 2);
    CHECK(setup.buildings[0].code == "1");
    CHECK(setup.buildings[0].name == "1栋");
    CHECK(setup.buildings[0].kind == domain::BuildingKind::Residential);
    CHECK(setup.buildings[0].firstStandardFloor == 2);
    CHECK(setup.buildings[0].lastStandardFloor == 32);
    CHECK(setup.buildings[0].lifts == 3);
    CHECK(setup.buildings[1].code == "2");
    CHECK(setup.buildings[1].kind == domain::BuildingKind::Office);
    CHECK(setup.buildings[1].standardFloors() == 23);
    REQUIRE(setup.groundZones.size() == 2);
    CHECK(setup.groundZones[0].code == "N");
    CHECK(setup.groundZones[0].name == "北区中心花园");
    CHECK(setup.groundZones[0].area == 80);
    CHECK(setup.groundZones[1].code == "1");
    CHECK(setup.groundZones[1].area == 120);
    CHECK(setup.clusterLimit == 4);
    CHECK(setup.clusterDays == 30);
    CHECK(setup.monthlyRectifyDays == 5);
    CHECK(setup.warningLimit == 2);

    // A new view reads it back; a zone removed and saved is gone.
    View view(*fixture.session);
    REQUIRE(view.buildingsTable()->rowCount() == 2);
    CHECK(view.buildingsTable()->item(1, View::BuildingName)->text() == QStringLiteral("商务楼"));
    CHECK(view.kindBox(1)->currentText() == QStringLiteral("Office tower"));
    CHECK(view.buildingsTable()->item(1, View::BuildingLastFloor)->data(Qt::EditRole).toInt() == 25);
    REQUIRE(view.zonesTable()->rowCount() == 2);
    CHECK(view.zonesTable()->item(0, View::ZoneName)->text() == QStringLiteral("北区中心花园"));
    CHECK(view.clusterLimitSpin()->value() == 4);
    view.zonesTable()->setCurrentCell(0, View::ZoneCode);
    view.removeZone();
    REQUIRE(view.save());
    const auto after = stored(fixture);
    REQUIRE(after.groundZones.size() == 1);
    CHECK(after.groundZones[0].name == "南门广场");
    CHECK(after.buildings.size() == 2);
}

TEST_CASE("a first standard floor above the last is refused beside the buildings with its cell selected")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2026-03-10 09:00"));
    View view(*fixture.session);
    addTwoBuildingsAndZones(view);
    setCell(view.buildingsTable(), 1, View::BuildingFirstFloor, 26);
    CHECK_FALSE(view.save());
    CHECK_FALSE(view.buildingsError()->isHidden());
    CHECK(view.buildingsError()->text() ==
          QStringLiteral("Building on row 2: the first standard floor is above the last"));
    CHECK(view.zonesError()->isHidden());
    CHECK(view.errorLabel()->isHidden());
    CHECK(view.buildingsTable()->currentRow() == 1);
    CHECK(view.buildingsTable()->currentColumn() == View::BuildingFirstFloor);
    CHECK(stored(fixture).buildings.empty());

    // Two zones with one code: beside the zones.
    setCell(view.buildingsTable(), 1, View::BuildingFirstFloor, 3);
    setCell(view.zonesTable(), 1, View::ZoneCode, QStringLiteral("N"));
    CHECK_FALSE(view.save());
    CHECK(view.buildingsError()->isHidden());
    CHECK(view.zonesError()->text() == QStringLiteral("Zone on row 2: the code 'N' is used twice"));
    CHECK(view.zonesTable()->currentRow() == 1);

    // Revert reads the stored set-up again.
    view.revert();
    CHECK(view.buildingsTable()->rowCount() == 0);
    CHECK(view.zonesError()->isHidden());
}

TEST_CASE("the inspection set-up is read-only for those who may not manage inspections")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2026-03-10 09:00"));
    fixture.addAccount("desk", "前台小王", domain::Role::FrontDesk);
    fixture.signIn("desk");
    View view(*fixture.session);
    CHECK(view.saveButton()->isHidden());
    CHECK_FALSE(view.clusterLimitSpin()->isEnabled());
    CHECK(view.buildingsTable()->editTriggers() == QAbstractItemView::NoEditTriggers);
}

// A screenshot of the tab, for looking at the layout: PROPDESK_H5_SHOTS=DIR test_gui "[inspection-setup-shots]"
TEST_CASE("screenshots of the inspection set-up", "[.][inspection-setup-shots]")
{
    REQUIRE(qEnvironmentVariableIsSet("PROPDESK_H5_SHOTS"));
    const QString dir = qEnvironmentVariable("PROPDESK_H5_SHOTS");
    QDir().mkpath(dir);
    for (const QString& language : QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        tests::LanguageScope scope(language);
        GuiFixture fixture(GuiFixture::Contents::Site, at("2026-03-10 09:00"));
        View view(*fixture.session);
        addTwoBuildingsAndZones(view);
        REQUIRE(view.save());
        setCell(view.buildingsTable(), 1, View::BuildingFirstFloor, 26);
        view.save();
        view.resize(1100, 560);
        view.show();
        QCoreApplication::processEvents();
        if (auto* focus = QApplication::focusWidget()) {
            focus->clearFocus();
        }
        QCoreApplication::processEvents();
        CHECK(view.grab().save(QDir(dir).filePath(QStringLiteral("setup-%1.png").arg(language))));
    }
}
