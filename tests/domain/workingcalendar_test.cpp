// Working days of a site (DESIGN.md §2): weekends, public holidays and make-up working days.

#include "domain/workingcalendar.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

using namespace propdesk;
using Catch::Matchers::Contains;
using domain::Date;

namespace {

Date d(int y, unsigned m, unsigned day)
{
    return Date{date::year{y}, date::month{m}, date::day{day}};
}

std::string bundled(int year)
{
    std::ifstream in(std::string(PROPDESK_SOURCE_DIR) + "/resources/holiday-cn/" + std::to_string(year) + ".json",
                     std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

domain::WorkingCalendar china()
{
    std::vector<domain::HolidayYear> years;
    for (int y = 2024; y <= 2026; ++y) {
        auto parsed = domain::parseHolidayYear(bundled(y), std::to_string(y) + ".json");
        REQUIRE(parsed);
        years.push_back(*parsed);
    }
    return domain::WorkingCalendar(domain::CalendarKind::China, years);
}

domain::Error holidayError(std::string_view json)
{
    const auto parsed = domain::parseHolidayYear(json, "2027.json");
    REQUIRE_FALSE(parsed.has_value());
    CHECK(parsed.error().code == domain::ErrorCode::InvalidInput);
    CHECK(parsed.error().record == "2027.json");
    CHECK_FALSE(parsed.error().message.empty());
    return parsed.error();
}

} // namespace

TEST_CASE("every bundled holiday file reads, and names its own year")
{
    for (int y = 2019; y <= 2026; ++y) {
        CAPTURE(y);
        const auto parsed = domain::parseHolidayYear(bundled(y), std::to_string(y) + ".json");
        REQUIRE(parsed);
        CHECK(parsed->year == y);
        CHECK_FALSE(parsed->days.empty());
    }
}

TEST_CASE("the 2025 file lists National Day as off days and the 28 September Sunday as a make-up working day")
{
    const auto parsed = domain::parseHolidayYear(bundled(2025), "2025.json");
    REQUIRE(parsed);
    int offDays = 0;
    int workDays = 0;
    for (const auto& day : parsed->days) {
        (day.isOffDay ? offDays : workDays)++;
    }
    // 元旦 1, 春节 8 + 2 make-up, 清明 3, 劳动节 5 + 1, 端午 3, 国庆中秋 8 + 2.
    CHECK(offDays == 28);
    CHECK(workDays == 5);
}

TEST_CASE("with calendar none only Saturdays and Sundays are days off")
{
    const domain::WorkingCalendar plain;
    CHECK(plain.isWorkingDay(d(2025, 3, 7)));        // Friday
    CHECK_FALSE(plain.isWorkingDay(d(2025, 3, 8)));  // Saturday
    CHECK_FALSE(plain.isWorkingDay(d(2025, 3, 9)));  // Sunday
    CHECK(plain.isWorkingDay(d(2025, 10, 1)));       // National Day is an ordinary Wednesday
    CHECK_FALSE(plain.isWorkingDay(d(2025, 9, 28))); // and the make-up Sunday an ordinary Sunday
    CHECK(plain.entry(d(2025, 10, 1)) == nullptr);
}

TEST_CASE("calendar none ignores holiday data it is given")
{
    std::vector<domain::HolidayYear> years{*domain::parseHolidayYear(bundled(2025), "2025.json")};
    const domain::WorkingCalendar plain(domain::CalendarKind::None, years);
    CHECK(plain.isWorkingDay(d(2025, 10, 1)));
    CHECK_FALSE(plain.isWorkingDay(d(2025, 9, 28)));
}

TEST_CASE("with calendar CN public holidays are off and make-up weekend days are working days")
{
    const auto cn = china();
    CHECK_FALSE(cn.isWorkingDay(d(2025, 10, 1))); // Wednesday, National Day
    CHECK_FALSE(cn.isWorkingDay(d(2025, 10, 8))); // Wednesday, last day of the break
    CHECK(cn.isWorkingDay(d(2025, 10, 9)));
    CHECK(cn.isWorkingDay(d(2025, 9, 28)));      // Sunday, make-up
    CHECK(cn.isWorkingDay(d(2025, 10, 11)));     // Saturday, make-up
    CHECK(cn.isWorkingDay(d(2025, 1, 26)));      // Sunday, make-up for the Spring Festival
    CHECK(cn.isWorkingDay(d(2025, 2, 8)));       // Saturday, make-up
    CHECK_FALSE(cn.isWorkingDay(d(2025, 3, 8))); // an ordinary Saturday
    CHECK(cn.isWorkingDay(d(2025, 3, 7)));       // an ordinary Friday
    REQUIRE(cn.entry(d(2025, 10, 1)));
    CHECK(cn.entry(d(2025, 10, 1))->name == "国庆节、中秋节");
    CHECK(cn.entry(d(2025, 3, 7)) == nullptr);
}

TEST_CASE("the n-th working day after a date counts from the day after it")
{
    const auto cn = china();
    // After 30 September 2025 the next working days are 9 and 10 October.
    CHECK(cn.nthWorkingDayAfter(d(2025, 9, 30), 1) == d(2025, 10, 9));
    CHECK(cn.nthWorkingDayAfter(d(2025, 9, 30), 2) == d(2025, 10, 10));
    CHECK(cn.nthWorkingDayAfter(d(2025, 9, 30), 3) == d(2025, 10, 11));
    // From a Saturday: the make-up Sunday is the first.
    CHECK(cn.nthWorkingDayAfter(d(2025, 9, 27), 1) == d(2025, 9, 28));
    // From a holiday: counting starts the next day all the same.
    CHECK(cn.nthWorkingDayAfter(d(2025, 10, 1), 1) == d(2025, 10, 9));
    // n = 0 is the date itself, working day or not.
    CHECK(cn.nthWorkingDayAfter(d(2025, 10, 1), 0) == d(2025, 10, 1));

    const domain::WorkingCalendar plain;
    CHECK(plain.nthWorkingDayAfter(d(2025, 3, 7), 1) == d(2025, 3, 10));
    CHECK(plain.nthWorkingDayAfter(d(2025, 3, 8), 2) == d(2025, 3, 11));
}

TEST_CASE("a holiday file's entry for its own year wins over a neighbouring year's file")
{
    domain::HolidayYear y2025{2025, {domain::HolidayDay{d(2026, 1, 1), "from 2025 file", false}}};
    domain::HolidayYear y2026{2026, {domain::HolidayDay{d(2026, 1, 1), "元旦", true}}};
    for (const auto& years : {std::vector{y2025, y2026}, std::vector{y2026, y2025}}) {
        const domain::WorkingCalendar cn(domain::CalendarKind::China, years);
        CHECK_FALSE(cn.isWorkingDay(d(2026, 1, 1)));
        REQUIRE(cn.entry(d(2026, 1, 1)));
        CHECK(cn.entry(d(2026, 1, 1))->name == "元旦");
    }
    // Without the 2026 file, the 2025 file's entry is used.
    const domain::WorkingCalendar only2025(domain::CalendarKind::China, {y2025});
    CHECK(only2025.isWorkingDay(d(2026, 1, 1)));
}

TEST_CASE("a holiday file without a year is refused")
{
    CHECK(holidayError(R"({"days": []})").field == "year");
    CHECK(holidayError(R"({"year": "2027", "days": []})").field == "year");
    CHECK(holidayError(R"({"year": 27, "days": []})").field == "year");
}

TEST_CASE("a holiday file without a list of days is refused")
{
    CHECK(holidayError(R"({"year": 2027})").field == "days");
    CHECK(holidayError(R"({"year": 2027, "days": {}})").field == "days");
}

TEST_CASE("a bad date in a holiday file names the day's index")
{
    const auto err = holidayError(R"({"year": 2027, "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
        {"name": "春节", "date": "2027-02-30", "isOffDay": true}]})");
    CHECK(err.field == "days[1].date");
    CHECK(holidayError(R"({"year": 2027, "days": [{"name": "x", "date": "1/2/2027", "isOffDay": true}]})").field ==
          "days[0].date");
    CHECK(holidayError(R"({"year": 2027, "days": [{"name": "x", "isOffDay": true}]})").field == "days[0].date");
    // A date far from the file's year is a mistake.
    const auto far = holidayError(R"({"year": 2027, "days": [{"name": "x", "date": "2030-01-01", "isOffDay": true}]})");
    CHECK(far.field == "days[0].date");
}

TEST_CASE("isOffDay must be true or false")
{
    const auto err = holidayError(R"({"year": 2027, "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
        {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
        {"name": "春节", "date": "2027-02-07", "isOffDay": "false"}]})");
    CHECK(err.field == "days[2].isOffDay");
    CHECK(holidayError(R"({"year": 2027, "days": [{"name": "x", "date": "2027-01-01"}]})").field == "days[0].isOffDay");
    CHECK(holidayError(R"({"year": 2027, "days": [{"name": "x", "date": "2027-01-01", "isOffDay": 1}]})").field ==
          "days[0].isOffDay");
}

TEST_CASE("a day without a name, or a day that is not an object, is refused")
{
    CHECK(holidayError(R"({"year": 2027, "days": [{"date": "2027-01-01", "isOffDay": true}]})").field ==
          "days[0].name");
    CHECK(holidayError(R"({"year": 2027, "days": ["2027-01-01"]})").field == "days[0]");
}

TEST_CASE("a holiday file that is not JSON is refused")
{
    const auto err = holidayError(R"({"year": 2027, "days": [)");
    CHECK_THAT(err.message, Contains("JSON"));
    CHECK(holidayError("[]").field.empty());
}

TEST_CASE("a holiday file may list days of the neighbouring years")
{
    const auto parsed = domain::parseHolidayYear(
        R"({"year": 2027, "days": [{"name": "元旦", "date": "2026-12-31", "isOffDay": true},
                                   {"name": "元旦", "date": "2028-01-01", "isOffDay": true}]})",
        "2027.json");
    REQUIRE(parsed);
    CHECK(parsed->days.size() == 2);
}

TEST_CASE("calendar keys are CN and none")
{
    CHECK(domain::parseCalendarKind("CN") == domain::CalendarKind::China);
    CHECK(domain::parseCalendarKind("none") == domain::CalendarKind::None);
    CHECK(domain::calendarKey(domain::CalendarKind::China) == "CN");
    const auto bad = domain::parseCalendarKind("HK");
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().field == "calendar");
}
