#include "complainthistoryview.h"

#include "appsession.h"
#include "complainthistorymodel.h"
#include "complaintlabels.h"
#include "domain/clock.h"
#include "qtconvert.h"
#include "ui_complainthistoryview.h"

#include <QDate>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QKeySequence>
#include <QLocale>
#include <QSettings>
#include <QShortcut>

#include <algorithm>

namespace propdesk::gui {

namespace {

const QString kColumnsKey = QStringLiteral("complaints/historyColumns");

// The status and verdict filters' entries that are not a single value.
constexpr int kAny = -1;
constexpr int kOpenStatuses = -2;
constexpr int kValid = 1;
constexpr int kInvalid = 0;

domain::Date toDate(const QDate& day)
{
    return domain::Date{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())},
                        date::day{static_cast<unsigned>(day.day())}};
}

} // namespace

ComplaintHistoryView::ComplaintHistoryView(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_ui(std::make_unique<Ui::ComplaintHistoryView>()),
      m_model(new ComplaintHistoryModel(session, this))
{
    m_ui->setupUi(this);
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
    for (const auto s : domain::allComplaintStatuses()) {
        statuses << complaintStatusLabel(s);
    }
    QStringList channels;
    for (const auto c : domain::allComplaintChannels()) {
        channels << channelLabel(c);
    }
    QStringList categories;
    for (const auto c : domain::allComplaintCategories()) {
        categories << complaintCategoryLabel(c);
    }
    QStringList departments;
    for (const auto d : domain::allDepartments()) {
        departments << departmentLabel(d);
    }
    const QDateTime latest(QDate(2026, 12, 28), QTime(23, 58));
    fit(ComplaintHistoryModel::Code, {QStringLiteral("TS20261228-000")});
    fit(ComplaintHistoryModel::Received,
        {QLocale().toString(latest.date(), QLocale::ShortFormat) + QStringLiteral(" 23:58")});
    fit(ComplaintHistoryModel::Status, statuses);
    fit(ComplaintHistoryModel::Channel, channels);
    fit(ComplaintHistoryModel::Category, categories);
    fit(ComplaintHistoryModel::Resident, {QStringLiteral("欧阳明明")});
    fit(ComplaintHistoryModel::Phone, {QStringLiteral("13800000000")});
    fit(ComplaintHistoryModel::Location, {QStringLiteral("10栋2单元2501室")});
    fit(ComplaintHistoryModel::Department, departments);
    fit(ComplaintHistoryModel::Verdict, {tr("Valid"), tr("Invalid")});
    fit(ComplaintHistoryModel::FirstResponder, {QStringLiteral("欧阳明明")});
    header->restoreState(QSettings().value(kColumnsKey).toByteArray());

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
    connect(&m_searchTimer, &QTimer::timeout, this, &ComplaintHistoryView::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &ComplaintHistoryView::applyFilter);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ComplaintHistoryView::reload);

    const auto changed = [this] {
        if (!m_filling) {
            applyFilter();
        }
    };
    for (auto* combo :
         {m_ui->statusFilter, m_ui->categoryFilter, m_ui->channelFilter, m_ui->departmentFilter, m_ui->verdictFilter}) {
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    }
    for (auto* check : {m_ui->fromCheck, m_ui->toCheck}) {
        connect(check, &QCheckBox::toggled, this, changed);
    }
    for (auto* edit : {m_ui->fromDate, m_ui->toDate}) {
        connect(edit, &QDateEdit::dateChanged, this, changed);
    }
    connect(m_ui->resetButton, &QToolButton::clicked, this, &ComplaintHistoryView::resetFilters);

    connect(m_model, &ComplaintHistoryModel::loaded, this, &ComplaintHistoryView::updateStatus);
    connect(m_model, &ComplaintHistoryModel::counted, this, &ComplaintHistoryView::updateStatus);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_restoring) {
            return;
        }
        const auto id = currentComplaint();
        if (id) {
            emit complaintSelected(*id);
        }
    });

    // Another database or site: a different list under the same filter; changed complaints: the same list
    // read again.
    connect(&m_session, &AppSession::workspaceChanged, this, &ComplaintHistoryView::scheduleReload);
    connect(&m_session, &AppSession::siteChanged, this, &ComplaintHistoryView::scheduleReload);
    connect(&m_session, &AppSession::complaintsChanged, this, &ComplaintHistoryView::scheduleReload);

    fillFilters();
    const QDate today = toDateTime(m_session.clock().now(), m_session.zone()).date();
    m_filling = true;
    m_ui->fromDate->setDate(today.addMonths(-1));
    m_ui->toDate->setDate(today);
    m_filling = false;
    applyFilter();
}

ComplaintHistoryView::~ComplaintHistoryView()
{
    QSettings().setValue(kColumnsKey, m_ui->table->horizontalHeader()->saveState());
}

void ComplaintHistoryView::fillFilters()
{
    m_filling = true;
    auto* status = m_ui->statusFilter;
    status->addItem(tr("Any status"), kAny);
    status->addItem(tr("Open"), kOpenStatuses);
    status->setItemData(1, tr("Received, routed or responded: not resolved yet"), Qt::ToolTipRole);
    for (const auto s : domain::allComplaintStatuses()) {
        status->addItem(complaintStatusLabel(s), static_cast<int>(s));
    }
    m_ui->categoryFilter->addItem(tr("Any category"), kAny);
    for (const auto c : domain::allComplaintCategories()) {
        m_ui->categoryFilter->addItem(complaintCategoryLabel(c), static_cast<int>(c));
    }
    m_ui->channelFilter->addItem(tr("Any channel"), kAny);
    for (const auto c : domain::allComplaintChannels()) {
        m_ui->channelFilter->addItem(channelLabel(c), static_cast<int>(c));
    }
    m_ui->departmentFilter->addItem(tr("Any department"), kAny);
    for (const auto d : domain::allDepartments()) {
        m_ui->departmentFilter->addItem(departmentLabel(d), static_cast<int>(d));
    }
    m_ui->verdictFilter->addItem(tr("Any verdict"), kAny);
    m_ui->verdictFilter->addItem(tr("Valid complaints"), kValid);
    m_ui->verdictFilter->addItem(tr("Invalid complaints"), kInvalid);
    m_filling = false;
}

void ComplaintHistoryView::resetFilters()
{
    m_filling = true;
    for (auto* combo :
         {m_ui->statusFilter, m_ui->categoryFilter, m_ui->channelFilter, m_ui->departmentFilter, m_ui->verdictFilter}) {
        combo->setCurrentIndex(0);
    }
    m_ui->fromCheck->setChecked(false);
    m_ui->toCheck->setChecked(false);
    m_ui->searchEdit->clear();
    m_filling = false;
    applyFilter();
}

domain::ComplaintFilter ComplaintHistoryView::filter() const
{
    domain::ComplaintFilter f;
    // The current site's complaints, its days in its zone.
    if (m_session.site()) {
        f.site = m_session.site()->id;
    }
    const domain::TimeZone zone = m_session.zone();
    const int status = m_ui->statusFilter->currentData().toInt();
    if (status == kOpenStatuses) {
        using S = domain::ComplaintStatus;
        f.statuses = {S::Received, S::Routed, S::Responded};
    } else if (status != kAny) {
        f.statuses = {static_cast<domain::ComplaintStatus>(status)};
    }
    if (const int category = m_ui->categoryFilter->currentData().toInt(); category != kAny) {
        f.category = static_cast<domain::ComplaintCategory>(category);
    }
    if (const int channel = m_ui->channelFilter->currentData().toInt(); channel != kAny) {
        f.channel = static_cast<domain::ComplaintChannel>(channel);
    }
    if (const int department = m_ui->departmentFilter->currentData().toInt(); department != kAny) {
        f.department = static_cast<domain::Department>(department);
    }
    if (const int verdict = m_ui->verdictFilter->currentData().toInt(); verdict != kAny) {
        f.valid = verdict == kValid;
    }
    if (m_ui->fromCheck->isChecked()) {
        f.receivedFrom = zone.startOfDay(toDate(m_ui->fromDate->date()));
    }
    if (m_ui->toCheck->isChecked()) {
        f.receivedTo = zone.startOfDay(toDate(m_ui->toDate->date().addDays(1)));
    }
    f.text = utf8(m_ui->searchEdit->text().trimmed());
    return f;
}

void ComplaintHistoryView::applyFilter()
{
    m_searchTimer.stop();
    const auto selected = currentComplaint();
    m_model->setFilter(filter());
    restoreSelection(selected);
}

void ComplaintHistoryView::scheduleReload()
{
    if (isVisible()) {
        m_reloadTimer.start();
    } else {
        m_stale = true;
    }
}

void ComplaintHistoryView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_reloadTimer.start();
    }
}

void ComplaintHistoryView::reload()
{
    m_stale = false;
    if (!m_session.isOpen()) {
        return;
    }
    const auto selected = currentComplaint();
    const auto now = filter();
    if (m_model->filter().site != now.site) {
        m_model->setFilter(now);
    } else {
        // The same filter (the list changed under it): read as many rows as were shown.
        m_model->reload();
    }
    restoreSelection(selected);
}

void ComplaintHistoryView::restoreSelection(std::optional<domain::ComplaintId> id)
{
    const int row = id ? m_model->rowOf(*id) : -1;
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_restoring = true;
    m_ui->table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_restoring = false;
    m_ui->table->scrollTo(index);
}

bool ComplaintHistoryView::selectComplaint(domain::ComplaintId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    m_ui->table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->table->scrollTo(m_model->index(row, 0));
    return true;
}

std::optional<domain::ComplaintId> ComplaintHistoryView::currentComplaint() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_model->complaintId(rows.first().row());
}

void ComplaintHistoryView::updateStatus()
{
    m_ui->statusLabel->setText(m_model->countText());
}

} // namespace propdesk::gui
