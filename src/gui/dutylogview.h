#pragma once

#include "domain/security.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace propdesk::gui {

class AppSession;
class DutyLogModel;

// The duty log (值班记录): visitors, vehicles and incidents of a range of days, of one kind or all; logs a
// new entry, signs a visitor or vehicle out (now) and records an incident's handling.
class DutyLogView : public QWidget
{
    Q_OBJECT

public:
    explicit DutyLogView(AppSession& session, QWidget* parent = nullptr);
    ~DutyLogView() override;

    DutyLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* kindCombo() const { return m_kind; }
    // The entry on the current row, if any.
    std::optional<domain::DutyEntry> currentEntry() const;
    bool selectEntry(domain::DutyEntryId id);

    // What the buttons do.
    void logEntry(domain::DutyEntryKind kind);
    // Signs the current visitor or vehicle out now; false when refused (the reason is shown).
    bool signOut();
    void handleIncident();
    void reload();

private:
    void updateActions();
    void updateSummary();

    AppSession& m_session;
    DutyLogModel* m_model = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_visitor = nullptr;
    QPushButton* m_vehicle = nullptr;
    QPushButton* m_incident = nullptr;
    QPushButton* m_signOut = nullptr;
    QPushButton* m_handle = nullptr;
    QTableView* m_table = nullptr;
    std::optional<domain::DutyEntryId> m_keep;
};

} // namespace propdesk::gui
