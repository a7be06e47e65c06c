#include "kpidashboard.h"

#include "appsession.h"
#include "errortext.h"
#include "indicatortablemodel.h"
#include "kpilabels.h"
#include "kpirecordsmodel.h"
#include "qtconvert.h"
#include "trendchart.h"

#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace propdesk::gui {

namespace {

// Room beside a cell's text, on top of what resizeColumnsToContents() leaves.
constexpr int kCellPadding = 12;
constexpr int kSparklineWidth = 96;

// The twelve rates of the Trend column as a small line: the target dashed, the last month as a dot, red
// when the row is missed.
class SparklineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index); // background and selection
        const QVariantList rates = index.data(IndicatorTableModel::TrendRole).toList();
        const QVariant target = index.data(IndicatorTableModel::TrendTargetRole);
        double low = std::numeric_limits<double>::max();
        double high = std::numeric_limits<double>::lowest();
        for (const auto& rate : rates) {
            if (rate.isValid()) {
                low = std::min(low, rate.toDouble());
                high = std::max(high, rate.toDouble());
            }
        }
        if (low > high) {
            return;
        }
        if (target.isValid()) {
            low = std::min(low, target.toDouble());
            high = std::max(high, target.toDouble());
        }
        if (high - low < 1e-9) {
            low -= 1.0;
            high += 1.0;
        }
        const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
        const double step = rates.size() > 1 ? area.width() / static_cast<double>(rates.size() - 1) : 0.0;
        auto pointAt = [&](qsizetype i, double value) {
            return QPointF(area.left() + step * static_cast<double>(i),
                           area.bottom() - (value - low) / (high - low) * area.height());
        };
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (target.isValid()) {
            QPen dashed(QColor(0x9e, 0x9e, 0x9e));
            dashed.setStyle(Qt::DashLine);
            painter->setPen(dashed);
            const double y = pointAt(0, target.toDouble()).y();
            painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        }
        const bool missed = index.data(IndicatorTableModel::MissedRole).toBool();
        const QColor colour = missed ? QColor(0xc6, 0x28, 0x28) : QColor(0x15, 0x65, 0xc0);
        painter->setPen(QPen(colour, 1.5));
        QPainterPath path;
        bool drawing = false;
        QPointF last;
        bool hasLast = false;
        for (qsizetype i = 0; i < rates.size(); ++i) {
            if (!rates[i].isValid()) {
                drawing = false;
                hasLast = false;
                continue;
            }
            const QPointF point = pointAt(i, rates[i].toDouble());
            if (drawing) {
                path.lineTo(point);
            } else {
                path.moveTo(point);
                drawing = true;
            }
            last = point;
            hasLast = i == rates.size() - 1;
        }
        painter->drawPath(path);
        if (hasLast) {
            painter->setBrush(colour);
            painter->drawEllipse(last, 2.5, 2.5);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width(), kSparklineWidth));
        return size;
    }
};

} // namespace

KpiDashboard::KpiDashboard(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_month(date::year{2000} / date::January)
{
    m_model = new IndicatorTableModel(this);
    m_recordsModel = new KpiRecordsModel(this);

    auto* monthLabel = new QLabel(tr("&Month:"), this);
    m_monthEdit = new QDateEdit(this);
    m_monthEdit->setObjectName(QStringLiteral("monthEdit"));
    m_monthEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_monthEdit->setCurrentSection(QDateTimeEdit::MonthSection);
    monthLabel->setBuddy(m_monthEdit);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Compute the month again from the records as they are now"));
    m_asOf = new QLabel(this);
    m_asOf->setObjectName(QStringLiteral("asOfLabel"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(IndicatorTableModel::Trend, new SparklineDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_chart = new TrendChart(this);
    m_chart->setObjectName(QStringLiteral("trendChart"));

    m_recordsTitle = new QLabel(this);
    m_recordsTitle->setObjectName(QStringLiteral("recordsTitle"));
    m_recordsTitle->setWordWrap(true);
    m_records = new QTableView(this);
    m_records->setObjectName(QStringLiteral("recordsTable"));
    m_records->setModel(m_recordsModel);
    m_records->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_records->setSelectionMode(QAbstractItemView::SingleSelection);
    m_records->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_records->setWordWrap(false);
    m_records->verticalHeader()->hide();
    m_records->verticalHeader()->setDefaultSectionSize(m_records->fontMetrics().height() + 8);
    m_records->horizontalHeader()->setHighlightSections(false);
    m_records->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(monthLabel);
    bar->addWidget(m_monthEdit);
    bar->addWidget(m_refresh);
    bar->addSpacing(12);
    bar->addWidget(m_asOf);
    bar->addStretch(1);

    auto* recordsBox = new QWidget(this);
    auto* recordsLayout = new QVBoxLayout(recordsBox);
    recordsLayout->setContentsMargins(0, 0, 0, 0);
    recordsLayout->addWidget(m_recordsTitle);
    recordsLayout->addWidget(m_records, 1);

    m_topSplit = new QSplitter(Qt::Horizontal, this);
    m_topSplit->addWidget(m_table);
    m_topSplit->addWidget(m_chart);
    m_topSplit->setStretchFactor(0, 3);
    m_topSplit->setStretchFactor(1, 2);
    m_topSplit->setSizes({720, 460});
    m_topSplit->setChildrenCollapsible(false);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(m_topSplit);
    m_split->addWidget(recordsBox);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({400, 260});
    m_split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_split, 1);

    connect(m_monthEdit, &QDateEdit::dateChanged, this, [this](const QDate& day) {
        if (yearMonthOf(day) != m_month) {
            setMonth(yearMonthOf(day));
        }
    });
    connect(m_refresh, &QPushButton::clicked, this, &KpiDashboard::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &KpiDashboard::showSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        showSelected();
        m_records->setFocus();
    });

    connect(&m_session, &AppSession::siteChanged, this, &KpiDashboard::refreshLater);
    connect(&m_session, &AppSession::userChanged, this, &KpiDashboard::refreshLater);
    connect(&m_session, &AppSession::commitmentsChanged, this, &KpiDashboard::refreshLater);
    connect(&m_session, &AppSession::ordersChanged, this, &KpiDashboard::refreshLater);
    connect(&m_session, &AppSession::complaintsChanged, this, &KpiDashboard::refreshLater);
    connect(&m_session, &AppSession::securityChanged, this, &KpiDashboard::refreshLater);
    connect(&m_session, &AppSession::inspectionsChanged, this, &KpiDashboard::refreshLater);

    // The month before the current one: the month a report is made for.
    const QDate today = toDateTime(m_session.clock().now(), m_session.zone()).date();
    m_month = yearMonthOf(today) - date::months{1};
    const QSignalBlocker blocker(m_monthEdit);
    m_monthEdit->setDate(firstDayOf(m_month));
    m_chart->clear();
    updateSummary({});
}

KpiDashboard::~KpiDashboard() = default;

QAbstractItemModel* KpiDashboard::indicatorModel() const
{
    return m_model;
}

QAbstractItemModel* KpiDashboard::recordsModel() const
{
    return m_recordsModel;
}

void KpiDashboard::setMonth(date::year_month month)
{
    m_month = month;
    {
        const QSignalBlocker blocker(m_monthEdit);
        m_monthEdit->setDate(firstDayOf(month));
    }
    refresh();
}

void KpiDashboard::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void KpiDashboard::refreshLater()
{
    m_stale = true;
    if (isVisible()) {
        refresh();
    }
}

void KpiDashboard::refresh()
{
    m_stale = false;
    const QString selected = selectedIndicator();
    QString error;
    std::optional<services::IndicatorReport> report;
    const auto& site = m_session.site();
    const bool permitted = m_session.user().can(domain::Permission::ViewReports);
    if (m_session.isOpen() && site && permitted) {
        auto computed = m_session.workspace().indicators().monthlyIndicators(site->code, m_month);
        if (computed) {
            report = std::move(*computed);
        } else {
            error = errorText(computed.error());
        }
    } else if (!permitted) {
        error = tr("Your role may not view the KPI reports.");
    }
    m_model->setReport(std::move(report));
    resizeColumns();
    m_refresh->setEnabled(m_session.isOpen() && site && permitted);
    m_monthEdit->setEnabled(permitted);
    if (m_session.isOpen()) {
        const domain::Instant asOf = m_model->report() ? m_model->report()->asOf : m_session.clock().now();
        m_asOf->setText(tr("As of now: %1").arg(formatInstant(asOf, m_session.zone())));
    } else {
        m_asOf->clear();
    }
    updateSummary(error);
    if (m_model->rowCount() == 0) {
        showSelected();
        return;
    }
    const int row = selected.isEmpty() ? -1 : m_model->rowOf(utf8(selected));
    m_table->selectRow(row >= 0 ? row : 0);
    showSelected(); // the same row stays current after a reset: show its new figures
}

void KpiDashboard::resizeColumns()
{
    m_table->resizeColumnsToContents();
    for (int column = 0; column < IndicatorTableModel::ColumnCount - 1; ++column) {
        if (column != IndicatorTableModel::Trend) {
            m_table->setColumnWidth(column, m_table->columnWidth(column) + kCellPadding);
        }
    }
    m_table->setColumnWidth(IndicatorTableModel::Trend, kSparklineWidth);
}

void KpiDashboard::updateSummary(const QString& error)
{
    if (!error.isEmpty()) {
        m_summary->setText(error);
        m_summary->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    const auto& report = m_model->report();
    if (!report) {
        m_summary->setText(m_session.site() ? QString() : tr("No site yet."));
        m_summary->setStyleSheet(QString());
        return;
    }
    const auto missed = static_cast<int>(report->missedCount());
    const int total = static_cast<int>(report->indicators.size());
    const int noData = static_cast<int>(std::count_if(report->indicators.begin(), report->indicators.end(),
                                                      [](const auto& f) { return !f.value.rate.has_value(); }));
    const QString targets = report->targets ? tr("targets of %1 from %2")
                                                  .arg(qs(report->targets->contract),
                                                       qs(domain::formatDate(report->targets->effectiveFrom)))
                                            : tr("default targets");
    m_summary->setText(tr("%1 – %2: %3 of %4 indicators missed, %5 without data; %6.")
                           .arg(qs(report->site.name), qs(domain::monthKey(report->period)))
                           .arg(missed)
                           .arg(total)
                           .arg(noData)
                           .arg(targets));
    m_summary->setStyleSheet(missed > 0 ? QStringLiteral("color: #9b0000;") : QString());
}

QString KpiDashboard::selectedIndicator() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(IndicatorTableModel::KeyRole).toString() : QString();
}

void KpiDashboard::selectIndicator(const QString& key)
{
    const int row = m_model->rowOf(utf8(key));
    if (row < 0) {
        m_table->clearSelection();
        m_table->setCurrentIndex({});
    } else {
        m_table->selectRow(row);
    }
    showSelected();
}

void KpiDashboard::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const auto& report = m_model->report();
    if (!current.isValid() || !report) {
        m_chart->clear(report ? tr("Select an indicator to see its trend") : QString());
        m_recordsModel->clear();
        m_recordsTitle->setText(report ? tr("Select an indicator to see the records behind it.") : QString());
        return;
    }
    const auto& figure = m_model->figure(current.row());
    m_chart->setIndicator(figure, report->trendMonths);
    m_recordsModel->setRecords(figure.value.records, m_session.zone());
    const QString name = indicatorName(*figure.definition);
    if (figure.value.records.empty()) {
        m_recordsTitle->setText(tr("%1: no exceptions to show.").arg(name));
    } else {
        m_recordsTitle->setText(tr("%1 — records behind the figure: %2, the most overdue first.")
                                    .arg(name)
                                    .arg(figure.value.records.size()));
    }
    m_records->resizeColumnsToContents();
    for (int column = 0; column < KpiRecordsModel::ColumnCount - 1; ++column) {
        m_records->setColumnWidth(column, std::min(m_records->columnWidth(column) + kCellPadding, 260));
    }
}

} // namespace propdesk::gui
