#pragma once

#include "domain/security.h"

#include <QAbstractTableModel>

#include <vector>

namespace propdesk::gui {

class RosterModel;

// The conflicts of the roster a RosterModel shows, one row each in slot order: the kind, the day, shift and
// post, the guard and, for a short rest, the rest left. Follows the roster model's resets.
class RosterConflictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        Day,
        Shift,
        Post,
        Guard,
        Rest,
        ColumnCount
    };

    explicit RosterConflictModel(const RosterModel& roster, QObject* parent = nullptr);
    ~RosterConflictModel() override;

    const domain::RosterConflict* conflict(const QModelIndex& index) const;
    int blockingCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    const RosterModel& m_roster;
    std::vector<domain::RosterConflict> m_conflicts;
};

} // namespace propdesk::gui
