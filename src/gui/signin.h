#pragma once

#include <QString>

class QWidget;

namespace propdesk::services {
class Workspace;
}

namespace propdesk::gui {

// Has somebody sign in to `workspace` in a modal dialog over `parent`: the first administrator's account
// on a database without accounts (FirstAdminDialog), the sign-in dialog otherwise (SignInDialog).
// `cancelText` names what giving up does ("Quit PropDesk"); empty keeps Cancel. False when nobody signed in.
bool signInModal(services::Workspace& workspace, QWidget* parent, const QString& cancelText = {});

} // namespace propdesk::gui
