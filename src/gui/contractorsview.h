#pragma once

#include "domain/inspection.h"
#include "services/inspectionservice.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace propdesk::gui {

class AppSession;
class PestVisitView;

// The contractor page (分包方): the standings of the site's cleaning, greening and pest-control
// subcontractors today (fee, contract dates, written warnings in the rolling year with a red "may terminate"
// flag at the site's limit, deducted this month, open nonconformances); the warnings and deductions of the
// selected one; adding and editing contractors, issuing warnings and deductions. The pest-control visit log
// is the second tab.
class ContractorsView : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Service,
        Fee,
        Contract,
        Warnings,
        Deducted,
        OpenNonconformances,
        Contact,
        ColumnCount
    };

    explicit ContractorsView(AppSession& session, QWidget* parent = nullptr);
    ~ContractorsView() override;

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* standingsTable() const { return m_standings; }
    // The selected contractor's warnings (newest first) and deductions of the last twelve months.
    QTableWidget* warningsTable() const { return m_warnings; }
    QTableWidget* deductionsTable() const { return m_deductions; }
    // Names the contractors that may be terminated; hidden when none may.
    QLabel* terminationBanner() const { return m_banner; }
    PestVisitView* pestVisits() const { return m_pestVisits; }
    std::optional<services::ContractorStanding> standing(int row) const;
    int warningLimit() const { return m_warningLimit; }

    // What the buttons do, for the selected contractor (adding needs none).
    void addContractor();
    void editContractor();
    void issueWarning();
    void addDeduction();
    void reload();

private:
    void showSelected();
    void updateActions();
    // The nonconformances of the selected contractor (or of its service), for the warning and deduction.
    std::vector<domain::Nonconformance> nonconformancesOf(const domain::Contractor& contractor) const;

    AppSession& m_session;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_standings = nullptr;
    QTableWidget* m_warnings = nullptr;
    QTableWidget* m_deductions = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_warn = nullptr;
    QPushButton* m_deduct = nullptr;
    PestVisitView* m_pestVisits = nullptr;
    std::vector<services::ContractorStanding> m_rows;
    std::vector<domain::ContractorWarning> m_allWarnings;
    std::vector<domain::Deduction> m_allDeductions;
    std::vector<domain::Nonconformance> m_nonconformances;
    int m_warningLimit = 3;
};

} // namespace propdesk::gui
