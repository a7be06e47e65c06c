#pragma once

#include "domain/ids.h"
#include "domain/inspection.h"
#include "services/workorderlists.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <optional>
#include <unordered_map>
#include <vector>

namespace propdesk::gui {

class AppSession;

// The nonconformance board (不合格项): the current site's nonconformances ordered by deadline, the open ones
// first, then the ones waiting for verification or closing, then the finished ones. An open one past its deadline is
// overdue: red, with how long it is overdue. Shows the open ones or all, of every area type or one. A one-second timer
// moves the countdowns (dataChanged, no reload); "now" is the session's clock, so a test moves its clock and
// calls refreshClock().
class NonconformanceBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Raised,
        Area,
        Location,
        Description,
        Severity,
        Contractor,
        Deadline,
        State,
        TimeLeft, // the countdown, "overdue by …", or how the rectification kept the deadline
        ColumnCount
    };
    enum Role
    {
        NonconformanceIdRole = Qt::UserRole + 1, // qlonglong
        NcStateRole,                             // int, a domain::NcState
        OverdueRole,                             // bool
        DeadlineStateRole,                       // int, a services::DeadlineState
    };

    explicit NonconformanceBoardModel(AppSession& session, QObject* parent = nullptr);
    ~NonconformanceBoardModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every state (true) or only the ones not closed or withdrawn (false, the default).
    void setShowAll(bool all);
    bool showsAll() const { return m_showAll; }
    // One area type, or every one.
    void setAreaFilter(std::optional<domain::AreaType> area);

    const domain::Nonconformance& nonconformance(int row) const { return m_rows.at(static_cast<std::size_t>(row)).nc; }
    std::optional<domain::NonconformanceId> nonconformanceId(const QModelIndex& index) const;
    // The row of a nonconformance, or -1.
    int rowOf(domain::NonconformanceId id) const;
    bool isOverdue(int row) const { return m_rows.at(static_cast<std::size_t>(row)).overdue; }
    int overdueCount() const;
    // The name of a contractor of the site, or empty.
    QString contractorName(std::optional<domain::ContractorId> id) const;
    const std::vector<domain::Contractor>& contractors() const { return m_contractors; }

public slots:
    void reload();
    void refreshClock();

signals:
    // After a reload or a tick: the counts may have changed.
    void summaryChanged();

private:
    struct Row
    {
        domain::Nonconformance nc;
        bool overdue = false;
        services::DeadlineState state = services::DeadlineState::Unmeasured;
    };

    void measure(Row& row, domain::Instant now) const;
    QString timeLeftText(const Row& row) const;

    AppSession& m_session;
    std::vector<Row> m_rows;
    std::vector<domain::Contractor> m_contractors;
    bool m_showAll = false;
    std::optional<domain::AreaType> m_area;
    QTimer m_ticker;
};

} // namespace propdesk::gui
