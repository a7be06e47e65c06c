#include "inspectionreviewview.h"

#include "appsession.h"
#include "domain/clock.h"
#include "errortext.h"
#include "inspectionlabels.h"
#include "qtconvert.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

domain::Date toDate(const QDate& day)
{
    return domain::Date{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())},
                        date::day{static_cast<unsigned>(day.day())}};
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

void tint(QTableWidgetItem* item, const QColor& colour)
{
    if (colour.isValid()) {
        item->setBackground(colour);
        item->setForeground(Qt::black);
    }
}

// Room beside a cell's text, on top of what resizeColumnsToContents() leaves; the last column stretches.
void padColumns(QTableWidget* table)
{
    table->resizeColumnsToContents();
    for (int column = 0; column + 1 < table->columnCount(); ++column) {
        table->setColumnWidth(column, table->columnWidth(column) + 14);
    }
}

// Both services' weights together: what the supervisor reads as the sheet's score.
domain::AreaScore totalScore(const domain::InspectionSheet& sheet)
{
    const auto cleaning = domain::scoreSheet(sheet, domain::InspectionService::Cleaning);
    const auto greening = domain::scoreSheet(sheet, domain::InspectionService::Greening);
    domain::AreaScore total;
    total.met = cleaning.met + greening.met;
    total.inspected = cleaning.inspected + greening.inspected;
    return total;
}

} // namespace

InspectionReviewView::InspectionReviewView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* dateLabel = new QLabel(tr("&Day:"), this);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("reviewDateEdit"));
    m_date->setCalendarPopup(true);
    dateLabel->setBuddy(m_date);
    m_open = new QPushButton(tr("&Open sheet"), this);
    m_open->setObjectName(QStringLiteral("reviewOpenSheet"));
    m_open->setToolTip(tr("Show the selected sheet in the sheet tab"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);

    m_sheets = new QTableWidget(0, 8, this);
    m_sheets->setObjectName(QStringLiteral("reviewSheetsTable"));
    m_sheets->setHorizontalHeaderLabels({tr("Kind"), tr("Area"), tr("Place"), tr("Inspector"), tr("Status"),
                                         tr("Score (met/inspected)"), tr("Failures"), tr("Open nonconformances")});
    m_sheets->verticalHeader()->hide();
    m_sheets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sheets->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sheets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sheets->setWordWrap(false);
    m_sheets->horizontalHeader()->setStretchLastSection(true);

    m_failuresTitle = new QLabel(this);
    m_failuresTitle->setFont(bold);
    m_failures = new QTableWidget(0, 7, this);
    m_failures->setObjectName(QStringLiteral("reviewFailuresTable"));
    m_failures->setHorizontalHeaderLabels(
        {tr("Code"), tr("Item"), tr("Note"), tr("Severity"), tr("Nonconformance"), tr("State"), tr("Deadline")});
    m_failures->verticalHeader()->hide();
    m_failures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failures->setWordWrap(false);
    m_failures->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(dateLabel);
    bar->addWidget(m_date);
    bar->addStretch(1);
    bar->addWidget(m_open);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_failuresTitle);
    lowerLayout->addWidget(m_failures);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_sheets);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_date, &QDateEdit::dateChanged, this, &InspectionReviewView::reload);
    connect(m_sheets, &QTableWidget::itemSelectionChanged, this, &InspectionReviewView::showSelected);
    connect(m_sheets, &QTableWidget::cellDoubleClicked, this, [this] { openSelected(); });
    connect(m_open, &QPushButton::clicked, this, &InspectionReviewView::openSelected);
    connect(&m_session, &AppSession::inspectionsChanged, this, &InspectionReviewView::reload);
    connect(&m_session, &AppSession::siteChanged, this, [this] {
        const QDate today = toDateTime(m_session.clock().now(), m_session.zone()).date();
        if (m_date->date() != today) {
            m_date->setDate(today);
        } else {
            reload();
        }
    });
    m_date->setDate(m_session.isOpen() ? toDateTime(m_session.clock().now(), m_session.zone()).date()
                                       : QDate::currentDate());
    reload();
}

InspectionReviewView::~InspectionReviewView() = default;

void InspectionReviewView::reload()
{
    // The id's value rather than an optional id: GCC 12 at -O2 takes the optional for maybe-uninitialized.
    const std::int64_t previous = m_selected ? m_selected->sheet.id.value : 0;
    m_list.clear();
    m_selected.reset();
    m_sheets->setRowCount(0);
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site) {
        m_summary->clear();
        showSelected();
        return;
    }
    auto& inspections = m_session.workspace().inspections();
    const domain::Date day = toDate(m_date->date());
    auto sheets = inspections.sheets(site->code, day, day);
    if (!sheets) {
        m_summary->setText(errorText(sheets.error()));
        m_summary->setStyleSheet(QStringLiteral("color: #c62828;"));
        showSelected();
        return;
    }
    m_summary->setStyleSheet(QString());
    m_list = std::move(*sheets);
    std::stable_sort(m_list.begin(), m_list.end(), [](const auto& a, const auto& b) {
        if (a.kind != b.kind) {
            return a.kind < b.kind;
        }
        if (a.area != b.area) {
            return a.area < b.area;
        }
        return a.location < b.location;
    });
    // The nonconformances still open of each sheet, from the day's board.
    int signedSheets = 0;
    int failures = 0;
    int openTotal = 0;
    domain::AreaScore dayScore;
    int selectRowIndex = -1;
    for (const auto& sheet : m_list) {
        const int row = m_sheets->rowCount();
        m_sheets->insertRow(row);
        m_sheets->setItem(row, 0, cell(sheetKindLabel(sheet.kind)));
        m_sheets->setItem(row, 1, cell(areaTypeLabel(sheet.area)));
        m_sheets->setItem(row, 2, cell(qs(sheet.location)));
        m_sheets->setItem(row, 3, cell(qs(sheet.inspector)));
        auto* status = cell(sheetStatusLabel(sheet.status));
        tint(status, sheet.status == domain::SheetStatus::Signed ? QColor(0xc8, 0xe6, 0xc9) : QColor(0xff, 0xe0, 0x8a));
        if (sheet.status == domain::SheetStatus::Draft) {
            status->setText(tr("%1 (%2 of %3 checked)")
                                .arg(sheetStatusLabel(sheet.status))
                                .arg(static_cast<int>(sheet.lines.size()) - sheet.pendingLines())
                                .arg(sheet.lines.size()));
        } else if (sheet.amendments > 0) {
            status->setText(tr("%1, amended").arg(sheetStatusLabel(sheet.status)));
        }
        m_sheets->setItem(row, 4, status);
        const auto score = totalScore(sheet);
        const auto rate = score.rate();
        m_sheets->setItem(row, 5,
                          cell(rate ? QStringLiteral("%1/%2 (%3 %)")
                                          .arg(score.met)
                                          .arg(score.inspected)
                                          .arg(QLocale().toString(*rate * 100.0, 'f', 1))
                                    : QStringLiteral("—")));
        const int failed = sheet.failedLines();
        auto* failedCell = cell(QString::number(failed));
        if (failed > 0) {
            failedCell->setForeground(QColor(0x9b, 0, 0));
        }
        m_sheets->setItem(row, 6, failedCell);
        int open = 0;
        if (sheet.status == domain::SheetStatus::Signed && failed > 0) {
            domain::NcFilter filter;
            filter.sheet = sheet.id;
            if (auto ncs = inspections.nonconformances(site->code, filter)) {
                for (const auto& nc : *ncs) {
                    open += nc.state == domain::NcState::Open || nc.state == domain::NcState::Rectified ? 1 : 0;
                }
            }
        }
        m_sheets->setItem(row, 7, cell(QString::number(open)));
        signedSheets += sheet.status == domain::SheetStatus::Signed ? 1 : 0;
        failures += failed;
        openTotal += open;
        dayScore.met += score.met;
        dayScore.inspected += score.inspected;
        if (previous != 0 && sheet.id.value == previous) {
            selectRowIndex = row;
        }
    }
    padColumns(m_sheets);
    const auto rate = dayScore.rate();
    QString summary = tr("Sheets on %1: %2 · signed off: %3 · failures: %4 · nonconformances open: %5")
                          .arg(QLocale().toString(m_date->date(), QLocale::LongFormat))
                          .arg(m_list.size())
                          .arg(signedSheets)
                          .arg(failures)
                          .arg(openTotal);
    if (rate) {
        summary += QStringLiteral(" · ") + tr("met %1 %").arg(QLocale().toString(*rate * 100.0, 'f', 1));
    }
    m_summary->setText(summary);
    if (selectRowIndex < 0 && !m_list.empty()) {
        selectRowIndex = 0;
    }
    if (selectRowIndex >= 0) {
        selectRow(selectRowIndex);
    } else {
        showSelected();
    }
}

void InspectionReviewView::selectRow(int row)
{
    m_sheets->selectRow(row);
    m_sheets->setCurrentCell(row, 0);
    showSelected();
}

void InspectionReviewView::showSelected()
{
    m_failures->setRowCount(0);
    m_selected.reset();
    const int row = m_sheets->currentRow();
    m_open->setEnabled(row >= 0 && static_cast<std::size_t>(row) < m_list.size() &&
                       !m_sheets->selectedItems().isEmpty());
    if (row < 0 || static_cast<std::size_t>(row) >= m_list.size() || m_sheets->selectedItems().isEmpty()) {
        m_failuresTitle->setText(tr("Select a sheet to see its failures."));
        return;
    }
    auto view = m_session.workspace().inspections().sheet(m_list[static_cast<std::size_t>(row)].id);
    if (!view || !*view) {
        m_failuresTitle->setText(view ? QString() : errorText(view.error()));
        return;
    }
    m_selected = std::move(**view);
    const auto& sheet = m_selected->sheet;
    const auto now = m_session.clock().now();
    const auto zone = m_session.zone();
    for (std::size_t i = 0; i < sheet.lines.size(); ++i) {
        const auto& line = sheet.lines[i];
        if (line.result != domain::ItemResult::Fail) {
            continue;
        }
        const int r = m_failures->rowCount();
        m_failures->insertRow(r);
        m_failures->setItem(r, 0, cell(qs(line.item.code)));
        m_failures->setItem(r, 1, cell(checkItemTextLabel(line.item)));
        auto* note = cell(qs(line.note));
        note->setToolTip(qs(line.note));
        m_failures->setItem(r, 2, note);
        QString severity = severityLabel(line.severity);
        if (line.correctedOnSpot) {
            severity += QStringLiteral(", ") + tr("corrected on the spot");
        }
        m_failures->setItem(r, 3, cell(severity));
        const domain::Nonconformance* raised = nullptr;
        for (const auto& nc : m_selected->nonconformances) {
            if (nc.line == static_cast<int>(i) && nc.state != domain::NcState::Withdrawn) {
                raised = &nc;
            }
        }
        if (raised) {
            m_failures->setItem(r, 4, cell(qs(raised->code)));
            const bool overdue = raised->overdue(now);
            auto* state =
                cell(overdue ? tr("%1, overdue").arg(ncStateLabel(raised->state)) : ncStateLabel(raised->state));
            tint(state, ncStateColour(raised->state, overdue));
            m_failures->setItem(r, 5, state);
            m_failures->setItem(r, 6, cell(formatInstant(raised->deadline, zone)));
        } else {
            m_failures->setItem(
                r, 4, cell(sheet.status == domain::SheetStatus::Draft ? tr("when signed off") : QStringLiteral("—")));
            m_failures->setItem(r, 5, cell(QString()));
            m_failures->setItem(r, 6, cell(QString()));
        }
    }
    padColumns(m_failures);
    m_failuresTitle->setText(m_failures->rowCount() == 0
                                 ? tr("%1 %2: no failure.").arg(areaTypeLabel(sheet.area), qs(sheet.location))
                                 : tr("Failures of %1 %2:").arg(areaTypeLabel(sheet.area), qs(sheet.location)));
}

void InspectionReviewView::openSelected()
{
    const int row = m_sheets->currentRow();
    if (row < 0 || static_cast<std::size_t>(row) >= m_list.size()) {
        return;
    }
    emit openSheetRequested(m_list[static_cast<std::size_t>(row)].id);
}

} // namespace propdesk::gui
