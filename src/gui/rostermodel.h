#pragma once

#include "domain/security.h"
#include "services/securityservice.h"

#include <QAbstractTableModel>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace propdesk::gui {

// A month's roster as a grid: one row per day, one column per post of each shift (shifts in setup order,
// their posts in setup order). A cell shows the guard's name from the site's staff list on the shift's
// colour; an edited cell carries a mark, the change and its note in its tooltip; a cell with a conflict is
// written in red. Read-only: edits go through the roster's dialogs.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ShiftIndexRole = Qt::UserRole + 1, // int: the shift's index in the setup
        EditedRole,                        // bool: the slot differs from the generated plan
        ConflictRole,                      // bool: a conflict names this slot
    };

    // The mark after the name of an edited slot, on screen and on the printed sheet.
    static QString editMark();

    explicit RosterModel(QObject* parent = nullptr);
    ~RosterModel() override;

    // The month shown: its days are the rows even without a roster (every cell empty).
    void setContent(domain::SecuritySetup setup, date::year_month month, std::optional<services::RosterView> roster,
                    std::map<domain::StaffId, std::string> staff);

    const domain::SecuritySetup& setup() const { return m_setup; }
    date::year_month month() const { return m_month; }
    const std::optional<services::RosterView>& roster() const { return m_roster; }
    // The guard's name from the staff list, or "#id" for one no longer there.
    QString guardName(const std::optional<domain::StaffId>& guard) const;
    // The staff list: id → name.
    const std::map<domain::StaffId, std::string>& staff() const { return m_staff; }

    // The slot a cell stands for, and the cell of a slot (invalid when the month has no such slot).
    domain::SlotKey slotKey(const QModelIndex& index) const;
    QModelIndex indexOf(const domain::SlotKey& key) const;
    // The roster's slot at the cell; null without a roster.
    const domain::RosterSlot* slot(const QModelIndex& index) const;
    // "5 Apr · Early · Lobby" for dialogs and the conflicts panel.
    QString slotText(const domain::SlotKey& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Column
    {
        std::size_t shift = 0;
        std::string post;
    };

    domain::Date day(int row) const;

    domain::SecuritySetup m_setup;
    date::year_month m_month{date::year{2026}, date::month{1}};
    std::optional<services::RosterView> m_roster;
    std::map<domain::StaffId, std::string> m_staff;
    std::vector<Column> m_columns;
};

} // namespace propdesk::gui
