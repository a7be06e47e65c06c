#pragma once

#include "domain/ids.h"

#include <QWidget>

#include <optional>

class QScrollArea;
class QSplitter;
class QTabWidget;

namespace propdesk::gui {

class AppSession;
class ComplaintBoardView;
class ComplaintDetail;
class ComplaintHistoryView;
class ComplaintIntakeForm;
class ComplaintRevisitQueueView;

// The "Complaints" module: the intake form for the complaint at hand (for those who may take one) beside
// the board, the revisit queue and the history in tabs, with the selected complaint's detail (milestones,
// timeline and actions) under them. A complaint just taken appears on the board, selected. The splitter
// positions are kept in QSettings ("complaints/…").
class ComplaintsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintsPage(AppSession& session, QWidget* parent = nullptr);
    ~ComplaintsPage() override;

    ComplaintIntakeForm* intakeForm() const { return m_intake; } // null for a role that takes no complaints
    ComplaintBoardView* board() const { return m_board; }
    ComplaintRevisitQueueView* revisitQueue() const { return m_revisitQueue; }
    ComplaintHistoryView* history() const { return m_history; }
    ComplaintDetail* detail() const { return m_detail; }
    QTabWidget* tabs() const { return m_tabs; }

    // Shows the complaint: on the board when it is there (switching to that tab), else in the history;
    // the detail pane shows it either way.
    void selectComplaint(domain::ComplaintId id);
    std::optional<domain::ComplaintId> currentComplaint() const;

signals:
    // The detail's "open the linked order": the window shows it in its module.
    void workOrderRequested(propdesk::domain::WorkOrderId id);

private:
    void showInDetail(domain::ComplaintId id);

    AppSession& m_session;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_rightSplitter = nullptr;
    ComplaintIntakeForm* m_intake = nullptr;
    QTabWidget* m_tabs = nullptr;
    ComplaintBoardView* m_board = nullptr;
    ComplaintRevisitQueueView* m_revisitQueue = nullptr;
    ComplaintHistoryView* m_history = nullptr;
    ComplaintDetail* m_detail = nullptr;
};

} // namespace propdesk::gui
