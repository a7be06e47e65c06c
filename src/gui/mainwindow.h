#pragma once

#include "domain/ids.h"

#include <QMainWindow>
#include <QTimer>

#include <map>
#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QStackedWidget;

namespace propdesk::gui {

class AppSession;
class EscalationNotice;

// The application's window: a sidebar with one entry per module whose page has been registered, the
// site selector in the toolbar, the signed-in user, the database and the site's time in the status bar, and
// for supervisors and managers the complaints past their response deadline (a button that opens the longest
// overdue one).
// Geometry, toolbar state and the last module are kept in QSettings ("mainwindow/…").
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Module
    {
        FrontDesk,
        WorkOrders,
        Complaints,
        Patrol,
        Inspections,
        Reports,
        Settings,
        Audit,
    };
    Q_ENUM(Module)

    explicit MainWindow(AppSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The usual title and icon of a module, for addPage().
    static QString moduleTitle(Module module);
    static QIcon moduleIcon(Module module);

    // Registers a module's page: it gets a sidebar entry and a View menu action, in module order, with the
    // module's fixed shortcut (Ctrl+1 Front desk, Ctrl+2 Work orders, Ctrl+3 Complaints, Ctrl+4 Security …
    // Ctrl+7 Settings, Ctrl+8 Audit trail). The window takes
    // ownership of the page. Registering a module again replaces its page (deleted later, so that the old
    // page may be the one whose call led here).
    void addPage(Module module, QWidget* page, const QString& title, const QIcon& icon);
    // Takes the module out of the sidebar and the View menu and deletes its page later; ignored for a
    // module without a page. Another module is shown when it was the current one.
    void removePage(Module module);
    // Shows a registered module; ignored (and logged) for one without a page.
    void showModule(Module module);
    std::optional<Module> currentModule() const;
    // The module's page, or nullptr.
    QWidget* page(Module module) const;

    // File menu actions for the features that implement them (CSV import and export, the dispatch slip).
    // They start hidden, so that the menu never offers what does nothing: connect triggered() and call
    // setVisible(true). Their shortcuts are Ctrl+I, Ctrl+E and Ctrl+P.
    QAction* importAction() const { return m_importAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* printAction() const { return m_printAction; }
    // Switch user (Ctrl+L) and Change my password, hidden like the others until they are connected.
    QAction* switchUserAction() const { return m_switchUserAction; }
    QAction* passwordAction() const { return m_passwordAction; }
    // The status bar's notice of escalated complaints (hidden while there is none, or for other roles).
    EscalationNotice* escalationNotice() const { return m_escalationNotice; }

public slots:
    // Shows the Complaints module with this complaint selected; ignored without that module.
    void openComplaint(propdesk::domain::ComplaintId id);
    // Shows the work order: on the front desk's dispatch board while it is open there, else in the work
    // orders' history.
    void openWorkOrder(propdesk::domain::WorkOrderId id);

signals:
    void moduleChanged(propdesk::gui::MainWindow::Module module);

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct Entry
    {
        QWidget* page = nullptr;
        QListWidgetItem* item = nullptr;
        QAction* action = nullptr;
    };

    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();

    void updateSites();
    void updateSite();
    void updateUser();
    void updateDatabase();
    void updateClock();
    void navigationRowChanged(int row);
    void retire(QWidget* page);
    void showAbout();
    static QString translationsText();
    void saveSettings() const;

    AppSession& m_session;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QComboBox* m_siteSelector = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_clockLabel = nullptr;
    EscalationNotice* m_escalationNotice = nullptr;
    QMenu* m_viewMenu = nullptr;
    QActionGroup* m_moduleActions = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_switchUserAction = nullptr;
    QAction* m_passwordAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QTimer m_clockTimer;

    std::map<Module, Entry> m_entries;
    // The module to show once the window first appears (QSettings), when its page has been registered.
    std::optional<Module> m_savedModule;
    bool m_shown = false;
};

} // namespace propdesk::gui
