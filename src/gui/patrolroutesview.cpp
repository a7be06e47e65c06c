#include "patrolroutesview.h"

#include "appsession.h"
#include "errortext.h"
#include "patrolroutedialog.h"
#include "qtconvert.h"
#include "securitylabels.h"

#include <QCheckBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace propdesk::gui {

namespace {

// Room beside a cell's text, on top of what resizeColumnsToContents() leaves; the last column stretches.
void padColumns(QTableView* table)
{
    for (int column = 0; column + 1 < table->model()->columnCount(); ++column) {
        table->setColumnWidth(column, table->columnWidth(column) + 12);
    }
}

QString dayText(domain::Date day)
{
    const QDate qdate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                      static_cast<int>(static_cast<unsigned>(day.day())));
    return QLocale().toString(qdate, QLocale::ShortFormat);
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

PatrolRoutesView::PatrolRoutesView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_all = new QCheckBox(tr("Show &every version"), this);
    m_all->setObjectName(QStringLiteral("allVersionsCheck"));
    m_new = new QPushButton(tr("&New route…"), this);
    m_new->setObjectName(QStringLiteral("newRouteButton"));
    m_edit = new QPushButton(tr("&Change route…"), this);
    m_edit->setObjectName(QStringLiteral("editRouteButton"));

    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("routesTable"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Route"), tr("Effective from"), tr("Checkpoints"),
                                        tr("Rounds per shift"), tr("Round length"), tr("Tolerance"), tr("In use")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_all);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_all, &QCheckBox::toggled, this, &PatrolRoutesView::reload);
    connect(m_new, &QPushButton::clicked, this, &PatrolRoutesView::newRoute);
    connect(m_edit, &QPushButton::clicked, this, &PatrolRoutesView::editRoute);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] {
        if (m_edit->isEnabled()) {
            editRoute();
        }
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &PatrolRoutesView::updateActions);
    connect(&m_session, &AppSession::securityChanged, this, &PatrolRoutesView::reload);
    connect(&m_session, &AppSession::siteChanged, this, &PatrolRoutesView::reload);
    connect(&m_session, &AppSession::userChanged, this, &PatrolRoutesView::updateActions);
    reload();
}

PatrolRoutesView::~PatrolRoutesView() = default;

const domain::PatrolRoute* PatrolRoutesView::route(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_routes.size())) {
        return nullptr;
    }
    return &m_routes[static_cast<std::size_t>(row)];
}

void PatrolRoutesView::reload()
{
    m_routes.clear();
    m_table->setRowCount(0);
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site) {
        m_summary->clear();
        updateActions();
        return;
    }
    auto& security = m_session.workspace().security();
    if (auto setup = security.setup(site->code)) {
        m_setup = std::move(*setup);
    }
    auto routes = security.routes(site->code);
    if (!routes) {
        m_summary->setText(errorText(routes.error()));
        updateActions();
        return;
    }
    const auto today = m_session.zone().localDate(m_session.clock().now());
    if (m_all->isChecked()) {
        m_routes = *routes;
        std::sort(m_routes.begin(), m_routes.end(), [](const auto& a, const auto& b) {
            return std::tie(a.code, a.effectiveFrom) < std::tie(b.code, b.effectiveFrom);
        });
    } else {
        // In force today, and the changes already saved for a later day.
        for (const auto* route : domain::routesInForce(*routes, today)) {
            m_routes.push_back(*route);
        }
        std::vector<domain::PatrolRoute> later;
        for (const auto& route : *routes) {
            if (route.effectiveFrom > today) {
                later.push_back(route);
            }
        }
        std::sort(later.begin(), later.end(), [](const auto& a, const auto& b) {
            return std::tie(a.code, a.effectiveFrom) < std::tie(b.code, b.effectiveFrom);
        });
        m_routes.insert(m_routes.end(), later.begin(), later.end());
    }
    int inForce = 0;
    for (const auto& route : m_routes) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList rounds;
        for (const auto& [code, count] : route.roundsPerShift) {
            const auto* shift = m_setup.shift(code);
            rounds << QStringLiteral("%1 %2").arg(shift ? shiftLabel(*shift) : qs(code)).arg(count);
        }
        QStringList checkpoints;
        for (const auto& c : route.checkpoints) {
            checkpoints << qs(c.code);
        }
        m_table->setItem(row, 0, cell(qs(route.code)));
        m_table->setItem(row, 1, cell(qs(route.name)));
        auto* from = cell(dayText(route.effectiveFrom));
        if (route.effectiveFrom > today) {
            from->setText(tr("%1 (to come)").arg(from->text()));
        } else if (route.active) {
            ++inForce;
        }
        m_table->setItem(row, 2, from);
        const int count = static_cast<int>(route.checkpoints.size());
        auto* points = cell(count == 1 ? tr("1 checkpoint") : tr("%1 checkpoints").arg(count));
        points->setToolTip(checkpoints.join(QStringLiteral(" → ")));
        m_table->setItem(row, 3, points);
        m_table->setItem(row, 4, cell(rounds.join(QStringLiteral(", "))));
        m_table->setItem(row, 5, cell(formatDuration(route.roundLength)));
        m_table->setItem(row, 6, cell(QStringLiteral("± %1").arg(formatDuration(route.tolerance))));
        m_table->setItem(row, 7, cell(route.active ? tr("Yes") : tr("Retired")));
    }
    m_table->resizeColumnsToContents();
    padColumns(m_table);
    m_summary->setText(m_routes.empty() ? tr("No patrol route yet: add the site's first.")
                       : inForce == 1   ? tr("1 route in force today.")
                                        : tr("%1 routes in force today.").arg(inForce));
    if (m_table->rowCount() > 0) {
        m_table->setCurrentCell(0, 0);
    }
    updateActions();
}

void PatrolRoutesView::updateActions()
{
    const bool may = m_session.site().has_value() && m_session.user().can(domain::Permission::ManageSecurity);
    m_new->setVisible(m_session.user().can(domain::Permission::ManageSecurity));
    m_edit->setVisible(m_session.user().can(domain::Permission::ManageSecurity));
    m_new->setEnabled(may);
    m_edit->setEnabled(may && route(m_table->currentRow()) != nullptr);
}

void PatrolRoutesView::newRoute()
{
    PatrolRouteDialog dialog(m_session, m_setup, std::nullopt, this);
    dialog.exec();
}

void PatrolRoutesView::editRoute()
{
    const auto* current = route(m_table->currentRow());
    if (!current) {
        return;
    }
    PatrolRouteDialog dialog(m_session, m_setup, *current, this);
    dialog.exec();
}

} // namespace propdesk::gui
