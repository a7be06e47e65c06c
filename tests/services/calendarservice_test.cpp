// Holiday calendars: the bundled years, and years the user imports.

#include "domain/calendarrepository.h"
#include "servicetestsupport.h"

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::Desk;

namespace {

domain::Date day(int y, unsigned m, unsigned d)
{
    return domain::Date{date::year{y}, date::month{m}, date::day{d}};
}

std::size_t importedYears(Desk& desk)
{
    auto years = desk.ws->context().store.calendars().importedYears();
    REQUIRE(years);
    return years->size();
}

const char* k2027 = R"({"year":2027,"days":[
    {"name":"元旦","date":"2027-01-01","isOffDay":true},
    {"name":"春节","date":"2027-02-08","isOffDay":true},
    {"name":"春节","date":"2027-02-20","isOffDay":false}]})";

} // namespace

TEST_CASE("the bundled calendar knows China's holidays and make-up working days")
{
    Desk desk;
    auto cn = desk.ws->calendars().calendar(domain::CalendarKind::China);
    REQUIRE(cn);
    CHECK_FALSE(cn->isWorkingDay(day(2025, 1, 28))); // 春节, a Tuesday
    CHECK(cn->isWorkingDay(day(2025, 1, 26)));       // 调休, a Sunday
    CHECK(cn->isWorkingDay(day(2025, 3, 3)));        // an ordinary Monday
    CHECK_FALSE(cn->isWorkingDay(day(2025, 3, 8)));  // an ordinary Saturday

    auto none = desk.ws->calendars().calendar(domain::CalendarKind::None);
    REQUIRE(none);
    CHECK(none->isWorkingDay(day(2025, 1, 28)));
    CHECK_FALSE(none->isWorkingDay(day(2025, 1, 26)));
}

TEST_CASE("an imported year is used by the calendar")
{
    Desk desk;
    auto before = desk.ws->calendars().calendar(domain::CalendarKind::China);
    REQUIRE(before);
    CHECK(before->isWorkingDay(day(2027, 2, 8))); // a Monday nobody told us about yet

    auto years = desk.ws->calendars().importYears({{"2027.json", k2027}});
    REQUIRE(years);
    CHECK(*years == std::vector<int>{2027});
    auto after = desk.ws->calendars().calendar(domain::CalendarKind::China);
    REQUIRE(after);
    CHECK_FALSE(after->isWorkingDay(day(2027, 2, 8)));
    CHECK(after->isWorkingDay(day(2027, 2, 20))); // a Saturday made a working day
}

TEST_CASE("an imported year replaces the bundled year of the same number")
{
    Desk desk;
    // A corrected 2025: no Spring Festival entries, but 2025-03-03 (a Monday) off.
    auto years = desk.ws->calendars().importYears(
        {{"2025-corrected.json", R"({"year":2025,"days":[{"name":"停电","date":"2025-03-03","isOffDay":true}]})"}});
    REQUIRE(years);
    auto cn = desk.ws->calendars().calendar(domain::CalendarKind::China);
    REQUIRE(cn);
    CHECK_FALSE(cn->isWorkingDay(day(2025, 3, 3)));
    CHECK(cn->isWorkingDay(day(2025, 1, 28)));       // the bundled 春节 entry is gone with its file
    CHECK_FALSE(cn->isWorkingDay(day(2025, 1, 26))); // and so is the make-up Sunday
    CHECK_FALSE(cn->isWorkingDay(day(2024, 10, 1))); // other bundled years stay

    // The rules see the imported calendar: an order reported on the new holiday is not on a working day,
    // so an emergency gets the 15-minute rule instead of the 10-minute daytime one.
    desk.clock.set(at("2025-03-04 00:00"));
    desk.addSite("HQ");
    services::NewWorkOrder r;
    r.siteCode = "HQ";
    r.location = "1-1-101";
    r.urgency = domain::Urgency::Emergency;
    r.reportedAt = at("2025-03-03 10:00");
    auto o = desk.ws->workOrders().log(r);
    REQUIRE(o);
    auto ev = desk.ws->workOrders().evaluate(*o);
    REQUIRE(ev);
    CHECK(ev->arrival.ruleId == "wo-arrival-emergency");
}

TEST_CASE("a bad holiday file refuses the whole batch, naming the file, and writes nothing")
{
    Desk desk;
    SECTION("a day with a bad date")
    {
        auto years = desk.ws->calendars().importYears(
            {{"2027.json", k2027},
             {"2028.json", R"({"year":2028,"days":[{"name":"元旦","date":"2028-01-01","isOffDay":true},
                                                  {"name":"春节","date":"2028-02-30","isOffDay":true}]})"}});
        REQUIRE_FALSE(years);
        CHECK(years.error().code == domain::ErrorCode::InvalidInput);
        CHECK(years.error().record == "2028.json");
        CHECK(years.error().field == "days[1].date");
        CHECK_THAT(years.error().describe(), Catch::StartsWith("2028.json: days[1].date: "));
    }
    SECTION("not JSON at all")
    {
        auto years = desk.ws->calendars().importYears({{"2027.json", k2027}, {"notes.json", "year: 2028"}});
        REQUIRE_FALSE(years);
        CHECK(years.error().record == "notes.json");
    }
    SECTION("a missing isOffDay")
    {
        auto years = desk.ws->calendars().importYears(
            {{"2027.json", k2027}, {"2029.json", R"({"year":2029,"days":[{"name":"元旦","date":"2029-01-01"}]})"}});
        REQUIRE_FALSE(years);
        CHECK(years.error().record == "2029.json");
        CHECK(years.error().field == "days[0].isOffDay");
    }
    SECTION("two files for the same year")
    {
        auto years = desk.ws->calendars().importYears({{"2027.json", k2027}, {"2027-copy.json", k2027}});
        REQUIRE_FALSE(years);
        CHECK(years.error().record == "2027-copy.json");
        CHECK_THAT(years.error().message, Catch::Contains("2027.json"));
    }
    CHECK(importedYears(desk) == 0);
    auto cn = desk.ws->calendars().calendar(domain::CalendarKind::China);
    REQUIRE(cn);
    CHECK(cn->isWorkingDay(day(2027, 2, 8)));
}
