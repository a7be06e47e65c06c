#include "workorderdetail.h"

#include "appsession.h"
#include "auditrecordview.h"
#include "complaintlabels.h"
#include "errortext.h"
#include "guilog.h"
#include "labels.h"
#include "milestonemodel.h"
#include "qtconvert.h"
#include "timelinemodel.h"
#include "ui_workorderdetail.h"

#include <QAction>
#include <QFormLayout>
#include <QHeaderView>
#include <QToolBar>

namespace propdesk::gui {

namespace {

QString orDash(const std::string& text)
{
    return text.empty() ? QStringLiteral("—") : qs(text);
}

} // namespace

WorkOrderDetail::WorkOrderDetail(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_ui(std::make_unique<Ui::WorkOrderDetail>()),
      m_timeline(new TimelineModel(this)), m_milestones(new MilestoneModel(this))
{
    m_ui->setupUi(this);
    m_ui->timelineView->setModel(m_timeline);
    m_ui->milestoneView->setModel(m_milestones);
    m_changes = new AuditRecordView(session, m_ui->changesTab);
    m_ui->changesTabLayout->addWidget(m_changes);
    for (auto* view : {m_ui->timelineView, m_ui->milestoneView}) {
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    // The free text of the timeline takes what the other columns leave and wraps, so a narrow pane shows
    // all of it in taller rows.
    auto* timelineHeader = m_ui->timelineView->horizontalHeader();
    timelineHeader->setStretchLastSection(false);
    timelineHeader->setSectionResizeMode(TimelineModel::Details, QHeaderView::Stretch);
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_ui->titleLabel->setFont(title);
    m_ui->actionBar->hide();
    // A complaint about the repair (linked from the complaint, or raised from it) is named here, so that
    // whoever works the order knows a resident has complained about it.
    m_complaints = new QLabel(m_ui->orderPage);
    m_complaints->setObjectName(QStringLiteral("complaintsValue"));
    m_complaints->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->headerForm->addRow(tr("Complaints:"), m_complaints);
    m_ui->headerForm->setRowVisible(m_complaints, false);
    clear({});
}

QString WorkOrderDetail::complaintsText() const
{
    return m_complaints->text();
}

WorkOrderDetail::~WorkOrderDetail() = default;

void WorkOrderDetail::setActions(const QList<QAction*>& actions)
{
    auto* layout = m_ui->actionLayout;
    while (auto* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // A tool bar rather than a row of buttons: in a narrow pane the actions that do not fit go to its overflow
    // menu, instead of the row setting the pane's minimum width (and taking the width of the list beside it).
    auto* bar = new QToolBar(m_ui->actionBar);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions(actions);
    layout->addWidget(bar);
    m_ui->actionBar->setVisible(!actions.isEmpty());
}

void WorkOrderDetail::clear(const QString& message)
{
    m_order.reset();
    m_timeline->clear();
    m_milestones->clear();
    m_changes->clear();
    m_ui->emptyLabel->setText(message.isEmpty() ? tr("Select an order to see its history and deadlines.") : message);
    m_ui->pages->setCurrentWidget(m_ui->emptyPage);
}

void WorkOrderDetail::showOrder(std::optional<domain::WorkOrderId> id)
{
    if (!id || !m_session.isOpen()) {
        clear({});
        return;
    }
    auto& workspace = m_session.workspace();
    auto order = workspace.workOrders().get(*id);
    if (!order) {
        logger()->error("cannot read work order {}: {}", id->value, order.error().describe());
        clear(tr("The order could not be read: %1").arg(errorText(order.error())));
        return;
    }
    const auto& h = order->header;
    auto site = workspace.sites().get(h.siteId);
    if (!site) {
        logger()->error("cannot read site {}: {}", h.siteId.value, site.error().describe());
        clear(tr("The order's site could not be read: %1").arg(errorText(site.error())));
        return;
    }
    auto found = domain::TimeZone::find(site->timeZone);
    const domain::TimeZone zone = found ? *found : m_session.zone();

    m_order = id;
    m_ui->titleLabel->setText(tr("%1 · %2").arg(qs(h.code), statusLabel(order->status())));
    m_ui->siteValue->setText(tr("%1 (%2)").arg(qs(site->name), qs(site->code)));
    m_ui->locationValue->setText(orDash(h.location));
    m_ui->categoryValue->setText(categoryLabel(h.category));
    m_ui->urgencyValue->setText(urgencyLabel(h.urgency));
    m_ui->reporterValue->setText(orDash(h.reporter));
    m_ui->phoneValue->setText(orDash(h.phone));
    m_ui->technicianValue->setText(orDash(h.technician));
    m_ui->reportedValue->setText(formatInstant(h.reportedAt, zone));
    m_ui->dueValue->setText(h.dueAt ? formatInstant(*h.dueAt, zone) : QStringLiteral("—"));
    QString reworkOf = QStringLiteral("—");
    if (h.reworkOf) {
        auto original = workspace.workOrders().get(*h.reworkOf);
        reworkOf = original ? qs(original->header.code) : QString::number(h.reworkOf->value);
    }
    m_ui->reworkOfValue->setText(reworkOf);
    m_ui->descriptionValue->setText(orDash(h.description));
    QStringList complaints;
    if (auto linked = workspace.complaints().linkedTo(*id); linked) {
        for (const auto& c : *linked) {
            complaints << tr("%1 (%2)").arg(qs(c.header.code), complaintStatusLabel(c.timeline.status()));
        }
    } else {
        logger()->error("cannot read the complaints about work order {}: {}", id->value, linked.error().describe());
    }
    m_complaints->setText(complaints.join(QLatin1Char('\n')));
    m_ui->headerForm->setRowVisible(m_complaints, !complaints.isEmpty());

    m_timeline->setOrder(*order, zone);
    auto evaluation = workspace.workOrders().evaluate(*order);
    if (evaluation) {
        m_milestones->setEvaluation(*evaluation, zone);
        m_ui->deadlinesLabel->setText(tr("Deadlines"));
    } else {
        logger()->error("cannot evaluate work order {}: {}", h.code, evaluation.error().describe());
        m_milestones->clear();
        m_ui->deadlinesLabel->setText(tr("Deadlines: could not be evaluated (%1)").arg(errorText(evaluation.error())));
    }
    m_changes->showRecord(h.siteId, "work_order", h.code);
    m_ui->pages->setCurrentWidget(m_ui->orderPage);
}

} // namespace propdesk::gui
