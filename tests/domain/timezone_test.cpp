// Times as users type and read them in a site's zone (DESIGN.md §2 and §5).

#include "domain/timezone.h"
#include "testtime.h"

#include <catch2/catch.hpp>

using namespace propdesk;
using namespace std::chrono_literals;
using Catch::Matchers::Contains;
using domain::parseTime;

namespace {

// UTC seconds of a UTC calendar time.
domain::Instant utc(int y, unsigned m, unsigned d, int hh, int mm, int ss = 0)
{
    return domain::Instant{date::sys_days{date::year{y} / date::month{m} / date::day{d}}.time_since_epoch() +
                           std::chrono::hours{hh} + std::chrono::minutes{mm} + std::chrono::seconds{ss}};
}

} // namespace

TEST_CASE("a Shanghai local time is eight hours ahead of UTC")
{
    const auto sh = tests::zone("Asia/Shanghai");
    CHECK(parseTime("2025-03-03 08:00", sh) == utc(2025, 3, 3, 0, 0));
    CHECK(parseTime("2025-03-03 08:00:30", sh) == utc(2025, 3, 3, 0, 0, 30));
    CHECK(parseTime("2025-03-03T08:00", sh) == utc(2025, 3, 3, 0, 0));
    CHECK(parseTime("2025-03-03T08:00:00", sh) == utc(2025, 3, 3, 0, 0));
}

TEST_CASE("an ISO time with an offset or Z means that instant whatever the site's zone")
{
    const auto sh = tests::zone("Asia/Shanghai");
    const auto ny = tests::zone("America/New_York");
    CHECK(parseTime("2025-03-03T08:00:00+08:00", ny) == utc(2025, 3, 3, 0, 0));
    CHECK(parseTime("2025-03-03T08:00:00+0800", ny) == utc(2025, 3, 3, 0, 0));
    CHECK(parseTime("2025-03-03T00:00:00Z", sh) == utc(2025, 3, 3, 0, 0));
    CHECK(parseTime("2025-03-02T19:00:00-05:00", sh) == utc(2025, 3, 3, 0, 0));
}

TEST_CASE("impossible dates and times are refused")
{
    const auto sh = tests::zone("Asia/Shanghai");
    for (const auto* text :
         {"2025-02-29 08:00", "2025-03-03 24:00", "2025-03-03 08:60", "2025-03-03", "03/03/2025 08:00",
          "2025-03-03 8:00", "2025-03-03T08:00:00+8", "2025-03-03T08:00:00 CST", ""}) {
        CAPTURE(text);
        const auto t = parseTime(text, sh);
        REQUIRE_FALSE(t.has_value());
        CHECK(t.error().code == domain::ErrorCode::InvalidInput);
    }
    CHECK(parseTime("2024-02-29 08:00", sh).has_value());
}

TEST_CASE("02:30 on 9 March 2025 does not exist in New York and is refused unless it carries an offset")
{
    const auto ny = tests::zone("America/New_York");
    const auto t = parseTime("2025-03-09 02:30", ny);
    REQUIRE_FALSE(t.has_value());
    CHECK(t.error().code == domain::ErrorCode::InvalidInput);
    CHECK_THAT(t.error().message, Contains("does not exist"));
    CHECK_FALSE(parseTime("2025-03-09T02:30:00", ny).has_value());

    CHECK(parseTime("2025-03-09T02:30:00-05:00", ny) == utc(2025, 3, 9, 7, 30));
    // The minutes around the gap are fine.
    CHECK(parseTime("2025-03-09 01:59:59", ny) == utc(2025, 3, 9, 6, 59, 59));
    CHECK(parseTime("2025-03-09 03:00", ny) == utc(2025, 3, 9, 7, 0));
}

TEST_CASE("01:30 on 2 November 2025 happens twice in New York and is refused unless it carries an offset")
{
    const auto ny = tests::zone("America/New_York");
    const auto t = parseTime("2025-11-02 01:30", ny);
    REQUIRE_FALSE(t.has_value());
    CHECK(t.error().code == domain::ErrorCode::InvalidInput);
    CHECK_THAT(t.error().message, Contains("ambiguous"));

    const auto daylight = parseTime("2025-11-02T01:30:00-04:00", ny);
    const auto standard = parseTime("2025-11-02T01:30:00-05:00", ny);
    REQUIRE(daylight);
    REQUIRE(standard);
    CHECK(*daylight == utc(2025, 11, 2, 5, 30));
    CHECK(*standard - *daylight == 1h);
}

TEST_CASE("the difference of two New York instants across spring forward is real time")
{
    const auto before = tests::at("2025-03-09 01:50", "America/New_York");
    const auto after = tests::at("2025-03-09 03:10", "America/New_York");
    CHECK(after - before == 20min);
}

TEST_CASE("times are shown in the site's zone with the offset in force then")
{
    const auto sh = tests::zone("Asia/Shanghai");
    const auto ny = tests::zone("America/New_York");
    CHECK(sh.formatIso(utc(2025, 4, 4, 16, 0)) == "2025-04-05T00:00:00+08:00");
    CHECK(ny.formatIso(utc(2025, 3, 9, 7, 10)) == "2025-03-09T03:10:00-04:00");
    CHECK(ny.formatIso(utc(2025, 3, 9, 6, 50)) == "2025-03-09T01:50:00-05:00");
    CHECK(sh.formatLocal(utc(2025, 4, 4, 16, 0)) == "2025-04-05 00:00");
    CHECK(sh.formatLocal(utc(2025, 4, 4, 16, 0, 7)) == "2025-04-05 00:00:07");
}

TEST_CASE("an exported ISO time parses back to the same instant, even in the repeated hour")
{
    const auto ny = tests::zone("America/New_York");
    for (const auto t :
         {utc(2025, 11, 2, 5, 30), utc(2025, 11, 2, 6, 30), utc(2025, 3, 9, 7, 0), utc(2025, 7, 1, 12, 0, 1)}) {
        const auto text = ny.formatIso(t);
        CAPTURE(text);
        CHECK(parseTime(text, ny) == t);
    }
}

TEST_CASE("the local date and time of day follow the site's zone")
{
    const auto sh = tests::zone("Asia/Shanghai");
    const auto t = utc(2025, 2, 28, 16, 30); // 00:30 on 1 March in Shanghai
    CHECK(sh.localDate(t) == domain::Date{date::year{2025}, date::March, date::day{1}});
    CHECK(sh.timeOfDay(t) == 30min);
    CHECK(sh.startOfDay(domain::Date{date::year{2025}, date::March, date::day{1}}) == utc(2025, 2, 28, 16, 0));
}

TEST_CASE("a day whose midnight is skipped starts when the clocks jump")
{
    // Chile moves its clocks from 00:00 to 01:00 on the first Sunday of September (2025-09-07).
    const auto santiago = tests::zone("America/Santiago");
    const domain::Date day{date::year{2025}, date::September, date::day{7}};
    const auto start = santiago.startOfDay(day);
    CHECK(santiago.localDate(start) == day);
    CHECK(santiago.timeOfDay(start) == 1h);
    CHECK(santiago.localDate(start - 1s) == domain::Date{date::year{2025}, date::September, date::day{6}});
}

TEST_CASE("an unknown time zone is reported as not found")
{
    const auto z = domain::TimeZone::find("Asia/Atlantis");
    REQUIRE_FALSE(z.has_value());
    CHECK(z.error().code == domain::ErrorCode::NotFound);
    CHECK(z.error().field == "timezone");
}

TEST_CASE("dates and clock times are read strictly")
{
    CHECK(domain::parseDate("2024-02-29").has_value());
    CHECK_FALSE(domain::parseDate("2025-02-29").has_value());
    CHECK_FALSE(domain::parseDate("2025-3-1").has_value());
    CHECK_FALSE(domain::parseDate("2025-03-01 ").has_value());
    CHECK(domain::formatDate(*domain::parseDate("2025-03-01")) == "2025-03-01");

    CHECK(domain::parseClockTime("08:00") == domain::Seconds{8 * 3600});
    CHECK(domain::parseClockTime("17:30") == domain::Seconds{17 * 3600 + 1800});
    CHECK(domain::parseClockTime("24:00") == domain::Seconds{86400});
    CHECK_FALSE(domain::parseClockTime("24:01").has_value());
    CHECK_FALSE(domain::parseClockTime("8:00").has_value());
    CHECK_FALSE(domain::parseClockTime("12:60").has_value());
    CHECK(domain::formatClockTime(domain::Seconds{17 * 3600 + 1800}) == "17:30");
}
