#include "preferences.h"

#include <QSettings>

namespace propdesk::gui {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kDatabaseKey = QStringLiteral("session/database");

} // namespace

QString savedLanguage()
{
    const QString language = QSettings().value(kLanguageKey).toString();
    return isKnownLanguage(language) ? language : QString();
}

void saveLanguage(const QString& language)
{
    QSettings().setValue(kLanguageKey, isKnownLanguage(language) ? language : QString());
}

bool isKnownLanguage(const QString& language)
{
    return language.isEmpty() || language == QLatin1String("en") || language == QLatin1String("zh_CN");
}

QString rememberedDatabase()
{
    return QSettings().value(kDatabaseKey).toString();
}

void rememberDatabase(const QString& path)
{
    QSettings().setValue(kDatabaseKey, path);
}

void forgetDatabase()
{
    QSettings().remove(kDatabaseKey);
}

} // namespace propdesk::gui
