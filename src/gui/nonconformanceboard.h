#pragma once

#include "domain/ids.h"
#include "domain/inspection.h"

#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace propdesk::gui {

class AppSession;
class NonconformanceBoardModel;
class NonconformanceDetail;
class PreventiveActionView;

// The nonconformance board (不合格项): the site's nonconformances ordered by deadline, overdue ones in red,
// filtered to the open ones or all and to one area type; the selected one's history, evidence and report
// beside the board; the actions its state allows (raise, assign, rectify, verify, close, the corrective
// action report); the preventive actions below.
class NonconformanceBoard : public QWidget
{
    Q_OBJECT

public:
    explicit NonconformanceBoard(AppSession& session, QWidget* parent = nullptr);
    ~NonconformanceBoard() override;

    QAbstractItemModel* model() const; // one row per nonconformance, in board order
    void selectNonconformance(domain::NonconformanceId id);

    NonconformanceBoardModel* boardModel() const { return m_model; }
    QTableView* table() const { return m_table; }
    NonconformanceDetail* detail() const { return m_detail; }
    PreventiveActionView* preventiveActions() const { return m_preventive; }
    // "Open" (not closed or withdrawn) or "All".
    QComboBox* stateFilter() const { return m_stateFilter; }
    // "All areas", then the area types.
    QComboBox* areaFilter() const { return m_areaFilter; }
    QLabel* summary() const { return m_summary; }
    QPushButton* raiseButton() const { return m_raise; }
    QPushButton* assignButton() const { return m_assign; }
    QPushButton* rectifyButton() const { return m_rectify; }
    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* closeButton() const { return m_close; }
    QPushButton* reportButton() const { return m_report; }
    std::optional<domain::Nonconformance> currentNonconformance() const;

    // What the buttons do, for the selected nonconformance (raising needs none). The dialogs open whatever
    // the state, so that the service's refusal shows; the buttons offer only what the state allows.
    void raiseNonconformance();
    void assignCurrent();
    void rectifyCurrent();
    void verifyCurrent();
    void closeCurrent();
    void reportCurrent();

private:
    void currentChanged();
    void updateActions();
    void updateSummary();
    void fitColumns();
    // Selects the dialog's stored nonconformance after a write (it may have left the filter).
    void afterWrite(const std::optional<domain::Nonconformance>& stored);

    AppSession& m_session;
    NonconformanceBoardModel* m_model = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QComboBox* m_areaFilter = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    NonconformanceDetail* m_detail = nullptr;
    PreventiveActionView* m_preventive = nullptr;
    QPushButton* m_raise = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_rectify = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_report = nullptr;
    std::optional<domain::NonconformanceId> m_keep;
};

} // namespace propdesk::gui
