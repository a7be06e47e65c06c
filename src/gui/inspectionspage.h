#pragma once

#include <QWidget>

class QTabWidget;

namespace propdesk::gui {

class AppSession;
class ContractorsView;
class DailySheetView;
class InspectionReviewView;
class InspectionSetupView;
class InspectionTemplatesView;
class NonconformanceBoard;
class SamplingPlanView;

// The "Inspections" module (清洁绿化, docs/inspections.md): the daily sheet, the supervisor's review of a
// day, the month's sample plan, the nonconformance board, the subcontractors, the templates and the
// set-up, one tab each. A sheet opened from the review or the plan is shown in the sheet tab. The tab last
// shown is kept in QSettings ("inspections/tab").
class InspectionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit InspectionsPage(AppSession& session, QWidget* parent = nullptr);
    ~InspectionsPage() override;

    QTabWidget* tabs() const { return m_tabs; }
    DailySheetView* sheet() const { return m_sheet; }
    InspectionReviewView* review() const { return m_review; }
    SamplingPlanView* sampling() const { return m_sampling; }
    NonconformanceBoard* board() const { return m_board; }
    ContractorsView* contractors() const { return m_contractors; }
    InspectionTemplatesView* templates() const { return m_templates; }
    InspectionSetupView* setup() const { return m_setup; }

private:
    QTabWidget* m_tabs = nullptr;
    DailySheetView* m_sheet = nullptr;
    InspectionReviewView* m_review = nullptr;
    SamplingPlanView* m_sampling = nullptr;
    NonconformanceBoard* m_board = nullptr;
    ContractorsView* m_contractors = nullptr;
    InspectionTemplatesView* m_templates = nullptr;
    InspectionSetupView* m_setup = nullptr;
};

} // namespace propdesk::gui
