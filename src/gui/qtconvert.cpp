#include "qtconvert.h"

#include "domain/timezone.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <cstdlib>

namespace propdesk::gui {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}

std::filesystem::path toPath(const QString& fileName)
{
    return std::filesystem::path(QFile::encodeName(fileName).toStdString());
}

QString fromPath(const std::filesystem::path& path)
{
    return QFile::decodeName(QByteArray::fromStdString(path.string()));
}

QDateTime toDateTime(domain::Instant instant, const domain::TimeZone& zone)
{
    const auto offset = static_cast<int>(zone.utcOffset(instant).count());
    return QDateTime::fromSecsSinceEpoch(domain::epochSeconds(instant), Qt::OffsetFromUTC, offset);
}

domain::Result<domain::Instant> fromDateTime(const QDateTime& wall, const domain::TimeZone& zone)
{
    const QDate day = wall.date();
    const QTime time = wall.time();
    if (!day.isValid() || !time.isValid()) {
        return domain::fail(domain::ErrorCode::InvalidInput, "not a valid date and time", "at");
    }
    const domain::Date date{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())},
                            date::day{static_cast<unsigned>(day.day())}};
    const domain::LocalTime local = date::local_days{date} + domain::Seconds{time.msecsSinceStartOfDay() / 1000};
    auto instant = zone.fromLocal(local);
    if (!instant && instant.error().field.empty()) {
        auto error = instant.error();
        error.field = "at";
        return std::unexpected(std::move(error));
    }
    return instant;
}

QString formatInstant(domain::Instant instant, const domain::TimeZone& zone)
{
    const QDateTime wall = toDateTime(instant, zone);
    const QLocale locale;
    return locale.toString(wall.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           wall.time().toString(QStringLiteral("HH:mm"));
}

QString formatDuration(domain::Seconds duration)
{
    constexpr long long kHour = 60;
    constexpr long long kDay = 24 * kHour;
    const long long minutes = std::llabs(duration.count()) / 60;
    QString text;
    if (minutes < kHour) {
        text = QCoreApplication::translate("Duration", "%1 min").arg(minutes);
    } else if (minutes < kDay) {
        text = QCoreApplication::translate("Duration", "%1 h %2 min")
                   .arg(minutes / kHour)
                   .arg(minutes % kHour, 2, 10, QLatin1Char('0'));
    } else {
        text = QCoreApplication::translate("Duration", "%1 d %2 h").arg(minutes / kDay).arg(minutes % kDay / kHour);
    }
    return duration.count() < 0 ? QLatin1Char('-') + text : text;
}

date::year_month yearMonthOf(const QDate& day)
{
    return date::year{day.year()} / date::month{static_cast<unsigned>(day.month())};
}

QDate firstDayOf(date::year_month month)
{
    return {static_cast<int>(month.year()), static_cast<int>(static_cast<unsigned>(month.month())), 1};
}

} // namespace propdesk::gui
