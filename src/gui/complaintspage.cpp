#include "complaintspage.h"

#include "appsession.h"
#include "complaintboardview.h"
#include "complaintdetail.h"
#include "complainthistoryview.h"
#include "complaintintakeform.h"
#include "complaintrevisitqueueview.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

namespace propdesk::gui {

namespace {

const QString kSplitterKey = QStringLiteral("complaints/splitter");
const QString kRightSplitterKey = QStringLiteral("complaints/detailSplitter");

} // namespace

ComplaintsPage::ComplaintsPage(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("complaintsPage"));

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("complaintTabs"));
    m_tabs->setDocumentMode(true);
    m_board = new ComplaintBoardView(m_session, m_tabs);
    m_revisitQueue = new ComplaintRevisitQueueView(m_session, m_tabs);
    m_history = new ComplaintHistoryView(m_session, m_tabs);
    m_tabs->addTab(m_board, tr("Board"));
    m_tabs->addTab(m_revisitQueue, tr("Revisit queue"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->setTabToolTip(0, tr("Open complaints, the most urgent first, with the time left to respond or resolve"));
    m_tabs->setTabToolTip(1, tr("Replied complaints waiting for the call-back to the resident, longest waiting first"));
    m_tabs->setTabToolTip(2, tr("Every complaint, filtered and searched, with its full timeline"));

    m_detail = new ComplaintDetail(m_session);
    m_detail->setObjectName(QStringLiteral("complaintDetail"));

    m_rightSplitter = new QSplitter(Qt::Vertical);
    m_rightSplitter->setObjectName(QStringLiteral("complaintDetailSplitter"));
    m_rightSplitter->addWidget(m_tabs);
    m_rightSplitter->addWidget(m_detail);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_rightSplitter->setChildrenCollapsible(false);
    if (!m_rightSplitter->restoreState(QSettings().value(kRightSplitterKey).toByteArray())) {
        m_rightSplitter->setSizes({420, 320});
    }
    connect(m_rightSplitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kRightSplitterKey, m_rightSplitter->saveState()); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("complaintsSplitter"));
    // Only those who may take a complaint get the form; the others see the board full width.
    if (m_session.user().can(domain::Permission::LogComplaint)) {
        m_intake = new ComplaintIntakeForm(m_session);
        // On a small screen the form scrolls rather than squeezing its fields.
        auto* scroll = new QScrollArea;
        scroll->setObjectName(QStringLiteral("complaintIntakeScroll"));
        scroll->setWidget(m_intake);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setMinimumWidth(m_intake->minimumSizeHint().width() + 20);
        m_splitter->addWidget(scroll);
        connect(m_intake, &ComplaintIntakeForm::complaintTaken, this,
                [this](domain::ComplaintId id) { selectComplaint(id); });
    }
    m_splitter->addWidget(m_rightSplitter);
    m_splitter->setStretchFactor(0, m_intake ? 0 : 1);
    m_splitter->setStretchFactor(m_splitter->count() - 1, 1);
    m_splitter->setChildrenCollapsible(false);
    if (m_intake && !m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray())) {
        m_splitter->setSizes({400, 100000});
    }
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_board, &ComplaintBoardView::complaintSelected, this, &ComplaintsPage::showInDetail);
    connect(m_revisitQueue, &ComplaintRevisitQueueView::complaintSelected, this, &ComplaintsPage::showInDetail);
    connect(m_history, &ComplaintHistoryView::complaintSelected, this, &ComplaintsPage::showInDetail);
    connect(m_detail, &ComplaintDetail::workOrderRequested, this, &ComplaintsPage::workOrderRequested);
    // Each tab shows its own selection in the detail pane.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        std::optional<domain::ComplaintId> id;
        if (m_tabs->currentWidget() == m_board) {
            id = m_board->currentComplaint();
        } else if (m_tabs->currentWidget() == m_revisitQueue) {
            id = m_revisitQueue->currentComplaint();
        } else {
            id = m_history->currentComplaint();
        }
        if (id) {
            showInDetail(*id);
        }
    });
    connect(&m_session, &AppSession::siteChanged, this, [this] { m_detail->showComplaint(std::nullopt); });

    if (m_intake) {
        setFocusProxy(m_intake);
    } else {
        setFocusProxy(m_board);
    }
}

ComplaintsPage::~ComplaintsPage() = default;

void ComplaintsPage::selectComplaint(domain::ComplaintId id)
{
    if (m_board->selectComplaint(id)) {
        m_tabs->setCurrentWidget(m_board);
    } else if (m_history->selectComplaint(id)) {
        m_tabs->setCurrentWidget(m_history);
    }
    showInDetail(id);
}

std::optional<domain::ComplaintId> ComplaintsPage::currentComplaint() const
{
    return m_detail->complaint();
}

void ComplaintsPage::showInDetail(domain::ComplaintId id)
{
    if (m_detail->complaint() != id) {
        m_detail->showComplaint(id);
    }
}

} // namespace propdesk::gui
