#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

namespace propdesk::gui {

class AppSession;
class SiteModel;
class StaffModel;

// Settings: which database file is open (open another, create an empty one), the interface language, the
// sites of the database (and adding one) and the current site's staff.
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
};

} // namespace propdesk::gui
