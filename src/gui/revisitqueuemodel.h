#pragma once

#include "domain/ids.h"
#include "services/workorderlists.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <optional>
#include <vector>

namespace propdesk::gui {

class AppSession;

// The revisit queue (回访): the current site's completed orders whose resident has not been called back,
// the longest waiting first. The waiting time follows the session's clock (refreshClock()).
class RevisitQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        CompletedAt,
        Waiting,
        Location,
        Reporter,
        Phone,
        Technician,
        Description,
        ColumnCount
    };
    enum Role
    {
        WorkOrderIdRole = Qt::UserRole + 1, // qlonglong, the order's id
    };

    explicit RevisitQueueModel(AppSession& session, QObject* parent = nullptr);
    ~RevisitQueueModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const services::RevisitEntry& entry(int row) const { return m_entries.at(static_cast<std::size_t>(row)); }
    std::optional<domain::WorkOrderId> orderId(const QModelIndex& index) const;
    int rowOf(domain::WorkOrderId id) const;

public slots:
    void reload();
    // Moves the waiting column to the clock's now.
    void refreshClock();

private:
    AppSession& m_session;
    std::vector<services::RevisitEntry> m_entries;
    QTimer m_ticker;
};

} // namespace propdesk::gui
