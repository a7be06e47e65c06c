// The session every page shares: which site is current, and what it tells the pages.

#include "gui/appsession.h"
#include "guifixture.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace propdesk;
using propdesk::tests::GuiFixture;

TEST_CASE("the session starts on the site the user last chose")
{
    GuiFixture fixture;
    fixture.addSite("LC01", "临潮花园");
    REQUIRE(fixture.session->site()->code == "HQ");
    fixture.session->selectSite("LC01");
    REQUIRE(fixture.session->site()->code == "LC01");

    gui::AppSession next(fixture.clock, domain::User{"测试员", domain::Role::Supervisor});
    REQUIRE(next.open(fixture.databasePath(), services::OpenMode::OpenExisting));
    REQUIRE(next.site());
    CHECK(next.site()->code == "LC01");
}

TEST_CASE("selecting a site tells the pages once, and an unknown code changes nothing")
{
    GuiFixture fixture;
    fixture.addSite("NY", "Harbor View", "America/New_York");
    QSignalSpy changed(fixture.session.get(), &gui::AppSession::siteChanged);

    fixture.session->selectSite("NY");
    CHECK(changed.count() == 1);
    CHECK(fixture.session->zone().name() == "America/New_York");
    fixture.session->selectSite("NY");
    CHECK(changed.count() == 1);
    fixture.session->selectSite("NOPE");
    CHECK(changed.count() == 1);
    CHECK(fixture.session->site()->code == "NY");
}

TEST_CASE("opening a database tells every page, and a failed open leaves everything as it was")
{
    GuiFixture fixture;
    QSignalSpy workspace(fixture.session.get(), &gui::AppSession::workspaceChanged);
    QSignalSpy site(fixture.session.get(), &gui::AppSession::siteChanged);
    QSignalSpy orders(fixture.session.get(), &gui::AppSession::ordersChanged);

    auto failed = fixture.session->open(fixture.dir.file("nowhere.db"), services::OpenMode::OpenExisting);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == domain::ErrorCode::NotFound);
    CHECK(workspace.count() == 0);
    CHECK(fixture.session->workspace().path() == fixture.databasePath());

    REQUIRE(fixture.session->open(fixture.dir.file("empty.db"), services::OpenMode::CreateIfMissing));
    CHECK(workspace.count() == 1);
    CHECK(site.count() == 1);
    CHECK(orders.count() == 1);
    CHECK_FALSE(fixture.session->site());
    CHECK(fixture.session->zone().name() == "Asia/Shanghai");
}

TEST_CASE("reloading the sites keeps the current site, and falls back when it is gone")
{
    GuiFixture fixture(GuiFixture::Contents::Empty);
    CHECK_FALSE(fixture.session->site());
    QSignalSpy sites(fixture.session.get(), &gui::AppSession::sitesChanged);
    QSignalSpy site(fixture.session.get(), &gui::AppSession::siteChanged);

    // The first site of an empty database becomes current.
    fixture.addSite("B", "Second");
    CHECK(sites.count() == 1);
    CHECK(site.count() == 1);
    REQUIRE(fixture.session->site());
    CHECK(fixture.session->site()->code == "B");

    fixture.addSite("A", "First");
    CHECK(sites.count() == 2);
    CHECK(site.count() == 1);
    CHECK(fixture.session->site()->code == "B");
}
