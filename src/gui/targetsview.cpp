#include "targetsview.h"

#include "appsession.h"
#include "errortext.h"
#include "kpilabels.h"
#include "qtconvert.h"
#include "rules/indicators.h"
#include "services/indicatorservice.h"
#include "targetsdialog.h"

#include <QDate>
#include <QGroupBox>
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

const QColor kGrey(0x75, 0x75, 0x75);
const QColor kInForce(0x1b, 0x5e, 0x20);

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
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

QString monthText(domain::Date day)
{
    return QStringLiteral("%1-%2")
        .arg(static_cast<int>(day.year()))
        .arg(static_cast<unsigned>(day.month()), 2, 10, QLatin1Char('0'));
}

} // namespace

TargetsView::TargetsView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("targetsView"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_new = new QPushButton(tr("&New version…"), this);
    m_new->setObjectName(QStringLiteral("newVersionButton"));
    m_new->setToolTip(tr("Targets from a later month, pre-filled from the version in force"));
    m_edit = new QPushButton(tr("&Correct…"), this);
    m_edit->setObjectName(QStringLiteral("editVersionButton"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("targetsViewError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* versionsBox = new QGroupBox(tr("Target versions"), this);
    m_versions =
        makeTable(versionsBox, {tr("Effective from"), tr("Contract"), tr("State"), tr("Saved by"), tr("Saved at")});
    m_versions->setObjectName(QStringLiteral("versionsTable"));
    auto* versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->addWidget(m_versions);

    auto* targetsBox = new QGroupBox(tr("Targets"), this);
    m_state = new QLabel(targetsBox);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setWordWrap(true);
    m_targets = makeTable(targetsBox, {tr("No."), tr("Indicator"), tr("Target"), tr("Default target"), tr("Source")});
    m_targets->setObjectName(QStringLiteral("targetsTable"));
    auto* targetsLayout = new QVBoxLayout(targetsBox);
    targetsLayout->addWidget(m_state);
    targetsLayout->addWidget(m_targets, 1);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_edit);
    bar->addWidget(m_new);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(versionsBox);
    splitter->addWidget(targetsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &TargetsView::newVersion);
    connect(m_edit, &QPushButton::clicked, this, &TargetsView::editVersion);
    connect(m_versions, &QTableWidget::currentCellChanged, this, &TargetsView::showSelected);
    connect(m_versions, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_edit->isVisible() && m_edit->isEnabled()) {
            editVersion();
        }
    });
    connect(&m_session, &AppSession::commitmentsChanged, this, &TargetsView::reload);
    connect(&m_session, &AppSession::siteChanged, this, &TargetsView::reload);
    connect(&m_session, &AppSession::userChanged, this, &TargetsView::reload);
    reload();
}

TargetsView::~TargetsView() = default;

QAbstractItemModel* TargetsView::versionsModel() const
{
    return m_versions->model();
}

std::optional<domain::TargetSet> TargetsView::version(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size())) {
        return std::nullopt;
    }
    return m_rows[static_cast<std::size_t>(row)];
}

bool TargetsView::hasTakenEffect(const domain::TargetSet& set) const
{
    return set.effectiveFrom <= m_session.zone().localDate(m_session.clock().now());
}

void TargetsView::reload()
{
    const auto keep = version(m_versions->currentRow());
    m_rows.clear();
    m_versions->setRowCount(0);
    m_error->clear();
    m_error->hide();
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site || !m_session.user().can(domain::Permission::ViewReports)) {
        m_summary->clear();
        showSelected();
        return;
    }
    auto versions = m_session.workspace().indicators().targetVersions(site->code);
    if (!versions) {
        m_error->setText(errorText(versions.error()));
        m_error->show();
        showSelected();
        return;
    }
    m_rows = std::move(*versions);
    std::ranges::sort(m_rows, [](const auto& a, const auto& b) { return a.effectiveFrom > b.effectiveFrom; });
    const auto today = m_session.zone().localDate(m_session.clock().now());
    const auto* inForce = domain::targetSetInForce(m_rows, date::year_month{today.year(), today.month()});
    const auto zone = m_session.zone();
    int keepRow = -1;
    int inForceRow = -1;
    for (const auto& set : m_rows) {
        const int row = m_versions->rowCount();
        m_versions->insertRow(row);
        m_versions->setItem(row, EffectiveFrom, cell(monthText(set.effectiveFrom)));
        m_versions->setItem(row, Contract, cell(qs(set.contract)));
        QTableWidgetItem* state = nullptr;
        if (inForce && inForce->id == set.id) {
            state = cell(tr("In force"));
            state->setForeground(kInForce);
            QFont bold = m_versions->font();
            bold.setBold(true);
            state->setFont(bold);
            inForceRow = row;
        } else if (set.effectiveFrom > today) {
            state = cell(tr("Scheduled"));
        } else {
            state = cell(tr("Superseded"));
            state->setForeground(kGrey);
        }
        m_versions->setItem(row, State, state);
        m_versions->setItem(row, SavedBy, cell(qs(set.savedBy)));
        m_versions->setItem(row, SavedAt, cell(formatInstant(set.savedAt, zone)));
        if (keep && keep->effectiveFrom == set.effectiveFrom) {
            keepRow = row;
        }
    }
    padColumns(m_versions, 280);
    m_summary->setText(m_rows.empty() ? tr("No target version: the catalogue's default targets apply.")
                                      : tr("%1 target versions · in force today: %2")
                                            .arg(static_cast<int>(m_rows.size()))
                                            .arg(inForce ? monthText(inForce->effectiveFrom) : tr("default targets")));
    if (!m_rows.empty()) {
        const int row = keepRow >= 0 ? keepRow : (inForceRow >= 0 ? inForceRow : 0);
        m_versions->setCurrentCell(row, 0);
    }
    showSelected();
}

void TargetsView::showSelected()
{
    m_targets->setRowCount(0);
    const auto selected = version(m_versions->currentRow());
    const bool mayView =
        m_session.isOpen() && m_session.site() && m_session.user().can(domain::Permission::ViewReports);
    if (!mayView) {
        m_state->clear();
        updateActions();
        return;
    }
    if (!selected) {
        m_state->setText(tr("No target version: the catalogue's default targets apply."));
    } else if (hasTakenEffect(*selected)) {
        m_state->setText(tr("In force from %1 (%2). It has taken effect and is read-only: save a new version from a "
                            "later month to change the targets.")
                             .arg(monthText(selected->effectiveFrom), qs(selected->contract)));
    } else {
        m_state->setText(
            tr("Takes effect on %1 (%2); it may be corrected until then.")
                .arg(QLocale().toString(QDate(static_cast<int>(selected->effectiveFrom.year()),
                                              static_cast<int>(static_cast<unsigned>(selected->effectiveFrom.month())),
                                              1),
                                        QLocale::ShortFormat),
                     qs(selected->contract)));
    }
    QFont bold = m_targets->font();
    bold.setBold(true);
    for (const auto& def : rules::indicatorCatalogue()) {
        const int row = m_targets->rowCount();
        m_targets->insertRow(row);
        auto* number = cell(def.commitment > 0 ? QString::number(def.commitment) : QString());
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_targets->setItem(row, Number, number);
        auto* name = cell(indicatorName(def));
        name->setData(Qt::UserRole, qs(def.key));
        name->setToolTip(tr("%1 ÷ %2").arg(numeratorText(def), denominatorText(def)));
        m_targets->setItem(row, Indicator, name);
        std::optional<domain::KpiTarget> target = def.defaultTarget;
        if (selected) {
            const auto it = selected->targets.find(def.key);
            target = it == selected->targets.end() ? std::nullopt : it->second;
        }
        auto* targetItem = cell(target ? targetText(target, def.unit) : tr("None"));
        auto* defaultItem = cell(targetText(def.defaultTarget, def.unit));
        defaultItem->setForeground(kGrey);
        if (target != def.defaultTarget) {
            targetItem->setFont(bold);
            targetItem->setToolTip(tr("Differs from the default target"));
        }
        m_targets->setItem(row, Target, targetItem);
        m_targets->setItem(row, Default, defaultItem);
        m_targets->setItem(row, Origin, cell(originText(def.origin)));
    }
    padColumns(m_targets, 320);
    updateActions();
}

void TargetsView::updateActions()
{
    const bool may =
        m_session.isOpen() && m_session.site().has_value() && m_session.user().can(domain::Permission::ManageTargets);
    m_new->setVisible(may);
    m_edit->setVisible(may);
    const auto selected = version(m_versions->currentRow());
    const bool correctable = selected && !hasTakenEffect(*selected);
    m_new->setEnabled(may);
    m_edit->setEnabled(may && correctable);
    m_edit->setToolTip(correctable ? tr("Correct this version before it takes effect")
                                   : tr("A version that has taken effect is read-only"));
}

void TargetsView::newVersion()
{
    const auto today = m_session.zone().localDate(m_session.clock().now());
    const date::year_month thisMonth{today.year(), today.month()};
    const auto* inForce = domain::targetSetInForce(m_rows, thisMonth);
    TargetsDialog dialog(m_session, inForce ? std::optional(*inForce) : std::nullopt, thisMonth + date::months{1},
                         this);
    dialog.exec();
}

void TargetsView::editVersion()
{
    const auto selected = version(m_versions->currentRow());
    if (!selected || hasTakenEffect(*selected)) {
        return;
    }
    TargetsDialog dialog(m_session, selected,
                         date::year_month{selected->effectiveFrom.year(), selected->effectiveFrom.month()}, this);
    dialog.setWindowTitle(tr("Correct target version"));
    dialog.exec();
}

} // namespace propdesk::gui
