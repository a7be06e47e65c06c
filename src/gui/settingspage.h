#pragma once

#include <QWidget>

#include <memory>

class QTabWidget;

namespace Ui {
class SettingsPage;
}

namespace propdesk::gui {

class AppSession;
class BackupPage;
class SiteModel;
class StaffModel;
class UsersPage;

// Settings: which database file is open (open another, create an empty one), the interface language, the
// sites of the database (and adding one) and the current site's staff; for administrators also the Users
// and Backup tabs. What the user's role may not change is not offered: the sites for managers, the staff
// for supervisors and managers; an administrator, who works at no site, sees neither.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(AppSession& session, QWidget* parent = nullptr);
    ~SettingsPage() override;

    // What the buttons do once their file dialog has a name; public so that tests can drive them. On
    // success the session switches to the file and it is opened again at the next start. A failure shows
    // a message box naming the file and the reason, and the open database stays as it was.
    bool openDatabase(const QString& fileName);
    // Refuses a file that exists: an "empty" database must not be someone's data.
    bool createDatabase(const QString& fileName);

    QTabWidget* tabs() const { return m_tabs; }
    // The administrator's tabs; null for anybody else.
    UsersPage* usersPage() const { return m_usersPage; }
    BackupPage* backupPage() const { return m_backupPage; }

private:
    void chooseDatabase();
    void chooseNewDatabase();
    void addSite();
    void languageChosen(int index);
    void updateDatabase();
    void showError(const QString& text, const QString& reason);
    void addStaffMember();
    void showStaffError(const QString& reason);
    void updateStaffGroup();
    void remember(const QString& fileName);
    QString startFolder();

    AppSession& m_session;
    std::unique_ptr<Ui::SettingsPage> m_ui;
    SiteModel* m_sites = nullptr;
    StaffModel* m_staff = nullptr;
    QTabWidget* m_tabs = nullptr;
    UsersPage* m_usersPage = nullptr;
    BackupPage* m_backupPage = nullptr;
};

} // namespace propdesk::gui
