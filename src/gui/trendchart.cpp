#include "trendchart.h"

#include "kpilabels.h"
#include "qtconvert.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QDate>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace propdesk::gui {

namespace {

const QColor kLine(0x15, 0x65, 0xc0);
const QColor kMissed(0xc6, 0x28, 0x28);
const QColor kTarget(0x6d, 0x6d, 0x6d);

bool meets(double value, const domain::KpiTarget& target, double targetInUnit)
{
    switch (target.comparator) {
    case domain::Comparator::AtLeast:
        return value >= targetInUnit - 1e-9;
    case domain::Comparator::AtMost:
        return value <= targetInUnit + 1e-9;
    case domain::Comparator::Below:
        return value < targetInUnit;
    }
    return true;
}

} // namespace

TrendChart::TrendChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 200);
    resetChart();
}

TrendChart::~TrendChart() = default;

QSize TrendChart::sizeHint() const
{
    return {420, 260};
}

void TrendChart::resetChart()
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    QFont title = font();
    title.setBold(true);
    chart->setTitleFont(title);
    setChart(chart); // deletes the previous chart and its series
    m_segments.clear();
    m_target = nullptr;
    m_labels.clear();
}

void TrendChart::clear(const QString& message)
{
    resetChart();
    chart()->setTitle(message);
}

void TrendChart::setIndicator(const services::IndicatorFigure& figure, const std::vector<date::year_month>& months)
{
    resetChart();
    QChart* chart = this->chart();
    const auto& def = *figure.definition;
    const auto& target = figure.value.target;
    chart->setTitle(target ? tr("%1 · target %2").arg(indicatorName(def), targetText(target, def.unit))
                           : tr("%1 · no target").arg(indicatorName(def)));

    // Short month names ("Apr", "4"): twelve of them fit side by side; the years go under the axis.
    // In Chinese the bare number: "10月" is too wide for a twelfth of a small chart.
    for (const auto month : months) {
        m_labels << (chineseInterface() ? QString::number(static_cast<unsigned>(month.month()))
                                        : QLocale().toString(firstDayOf(month), QStringLiteral("MMM")));
    }
    auto* axisX = new QBarCategoryAxis;
    axisX->append(m_labels);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axisX->setLabelsFont(small);
    axisX->setTitleFont(small);
    if (!months.empty()) {
        axisX->setTitleText(
            QStringLiteral("%1 – %2").arg(qs(domain::monthKey(months.front())), qs(domain::monthKey(months.back()))));
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    auto* axisY = new QValueAxis;
    axisY->setLabelsFont(small);
    chart->addAxis(axisY, Qt::AlignLeft);

    const double targetValue = target ? rules::inUnit(target->value(), def.unit) : 0.0;
    double low = target ? targetValue : std::numeric_limits<double>::max();
    double high = target ? targetValue : std::numeric_limits<double>::lowest();
    const QString symbol = qs(rules::unitSymbol(def.unit));

    QLineSeries* segment = nullptr;
    for (std::size_t i = 0; i < figure.trend.size() && i < months.size(); ++i) {
        if (!figure.trend[i]) {
            segment = nullptr; // a month without a figure breaks the line
            continue;
        }
        const double value = rules::inUnit(*figure.trend[i], def.unit);
        low = std::min(low, value);
        high = std::max(high, value);
        if (!segment) {
            segment = new QLineSeries;
            QPen pen(kLine);
            pen.setWidthF(2.0);
            segment->setPen(pen);
            segment->setPointsVisible(true);
            segment->setMarkerSize(7.0);
            chart->addSeries(segment);
            segment->attachAxis(axisX);
            segment->attachAxis(axisY);
            m_segments.push_back(segment);
            connect(segment, &QLineSeries::hovered, this, [this, symbol](const QPointF& point, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                const int index = static_cast<int>(std::lround(point.x()));
                const QString month = index >= 0 && index < m_labels.size() ? m_labels.at(index) : QString();
                QToolTip::showText(QCursor::pos(),
                                   QStringLiteral("%1: %2 %3").arg(month, QString::number(point.y(), 'f', 2), symbol),
                                   this);
            });
        }
        segment->append(static_cast<double>(i), value);
        if (target && !meets(value, *target, targetValue)) {
            segment->setPointConfiguration(segment->count() - 1, QXYSeries::PointConfiguration::Color, kMissed);
        }
    }

    if (target) {
        m_target = new QLineSeries;
        QPen pen(kTarget);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        m_target->setPen(pen);
        m_target->append(0.0, targetValue);
        m_target->append(static_cast<double>(std::max<std::size_t>(months.size(), 1) - 1), targetValue);
        chart->addSeries(m_target);
        m_target->attachAxis(axisX);
        m_target->attachAxis(axisY);
    }

    if (low > high) { // neither a figure nor a target
        low = 0.0;
        high = def.unit == rules::IndicatorUnit::Percent ? 100.0 : 1.0;
        chart->setTitle(tr("%1 · no figures in these months").arg(indicatorName(def)));
    }
    const double pad = std::max((high - low) * 0.15, def.unit == rules::IndicatorUnit::Percent ? 1.0 : 0.1);
    double bottom = low - pad;
    double top = high + pad;
    if (def.unit != rules::IndicatorUnit::Count || low >= 0.0) {
        bottom = std::max(bottom, 0.0);
    }
    if (def.unit == rules::IndicatorUnit::Percent) {
        top = std::min(top, 100.0);
        if (top - bottom < 1.0) {
            bottom = std::max(0.0, top - 1.0);
        }
    }
    axisY->setRange(bottom, top);
    axisY->applyNiceNumbers();
    if (def.unit == rules::IndicatorUnit::Percent && axisY->max() > 100.0) {
        axisY->setMax(100.0);
    }
    axisY->setLabelFormat(axisY->max() - axisY->min() < 5.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    axisY->setTitleText(symbol);
}

QString TrendChart::periodText() const
{
    const auto axes = chart()->axes(Qt::Horizontal);
    return axes.isEmpty() ? QString() : axes.front()->titleText();
}

int TrendChart::pointCount() const
{
    int count = 0;
    for (const auto* segment : m_segments) {
        count += segment->count();
    }
    return count;
}

std::vector<double> TrendChart::values() const
{
    std::vector<double> out;
    for (const auto* segment : m_segments) {
        for (const auto& point : segment->points()) {
            out.push_back(point.y());
        }
    }
    return out;
}

} // namespace propdesk::gui
