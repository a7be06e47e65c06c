#pragma once

#include "domain/ids.h"

#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QTableView;

namespace propdesk::gui {

class AppSession;
class ComplaintBoardModel;

// The complaint board: "N open complaints · M overdue", for supervisors and managers a banner with the
// complaints past their response deadline without a response (and a button to the longest overdue), and
// the board table in the service's order (most urgent first; no re-sorting by header). The selection is
// announced, so that the page can show the complaint beside the board.
class ComplaintBoardView : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintBoardView(AppSession& session, QWidget* parent = nullptr);
    ~ComplaintBoardView() override;

    ComplaintBoardModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The escalation banner (hidden unless the user is alerted and a complaint is escalated).
    QFrame* escalationBanner() const { return m_banner; }

    // Selects the complaint's row when it is on the board; false when it is not.
    bool selectComplaint(domain::ComplaintId id);
    std::optional<domain::ComplaintId> currentComplaint() const;

signals:
    void complaintSelected(propdesk::domain::ComplaintId id);

private:
    void fitColumns();
    void currentChanged();
    void updateSummary();

    AppSession& m_session;
    ComplaintBoardModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_bannerButton = nullptr;
    QTableView* m_table = nullptr;
    // The selected complaint across a reload, to select it again.
    std::optional<domain::ComplaintId> m_keep;
    std::optional<domain::ComplaintId> m_announced;
};

} // namespace propdesk::gui
