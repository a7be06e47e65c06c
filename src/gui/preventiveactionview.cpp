#include "preventiveactionview.h"

#include "appsession.h"
#include "errortext.h"
#include "preventiveactiondialogs.h"
#include "qtconvert.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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
    item->setToolTip(text);
    return item;
}

QString dateText(domain::Date day)
{
    return QLocale().toString(QDate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                                    static_cast<int>(static_cast<unsigned>(day.day()))),
                              QLocale::ShortFormat);
}

} // namespace

PreventiveActionView::PreventiveActionView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("preventiveSummary"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("preventiveTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Potential cause"), tr("Action"), tr("Owner"), tr("Due"), tr("Revealed by"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(Action, QHeaderView::Stretch);
    m_add = new QPushButton(tr("Add &preventive action…"), this);
    m_add->setObjectName(QStringLiteral("addPreventiveButton"));
    m_complete = new QPushButton(tr("&Mark done…"), this);
    m_complete->setObjectName(QStringLiteral("completePreventiveButton"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_complete);
    buttons->addStretch(1);
    auto* body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(body, 1);

    connect(m_add, &QPushButton::clicked, this, &PreventiveActionView::addAction);
    connect(m_complete, &QPushButton::clicked, this, &PreventiveActionView::completeAction);
    connect(m_table, &QTableWidget::currentCellChanged, this, &PreventiveActionView::updateActions);
    connect(&m_session, &AppSession::inspectionsChanged, this, &PreventiveActionView::reload);
    connect(&m_session, &AppSession::siteChanged, this, &PreventiveActionView::reload);
    connect(&m_session, &AppSession::userChanged, this, &PreventiveActionView::reload);
    reload();
}

PreventiveActionView::~PreventiveActionView() = default;

std::optional<domain::PreventiveAction> PreventiveActionView::action(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_actions.size())) {
        return std::nullopt;
    }
    return m_actions[static_cast<std::size_t>(row)];
}

void PreventiveActionView::reload()
{
    const int keep = m_table->currentRow();
    m_actions.clear();
    m_nonconformances.clear();
    m_table->setRowCount(0);
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site || !m_session.user().can(domain::Permission::ReadRecords)) {
        m_summary->clear();
        updateActions();
        return;
    }
    auto& inspections = m_session.workspace().inspections();
    auto actions = inspections.preventiveActions(site->code);
    if (!actions) {
        m_summary->setText(errorText(actions.error()));
        updateActions();
        return;
    }
    m_actions = std::move(*actions);
    if (auto ncs = inspections.nonconformances(site->code)) {
        m_nonconformances = std::move(*ncs);
    }
    const auto zone = m_session.zone();
    const auto today = zone.localDate(m_session.clock().now());
    int open = 0;
    int late = 0;
    for (const auto& a : m_actions) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Cause, cell(qs(a.cause)));
        m_table->setItem(row, Action, cell(qs(a.action).replace(QLatin1Char('\n'), QStringLiteral(" · "))));
        m_table->setItem(row, Owner, cell(qs(a.owner)));
        m_table->setItem(row, Due, cell(dateText(a.due)));
        QString from;
        if (a.from) {
            const auto it = std::find_if(m_nonconformances.begin(), m_nonconformances.end(),
                                         [&](const domain::Nonconformance& nc) { return nc.id == *a.from; });
            from = it == m_nonconformances.end() ? QStringLiteral("#%1").arg(a.from->value) : qs(it->code);
        }
        m_table->setItem(row, From, cell(from));
        QTableWidgetItem* status = nullptr;
        if (a.doneAt) {
            status = cell(tr("Done %1").arg(formatInstant(*a.doneAt, zone)));
            status->setForeground(QColor(0x1b, 0x6e, 0x20));
            if (!a.doneNote.empty()) {
                status->setToolTip(qs(a.doneNote));
            }
        } else if (a.due < today) {
            ++open;
            ++late;
            status = cell(tr("Past due"));
            status->setForeground(QColor(0x9b, 0x00, 0x00));
            status->setBackground(QColor(0xf8, 0xb4, 0xb4));
        } else {
            ++open;
            status = cell(tr("Open"));
        }
        m_table->setItem(row, Status, status);
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != Action) {
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column) + 12, 260));
        }
    }
    m_summary->setText(tr("Open preventive actions: %1 · past due: %2").arg(open).arg(late));
    if (!m_actions.empty()) {
        m_table->setCurrentCell(std::clamp(keep, 0, static_cast<int>(m_actions.size()) - 1), 0);
    }
    updateActions();
}

void PreventiveActionView::updateActions()
{
    const bool may = m_session.site().has_value() && m_session.isOpen() &&
                     m_session.user().can(domain::Permission::HandleNonconformance);
    m_add->setVisible(may);
    m_complete->setVisible(may);
    const auto current = action(m_table->currentRow());
    m_complete->setEnabled(may && current && !current->doneAt);
}

void PreventiveActionView::addAction()
{
    PreventiveActionDialog dialog(m_session, m_nonconformances, m_source, this);
    dialog.exec();
}

void PreventiveActionView::completeAction()
{
    const auto current = action(m_table->currentRow());
    if (!current || current->doneAt) {
        return;
    }
    CompletePreventiveActionDialog dialog(m_session, *current, this);
    dialog.exec();
}

} // namespace propdesk::gui
