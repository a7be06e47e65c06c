#pragma once

// The user's choices kept in QSettings between runs, in one place so that the keys stay consistent.

#include <QString>

namespace propdesk::gui {

// The interface language: "" follows the system locale, "en", "zh_CN". An unknown saved value reads as "".
QString savedLanguage();
void saveLanguage(const QString& language);
// The languages PropDesk offers, "" (the system's) first.
bool isKnownLanguage(const QString& language);

// The database the user last opened from Settings; empty when they never did.
QString rememberedDatabase();
void rememberDatabase(const QString& path);
// Opening the default database again forgets the remembered one.
void forgetDatabase();

} // namespace propdesk::gui
