#pragma once

#include "domain/ids.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableView;
class QToolBar;

namespace propdesk::gui {

class AppSession;
class BoardModel;
class WorkOrderActions;

// The dispatch board: "N open orders · M overdue", the order actions in a toolbar and a context menu, and
// the board table in the service's order (most urgent first; no re-sorting by header). Double-clicking an
// order that is only logged opens Dispatch….
class DispatchBoardView : public QWidget
{
    Q_OBJECT

public:
    // With `actions` null the view makes its own; shared actions follow this view's selection while it
    // changes.
    explicit DispatchBoardView(AppSession& session, WorkOrderActions* actions = nullptr, QWidget* parent = nullptr);
    ~DispatchBoardView() override;

    BoardModel* model() const { return m_model; }
    WorkOrderActions* actions() const { return m_actions; }
    QTableView* table() const { return m_table; }

    // Selects the order's row (when it is on the board) and makes it the actions' current order.
    void selectOrder(domain::WorkOrderId id);
    std::optional<domain::WorkOrderId> currentOrder() const;

private:
    void fitColumns();
    void currentChanged();
    void updateSummary();
    void showContextMenu(const QPoint& pos);
    void activated(const QModelIndex& index);

    AppSession& m_session;
    BoardModel* m_model = nullptr;
    WorkOrderActions* m_actions = nullptr;
    QLabel* m_summary = nullptr;
    QToolBar* m_toolBar = nullptr;
    QTableView* m_table = nullptr;
    // The selected order across a reload, to select it again.
    std::optional<domain::WorkOrderId> m_keep;
};

} // namespace propdesk::gui
