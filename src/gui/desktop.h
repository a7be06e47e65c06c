#pragma once

#include <memory>

namespace propdesk::gui {

class AppSession;
class MainWindow;

// The main window with the page of every module that exists, and the File menu's import, export and
// print wired to them. The app, the screenshots and the start-up benchmark all build the window here.
std::unique_ptr<MainWindow> createMainWindow(AppSession& session);

} // namespace propdesk::gui
