// Adding sites and finding them again.

#include "servicetestsupport.h"

using namespace propdesk;
using propdesk::tests::Desk;

namespace {

domain::Site draft(std::string code)
{
    domain::Site s;
    s.code = std::move(code);
    s.name = "阳光花园";
    return s;
}

} // namespace

TEST_CASE("a site is stored with its defaults and found again by its code")
{
    Desk desk;
    auto added = desk.ws->sites().add(draft("HQ-1_b"));
    REQUIRE(added);
    CHECK(added->id.value != 0);

    auto found = desk.ws->sites().get("HQ-1_b");
    REQUIRE(found);
    CHECK(found->name == "阳光花园");
    CHECK(found->timeZone == "Asia/Shanghai");
    CHECK(found->calendar == domain::CalendarKind::China);
    CHECK(found->workStart == std::chrono::hours{8});
    CHECK(found->workEnd == std::chrono::hours{17} + std::chrono::minutes{30});

    auto byId = desk.ws->sites().get(added->id);
    REQUIRE(byId);
    CHECK(byId->code == "HQ-1_b");
}

TEST_CASE("a site code must be 1 to 16 letters, digits, '-' or '_'")
{
    Desk desk;
    for (const auto* bad : {"", "H Q", "HQ/1", "中心", "ABCDEFGHIJKLMNOPQ"}) {
        auto added = desk.ws->sites().add(draft(bad));
        INFO("code '" << bad << "'");
        REQUIRE_FALSE(added);
        CHECK(added.error().code == domain::ErrorCode::InvalidInput);
        CHECK(added.error().field == "code");
    }
    CHECK(desk.ws->sites().add(draft("ABCDEFGHIJKLMNOP"))); // 16 characters
    auto list = desk.ws->sites().list();
    REQUIRE(list);
    CHECK(list->size() == 1);
}

TEST_CASE("a site with a time zone the tz database does not know is refused")
{
    Desk desk;
    auto s = draft("HQ");
    s.timeZone = "Mars/Olympus_Mons";
    auto added = desk.ws->sites().add(s);
    REQUIRE_FALSE(added);
    CHECK(added.error().code == domain::ErrorCode::InvalidInput);
    CHECK(added.error().field == "timezone");
    CHECK_THAT(added.error().message, Catch::Contains("Mars/Olympus_Mons"));
    auto found = desk.ws->sites().get("HQ");
    REQUIRE_FALSE(found);

    s.timeZone = "America/New_York";
    CHECK(desk.ws->sites().add(s));
}

TEST_CASE("a site's working day must start before it ends")
{
    Desk desk;
    auto s = draft("HQ");
    s.workStart = std::chrono::hours{18};
    s.workEnd = std::chrono::hours{9};
    auto added = desk.ws->sites().add(s);
    REQUIRE_FALSE(added);
    CHECK(added.error().code == domain::ErrorCode::InvalidInput);
    CHECK(added.error().field == "working_hours");

    s.workStart = s.workEnd = std::chrono::hours{9};
    added = desk.ws->sites().add(s);
    REQUIRE_FALSE(added);
    CHECK(added.error().field == "working_hours");

    s.workEnd = std::chrono::hours{25};
    added = desk.ws->sites().add(s);
    REQUIRE_FALSE(added);
    CHECK(added.error().field == "working_hours");
}

TEST_CASE("a negative household or resident count is refused")
{
    Desk desk;
    auto s = draft("HQ");
    s.households = -1;
    auto added = desk.ws->sites().add(s);
    REQUIRE_FALSE(added);
    CHECK(added.error().field == "households");
    s.households = 10;
    s.residents = -5;
    added = desk.ws->sites().add(s);
    REQUIRE_FALSE(added);
    CHECK(added.error().field == "residents");
}

TEST_CASE("a second site with the same code is a conflict")
{
    Desk desk;
    REQUIRE(desk.ws->sites().add(draft("HQ")));
    auto again = desk.ws->sites().add(draft("HQ"));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == domain::ErrorCode::Conflict);
    CHECK_THAT(again.error().message, Catch::Contains("HQ"));
}

TEST_CASE("looking up a site that does not exist names the code")
{
    Desk desk;
    desk.addSite("HQ");

    auto site = desk.ws->sites().get("NOPE");
    REQUIRE_FALSE(site);
    CHECK(site.error().code == domain::ErrorCode::NotFound);
    CHECK_THAT(site.error().message, Catch::Contains("NOPE"));

    services::NewWorkOrder request;
    request.siteCode = "NOPE";
    request.location = "1-1-101";
    auto logged = desk.ws->workOrders().log(request);
    REQUIRE_FALSE(logged);
    CHECK(logged.error().code == domain::ErrorCode::NotFound);
    CHECK_THAT(logged.error().message, Catch::Contains("NOPE"));

    auto kpi = desk.ws->kpis().workOrderKpis("NOPE", date::year{2025} / date::March);
    REQUIRE_FALSE(kpi);
    CHECK(kpi.error().code == domain::ErrorCode::NotFound);
    CHECK_THAT(kpi.error().message, Catch::Contains("NOPE"));

    auto order = desk.ws->workOrders().get("NOPE", "20250303-001");
    REQUIRE_FALSE(order);
    CHECK(order.error().code == domain::ErrorCode::NotFound);
    CHECK_THAT(order.error().message, Catch::Contains("NOPE"));
}
