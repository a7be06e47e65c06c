#include "inspectionspage.h"

#include "appsession.h"
#include "contractorsview.h"
#include "dailysheetview.h"
#include "inspectionreviewview.h"
#include "inspectionsetupview.h"
#include "inspectiontemplatesview.h"
#include "nonconformanceboard.h"
#include "samplingplanview.h"

#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

const QString kTabKey = QStringLiteral("inspections/tab");

} // namespace

InspectionsPage::InspectionsPage(AppSession& session, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("inspectionsPage"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("inspectionsTabs"));
    m_tabs->setDocumentMode(true);
    m_sheet = new DailySheetView(session);
    m_review = new InspectionReviewView(session);
    m_sampling = new SamplingPlanView(session);
    m_board = new NonconformanceBoard(session);
    m_contractors = new ContractorsView(session);
    m_templates = new InspectionTemplatesView(session);
    m_setup = new InspectionSetupView(session);
    m_tabs->addTab(m_sheet, tr("Daily sheet"));
    m_tabs->addTab(m_review, tr("Review"));
    m_tabs->addTab(m_sampling, tr("Monthly sample"));
    m_tabs->addTab(m_board, tr("Nonconformances"));
    m_tabs->addTab(m_contractors, tr("Contractors"));
    m_tabs->addTab(m_templates, tr("Templates"));
    m_tabs->addTab(m_setup, tr("Set-up"));
    m_tabs->setTabToolTip(0, tr("Walk an area with its check items: pass, fail or not applicable, notes and photos; "
                                "sign the sheet off"));
    m_tabs->setTabToolTip(1, tr("The day's sheets with their scores and failures, for the supervisor"));
    m_tabs->setTabToolTip(2, tr("The month's sample plan: what to check where, and the sheets recorded"));
    m_tabs->setTabToolTip(3, tr("Nonconformances to rectify, verify and close, ordered by deadline"));
    m_tabs->setTabToolTip(4, tr("The cleaning, greening and pest-control subcontractors: warnings, deductions, "
                                "pest-control visits"));
    m_tabs->setTabToolTip(5, tr("The check items and standards of each area type, and the sample sizes"));
    m_tabs->setTabToolTip(6, tr("Buildings, ground zones and the limits of the nonconformance rules"));
    m_tabs->setCurrentIndex(std::clamp(QSettings().value(kTabKey, 0).toInt(), 0, m_tabs->count() - 1));
    connect(m_tabs, &QTabWidget::currentChanged, this, [](int index) { QSettings().setValue(kTabKey, index); });

    const auto openSheet = [this](domain::SheetId id) {
        m_sheet->openSheet(id);
        m_tabs->setCurrentWidget(m_sheet);
    };
    connect(m_review, &InspectionReviewView::openSheetRequested, this, openSheet);
    connect(m_sampling, &SamplingPlanView::openSheetRequested, this, openSheet);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);
}

InspectionsPage::~InspectionsPage() = default;

} // namespace propdesk::gui
