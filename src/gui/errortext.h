#pragma once

// The services answer in English (the CLI prints their messages, the log keeps them); people using the GUI
// read them in the interface language. These functions recognise each message format the backbone can
// produce and rebuild it from a translated template, translating the keys embedded in it (event, status,
// column names) as well. A message no template knows is shown as it is, and logged at debug level.

#include "domain/error.h"

#include <QString>
#include <QStringList>

#include <string_view>

namespace propdesk::gui {

// A service message ("unknown category '水管'") in the interface language.
QString messageText(std::string_view englishMessage);
// What Error::describe() says ("record: field: message"), in the interface language.
QString errorText(const domain::Error& error);
// A column or field name of the backbone ("reported_at") as people read it ("报修时间"); a name without a
// translation comes back as it is.
QString fieldText(std::string_view name);

// Every English template the table knows ("unknown category '%1'"), in source order: for tests.
QStringList messageTemplates();

} // namespace propdesk::gui
