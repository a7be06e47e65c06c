#pragma once

#include "services/indicatorservice.h"

#include <QChartView>
#include <QStringList>

#include <vector>

class QLineSeries;

namespace propdesk::gui {

// An indicator's rate over the twelve months of a report (Qt Charts): a line through the months that have
// a figure (broken where a month has none), points below the target in red, the target as a dashed line,
// the months as labels along the bottom.
class TrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget* parent = nullptr);
    ~TrendChart() override;

    // Shows `figure`'s trend over `months` (oldest first, as IndicatorReport::trendMonths).
    void setIndicator(const services::IndicatorFigure& figure, const std::vector<date::year_month>& months);
    // An empty chart with a message in the title.
    void clear(const QString& message = {});

    // What the chart shows, for tests: the month labels, how many months have a point, the target line.
    QStringList monthLabels() const { return m_labels; }
    // "2024-04 – 2025-03" under the months.
    QString periodText() const;
    int pointCount() const;
    std::vector<double> values() const;
    QLineSeries* targetSeries() const { return m_target; }

    QSize sizeHint() const override;

private:
    void resetChart();

    QStringList m_labels;
    std::vector<QLineSeries*> m_segments;
    QLineSeries* m_target = nullptr;
};

} // namespace propdesk::gui
