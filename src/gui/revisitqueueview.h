#pragma once

#include "domain/ids.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableView;
class QToolBar;

namespace propdesk::gui {

class AppSession;
class RevisitQueueModel;
class WorkOrderActions;

// The revisit queue with its Revisit… (and Log rework…) action in a toolbar and a context menu;
// double-clicking an order opens Revisit….
class RevisitQueueView : public QWidget
{
    Q_OBJECT

public:
    // With `actions` null the view makes its own; shared actions follow this view's selection while it
    // changes.
    explicit RevisitQueueView(AppSession& session, WorkOrderActions* actions = nullptr, QWidget* parent = nullptr);
    ~RevisitQueueView() override;

    RevisitQueueModel* model() const { return m_model; }
    WorkOrderActions* actions() const { return m_actions; }
    QTableView* table() const { return m_table; }

    void selectOrder(domain::WorkOrderId id);
    std::optional<domain::WorkOrderId> currentOrder() const;

private:
    void currentChanged();
    void updateSummary();
    void showContextMenu(const QPoint& pos);

    AppSession& m_session;
    RevisitQueueModel* m_model = nullptr;
    WorkOrderActions* m_actions = nullptr;
    QLabel* m_summary = nullptr;
    QToolBar* m_toolBar = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace propdesk::gui
