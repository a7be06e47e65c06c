#include "historyview.h"

#include "appsession.h"
#include "domain/clock.h"
#include "guilog.h"
#include "historymodel.h"
#include "labels.h"
#include "qtconvert.h"
#include "ui_historyview.h"
#include "workorderactions.h"
#include "workorderdetail.h"

#include <QDate>
#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>

#include <algorithm>
#include <set>

namespace propdesk::gui {

namespace {

const QString kSplitterKey = QStringLiteral("history/splitter");
const QString kColumnsKey = QStringLiteral("history/columns");

// The status filter's two entries that are not a single status.
constexpr int kAnyStatus = -1;
constexpr int kOpenStatuses = -2;
constexpr int kAny = -1;

domain::Date toDate(const QDate& day)
{
    return domain::Date{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())},
                        date::day{static_cast<unsigned>(day.day())}};
}

const std::vector<domain::WorkOrderStatus>& allStatuses()
{
    using S = domain::WorkOrderStatus;
    static const std::vector<S> statuses{S::Logged,    S::Dispatched, S::InProgress, S::OnHold,
                                         S::Completed, S::Revisited,  S::Cancelled};
    return statuses;
}

} // namespace

HistoryView::HistoryView(AppSession& session, WorkOrderActions* actions, QWidget* parent)
    : QWidget(parent), m_session(session), m_actions(actions), m_ui(std::make_unique<Ui::HistoryView>()),
      m_model(new HistoryModel(session, this))
{
    m_ui->setupUi(this);
    m_detail = new WorkOrderDetail(session, m_ui->splitter);
    m_ui->splitter->addWidget(m_detail);
    // The list gets the larger share of any width the window gains; the first sizes come in eventFilter().
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] { m_splitterPlaced = true; });
    m_ui->splitter->installEventFilter(this);

    auto* table = m_ui->table;
    table->setModel(m_model);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    auto* header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    // Short columns as wide as their widest value or title; measuring the rows would mean reading them all.
    const QFontMetrics metrics = table->fontMetrics();
    const auto fit = [&](int column, const QStringList& samples) {
        int width = header->sectionSizeHint(column);
        for (const auto& sample : samples) {
            width = std::max(width, metrics.horizontalAdvance(sample) + 16);
        }
        header->resizeSection(column, width);
    };
    QStringList statuses;
    for (const auto s : allStatuses()) {
        statuses << statusLabel(s);
    }
    QStringList urgencies;
    for (const auto u : domain::allUrgencies()) {
        urgencies << urgencyLabel(u);
    }
    QStringList categories;
    for (const auto c : domain::allCategories()) {
        categories << categoryLabel(c);
    }
    const QDateTime latest(QDate(2026, 12, 28), QTime(23, 58));
    fit(HistoryModel::Code, {QStringLiteral("20261228-0000")});
    fit(HistoryModel::Site, {QStringLiteral("DEMO01")});
    fit(HistoryModel::Reported, {QLocale().toString(latest.date(), QLocale::ShortFormat) + QStringLiteral(" 23:58")});
    fit(HistoryModel::Status, statuses);
    fit(HistoryModel::Urgency, urgencies);
    fit(HistoryModel::Category, categories);
    fit(HistoryModel::Location, {QStringLiteral("10栋2单元2501室")});
    fit(HistoryModel::Reporter, {QStringLiteral("欧阳明明")});
    fit(HistoryModel::Phone, {QStringLiteral("13800000000")});
    fit(HistoryModel::Technician, {QStringLiteral("欧阳师傅")});
    const QSettings settings;
    header->restoreState(settings.value(kColumnsKey).toByteArray());
    m_splitterPlaced = m_ui->splitter->restoreState(settings.value(kSplitterKey).toByteArray());

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    m_ui->searchEdit->setToolTip(tr("Search as you type; Enter searches at once (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &HistoryView::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &HistoryView::applyFilter);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &HistoryView::reload);

    const auto changed = [this] {
        if (!m_filling) {
            applyFilter();
        }
    };
    for (auto* combo : {m_ui->statusFilter, m_ui->categoryFilter, m_ui->urgencyFilter, m_ui->technicianFilter}) {
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    }
    connect(m_ui->siteFilter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            fillTechnicians();
            applyFilter();
        }
    });
    for (auto* check : {m_ui->fromCheck, m_ui->toCheck}) {
        connect(check, &QCheckBox::toggled, this, changed);
    }
    for (auto* edit : {m_ui->fromDate, m_ui->toDate}) {
        connect(edit, &QDateEdit::dateChanged, this, changed);
    }
    connect(m_ui->resetButton, &QToolButton::clicked, this, &HistoryView::resetFilters);

    connect(m_model, &HistoryModel::loaded, this, &HistoryView::updateStatus);
    connect(m_model, &HistoryModel::counted, this, &HistoryView::updateStatus);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_restoring) {
            showCurrent();
        }
    });
    connect(table, &QTableView::customContextMenuRequested, this, &HistoryView::showContextMenu);

    if (m_actions) {
        // The actions' shortcuts work while the focus is in the table; the session's ordersChanged() after an
        // action reads the list and the detail again.
        table->addActions(m_actions->actions());
        m_detail->setActions(m_actions->actions());
    }

    connect(&m_session, &AppSession::workspaceChanged, this, [this] {
        fillSites();
        fillTechnicians();
        scheduleReload();
    });
    connect(&m_session, &AppSession::sitesChanged, this, [this] {
        fillSites();
        scheduleReload();
    });
    connect(&m_session, &AppSession::siteChanged, this, &HistoryView::followSite);
    connect(&m_session, &AppSession::ordersChanged, this, &HistoryView::scheduleReload);

    fillFixedFilters();
    fillSites();
    fillTechnicians();
    const QDate today = toDateTime(m_session.clock().now(), m_session.zone()).date();
    m_filling = true;
    m_ui->fromDate->setDate(today.addMonths(-1));
    m_ui->toDate->setDate(today);
    m_filling = false;
    applyFilter();
}

HistoryView::~HistoryView()
{
    saveLayout();
}

void HistoryView::fillFixedFilters()
{
    m_filling = true;
    auto* status = m_ui->statusFilter;
    status->addItem(tr("Any status"), kAnyStatus);
    status->addItem(tr("Open"), kOpenStatuses);
    status->setItemData(1, tr("Logged, dispatched, in progress or on hold"), Qt::ToolTipRole);
    for (const auto s : allStatuses()) {
        status->addItem(statusLabel(s), static_cast<int>(s));
    }
    m_ui->categoryFilter->addItem(tr("Any category"), kAny);
    for (const auto c : domain::allCategories()) {
        m_ui->categoryFilter->addItem(categoryLabel(c), static_cast<int>(c));
    }
    m_ui->urgencyFilter->addItem(tr("Any urgency"), kAny);
    for (const auto u : domain::allUrgencies()) {
        m_ui->urgencyFilter->addItem(urgencyLabel(u), static_cast<int>(u));
    }
    m_filling = false;
}

void HistoryView::fillSites()
{
    m_filling = true;
    auto* combo = m_ui->siteFilter;
    const QVariant previous = combo->count() > 0 ? combo->currentData() : QVariant();
    combo->clear();
    combo->addItem(tr("All sites"), QVariant());
    for (const auto& site : m_session.sites()) {
        combo->addItem(tr("%1 (%2)").arg(qs(site.name), qs(site.code)), QVariant::fromValue(site.id.value));
    }
    int index = previous.isValid() ? combo->findData(previous) : -1;
    if (index < 0 && m_session.site()) {
        index = combo->findData(QVariant::fromValue(m_session.site()->id.value));
    }
    combo->setCurrentIndex(std::max(index, 0));
    m_filling = false;
}

void HistoryView::fillTechnicians()
{
    m_filling = true;
    auto* combo = m_ui->technicianFilter;
    const QString previous = combo->currentData().toString();
    combo->clear();
    combo->addItem(tr("Any technician"), QString());
    std::set<std::string> names;
    if (m_session.isOpen()) {
        const QVariant siteId = m_ui->siteFilter->currentData();
        for (const auto& site : m_session.sites()) {
            if (siteId.isValid() && siteId.toLongLong() != site.id.value) {
                continue;
            }
            auto staff = m_session.workspace().staff().list(site.code);
            if (!staff) {
                logger()->error("cannot read the staff of {}: {}", site.code, staff.error().describe());
                continue;
            }
            for (const auto& member : *staff) {
                names.insert(member.name);
            }
        }
    }
    for (const auto& name : names) {
        combo->addItem(qs(name), qs(name));
    }
    combo->setCurrentIndex(std::max(combo->findData(previous), 0));
    m_filling = false;
}

void HistoryView::followSite()
{
    if (!m_session.site()) {
        return;
    }
    const int index = m_ui->siteFilter->findData(QVariant::fromValue(m_session.site()->id.value));
    if (index < 0 || index == m_ui->siteFilter->currentIndex()) {
        return;
    }
    m_filling = true;
    m_ui->siteFilter->setCurrentIndex(index);
    m_filling = false;
    fillTechnicians();
    scheduleReload();
}

void HistoryView::resetFilters()
{
    m_filling = true;
    for (auto* combo : {m_ui->statusFilter, m_ui->categoryFilter, m_ui->urgencyFilter, m_ui->technicianFilter}) {
        combo->setCurrentIndex(0);
    }
    m_ui->fromCheck->setChecked(false);
    m_ui->toCheck->setChecked(false);
    m_ui->searchEdit->clear();
    m_filling = false;
    applyFilter();
}

domain::WorkOrderFilter HistoryView::filter() const
{
    domain::WorkOrderFilter f;
    domain::TimeZone zone = m_session.zone();
    if (const QVariant site = m_ui->siteFilter->currentData(); site.isValid()) {
        f.site = domain::SiteId{site.toLongLong()};
        for (const auto& s : m_session.sites()) {
            if (s.id == *f.site) {
                if (auto found = domain::TimeZone::find(s.timeZone)) {
                    zone = *found;
                }
            }
        }
    }
    const int status = m_ui->statusFilter->currentData().toInt();
    if (status == kOpenStatuses) {
        using S = domain::WorkOrderStatus;
        f.statuses = {S::Logged, S::Dispatched, S::InProgress, S::OnHold};
    } else if (status != kAnyStatus) {
        f.statuses = {static_cast<domain::WorkOrderStatus>(status)};
    }
    if (const int category = m_ui->categoryFilter->currentData().toInt(); category != kAny) {
        f.category = static_cast<domain::Category>(category);
    }
    if (const int urgency = m_ui->urgencyFilter->currentData().toInt(); urgency != kAny) {
        f.urgency = static_cast<domain::Urgency>(urgency);
    }
    if (const QString technician = m_ui->technicianFilter->currentData().toString(); !technician.isEmpty()) {
        f.technician = utf8(technician);
    }
    // Days are the site's days; with all sites, the current site's (the sites of one database share a
    // zone in practice).
    if (m_ui->fromCheck->isChecked()) {
        f.reportedFrom = zone.startOfDay(toDate(m_ui->fromDate->date()));
    }
    if (m_ui->toCheck->isChecked()) {
        f.reportedTo = zone.startOfDay(toDate(m_ui->toDate->date().addDays(1)));
    }
    f.text = utf8(m_ui->searchEdit->text().trimmed());
    return f;
}

void HistoryView::applyFilter()
{
    m_searchTimer.stop();
    const auto selected = currentOrder();
    m_model->setFilter(filter());
    restoreSelection(selected);
}

void HistoryView::scheduleReload()
{
    if (isVisible()) {
        m_reloadTimer.start();
    } else {
        m_stale = true;
    }
}

void HistoryView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_reloadTimer.start();
    }
}

bool HistoryView::eventFilter(QObject* watched, QEvent* event)
{
    // Until the user drags the handle (or a saved layout was restored), the list keeps three fifths of the
    // width: the stretch factors alone would share out only what the window gains over the panes' size hints.
    // The splitter's own resize, as the view's comes before its layout has placed a hidden splitter.
    if (watched == m_ui->splitter && event->type() == QEvent::Resize && !m_splitterPlaced) {
        const int width = m_ui->splitter->width() - m_ui->splitter->handleWidth();
        const int list = width * 3 / 5;
        m_ui->splitter->setSizes({list, width - list});
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryView::reload()
{
    m_stale = false;
    if (!m_session.isOpen()) {
        return;
    }
    const auto selected = currentOrder();
    const auto before = m_model->filter();
    const auto now = filter();
    if (before.site != now.site) {
        m_model->setFilter(now);
    } else {
        // The same filter (the list changed under it): read as many rows as were shown.
        m_model->reload();
    }
    restoreSelection(selected);
}

void HistoryView::restoreSelection(std::optional<domain::WorkOrderId> id)
{
    const int row = id ? m_model->rowOf(*id) : -1;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_restoring = true;
        m_ui->table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_restoring = false;
        m_ui->table->scrollTo(index);
    }
    // Once, whether the row is gone (a reset drops the selection without a signal) or kept (the order itself
    // may have changed).
    showCurrent();
}

bool HistoryView::selectOrder(domain::WorkOrderId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    restoreSelection(id);
    return true;
}

std::optional<domain::WorkOrderId> HistoryView::currentOrder() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_model->orderId(rows.first().row());
}

void HistoryView::showCurrent()
{
    const auto id = currentOrder();
    if (m_actions) {
        m_actions->setCurrent(id);
    }
    m_detail->showOrder(id);
    emit currentOrderChanged(id);
}

void HistoryView::updateStatus()
{
    m_ui->statusLabel->setText(m_model->countText());
}

void HistoryView::showContextMenu(const QPoint& pos)
{
    if (!m_actions || !m_ui->table->indexAt(pos).isValid()) {
        return;
    }
    QMenu menu(this);
    menu.addActions(m_actions->actions());
    menu.exec(m_ui->table->viewport()->mapToGlobal(pos));
}

void HistoryView::saveLayout() const
{
    QSettings settings;
    settings.setValue(kColumnsKey, m_ui->table->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_ui->splitter->saveState());
}

} // namespace propdesk::gui
