#pragma once

#include "domain/ids.h"
#include "services/complaintlists.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <optional>
#include <vector>

namespace propdesk::gui {

class AppSession;

// The complaint board: the current site's open complaints, the most urgent first as the service sorts
// them (overdue, then by time left), then the resolved ones waiting for the reply to the resident. A
// one-second timer moves the countdowns, their colours and the escalation flags (dataChanged, no reload);
// the complaints are read again when the session says they or the site changed. "Now" is always the
// session's clock, so a test moves its clock and calls refreshClock().
class ComplaintBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The countdown and the escalation next to the code, as on the dispatch board: what matters first.
    enum Column
    {
        Code,
        TimeLeft,
        Escalated,
        Next,
        Status,
        Department,
        Category,
        Subject, // resident · location
        Received,
        ColumnCount
    };
    enum Role
    {
        ComplaintIdRole = Qt::UserRole + 1, // qlonglong, the complaint's id
        DeadlineStateRole,                  // int, a services::DeadlineState
        EscalatedRole,                      // bool: past its response deadline without a response
    };

    explicit ComplaintBoardModel(AppSession& session, QObject* parent = nullptr);
    ~ComplaintBoardModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const services::ComplaintBoardEntry& entry(int row) const { return m_entries.at(static_cast<std::size_t>(row)); }
    services::DeadlineState state(int row) const { return m_rows.at(static_cast<std::size_t>(row)).state; }
    bool isEscalated(int row) const { return m_rows.at(static_cast<std::size_t>(row)).escalated; }
    std::optional<domain::ComplaintId> complaintId(const QModelIndex& index) const;
    // The row of a complaint, or -1.
    int rowOf(domain::ComplaintId id) const;
    int overdueCount() const;
    // The escalated complaints, the longest overdue first.
    std::vector<domain::ComplaintId> escalatedComplaints() const;

public slots:
    // Reads the board again (a reset).
    void reload();
    // Moves the countdowns to the clock's now: the time-left and escalation columns, and the colours of
    // rows whose state changed.
    void refreshClock();

signals:
    // After a reload or a tick: the numbers of complaints, overdue and escalated ones may have changed.
    void summaryChanged();

private:
    struct RowState
    {
        services::DeadlineState state = services::DeadlineState::Unmeasured;
        bool escalated = false;
    };

    QString escalationText(const services::ComplaintBoardEntry& entry) const;

    AppSession& m_session;
    std::vector<services::ComplaintBoardEntry> m_entries;
    std::vector<RowState> m_rows;
    QTimer m_ticker;
};

} // namespace propdesk::gui
