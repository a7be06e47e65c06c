#pragma once

#include "domain/timezone.h"
#include "services/indicatorservice.h" // rules::KpiRecord, the records of a figure

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace propdesk::gui {

// The records behind one indicator's figure (the drill-down of the dashboard): the orders that were late and
// by how much, the complaints not resolved, the rounds missed, the figures entered, … The most overdue
// first, then in the order the indicator gives them.
class KpiRecordsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Subject,
        Code,
        Location,
        Outcome,
        Rule,
        Deadline,
        OverBy,
        Detail,
        ColumnCount
    };
    enum Role
    {
        OverBySecondsRole = Qt::UserRole, // OverBy: the seconds over the deadline (qint64)
    };

    explicit KpiRecordsModel(QObject* parent = nullptr);
    ~KpiRecordsModel() override;

    // Shows `records`, deadlines on the wall clock of `zone`.
    void setRecords(std::vector<rules::KpiRecord> records, domain::TimeZone zone);
    void clear();
    const rules::KpiRecord& record(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<rules::KpiRecord> m_records;
    std::optional<domain::TimeZone> m_zone;
};

} // namespace propdesk::gui
