#pragma once

#include "domain/workorder.h"

#include <QList>
#include <QObject>

#include <optional>

class QAction;
class QDialog;
class QWidget;

namespace propdesk::gui {

class AppSession;

// What can be done to one order, as actions for menus, toolbars and shortcuts: each opens its dialog over
// `dialogParent`. An action the user's role may not take is hidden (and disabled); of the others, only
// those the order's status allows are enabled. Views call setCurrent()
// as their selection moves. The shortcuts work while the focus is in a widget the actions were added to
// (Qt::WidgetWithChildrenShortcut), so that typing in the intake form never dispatches an order.
class WorkOrderActions : public QObject
{
    Q_OBJECT

public:
    explicit WorkOrderActions(AppSession& session, QWidget* dialogParent);
    ~WorkOrderActions() override;

    // Loads the order to know its status; none (or an order that cannot be read) disables every action.
    void setCurrent(std::optional<domain::WorkOrderId> id);
    std::optional<domain::WorkOrderId> current() const;

    // In menu order: Dispatch, Record arrival, Hold, Resume, Complete, Cancel, Log rework, Revisit.
    QList<QAction*> actions() const;
    QAction* dispatchAction() const { return m_dispatch; }
    QAction* arriveAction() const { return m_arrive; }
    QAction* holdAction() const { return m_hold; }
    QAction* resumeAction() const { return m_resume; }
    QAction* completeAction() const { return m_complete; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* reworkAction() const { return m_rework; }
    QAction* revisitAction() const { return m_revisit; }

signals:
    // An order was written through one of the dialogs (for a rework: the new order). The session's
    // ordersChanged() has been emitted already.
    void orderChanged(propdesk::domain::WorkOrderId id);

private:
    QAction* createAction(const QString& text, const QKeySequence& keys, void (WorkOrderActions::*slot)());
    void refresh();
    void updateEnabled();
    void open(QDialog* dialog);

    void dispatch();
    void arrive();
    void hold();
    void resume();
    void complete();
    void cancel();
    void rework();
    void revisit();

    AppSession& m_session;
    QWidget* m_dialogParent;
    std::optional<domain::WorkOrder> m_order;
    QAction* m_dispatch = nullptr;
    QAction* m_arrive = nullptr;
    QAction* m_hold = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_complete = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_rework = nullptr;
    QAction* m_revisit = nullptr;
};

} // namespace propdesk::gui
