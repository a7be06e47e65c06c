#include "translations.h"

#include "guilog.h"
#include "qtconvert.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace propdesk::gui {

namespace {

// The translators installed by the last call; a later call replaces them (tests switch languages).
QPointer<QTranslator> s_ours;
QPointer<QTranslator> s_qt;
QString s_source;

void replace(QPointer<QTranslator>& slot, QTranslator* translator)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = translator;
    if (translator) {
        QCoreApplication::installTranslator(translator);
    }
}

} // namespace

QLocale localeFor(const QString& language)
{
    const QLocale system = QLocale::system();
    if (language.isEmpty()) {
        return system;
    }
    const QLocale wanted(language);
    if (wanted.language() == system.language() && wanted.script() == system.script()) {
        return system;
    }
    return wanted;
}

bool installTranslators(const QLocale& locale)
{
    QLocale::setDefault(locale);
    QTranslator* ours = nullptr;
    s_source.clear();
    for (const QString& folder : {installedTranslationsDir(), QStringLiteral(":/i18n")}) {
        auto* candidate = new QTranslator(QCoreApplication::instance());
        if (candidate->load(locale, QStringLiteral("propdesk"), QStringLiteral("_"), folder)) {
            ours = candidate;
            s_source = folder;
            break;
        }
        delete candidate;
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(s_ours, ours);
    replace(s_qt, qt);
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (!ours && !english) {
        logger()->info("no translation for {}; the interface stays in English", utf8(locale.name()));
        return false;
    }
    if (ours) {
        logger()->info("translation {} read from {}", utf8(locale.name()), utf8(s_source));
    }
    return true;
}

QString installedTranslationsDir()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/propdesk/translations"));
}

QString translationsSource()
{
    return s_source;
}

} // namespace propdesk::gui
