#include "workorderspage.h"

#include "historyview.h"
#include "revisitqueueview.h"
#include "workorderactions.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace propdesk::gui {

WorkOrdersPage::WorkOrdersPage(AppSession& session, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("workOrdersPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workOrderTabs"));
    m_tabs->setDocumentMode(true);
    // Each tab has its own actions: they follow that tab's selection, and a hidden tab's shortcuts are off.
    m_historyActions = new WorkOrderActions(session, this);
    m_history = new HistoryView(session, m_historyActions, m_tabs);
    m_revisitQueue = new RevisitQueueView(session, nullptr, m_tabs);
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_revisitQueue, tr("Revisit queue"));
    m_tabs->setTabToolTip(0, tr("Every order, filtered and searched, with its timeline and deadlines"));
    m_tabs->setTabToolTip(1, tr("Completed orders waiting for the call-back to the resident, longest waiting first"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

WorkOrdersPage::~WorkOrdersPage() = default;

void WorkOrdersPage::showHistory()
{
    m_tabs->setCurrentWidget(m_history);
}

void WorkOrdersPage::showRevisitQueue()
{
    m_tabs->setCurrentWidget(m_revisitQueue);
}

std::optional<domain::WorkOrderId> WorkOrdersPage::currentOrder() const
{
    if (m_tabs->currentWidget() == m_revisitQueue) {
        return m_revisitQueue->currentOrder();
    }
    return m_history->currentOrder();
}

} // namespace propdesk::gui
