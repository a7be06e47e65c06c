#pragma once

#include "domain/time.h"

#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QDateEdit;
class QLabel;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTableView;

namespace propdesk::gui {

class AppSession;
class IndicatorTableModel;
class KpiRecordsModel;
class TrendChart;

// The KPI dashboard (docs/kpi-report.md): every indicator of a month as of now for the current site, the
// missed ones first, with a sparkline of the twelve months; the selected indicator's trend as a chart and
// the records behind its figure (which orders were late, and by how much). Reads again when the records or
// the commitments change; while hidden it only notes that it must, and reads when shown.
class KpiDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit KpiDashboard(AppSession& session, QWidget* parent = nullptr);
    ~KpiDashboard() override;

    // Shows `month` (read at once). The dashboard starts on the month before the current one.
    void setMonth(date::year_month month);
    date::year_month month() const { return m_month; }
    // Computes the month again as of now.
    void refresh();
    QAbstractItemModel* indicatorModel() const;
    QAbstractItemModel* recordsModel() const;
    // Selects an indicator by key (its trend and records show below); unknown keys clear the selection.
    void selectIndicator(const QString& key);
    // The selected indicator's key, empty when none.
    QString selectedIndicator() const;

    QTableView* indicatorTable() const { return m_table; }
    QTableView* recordsTable() const { return m_records; }
    TrendChart* trendChart() const { return m_chart; }
    QLabel* summaryLabel() const { return m_summary; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Refreshes now when visible, else when next shown.
    void refreshLater();
    void showSelected();
    void updateSummary(const QString& error);
    void resizeColumns();

    AppSession& m_session;
    date::year_month m_month;
    bool m_stale = true;
    IndicatorTableModel* m_model = nullptr;
    KpiRecordsModel* m_recordsModel = nullptr;
    QDateEdit* m_monthEdit = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_asOf = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    TrendChart* m_chart = nullptr;
    QLabel* m_recordsTitle = nullptr;
    QTableView* m_records = nullptr;
    QSplitter* m_split = nullptr;
    QSplitter* m_topSplit = nullptr;
};

} // namespace propdesk::gui
