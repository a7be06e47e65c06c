#include "patroltoursview.h"

#include "appsession.h"
#include "patroltoursdialogs.h"
#include "patroltoursmodel.h"
#include "qtconvert.h"
#include "securitylabels.h"

#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace propdesk::gui {

namespace {

// Room beside a cell's text, on top of what resizeColumnsToContents() leaves.
constexpr int kCellPadding = 12;

domain::Date toDate(const QDate& day)
{
    return domain::Date{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())},
                        date::day{static_cast<unsigned>(day.day())}};
}

} // namespace

PatrolToursView::PatrolToursView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_model = new PatrolToursModel(m_session, this);

    auto* dayLabel = new QLabel(tr("&Day:"), this);
    m_day = new QDateEdit(this);
    m_day->setObjectName(QStringLiteral("dayEdit"));
    m_day->setCalendarPopup(true);
    dayLabel->setBuddy(m_day);
    auto* today = new QPushButton(tr("&Today"), this);
    today->setObjectName(QStringLiteral("todayButton"));
    m_record = new QPushButton(tr("&Record scan…"), this);
    m_record->setObjectName(QStringLiteral("recordScanButton"));
    m_import = new QPushButton(tr("&Import device file…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("roundsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(dayLabel);
    bar->addWidget(m_day);
    bar->addWidget(today);
    bar->addStretch(1);
    bar->addWidget(m_record);
    bar->addWidget(m_import);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &PatrolToursView::refresh);
    m_timer->start();

    connect(m_day, &QDateEdit::dateChanged, this, [this](const QDate& day) { m_model->setDay(toDate(day)); });
    connect(today, &QPushButton::clicked, this,
            [this] { m_day->setDate(toDateTime(m_session.clock().now(), m_session.zone()).date()); });
    connect(m_record, &QPushButton::clicked, this, &PatrolToursView::recordScan);
    connect(m_import, &QPushButton::clicked, this, &PatrolToursView::importFile);
    connect(m_model, &PatrolToursModel::reloaded, this, [this] {
        updateSummary();
        m_table->resizeColumnsToContents();
        for (int column = 0; column < PatrolToursModel::Missed; ++column) {
            m_table->setColumnWidth(column, m_table->columnWidth(column) + kCellPadding);
        }
    });
    connect(&m_session, &AppSession::securityChanged, this, &PatrolToursView::refresh);
    connect(&m_session, &AppSession::siteChanged, this, &PatrolToursView::siteChanged);
    connect(&m_session, &AppSession::userChanged, this, &PatrolToursView::updateActions);

    siteChanged();
}

PatrolToursView::~PatrolToursView() = default;

void PatrolToursView::siteChanged()
{
    const QDate today = toDateTime(m_session.clock().now(), m_session.zone()).date();
    if (m_day->date() != today) {
        m_day->setDate(today); // reloads
    } else {
        refresh();
    }
    updateActions();
}

void PatrolToursView::refresh()
{
    m_model->setDay(toDate(m_day->date()));
}

void PatrolToursView::updateActions()
{
    const auto& user = m_session.user();
    const bool site = m_session.site().has_value();
    m_record->setEnabled(site && user.can(domain::Permission::RecordPatrol));
    m_import->setEnabled(site && user.can(domain::Permission::ImportPatrol));
    m_record->setVisible(user.can(domain::Permission::RecordPatrol));
    m_import->setVisible(user.can(domain::Permission::ImportPatrol));
}

void PatrolToursView::updateSummary()
{
    if (!m_model->error().isEmpty()) {
        m_summary->setText(m_model->error());
        m_summary->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    using O = rules::RoundOutcome;
    const int total = m_model->rowCount();
    if (total == 0) {
        m_summary->setText(tr("No rounds planned on this day: no route is in force, or no shift has rounds."));
        m_summary->setStyleSheet(QString());
        return;
    }
    const int complete = m_model->count(O::Complete);
    const int late = m_model->count(O::Late) + m_model->count(O::OutOfOrder);
    const int missed = m_model->count(O::Incomplete) + m_model->count(O::NotStarted);
    const int open = m_model->count(O::InProgress) + m_model->count(O::Upcoming);
    m_summary->setText(tr("%1 rounds: %2 complete, %3 late or out of order, %4 missed or incomplete, %5 to come. "
                          "As of %6.")
                           .arg(total)
                           .arg(complete)
                           .arg(late)
                           .arg(missed)
                           .arg(open)
                           .arg(formatInstant(m_session.clock().now(), m_session.zone())));
    m_summary->setStyleSheet(missed > 0 ? QStringLiteral("color: #9b0000;") : QString());
}

void PatrolToursView::recordScan()
{
    if (!m_session.site()) {
        return;
    }
    RecordScanDialog dialog(m_session, this);
    dialog.exec();
}

void PatrolToursView::importFile()
{
    if (!m_session.site()) {
        return;
    }
    PatrolImportDialog dialog(m_session, this);
    dialog.exec();
}

} // namespace propdesk::gui
