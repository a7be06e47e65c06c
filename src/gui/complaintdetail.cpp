#include "complaintdetail.h"

#include "appsession.h"
#include "complaintdialogs.h"
#include "complaintlabels.h"
#include "complainttimelinemodel.h"
#include "domain/clock.h"
#include "errortext.h"
#include "guilog.h"
#include "labels.h"
#include "milestonemodel.h"
#include "qtconvert.h"
#include "rules/evaluation.h"

#include <QAction>
#include <QDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

constexpr int kTickMs = 1000;

enum MilestoneColumn
{
    MilestoneName,
    MilestoneRule,
    MilestoneDeadline,
    MilestoneReached,
    MilestoneOutcome,
    MilestoneColumns
};

const QString kRed = QStringLiteral("color: #c62828;");
const QString kGreen = QStringLiteral("color: #2e7d32;");

QString orDash(const std::string& text)
{
    return text.empty() ? QStringLiteral("—") : qs(text);
}

QLabel* valueLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

ComplaintDetail::ComplaintDetail(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_milestoneZone(session.zone()), m_timeline(new ComplaintTimelineModel(this))
{
    m_route = createAction(tr("&Route…"), &ComplaintDetail::route);
    m_respond = createAction(tr("Res&pond…"), &ComplaintDetail::respond);
    m_resolve = createAction(tr("Re&solve…"), &ComplaintDetail::resolve);
    m_reply = createAction(tr("Rep&ly…"), &ComplaintDetail::reply);
    m_revisit = createAction(tr("Re&visit…"), &ComplaintDetail::revisit);
    m_judge = createAction(tr("V&erdict…"), &ComplaintDetail::judge);
    m_link = createAction(tr("Lin&k work order…"), &ComplaintDetail::link);
    m_raise = createAction(tr("Raise &work order…"), &ComplaintDetail::raise);
    m_note = createAction(tr("&Note…"), &ComplaintDetail::note);
    m_withdraw = createAction(tr("Wit&hdraw…"), &ComplaintDetail::withdraw);
    m_route->setToolTip(tr("Send the complaint to the department responsible (again, to re-route it)"));
    m_respond->setToolTip(tr("Record what the resident was told: the response milestone"));
    m_resolve->setToolTip(tr("Record the resolution and the measures taken"));
    m_reply->setToolTip(tr("Record the reply to the resident and the office head informed"));
    m_revisit->setToolTip(tr("Record the revisit call and the resident's satisfaction"));
    m_judge->setToolTip(tr("Judge whether the complaint is valid"));
    m_link->setToolTip(tr("Link the complaint to the work order it is about"));
    m_raise->setToolTip(tr("Log a work order for the repair the complaint asks for, linked to it"));
    m_note->setToolTip(tr("Add a further call or remark"));
    m_withdraw->setToolTip(tr("Close the complaint because the resident withdrew it"));

    m_pages = new QStackedWidget(this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    m_emptyPage = new QWidget(m_pages);
    auto* emptyLayout = new QVBoxLayout(m_emptyPage);
    m_emptyLabel = new QLabel(m_emptyPage);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    emptyLayout->addWidget(m_emptyLabel);
    m_pages->addWidget(m_emptyPage);

    m_complaintPage = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(m_complaintPage);
    m_title = new QLabel(m_complaintPage);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    // A tool bar rather than a row of buttons: in a narrow pane the actions that do not fit go to its
    // overflow menu instead of setting the pane's minimum width.
    m_toolBar = new QToolBar(m_complaintPage);
    m_toolBar->setObjectName(QStringLiteral("complaintActions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions(actions());
    layout->addWidget(m_toolBar);

    // The header: two columns of label and value.
    auto* header = new QGridLayout;
    header->setHorizontalSpacing(12);
    header->setColumnStretch(1, 1);
    header->setColumnStretch(3, 1);
    int row = 0;
    int column = 0;
    const auto addField = [&](const QString& caption, const QString& name, bool wide = false) {
        if (wide && column != 0) {
            ++row;
            column = 0;
        }
        auto* captionLabel = new QLabel(caption, m_complaintPage);
        captionLabel->setObjectName(name + QStringLiteral("Caption"));
        captionLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto* value = valueLabel(m_complaintPage, name);
        header->addWidget(captionLabel, row, column, Qt::AlignTop);
        header->addWidget(value, row, column + 1, 1, wide ? 3 : 1);
        if (wide || column == 2) {
            ++row;
            column = 0;
        } else {
            column = 2;
        }
        return value;
    };
    addField(tr("Channel:"), QStringLiteral("channelValue"));
    addField(tr("Category:"), QStringLiteral("categoryValue"));
    addField(tr("Received:"), QStringLiteral("receivedValue"));
    addField(tr("First responder:"), QStringLiteral("firstResponderValue"));
    addField(tr("Resident:"), QStringLiteral("residentValue"));
    addField(tr("Phone:"), QStringLiteral("phoneValue"));
    addField(tr("Location:"), QStringLiteral("locationValue"));
    addField(tr("Department:"), QStringLiteral("departmentValue"));
    auto* workOrder = addField(tr("Work order:"), QStringLiteral("workOrderValue"));
    addField(tr("Verdict:"), QStringLiteral("verdictValue"));
    addField(tr("Description:"), QStringLiteral("descriptionValue"), true);
    addField(tr("Resolution:"), QStringLiteral("resolutionValue"), true);
    addField(tr("Reply:"), QStringLiteral("replyValue"), true);
    addField(tr("Revisit:"), QStringLiteral("revisitValue"), true);
    workOrder->setTextFormat(Qt::RichText);
    workOrder->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(workOrder, &QLabel::linkActivated, this, [this] {
        if (m_complaint && m_complaint->header.workOrder) {
            emit workOrderRequested(*m_complaint->header.workOrder);
        }
    });
    layout->addLayout(header);

    auto* line = new QFrame(m_complaintPage);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    // Both milestones: the rule (and where it comes from), the deadline in the site's zone, when it was
    // reached, and the outcome or the time left.
    auto* deadlinesTitle = new QLabel(tr("Deadlines"), m_complaintPage);
    QFont bold = deadlinesTitle->font();
    bold.setBold(true);
    deadlinesTitle->setFont(bold);
    layout->addWidget(deadlinesTitle);
    auto* milestones = new QGridLayout;
    milestones->setHorizontalSpacing(12);
    const QString headings[MilestoneColumns] = {tr("Milestone"), tr("Rule"), tr("Deadline"), tr("Reached"),
                                                tr("Outcome")};
    for (int c = 0; c < MilestoneColumns; ++c) {
        auto* heading = new QLabel(headings[c], m_complaintPage);
        heading->setStyleSheet(QStringLiteral("color: palette(mid);"));
        milestones->addWidget(heading, 0, c, Qt::AlignTop);
        for (int r = 0; r < 2; ++r) {
            auto* cell = new QLabel(m_complaintPage);
            cell->setObjectName(QStringLiteral("milestone%1_%2").arg(r).arg(c));
            cell->setTextInteractionFlags(Qt::TextSelectableByMouse);
            cell->setWordWrap(c == MilestoneRule);
            cell->setTextFormat(c == MilestoneRule ? Qt::RichText : Qt::PlainText);
            milestones->addWidget(cell, r + 1, c, Qt::AlignTop);
            m_milestoneCells[r][c] = cell;
        }
    }
    milestones->setColumnStretch(MilestoneRule, 1);
    layout->addLayout(milestones);
    m_milestoneError = new QLabel(m_complaintPage);
    m_milestoneError->setStyleSheet(kRed);
    m_milestoneError->setWordWrap(true);
    m_milestoneError->hide();
    layout->addWidget(m_milestoneError);

    auto* timelineTitle = new QLabel(tr("Timeline"), m_complaintPage);
    timelineTitle->setFont(bold);
    layout->addWidget(timelineTitle);
    m_timelineView = new QTableView(m_complaintPage);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setWordWrap(true);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* timelineHeader = m_timelineView->horizontalHeader();
    timelineHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The free text takes what the other columns leave and wraps, so a narrow pane shows all of it.
    timelineHeader->setSectionResizeMode(ComplaintTimelineModel::Details, QHeaderView::Stretch);
    layout->addWidget(m_timelineView, 1);
    m_pages->addWidget(m_complaintPage);

    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &ComplaintDetail::tick);

    connect(&m_session, &AppSession::complaintsChanged, this, &ComplaintDetail::reload);
    connect(&m_session, &AppSession::ordersChanged, this, &ComplaintDetail::reload);
    connect(&m_session, &AppSession::userChanged, this, &ComplaintDetail::updateActions);
    // Another database or site: the complaint shown belongs to neither.
    connect(&m_session, &AppSession::workspaceChanged, this, [this] { showComplaint(std::nullopt); });
    connect(&m_session, &AppSession::siteChanged, this, [this] {
        if (m_complaint && (!m_session.site() || m_session.site()->id != m_complaint->header.siteId)) {
            showComplaint(std::nullopt);
        }
    });
    clear({});
}

ComplaintDetail::~ComplaintDetail() = default;

QAction* ComplaintDetail::createAction(const QString& text, void (ComplaintDetail::*slot)())
{
    auto* action = new QAction(text, this);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<QAction*> ComplaintDetail::actions() const
{
    return {m_route, m_respond, m_resolve, m_reply, m_revisit, m_judge, m_link, m_raise, m_note, m_withdraw};
}

std::optional<domain::ComplaintId> ComplaintDetail::complaint() const
{
    if (!m_complaint) {
        return std::nullopt;
    }
    return m_complaint->header.id;
}

QString ComplaintDetail::titleText() const
{
    return m_pages->currentWidget() == m_complaintPage ? m_title->text() : m_emptyLabel->text();
}

QString ComplaintDetail::fieldText(const QString& name) const
{
    const auto* label = m_complaintPage->findChild<QLabel*>(name);
    if (!label) {
        return {};
    }
    // Rich text (the work-order link) without its markup.
    return label->textFormat() == Qt::RichText ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                                               : label->text();
}

QString ComplaintDetail::milestoneText(int row, int column) const
{
    if (row < 0 || row > 1 || column < 0 || column >= MilestoneColumns) {
        return {};
    }
    const auto* label = m_milestoneCells[row][column];
    return label->textFormat() == Qt::RichText ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                                               : label->text();
}

void ComplaintDetail::clear(const QString& message)
{
    m_complaint.reset();
    m_evaluation.reset();
    m_ticker.stop();
    m_timeline->clear();
    m_emptyLabel->setText(message.isEmpty() ? tr("Select a complaint to see its history and deadlines.") : message);
    m_pages->setCurrentWidget(m_emptyPage);
    updateActions();
}

void ComplaintDetail::reload()
{
    if (m_complaint) {
        showComplaint(m_complaint->header.id);
    }
}

void ComplaintDetail::showComplaint(std::optional<domain::ComplaintId> id)
{
    if (!id || !m_session.isOpen()) {
        clear({});
        return;
    }
    auto& workspace = m_session.workspace();
    auto complaint = workspace.complaints().get(*id);
    if (!complaint) {
        logger()->error("cannot read complaint {}: {}", id->value, complaint.error().describe());
        clear(tr("The complaint could not be read: %1").arg(errorText(complaint.error())));
        return;
    }
    m_complaint = std::move(*complaint);
    const auto& c = *m_complaint;
    const auto& h = c.header;
    domain::TimeZone zone = m_session.zone();
    if (auto site = workspace.sites().get(h.siteId)) {
        if (auto found = domain::TimeZone::find(site->timeZone)) {
            zone = *found;
        }
    }
    const auto t = c.timeline();

    m_title->setText(tr("%1 · %2").arg(qs(h.code), complaintStatusLabel(t.status())));
    const auto set = [&](const char* name, const QString& text) {
        if (auto* label = m_complaintPage->findChild<QLabel*>(QLatin1String(name))) {
            label->setText(text);
        }
    };
    const auto setRow = [&](const char* name, const QString& text) {
        set(name, text);
        const QString caption = QLatin1String(name) + QStringLiteral("Caption");
        const bool shown = !text.isEmpty();
        m_complaintPage->findChild<QLabel*>(QLatin1String(name))->setVisible(shown);
        m_complaintPage->findChild<QLabel*>(caption)->setVisible(shown);
    };
    set("channelValue", channelLabel(h.channel));
    set("categoryValue", complaintCategoryLabel(h.category));
    set("receivedValue", formatInstant(h.receivedAt, zone));
    set("firstResponderValue", orDash(h.firstResponder));
    set("residentValue", orDash(h.resident));
    set("phoneValue", orDash(h.phone));
    set("locationValue", orDash(h.location));
    set("departmentValue", t.department ? departmentLabel(*t.department) : tr("Not routed yet"));
    set("workOrderValue", h.workOrder
                              ? QStringLiteral("<a href=\"workorder\">%1</a>").arg(qs(h.workOrderCode).toHtmlEscaped())
                              : QStringLiteral("—"));
    QString verdict = tr("Not judged");
    if (t.valid) {
        verdict = *t.valid ? tr("Valid complaint") : tr("Not a valid complaint");
        if (!t.verdictReason.empty()) {
            verdict = tr("%1: %2").arg(verdict, qs(t.verdictReason));
        }
    }
    set("verdictValue", verdict);
    set("descriptionValue", orDash(h.description));
    QString resolution = qs(t.resolution);
    if (!t.measures.empty()) {
        resolution = tr("%1 · Measures: %2").arg(resolution, qs(t.measures));
    }
    setRow("resolutionValue", resolution);
    setRow("replyValue", t.reply.empty() ? QString() : tr("%1 (reported to %2)").arg(qs(t.reply), qs(t.informedHead)));
    QString revisit;
    if (t.revisited) {
        revisit = t.satisfaction ? tr("%1 %2").arg(*t.satisfaction).arg(satisfactionLabel(*t.satisfaction))
                                 : tr("No rating given");
        if (!t.revisitComment.empty()) {
            revisit = tr("%1: %2").arg(revisit, qs(t.revisitComment));
        }
    }
    setRow("revisitValue", revisit);

    m_timeline->setComplaint(c, zone);
    auto evaluation = workspace.complaints().evaluate(c);
    if (evaluation) {
        m_evaluation = std::make_unique<rules::ComplaintEvaluation>(std::move(*evaluation));
        m_milestoneError->hide();
    } else {
        logger()->error("cannot evaluate complaint {}: {}", h.code, evaluation.error().describe());
        m_evaluation.reset();
        m_milestoneError->setText(tr("The deadlines could not be evaluated: %1").arg(errorText(evaluation.error())));
        m_milestoneError->show();
    }
    // The zone for the milestones' times.
    m_milestoneZone = zone;
    showMilestones();
    m_pages->setCurrentWidget(m_complaintPage);
    updateActions();
}

void ComplaintDetail::showMilestones()
{
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < MilestoneColumns; ++c) {
            m_milestoneCells[r][c]->clear();
            m_milestoneCells[r][c]->setStyleSheet({});
            m_milestoneCells[r][c]->setToolTip({});
        }
    }
    if (!m_evaluation) {
        m_ticker.stop();
        return;
    }
    const rules::MilestoneResult* results[2] = {&m_evaluation->response, &m_evaluation->resolution};
    for (int r = 0; r < 2; ++r) {
        const auto& m = *results[r];
        auto** cells = m_milestoneCells[r];
        cells[MilestoneName]->setText(milestoneLabel(m.milestone));
        const QString rule = MilestoneModel::ruleText(m);
        if (!rule.isEmpty()) {
            cells[MilestoneRule]->setText(m.source.empty()
                                              ? rule.toHtmlEscaped()
                                              : QStringLiteral("%1<br><span style=\"color: gray;\">%2</span>")
                                                    .arg(rule.toHtmlEscaped(), qs(m.source).toHtmlEscaped()));
            cells[MilestoneRule]->setToolTip(qs(m.source));
        }
        cells[MilestoneDeadline]->setText(m.deadline ? formatInstant(*m.deadline, m_milestoneZone) : QString());
        cells[MilestoneReached]->setText(m.end ? formatInstant(*m.end, m_milestoneZone) : QString());
    }
    tick();
    const bool pending = m_evaluation->response.outcome == rules::Outcome::Pending ||
                         m_evaluation->resolution.outcome == rules::Outcome::Pending;
    if (pending) {
        m_ticker.start();
    } else {
        m_ticker.stop();
    }
}

void ComplaintDetail::tick()
{
    if (!m_evaluation) {
        return;
    }
    const auto now = m_session.clock().now();
    const rules::MilestoneResult* results[2] = {&m_evaluation->response, &m_evaluation->resolution};
    for (int r = 0; r < 2; ++r) {
        const auto& m = *results[r];
        auto* cell = m_milestoneCells[r][MilestoneOutcome];
        QString text;
        QString style;
        switch (m.outcome) {
        case rules::Outcome::Pending:
            // Evaluated when shown; the time left runs on between reloads.
            if (m.deadline && *m.deadline <= now) {
                text = tr("Overdue by %1").arg(formatDuration(now - *m.deadline));
                style = kRed;
            } else if (m.deadline) {
                text = tr("%1 left").arg(formatDuration(*m.deadline - now));
            } else {
                text = outcomeLabel(m.outcome);
            }
            break;
        case rules::Outcome::Missed:
            text = m.overBy.count() > 0 ? tr("%1, %2 over").arg(outcomeLabel(m.outcome), formatDuration(m.overBy))
                                        : outcomeLabel(m.outcome);
            style = kRed;
            break;
        case rules::Outcome::Met:
            text = outcomeLabel(m.outcome);
            style = kGreen;
            break;
        case rules::Outcome::NotMeasured:
            text = outcomeLabel(m.outcome);
            break;
        }
        cell->setText(text);
        cell->setStyleSheet(style);
    }
}

void ComplaintDetail::updateActions()
{
    using S = domain::ComplaintStatus;
    const domain::User& user = m_session.user();
    const std::optional<domain::ComplaintTimeline> t =
        m_complaint ? std::optional(m_complaint->timeline()) : std::nullopt;
    // Withdrawn stands in for "no complaint": nothing but notes is offered for either.
    const S status = t ? t->status() : S::Withdrawn;
    const bool open = t && t->open();
    const bool linked = m_complaint && m_complaint->header.workOrder.has_value();
    // What the role may never do is not offered at all (the service would refuse it); the rest is enabled
    // by the complaint's status.
    using domain::Permission;
    const auto allow = [&](QAction* action, Permission permission, bool byStatus) {
        const bool permitted = user.can(permission);
        action->setVisible(permitted);
        action->setEnabled(permitted && byStatus);
    };
    allow(m_route, Permission::HandleComplaint, open);
    allow(m_respond, Permission::HandleComplaint, open && !t->responded);
    allow(m_resolve, Permission::HandleComplaint, open && t->department.has_value());
    allow(m_reply, Permission::HandleComplaint, status == S::Resolved);
    allow(m_revisit, Permission::RecordRevisit, status == S::Replied);
    allow(m_judge, Permission::JudgeComplaint, status != S::Withdrawn);
    allow(m_link, Permission::HandleComplaint, status != S::Withdrawn && !linked);
    // A repair is raised while the complaint is being dealt with; afterwards it is a new matter.
    allow(m_raise, Permission::HandleComplaint, open && !linked);
    allow(m_note, Permission::LogComplaint, m_complaint.has_value());
    allow(m_withdraw, Permission::WithdrawComplaint, open);
    m_resolve->setStatusTip(open && !t->department ? tr("Route the complaint first") : QString());
    const auto all = actions();
    m_toolBar->setVisible(std::any_of(all.begin(), all.end(), [](QAction* a) { return a->isVisible(); }));
}

void ComplaintDetail::openDialog(QDialog* dialog, bool ordersToo)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, ordersToo] {
        if (ordersToo) {
            m_session.notifyOrdersChanged();
        }
        m_session.notifyComplaintsChanged(); // shows the complaint anew
    });
    dialog->open();
}

void ComplaintDetail::route()
{
    if (m_complaint && m_route->isEnabled()) {
        openDialog(new ComplaintEventDialog(m_session, *m_complaint, ComplaintEventDialog::Kind::Route, this));
    }
}

void ComplaintDetail::respond()
{
    if (m_complaint && m_respond->isEnabled()) {
        openDialog(new ComplaintEventDialog(m_session, *m_complaint, ComplaintEventDialog::Kind::Respond, this));
    }
}

void ComplaintDetail::resolve()
{
    if (m_complaint && m_resolve->isEnabled()) {
        openDialog(new ComplaintEventDialog(m_session, *m_complaint, ComplaintEventDialog::Kind::Resolve, this));
    }
}

void ComplaintDetail::reply()
{
    if (m_complaint && m_reply->isEnabled()) {
        openDialog(new ComplaintEventDialog(m_session, *m_complaint, ComplaintEventDialog::Kind::Reply, this));
    }
}

void ComplaintDetail::revisit()
{
    if (m_complaint && m_revisit->isEnabled()) {
        openDialog(new ComplaintRevisitDialog(m_session, *m_complaint, this));
    }
}

void ComplaintDetail::judge()
{
    if (m_complaint && m_judge->isEnabled()) {
        openDialog(new ComplaintEventDialog(m_session, *m_complaint, ComplaintEventDialog::Kind::Judge, this));
    }
}

void ComplaintDetail::link()
{
    if (m_complaint && m_link->isEnabled()) {
        openDialog(new ComplaintLinkDialog(m_session, *m_complaint, this));
    }
}

void ComplaintDetail::raise()
{
    if (m_complaint && m_raise->isEnabled()) {
        openDialog(new ComplaintWorkOrderDialog(m_session, *m_complaint, this), true);
    }
}

void ComplaintDetail::note()
{
    if (m_complaint && m_note->isEnabled()) {
        openDialog(new ComplaintEventDialog(m_session, *m_complaint, ComplaintEventDialog::Kind::Note, this));
    }
}

void ComplaintDetail::withdraw()
{
    if (m_complaint && m_withdraw->isEnabled()) {
        openDialog(new ComplaintEventDialog(m_session, *m_complaint, ComplaintEventDialog::Kind::Withdraw, this));
    }
}

} // namespace propdesk::gui
