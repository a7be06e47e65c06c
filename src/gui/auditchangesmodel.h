#pragma once

#include "domain/audit.h"
#include "domain/timezone.h"

#include <QAbstractTableModel>

#include <vector>

namespace propdesk::gui {

// The fields one audit entry changed: field, value before, value after. The value that went is struck through on
// red, the one that came is on green, so that the eye finds the change; a side without a value says so in grey.
class AuditChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Field,
        Before,
        After,
        ColumnCount
    };

    enum Role
    {
        // The value as stored (QString), the field's key for the Field column.
        StoredValueRole = Qt::UserRole + 1,
    };

    explicit AuditChangesModel(QObject* parent = nullptr);
    ~AuditChangesModel() override;

    // Shows the entry's changes, times in `zone` (the record's site).
    void setEntry(const domain::AuditEntry& entry, const domain::TimeZone& zone);
    void clear();

    const std::vector<domain::AuditChange>& changes() const { return m_changes; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<domain::AuditChange> m_changes;
    domain::TimeZone m_zone;
};

} // namespace propdesk::gui
