#pragma once

#include "domain/inspection.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace propdesk::gui {

class AppSession;

// The site's preventive actions (预防措施): potential causes and what is done about them, the open ones
// first; an open one past its due date in red. Adds one (from the nonconformance selected on the board,
// when there is one) and marks one done.
class PreventiveActionView : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Cause,
        Action,
        Owner,
        Due,
        From,
        Status,
        ColumnCount
    };

    explicit PreventiveActionView(AppSession& session, QWidget* parent = nullptr);
    ~PreventiveActionView() override;

    QTableWidget* table() const { return m_table; }
    std::optional<domain::PreventiveAction> action(int row) const;
    // The nonconformance a new action starts from (the board's selection).
    void setSource(std::optional<domain::NonconformanceId> nc) { m_source = nc; }

    // What the buttons do.
    void addAction();
    void completeAction();
    void reload();

private:
    void updateActions();

    AppSession& m_session;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_complete = nullptr;
    std::vector<domain::PreventiveAction> m_actions;
    std::vector<domain::Nonconformance> m_nonconformances;
    std::optional<domain::NonconformanceId> m_source;
};

} // namespace propdesk::gui
