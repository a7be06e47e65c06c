#pragma once

#include "domain/complaint.h"
#include "domain/ids.h"
#include "domain/timezone.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QDialog;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace propdesk::rules {
struct ComplaintEvaluation;
}

namespace propdesk::gui {

class AppSession;
class ComplaintTimelineModel;

// The selected complaint: header, both milestones (rule, deadline, countdown or outcome), the linked work
// order, the full timeline, and buttons for the actions the user's role allows in the complaint's status.
// Each action opens its dialog; what the service accepted is announced through the session
// (complaintsChanged(), and ordersChanged() for a raised work order), which shows the complaint anew.
class ComplaintDetail : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintDetail(AppSession& session, QWidget* parent = nullptr);
    ~ComplaintDetail() override;

    void showComplaint(std::optional<domain::ComplaintId> id); // none: empty pane
    std::optional<domain::ComplaintId> complaint() const;

    ComplaintTimelineModel* timelineModel() const { return m_timeline; }
    // In toolbar order. An action the role may never take is hidden; of the others, those the complaint's
    // status does not allow are disabled.
    QList<QAction*> actions() const;
    QAction* routeAction() const { return m_route; }
    QAction* respondAction() const { return m_respond; }
    QAction* resolveAction() const { return m_resolve; }
    QAction* replyAction() const { return m_reply; }
    QAction* revisitAction() const { return m_revisit; }
    QAction* judgeAction() const { return m_judge; }
    QAction* linkAction() const { return m_link; }
    QAction* raiseAction() const { return m_raise; }
    QAction* noteAction() const { return m_note; }
    QAction* withdrawAction() const { return m_withdraw; }

    // What the pane shows, for tests and screenshots: the title, a header field, each milestone's row.
    QString titleText() const;
    QString fieldText(const QString& name) const; // by object name: "departmentValue", "verdictValue", …
    QString milestoneText(int row, int column) const;

signals:
    void workOrderRequested(propdesk::domain::WorkOrderId id); // "open the linked order"; the page switches module

private:
    QAction* createAction(const QString& text, void (ComplaintDetail::*slot)());
    void clear(const QString& message);
    void reload();
    void updateActions();
    void showMilestones();
    void tick();
    void openDialog(QDialog* dialog, bool ordersToo = false);

    void route();
    void respond();
    void resolve();
    void reply();
    void revisit();
    void judge();
    void link();
    void raise();
    void note();
    void withdraw();

    AppSession& m_session;
    std::optional<domain::Complaint> m_complaint;
    std::unique_ptr<rules::ComplaintEvaluation> m_evaluation;
    domain::TimeZone m_milestoneZone;
    ComplaintTimelineModel* m_timeline = nullptr;
    QTimer m_ticker; // the countdowns
    QStackedWidget* m_pages = nullptr;
    QWidget* m_emptyPage = nullptr;
    QWidget* m_complaintPage = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_milestoneCells[2][5] = {};
    QLabel* m_milestoneError = nullptr;
    QTableView* m_timelineView = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_route = nullptr;
    QAction* m_respond = nullptr;
    QAction* m_resolve = nullptr;
    QAction* m_reply = nullptr;
    QAction* m_revisit = nullptr;
    QAction* m_judge = nullptr;
    QAction* m_link = nullptr;
    QAction* m_raise = nullptr;
    QAction* m_note = nullptr;
    QAction* m_withdraw = nullptr;
};

} // namespace propdesk::gui
