#include "dispatchboardview.h"

#include "appsession.h"
#include "boardmodel.h"
#include "qtconvert.h"
#include "workorderactions.h"

#include <QAction>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

// Room either side of a cell's text.
constexpr int kCellPadding = 5;

} // namespace

DispatchBoardView::DispatchBoardView(AppSession& session, WorkOrderActions* actions, QWidget* parent)
    : QWidget(parent), m_session(session), m_actions(actions)
{
    if (!m_actions) {
        m_actions = new WorkOrderActions(m_session, this);
    }
    m_model = new BoardModel(m_session, this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("boardToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions(m_actions->actions());

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("boardTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(false); // the rows' colours are the countdown's
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto* columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    // The place takes the width the others leave; the countdown is as wide as its longest likely value, so
    // it never clips as it grows between reloads.
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(BoardModel::Location, QHeaderView::Stretch);
    QFont countdownFont = m_table->font();
    countdownFont.setBold(true);
    const QFontMetrics boldMetrics(countdownFont);
    constexpr long long kMinute = 60;
    constexpr long long kHour = 60 * kMinute;
    constexpr long long kDay = 24 * kHour;
    int timeLeft = columns->sectionSizeHint(BoardModel::TimeLeft);
    for (const QString& sample :
         {formatDuration(domain::Seconds{-(23 * kHour + 59 * kMinute)}),
          formatDuration(domain::Seconds{-(99 * kDay + 23 * kHour)}), BoardModel::tr("paused")}) {
        timeLeft = std::max(timeLeft, boldMetrics.horizontalAdvance(sample) + 2 * kCellPadding);
    }
    columns->resizeSection(BoardModel::TimeLeft, timeLeft);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // The shortcuts act on the board only while it has the focus.
    m_table->addActions(m_actions->actions());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    layout->addLayout(header);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DispatchBoardView::currentChanged);
    connect(m_table, &QTableView::customContextMenuRequested, this, &DispatchBoardView::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, &DispatchBoardView::activated);
    connect(m_model, &BoardModel::summaryChanged, this, &DispatchBoardView::updateSummary);
    connect(m_model, &BoardModel::modelAboutToBeReset, this, [this] { m_keep = currentOrder(); });
    connect(m_model, &BoardModel::modelReset, this, [this] {
        fitColumns();
        if (m_keep && m_model->rowOf(*m_keep) >= 0) {
            selectOrder(*m_keep);
        } else {
            currentChanged();
        }
        m_keep.reset();
    });
    connect(&m_session, &AppSession::siteChanged, this, [this] { m_keep.reset(); });

    fitColumns();
    updateSummary();
    currentChanged();
}

DispatchBoardView::~DispatchBoardView() = default;

void DispatchBoardView::selectOrder(domain::WorkOrderId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, BoardModel::Code),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, BoardModel::Code));
    currentChanged();
}

std::optional<domain::WorkOrderId> DispatchBoardView::currentOrder() const
{
    return m_model->orderId(m_table->currentIndex());
}

void DispatchBoardView::fitColumns()
{
    // On a reload, not on the clock's tick: the rows are new, the countdowns only change their text.
    for (int column = 0; column < BoardModel::ColumnCount; ++column) {
        if (column != BoardModel::TimeLeft && column != BoardModel::Location) {
            m_table->resizeColumnToContents(column);
        }
    }
}

void DispatchBoardView::currentChanged()
{
    m_actions->setCurrent(currentOrder());
}

void DispatchBoardView::updateSummary()
{
    const int open = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    const QString orders = open == 1 ? tr("1 open order") : tr("%1 open orders").arg(open);
    QString text = tr("%1 · %2 overdue").arg(orders).arg(overdue);
    if (m_session.site()) {
        text = QStringLiteral("%1 — %2").arg(qs(m_session.site()->name), text);
    }
    m_summary->setText(text);
    m_summary->setStyleSheet(overdue > 0 ? QStringLiteral("color: #9b0000;") : QString());
}

void DispatchBoardView::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid()) {
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    currentChanged();
    QMenu menu(this);
    menu.addActions(m_actions->actions());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void DispatchBoardView::activated(const QModelIndex& index)
{
    const auto id = m_model->orderId(index);
    if (!id) {
        return;
    }
    m_actions->setCurrent(id);
    if (m_model->entry(index.row()).order.timeline.status() == domain::WorkOrderStatus::Logged) {
        m_actions->dispatchAction()->trigger();
    }
}

} // namespace propdesk::gui
