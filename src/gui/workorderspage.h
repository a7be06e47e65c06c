#pragma once

#include "domain/ids.h"

#include <QWidget>

#include <optional>

class QTabWidget;

namespace propdesk::gui {

class AppSession;
class HistoryView;
class RevisitQueueView;
class WorkOrderActions;

// The "Work orders" module: the revisit queue and the history of every order. The dispatch board lives
// on the front-desk page, next to the intake form, where the new order appears the moment it is logged.
class WorkOrdersPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkOrdersPage(AppSession& session, QWidget* parent = nullptr);
    ~WorkOrdersPage() override;

    HistoryView* history() const { return m_history; }
    RevisitQueueView* revisitQueue() const { return m_revisitQueue; }
    void showHistory();
    void showRevisitQueue();

    // The order selected on the visible tab.
    std::optional<domain::WorkOrderId> currentOrder() const;

private:
    QTabWidget* m_tabs = nullptr;
    WorkOrderActions* m_historyActions = nullptr;
    HistoryView* m_history = nullptr;
    RevisitQueueView* m_revisitQueue = nullptr;
};

} // namespace propdesk::gui
