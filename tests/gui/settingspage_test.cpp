// Settings: switching and creating databases, the language choice, the list of sites.

#include "gui/mainwindow.h"
#include "gui/preferences.h"
#include "gui/qtconvert.h"
#include "gui/settingspage.h"
#include "gui/sitemodel.h"
#include "guifixture.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace propdesk;
using propdesk::tests::GuiFixture;

TEST_CASE("opening a database file that does not exist says so and keeps the current database")
{
    GuiFixture fixture;
    gui::SettingsPage page(*fixture.session);
    page.show();
    const QString missing = gui::fromPath(fixture.dir.file("missing.db"));

    CHECK_FALSE(page.openDatabase(missing));

    const QString message = tests::takeMessageBox(&page);
    CHECK(message.contains(missing));
    CHECK(message.contains(QStringLiteral("no database")));
    CHECK(fixture.session->workspace().path() == fixture.databasePath());
    REQUIRE(fixture.session->site());
    CHECK(fixture.session->site()->code == "HQ");
    CHECK_FALSE(QFile::exists(missing));
    CHECK(gui::rememberedDatabase().isEmpty());
}

TEST_CASE("opening another database switches the window to it and remembers it for the next start")
{
    GuiFixture fixture;
    const auto otherPath = fixture.dir.file("other.db");
    {
        auto other = services::Workspace::open(otherPath, services::OpenMode::CreateIfMissing, fixture.clock,
                                               domain::User{"setup", domain::Role::Manager});
        REQUIRE(other);
        domain::Site site;
        site.code = "LC01";
        site.name = "临潮花园";
        REQUIRE((*other)->sites().add(site));
    }
    gui::MainWindow window(*fixture.session);
    auto* page = new gui::SettingsPage(*fixture.session);
    window.addPage(gui::MainWindow::Module::Settings, page, QStringLiteral("Settings"), {});

    REQUIRE(page->openDatabase(gui::fromPath(otherPath)));

    CHECK(tests::takeMessageBox(page).isEmpty());
    CHECK(fixture.session->workspace().path() == otherPath);
    REQUIRE(fixture.session->site());
    CHECK(fixture.session->site()->code == "LC01");
    CHECK(window.findChild<QLabel*>(QStringLiteral("databaseLabel"))->text().contains(gui::fromPath(otherPath)));
    CHECK(window.findChild<QComboBox*>(QStringLiteral("siteSelector"))->currentText() ==
          QStringLiteral("临潮花园 (LC01)"));
    CHECK(page->findChild<QLabel*>(QStringLiteral("databasePathLabel"))->text().contains(gui::fromPath(otherPath)));
    CHECK(gui::rememberedDatabase() == gui::fromPath(otherPath));
}

TEST_CASE("a new empty database is never made from an existing file")
{
    GuiFixture fixture;
    gui::SettingsPage page(*fixture.session);
    page.show();

    const QString existing = gui::fromPath(fixture.databasePath());
    CHECK_FALSE(page.createDatabase(existing));
    CHECK(tests::takeMessageBox(&page).contains(QStringLiteral("exists already")));
    CHECK(fixture.session->site());

    const QString fresh = gui::fromPath(fixture.dir.file("fresh.db"));
    REQUIRE(page.createDatabase(fresh));
    CHECK(QFile::exists(fresh));
    CHECK(fixture.session->workspace().path() == fixture.dir.file("fresh.db"));
    CHECK_FALSE(fixture.session->site());
    CHECK(fixture.session->sites().empty());
}

TEST_CASE("the language choice is saved for the next start")
{
    GuiFixture fixture;
    gui::SettingsPage page(*fixture.session);
    auto* combo = page.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    REQUIRE(combo);
    REQUIRE(combo->count() == 3);
    CHECK(combo->currentIndex() == 0); // the system's language until the user chooses

    combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("zh_CN"));
    CHECK(gui::savedLanguage() == QStringLiteral("zh_CN"));

    gui::SettingsPage later(*fixture.session);
    CHECK(later.findChild<QComboBox*>(QStringLiteral("languageCombo"))->currentData().toString() ==
          QStringLiteral("zh_CN"));

    combo->setCurrentIndex(0);
    CHECK(gui::savedLanguage().isEmpty());
}

TEST_CASE("the sites table lists every site with its zone, calendar and hours, and passes the model tester")
{
    GuiFixture fixture;
    gui::SiteModel model(*fixture.session);
    tests::ModelCheck check(&model);
    REQUIRE(model.rowCount() == 1);

    auto added = fixture.addSite("NY", "Harbor View", "America/New_York");
    REQUIRE(model.rowCount() == 2);
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    CHECK(text(0, gui::SiteModel::Code) == QStringLiteral("HQ"));
    CHECK(text(0, gui::SiteModel::Name) == QStringLiteral("测试小区"));
    CHECK(text(0, gui::SiteModel::Calendar) == QStringLiteral("China (public holidays and make-up days)"));
    CHECK(text(0, gui::SiteModel::WorkingHours) == QStringLiteral("08:00–17:30"));
    CHECK(text(1, gui::SiteModel::TimeZone) == QStringLiteral("America/New_York"));
    CHECK(model.headerData(gui::SiteModel::TimeZone, Qt::Horizontal).toString() == QStringLiteral("Time zone"));

    gui::SettingsPage page(*fixture.session);
    CHECK(page.findChild<QTableView*>(QStringLiteral("sitesView"))->model()->rowCount() == 2);
    CHECK(check.problems().isEmpty());
}
