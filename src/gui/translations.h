#pragma once

#include <QLocale>
#include <QString>

namespace propdesk::gui {

// The locale for a language setting ("", "en", "zh_CN"). "" is the system's locale; a language the system
// also speaks keeps the system's country, so that a British user who picks English keeps British dates.
QLocale localeFor(const QString& language);

// Makes `locale` the default (dates and numbers) and installs PropDesk's catalogue and Qt's own (the
// dialogs' buttons) for it, replacing those installed before. PropDesk's catalogue is read from the
// installed folder first (installedTranslationsDir()), else from the copy compiled in (:/i18n). English
// needs no catalogue. Returns false when PropDesk has no catalogue for a language it should be translated into.
bool installTranslators(const QLocale& locale);

// <prefix>/share/propdesk/translations for the program at <prefix>/bin: /usr/share/propdesk/translations
// for the Debian package, wherever the package's files were unpacked to.
QString installedTranslationsDir();

// Where the catalogue in use was read from (a folder, or ":/i18n"); empty when none is in use.
QString translationsSource();

} // namespace propdesk::gui
