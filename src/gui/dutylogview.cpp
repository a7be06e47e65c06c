#include "dutylogview.h"

#include "appsession.h"
#include "dutylogdialogs.h"
#include "dutylogmodel.h"
#include "errortext.h"
#include "qtconvert.h"
#include "securitylabels.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

// Room beside a cell's text, on top of what resizeColumnsToContents() leaves; the last column stretches.
void padColumns(QTableView* table)
{
    for (int column = 0; column + 1 < table->model()->columnCount(); ++column) {
        // Long texts (details, handling) are cut at a width that keeps the other columns in view; the
        // tooltip shows them whole.
        table->setColumnWidth(column, std::min(table->columnWidth(column) + 12, 200));
    }
}

domain::Date toDate(const QDate& day)
{
    return domain::Date{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())},
                        date::day{static_cast<unsigned>(day.day())}};
}

} // namespace

DutyLogView::DutyLogView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    using K = domain::DutyEntryKind;
    m_model = new DutyLogModel(m_session, this);

    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_to->setCalendarPopup(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("All entries"), -1);
    for (const auto kind : {K::Visitor, K::Vehicle, K::Incident}) {
        m_kind->addItem(dutyEntryKindLabel(kind), static_cast<int>(kind));
    }
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    auto* kindLabel = new QLabel(tr("&Show:"), this);
    kindLabel->setBuddy(m_kind);

    m_visitor = new QPushButton(tr("Log &visitor…"), this);
    m_visitor->setObjectName(QStringLiteral("logVisitorButton"));
    m_vehicle = new QPushButton(tr("Log ve&hicle…"), this);
    m_vehicle->setObjectName(QStringLiteral("logVehicleButton"));
    m_incident = new QPushButton(tr("Log &incident…"), this);
    m_incident->setObjectName(QStringLiteral("logIncidentButton"));
    m_signOut = new QPushButton(tr("Sign &out"), this);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setToolTip(tr("The visitor or vehicle left now"));
    m_handle = new QPushButton(tr("&Handle incident…"), this);
    m_handle->setObjectName(QStringLiteral("handleButton"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("dutyLogTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addStretch(1);
    auto* actions = new QHBoxLayout;
    for (auto* button : {m_visitor, m_vehicle, m_incident}) {
        actions->addWidget(button);
    }
    actions->addStretch(1);
    actions->addWidget(m_signOut);
    actions->addWidget(m_handle);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    const QDate today = toDateTime(m_session.clock().now(), m_session.zone()).date();
    m_from->setDate(today);
    m_to->setDate(today);

    connect(m_from, &QDateEdit::dateChanged, this, &DutyLogView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &DutyLogView::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DutyLogView::reload);
    connect(m_visitor, &QPushButton::clicked, this, [this] { logEntry(K::Visitor); });
    connect(m_vehicle, &QPushButton::clicked, this, [this] { logEntry(K::Vehicle); });
    connect(m_incident, &QPushButton::clicked, this, [this] { logEntry(K::Incident); });
    connect(m_signOut, &QPushButton::clicked, this, &DutyLogView::signOut);
    connect(m_handle, &QPushButton::clicked, this, &DutyLogView::handleIncident);
    connect(m_model, &DutyLogModel::modelAboutToBeReset, this, [this] {
        if (const auto e = currentEntry()) {
            m_keep = e->id;
        }
    });
    connect(m_model, &DutyLogModel::reloaded, this, [this] {
        m_table->resizeColumnsToContents();
        padColumns(m_table);
        if (m_keep) {
            selectEntry(*m_keep);
            m_keep.reset();
        }
        updateSummary();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DutyLogView::updateActions);
    connect(&m_session, &AppSession::securityChanged, this, &DutyLogView::reload);
    connect(&m_session, &AppSession::userChanged, this, &DutyLogView::updateActions);
    connect(&m_session, &AppSession::siteChanged, this, [this] {
        m_keep.reset();
        const QDate day = toDateTime(m_session.clock().now(), m_session.zone()).date();
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(day);
        m_to->setDate(day);
        reload();
    });
    reload();
}

DutyLogView::~DutyLogView() = default;

void DutyLogView::reload()
{
    std::optional<domain::DutyEntryKind> kind;
    if (const int data = m_kind->currentData().toInt(); data >= 0) {
        kind = static_cast<domain::DutyEntryKind>(data);
    }
    m_model->setFilter(toDate(m_from->date()), toDate(m_to->date()), kind);
}

std::optional<domain::DutyEntry> DutyLogView::currentEntry() const
{
    const auto index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount()) {
        return std::nullopt;
    }
    return m_model->entry(index.row());
}

bool DutyLogView::selectEntry(domain::DutyEntryId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void DutyLogView::updateSummary()
{
    if (!m_model->error().isEmpty()) {
        m_summary->setText(m_model->error());
        m_summary->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    m_summary->setText(tr("%1 entries · still inside: %2 · incidents not handled: %3")
                           .arg(m_model->rowCount())
                           .arg(m_model->stillInside())
                           .arg(m_model->unhandled()));
    m_summary->setStyleSheet(m_model->unhandled() > 0 ? QStringLiteral("color: #9b0000;") : QString());
}

void DutyLogView::updateActions()
{
    const bool visible = m_session.user().can(domain::Permission::RecordDuty);
    const bool may = visible && m_session.site().has_value();
    for (auto* button : {m_visitor, m_vehicle, m_incident, m_signOut, m_handle}) {
        button->setVisible(visible);
    }
    m_visitor->setEnabled(may);
    m_vehicle->setEnabled(may);
    m_incident->setEnabled(may);
    const auto e = currentEntry();
    m_signOut->setEnabled(may && e && e->kind != domain::DutyEntryKind::Incident && !e->leftAt);
    m_handle->setEnabled(may && e && e->kind == domain::DutyEntryKind::Incident);
}

void DutyLogView::logEntry(domain::DutyEntryKind kind)
{
    if (!m_session.site()) {
        return;
    }
    DutyEntryDialog dialog(m_session, kind, this);
    if (dialog.exec() == QDialog::Accepted && dialog.result()) {
        selectEntry(dialog.result()->id);
    }
}

bool DutyLogView::signOut()
{
    const auto e = currentEntry();
    if (!e || e->kind == domain::DutyEntryKind::Incident || e->leftAt) {
        return false;
    }
    auto done = m_session.workspace().security().signOut(e->id);
    if (!done) {
        m_summary->setText(errorText(done.error()));
        m_summary->setStyleSheet(QStringLiteral("color: #c62828;"));
        return false;
    }
    m_session.notifySecurityChanged();
    return true;
}

void DutyLogView::handleIncident()
{
    const auto e = currentEntry();
    if (!e || e->kind != domain::DutyEntryKind::Incident) {
        return;
    }
    HandleIncidentDialog dialog(m_session, *e, this);
    dialog.exec();
}

} // namespace propdesk::gui
