#include "complaintboardview.h"

#include "appsession.h"
#include "complaintboardmodel.h"
#include "escalationnotice.h"
#include "qtconvert.h"

#include <QApplication>
#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

// Room either side of a cell's text.
constexpr int kCellPadding = 5;

} // namespace

ComplaintBoardView::ComplaintBoardView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_model = new ComplaintBoardModel(m_session, this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("escalationBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("#escalationBanner { background: #fdecea; border: 1px solid #e57373; border-radius: 3px; }"));
    auto* icon = new QLabel(m_banner);
    icon->setPixmap(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("escalationText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setStyleSheet(QStringLiteral("color: #9b0000;"));
    m_bannerButton = new QPushButton(tr("Show the longest overdue"), m_banner);
    m_bannerButton->setObjectName(QStringLiteral("escalationButton"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(6, 4, 6, 4);
    bannerLayout->addWidget(icon);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerButton);
    m_banner->hide();
    connect(m_bannerButton, &QPushButton::clicked, this, [this] {
        const auto escalated = m_model->escalatedComplaints();
        if (!escalated.empty()) {
            selectComplaint(escalated.front());
            m_table->setFocus();
        }
    });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("complaintBoardTable"));
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
    // The place takes the width the others leave; the countdown and the escalation are as wide as their
    // longest likely values, so that they never clip as they grow between reloads.
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(ComplaintBoardModel::Subject, QHeaderView::Stretch);
    QFont boldFont = m_table->font();
    boldFont.setBold(true);
    const QFontMetrics boldMetrics(boldFont);
    constexpr long long kMinute = 60;
    constexpr long long kHour = 60 * kMinute;
    constexpr long long kDay = 24 * kHour;
    int timeLeft = columns->sectionSizeHint(ComplaintBoardModel::TimeLeft);
    for (const QString& sample : {formatDuration(domain::Seconds{-(23 * kHour + 59 * kMinute)}),
                                  formatDuration(domain::Seconds{-(99 * kDay + 23 * kHour)})}) {
        timeLeft = std::max(timeLeft, boldMetrics.horizontalAdvance(sample) + 2 * kCellPadding);
    }
    columns->resizeSection(ComplaintBoardModel::TimeLeft, timeLeft);
    const int iconWidth = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    const QString likely =
        ComplaintBoardModel::tr("No response for %1").arg(formatDuration(domain::Seconds{9 * kHour + 59 * kMinute}));
    columns->resizeSection(ComplaintBoardModel::Escalated,
                           std::max(columns->sectionSizeHint(ComplaintBoardModel::Escalated),
                                    boldMetrics.horizontalAdvance(likely) + iconWidth + 2 * kCellPadding));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComplaintBoardView::currentChanged);
    connect(m_model, &ComplaintBoardModel::summaryChanged, this, &ComplaintBoardView::updateSummary);
    connect(m_model, &ComplaintBoardModel::modelAboutToBeReset, this, [this] { m_keep = currentComplaint(); });
    connect(m_model, &ComplaintBoardModel::modelReset, this, [this] {
        fitColumns();
        if (m_keep && m_model->rowOf(*m_keep) >= 0) {
            selectComplaint(*m_keep);
        }
        m_keep.reset();
    });
    connect(&m_session, &AppSession::siteChanged, this, [this] { m_keep.reset(); });
    connect(&m_session, &AppSession::userChanged, this, &ComplaintBoardView::updateSummary);

    fitColumns();
    updateSummary();
}

ComplaintBoardView::~ComplaintBoardView() = default;

bool ComplaintBoardView::selectComplaint(domain::ComplaintId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, ComplaintBoardModel::Code),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, ComplaintBoardModel::Code));
    currentChanged();
    return true;
}

std::optional<domain::ComplaintId> ComplaintBoardView::currentComplaint() const
{
    return m_model->complaintId(m_table->currentIndex());
}

void ComplaintBoardView::fitColumns()
{
    // On a reload, not on the clock's tick: the rows are new, the countdowns only change their text.
    for (int column = 0; column < ComplaintBoardModel::ColumnCount; ++column) {
        if (column != ComplaintBoardModel::TimeLeft && column != ComplaintBoardModel::Escalated &&
            column != ComplaintBoardModel::Subject) {
            m_table->resizeColumnToContents(column);
        }
    }
}

void ComplaintBoardView::currentChanged()
{
    // A reload that keeps the selection says nothing new.
    const auto id = currentComplaint();
    if (id && id != m_announced) {
        m_announced = id;
        emit complaintSelected(*id);
    } else if (!id) {
        m_announced.reset();
    }
}

void ComplaintBoardView::updateSummary()
{
    const int open = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    const QString complaints = open == 1 ? tr("1 complaint on the board") : tr("%1 complaints on the board").arg(open);
    QString text = tr("%1 · %2 overdue").arg(complaints).arg(overdue);
    if (m_session.site()) {
        text = QStringLiteral("%1 — %2").arg(qs(m_session.site()->name), text);
    }
    m_summary->setText(text);
    m_summary->setStyleSheet(overdue > 0 ? QStringLiteral("color: #9b0000;") : QString());

    const auto escalated = m_model->escalatedComplaints();
    const int count = static_cast<int>(escalated.size());
    if (count == 0 || !receivesEscalations(m_session.user().role)) {
        m_banner->hide();
        return;
    }
    const auto& oldest = m_model->entry(m_model->rowOf(escalated.front()));
    const QString waiting = formatDuration(m_session.clock().now() - oldest.complaint.header.receivedAt);
    const QString code = qs(oldest.complaint.header.code);
    m_bannerText->setText(count == 1 ? tr("<b>1 complaint</b> is past its response deadline without a response: "
                                          "%1, no response for %2.")
                                           .arg(code, waiting)
                                     : tr("<b>%1 complaints</b> are past their response deadline without a "
                                          "response. The longest waiting: %2, no response for %3.")
                                           .arg(count)
                                           .arg(code, waiting));
    m_banner->show();
}

} // namespace propdesk::gui
