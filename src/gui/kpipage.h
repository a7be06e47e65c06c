#pragma once

#include <QWidget>

class QTabWidget;

namespace propdesk::gui {

class AppSession;
class CompanyView;
class FiguresView;
class KpiDashboard;
class ReportView;
class TargetsView;

// The "KPI & reports" module (docs/kpi-report.md): the month's indicators against the contract's targets
// with their trend and the records behind them, every site side by side, the monthly report to print and
// freeze, the figures entered by hand and the target versions, one tab each. A supervisor, who may enter
// the figures but not see the reports, gets the Figures tab alone. The tab last shown is kept in QSettings
// ("kpi/tab").
class KpiPage : public QWidget
{
    Q_OBJECT

public:
    explicit KpiPage(AppSession& session, QWidget* parent = nullptr);
    ~KpiPage() override;

    QTabWidget* tabs() const { return m_tabs; }
    // Each is null when the user's role does not show it.
    KpiDashboard* dashboard() const { return m_dashboard; }
    CompanyView* company() const { return m_company; }
    ReportView* report() const { return m_report; }
    FiguresView* figures() const { return m_figures; }
    TargetsView* targets() const { return m_targets; }

private:
    QTabWidget* m_tabs = nullptr;
    KpiDashboard* m_dashboard = nullptr;
    CompanyView* m_company = nullptr;
    ReportView* m_report = nullptr;
    FiguresView* m_figures = nullptr;
    TargetsView* m_targets = nullptr;
};

} // namespace propdesk::gui
