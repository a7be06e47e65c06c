#pragma once

#include "domain/security.h"

#include <QWidget>

#include <optional>
#include <string>
#include <utility>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace propdesk::gui {

class AppSession;
class FieldErrors;
class PatrolRoutesView;

// The Set-up tab of the Security module: how the current site's security team works. The shifts (code,
// name, start, length), the posts (code, name, the shifts they are staffed in), the squads with their guards
// chosen from the site's staff (in post order, the leader first), the rotation (days, direction, anchor),
// the least rest between two shifts and the night spot checks owed each month; Save stores it all at once
// (a refusal is shown beside the part it names), Revert reads it again. The patrol routes sit beside it.
// Read-only for those who may not manage the security set-up.
class SecuritySetupView : public QWidget
{
    Q_OBJECT

public:
    enum ShiftColumn
    {
        ShiftCode,
        ShiftName,
        ShiftStart,
        ShiftLength,
    };
    enum PostColumn
    {
        PostCode,
        PostName,
        PostShifts,
    };
    enum SquadColumn
    {
        SquadCode,
        SquadName,
        SquadGuards,
    };

    explicit SecuritySetupView(AppSession& session, QWidget* parent = nullptr);
    ~SecuritySetupView() override;

    QTableWidget* shiftsTable() const { return m_shifts; }
    QTableWidget* postsTable() const { return m_posts; }
    QTableWidget* squadsTable() const { return m_squads; }
    QListWidget* guardList() const { return m_guardList; }
    QComboBox* staffBox() const { return m_staffBox; }
    QLineEdit* rotationDaysEdit() const { return m_days; }
    QComboBox* directionBox() const { return m_direction; }
    QDateEdit* anchorEdit() const { return m_anchor; }
    QSpinBox* restSpin() const { return m_rest; }
    QSpinBox* spotChecksSpin() const { return m_spotChecks; }
    QLabel* errorLabel() const { return m_error; }
    PatrolRoutesView* routes() const { return m_routes; }

    // The set-up as the fields show it; an error for a time or number that does not read (field named as the
    // domain names it).
    domain::Result<domain::SecuritySetup> edited() const;
    // Stores the edited set-up; true when the service took it.
    bool save();
    void revert();

    // Squad editing, for the buttons and tests.
    void addSquad();
    void removeSquad();
    void addGuard();    // the staff member chosen in staffBox() to the selected squad
    void removeGuard(); // the selected guard from the selected squad
    void moveGuard(int by);

private:
    void load(const domain::SecuritySetup& setup);
    void showSquadGuards();
    void updateSquadSummary(int row);
    void updateActions();
    QString staffName(domain::StaffId id) const;

    AppSession& m_session;
    domain::SecuritySetup m_loaded;
    std::vector<std::pair<domain::StaffId, std::string>> m_staff; // the site's staff, active first
    std::vector<std::vector<domain::StaffId>> m_guards;           // per squad row
    bool m_loading = false;

    QTableWidget* m_shifts = nullptr;
    QTableWidget* m_posts = nullptr;
    QTableWidget* m_squads = nullptr;
    QListWidget* m_guardList = nullptr;
    QComboBox* m_staffBox = nullptr;
    QLineEdit* m_days = nullptr;
    QComboBox* m_direction = nullptr;
    QDateEdit* m_anchor = nullptr;
    QSpinBox* m_rest = nullptr;
    QSpinBox* m_spotChecks = nullptr;
    QLabel* m_error = nullptr;
    QList<QPushButton*> m_editButtons;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    PatrolRoutesView* m_routes = nullptr;
};

} // namespace propdesk::gui
