// A complaint from end to end through the widgets, as the desk and the supervisor work it: taken at the
// intake form, routed, a work order raised from it, answered, resolved, replied to, revisited from the
// revisit queue and judged valid, with the board, the revisit queue, the history and the detail pane
// following each step; the linked order opens in its module.

#include "frontdeskdriver.h"
#include "gui/boardmodel.h"
#include "gui/complaintboardmodel.h"
#include "gui/complaintboardview.h"
#include "gui/complaintdetail.h"
#include "gui/complaintdialogs.h"
#include "gui/complainthistorymodel.h"
#include "gui/complainthistoryview.h"
#include "gui/complaintintakeform.h"
#include "gui/complaintlabels.h"
#include "gui/complaintrevisitqueuemodel.h"
#include "gui/complaintrevisitqueueview.h"
#include "gui/complaintspage.h"
#include "gui/complainttimelinemodel.h"
#include "gui/desktop.h"
#include "gui/dispatchboardview.h"
#include "gui/escalationnotice.h"
#include "gui/frontdeskpage.h"
#include "gui/labels.h"
#include "gui/mainwindow.h"
#include "gui/qtconvert.h"
#include "gui/workorderspage.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace propdesk;
using gui::ComplaintBoardModel;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;
using Module = gui::MainWindow::Module;

namespace {

template <typename T>
T* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

void type(QPlainTextEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    edit->insertPlainText(text);
}

void choose(QComboBox* combo, int data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

domain::Complaint reread(GuiFixture& fixture, domain::ComplaintId id)
{
    auto complaint = fixture.workspace().complaints().get(id);
    INFO((complaint ? std::string() : complaint.error().describe()));
    REQUIRE(complaint);
    return *complaint;
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("a complaint goes from the intake through routing, a raised work order, the response, resolution, reply, "
          "revisit and verdict")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-03 09:00"));
    fixture.addAccount("lijing", "李静", domain::Role::Supervisor);
    fixture.signIn("lijing");
    const auto window = gui::createMainWindow(*fixture.session);
    window->resize(1600, 1000);
    tests::showActive(window.get());
    auto* page = qobject_cast<gui::ComplaintsPage*>(window->page(Module::Complaints));
    REQUIRE(page);
    window->showModule(Module::Complaints);
    auto* form = page->intakeForm();
    REQUIRE(form);
    auto* board = page->board()->model();
    auto* detail = page->detail();
    tests::ModelCheck check(board);

    // Taken at the desk.
    child<QLineEdit>(form, "locationEdit")->insert(QStringLiteral("3-1-201"));
    child<QLineEdit>(form, "residentEdit")->insert(QStringLiteral("王女士"));
    child<QLineEdit>(form, "phoneEdit")->insert(QStringLiteral("13800138000"));
    choose(child<QComboBox>(form, "categoryCombo"), static_cast<int>(domain::ComplaintCategory::RepairQuality));
    type(child<QPlainTextEdit>(form, "descriptionEdit"), QStringLiteral("卫生间漏水到楼下，上次维修后没修好"));
    QTest::keyClick(child<QPlainTextEdit>(form, "descriptionEdit"), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(board->rowCount() == 1);
    const auto id = *board->complaintId(board->index(0, 0));
    CHECK(cell(*board, 0, ComplaintBoardModel::Code) == QStringLiteral("TS20250303-001"));
    REQUIRE(detail->complaint() == id);
    CHECK(detail->titleText().contains(QStringLiteral("TS20250303-001")));
    CHECK(detail->fieldText(QStringLiteral("firstResponderValue")) == QStringLiteral("李静"));

    // Routed to engineering.
    fixture.clock.set(at("2025-03-03 09:03"));
    REQUIRE(detail->routeAction()->isEnabled());
    detail->routeAction()->trigger();
    auto* route = tests::visibleChild<gui::ComplaintEventDialog>(detail);
    REQUIRE(route);
    REQUIRE(route->kind() == gui::ComplaintEventDialog::Kind::Route);
    choose(child<QComboBox>(route, "departmentCombo"), static_cast<int>(domain::Department::Engineering));
    type(child<QPlainTextEdit>(route, "textEdit"), QStringLiteral("请工程部查看楼下渗水"));
    tests::pressOk(route);
    REQUIRE(board->rowCount() == 1);
    CHECK(cell(*board, 0, ComplaintBoardModel::Department) == gui::departmentLabel(domain::Department::Engineering));
    CHECK(cell(*board, 0, ComplaintBoardModel::Status) == gui::complaintStatusLabel(domain::ComplaintStatus::Routed));
    CHECK(reread(fixture, id).timeline().routed == at("2025-03-03 09:03"));

    // A work order raised from it, logged at the complaint's place for its resident, and linked.
    fixture.clock.set(at("2025-03-03 09:05"));
    REQUIRE(detail->raiseAction()->isEnabled());
    detail->raiseAction()->trigger();
    auto* raise = tests::visibleChild<gui::ComplaintWorkOrderDialog>(detail);
    REQUIRE(raise);
    choose(child<QComboBox>(raise, "categoryCombo"), static_cast<int>(domain::Category::Plumbing));
    tests::pressOk(raise);
    auto complaint = reread(fixture, id);
    REQUIRE(complaint.header.workOrder);
    auto order = fixture.workspace().workOrders().get(*complaint.header.workOrder);
    REQUIRE(order);
    CHECK(order->header.location == "3-1-201");
    CHECK(order->header.reporter == "王女士");
    CHECK(order->header.category == domain::Category::Plumbing);
    CHECK(complaint.header.workOrderCode == order->header.code);
    CHECK(detail->fieldText(QStringLiteral("workOrderValue")).contains(gui::qs(order->header.code)));
    // The new order is on the dispatch board as well.
    auto* desk = qobject_cast<gui::FrontDeskPage*>(window->page(Module::FrontDesk));
    REQUIRE(desk);
    CHECK(desk->board()->model()->rowCount() == 1);

    // The resident is answered within the 15 minutes: no escalation.
    fixture.clock.set(at("2025-03-03 09:10"));
    REQUIRE(detail->respondAction()->isEnabled());
    detail->respondAction()->trigger();
    auto* respond = tests::visibleChild<gui::ComplaintEventDialog>(detail);
    REQUIRE(respond);
    type(child<QPlainTextEdit>(respond, "textEdit"), QStringLiteral("已派工程部师傅今天上门"));
    tests::pressOk(respond);
    REQUIRE(board->rowCount() == 1);
    CHECK(cell(*board, 0, ComplaintBoardModel::Status) ==
          gui::complaintStatusLabel(domain::ComplaintStatus::Responded));
    CHECK(cell(*board, 0, ComplaintBoardModel::Next) == gui::milestoneLabel(domain::Milestone::Resolution));
    fixture.clock.set(at("2025-03-03 09:20"));
    board->refreshClock();
    window->escalationNotice()->refresh();
    CHECK_FALSE(board->index(0, ComplaintBoardModel::Escalated).data(ComplaintBoardModel::EscalatedRole).toBool());
    CHECK(window->escalationNotice()->isHidden());

    // Resolved the next day: on the board, waiting for the reply.
    fixture.clock.set(at("2025-03-04 10:00"));
    REQUIRE(detail->resolveAction()->isEnabled());
    detail->resolveAction()->trigger();
    auto* resolve = tests::visibleChild<gui::ComplaintEventDialog>(detail);
    REQUIRE(resolve);
    type(child<QPlainTextEdit>(resolve, "textEdit"), QStringLiteral("更换卫生间防水层，楼下已不再渗水"));
    type(child<QPlainTextEdit>(resolve, "detailEdit"), QStringLiteral("维修后24小时闭水试验"));
    tests::pressOk(resolve);
    REQUIRE(board->rowCount() == 1);
    CHECK(cell(*board, 0, ComplaintBoardModel::Next) == QStringLiteral("Reply to resident"));
    CHECK(cell(*board, 0, ComplaintBoardModel::TimeLeft) == QStringLiteral("—"));
    complaint = reread(fixture, id);
    CHECK(complaint.timeline().resolution == "更换卫生间防水层，楼下已不再渗水");
    CHECK(complaint.timeline().measures == "维修后24小时闭水试验");

    // The reply to the resident, reported to the office head: off the board, into the revisit queue.
    fixture.clock.set(at("2025-03-04 11:00"));
    REQUIRE(detail->replyAction()->isEnabled());
    detail->replyAction()->trigger();
    auto* reply = tests::visibleChild<gui::ComplaintEventDialog>(detail);
    REQUIRE(reply);
    type(child<QPlainTextEdit>(reply, "textEdit"), QStringLiteral("已电话告知王女士处理结果"));
    child<QLineEdit>(reply, "headEdit")->insert(QStringLiteral("张主任"));
    tests::pressOk(reply);
    CHECK(board->rowCount() == 0);
    auto* queue = page->revisitQueue();
    REQUIRE(queue->model()->rowCount() == 1);
    complaint = reread(fixture, id);
    CHECK(complaint.timeline().informedHead == "张主任");
    CHECK(complaint.timeline().status() == domain::ComplaintStatus::Replied);

    // The revisit call, from the queue: the resident is very satisfied.
    fixture.clock.set(at("2025-03-05 10:00"));
    page->tabs()->setCurrentWidget(queue);
    queue->selectComplaint(id);
    CHECK(page->currentComplaint() == id);
    queue->openRevisit(queue->model()->index(0, 0));
    auto* revisit = tests::visibleChild<gui::ComplaintRevisitDialog>(queue);
    if (!revisit) {
        revisit = tests::visibleChild<gui::ComplaintRevisitDialog>(window.get());
    }
    REQUIRE(revisit);
    QTest::mouseClick(child<QRadioButton>(revisit, "rating5"), Qt::LeftButton);
    tests::pressOk(revisit);
    CHECK(queue->model()->rowCount() == 0);
    complaint = reread(fixture, id);
    CHECK(complaint.timeline().status() == domain::ComplaintStatus::Revisited);
    CHECK(complaint.timeline().satisfaction == 5);

    // The supervisor's verdict: a valid complaint.
    REQUIRE(detail->complaint() == id);
    REQUIRE(detail->judgeAction()->isEnabled());
    detail->judgeAction()->trigger();
    auto* judge = tests::visibleChild<gui::ComplaintEventDialog>(detail);
    REQUIRE(judge);
    QTest::mouseClick(child<QRadioButton>(judge, "validRadio"), Qt::LeftButton);
    type(child<QPlainTextEdit>(judge, "textEdit"), QStringLiteral("上次维修质量问题，属有效投诉"));
    tests::pressOk(judge);
    complaint = reread(fixture, id);
    CHECK(complaint.timeline().valid == true);
    CHECK(complaint.timeline().verdictReason == "上次维修质量问题，属有效投诉");

    // The whole story, in order, in the detail pane's timeline.
    std::vector<domain::ComplaintEventKind> kinds;
    for (const auto& e : complaint.history) {
        kinds.push_back(e.kind);
    }
    using K = domain::ComplaintEventKind;
    CHECK(kinds == std::vector{K::Received, K::Routed, K::Linked, K::Responded, K::Resolved, K::Replied, K::Revisited,
                               K::Judged});
    CHECK(detail->timelineModel()->rowCount() == 8);
    CHECK(complaint.header.firstResponder == "李静");
    const auto t = complaint.timeline();
    CHECK(t.responded == at("2025-03-03 09:10"));
    CHECK(t.resolved == at("2025-03-04 10:00"));
    CHECK(t.replied == at("2025-03-04 11:00"));
    CHECK(t.revisited == at("2025-03-05 10:00"));

    // In the history, found by its code.
    auto* history = page->history();
    page->tabs()->setCurrentWidget(history);
    history->applyFilter();
    REQUIRE(history->model()->rowCount() == 1);
    CHECK(history->selectComplaint(id));

    // The linked order opens in its module, on the dispatch board where it waits.
    QString link = detail->fieldText(QStringLiteral("workOrderValue"));
    REQUIRE(link.contains(gui::qs(order->header.code)));
    emit child<QLabel>(detail, "workOrderValue")->linkActivated(QStringLiteral("order"));
    CHECK(window->currentModule() == Module::FrontDesk);
    CHECK(desk->board()->currentOrder() == order->header.id);
    CHECK(check.problems().isEmpty());
}

TEST_CASE("the front desk does not see the verdict or the withdrawal, which are the supervisor's")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-03 09:00"));
    fixture.addAccount("wangfang", "王芳", domain::Role::FrontDesk);
    fixture.signIn("wangfang");
    gui::ComplaintsPage page(*fixture.session);
    page.resize(1500, 900);
    tests::showActive(&page);
    auto* form = page.intakeForm();
    REQUIRE(form);
    child<QLineEdit>(form, "locationEdit")->insert(QStringLiteral("5-1-101"));
    type(child<QPlainTextEdit>(form, "descriptionEdit"), QStringLiteral("夜间保安不巡逻"));
    REQUIRE(form->takeComplaint());
    auto* detail = page.detail();
    REQUIRE(detail->complaint());
    CHECK(detail->routeAction()->isVisible());
    CHECK(detail->respondAction()->isEnabled());
    CHECK_FALSE(detail->judgeAction()->isVisible());
    CHECK_FALSE(detail->withdrawAction()->isVisible());
}

TEST_CASE("the work order a complaint is about opens in the work orders' history once it is closed")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-03 09:00"));
    services::NewWorkOrder request;
    request.siteCode = "HQ";
    request.location = "3-1-201";
    request.category = domain::Category::Plumbing;
    request.reporter = "王女士";
    request.description = "厨房水龙头滴水";
    auto order = fixture.workspace().workOrders().log(request);
    REQUIRE(order);
    const auto orderId = order->header.id;
    fixture.clock.set(at("2025-03-03 09:10"));
    REQUIRE(fixture.workspace().workOrders().dispatch(orderId, "李师傅"));
    fixture.clock.set(at("2025-03-03 09:30"));
    REQUIRE(fixture.workspace().workOrders().arrive(orderId));
    fixture.clock.set(at("2025-03-03 10:00"));
    REQUIRE(fixture.workspace().workOrders().complete(orderId, "换了阀芯"));
    fixture.clock.set(at("2025-03-05 09:00"));
    services::NewComplaint complaint;
    complaint.siteCode = "HQ";
    complaint.category = domain::ComplaintCategory::RepairQuality;
    complaint.resident = "王女士";
    complaint.location = "3-1-201";
    complaint.description = "换了阀芯还是滴水";
    complaint.workOrder = order->header.code;
    auto taken = fixture.workspace().complaints().receive(complaint);
    INFO((taken ? std::string() : taken.error().describe()));
    REQUIRE(taken);

    const auto window = gui::createMainWindow(*fixture.session);
    window->resize(1500, 900);
    window->show();
    auto* page = qobject_cast<gui::ComplaintsPage*>(window->page(Module::Complaints));
    REQUIRE(page);
    window->openComplaint(taken->header.id);
    CHECK(window->currentModule() == Module::Complaints);
    REQUIRE(page->detail()->complaint() == taken->header.id);
    emit child<QLabel>(page->detail(), "workOrderValue")->linkActivated(QStringLiteral("order"));
    CHECK(window->currentModule() == Module::WorkOrders);
    auto* orders = qobject_cast<gui::WorkOrdersPage*>(window->page(Module::WorkOrders));
    REQUIRE(orders);
    CHECK(orders->currentOrder() == orderId);
}
