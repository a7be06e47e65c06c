#pragma once

#include "domain/security.h"

#include <QWidget>

#include <optional>
#include <string>
#include <utility>
#include <vector>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace propdesk::gui {

class AppSession;
class RosterConflictModel;
class RosterModel;
class RosterSheet;

// The Roster tab of the Security module: the current site's roster of a month as a grid (days × the posts
// of each shift) with a month picker, its status, the edits of the selected cell(s) (Generate, Swap…,
// Leave…, Substitute…), Publish… and the printed sheet (Print…, Export PDF…), and beside it the conflicts
// panel: clicking a conflict selects its cell.
class RosterView : public QWidget
{
    Q_OBJECT

public:
    explicit RosterView(AppSession& session, QWidget* parent = nullptr);
    ~RosterView() override;

    RosterModel* model() const { return m_model; }
    RosterConflictModel* conflictModel() const { return m_conflictModel; }
    QTableView* grid() const { return m_grid; }
    QTableView* conflictsView() const { return m_conflicts; }
    QDateEdit* monthEdit() const { return m_month; }
    QLabel* statusLabel() const { return m_status; }

    date::year_month month() const;
    void setMonth(date::year_month month);
    // Selects the cell of the slot (and scrolls to it); false when the grid has none.
    bool selectSlot(const domain::SlotKey& key);
    // The sheet of the roster shown; none without a roster.
    std::optional<RosterSheet> sheet() const;

    // The actions of the buttons, for tests and shortcuts.
    void generate();
    void swap();
    void leave();
    void substitute();
    void publish();
    void printSheet();
    void exportPdf();

private:
    void reload();
    void updateActions();
    std::vector<domain::SlotKey> selectedSlots() const;
    std::vector<std::pair<domain::StaffId, std::string>> activeGuards() const;
    void showRefusal(const QString& title, const domain::Error& error);
    void edit(int kind);

    AppSession& m_session;
    RosterModel* m_model = nullptr;
    RosterConflictModel* m_conflictModel = nullptr;
    QDateEdit* m_month = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_conflictSummary = nullptr;
    QTableView* m_grid = nullptr;
    QTableView* m_conflicts = nullptr;
    QPushButton* m_generate = nullptr;
    QPushButton* m_swap = nullptr;
    QPushButton* m_leave = nullptr;
    QPushButton* m_substitute = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_export = nullptr;
    std::vector<std::pair<domain::StaffId, std::string>> m_activeGuards;
};

} // namespace propdesk::gui
