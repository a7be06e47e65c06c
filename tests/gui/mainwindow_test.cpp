// The main window: sidebar, site selector, status bar, remembered geometry, shortcuts.

#include "gui/mainwindow.h"
#include "gui/qtconvert.h"
#include "guifixture.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace propdesk;
using gui::MainWindow;
using Module = gui::MainWindow::Module;
using propdesk::tests::GuiFixture;

namespace {

QStringList navigationTitles(const MainWindow& window)
{
    const auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    QStringList titles;
    for (int row = 0; row < navigation->count(); ++row) {
        titles << navigation->item(row)->text();
    }
    return titles;
}

QWidget* addPage(MainWindow& window, Module module)
{
    auto* page = new QWidget;
    window.addPage(module, page, MainWindow::moduleTitle(module), MainWindow::moduleIcon(module));
    return page;
}

QList<QAction*> menuActions(const MainWindow& window)
{
    QList<QAction*> actions;
    for (QAction* menuAction : window.menuBar()->actions()) {
        if (menuAction->menu()) {
            actions += menuAction->menu()->actions();
        }
    }
    return actions;
}

} // namespace

TEST_CASE("the sidebar lists only the modules whose pages are registered, in module order")
{
    GuiFixture fixture;
    MainWindow window(*fixture.session);
    CHECK(navigationTitles(window).isEmpty());

    QWidget* settings = addPage(window, Module::Settings);
    QWidget* orders = addPage(window, Module::WorkOrders);
    window.show();

    CHECK(navigationTitles(window) == QStringList{QStringLiteral("Work orders"), QStringLiteral("Settings")});
    CHECK(window.page(Module::Complaints) == nullptr);
    // The first module shows when nothing was remembered.
    REQUIRE(window.currentModule() == Module::WorkOrders);
    const auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    REQUIRE(pages);
    CHECK(pages->currentWidget() == orders);

    // A module without a page cannot be shown, not even as a placeholder.
    window.showModule(Module::Complaints);
    CHECK(window.currentModule() == Module::WorkOrders);
    CHECK(pages->count() == 2);

    // The View menu offers the same modules, with their fixed shortcuts.
    QStringList viewShortcuts;
    for (QAction* action : menuActions(window)) {
        if (action->isCheckable()) {
            viewShortcuts << action->shortcut().toString();
        }
    }
    CHECK(viewShortcuts == QStringList{QStringLiteral("Ctrl+2"), QStringLiteral("Ctrl+7")});

    window.showModule(Module::Settings);
    CHECK(window.currentModule() == Module::Settings);
    CHECK(pages->currentWidget() == settings);
}

TEST_CASE("Ctrl+number switches modules from the keyboard")
{
    GuiFixture fixture;
    MainWindow window(*fixture.session);
    addPage(window, Module::FrontDesk);
    addPage(window, Module::Settings);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.currentModule() == Module::FrontDesk);

    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    CHECK(window.currentModule() == Module::Settings);
    // Ctrl+3 belongs to Complaints, which has no page: nothing happens.
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.currentModule() == Module::Settings);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window.currentModule() == Module::FrontDesk);
}

TEST_CASE("choosing a site in the selector makes it the site of every page")
{
    GuiFixture fixture;
    fixture.addSite("LC01", "临潮花园");
    MainWindow window(*fixture.session);
    auto* selector = window.findChild<QComboBox*>(QStringLiteral("siteSelector"));
    REQUIRE(selector);
    REQUIRE(selector->count() == 2);
    REQUIRE(fixture.session->site()->code == "HQ");
    CHECK(selector->currentText() == QStringLiteral("测试小区 (HQ)"));

    selector->setCurrentIndex(selector->findData(QStringLiteral("LC01")));
    REQUIRE(fixture.session->site());
    CHECK(fixture.session->site()->code == "LC01");
    CHECK(window.windowTitle().contains(QStringLiteral("临潮花园")));
    CHECK(QSettings().value(QStringLiteral("session/site")).toString() == QStringLiteral("LC01"));

    // And the other way round: a page that changes the site moves the selector.
    fixture.session->selectSite("HQ");
    CHECK(selector->currentText() == QStringLiteral("测试小区 (HQ)"));

    // A site added elsewhere appears without a restart.
    fixture.addSite("ZZ9", "新城");
    CHECK(selector->count() == 3);
    CHECK(selector->currentText() == QStringLiteral("测试小区 (HQ)"));
}

TEST_CASE("the status bar shows the database file and the time at the site, and keeps the time current")
{
    GuiFixture fixture(GuiFixture::Contents::Site, tests::at("2025-04-05 16:00"));
    fixture.addSite("NY", "Harbor View", "America/New_York");
    MainWindow window(*fixture.session);
    window.show();
    const auto* database = window.findChild<QLabel*>(QStringLiteral("databaseLabel"));
    const auto* clock = window.findChild<QLabel*>(QStringLiteral("clockLabel"));
    REQUIRE(database);
    REQUIRE(clock);

    CHECK(database->text().contains(gui::fromPath(fixture.databasePath())));
    CHECK(clock->text().contains(QStringLiteral("16:00")));
    CHECK(clock->text().contains(QStringLiteral("Asia/Shanghai")));

    // 16:00 in Shanghai is 04:00 in New York (daylight-saving time since 9 March).
    fixture.session->selectSite("NY");
    CHECK(clock->text().contains(QStringLiteral("04:00")));
    CHECK(clock->text().contains(QStringLiteral("America/New_York")));

    fixture.clock.advance(std::chrono::minutes(7));
    CHECK(tests::waitFor([&] { return clock->text().contains(QStringLiteral("04:07")); }));
    CHECK(clock->text().contains(gui::formatInstant(fixture.clock.now(), tests::zone("America/New_York"))));
}

TEST_CASE("the window comes back with the size, place and module the user left it with")
{
    GuiFixture fixture;
    {
        MainWindow window(*fixture.session);
        addPage(window, Module::WorkOrders);
        addPage(window, Module::Settings);
        window.show();
        window.resize(640, 480);
        window.move(40, 50);
        window.showModule(Module::Settings);
        REQUIRE(tests::waitFor([&] { return window.size() == QSize(640, 480); }));
        window.close();
    }
    MainWindow again(*fixture.session);
    addPage(again, Module::WorkOrders);
    addPage(again, Module::Settings);
    CHECK(again.size() == QSize(640, 480));
    again.show();
    // The frame is known once the window is shown: the frame's corner comes back, not the client area's.
    CHECK(tests::waitFor([&] { return again.pos() == QPoint(40, 50); }, 1000));
    CHECK(again.pos() == QPoint(40, 50));
    CHECK(again.currentModule() == Module::Settings);
}

TEST_CASE("every action with a shortcut shows it in its tooltip, and the frequent ones have one")
{
    GuiFixture fixture;
    MainWindow window(*fixture.session);
    for (Module module : {Module::FrontDesk, Module::WorkOrders, Module::Complaints, Module::Patrol,
                          Module::Inspections, Module::Reports, Module::Settings, Module::Audit}) {
        addPage(window, module);
    }

    QStringList shortcuts;
    for (QAction* action : menuActions(window)) {
        if (action->isSeparator() || action->shortcut().isEmpty()) {
            continue;
        }
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        INFO(action->text().toStdString() << " tooltip: " << action->toolTip().toStdString());
        CHECK(action->toolTip().contains(keys));
        shortcuts << action->shortcut().toString();
    }
    for (const char* expected : {"Ctrl+I", "Ctrl+E", "Ctrl+P", "Ctrl+L", "Ctrl+Q", "Ctrl+1", "Ctrl+2", "Ctrl+3",
                                 "Ctrl+4", "Ctrl+5", "Ctrl+6", "Ctrl+7", "Ctrl+8"}) {
        INFO(expected);
        CHECK(shortcuts.contains(QLatin1String(expected)));
    }
    CHECK(window.exportAction()->toolTip() == QStringLiteral("Export work orders (Ctrl+E)"));

    // The sidebar teaches the same shortcuts.
    const auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    CHECK(navigation->item(5)->text() == QStringLiteral("KPI & reports"));
    CHECK(navigation->item(5)->toolTip() == QStringLiteral("KPI & reports (Ctrl+6)"));
}

TEST_CASE("the file actions stay out of the menu until a feature connects them")
{
    GuiFixture fixture;
    MainWindow window(*fixture.session);
    CHECK_FALSE(window.importAction()->isVisible());
    CHECK_FALSE(window.exportAction()->isVisible());
    CHECK_FALSE(window.printAction()->isVisible());
    CHECK_FALSE(window.switchUserAction()->isVisible());
    CHECK_FALSE(window.passwordAction()->isVisible());
}

TEST_CASE("the status bar names the signed-in user and their role")
{
    GuiFixture fixture;
    MainWindow window(*fixture.session);
    const auto* user = window.findChild<QLabel*>(QStringLiteral("userLabel"));
    REQUIRE(user);
    CHECK(user->text() == QStringLiteral("测试员 (Manager)"));
    CHECK(user->toolTip().contains(QStringLiteral("Ctrl+L")));

    fixture.addAccount("wangfang", "王芳", domain::Role::FrontDesk);
    fixture.signIn("wangfang");
    CHECK(user->text() == QStringLiteral("王芳 (Front desk)"));
    fixture.session->signOut();
    CHECK(user->text() == QStringLiteral("Not signed in"));
}
