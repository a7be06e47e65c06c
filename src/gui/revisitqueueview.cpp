#include "revisitqueueview.h"

#include "appsession.h"
#include "revisitqueuemodel.h"
#include "workorderactions.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace propdesk::gui {

RevisitQueueView::RevisitQueueView(AppSession& session, WorkOrderActions* actions, QWidget* parent)
    : QWidget(parent), m_session(session), m_actions(actions)
{
    if (!m_actions) {
        m_actions = new WorkOrderActions(m_session, this);
    }
    m_model = new RevisitQueueModel(m_session, this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("revisitSummaryLabel"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    const QList<QAction*> queueActions{m_actions->revisitAction(), m_actions->reworkAction()};
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("revisitToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions(queueActions);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("revisitTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->addActions(queueActions);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RevisitQueueView::currentChanged);
    connect(m_table, &QTableView::customContextMenuRequested, this, &RevisitQueueView::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const auto id = m_model->orderId(index)) {
            m_actions->setCurrent(id);
            m_actions->revisitAction()->trigger();
        }
    });
    connect(m_model, &RevisitQueueModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        updateSummary();
        currentChanged();
    });

    m_table->resizeColumnsToContents();
    updateSummary();
    currentChanged();
}

RevisitQueueView::~RevisitQueueView() = default;

void RevisitQueueView::selectOrder(domain::WorkOrderId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, RevisitQueueModel::Code),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, RevisitQueueModel::Code));
    currentChanged();
}

std::optional<domain::WorkOrderId> RevisitQueueView::currentOrder() const
{
    return m_model->orderId(m_table->currentIndex());
}

void RevisitQueueView::currentChanged()
{
    m_actions->setCurrent(currentOrder());
}

void RevisitQueueView::updateSummary()
{
    const int waiting = m_model->rowCount();
    m_summary->setText(waiting == 1 ? tr("1 completed order awaits its revisit")
                                    : tr("%1 completed orders await their revisit").arg(waiting));
}

void RevisitQueueView::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid()) {
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    currentChanged();
    QMenu menu(this);
    menu.addAction(m_actions->revisitAction());
    menu.addAction(m_actions->reworkAction());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace propdesk::gui
