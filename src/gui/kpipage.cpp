#include "kpipage.h"

#include "appsession.h"
#include "companyview.h"
#include "figuresview.h"
#include "kpidashboard.h"
#include "reportview.h"
#include "targetsview.h"

#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

const QString kTabKey = QStringLiteral("kpi/tab");

} // namespace

KpiPage::KpiPage(AppSession& session, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("kpiPage"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("kpiTabs"));
    m_tabs->setDocumentMode(true);
    const auto& user = session.user();
    if (user.can(domain::Permission::ViewReports)) {
        m_dashboard = new KpiDashboard(session);
        m_company = new CompanyView(session);
        m_report = new ReportView(session);
        m_tabs->addTab(m_dashboard, tr("Dashboard"));
        m_tabs->setTabToolTip(m_tabs->count() - 1, tr("The month's indicators against the contract's targets, "
                                                      "missed ones first, with their trend and the records behind "
                                                      "them"));
        m_tabs->addTab(m_company, tr("All sites"));
        m_tabs->setTabToolTip(m_tabs->count() - 1, tr("Every site you work at, side by side"));
        m_tabs->addTab(m_report, tr("Monthly report"));
        m_tabs->setTabToolTip(m_tabs->count() - 1,
                              tr("The report for the client: preview, print, PDF, Excel, and freezing it"));
    }
    if (user.can(domain::Permission::EnterFigures)) {
        m_figures = new FiguresView(session);
        m_tabs->addTab(m_figures, tr("Figures"));
        m_tabs->setTabToolTip(m_tabs->count() - 1, tr("The monthly figures no module records (facility intact "
                                                      "rates, fees, training, fires, violations) and the corrective "
                                                      "actions"));
    }
    if (user.can(domain::Permission::ViewReports)) {
        m_targets = new TargetsView(session);
        m_tabs->addTab(m_targets, tr("Targets"));
        m_tabs->setTabToolTip(m_tabs->count() - 1, tr("The targets of the site's contract, version by version"));
    }
    m_tabs->setCurrentIndex(std::clamp(QSettings().value(kTabKey, 0).toInt(), 0, std::max(0, m_tabs->count() - 1)));
    connect(m_tabs, &QTabWidget::currentChanged, this, [](int index) { QSettings().setValue(kTabKey, index); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);
}

KpiPage::~KpiPage() = default;

} // namespace propdesk::gui
