#include "workorderactions.h"

#include "appsession.h"
#include "dispatchdialog.h"
#include "eventdialog.h"
#include "guilog.h"
#include "revisitdialog.h"
#include "reworkdialog.h"
#include "shortcuttooltip.h"

#include <QAction>
#include <QKeySequence>

#include <algorithm>

namespace propdesk::gui {

WorkOrderActions::WorkOrderActions(AppSession& session, QWidget* dialogParent)
    : QObject(dialogParent), m_session(session), m_dialogParent(dialogParent)
{
    // Ctrl+1…7, I, E, P, Q and O belong to the main window.
    m_dispatch = createAction(tr("&Dispatch…"), QKeySequence(Qt::CTRL | Qt::Key_D), &WorkOrderActions::dispatch);
    m_arrive = createAction(tr("Record &arrival…"), QKeySequence(Qt::CTRL | Qt::Key_R), &WorkOrderActions::arrive);
    m_hold = createAction(tr("&Hold…"), QKeySequence(Qt::CTRL | Qt::Key_H), &WorkOrderActions::hold);
    m_resume = createAction(tr("Res&ume…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), &WorkOrderActions::resume);
    m_complete =
        createAction(tr("&Complete…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &WorkOrderActions::complete);
    m_cancel = createAction(tr("Cance&l order…"), QKeySequence(), &WorkOrderActions::cancel);
    m_rework =
        createAction(tr("Log re&work…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), &WorkOrderActions::rework);
    m_revisit =
        createAction(tr("Re&visit…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), &WorkOrderActions::revisit);

    // Another page may have changed the order; another database makes the id meaningless; another user may
    // do other things.
    connect(&m_session, &AppSession::ordersChanged, this, &WorkOrderActions::refresh);
    connect(&m_session, &AppSession::userChanged, this, &WorkOrderActions::updateEnabled);
    connect(&m_session, &AppSession::workspaceChanged, this, [this] { setCurrent(std::nullopt); });
    updateEnabled();
}

WorkOrderActions::~WorkOrderActions() = default;

QAction* WorkOrderActions::createAction(const QString& text, const QKeySequence& keys, void (WorkOrderActions::*slot)())
{
    auto* action = new QAction(text, this);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    showShortcutInToolTip(action);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void WorkOrderActions::setCurrent(std::optional<domain::WorkOrderId> id)
{
    m_order.reset();
    if (id && m_session.isOpen()) {
        if (auto order = m_session.workspace().workOrders().get(*id)) {
            m_order = std::move(*order);
        } else {
            logger()->warn("cannot read work order {}: {}", id->value, order.error().describe());
        }
    }
    updateEnabled();
}

std::optional<domain::WorkOrderId> WorkOrderActions::current() const
{
    if (!m_order) {
        return std::nullopt;
    }
    return m_order->header.id;
}

QList<QAction*> WorkOrderActions::actions() const
{
    return {m_dispatch, m_arrive, m_hold, m_resume, m_complete, m_cancel, m_rework, m_revisit};
}

void WorkOrderActions::refresh()
{
    setCurrent(current());
}

void WorkOrderActions::updateEnabled()
{
    using enum domain::WorkOrderStatus;
    const auto status = m_order ? std::optional(m_order->status()) : std::nullopt;
    const auto in = [&](std::initializer_list<domain::WorkOrderStatus> allowed) {
        return status && std::find(allowed.begin(), allowed.end(), *status) != allowed.end();
    };
    const bool arrived = m_order && m_order->timeline().arrived;
    // What the user's role may never do is not offered at all (the service would refuse it); the rest is
    // enabled by the order's status.
    const domain::User& user = m_session.user();
    using domain::Permission;
    const auto allow = [&](QAction* action, Permission permission, bool byStatus) {
        const bool permitted = user.can(permission);
        action->setVisible(permitted);
        action->setEnabled(permitted && byStatus);
    };
    allow(m_dispatch, Permission::DispatchWorkOrder, in({Logged, Dispatched, InProgress, OnHold}));
    allow(m_arrive, Permission::UpdateWorkOrder, in({Logged, Dispatched}) && !arrived);
    allow(m_hold, Permission::UpdateWorkOrder, in({Logged, Dispatched, InProgress}));
    allow(m_resume, Permission::UpdateWorkOrder, in({OnHold}));
    allow(m_complete, Permission::UpdateWorkOrder, in({Logged, Dispatched, InProgress}));
    allow(m_cancel, Permission::CancelWorkOrder, in({Logged, Dispatched, InProgress, OnHold}));
    allow(m_rework, Permission::LogWorkOrder, in({Completed, Revisited}));
    allow(m_revisit, Permission::RecordRevisit, in({Completed}));
}

void WorkOrderActions::open(QDialog* dialog)
{
    // The dialogs are window-modal, but the session may still change under them: remember the order now.
    const domain::WorkOrderId id = m_order->header.id;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (auto* rework = qobject_cast<ReworkDialog*>(dialog)) {
            // The intake form inside has told the session already.
            emit orderChanged(rework->logged().value_or(id));
            return;
        }
        m_session.notifyOrdersChanged(); // refreshes the enabled actions too
        emit orderChanged(id);
    });
    dialog->open();
}

void WorkOrderActions::dispatch()
{
    if (m_order && m_dispatch->isEnabled()) {
        open(new DispatchDialog(m_session, *m_order, m_dialogParent));
    }
}

void WorkOrderActions::arrive()
{
    if (m_order && m_arrive->isEnabled()) {
        open(new EventDialog(m_session, *m_order, EventDialog::Kind::Arrival, m_dialogParent));
    }
}

void WorkOrderActions::hold()
{
    if (m_order && m_hold->isEnabled()) {
        open(new EventDialog(m_session, *m_order, EventDialog::Kind::Hold, m_dialogParent));
    }
}

void WorkOrderActions::resume()
{
    if (m_order && m_resume->isEnabled()) {
        open(new EventDialog(m_session, *m_order, EventDialog::Kind::Resume, m_dialogParent));
    }
}

void WorkOrderActions::complete()
{
    if (m_order && m_complete->isEnabled()) {
        open(new EventDialog(m_session, *m_order, EventDialog::Kind::Completion, m_dialogParent));
    }
}

void WorkOrderActions::cancel()
{
    if (m_order && m_cancel->isEnabled()) {
        open(new EventDialog(m_session, *m_order, EventDialog::Kind::Cancellation, m_dialogParent));
    }
}

void WorkOrderActions::rework()
{
    if (m_order && m_rework->isEnabled()) {
        open(new ReworkDialog(m_session, *m_order, m_dialogParent));
    }
}

void WorkOrderActions::revisit()
{
    if (m_order && m_revisit->isEnabled()) {
        open(new RevisitDialog(m_session, *m_order, m_dialogParent));
    }
}

} // namespace propdesk::gui
