#pragma once

#include "domain/inspection.h"
#include "services/inspectionservice.h"

#include <QWidget>

#include <optional>
#include <vector>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace propdesk::gui {

class AppSession;

// The supervisor's review of a day: every sheet of that day (daily and monthly sample) with its status,
// inspector, score (weight met / weight inspected) and number of failures; the selected sheet's failed lines
// below with the nonconformance each raised and where it stands. "Open sheet" shows it in the sheet editor.
class InspectionReviewView : public QWidget
{
    Q_OBJECT

public:
    explicit InspectionReviewView(AppSession& session, QWidget* parent = nullptr);
    ~InspectionReviewView() override;

    QDateEdit* dateEdit() const { return m_date; }
    QTableWidget* sheetsTable() const { return m_sheets; }
    QTableWidget* failuresTable() const { return m_failures; }
    QLabel* summaryLabel() const { return m_summary; }
    // The day's sheets in the table's order.
    const std::vector<domain::InspectionSheet>& sheets() const { return m_list; }
    // The sheet of the selected row, with its nonconformances.
    const std::optional<services::SheetView>& selected() const { return m_selected; }

    void reload();
    void selectRow(int row);
    void openSelected();

signals:
    void openSheetRequested(domain::SheetId id);

private:
    void showSelected();

    AppSession& m_session;
    QDateEdit* m_date = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_sheets = nullptr;
    QLabel* m_failuresTitle = nullptr;
    QTableWidget* m_failures = nullptr;
    QPushButton* m_open = nullptr;
    std::vector<domain::InspectionSheet> m_list;
    std::optional<services::SheetView> m_selected;
};

} // namespace propdesk::gui
