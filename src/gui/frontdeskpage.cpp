#include "frontdeskpage.h"

#include "dispatchboardview.h"
#include "intakeform.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>

namespace propdesk::gui {

namespace {

const QString kSplitterKey = QStringLiteral("frontdesk/splitter");

} // namespace

FrontDeskPage::FrontDeskPage(AppSession& session, QWidget* parent) : QWidget(parent)
{
    m_intake = new IntakeForm(session);
    m_board = new DispatchBoardView(session, nullptr);

    // On a small screen the form scrolls rather than squeezing its fields.
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("intakeScroll"));
    scroll->setWidget(m_intake);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_intake->minimumSizeHint().width() + 20);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("frontDeskSplitter"));
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_board);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray())) {
        // Room for the form's fields and buttons; the board, with its many columns, takes the rest.
        m_splitter->setSizes({440, 100000});
    }
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_intake, &IntakeForm::orderLogged, m_board, &DispatchBoardView::selectOrder);
    connect(m_intake, &IntakeForm::callLinked, m_board, &DispatchBoardView::selectOrder);
    setFocusProxy(m_intake);
}

FrontDeskPage::~FrontDeskPage() = default;

} // namespace propdesk::gui
