// Times shown and entered in the site's zone, durations for countdowns.

#include "gui/qtconvert.h"
#include "guifixture.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace propdesk;
using gui::formatDuration;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;
using tests::at;
using tests::zone;

TEST_CASE("durations read as whole minutes, hours and minutes, or days and hours")
{
    CHECK(formatDuration(minutes(12)) == QStringLiteral("12 min"));
    CHECK(formatDuration(seconds(59)) == QStringLiteral("0 min"));
    CHECK(formatDuration(hours(2) + minutes(5)) == QStringLiteral("2 h 05 min"));
    CHECK(formatDuration(hours(23) + minutes(59) + seconds(59)) == QStringLiteral("23 h 59 min"));
    CHECK(formatDuration(hours(24 * 3 + 4) + minutes(30)) == QStringLiteral("3 d 4 h"));
    // Overdue countdowns.
    CHECK(formatDuration(-minutes(90)) == QStringLiteral("-1 h 30 min"));
    CHECK(formatDuration(-minutes(3)) == QStringLiteral("-3 min"));
}

TEST_CASE("durations are translated")
{
    tests::LanguageScope chinese(QStringLiteral("zh_CN"));
    CHECK(formatDuration(minutes(12)) == QStringLiteral("12 分钟"));
    CHECK(formatDuration(hours(2) + minutes(5)) == QStringLiteral("2 小时 05 分"));
    CHECK(formatDuration(-(hours(24 * 3 + 4))) == QStringLiteral("-3 天 4 小时"));
}

TEST_CASE("an instant shows as the site's wall clock, whatever the machine's zone")
{
    const auto instant = at("2025-04-05 16:00"); // Shanghai
    const QDateTime newYork = gui::toDateTime(instant, zone("America/New_York"));
    CHECK(newYork.date() == QDate(2025, 4, 5));
    CHECK(newYork.time() == QTime(4, 0));
    CHECK(newYork.offsetFromUtc() == -4 * 3600);
    CHECK(newYork.toSecsSinceEpoch() == domain::epochSeconds(instant));

    const QDateTime shanghai = gui::toDateTime(instant, zone());
    CHECK(shanghai.time() == QTime(16, 0));
    auto back = gui::fromDateTime(shanghai, zone());
    REQUIRE(back);
    CHECK(*back == instant);
}

TEST_CASE("a typed time is read in the site's zone, and one the clocks skip is refused")
{
    const auto ny = zone("America/New_York");
    auto morning = gui::fromDateTime(QDateTime(QDate(2025, 3, 9), QTime(9, 15), Qt::UTC), ny);
    REQUIRE(morning);
    CHECK(*morning == at("2025-03-09 09:15", "America/New_York"));

    // 02:30 on 9 March 2025 does not exist in New York.
    auto skipped = gui::fromDateTime(QDateTime(QDate(2025, 3, 9), QTime(2, 30), Qt::UTC), ny);
    REQUIRE_FALSE(skipped);
    CHECK(skipped.error().code == domain::ErrorCode::InvalidInput);
    CHECK(skipped.error().field == "at");
    CHECK(skipped.error().message.find("does not exist") != std::string::npos);

    CHECK_FALSE(gui::fromDateTime(QDateTime(), ny));
}

TEST_CASE("instants are formatted with the locale's short date")
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(gui::formatInstant(at("2025-04-05 16:00"), zone()) == QStringLiteral("2025/4/5 16:00"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(gui::formatInstant(at("2025-04-05 09:05"), zone()) == QStringLiteral("4/5/25 09:05"));
    QLocale::setDefault(saved);
}

TEST_CASE("UTF-8 strings and file names survive the round trip")
{
    CHECK(gui::qs("阳光花园 3-2-1201") == QStringLiteral("阳光花园 3-2-1201"));
    CHECK(gui::utf8(QStringLiteral("给排水")) == "给排水");
    CHECK(gui::fromPath(gui::toPath(QStringLiteral("/tmp/物业/propdesk.db"))) ==
          QStringLiteral("/tmp/物业/propdesk.db"));
}
