#include "shortcuttooltip.h"

#include <QAction>
#include <QKeySequence>

namespace propdesk::gui {

namespace {

// "&Export work orders…" → "Export work orders"; "KPI && reports" → "KPI & reports".
QString plainText(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size()) {
            ++i;
        }
        plain += text[i];
    }
    if (plain.endsWith(QChar(0x2026))) {
        plain.chop(1);
    }
    return plain;
}

} // namespace

void setToolTipWithShortcut(QAction* action, const QString& plain)
{
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    action->setToolTip(keys.isEmpty() ? plain : QStringLiteral("%1 (%2)").arg(plain, keys));
}

void showShortcutInToolTip(QAction* action)
{
    setToolTipWithShortcut(action, plainText(action->text()));
}

void showShortcutsInToolTips(QObject* root)
{
    for (QAction* action : root->findChildren<QAction*>()) {
        showShortcutInToolTip(action);
    }
}

} // namespace propdesk::gui
