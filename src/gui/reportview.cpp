#include "reportview.h"

#include "appsession.h"
#include "errortext.h"
#include "kpilabels.h"
#include "qtconvert.h"
#include "reportprint.h"
#include "services/indicatorservice.h"
#include "services/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

const QString kFolderKey = QStringLiteral("reports/folder");

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QString monthText(date::year_month month)
{
    return qs(domain::monthKey(month));
}

// The site's wall-clock reading, in UTC so that the machine's own zone cannot move it (see fromDateTime).
QDateTime wallClock(const QDateTime& inZone)
{
    return QDateTime(inZone.date(), inZone.time(), Qt::UTC);
}

} // namespace

ReportView::ReportView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);

    auto* choices = new QHBoxLayout;
    choices->addWidget(new QLabel(tr("Month:"), this));
    m_month = new QDateEdit(this);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    choices->addWidget(m_month);
    choices->addSpacing(12);
    choices->addWidget(new QLabel(tr("Language:"), this));
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("中文"), static_cast<int>(reports::Language::Chinese));
    m_language->addItem(QStringLiteral("English"), static_cast<int>(reports::Language::English));
    m_language->setCurrentIndex(interfaceReportLanguage() == reports::Language::English ? 1 : 0);
    choices->addWidget(m_language);
    choices->addSpacing(12);
    m_asOfChosen = new QCheckBox(tr("As of:"), this);
    m_asOfChosen->setToolTip(tr("Unticked, the report shows the records as they are now."));
    choices->addWidget(m_asOfChosen);
    m_asOf = new QDateTimeEdit(this);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setTimeSpec(Qt::UTC);
    m_asOf->setEnabled(false);
    choices->addWidget(m_asOf);
    choices->addStretch(1);
    layout->addLayout(choices);

    auto* buttons = new QHBoxLayout;
    m_preview = new QPushButton(tr("Preview…"), this);
    m_print = new QPushButton(tr("Print…"), this);
    m_pdf = new QPushButton(tr("PDF…"), this);
    m_excel = new QPushButton(tr("Excel…"), this);
    m_freeze = new QPushButton(tr("Freeze…"), this);
    m_freeze->setToolTip(tr("Keep the report as it stands now, to be reprinted exactly as it is."));
    for (auto* button : {m_preview, m_print, m_pdf, m_excel}) {
        buttons->addWidget(button);
    }
    buttons->addSpacing(24);
    buttons->addWidget(m_freeze);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* frozen = new QGroupBox(tr("Frozen reports"), this);
    auto* frozenLayout = new QVBoxLayout(frozen);
    m_snapshotTable = new QTableWidget(0, 4, frozen);
    m_snapshotTable->setHorizontalHeaderLabels({tr("Month"), tr("As of"), tr("Frozen by"), tr("Frozen at")});
    m_snapshotTable->verticalHeader()->hide();
    m_snapshotTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_snapshotTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_snapshotTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_snapshotTable->setWordWrap(false);
    m_snapshotTable->horizontalHeader()->setStretchLastSection(true);
    frozenLayout->addWidget(m_snapshotTable);
    auto* frozenButtons = new QHBoxLayout;
    m_reprint = new QPushButton(tr("Reprint…"), frozen);
    m_frozenPdf = new QPushButton(tr("PDF of the frozen report…"), frozen);
    frozenButtons->addWidget(m_reprint);
    frozenButtons->addWidget(m_frozenPdf);
    frozenButtons->addStretch(1);
    frozenLayout->addLayout(frozenButtons);
    layout->addWidget(frozen, 1);

    connect(m_asOfChosen, &QCheckBox::toggled, m_asOf, &QWidget::setEnabled);
    connect(m_preview, &QPushButton::clicked, this, &ReportView::preview);
    connect(m_print, &QPushButton::clicked, this, &ReportView::printReport);
    connect(m_pdf, &QPushButton::clicked, this, &ReportView::exportPdf);
    connect(m_excel, &QPushButton::clicked, this, &ReportView::exportExcel);
    connect(m_freeze, &QPushButton::clicked, this, &ReportView::freeze);
    connect(m_reprint, &QPushButton::clicked, this, &ReportView::reprint);
    connect(m_frozenPdf, &QPushButton::clicked, this, &ReportView::exportFrozenPdf);
    connect(m_snapshotTable, &QTableWidget::itemSelectionChanged, this, &ReportView::updateActions);
    connect(m_snapshotTable, &QTableWidget::cellDoubleClicked, this, &ReportView::reprint);

    connect(&m_session, &AppSession::siteChanged, this, &ReportView::refresh);
    connect(&m_session, &AppSession::userChanged, this, &ReportView::refresh);
    connect(&m_session, &AppSession::commitmentsChanged, this, &ReportView::refresh);

    // The previous month, the one a monthly report is usually made for.
    const QDate today = toDateTime(m_session.clock().now(), m_session.zone()).date();
    m_month->setDate(firstDayOf(yearMonthOf(today.addMonths(-1))));
    m_asOf->setDateTime(wallClock(toDateTime(m_session.clock().now(), m_session.zone())));
    refresh();
}

ReportView::~ReportView() = default;

void ReportView::setMonth(date::year_month month)
{
    m_month->setDate(firstDayOf(month));
}

date::year_month ReportView::month() const
{
    return yearMonthOf(m_month->date());
}

void ReportView::setLanguage(reports::Language language)
{
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(language)));
}

reports::Language ReportView::language() const
{
    return static_cast<reports::Language>(m_language->currentData().toInt());
}

void ReportView::setAsOf(std::optional<domain::Instant> asOf)
{
    m_asOfChosen->setChecked(asOf.has_value());
    if (asOf) {
        m_asOf->setDateTime(wallClock(toDateTime(*asOf, m_session.zone())));
    }
}

std::optional<domain::Instant> ReportView::chosenAsOf() const
{
    if (!m_asOfChosen->isChecked()) {
        return std::nullopt;
    }
    auto at = fromDateTime(m_asOf->dateTime(), m_session.zone());
    return at ? std::optional<domain::Instant>(*at) : std::nullopt;
}

QAbstractItemModel* ReportView::snapshotsModel() const
{
    return m_snapshotTable->model();
}

QString ReportView::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReportView::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ReportView::refresh()
{
    showError({});
    m_snapshots.clear();
    m_snapshotTable->setRowCount(0);
    const auto& site = m_session.site();
    const bool mayView = m_session.isOpen() && site && m_session.user().can(domain::Permission::ViewReports);
    if (mayView) {
        auto snapshots = m_session.workspace().indicators().snapshots(site->code);
        if (!snapshots) {
            showError(errorText(snapshots.error()));
        } else {
            m_snapshots = std::move(*snapshots);
            std::stable_sort(m_snapshots.begin(), m_snapshots.end(),
                             [](const auto& a, const auto& b) { return a.frozenAt > b.frozenAt; });
        }
    }
    const auto zone = m_session.zone();
    m_snapshotTable->setRowCount(static_cast<int>(m_snapshots.size()));
    for (int row = 0; row < static_cast<int>(m_snapshots.size()); ++row) {
        const auto& s = m_snapshots[static_cast<std::size_t>(row)];
        m_snapshotTable->setItem(row, 0, cell(monthText(s.month)));
        m_snapshotTable->setItem(row, 1, cell(formatInstant(s.asOf, zone)));
        m_snapshotTable->setItem(row, 2, cell(qs(s.frozenBy)));
        m_snapshotTable->setItem(row, 3, cell(formatInstant(s.frozenAt, zone)));
    }
    m_snapshotTable->resizeColumnsToContents();
    setEnabled(mayView);
    updateActions();
}

void ReportView::updateActions()
{
    const bool hasSite = m_session.isOpen() && m_session.site().has_value();
    for (auto* button : {m_preview, m_print, m_pdf, m_excel}) {
        button->setEnabled(hasSite);
    }
    const bool mayFreeze = hasSite && m_session.user().can(domain::Permission::ManageTargets);
    m_freeze->setVisible(mayFreeze);
    const bool selected = !m_snapshotTable->selectionModel()->selectedRows().isEmpty();
    m_reprint->setEnabled(selected);
    m_frozenPdf->setEnabled(selected);
}

domain::Result<reports::MonthlyReport> ReportView::currentDocument() const
{
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site) {
        return domain::fail(domain::ErrorCode::NotFound, "no site is selected");
    }
    auto figures = m_session.workspace().indicators().monthlyIndicators(site->code, month(), chosenAsOf());
    if (!figures) {
        return std::unexpected(figures.error());
    }
    return reports::buildMonthlyReport(*figures, m_session.clock().now());
}

bool ReportView::freezeReport()
{
    showError({});
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site) {
        return false;
    }
    // One moment for the figures and the snapshot: "now" when no time is chosen.
    const domain::Instant now = m_session.clock().now();
    const domain::Instant asOf = chosenAsOf().value_or(now);
    auto figures = m_session.workspace().indicators().monthlyIndicators(site->code, month(), asOf);
    if (!figures) {
        showError(errorText(figures.error()));
        return false;
    }
    auto document = reports::buildMonthlyReport(*figures, now);
    document.frozenAt = m_session.zone().formatIso(now);
    document.frozenBy = m_session.user().name;
    auto frozen = m_session.workspace().indicators().freeze(site->code, month(), asOf, reports::toJson(document));
    if (!frozen) {
        showError(errorText(frozen.error()));
        return false;
    }
    m_session.notifyCommitmentsChanged();
    return true;
}

domain::Result<reports::MonthlyReport> ReportView::frozenDocument(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_snapshots.size())) {
        return domain::fail(domain::ErrorCode::NotFound, "no such frozen report");
    }
    // The list may leave the stored document out: it is read by itself.
    auto snapshot = m_session.workspace().indicators().snapshot(m_snapshots[static_cast<std::size_t>(row)].id);
    if (!snapshot) {
        return std::unexpected(snapshot.error());
    }
    auto document = reports::fromJson(snapshot->data);
    if (!document) {
        return document;
    }
    if (document->frozenAt.empty()) {
        document->frozenAt = m_session.zone().formatIso(snapshot->frozenAt);
        document->frozenBy = snapshot->frozenBy;
    }
    return document;
}

void ReportView::preview()
{
    previewDocument(currentDocument());
}

void ReportView::previewDocument(domain::Result<reports::MonthlyReport> document)
{
    if (!document) {
        showError(errorText(document.error()));
        return;
    }
    showError({});
    const ReportPrint print(std::move(*document), language());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPrint::pageLayout());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(print.title());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) { print.print(target); });
    dialog.exec();
}

void ReportView::printReport()
{
    auto document = currentDocument();
    if (!document) {
        showError(errorText(document.error()));
        return;
    }
    showError({});
    const ReportPrint print(std::move(*document), language());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPrint::pageLayout());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(print.title());
    if (dialog.exec() == QDialog::Accepted) {
        print.print(&printer);
    }
}

QString ReportView::savePath(const QString& caption, const QString& suggested, const QString& filter)
{
    const QString folder = QSettings().value(kFolderKey).toString();
    const QString file = QFileDialog::getSaveFileName(
        this, caption, folder.isEmpty() ? suggested : folder + QLatin1Char('/') + suggested, filter);
    if (!file.isEmpty()) {
        QSettings().setValue(kFolderKey, QFileInfo(file).absolutePath());
    }
    return file;
}

void ReportView::exportPdf()
{
    saveDocumentPdf(currentDocument(), tr("Save the report as PDF"), QString());
}

void ReportView::saveDocumentPdf(domain::Result<reports::MonthlyReport> document, const QString& caption,
                                 const QString& suffix)
{
    if (!document) {
        showError(errorText(document.error()));
        return;
    }
    showError({});
    const QString suggested =
        QStringLiteral("%1-%2-%3%4.pdf")
            .arg(qs(document->siteCode), qs(document->month), qs(reports::languageKey(language())), suffix);
    const QString file = savePath(caption, suggested, tr("PDF files (*.pdf)"));
    if (file.isEmpty()) {
        return;
    }
    if (auto written = ReportPrint(std::move(*document), language()).writePdf(file); !written) {
        showError(errorText(written.error()));
    }
}

void ReportView::exportExcel()
{
    auto document = currentDocument();
    if (!document) {
        showError(errorText(document.error()));
        return;
    }
    showError({});
    const QString suggested =
        QStringLiteral("%1-%2-%3.xlsx")
            .arg(qs(document->siteCode), qs(document->month), qs(reports::languageKey(language())));
    const QString file =
        savePath(tr("Save the report as an Excel workbook"), suggested, tr("Excel workbooks (*.xlsx)"));
    if (file.isEmpty()) {
        return;
    }
    if (auto written = reports::writeXlsx(*document, language(), toPath(file)); !written) {
        showError(errorText(written.error()));
    }
}

void ReportView::freeze()
{
    const QString asOf = chosenAsOf() ? formatInstant(*chosenAsOf(), m_session.zone()) : tr("now");
    const auto answer = QMessageBox::question(
        this, tr("Freeze the report"),
        tr("Freeze the report of %1 as of %2? The frozen report is kept as it is now and is reprinted exactly so, "
           "whatever changes later.")
            .arg(monthText(month()), asOf));
    if (answer == QMessageBox::Yes) {
        freezeReport();
    }
}

void ReportView::reprint()
{
    const auto rows = m_snapshotTable->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        previewDocument(frozenDocument(rows.front().row()));
    }
}

void ReportView::exportFrozenPdf()
{
    const auto rows = m_snapshotTable->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        saveDocumentPdf(frozenDocument(rows.front().row()), tr("Save the frozen report as PDF"),
                        QStringLiteral("-frozen"));
    }
}

} // namespace propdesk::gui
