#include "contractorsview.h"

#include "appsession.h"
#include "contractordialogs.h"
#include "errortext.h"
#include "inspectionlabels.h"
#include "pestvisitview.h"
#include "qtconvert.h"

#include <QDate>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <span>

namespace propdesk::gui {

namespace {

const QColor kFlagBackground(0xf8, 0xb4, 0xb4);
const QColor kFlagText(0x9b, 0x00, 0x00);

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidgetItem* number(const QString& text)
{
    auto* item = cell(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString dateText(domain::Date day)
{
    return QLocale().toString(QDate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                                    static_cast<int>(static_cast<unsigned>(day.day()))),
                              QLocale::ShortFormat);
}

QString monthText(date::year_month month)
{
    return QStringLiteral("%1-%2")
        .arg(static_cast<int>(month.year()))
        .arg(static_cast<unsigned>(month.month()), 2, 10, QLatin1Char('0'));
}

QTableWidget* makeTable(QWidget* parent, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void padColumns(QTableWidget* table, int widest)
{
    table->resizeColumnsToContents();
    for (int column = 0; column + 1 < table->columnCount(); ++column) {
        table->setColumnWidth(column, std::min(table->columnWidth(column) + 12, widest));
    }
}

} // namespace

ContractorsView::ContractorsView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("contractorsView"));
    auto* standingsPage = new QWidget(this);

    m_banner = new QLabel(standingsPage);
    m_banner->setObjectName(QStringLiteral("terminationBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("#terminationBanner { background: #fdecea; border: 1px solid #e57373; "
                                           "border-radius: 3px; color: #9b0000; padding: 4px 6px; }"));
    m_banner->hide();
    m_summary = new QLabel(standingsPage);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    m_add = new QPushButton(tr("&Add contractor…"), standingsPage);
    m_add->setObjectName(QStringLiteral("addContractorButton"));
    m_edit = new QPushButton(tr("&Edit…"), standingsPage);
    m_edit->setObjectName(QStringLiteral("editContractorButton"));
    m_warn = new QPushButton(tr("Written &warning…"), standingsPage);
    m_warn->setObjectName(QStringLiteral("warningButton"));
    m_deduct = new QPushButton(tr("&Deduction…"), standingsPage);
    m_deduct->setObjectName(QStringLiteral("deductionButton"));

    m_standings = makeTable(standingsPage, {tr("Contractor"), tr("Service"), tr("Monthly fee (yuan)"), tr("Contract"),
                                            tr("Warnings in 12 months"), tr("Deducted this month (yuan)"),
                                            tr("Open nonconformances"), tr("Contact")});
    m_standings->setObjectName(QStringLiteral("standingsTable"));

    auto* warningsBox = new QGroupBox(tr("Written warnings"), standingsPage);
    m_warnings = makeTable(warningsBox, {tr("Issued on"), tr("Nonconformance"), tr("Recorded by"), tr("Reason")});
    m_warnings->setObjectName(QStringLiteral("warningsTable"));
    auto* warningsLayout = new QVBoxLayout(warningsBox);
    warningsLayout->addWidget(m_warnings);
    auto* deductionsBox = new QGroupBox(tr("Deductions, last 12 months"), standingsPage);
    m_deductions = makeTable(deductionsBox, {tr("Month"), tr("Amount (yuan)"), tr("Nonconformance"), tr("Reason")});
    m_deductions->setObjectName(QStringLiteral("deductionsTable"));
    auto* deductionsLayout = new QVBoxLayout(deductionsBox);
    deductionsLayout->addWidget(m_deductions);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    for (auto* button : {m_add, m_edit, m_warn, m_deduct}) {
        bar->addWidget(button);
    }
    auto* top = new QWidget(standingsPage);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_banner);
    topLayout->addWidget(m_standings, 1);
    auto* bottom = new QSplitter(Qt::Horizontal, standingsPage);
    bottom->addWidget(warningsBox);
    bottom->addWidget(deductionsBox);
    bottom->setChildrenCollapsible(false);
    auto* splitter = new QSplitter(Qt::Vertical, standingsPage);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* standingsLayout = new QVBoxLayout(standingsPage);
    standingsLayout->addWidget(splitter);

    m_pestVisits = new PestVisitView(m_session, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("contractorTabs"));
    m_tabs->addTab(standingsPage, tr("Contractors"));
    m_tabs->addTab(m_pestVisits, tr("Pest-control visits"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_add, &QPushButton::clicked, this, &ContractorsView::addContractor);
    connect(m_edit, &QPushButton::clicked, this, &ContractorsView::editContractor);
    connect(m_warn, &QPushButton::clicked, this, &ContractorsView::issueWarning);
    connect(m_deduct, &QPushButton::clicked, this, &ContractorsView::addDeduction);
    connect(m_standings, &QTableWidget::currentCellChanged, this, &ContractorsView::showSelected);
    connect(m_standings, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_edit->isVisible() && m_edit->isEnabled()) {
            editContractor();
        }
    });
    connect(&m_session, &AppSession::inspectionsChanged, this, &ContractorsView::reload);
    connect(&m_session, &AppSession::siteChanged, this, &ContractorsView::reload);
    connect(&m_session, &AppSession::userChanged, this, &ContractorsView::reload);
    reload();
}

ContractorsView::~ContractorsView() = default;

std::optional<services::ContractorStanding> ContractorsView::standing(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size())) {
        return std::nullopt;
    }
    return m_rows[static_cast<std::size_t>(row)];
}

void ContractorsView::reload()
{
    const int keep = m_standings->currentRow();
    m_rows.clear();
    m_allWarnings.clear();
    m_allDeductions.clear();
    m_nonconformances.clear();
    m_standings->setRowCount(0);
    m_banner->hide();
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site || !m_session.user().can(domain::Permission::ReadRecords)) {
        m_summary->clear();
        showSelected();
        return;
    }
    auto& inspections = m_session.workspace().inspections();
    const auto today = m_session.zone().localDate(m_session.clock().now());
    auto standings = inspections.standings(site->code, today);
    if (!standings) {
        m_summary->setText(errorText(standings.error()));
        showSelected();
        return;
    }
    m_rows = std::move(*standings);
    if (auto setup = inspections.setup(site->code)) {
        m_warningLimit = setup->warningLimit;
    }
    const domain::Date longAgo{date::sys_days{today} - date::days{3 * 366}};
    if (auto warnings = inspections.warnings(site->code, longAgo, today)) {
        m_allWarnings = std::move(*warnings);
    }
    const date::year_month thisMonth{today.year(), today.month()};
    if (auto deductions = inspections.deductions(site->code, thisMonth - date::months{11}, thisMonth)) {
        m_allDeductions = std::move(*deductions);
    }
    if (auto ncs = inspections.nonconformances(site->code)) {
        m_nonconformances = std::move(*ncs);
    }

    QStringList mayTerminate;
    for (const auto& s : m_rows) {
        const auto& c = s.contractor;
        const int row = m_standings->rowCount();
        m_standings->insertRow(row);
        auto* name = cell(qs(c.name));
        m_standings->setItem(row, Name, name);
        m_standings->setItem(row, Service, cell(contractorServiceLabel(c.service)));
        m_standings->setItem(row, Fee, number(moneyText(c.monthlyFee)));
        auto* contract = cell(tr("%1 – %2").arg(dateText(c.contractStart), dateText(c.contractEnd)));
        m_standings->setItem(row, Contract, contract);
        QTableWidgetItem* warnings = nullptr;
        if (s.mayTerminate) {
            mayTerminate << qs(c.name);
            warnings = cell(tr("%1 · may terminate").arg(s.warningsInYear));
            warnings->setBackground(kFlagBackground);
            warnings->setForeground(kFlagText);
            QFont bold = m_standings->font();
            bold.setBold(true);
            warnings->setFont(bold);
            // Seen on a selected row too, whose colours are the selection's.
            warnings->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            warnings->setToolTip(tr("%1 written warnings in the last 12 months: the limit of %2 gives the right to "
                                    "terminate the subcontract.")
                                     .arg(s.warningsInYear)
                                     .arg(m_warningLimit));
        } else {
            warnings = cell(tr("%1 of %2").arg(s.warningsInYear).arg(m_warningLimit));
        }
        m_standings->setItem(row, Warnings, warnings);
        auto* deducted = number(s.deductedThisMonth > 0 ? moneyText(s.deductedThisMonth) : QStringLiteral("—"));
        m_standings->setItem(row, Deducted, deducted);
        m_standings->setItem(row, OpenNonconformances, number(QString::number(s.openNonconformances)));
        QStringList contact;
        for (const auto& part : {c.contact, c.phone}) {
            if (!part.empty()) {
                contact << qs(part);
            }
        }
        m_standings->setItem(row, Contact, cell(contact.join(QStringLiteral(" · "))));
        if (!c.underContract(today)) {
            const QString why = c.active ? tr("Not under contract today") : tr("Inactive");
            for (int column = 0; column < ColumnCount; ++column) {
                auto* item = m_standings->item(row, column);
                if (column != Warnings || !s.mayTerminate) {
                    item->setForeground(QColor(0x75, 0x75, 0x75));
                }
                if (item->toolTip().isEmpty()) {
                    item->setToolTip(why);
                }
            }
        }
    }
    padColumns(m_standings, 320);
    if (!mayTerminate.isEmpty()) {
        m_banner->setText(tr("<b>May terminate:</b> %1 reached %2 written warnings within 12 months, which gives the "
                             "right to terminate the subcontract.")
                              .arg(mayTerminate.join(QStringLiteral(", ")).toHtmlEscaped())
                              .arg(m_warningLimit));
        m_banner->show();
    }
    m_summary->setText(
        tr("Contractors: %1 · standing on %2").arg(static_cast<int>(m_rows.size())).arg(dateText(today)));
    if (!m_rows.empty()) {
        m_standings->setCurrentCell(std::clamp(keep, 0, static_cast<int>(m_rows.size()) - 1), 0);
    }
    showSelected();
}

void ContractorsView::showSelected()
{
    m_warnings->setRowCount(0);
    m_deductions->setRowCount(0);
    const auto current = standing(m_standings->currentRow());
    if (current) {
        const auto id = current->contractor.id;
        const auto today = m_session.zone().localDate(m_session.clock().now());
        const auto code = [this](std::optional<domain::NonconformanceId> nc) {
            if (!nc) {
                return QString();
            }
            const auto it = std::find_if(m_nonconformances.begin(), m_nonconformances.end(),
                                         [&](const domain::Nonconformance& n) { return n.id == *nc; });
            return it == m_nonconformances.end() ? QStringLiteral("#%1").arg(nc->value) : qs(it->code);
        };
        std::vector<const domain::ContractorWarning*> warnings;
        for (const auto& w : m_allWarnings) {
            if (w.contractor == id) {
                warnings.push_back(&w);
            }
        }
        std::stable_sort(warnings.begin(), warnings.end(),
                         [](const auto* a, const auto* b) { return a->issuedOn > b->issuedOn; });
        for (const auto* w : warnings) {
            const int row = m_warnings->rowCount();
            m_warnings->insertRow(row);
            m_warnings->setItem(row, 0, cell(dateText(w->issuedOn)));
            m_warnings->setItem(row, 1, cell(code(w->nonconformance)));
            m_warnings->setItem(row, 2, cell(qs(w->recordedBy)));
            auto* reason = cell(qs(w->reason).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
            reason->setToolTip(qs(w->reason));
            m_warnings->setItem(row, 3, reason);
            // Older than the rolling year: kept, no longer counted.
            if (domain::warningsInYear(std::span(w, 1), id, today) == 0) {
                for (int column = 0; column < 4; ++column) {
                    m_warnings->item(row, column)->setForeground(QColor(0x75, 0x75, 0x75));
                    m_warnings->item(row, column)->setToolTip(tr("Older than 12 months: no longer counted"));
                }
            }
        }
        std::vector<const domain::Deduction*> deductions;
        for (const auto& d : m_allDeductions) {
            if (d.contractor == id) {
                deductions.push_back(&d);
            }
        }
        std::stable_sort(deductions.begin(), deductions.end(),
                         [](const auto* a, const auto* b) { return a->month > b->month; });
        for (const auto* d : deductions) {
            const int row = m_deductions->rowCount();
            m_deductions->insertRow(row);
            m_deductions->setItem(row, 0, cell(monthText(d->month)));
            m_deductions->setItem(row, 1, number(moneyText(d->amount)));
            m_deductions->setItem(row, 2, cell(code(d->nonconformance)));
            auto* reason = cell(qs(d->reason).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
            reason->setToolTip(qs(d->reason));
            m_deductions->setItem(row, 3, reason);
        }
    }
    padColumns(m_warnings, 200);
    padColumns(m_deductions, 200);
    updateActions();
}

void ContractorsView::updateActions()
{
    const bool may = m_session.isOpen() && m_session.site().has_value() &&
                     m_session.user().can(domain::Permission::ManageContractors);
    for (auto* button : {m_add, m_edit, m_warn, m_deduct}) {
        button->setVisible(may);
    }
    const bool selected = standing(m_standings->currentRow()).has_value();
    m_add->setEnabled(may);
    m_edit->setEnabled(may && selected);
    m_warn->setEnabled(may && selected);
    m_deduct->setEnabled(may && selected);
}

std::vector<domain::Nonconformance> ContractorsView::nonconformancesOf(const domain::Contractor& contractor) const
{
    std::vector<domain::Nonconformance> found;
    for (const auto& nc : m_nonconformances) {
        const bool sameService = (nc.service == domain::InspectionService::Cleaning &&
                                  contractor.service == domain::ContractorService::Cleaning) ||
                                 (nc.service == domain::InspectionService::Greening &&
                                  contractor.service == domain::ContractorService::Greening);
        if (nc.contractor ? *nc.contractor == contractor.id : sameService) {
            found.push_back(nc);
        }
    }
    // The latest first: a warning is usually about a recent one.
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.raisedAt > b.raisedAt; });
    return found;
}

void ContractorsView::addContractor()
{
    ContractorDialog dialog(m_session, std::nullopt, this);
    dialog.exec();
}

void ContractorsView::editContractor()
{
    const auto current = standing(m_standings->currentRow());
    if (!current) {
        return;
    }
    ContractorDialog dialog(m_session, current->contractor, this);
    dialog.exec();
}

void ContractorsView::issueWarning()
{
    const auto current = standing(m_standings->currentRow());
    if (!current) {
        return;
    }
    WarningDialog dialog(m_session, current->contractor, current->warningsInYear, m_warningLimit,
                         nonconformancesOf(current->contractor), this);
    dialog.exec();
}

void ContractorsView::addDeduction()
{
    const auto current = standing(m_standings->currentRow());
    if (!current) {
        return;
    }
    DeductionDialog dialog(m_session, current->contractor, nonconformancesOf(current->contractor), this);
    dialog.exec();
}

} // namespace propdesk::gui
