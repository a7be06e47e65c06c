#pragma once

#include "domain/error.h"
#include "domain/staff.h"

#include <QAbstractTableModel>

#include <vector>

namespace propdesk::gui {

class AppSession;

// The current site's staff list, editable: names, phones and trades in place, Active as a check box (a
// member who leaves is deactivated, never deleted: the history keeps naming them). Every change goes
// through services::StaffService; a refused one leaves the row as it was and emits refused().
class StaffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Phone,
        Trade,
        Active,
        ColumnCount
    };

    explicit StaffModel(AppSession& session, QObject* parent = nullptr);
    ~StaffModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Adds a member to the current site's staff. The error's field ("name", "phone") says what to correct.
    domain::Result<void> add(const QString& name, const QString& phone, const QString& trade);
    const domain::StaffMember& member(int row) const;

signals:
    // An edit in place was refused; `reason` names the field and says why.
    void refused(const QString& reason);

private:
    void reload();

    AppSession& m_session;
    std::vector<domain::StaffMember> m_members;
};

} // namespace propdesk::gui
