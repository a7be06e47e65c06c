#include "auditview.h"

#include "appsession.h"
#include "auditchangesmodel.h"
#include "auditlabels.h"
#include "auditmodel.h"
#include "domain/clock.h"
#include "errortext.h"
#include "guilog.h"
#include "qtconvert.h"
#include "ui_auditview.h"

#include <QDate>
#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

#include <algorithm>

namespace propdesk::gui {

namespace {

const QString kSplitterKey = QStringLiteral("audit/splitter");
const QString kColumnsKey = QStringLiteral("audit/columns");

domain::Date toDate(const QDate& day)
{
    return domain::Date{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())},
                        date::day{static_cast<unsigned>(day.day())}};
}

} // namespace

AuditChangesPresenter::AuditChangesPresenter(AuditModel* entries, QTableView* entryView, QTableView* changesView,
                                             QLabel* label, QObject* parent)
    : QObject(parent), m_entries(entries), m_entryView(entryView), m_changesView(changesView), m_label(label),
      m_changes(new AuditChangesModel(this))
{
    m_changesView->setModel(m_changes);
    auto* header = m_changesView->horizontalHeader();
    header->setSectionResizeMode(AuditChangesModel::Field, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditChangesModel::Before, QHeaderView::Stretch);
    header->setSectionResizeMode(AuditChangesModel::After, QHeaderView::Stretch);
    // A long value (a description) wraps in a taller row rather than being cut.
    m_changesView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_label->setWordWrap(true);
    connect(m_entryView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditChangesPresenter::showCurrent);
    // A reset drops the selection without selectionChanged().
    connect(m_entries, &QAbstractItemModel::modelReset, this, &AuditChangesPresenter::showCurrent);
    showCurrent();
}

std::optional<std::int64_t> AuditChangesPresenter::currentEntry() const
{
    const QModelIndexList rows = m_entryView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_entries->entry(rows.first().row()).id;
}

void AuditChangesPresenter::selectEntry(std::optional<std::int64_t> id)
{
    const int row = id ? m_entries->rowOf(*id) : -1;
    if (row < 0) {
        m_entryView->selectionModel()->clear();
    } else {
        const QModelIndex index = m_entries->index(row, 0);
        m_entryView->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_entryView->scrollTo(index);
    }
    showCurrent();
}

void AuditChangesPresenter::showCurrent()
{
    const auto id = currentEntry();
    const int row = id ? m_entries->rowOf(*id) : -1;
    if (row < 0) {
        m_changes->clear();
        m_label->setText(m_entries->rowCount() == 0 ? QString() : tr("Select an entry to see the fields it changed."));
        return;
    }
    const auto& e = m_entries->entry(row);
    const domain::TimeZone zone = m_entries->zoneOf(e);
    m_changes->setEntry(e, zone);
    const QString what =
        e.record.empty() ? auditEntityLabel(e.entity) : tr("%1 %2").arg(auditEntityLabel(e.entity), qs(e.record));
    const QString who = tr("%1 by %2, %3").arg(auditActionLabel(e.action), qs(e.user), formatAuditTime(e.at, zone));
    m_label->setText(e.changes.empty() ? tr("%1: %2; no field changed").arg(what, who) : tr("%1: %2").arg(what, who));
}

AuditView::AuditView(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_ui(std::make_unique<Ui::AuditView>()),
      m_model(new AuditModel(session, this))
{
    m_ui->setupUi(this);
    auto* table = m_ui->table;
    table->setModel(m_model);
    m_presenter = new AuditChangesPresenter(m_model, table, m_ui->changesTable, m_ui->changesLabel, this);
    // The list gets the larger share of any height the window gains; the first sizes come in eventFilter().
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 1);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] { m_splitterPlaced = true; });
    m_ui->splitter->installEventFilter(this);

    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    auto* header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    // Columns as wide as their widest value or title; measuring the rows would mean reading them all.
    const QFontMetrics metrics = table->fontMetrics();
    const auto fit = [&](int column, const QStringList& samples) {
        int width = header->sectionSizeHint(column);
        for (const auto& sample : samples) {
            width = std::max(width, metrics.horizontalAdvance(sample) + 16);
        }
        header->resizeSection(column, width);
    };
    QStringList entities;
    for (const auto entity : auditEntities()) {
        entities << auditEntityLabel(entity);
    }
    QStringList actions;
    using A = domain::AuditAction;
    for (const auto action :
         {A::Create, A::Update, A::Delete, A::SignIn, A::SignInFailed, A::SignOut, A::Backup, A::Restore}) {
        actions << auditActionLabel(action);
    }
    const QDateTime latest(QDate(2026, 12, 28), QTime(23, 58, 58));
    fit(AuditModel::Time, {QLocale().toString(latest.date(), QLocale::ShortFormat) + QStringLiteral(" 23:58:58")});
    fit(AuditModel::User, {QStringLiteral("欧阳明明明")});
    fit(AuditModel::Site, {QStringLiteral("DEMO01")});
    fit(AuditModel::Entity, entities);
    fit(AuditModel::Record, {QStringLiteral("20261228-0000")});
    fit(AuditModel::Action, actions);
    const QSettings settings;
    header->restoreState(settings.value(kColumnsKey).toByteArray());
    m_splitterPlaced = m_ui->splitter->restoreState(settings.value(kSplitterKey).toByteArray());

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(kTypingDelayMs);
    connect(&m_typingTimer, &QTimer::timeout, this, &AuditView::applyFilter);
    connect(m_ui->recordEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_filling) {
            m_typingTimer.start();
        }
    });
    connect(m_ui->recordEdit, &QLineEdit::returnPressed, this, &AuditView::applyFilter);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &AuditView::reload);

    const auto changed = [this] {
        if (!m_filling) {
            applyFilter();
        }
    };
    for (auto* combo : {m_ui->userFilter, m_ui->entityFilter}) {
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    }
    for (auto* check : {m_ui->fromCheck, m_ui->toCheck}) {
        connect(check, &QCheckBox::toggled, this, changed);
    }
    for (auto* edit : {m_ui->fromDate, m_ui->toDate}) {
        connect(edit, &QDateEdit::dateChanged, this, changed);
    }
    connect(m_ui->resetButton, &QToolButton::clicked, this, &AuditView::resetFilters);
    connect(m_ui->refreshButton, &QToolButton::clicked, this, &AuditView::refresh);
    connect(m_model, &AuditModel::loaded, this, &AuditView::updateStatus);

    // Every change the trail records comes with one of these; another database or another user signed in may
    // see other entries and other names.
    for (const auto signal : {&AppSession::userChanged, &AppSession::workspaceChanged}) {
        connect(&m_session, signal, this, [this] {
            fillUsers();
            scheduleReload();
        });
    }
    for (const auto signal : {&AppSession::sitesChanged, &AppSession::ordersChanged, &AppSession::staffChanged}) {
        connect(&m_session, signal, this, &AuditView::scheduleReload);
    }

    fillEntities();
    fillUsers();
    const QDate today = toDateTime(m_session.clock().now(), m_session.zone()).date();
    m_filling = true;
    m_ui->fromDate->setDate(today.addMonths(-1));
    m_ui->toDate->setDate(today);
    m_filling = false;
    applyFilter();
}

AuditView::~AuditView()
{
    saveLayout();
}

AuditChangesModel* AuditView::changesModel() const
{
    return m_presenter->model();
}

void AuditView::fillEntities()
{
    m_filling = true;
    auto* combo = m_ui->entityFilter;
    combo->addItem(tr("All records"), QString());
    for (const auto entity : auditEntities()) {
        combo->addItem(auditEntityLabel(entity), qs(entity));
    }
    m_filling = false;
}

void AuditView::fillUsers()
{
    m_filling = true;
    auto* combo = m_ui->userFilter;
    const QString previous = combo->currentData().toString();
    combo->clear();
    combo->addItem(tr("All users"), QString());
    if (m_session.isOpen()) {
        auto users = m_session.workspace().audit().users();
        if (users) {
            for (const auto& name : *users) {
                combo->addItem(qs(name), qs(name));
            }
        } else {
            // The trail itself reports the refusal in the status line.
            logger()->debug("cannot read the audit trail's users: {}", users.error().describe());
        }
    }
    combo->setCurrentIndex(std::max(combo->findData(previous), 0));
    m_filling = false;
}

void AuditView::resetFilters()
{
    m_filling = true;
    m_ui->userFilter->setCurrentIndex(0);
    m_ui->entityFilter->setCurrentIndex(0);
    m_ui->recordEdit->clear();
    m_ui->fromCheck->setChecked(false);
    m_ui->toCheck->setChecked(false);
    m_filling = false;
    applyFilter();
}

domain::AuditFilter AuditView::filter() const
{
    domain::AuditFilter f;
    if (const QString user = m_ui->userFilter->currentData().toString(); !user.isEmpty()) {
        f.user = utf8(user);
    }
    if (const QString entity = m_ui->entityFilter->currentData().toString(); !entity.isEmpty()) {
        f.entity = utf8(entity);
    }
    if (const QString record = m_ui->recordEdit->text().trimmed(); !record.isEmpty()) {
        f.record = utf8(record);
    }
    // Days are the current site's; the sites of one database share a zone in practice.
    const domain::TimeZone zone = m_session.zone();
    if (m_ui->fromCheck->isChecked()) {
        f.from = zone.startOfDay(toDate(m_ui->fromDate->date()));
    }
    if (m_ui->toCheck->isChecked()) {
        f.to = zone.startOfDay(toDate(m_ui->toDate->date().addDays(1)));
    }
    return f;
}

void AuditView::applyFilter()
{
    m_typingTimer.stop();
    const auto selected = m_presenter->currentEntry();
    m_model->setFilter(filter());
    m_presenter->selectEntry(selected);
}

void AuditView::refresh()
{
    fillUsers();
    applyFilter();
}

void AuditView::scheduleReload()
{
    if (isVisible()) {
        m_reloadTimer.start();
    } else {
        m_stale = true;
    }
}

void AuditView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_reloadTimer.start();
    }
}

bool AuditView::eventFilter(QObject* watched, QEvent* event)
{
    // Until the user drags the handle (or a saved layout was restored), the list keeps two thirds of the height:
    // an entry changes a handful of fields, the list is what one reads through.
    if (watched == m_ui->splitter && event->type() == QEvent::Resize && !m_splitterPlaced) {
        const int height = m_ui->splitter->height() - m_ui->splitter->handleWidth();
        const int list = height * 2 / 3;
        m_ui->splitter->setSizes({list, height - list});
    }
    return QWidget::eventFilter(watched, event);
}

void AuditView::reload()
{
    m_stale = false;
    if (!m_session.isOpen()) {
        return;
    }
    const auto selected = m_presenter->currentEntry();
    fillUsers();
    // A user that left the list (another database) is no filter any more: read the trail anew.
    if (m_model->filter().user != filter().user) {
        m_model->setFilter(filter());
    } else {
        m_model->reload();
    }
    m_presenter->selectEntry(selected);
}

std::optional<std::int64_t> AuditView::currentEntry() const
{
    return m_presenter->currentEntry();
}

bool AuditView::selectEntry(std::int64_t id)
{
    if (m_model->rowOf(id) < 0) {
        return false;
    }
    m_presenter->selectEntry(id);
    return true;
}

void AuditView::updateStatus()
{
    m_ui->statusLabel->setText(m_model->statusText());
}

void AuditView::saveLayout() const
{
    QSettings settings;
    settings.setValue(kColumnsKey, m_ui->table->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_ui->splitter->saveState());
}

} // namespace propdesk::gui
