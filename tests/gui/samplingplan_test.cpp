// The monthly sample (月检) and the supervisor's review through the widgets (issue #7): the plan of a month
// from the default templates over three buildings and two ground zones, its rotation to the next month,
// recording a target's sheet and filling it in the sheet editor, and the day's review listing the sheets
// with their failures and nonconformances; in the page a sheet opened from the plan shows in the sheet tab.

#include "domain/inspection.h"
#include "gui/dailysheetview.h"
#include "gui/desktop.h"
#include "gui/inspectionlabels.h"
#include "gui/inspectionreviewview.h"
#include "gui/inspectionspage.h"
#include "gui/mainwindow.h"
#include "gui/samplingplanview.h"
#include "gui/sheetmodel.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QAction>
#include <QDateEdit>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace propdesk;
using gui::SamplingPlanView;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

// The day of the tests as the locale writes it (the suite runs in the system's locale or in en_US).
QString shortDate()
{
    return QLocale().toString(QDate(2025, 4, 5), QLocale::ShortFormat);
}

QString text(QTableWidget* table, int row, int column)
{
    const auto* item = table->item(row, column);
    return item ? item->text() : QString();
}

domain::Building building(const char* code, const char* name, domain::BuildingKind kind, int first, int last)
{
    domain::Building b;
    b.code = code;
    b.name = name;
    b.kind = kind;
    b.firstStandardFloor = first;
    b.lastStandardFloor = last;
    return b;
}

void saveSetup(GuiFixture& f)
{
    auto setup = f.workspace().inspections().setup("HQ");
    REQUIRE(setup);
    setup->buildings.push_back(building("1", "1栋", domain::BuildingKind::Residential, 2, 18));
    setup->buildings.push_back(building("2", "2栋", domain::BuildingKind::Residential, 2, 18));
    setup->buildings.push_back(building("A", "A座", domain::BuildingKind::Office, 3, 22));
    domain::GroundZone north;
    north.code = "N";
    north.name = "北区中心花园";
    north.area = 80;
    domain::GroundZone south;
    south.code = "S";
    south.name = "南区广场";
    south.area = 120;
    setup->groundZones = {north, south};
    auto saved = f.workspace().inspections().saveSetup("HQ", *setup);
    INFO((saved ? std::string() : saved.error().describe()));
    REQUIRE(saved);
    f.session->notifyInspectionsChanged();
}

} // namespace

TEST_CASE("the sampling plan lists the month's targets rotates them and records a target's sheet", "[sampling]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 09:00"));
    saveSetup(f);
    SamplingPlanView plan(*f.session);
    auto* table = plan.table();

    // April 2025 (month number 24303): the second zone, buildings 1 and 2 for the lobbies and roofs, eight
    // standard floors spread over each residential building and ten over the office tower.
    REQUIRE(table->rowCount() == 14);
    CHECK(text(table, 0, 0) == "Ground and green belts");
    CHECK(text(table, 0, 1) == "南区广场 (120 m²)");
    CHECK(text(table, 1, 1) == "1栋");
    CHECK(text(table, 2, 1) == "2栋");
    CHECK(text(table, 3, 0) == "Standard floors");
    CHECK(text(table, 3, 1) == "1栋 3、5、7、9、12、14、16、18层");
    CHECK(text(table, 3, 2) == "3, 5, 7, 9, 12, 14, 16, 18");
    CHECK(text(table, 5, 0) == "Office floors");
    CHECK(text(table, 5, 1) == "A座 4、6、8、10、12、14、16、18、20、22层");
    CHECK(text(table, 6, 0) == "Drains and wells");
    CHECK(text(table, 12, 1) == "A座 3、6、8、11、13、16、18、21层");
    CHECK(text(table, 13, 0) == "Refuse points");
    for (int row = 0; row < table->rowCount(); ++row) {
        CHECK(text(table, row, 3) == "not yet");
    }
    CHECK(plan.summaryLabel()->text() == "Sample of April 2025: 0 of 14 targets recorded, 0 signed off");
    CHECK_FALSE(plan.notesLabel()->isVisibleTo(&plan));

    // Recording the first target starts its sheet and asks for it to be opened.
    std::vector<domain::SheetId> opened;
    QObject::connect(&plan, &SamplingPlanView::openSheetRequested, &plan,
                     [&](domain::SheetId sheet) { opened.push_back(sheet); });
    const auto id = plan.record(0);
    REQUIRE(id);
    REQUIRE(opened.size() == 1);
    CHECK(opened[0] == *id);
    CHECK(text(table, 0, 3) == shortDate() + " · Draft");
    CHECK(text(table, 0, 4) == "测试员");
    CHECK(plan.summaryLabel()->text() == "Sample of April 2025: 1 of 14 targets recorded, 0 signed off");
    table->selectRow(0);
    CHECK(plan.findChild<QPushButton*>(QStringLiteral("planOpenSheet"))->isEnabled());
    CHECK_FALSE(plan.findChild<QPushButton*>(QStringLiteral("planRecord"))->isEnabled());
    // A target has one sheet.
    CHECK_FALSE(plan.record(0));
    CHECK(plan.errorLabel()->text() == "target: this target has a sheet already");

    // Filled in the sheet editor like a daily sheet.
    gui::DailySheetView sheet(*f.session);
    sheet.openSheet(*id);
    CHECK(sheet.titleLabel()->text() == "Monthly sample · Ground and green belts · 南区广场 (120 m²) · " + shortDate());
    REQUIRE(sheet.linesModel()->rowCount() == 6);
    for (int row = 0; row < 6; ++row) {
        REQUIRE(sheet.setLine(row, row == 1 ? domain::ItemResult::Fail : domain::ItemResult::Pass,
                              row == 1 ? QStringLiteral("绿化带内有枯枝") : QString()));
    }
    REQUIRE(sheet.sign());
    CHECK(text(table, 0, 3) == shortDate() + " · Signed");
    CHECK(text(table, 0, 5) == "400/480 · 1 failed");
    CHECK(plan.summaryLabel()->text() == "Sample of April 2025: 1 of 14 targets recorded, 1 signed off");
    // A monthly nonconformance has the set-up's seven days.
    auto stored = f.workspace().inspections().sheet(*id);
    REQUIRE(stored);
    REQUIRE(*stored);
    REQUIRE((*stored)->nonconformances.size() == 1);
    CHECK((*stored)->nonconformances[0].source == domain::SheetKind::Monthly);
    CHECK(f.session->zone().localDate((*stored)->nonconformances[0].deadline) ==
          domain::Date{date::year{2025} / 4 / 12});

    // May: the other zone, the floors moved up by one; nothing recorded, and not before May.
    plan.monthEdit()->setDate(QDate(2025, 5, 1));
    REQUIRE(table->rowCount() == 14);
    CHECK(text(table, 0, 1) == "北区中心花园 (80 m²)");
    CHECK(text(table, 3, 1) == "1栋 2、4、6、8、10、13、15、17层");
    CHECK(text(table, 0, 3) == "not yet");
    CHECK_FALSE(plan.record(0));
    CHECK(plan.errorLabel()->text() == "day: lies in the future");
}

TEST_CASE("the sampling plan says why a template has no target", "[sampling]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 09:00"));
    SamplingPlanView plan(*f.session);
    // No buildings and no zones: the site-wide targets only.
    REQUIRE(plan.table()->rowCount() == 3);
    CHECK(text(plan.table(), 0, 0) == "Drains and wells");
    CHECK(text(plan.table(), 1, 0) == "Basement car park");
    CHECK(text(plan.table(), 2, 0) == "Refuse points");
    CHECK(plan.notesLabel()->isVisibleTo(&plan));
    CHECK(plan.notesLabel()->text().contains("• Ground and green belts: the site has no ground zones"));
    CHECK(plan.notesLabel()->text().contains("• Office floors: the site has no buildings"));
}

TEST_CASE("the review lists the day's sheets with their scores and failures and opens one in the page", "[sampling]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 09:00"));
    saveSetup(f);
    auto& inspections = f.workspace().inspections();
    const domain::Date day{date::year{2025} / 4 / 5};
    auto lobby = inspections.startDailySheet("HQ", day, domain::AreaType::Lobby, "1栋", "王主管");
    REQUIRE(lobby);
    std::vector<services::LineEntry> lines(2);
    lines[0].result = domain::ItemResult::Fail;
    lines[0].note = "大理石地面有污渍";
    lines[1].result = domain::ItemResult::Pass;
    REQUIRE(inspections.saveDraft(lobby->sheet.id, lines, "王主管"));
    REQUIRE(inspections.signSheet(lobby->sheet.id));
    auto refuse = inspections.startDailySheet("HQ", day, domain::AreaType::RefusePoints, "全场", "李班长");
    REQUIRE(refuse);
    f.session->notifyInspectionsChanged();

    gui::InspectionsPage page(*f.session);
    auto* review = page.review();
    auto* sheets = review->sheetsTable();
    REQUIRE(sheets->rowCount() == 2);
    CHECK(text(sheets, 0, 1) == "Lobby");
    CHECK(text(sheets, 0, 2) == "1栋");
    CHECK(text(sheets, 0, 3) == "王主管");
    CHECK(text(sheets, 0, 4) == "Signed");
    CHECK(text(sheets, 0, 5) == "1/2 (50.0 %)");
    CHECK(text(sheets, 0, 6) == "1");
    CHECK(text(sheets, 0, 7) == "1");
    CHECK(text(sheets, 1, 1) == "Refuse points");
    CHECK(text(sheets, 1, 4) == "Draft (0 of 4 checked)");
    CHECK(text(sheets, 1, 5) == "—");
    CHECK(review->summaryLabel()->text() ==
          "Sheets on " + QLocale().toString(QDate(2025, 4, 5), QLocale::LongFormat) +
              ": 2 · signed off: 1 · failures: 1 · nonconformances open: 1 · met 50.0 %");

    // The first sheet is selected: its failure with the nonconformance it raised.
    auto* failures = review->failuresTable();
    REQUIRE(failures->rowCount() == 1);
    CHECK(text(failures, 0, 0) == "L1");
    CHECK(text(failures, 0, 1) == "Marble floor");
    CHECK(text(failures, 0, 2) == "大理石地面有污渍");
    CHECK(text(failures, 0, 3) == "Minor");
    CHECK(text(failures, 0, 4) == "NC-2025-0001");
    CHECK(text(failures, 0, 5) == "Open");
    // After the day it is overdue.
    f.clock.set(at("2025-04-06 08:00"));
    review->reload();
    CHECK(text(review->failuresTable(), 0, 5) == "Open, overdue");

    // Opening it shows it in the sheet tab, read-only.
    page.tabs()->setCurrentWidget(review);
    review->selectRow(0);
    review->openSelected();
    CHECK(page.tabs()->currentWidget() == page.sheet());
    CHECK(page.sheet()->currentSheet() == lobby->sheet.id);
    CHECK_FALSE(page.sheet()->setLine(0, domain::ItemResult::Pass));

    // Recording a sample target from the plan opens the new sheet in the sheet tab too.
    page.tabs()->setCurrentWidget(page.sampling());
    const auto sample = page.sampling()->record(0);
    REQUIRE(sample);
    CHECK(page.tabs()->currentWidget() == page.sheet());
    CHECK(page.sheet()->currentSheet() == sample);
    CHECK(page.sheet()->setLine(0, domain::ItemResult::Pass));
}

TEST_CASE("the inspections module opens with ctrl 5 and its tabs and has its Chinese title", "[sampling]")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-04-05 09:00"));
    const auto window = gui::createMainWindow(*fixture.session);
    auto* page = qobject_cast<gui::InspectionsPage*>(window->page(gui::MainWindow::Module::Inspections));
    REQUIRE(page);
    QStringList titles;
    for (int i = 0; i < page->tabs()->count(); ++i) {
        titles << page->tabs()->tabText(i);
    }
    CHECK(titles == QStringList{QStringLiteral("Daily sheet"), QStringLiteral("Review"),
                                QStringLiteral("Monthly sample"), QStringLiteral("Nonconformances"),
                                QStringLiteral("Contractors"), QStringLiteral("Templates"), QStringLiteral("Set-up")});
    QAction* show = nullptr;
    for (auto* action : window->findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("Inspections")) {
            show = action;
        }
    }
    REQUIRE(show);
    CHECK(show->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_5));

    tests::LanguageScope chinese(QStringLiteral("zh_CN"));
    CHECK(gui::MainWindow::moduleTitle(gui::MainWindow::Module::Inspections) == QStringLiteral("清洁绿化"));
    CHECK(gui::areaTypeLabel(domain::AreaType::Ground) == QStringLiteral("首层地面及绿化带"));
    domain::CheckItem item;
    item.text = "绿化带";
    item.standard = "无明显病虫害";
    CHECK(gui::checkItemTextLabel(item) == QStringLiteral("绿化带"));
    CHECK(gui::checkItemStandardLabel(item) == QStringLiteral("无明显病虫害"));
}

TEST_CASE("a front desk clerk reads the sheets but does not record them", "[sampling]")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-04-05 09:00"));
    saveSetup(fixture);
    auto started = fixture.workspace().inspections().startDailySheet("HQ", domain::Date{date::year{2025} / 4 / 5},
                                                                     domain::AreaType::Lobby, "1栋", "王主管");
    REQUIRE(started);
    fixture.addAccount("desk", "前台小王", domain::Role::FrontDesk);
    fixture.signIn("desk");

    gui::DailySheetView sheet(*fixture.session);
    sheet.show();
    CHECK(sheet.findChild<QPushButton*>(QStringLiteral("sheetStartButton"))->isHidden());
    CHECK(sheet.findChild<QPushButton*>(QStringLiteral("sheetSave"))->isHidden());
    CHECK_FALSE(sheet.start());
    sheet.openSheet(started->sheet.id);
    REQUIRE(sheet.currentSheet() == started->sheet.id);
    CHECK(sheet.linesModel()->rowCount() == 2);
    // A draft, but not theirs to fill in.
    CHECK_FALSE(sheet.setLine(0, domain::ItemResult::Pass));
    CHECK(sheet.signButton()->isHidden());
    CHECK(sheet.findChild<QPushButton*>(QStringLiteral("sheetPrint"))->isEnabled());

    SamplingPlanView plan(*fixture.session);
    CHECK(plan.findChild<QPushButton*>(QStringLiteral("planRecord"))->isHidden());
}

TEST_CASE("the English names of the default templates cover every default text", "[sampling]")
{
    // An item shown in English is one the table knows; the Chinese of a site's own item is kept.
    for (const auto& tmpl : domain::defaultInspectionTemplates(domain::SiteId{})) {
        INFO(tmpl.name);
        CHECK(gui::templateNameLabel(tmpl) != QString::fromStdString(tmpl.name));
        for (const auto& item : tmpl.items) {
            INFO(item.code);
            CHECK(gui::checkItemTextLabel(item) != QString::fromStdString(item.text));
            CHECK(gui::checkItemStandardLabel(item) != QString::fromStdString(item.standard));
        }
    }
    domain::CheckItem own;
    own.text = "会所泳池";
    own.standard = "池水清澈";
    CHECK(gui::checkItemTextLabel(own) == QStringLiteral("会所泳池"));
    CHECK(gui::checkItemStandardLabel(own) == QStringLiteral("池水清澈"));
}
