#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace propdesk::gui {

class AppSession;
class PatrolToursModel;

// Today's guard tours (docs/security-operations.md): a day, the rounds of its shifts with their live status
// (refreshed every 30 seconds and after every security change), a scan recorded by hand and a guard-tour
// device's export imported.
class PatrolToursView : public QWidget
{
    Q_OBJECT

public:
    explicit PatrolToursView(AppSession& session, QWidget* parent = nullptr);
    ~PatrolToursView() override;

    PatrolToursModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QDateEdit* dayEdit() const { return m_day; }
    // How often the status is read again.
    static constexpr int kRefreshMs = 30 * 1000;

    // Opens the dialogs, as their buttons do.
    void recordScan();
    void importFile();
    // Reads the rounds again (the timer's tick).
    void refresh();

private:
    void siteChanged();
    void updateSummary();
    void updateActions();

    AppSession& m_session;
    PatrolToursModel* m_model = nullptr;
    QDateEdit* m_day = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_import = nullptr;
    QTableView* m_table = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace propdesk::gui
