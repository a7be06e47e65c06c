#pragma once

#include <QLocale>
#include <QString>

namespace propdesk::gui {

// The locale for a language setting ("", "en", "zh_CN"). "" is the system's locale; a language the system
// also speaks keeps the system's country, so that a British user who picks English keeps British dates.
QLocale localeFor(const QString& language);

// Makes `locale` the default (dates and numbers) and installs PropDesk's catalogue (:/i18n) and Qt's own
// (the dialogs' buttons) for it, replacing those installed before. English needs no catalogue. Returns
// false when PropDesk has no catalogue for a language it should be translated into.
bool installTranslators(const QLocale& locale);

} // namespace propdesk::gui
