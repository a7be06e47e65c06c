#pragma once

#include "domain/inspection.h"
#include "services/inspectionservice.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace propdesk::gui {

class AppSession;

// The month's sampling plan (月检抽查计划): one row per target of the templates' sample rules over the site's
// buildings and ground zones (area type, place, the standard floors to check), with the sheet recorded for
// it or "not yet". "Record…" starts the target's sample sheet and asks for it to be filled in the sheet
// editor; "Open sheet" shows a recorded one. Why a template has no target is listed below the table.
class SamplingPlanView : public QWidget
{
    Q_OBJECT

public:
    explicit SamplingPlanView(AppSession& session, QWidget* parent = nullptr);
    ~SamplingPlanView() override;

    QDateEdit* monthEdit() const { return m_month; }
    QTableWidget* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* notesLabel() const { return m_notes; }
    QLabel* errorLabel() const { return m_error; }
    const std::optional<services::PlanView>& plan() const { return m_plan; }

    void reload();
    // Starts the sheet of target `row` (dated today, or the month's last day for a past month) and asks for
    // it to be opened; none with the refusal shown.
    std::optional<domain::SheetId> record(int row);
    void recordSelected();
    void openSelected();

signals:
    void openSheetRequested(domain::SheetId id);

private:
    void updateActions();

    AppSession& m_session;
    QDateEdit* m_month = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_notes = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_open = nullptr;
    std::optional<services::PlanView> m_plan;
};

} // namespace propdesk::gui
