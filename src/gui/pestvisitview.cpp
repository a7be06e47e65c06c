#include "pestvisitview.h"

#include "appsession.h"
#include "errortext.h"
#include "pestvisitdialogs.h"
#include "qtconvert.h"

#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (!text.isEmpty()) {
        item->setToolTip(text);
    }
    return item;
}

domain::Date toDate(const QDate& day)
{
    return domain::Date{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())},
                        date::day{static_cast<unsigned>(day.day())}};
}

} // namespace

PestVisitView::PestVisitView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("monthEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    monthLabel->setBuddy(m_month);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_signIn = new QPushButton(tr("Sign &in…"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signOut = new QPushButton(tr("Sign &out"), this);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setToolTip(tr("The selected operator leaves now"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("pestVisitsTable"));
    m_table->setHorizontalHeaderLabels({tr("Signed in"), tr("Signed out"), tr("Contractor"), tr("Operator"),
                                        tr("Licence number"), tr("Areas"), tr("Treatment"), tr("Notes")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_signIn);
    bar->addWidget(m_signOut);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_month, &QDateEdit::dateChanged, this, &PestVisitView::reload);
    connect(m_signIn, &QPushButton::clicked, this, &PestVisitView::signIn);
    connect(m_signOut, &QPushButton::clicked, this, &PestVisitView::signOut);
    connect(m_table, &QTableWidget::currentCellChanged, this, &PestVisitView::updateActions);
    connect(&m_session, &AppSession::inspectionsChanged, this, &PestVisitView::reload);
    connect(&m_session, &AppSession::userChanged, this, &PestVisitView::reload);
    connect(&m_session, &AppSession::siteChanged, this, [this] {
        const QDate today = toDateTime(m_session.clock().now(), m_session.zone()).date();
        if (m_month->date() != today) {
            m_month->setDate(today);
        } else {
            reload();
        }
    });
    m_month->setDate(toDateTime(m_session.clock().now(), m_session.zone()).date());
    reload();
}

PestVisitView::~PestVisitView() = default;

std::optional<domain::PestControlVisit> PestVisitView::visit(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_visits.size())) {
        return std::nullopt;
    }
    return m_visits[static_cast<std::size_t>(row)];
}

void PestVisitView::reload()
{
    const int keep = m_table->currentRow();
    m_visits.clear();
    m_contractors.clear();
    m_table->setRowCount(0);
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site || !m_session.user().can(domain::Permission::ReadRecords)) {
        m_summary->clear();
        updateActions();
        return;
    }
    auto& inspections = m_session.workspace().inspections();
    const QDate month = m_month->date();
    const QDate first(month.year(), month.month(), 1);
    auto visits = inspections.pestVisits(site->code, toDate(first), toDate(first.addMonths(1).addDays(-1)));
    if (!visits) {
        m_summary->setText(errorText(visits.error()));
        updateActions();
        return;
    }
    m_visits = std::move(*visits);
    std::stable_sort(m_visits.begin(), m_visits.end(),
                     [](const auto& a, const auto& b) { return a.signedInAt < b.signedInAt; });
    if (auto contractors = inspections.contractors(site->code)) {
        m_contractors = std::move(*contractors);
    }
    const auto zone = m_session.zone();
    int stillIn = 0;
    for (const auto& v : m_visits) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, SignedIn, cell(formatInstant(v.signedInAt, zone)));
        if (v.signedOutAt) {
            m_table->setItem(row, SignedOut, cell(formatInstant(*v.signedOutAt, zone)));
        } else {
            ++stillIn;
            auto* in = cell(tr("on site"));
            in->setForeground(QColor(0x7a, 0x4a, 0x00));
            m_table->setItem(row, SignedOut, in);
        }
        const auto it = std::find_if(m_contractors.begin(), m_contractors.end(),
                                     [&](const domain::Contractor& c) { return c.id == v.contractor; });
        m_table->setItem(
            row, Contractor,
            cell(it == m_contractors.end() ? QStringLiteral("#%1").arg(v.contractor.value) : qs(it->name)));
        m_table->setItem(row, Operator, cell(qs(v.operatorName)));
        m_table->setItem(row, Licence, cell(qs(v.licence)));
        m_table->setItem(row, Areas, cell(qs(v.areas)));
        m_table->setItem(row, Treatment, cell(qs(v.treatment).replace(QLatin1Char('\n'), QStringLiteral(" · "))));
        m_table->setItem(row, Notes, cell(qs(v.notes).replace(QLatin1Char('\n'), QStringLiteral(" · "))));
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column + 1 < ColumnCount; ++column) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column) + 12, 240));
    }
    m_summary->setText(
        tr("Visits this month: %1 · still on site: %2").arg(static_cast<int>(m_visits.size())).arg(stillIn));
    if (!m_visits.empty()) {
        m_table->setCurrentCell(std::clamp(keep, 0, static_cast<int>(m_visits.size()) - 1), 0);
    }
    updateActions();
}

void PestVisitView::updateActions()
{
    const bool may =
        m_session.isOpen() && m_session.site().has_value() && m_session.user().can(domain::Permission::RecordPestVisit);
    m_signIn->setVisible(may);
    m_signOut->setVisible(may);
    const auto current = visit(m_table->currentRow());
    m_signOut->setEnabled(may && current && !current->signedOutAt);
}

void PestVisitView::signIn()
{
    std::vector<domain::Contractor> pestControl;
    for (const auto& c : m_contractors) {
        if (c.service == domain::ContractorService::PestControl && c.active) {
            pestControl.push_back(c);
        }
    }
    if (pestControl.empty()) {
        QMessageBox::information(this, tr("Pest-control sign-in"),
                                 tr("Add the pest-control contractor on the Contractors tab first."));
        return;
    }
    PestVisitDialog dialog(m_session, pestControl, this);
    dialog.exec();
}

void PestVisitView::signOut()
{
    const auto current = visit(m_table->currentRow());
    if (!current || current->signedOutAt) {
        return;
    }
    auto stored = m_session.workspace().inspections().signOutPestVisit(current->id);
    if (!stored) {
        QMessageBox::warning(this, tr("Pest-control sign-out"), errorText(stored.error()));
        return;
    }
    m_session.notifyInspectionsChanged();
}

} // namespace propdesk::gui
