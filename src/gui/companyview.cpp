#include "companyview.h"

#include "appsession.h"
#include "errortext.h"
#include "kpilabels.h"
#include "qtconvert.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QDateEdit>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStringList>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

constexpr int kCellPadding = 12;
constexpr int kSiteWidth = 110;

const QColor kMetTint(0xc8, 0xe6, 0xc9);
const QColor kMissedTint(0xf8, 0xb4, 0xb4);
const QColor kNoDataText(0x80, 0x80, 0x80);

QStandardItem* cell(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

CompanyView::CompanyView(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_month(date::year{2000} / date::January)
{
    m_model = new QStandardItemModel(this);

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
    m_table->setObjectName(QStringLiteral("companyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(monthLabel);
    bar->addWidget(m_monthEdit);
    bar->addWidget(m_refresh);
    bar->addSpacing(12);
    bar->addWidget(m_asOf);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_monthEdit, &QDateEdit::dateChanged, this, [this](const QDate& day) {
        if (yearMonthOf(day) != m_month) {
            setMonth(yearMonthOf(day));
        }
    });
    connect(m_refresh, &QPushButton::clicked, this, &CompanyView::refresh);
    connect(&m_session, &AppSession::sitesChanged, this, &CompanyView::refreshLater);
    connect(&m_session, &AppSession::siteChanged, this, &CompanyView::refreshLater);
    connect(&m_session, &AppSession::userChanged, this, &CompanyView::refreshLater);
    connect(&m_session, &AppSession::commitmentsChanged, this, &CompanyView::refreshLater);
    connect(&m_session, &AppSession::ordersChanged, this, &CompanyView::refreshLater);
    connect(&m_session, &AppSession::complaintsChanged, this, &CompanyView::refreshLater);
    connect(&m_session, &AppSession::securityChanged, this, &CompanyView::refreshLater);
    connect(&m_session, &AppSession::inspectionsChanged, this, &CompanyView::refreshLater);

    const QDate today = toDateTime(m_session.clock().now(), m_session.zone()).date();
    m_month = yearMonthOf(today) - date::months{1};
    const QSignalBlocker blocker(m_monthEdit);
    m_monthEdit->setDate(firstDayOf(m_month));
}

CompanyView::~CompanyView() = default;

QAbstractItemModel* CompanyView::model() const
{
    return m_model;
}

void CompanyView::setMonth(date::year_month month)
{
    m_month = month;
    {
        const QSignalBlocker blocker(m_monthEdit);
        m_monthEdit->setDate(firstDayOf(month));
    }
    refresh();
}

void CompanyView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void CompanyView::refreshLater()
{
    m_stale = true;
    if (isVisible()) {
        refresh();
    }
}

void CompanyView::refresh()
{
    m_stale = false;
    m_model->clear();
    m_summary->setStyleSheet(QString());
    const bool permitted = m_session.user().can(domain::Permission::ViewReports);
    m_refresh->setEnabled(m_session.isOpen() && permitted);
    m_monthEdit->setEnabled(permitted);
    m_asOf->clear();
    if (!m_session.isOpen()) {
        m_summary->clear();
        return;
    }
    if (!permitted) {
        m_summary->setText(tr("Your role may not view the KPI reports."));
        m_summary->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    auto reports = m_session.workspace().indicators().companyIndicators(m_month);
    if (!reports) {
        m_summary->setText(errorText(reports.error()));
        m_summary->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    const domain::Instant asOf = reports->empty() ? m_session.clock().now() : reports->front().asOf;
    m_asOf->setText(tr("As of now: %1").arg(formatInstant(asOf, m_session.zone())));

    QStringList headers{tr("No."), tr("Indicator")};
    for (const auto& report : *reports) {
        headers << QStringLiteral("%1\n%2").arg(qs(report.site.code), qs(report.site.name));
    }
    m_model->setHorizontalHeaderLabels(headers);

    QFont bold = font();
    bold.setBold(true);
    QList<QStandardItem*> missedRow{cell(QString()), cell(tr("Missed indicators"))};
    missedRow.at(1)->setFont(bold);
    int sitesMissing = 0;
    for (const auto& report : *reports) {
        const auto missed = static_cast<int>(report.missedCount());
        auto* item = cell(QString::number(missed));
        item->setFont(bold);
        item->setTextAlignment(Qt::AlignCenter);
        item->setData(missed, MetRole);
        if (missed > 0) {
            item->setForeground(QBrush(QColor(0x9b, 0x00, 0x00)));
            ++sitesMissing;
        }
        missedRow << item;
    }
    m_model->appendRow(missedRow);

    const auto catalogue = rules::indicatorCatalogue();
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        const auto& def = catalogue[i];
        QList<QStandardItem*> row{cell(def.commitment > 0 ? QString::number(def.commitment) : QString()),
                                  cell(indicatorName(def))};
        row.at(0)->setTextAlignment(Qt::AlignCenter);
        row.at(1)->setToolTip(QStringList{indicatorName(def), tr("Numerator: %1").arg(numeratorText(def)),
                                          tr("Denominator: %1").arg(denominatorText(def))}
                                  .join(QLatin1Char('\n')));
        for (const auto& report : *reports) {
            // The service gives every report the whole catalogue in catalogue order.
            const auto* figure = report.find(def.key);
            if (!figure) {
                row << cell(QStringLiteral("—"));
                continue;
            }
            const auto& value = figure->value;
            auto* item = cell(rateText(value.rate, def.unit));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(QStringList{tr("%1 at %2").arg(indicatorName(def), qs(report.site.name)),
                                         tr("Value: %1 (%2 / %3)")
                                             .arg(rateText(value.rate, def.unit))
                                             .arg(value.numerator)
                                             .arg(value.denominator),
                                         tr("Target: %1").arg(targetText(value.target, def.unit)), verdictText(value)}
                                 .join(QLatin1Char('\n')));
            if (value.met) {
                item->setData(*value.met ? 1 : 0, MetRole);
                item->setBackground(QBrush(*value.met ? kMetTint : kMissedTint));
                item->setForeground(QBrush(Qt::black));
                if (!*value.met) {
                    item->setFont(bold);
                }
            } else if (!value.rate) {
                item->setForeground(QBrush(kNoDataText));
            }
            row << item;
        }
        for (auto* item : row) {
            item->setData(qs(def.key), KeyRole);
        }
        m_model->appendRow(row);
    }

    if (reports->empty()) {
        m_summary->setText(tr("No site to show."));
    } else {
        m_summary->setText(tr("%1 — sites: %2, with missed indicators: %3.")
                               .arg(qs(domain::monthKey(m_month)))
                               .arg(reports->size())
                               .arg(sitesMissing));
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        m_table->setColumnWidth(column, m_table->columnWidth(column) + kCellPadding);
    }
    m_table->setColumnWidth(Name, std::min(m_table->columnWidth(Name), 320));
    for (int column = FirstSite; column < m_model->columnCount(); ++column) {
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column), kSiteWidth));
    }
}

} // namespace propdesk::gui
