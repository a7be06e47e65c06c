#pragma once

#include "domain/ids.h"
#include "services/workorderlists.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <optional>
#include <vector>

namespace propdesk::gui {

class AppSession;

// The dispatch board: the current site's open orders, most urgent first as the service sorts them, with
// a countdown to each order's next deadline. A one-second timer moves the countdown and its colours
// (dataChanged, no reload); the orders are read again when the session says they or the site changed.
// "Now" is always the session's clock, so a test moves its clock and calls refreshClock().
class BoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        TimeLeft,
        Deadline,
        Next,
        Urgency,
        Category,
        Location,
        Status,
        Technician,
        Reported,
        ColumnCount
    };
    enum Role
    {
        WorkOrderIdRole = Qt::UserRole + 1, // qlonglong, the order's id
        DeadlineStateRole,                  // int, a services::DeadlineState
    };

    explicit BoardModel(AppSession& session, QObject* parent = nullptr);
    ~BoardModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const services::BoardEntry& entry(int row) const { return m_entries.at(static_cast<std::size_t>(row)); }
    services::DeadlineState state(int row) const { return m_states.at(static_cast<std::size_t>(row)); }
    std::optional<domain::WorkOrderId> orderId(const QModelIndex& index) const;
    // The row of an order, or -1.
    int rowOf(domain::WorkOrderId id) const;
    int overdueCount() const;

public slots:
    // Reads the board again (a reset).
    void reload();
    // Moves the countdown to the clock's now: the time-left column, and the colours of rows whose state
    // changed.
    void refreshClock();

signals:
    // After a reload or a tick: the number of orders and of overdue ones may have changed.
    void summaryChanged();

private:
    AppSession& m_session;
    std::vector<services::BoardEntry> m_entries;
    std::vector<services::DeadlineState> m_states;
    QTimer m_ticker;
};

} // namespace propdesk::gui
