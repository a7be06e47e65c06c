#pragma once

class QAction;
class QObject;
class QString;

namespace propdesk::gui {

// Sets an action's tooltip to `plain` followed by its shortcut, "Export work orders (Ctrl+E)", so that
// toolbar buttons and sidebars teach the shortcut the way menus do.
void setToolTipWithShortcut(QAction* action, const QString& plain);
// The same with the action's text (without '&' mnemonics and a trailing '…') as the plain tooltip.
void showShortcutInToolTip(QAction* action);
// showShortcutInToolTip() for every action owned by `root` or its children.
void showShortcutsInToolTips(QObject* root);

} // namespace propdesk::gui
