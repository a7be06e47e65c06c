// The inspection templates tab: the version of each area type in force today, a new version saved for next
// month that leaves this month's sheets on the old items, item editing (add, move, remove) and refusals shown
// beside the field they name.

#include "domain/inspection.h"
#include "gui/inspectiontemplatedialog.h"
#include "gui/inspectiontemplatesview.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringList>
#include <QTableWidget>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;
using propdesk::tests::whileModal;
using View = gui::InspectionTemplatesView;
using Dialog = gui::InspectionTemplateDialog;

namespace {

const domain::Date kToday{date::year{2026} / 3 / 10};
const domain::Date kNextMonth{date::year{2026} / 4 / 1};

domain::InspectionTemplate defaultOf(domain::AreaType area)
{
    for (auto& t : domain::defaultInspectionTemplates(domain::SiteId{})) {
        if (t.area == area) {
            return t;
        }
    }
    FAIL("no default template");
    return {};
}

domain::InspectionTemplate inForce(GuiFixture& fixture, domain::AreaType area, domain::Date day)
{
    auto templates = fixture.workspace().inspections().templatesInForce("HQ", day);
    REQUIRE(templates);
    const auto it = std::find_if(templates->begin(), templates->end(), [&](const auto& t) { return t.area == area; });
    REQUIRE(it != templates->end());
    return *it;
}

std::vector<std::string> codes(const domain::InspectionTemplate& tmpl)
{
    std::vector<std::string> out;
    for (const auto& item : tmpl.items) {
        out.push_back(item.code);
    }
    return out;
}

void setCell(QTableWidget* table, int row, int column, const QVariant& value)
{
    REQUIRE(table->item(row, column));
    table->item(row, column)->setData(Qt::EditRole, value);
}

} // namespace

TEST_CASE("a template version saved for next month leaves this month's sheets on the items in force")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2026-03-10 09:00"));
    View view(*fixture.session);
    const auto ground = defaultOf(domain::AreaType::Ground);
    const int defaultCount = static_cast<int>(ground.items.size());
    REQUIRE(defaultCount >= 2);

    // Every area type has its built-in template in force.
    REQUIRE(view.areaTable()->rowCount() == static_cast<int>(domain::allAreaTypes().size()));
    CHECK(view.areaTable()->item(0, View::AreaEffective)->text() == QStringLiteral("Built-in default"));
    CHECK(view.areaTable()->item(0, View::AreaItems)->text() == QStringLiteral("%1 items").arg(defaultCount));
    CHECK(view.areaTable()->item(0, View::AreaNext)->text().isEmpty());
    view.selectArea(domain::AreaType::Ground);
    REQUIRE(view.versionTable()->rowCount() == 1);
    CHECK(view.itemTable()->rowCount() == defaultCount);
    CHECK(view.itemTable()->item(0, View::ItemCode)->text() == QString::fromStdString(ground.items[0].code));
    REQUIRE(view.newVersionButton()->isEnabled());

    // A new version from next month: a drain grate added and moved up to second place, the first item's weight
    // raised, the last item removed.
    bool saved = false;
    const bool driven = whileModal<Dialog>(
        [&](Dialog* dialog) {
            CHECK(dialog->itemTable()->rowCount() == defaultCount);
            CHECK(dialog->effectiveEdit()->date() == QDate(2026, 3, 11)); // tomorrow unless told otherwise
            dialog->nameEdit()->setText(QStringLiteral("首层地面及绿化带（2026版）"));
            dialog->effectiveEdit()->setDate(QDate(2026, 4, 1));
            setCell(dialog->itemTable(), 0, Dialog::ItemWeight, 100);
            dialog->itemTable()->setCurrentCell(defaultCount - 1, Dialog::ItemCode);
            dialog->removeItem();
            domain::CheckItem grate;
            grate.code = "G9";
            grate.text = "雨水篦子";
            grate.standard = "无堵塞、无垃圾";
            grate.unit = domain::WeightUnit::Count;
            grate.weight = 6;
            dialog->addItem(grate);
            const int last = dialog->itemTable()->rowCount() - 1;
            for (int row = last; row > 1; --row) {
                dialog->itemTable()->setCurrentCell(row, Dialog::ItemCode);
                dialog->moveItem(-1);
            }
            CHECK(dialog->itemTable()->currentRow() == 1);
            dialog->accept();
            saved = dialog->result().has_value();
            if (!saved) {
                INFO(dialog->formError()->text().toStdString() + dialog->itemsError()->text().toStdString());
                dialog->reject();
            }
        },
        [&] { view.newVersion(); });
    REQUIRE(driven);
    REQUIRE(saved);

    // This month keeps the built-in items; next month has the new version.
    const auto now = inForce(fixture, domain::AreaType::Ground, kToday);
    CHECK(now.id.value == 0);
    CHECK(codes(now) == codes(ground));
    CHECK(now.items[0].weight == ground.items[0].weight);
    const auto next = inForce(fixture, domain::AreaType::Ground, kNextMonth);
    CHECK(next.id.value != 0);
    CHECK(next.name == "首层地面及绿化带（2026版）");
    REQUIRE(next.items.size() == ground.items.size());
    CHECK(next.items[0].code == ground.items[0].code);
    CHECK(next.items[0].weight == 100);
    CHECK(next.items[1].code == "G9");
    CHECK(next.items[1].unit == domain::WeightUnit::Count);
    CHECK(next.items[1].weight == 6);
    CHECK(next.items.back().code == ground.items[ground.items.size() - 2].code);

    // Today's sheet is made from the items in force today.
    auto sheet =
        fixture.workspace().inspections().startDailySheet("HQ", kToday, domain::AreaType::Ground, "北区", "李主管");
    INFO((sheet ? std::string() : sheet.error().describe()));
    REQUIRE(sheet);
    REQUIRE(sheet->sheet.lines.size() == ground.items.size());
    CHECK(sheet->sheet.lines[0].item.weight == ground.items[0].weight);
    CHECK(sheet->sheet.lines[1].item.code == ground.items[1].code);

    // The tab shows the change to come and both versions, the built-in one in force.
    CHECK(view.areaTable()->item(0, View::AreaEffective)->text() == QStringLiteral("Built-in default"));
    CHECK(view.areaTable()->item(0, View::AreaNext)->text().startsWith(QStringLiteral("New version from ")));
    CHECK(view.summaryLabel()->text().contains(QStringLiteral("1 change to come.")));
    view.selectArea(domain::AreaType::Ground);
    REQUIRE(view.versionTable()->rowCount() == 2);
    CHECK(view.versionTable()->item(0, View::VersionEffective)->text() ==
          QStringLiteral("Built-in default (in force)"));
    CHECK(view.versionTable()->item(1, View::VersionEffective)->text().endsWith(QStringLiteral("(to come)")));
    CHECK(view.versionTable()->item(1, View::VersionName)->text() == QStringLiteral("首层地面及绿化带（2026版）"));
    CHECK(view.versionTable()->currentRow() == 0);
    view.versionTable()->setCurrentCell(1, 0);
    REQUIRE(view.itemTable()->rowCount() == defaultCount);
    CHECK(view.itemTable()->item(1, View::ItemCode)->text() == QStringLiteral("G9"));
    CHECK(view.itemTable()->item(1, View::ItemText)->text() == QStringLiteral("雨水篦子"));

    // Once next month comes, the new version is in force.
    fixture.clock.set(at("2026-04-01 08:00"));
    view.reload();
    CHECK(view.areaTable()->item(0, View::AreaName)->text() == QStringLiteral("首层地面及绿化带（2026版）"));
    CHECK(view.areaTable()->item(0, View::AreaNext)->text().isEmpty());
}

TEST_CASE("a template version the service refuses stays open with the reason beside the field")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2026-03-10 09:00"));
    const auto floors = defaultOf(domain::AreaType::StandardFloors);
    REQUIRE(floors.items.size() >= 3);
    Dialog dialog(*fixture.session, inForce(fixture, domain::AreaType::StandardFloors, kToday));
    auto* items = dialog.itemTable();
    REQUIRE(items->rowCount() == static_cast<int>(floors.items.size()));

    // No name.
    dialog.nameEdit()->setText(QStringLiteral("  "));
    dialog.accept();
    CHECK_FALSE(dialog.result());
    CHECK_FALSE(dialog.nameError()->isHidden());
    CHECK(dialog.nameError()->text() == QStringLiteral("the name is empty"));
    CHECK(dialog.itemsError()->isHidden());
    CHECK(dialog.formError()->isHidden());

    // The second item with the first one's code: the row is selected and named.
    dialog.nameEdit()->setText(QStringLiteral("标准层"));
    items->item(1, Dialog::ItemCode)->setText(items->item(0, Dialog::ItemCode)->text());
    dialog.accept();
    CHECK_FALSE(dialog.result());
    CHECK(dialog.nameError()->isHidden());
    CHECK_FALSE(dialog.itemsError()->isHidden());
    CHECK(dialog.itemsError()->text() ==
          QStringLiteral("Item 2: the code '%1' is used twice").arg(QString::fromStdString(floors.items[0].code)));
    CHECK(items->currentRow() == 1);
    CHECK(items->currentColumn() == Dialog::ItemCode);

    // A weight of 0 on the third.
    items->item(1, Dialog::ItemCode)->setText(QString::fromStdString(floors.items[1].code));
    setCell(items, 2, Dialog::ItemWeight, 0);
    dialog.accept();
    CHECK_FALSE(dialog.result());
    CHECK(dialog.itemsError()->text() == QStringLiteral("Item 3: must be at least 1"));
    CHECK(items->currentRow() == 2);
    CHECK(items->currentColumn() == Dialog::ItemWeight);

    // A row added and left empty is ignored; both "only" boxes at once are refused beside the sample rule.
    setCell(items, 2, Dialog::ItemWeight, 2);
    dialog.addItem(domain::CheckItem{});
    items->item(items->rowCount() - 1, Dialog::ItemWeight)->setData(Qt::EditRole, 1);
    dialog.scopeBox()->setCurrentIndex(dialog.scopeBox()->findText(QStringLiteral("Each building")));
    REQUIRE(dialog.floorsSpin()->isEnabled());
    dialog.floorsSpin()->setValue(4);
    dialog.officesOnlyCheck()->setChecked(true);
    dialog.residentialOnlyCheck()->setChecked(true);
    dialog.accept();
    CHECK_FALSE(dialog.result());
    CHECK(dialog.itemsError()->isHidden());
    CHECK_FALSE(dialog.sampleError()->isHidden());

    // Nothing was stored until the form is right.
    auto stored = fixture.workspace().inspections().templates("HQ");
    REQUIRE(stored);
    CHECK(std::all_of(stored->begin(), stored->end(), [](const auto& t) { return t.id.value == 0; }));

    dialog.residentialOnlyCheck()->setChecked(false);
    dialog.accept();
    REQUIRE(dialog.result());
    CHECK(dialog.sampleError()->isHidden());
    CHECK(dialog.result()->items.size() == floors.items.size());
    CHECK(dialog.result()->sample.scope == domain::SampleScope::EachBuilding);
    CHECK(dialog.result()->sample.floors == 4);
    CHECK(dialog.result()->sample.officesOnly);
    CHECK(dialog.result()->effectiveFrom == domain::Date{date::year{2026} / 3 / 11});
}

TEST_CASE("the templates tab offers no editing to those who may not manage inspections")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2026-03-10 09:00"));
    fixture.addAccount("desk", "前台小王", domain::Role::FrontDesk);
    fixture.signIn("desk");
    View view(*fixture.session);
    CHECK(view.areaTable()->rowCount() == static_cast<int>(domain::allAreaTypes().size()));
    CHECK(view.newVersionButton()->isHidden());
    CHECK_FALSE(view.newVersionButton()->isEnabled());
}

namespace {

void shot(QWidget& widget, const QString& name, QSize size)
{
    const QString dir = qEnvironmentVariable("PROPDESK_H5_SHOTS");
    QDir().mkpath(dir);
    widget.resize(size);
    widget.show();
    QCoreApplication::processEvents();
    if (auto* focus = QApplication::focusWidget()) {
        focus->clearFocus();
    }
    QCoreApplication::processEvents();
    CHECK(widget.grab().save(QDir(dir).filePath(name)));
}

} // namespace

// Screenshots of the templates tab and the editor, for looking at the layout:
//   PROPDESK_H5_SHOTS=DIR test_gui "[inspection-templates-shots]"
TEST_CASE("screenshots of the inspection templates", "[.][inspection-templates-shots]")
{
    REQUIRE(qEnvironmentVariableIsSet("PROPDESK_H5_SHOTS"));
    for (const QString& language : QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        tests::LanguageScope scope(language);
        GuiFixture fixture(GuiFixture::Contents::Site, at("2026-03-10 09:00"));
        auto next = inForce(fixture, domain::AreaType::StandardFloors, kToday);
        next.effectiveFrom = kNextMonth;
        next.sample.floors = 10;
        REQUIRE(fixture.workspace().inspections().saveTemplate("HQ", next));
        View view(*fixture.session);
        view.selectArea(domain::AreaType::StandardFloors);
        shot(view, QStringLiteral("templates-%1.png").arg(language), QSize(1100, 620));
        Dialog dialog(*fixture.session, inForce(fixture, domain::AreaType::Ground, kToday));
        dialog.nameEdit()->clear();
        dialog.accept();
        setCell(dialog.itemTable(), 1, Dialog::ItemWeight, 0);
        shot(dialog, QStringLiteral("template-dialog-%1.png").arg(language), dialog.size());
        dialog.nameEdit()->setText(QStringLiteral("x"));
        dialog.accept();
        shot(dialog, QStringLiteral("template-dialog-error-%1.png").arg(language), dialog.size());
        dialog.reject();
    }
}
