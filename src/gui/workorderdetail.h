#pragma once

#include "domain/ids.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;

namespace Ui {
class WorkOrderDetail;
}

namespace propdesk::gui {

class AppSession;
class AuditRecordView;
class MilestoneModel;
class TimelineModel;

// One order in full: its header, the timeline of every status change (when, what, who, why) and how each
// milestone fares against its rule, and in a second tab the order's audit entries (who changed what). Read through
// the services whenever showOrder() is called.
class WorkOrderDetail : public QWidget
{
    Q_OBJECT

public:
    explicit WorkOrderDetail(AppSession& session, QWidget* parent = nullptr);
    ~WorkOrderDetail() override;

    // Shows the order, read anew (after a change, call it again); none, or an order that cannot be read,
    // shows the empty page.
    void showOrder(std::optional<domain::WorkOrderId> id);
    std::optional<domain::WorkOrderId> order() const { return m_order; }

    // Buttons for these actions above the timeline (the status changes the order allows).
    void setActions(const QList<QAction*>& actions);

    TimelineModel* timelineModel() const { return m_timeline; }
    MilestoneModel* milestoneModel() const { return m_milestones; }
    AuditRecordView* changesView() const { return m_changes; }
    // The complaints linked to the order, "TS20250303-001 (Resolved)", one a line; hidden when none.
    QString complaintsText() const;

private:
    void clear(const QString& message);

    AppSession& m_session;
    std::unique_ptr<Ui::WorkOrderDetail> m_ui;
    TimelineModel* m_timeline = nullptr;
    MilestoneModel* m_milestones = nullptr;
    AuditRecordView* m_changes = nullptr;
    QLabel* m_complaints = nullptr;
    std::optional<domain::WorkOrderId> m_order;
};

} // namespace propdesk::gui
