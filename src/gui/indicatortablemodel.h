#pragma once

#include "services/indicatorservice.h"

#include <QAbstractTableModel>

#include <optional>
#include <string_view>
#include <vector>

namespace propdesk::gui {

// Every indicator of a month (docs/kpi-report.md) for the dashboard: the missed ones first, then the rest in
// catalogue order; missed rows tinted red, rows without data grey. The Trend column carries the twelve
// monthly rates (TrendRole) for the sparkline delegate.
class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Name,
        Value,
        Target,
        Verdict,
        Trend,
        Figures, // numerator / denominator
        Origin,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole, // the indicator's key (QString), any column
        TrendRole,              // Trend: the twelve rates in the unit (QVariantList; invalid for none)
        TrendTargetRole,        // Trend: the target in the unit (double), invalid without one
        MissedRole,             // bool, any column
    };

    explicit IndicatorTableModel(QObject* parent = nullptr);
    ~IndicatorTableModel() override;

    // Shows the indicators of `report` (none: an empty table).
    void setReport(std::optional<services::IndicatorReport> report);
    const std::optional<services::IndicatorReport>& report() const { return m_report; }

    const services::IndicatorFigure& figure(int row) const;
    // The row of an indicator, -1 when it is not shown.
    int rowOf(std::string_view key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<services::IndicatorReport> m_report;
    std::vector<const services::IndicatorFigure*> m_rows; // into m_report, missed first
};

} // namespace propdesk::gui
