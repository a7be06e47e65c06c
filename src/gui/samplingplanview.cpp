#include "samplingplanview.h"

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
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

namespace propdesk::gui {

namespace {

QDate toQDate(domain::Date day)
{
    return QDate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                 static_cast<int>(static_cast<unsigned>(day.day())));
}

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

QString floorsText(const std::vector<int>& floors)
{
    QStringList list;
    for (const int floor : floors) {
        list << QString::number(floor);
    }
    return list.join(QStringLiteral(", "));
}

} // namespace

SamplingPlanView::SamplingPlanView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("planMonthEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCurrentSection(QDateTimeEdit::MonthSection);
    monthLabel->setBuddy(m_month);
    m_record = new QPushButton(tr("&Record…"), this);
    m_record->setObjectName(QStringLiteral("planRecord"));
    m_record->setToolTip(tr("Start the sample sheet of the selected target and fill it in the sheet tab"));
    m_open = new QPushButton(tr("&Open sheet"), this);
    m_open->setObjectName(QStringLiteral("planOpenSheet"));
    m_open->setToolTip(tr("Show the selected target's sheet in the sheet tab"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("planError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Area"), tr("Place"), tr("Standard floors"), tr("Sheet"), tr("Inspector"), tr("Result")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("planNotes"));
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(QStringLiteral("color: #555555;"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    bar->addStretch(1);
    bar->addWidget(m_record);
    bar->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);

    connect(m_month, &QDateEdit::dateChanged, this, &SamplingPlanView::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SamplingPlanView::updateActions);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (m_plan && static_cast<std::size_t>(row) < m_plan->sheets.size() &&
            m_plan->sheets[static_cast<std::size_t>(row)]) {
            openSelected();
        }
    });
    connect(m_record, &QPushButton::clicked, this, &SamplingPlanView::recordSelected);
    connect(m_open, &QPushButton::clicked, this, &SamplingPlanView::openSelected);
    connect(&m_session, &AppSession::inspectionsChanged, this, &SamplingPlanView::reload);
    connect(&m_session, &AppSession::userChanged, this, &SamplingPlanView::updateActions);
    connect(&m_session, &AppSession::siteChanged, this, [this] {
        const QDate today = toDateTime(m_session.clock().now(), m_session.zone()).date();
        if (m_month->date() != today) {
            m_month->setDate(today);
        } else {
            reload();
        }
    });
    m_month->setDate(m_session.isOpen() ? toDateTime(m_session.clock().now(), m_session.zone()).date()
                                        : QDate::currentDate());
    reload();
}

SamplingPlanView::~SamplingPlanView() = default;

void SamplingPlanView::reload()
{
    const int previousRow = m_table->currentRow();
    m_plan.reset();
    m_table->setRowCount(0);
    m_notes->clear();
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site) {
        m_summary->clear();
        updateActions();
        return;
    }
    const QDate day = m_month->date();
    const date::year_month month{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())}};
    auto plan = m_session.workspace().inspections().samplingPlan(site->code, month);
    if (!plan) {
        m_summary->setText(errorText(plan.error()));
        updateActions();
        return;
    }
    m_plan = std::move(*plan);
    int recorded = 0;
    int signedSheets = 0;
    for (std::size_t i = 0; i < m_plan->plan.targets.size(); ++i) {
        const auto& target = m_plan->plan.targets[i];
        const auto& sheet = m_plan->sheets[i];
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, cell(areaTypeLabel(target.area)));
        m_table->setItem(row, 1, cell(qs(target.location)));
        m_table->setItem(row, 2, cell(floorsText(target.floors)));
        if (!sheet) {
            auto* none = cell(tr("not yet"));
            none->setForeground(QColor(0x9b, 0, 0));
            m_table->setItem(row, 3, none);
            m_table->setItem(row, 4, cell(QString()));
            m_table->setItem(row, 5, cell(QString()));
            continue;
        }
        ++recorded;
        signedSheets += sheet->status == domain::SheetStatus::Signed ? 1 : 0;
        auto* status = cell(QStringLiteral("%1 · %2").arg(QLocale().toString(toQDate(sheet->day), QLocale::ShortFormat),
                                                          sheetStatusLabel(sheet->status)));
        status->setBackground(sheet->status == domain::SheetStatus::Signed ? QColor(0xc8, 0xe6, 0xc9)
                                                                           : QColor(0xff, 0xe0, 0x8a));
        status->setForeground(Qt::black);
        m_table->setItem(row, 3, status);
        m_table->setItem(row, 4, cell(qs(sheet->inspector)));
        const auto cleaning = domain::scoreSheet(*sheet, domain::InspectionService::Cleaning);
        const auto greening = domain::scoreSheet(*sheet, domain::InspectionService::Greening);
        const std::int64_t met = cleaning.met + greening.met;
        const std::int64_t inspected = cleaning.inspected + greening.inspected;
        QString result = tr("%1 failed").arg(sheet->failedLines());
        if (inspected > 0) {
            result = QStringLiteral("%1/%2 · %3").arg(met).arg(inspected).arg(result);
        }
        auto* resultCell = cell(result);
        if (sheet->failedLines() > 0) {
            resultCell->setForeground(QColor(0x9b, 0, 0));
        }
        m_table->setItem(row, 5, resultCell);
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column + 1 < m_table->columnCount(); ++column) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column) + 14, 360));
    }
    const int targets = static_cast<int>(m_plan->plan.targets.size());
    m_summary->setText(tr("Sample of %1: %2 of %3 targets recorded, %4 signed off")
                           .arg(QLocale().toString(QDate(day.year(), day.month(), 1), tr("MMMM yyyy", "plan month")))
                           .arg(recorded)
                           .arg(targets)
                           .arg(signedSheets));
    QStringList notes;
    for (const auto& note : m_plan->plan.notes) {
        // "<template name>: the site has no office towers": the name of a default template in the interface
        // language, the rest through the service messages' templates.
        std::string text = note;
        if (const auto colon = note.find(": "); colon != std::string::npos) {
            domain::InspectionTemplate named;
            named.name = note.substr(0, colon);
            text = utf8(templateNameLabel(named)) + note.substr(colon);
        }
        notes << QStringLiteral("• ") + messageText(text);
    }
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    if (previousRow >= 0 && previousRow < m_table->rowCount()) {
        m_table->selectRow(previousRow);
    }
    updateActions();
}

void SamplingPlanView::updateActions()
{
    const bool record = m_session.user().can(domain::Permission::RecordInspection);
    const int row = m_table->selectedItems().isEmpty() ? -1 : m_table->currentRow();
    const bool valid = m_plan && row >= 0 && static_cast<std::size_t>(row) < m_plan->sheets.size();
    const bool hasSheet = valid && m_plan->sheets[static_cast<std::size_t>(row)].has_value();
    m_record->setVisible(record);
    m_record->setEnabled(record && valid && !hasSheet);
    m_open->setEnabled(hasSheet);
}

std::optional<domain::SheetId> SamplingPlanView::record(int row)
{
    m_error->clear();
    m_error->hide();
    const auto& site = m_session.site();
    if (!site || !m_plan || row < 0 || static_cast<std::size_t>(row) >= m_plan->plan.targets.size()) {
        return std::nullopt;
    }
    const QDate today = toDateTime(m_session.clock().now(), m_session.zone()).date();
    const QDate month = m_month->date();
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    // Today within the month; the month's last day for a past month (a future one is refused by the service).
    const QDate day = today < first ? first : (today > last ? last : today);
    auto sheet = m_session.workspace().inspections().startSampleSheet(
        site->code, m_plan->plan.month, static_cast<std::size_t>(row), toDate(day), m_session.user().name);
    if (!sheet) {
        m_error->setText(errorText(sheet.error()));
        m_error->show();
        return std::nullopt;
    }
    const domain::SheetId id = sheet->sheet.id;
    m_session.notifyInspectionsChanged();
    emit openSheetRequested(id);
    return id;
}

void SamplingPlanView::recordSelected()
{
    if (!m_table->selectedItems().isEmpty()) {
        record(m_table->currentRow());
    }
}

void SamplingPlanView::openSelected()
{
    const int row = m_table->currentRow();
    if (!m_plan || row < 0 || static_cast<std::size_t>(row) >= m_plan->sheets.size()) {
        return;
    }
    if (const auto& sheet = m_plan->sheets[static_cast<std::size_t>(row)]) {
        emit openSheetRequested(sheet->id);
    }
}

} // namespace propdesk::gui
