#include "nonconformanceboard.h"

#include "appsession.h"
#include "inspectionlabels.h"
#include "nonconformanceboardmodel.h"
#include "nonconformancedetail.h"
#include "nonconformancedialogs.h"
#include "preventiveactionview.h"
#include "qtconvert.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

using domain::NcState;

namespace {

constexpr int kCellPadding = 5;

bool beingWorkedOn(NcState state)
{
    return state == NcState::Open || state == NcState::Rectified || state == NcState::Verified;
}

} // namespace

NonconformanceBoard::NonconformanceBoard(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("nonconformanceBoard"));
    m_model = new NonconformanceBoardModel(m_session, this);

    auto* showLabel = new QLabel(tr("S&how:"), this);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItem(tr("Open"), false);
    m_stateFilter->addItem(tr("All"), true);
    m_stateFilter->setToolTip(tr("Open: not closed or withdrawn yet"));
    showLabel->setBuddy(m_stateFilter);
    auto* areaLabel = new QLabel(tr("A&rea:"), this);
    m_areaFilter = new QComboBox(this);
    m_areaFilter->setObjectName(QStringLiteral("areaFilter"));
    m_areaFilter->addItem(tr("All areas"), -1);
    for (const auto area : domain::allAreaTypes()) {
        m_areaFilter->addItem(areaTypeLabel(area), static_cast<int>(area));
    }
    areaLabel->setBuddy(m_areaFilter);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_raise = new QPushButton(tr("Rai&se…"), this);
    m_raise->setObjectName(QStringLiteral("raiseButton"));
    m_raise->setToolTip(tr("A nonconformance found outside a sheet: a walk, a weekly check, a complaint"));
    m_assign = new QPushButton(tr("Assi&gn…"), this);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_assign->setToolTip(tr("The cause and the contractor responsible"));
    m_rectify = new QPushButton(tr("Re&ctify…"), this);
    m_rectify->setObjectName(QStringLiteral("rectifyButton"));
    m_verify = new QPushButton(tr("&Verify…"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_close = new QPushButton(tr("C&lose…"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_report = new QPushButton(tr("Corrective action re&port…"), this);
    m_report->setObjectName(QStringLiteral("reportButton"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("nonconformanceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(false); // the rows' colours are the deadline's
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto* columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(NonconformanceBoardModel::Description, QHeaderView::Stretch);

    m_detail = new NonconformanceDetail(m_session, this);
    m_preventive = new PreventiveActionView(m_session, this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(showLabel);
    bar->addWidget(m_stateFilter);
    bar->addSpacing(12);
    bar->addWidget(areaLabel);
    bar->addWidget(m_areaFilter);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    auto* actions = new QHBoxLayout;
    for (auto* button : {m_raise, m_assign, m_rectify, m_verify, m_close, m_report}) {
        actions->addWidget(button);
    }
    actions->addStretch(1);

    // The board across the page, the selected one below it, the preventive actions at the bottom.
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addLayout(actions);
    topLayout->addWidget(m_table, 1);
    auto* preventiveBox = new QGroupBox(tr("Preventive actions"), this);
    auto* preventiveLayout = new QVBoxLayout(preventiveBox);
    preventiveLayout->addWidget(m_preventive);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(m_detail);
    vertical->addWidget(preventiveBox);
    vertical->setStretchFactor(0, 5);
    vertical->setStretchFactor(1, 3);
    vertical->setStretchFactor(2, 2);
    vertical->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(vertical);

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setShowAll(m_stateFilter->currentData().toBool()); });
    connect(m_areaFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int area = m_areaFilter->currentData().toInt();
        m_model->setAreaFilter(area < 0 ? std::nullopt : std::optional(static_cast<domain::AreaType>(area)));
    });
    connect(m_raise, &QPushButton::clicked, this, &NonconformanceBoard::raiseNonconformance);
    connect(m_assign, &QPushButton::clicked, this, &NonconformanceBoard::assignCurrent);
    connect(m_rectify, &QPushButton::clicked, this, &NonconformanceBoard::rectifyCurrent);
    connect(m_verify, &QPushButton::clicked, this, &NonconformanceBoard::verifyCurrent);
    connect(m_close, &QPushButton::clicked, this, &NonconformanceBoard::closeCurrent);
    connect(m_report, &QPushButton::clicked, this, &NonconformanceBoard::reportCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NonconformanceBoard::currentChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        for (auto* button : {m_rectify, m_verify, m_close}) {
            if (button->isVisible() && button->isEnabled()) {
                button->click();
                return;
            }
        }
    });
    connect(m_model, &NonconformanceBoardModel::summaryChanged, this, &NonconformanceBoard::updateSummary);
    connect(m_model, &NonconformanceBoardModel::modelAboutToBeReset, this, [this] {
        if (auto current = currentNonconformance()) {
            m_keep = current->id;
        }
    });
    connect(m_model, &NonconformanceBoardModel::modelReset, this, [this] {
        fitColumns();
        if (m_keep && m_model->rowOf(*m_keep) >= 0) {
            selectNonconformance(*m_keep);
        } else {
            currentChanged();
        }
        m_keep.reset();
    });
    // The countdown of the selected one moves in the detail pane too, and its colours when it turns overdue.
    connect(m_model, &NonconformanceBoardModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex&, const QList<int>& roles) {
                if (roles.contains(NonconformanceBoardModel::OverdueRole) &&
                    topLeft.row() == m_table->currentIndex().row()) {
                    currentChanged();
                }
            });
    connect(&m_session, &AppSession::siteChanged, this, [this] { m_keep.reset(); });
    connect(&m_session, &AppSession::userChanged, this, &NonconformanceBoard::updateActions);

    fitColumns();
    updateSummary();
    currentChanged();
}

NonconformanceBoard::~NonconformanceBoard() = default;

QAbstractItemModel* NonconformanceBoard::model() const
{
    return m_model;
}

void NonconformanceBoard::selectNonconformance(domain::NonconformanceId id)
{
    int row = m_model->rowOf(id);
    if (row < 0 && !m_model->showsAll()) {
        // Closed or withdrawn: show them all to find it.
        m_stateFilter->setCurrentIndex(1);
        row = m_model->rowOf(id);
    }
    if (row < 0 && m_areaFilter->currentIndex() != 0) {
        m_areaFilter->setCurrentIndex(0);
        row = m_model->rowOf(id);
    }
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, NonconformanceBoardModel::Code);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    currentChanged();
}

std::optional<domain::Nonconformance> NonconformanceBoard::currentNonconformance() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount()) {
        return std::nullopt;
    }
    return m_model->nonconformance(index.row());
}

void NonconformanceBoard::currentChanged()
{
    const auto current = currentNonconformance();
    m_detail->showNonconformance(current, current ? m_model->contractorName(current->contractor) : QString());
    m_preventive->setSource(current ? std::optional(current->id) : std::nullopt);
    updateActions();
}

void NonconformanceBoard::updateActions()
{
    const bool may = m_session.isOpen() && m_session.site().has_value() &&
                     m_session.user().can(domain::Permission::HandleNonconformance);
    for (auto* button : {m_raise, m_assign, m_rectify, m_verify, m_close, m_report}) {
        button->setVisible(may);
    }
    const auto nc = currentNonconformance();
    // Plain flags rather than an optional state: GCC 12 at -O2 takes the optional for maybe-uninitialized.
    const bool open = nc && nc->state == NcState::Open;
    const bool rectified = nc && nc->state == NcState::Rectified;
    const bool verified = nc && nc->state == NcState::Verified;
    const bool workedOn = nc && beingWorkedOn(nc->state);
    m_raise->setEnabled(may);
    m_assign->setEnabled(may && workedOn);
    m_rectify->setEnabled(may && open);
    m_verify->setEnabled(may && rectified);
    m_close->setEnabled(may && verified);
    m_report->setEnabled(may && workedOn);
    const bool reportMissing = nc && nc->reportRequired && !nc->report && beingWorkedOn(nc->state);
    m_report->setStyleSheet(reportMissing ? QStringLiteral("color: #9b0000; font-weight: bold;") : QString());
    m_report->setToolTip(reportMissing ? tr("Required before this nonconformance can be closed")
                                       : tr("Cause analysis, corrective action, owner and due date"));
    if (open || rectified) {
        m_close->setToolTip(tr("Only a verified rectification can be closed"));
    } else {
        m_close->setToolTip(QString());
    }
}

void NonconformanceBoard::updateSummary()
{
    const int rows = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    m_summary->setText(m_model->showsAll() ? tr("Nonconformances shown: %1 · overdue: %2").arg(rows).arg(overdue)
                                           : tr("Open nonconformances: %1 · overdue: %2").arg(rows).arg(overdue));
    m_summary->setStyleSheet(overdue > 0 ? QStringLiteral("color: #9b0000;") : QString());
}

void NonconformanceBoard::fitColumns()
{
    for (int column = 0; column < NonconformanceBoardModel::ColumnCount; ++column) {
        if (column != NonconformanceBoardModel::Description) {
            m_table->resizeColumnToContents(column);
        }
    }
    // The countdown grows between reloads: as wide as a long overdue one from the start.
    QFont boldFont = m_table->font();
    boldFont.setBold(true);
    const QFontMetrics metrics(boldFont);
    constexpr long long kHour = 60 * 60;
    const QString sample = NonconformanceBoardModel::tr("overdue by %1")
                               .arg(formatDuration(domain::Seconds{-(99 * 24 * kHour + 23 * kHour)}));
    auto* columns = m_table->horizontalHeader();
    columns->resizeSection(NonconformanceBoardModel::TimeLeft,
                           std::max(columns->sectionSize(NonconformanceBoardModel::TimeLeft),
                                    metrics.horizontalAdvance(sample) + 2 * kCellPadding));
    // A long location never crowds out the description.
    columns->resizeSection(NonconformanceBoardModel::Location,
                           std::min(columns->sectionSize(NonconformanceBoardModel::Location), 180));
}

void NonconformanceBoard::afterWrite(const std::optional<domain::Nonconformance>& stored)
{
    if (stored) {
        selectNonconformance(stored->id);
    }
}

void NonconformanceBoard::raiseNonconformance()
{
    RaiseNonconformanceDialog dialog(m_session, this);
    dialog.exec();
    afterWrite(dialog.result());
}

void NonconformanceBoard::assignCurrent()
{
    const auto nc = currentNonconformance();
    if (!nc) {
        return;
    }
    AssignNonconformanceDialog dialog(m_session, *nc, m_model->contractors(), this);
    dialog.exec();
    afterWrite(dialog.result());
}

void NonconformanceBoard::rectifyCurrent()
{
    const auto nc = currentNonconformance();
    if (!nc) {
        return;
    }
    RectifyDialog dialog(m_session, *nc, this);
    dialog.exec();
    afterWrite(dialog.result());
}

void NonconformanceBoard::verifyCurrent()
{
    const auto nc = currentNonconformance();
    if (!nc) {
        return;
    }
    VerifyDialog dialog(m_session, *nc, this);
    dialog.exec();
    afterWrite(dialog.result());
}

void NonconformanceBoard::closeCurrent()
{
    const auto nc = currentNonconformance();
    if (!nc) {
        return;
    }
    CloseNonconformanceDialog dialog(m_session, *nc, this);
    dialog.exec();
    afterWrite(dialog.result());
}

void NonconformanceBoard::reportCurrent()
{
    const auto nc = currentNonconformance();
    if (!nc) {
        return;
    }
    CorrectiveActionDialog dialog(m_session, *nc, this);
    dialog.exec();
    afterWrite(dialog.result());
}

} // namespace propdesk::gui
