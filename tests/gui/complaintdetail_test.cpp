// The complaint detail pane: what it shows of a complaint, its deadlines and timeline, and the actions it
// offers (by role and status), each through its dialog.

#include "gui/complaintdetail.h"
#include "gui/complaintdialogs.h"
#include "gui/complainthistorymodel.h"
#include "gui/complainthistoryview.h"
#include "gui/complaintrevisitqueueview.h"
#include "gui/complainttimelinemodel.h"
#include "gui/eventtimeedit.h"
#include "gui/qtconvert.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace propdesk;
using domain::ComplaintStatus;
using domain::Department;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

domain::Complaint receive(GuiFixture& fixture, const std::string& receivedAt, const std::string& description,
                          const std::string& location = "3-2-1502")
{
    services::NewComplaint request;
    request.siteCode = "HQ";
    request.channel = domain::ComplaintChannel::Phone;
    request.category = domain::ComplaintCategory::RepairQuality;
    request.resident = "王女士";
    request.phone = "13800001111";
    request.location = location;
    request.description = description;
    request.receivedAt = at(receivedAt);
    auto complaint = fixture.workspace().complaints().receive(request);
    INFO((complaint ? std::string() : complaint.error().describe()));
    REQUIRE(complaint);
    return *complaint;
}

template <typename T>
T* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

// Triggers `action` and returns the dialog it opened.
template <typename T>
T* openDialog(QAction* action)
{
    REQUIRE(action->isVisible());
    REQUIRE(action->isEnabled());
    action->trigger();
    T* dialog = tests::visibleDialog<T>();
    REQUIRE(dialog);
    return dialog;
}

void setText(QWidget& dialog, const char* name, const QString& text)
{
    if (auto* plain = dialog.findChild<QPlainTextEdit*>(QString::fromLatin1(name))) {
        plain->setPlainText(text);
        return;
    }
    child<QLineEdit>(dialog, name)->setText(text);
}

// Presses OK; true when the dialog closed (the service took it).
bool ok(QDialog& dialog)
{
    dialog.accept();
    return !dialog.isVisible();
}

QString timelineCell(const gui::ComplaintTimelineModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

domain::Complaint reread(GuiFixture& fixture, domain::ComplaintId id)
{
    auto complaint = fixture.workspace().complaints().get(id);
    REQUIRE(complaint);
    return *complaint;
}

} // namespace

TEST_CASE("the complaint detail shows the header, both deadlines with a live countdown, and the timeline")
{
    GuiFixture fixture;
    const auto complaint = receive(fixture, "2025-04-05 16:00", "维修后厨房仍然漏水");
    fixture.clock.set(at("2025-04-05 16:05"));
    gui::ComplaintDetail detail(*fixture.session);
    tests::ModelCheck check(detail.timelineModel());

    CHECK(detail.titleText() == "Select a complaint to see its history and deadlines.");
    detail.showComplaint(complaint.header.id);
    REQUIRE(detail.complaint() == complaint.header.id);
    CHECK(detail.titleText() == "TS20250405-001 · Received");
    CHECK(detail.fieldText("residentValue") == "王女士");
    CHECK(detail.fieldText("phoneValue") == "13800001111");
    CHECK(detail.fieldText("locationValue") == "3-2-1502");
    CHECK(detail.fieldText("firstResponderValue") == "测试员");
    CHECK(detail.fieldText("departmentValue") == "Not routed yet");
    CHECK(detail.fieldText("verdictValue") == "Not judged");
    CHECK(detail.fieldText("workOrderValue") == "—");
    CHECK(detail.fieldText("descriptionValue") == "维修后厨房仍然漏水");

    const auto zone = tests::zone();
    CHECK(detail.milestoneText(0, 0) == "Response");
    CHECK(detail.milestoneText(0, 1).startsWith("complaint-response · 15 min"));
    CHECK(detail.milestoneText(0, 1).contains("002"));
    CHECK(detail.milestoneText(0, 2) == gui::formatInstant(at("2025-04-05 16:15"), zone));
    CHECK(detail.milestoneText(0, 3).isEmpty());
    CHECK(detail.milestoneText(0, 4) == "10 min left");
    CHECK(detail.milestoneText(1, 0) == "Resolution");
    CHECK(detail.milestoneText(1, 1).startsWith("complaint-resolution · 4 working days"));

    // The countdown runs on between reloads, and turns into the time overdue.
    fixture.clock.set(at("2025-04-05 16:20"));
    CHECK(tests::waitFor([&] { return detail.milestoneText(0, 4) == "Overdue by 5 min"; }));

    REQUIRE(detail.timelineModel()->rowCount() == 1);
    CHECK(timelineCell(*detail.timelineModel(), 0, gui::ComplaintTimelineModel::Actor) == "测试员");
    CHECK(check.problems().isEmpty());

    detail.showComplaint(std::nullopt);
    CHECK_FALSE(detail.complaint());
    CHECK(detail.timelineModel()->rowCount() == 0);
}

TEST_CASE("each complaint action through its dialog changes the complaint and its timeline")
{
    GuiFixture fixture;
    const auto complaint = receive(fixture, "2025-04-05 16:00", "维修后厨房仍然漏水");
    const auto id = complaint.header.id;
    gui::ComplaintDetail detail(*fixture.session);
    detail.showComplaint(id);
    auto* timeline = detail.timelineModel();
    tests::ModelCheck check(timeline);
    using Col = gui::ComplaintTimelineModel::Column;

    fixture.clock.set(at("2025-04-05 16:04"));
    {
        auto* dialog = openDialog<gui::ComplaintEventDialog>(detail.routeAction());
        CHECK(dialog->kind() == gui::ComplaintEventDialog::Kind::Route);
        // A repair-quality complaint goes to engineering unless the desk says otherwise.
        auto* department = child<QComboBox>(*dialog, "departmentCombo");
        CHECK(department->currentText() == "Engineering");
        setText(*dialog, "textEdit", "请工程部今天上门查看");
        REQUIRE(ok(*dialog));
    }
    CHECK(reread(fixture, id).status() == ComplaintStatus::Routed);
    CHECK(detail.titleText() == "TS20250405-001 · Routed");
    CHECK(detail.fieldText("departmentValue") == "Engineering");
    REQUIRE(timeline->rowCount() == 2);
    CHECK(timelineCell(*timeline, 1, Col::Event) == "Routed");
    CHECK(timelineCell(*timeline, 1, Col::Details) == "To Engineering · 请工程部今天上门查看");

    // Entered after the fact: the time is corrected, the timeline shows when it was recorded.
    fixture.clock.set(at("2025-04-05 16:30"));
    {
        auto* dialog = openDialog<gui::ComplaintEventDialog>(detail.respondAction());
        child<gui::EventTimeEdit>(*dialog, "timeEdit")->setInstant(at("2025-04-05 16:10"));
        setText(*dialog, "textEdit", "已致电业主，今天下午上门");
        REQUIRE(ok(*dialog));
    }
    auto t = reread(fixture, id).timeline();
    CHECK(t.responded == at("2025-04-05 16:10"));
    CHECK(timelineCell(*timeline, 2, Col::When) == gui::formatInstant(at("2025-04-05 16:10"), tests::zone()));
    CHECK(timelineCell(*timeline, 2, Col::Recorded) == gui::formatInstant(at("2025-04-05 16:30"), tests::zone()));
    CHECK(detail.milestoneText(0, 4) == "Met");
    CHECK(detail.milestoneText(0, 3) == gui::formatInstant(at("2025-04-05 16:10"), tests::zone()));

    fixture.clock.set(at("2025-04-05 18:00"));
    {
        auto* dialog = openDialog<gui::ComplaintEventDialog>(detail.resolveAction());
        setText(*dialog, "textEdit", "更换角阀，试水正常");
        setText(*dialog, "detailEdit", "维修后24小时回访检查");
        REQUIRE(ok(*dialog));
    }
    t = reread(fixture, id).timeline();
    CHECK(t.resolution == "更换角阀，试水正常");
    CHECK(t.measures == "维修后24小时回访检查");
    CHECK(timelineCell(*timeline, 3, Col::Details) == "更换角阀，试水正常 · Measures: 维修后24小时回访检查");
    CHECK(detail.milestoneText(1, 4) == "Met");

    fixture.clock.set(at("2025-04-05 18:10"));
    {
        auto* dialog = openDialog<gui::ComplaintEventDialog>(detail.replyAction());
        setText(*dialog, "textEdit", "已告知业主处理结果");
        setText(*dialog, "headEdit", "刘主任");
        REQUIRE(ok(*dialog));
    }
    t = reread(fixture, id).timeline();
    CHECK(t.reply == "已告知业主处理结果");
    CHECK(t.informedHead == "刘主任");
    CHECK(timelineCell(*timeline, 4, Col::Details) == "已告知业主处理结果 · Reported to 刘主任");
    CHECK(detail.fieldText("replyValue") == "已告知业主处理结果 (reported to 刘主任)");

    fixture.clock.set(at("2025-04-06 10:00"));
    {
        auto* dialog = openDialog<gui::ComplaintRevisitDialog>(detail.revisitAction());
        child<QRadioButton>(*dialog, "rating4")->click();
        setText(*dialog, "commentEdit", "满意");
        REQUIRE(ok(*dialog));
    }
    t = reread(fixture, id).timeline();
    CHECK(t.satisfaction == 4);
    CHECK(reread(fixture, id).status() == ComplaintStatus::Revisited);
    CHECK(timelineCell(*timeline, 5, Col::Details) == "Rating: 4 Satisfied · 满意");

    fixture.clock.set(at("2025-04-06 11:00"));
    {
        auto* dialog = openDialog<gui::ComplaintEventDialog>(detail.judgeAction());
        child<QRadioButton>(*dialog, "validRadio")->click();
        setText(*dialog, "textEdit", "维修质量问题属实");
        REQUIRE(ok(*dialog));
    }
    CHECK(reread(fixture, id).timeline().valid == true);
    CHECK(detail.fieldText("verdictValue") == "Valid complaint: 维修质量问题属实");
    CHECK(timelineCell(*timeline, 6, Col::Details) == "Valid complaint · 维修质量问题属实");

    fixture.clock.set(at("2025-04-06 11:30"));
    {
        auto* dialog = openDialog<gui::ComplaintEventDialog>(detail.noteAction());
        setText(*dialog, "textEdit", "业主再次来电致谢");
        REQUIRE(ok(*dialog));
    }
    REQUIRE(timeline->rowCount() == 8);
    CHECK(timelineCell(*timeline, 7, Col::Event) == "Note");
    CHECK(timelineCell(*timeline, 7, Col::Details) == "业主再次来电致谢");

    // Linking an existing order of the site, by its code.
    services::NewWorkOrder request;
    request.siteCode = "HQ";
    request.location = "3-2-1502";
    request.category = domain::Category::Plumbing;
    request.reporter = "王女士";
    request.description = "厨房漏水";
    auto order = fixture.workspace().workOrders().log(request);
    REQUIRE(order);
    {
        auto* dialog = openDialog<gui::ComplaintLinkDialog>(detail.linkAction());
        CHECK(dialog->offeredOrders() == 1);
        setText(*dialog, "codeEdit", gui::qs(order->header.code));
        REQUIRE(ok(*dialog));
    }
    CHECK(reread(fixture, id).header.workOrder == order->header.id);
    CHECK(detail.fieldText("workOrderValue") == gui::qs(order->header.code));
    CHECK(timelineCell(*timeline, 8, Col::Details) == QStringLiteral("Work order %1").arg(gui::qs(order->header.code)));
    CHECK_FALSE(detail.linkAction()->isEnabled());

    // The link opens the order.
    QSignalSpy requested(&detail, &gui::ComplaintDetail::workOrderRequested);
    emit child<QLabel>(detail, "workOrderValue")->linkActivated(QStringLiteral("workorder"));
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).value<domain::WorkOrderId>() == order->header.id);
    CHECK(check.problems().isEmpty());
}

TEST_CASE("withdrawing a complaint closes it with the reason")
{
    GuiFixture fixture;
    const auto complaint = receive(fixture, "2025-04-05 15:00", "楼上装修噪音");
    gui::ComplaintDetail detail(*fixture.session);
    detail.showComplaint(complaint.header.id);
    auto* dialog = openDialog<gui::ComplaintEventDialog>(detail.withdrawAction());
    setText(*dialog, "textEdit", "业主与邻居已协商解决");
    REQUIRE(ok(*dialog));
    const auto t = reread(fixture, complaint.header.id).timeline();
    CHECK(t.status() == ComplaintStatus::Withdrawn);
    CHECK(detail.titleText() == "TS20250405-001 · Withdrawn");
    CHECK(detail.timelineModel()->index(1, gui::ComplaintTimelineModel::Details).data().toString() ==
          "业主与邻居已协商解决");
    // Nothing but a note is left to do.
    for (auto* action : detail.actions()) {
        INFO(action->text().toStdString());
        CHECK(action->isEnabled() == (action == detail.noteAction()));
    }
}

TEST_CASE("raising a work order from a complaint logs it at the complaint's place and links it")
{
    GuiFixture fixture;
    const auto complaint = receive(fixture, "2025-04-05 15:00", "卫生间天花板渗水", "5-1-301");
    gui::ComplaintDetail detail(*fixture.session);
    detail.showComplaint(complaint.header.id);
    QSignalSpy ordersChanged(fixture.session.get(), &gui::AppSession::ordersChanged);

    auto* dialog = openDialog<gui::ComplaintWorkOrderDialog>(detail.raiseAction());
    CHECK(child<QPlainTextEdit>(*dialog, "descriptionEdit")->toPlainText() == "卫生间天花板渗水");
    // The trade must be chosen.
    CHECK_FALSE(ok(*dialog));
    CHECK(child<QLabel>(*dialog, "categoryError")->isVisibleTo(dialog));
    auto* category = child<QComboBox>(*dialog, "categoryCombo");
    category->setCurrentIndex(category->findData(static_cast<int>(domain::Category::Plumbing)));
    REQUIRE(ok(*dialog));

    const auto linked = reread(fixture, complaint.header.id);
    REQUIRE(linked.header.workOrder);
    auto order = fixture.workspace().workOrders().get(*linked.header.workOrder);
    REQUIRE(order);
    CHECK(order->header.location == "5-1-301");
    CHECK(order->header.reporter == "王女士");
    CHECK(order->header.category == domain::Category::Plumbing);
    CHECK(order->header.description == "卫生间天花板渗水");
    CHECK(ordersChanged.count() == 1);
    CHECK(detail.fieldText("workOrderValue") == gui::qs(order->header.code));
    CHECK_FALSE(detail.raiseAction()->isEnabled());
    CHECK_FALSE(detail.linkAction()->isEnabled());
}

TEST_CASE("the complaint actions follow the user's role and the complaint's status")
{
    GuiFixture fixture;
    fixture.addAccount("desk", "张前台", domain::Role::FrontDesk);
    auto& complaints = fixture.workspace().complaints();
    const auto fresh = receive(fixture, "2025-04-05 15:00", "电梯经常停运");
    const auto resolved = receive(fixture, "2025-04-05 15:10", "楼道灯维修后又坏");
    REQUIRE(complaints.route(resolved.header.id, Department::Engineering, {}, at("2025-04-05 15:12")));
    REQUIRE(complaints.resolve(resolved.header.id, "更换灯具", {}, at("2025-04-05 15:40")));
    gui::ComplaintDetail detail(*fixture.session);

    const auto enabled = [&] {
        QStringList names;
        for (auto* action : detail.actions()) {
            if (action->isVisible() && action->isEnabled()) {
                names << action->text().remove(QLatin1Char('&'));
            }
        }
        return names;
    };

    SECTION("a supervisor or manager may judge and withdraw")
    {
        detail.showComplaint(fresh.header.id);
        CHECK(detail.judgeAction()->isVisible());
        CHECK(detail.withdrawAction()->isVisible());
        // Not routed yet: nothing can be resolved, replied to or revisited.
        CHECK(enabled() == QStringList{"Route…", "Respond…", "Verdict…", "Link work order…", "Raise work order…",
                                       "Note…", "Withdraw…"});
    }

    SECTION("the front desk has no verdict and no withdrawal")
    {
        fixture.signIn("desk");
        detail.showComplaint(fresh.header.id);
        CHECK_FALSE(detail.judgeAction()->isVisible());
        CHECK_FALSE(detail.withdrawAction()->isVisible());
        CHECK(detail.routeAction()->isVisible());
        CHECK(detail.revisitAction()->isVisible());
        CHECK(enabled() == QStringList{"Route…", "Respond…", "Link work order…", "Raise work order…", "Note…"});
    }

    SECTION("a resolved complaint offers the reply as its only step")
    {
        fixture.signIn("desk");
        detail.showComplaint(resolved.header.id);
        CHECK(enabled() == QStringList{"Reply…", "Link work order…", "Note…"});
        for (auto* step : {detail.routeAction(), detail.respondAction(), detail.resolveAction(), detail.revisitAction(),
                           detail.raiseAction()}) {
            CHECK_FALSE(step->isEnabled());
        }
    }

    SECTION("signing in as somebody else changes the actions at once")
    {
        detail.showComplaint(fresh.header.id);
        REQUIRE(detail.withdrawAction()->isVisible());
        fixture.signIn("desk");
        CHECK_FALSE(detail.withdrawAction()->isVisible());
    }
}

TEST_CASE("a refused complaint action keeps its dialog open with the reason beside the field")
{
    GuiFixture fixture;
    auto& complaints = fixture.workspace().complaints();
    const auto complaint = receive(fixture, "2025-04-05 15:00", "保洁不及时，垃圾桶满溢");
    const auto id = complaint.header.id;
    REQUIRE(complaints.route(id, Department::Cleaning, {}, at("2025-04-05 15:05")));
    gui::ComplaintDetail detail(*fixture.session);
    detail.showComplaint(id);

    SECTION("the reply needs the office head who was informed")
    {
        REQUIRE(complaints.resolve(id, "已安排加派清运", {}, at("2025-04-05 15:30")));
        fixture.session->notifyComplaintsChanged();
        auto* dialog = openDialog<gui::ComplaintEventDialog>(detail.replyAction());
        setText(*dialog, "textEdit", "已告知业主");
        CHECK_FALSE(ok(*dialog));
        auto* headError = child<QLabel>(*dialog, "headError");
        CHECK(headError->isVisibleTo(dialog));
        CHECK(headError->text() == "name the office head the result was reported to");
        CHECK_FALSE(child<QLabel>(*dialog, "formError")->isVisibleTo(dialog));
        CHECK(reread(fixture, id).status() == ComplaintStatus::Resolved);
        // Typing clears it; with the head named it goes through.
        setText(*dialog, "headEdit", "刘主任");
        CHECK_FALSE(headError->isVisibleTo(dialog));
        CHECK(ok(*dialog));
        CHECK(reread(fixture, id).status() == ComplaintStatus::Replied);
    }

    SECTION("a step may not be dated before the previous one")
    {
        auto* dialog = openDialog<gui::ComplaintEventDialog>(detail.respondAction());
        child<gui::EventTimeEdit>(*dialog, "timeEdit")->setInstant(at("2025-04-05 15:02"));
        setText(*dialog, "textEdit", "已致电");
        CHECK_FALSE(ok(*dialog));
        auto* timeError = child<QLabel>(*dialog, "timeError");
        CHECK(timeError->isVisibleTo(dialog));
        CHECK(timeError->text() == "is before the complaint's previous step");
        CHECK_FALSE(reread(fixture, id).timeline().responded);
        dialog->reject();
    }

    SECTION("the response needs what the resident was told")
    {
        auto* dialog = openDialog<gui::ComplaintEventDialog>(detail.respondAction());
        CHECK_FALSE(ok(*dialog));
        auto* textError = child<QLabel>(*dialog, "textError");
        CHECK(textError->isVisibleTo(dialog));
        CHECK(textError->text() == "what was the resident told?");
        dialog->reject();
    }

    SECTION("re-routing to the department it is with is refused")
    {
        auto* dialog = openDialog<gui::ComplaintEventDialog>(detail.routeAction());
        auto* department = child<QComboBox>(*dialog, "departmentCombo");
        // The current department is not preselected again.
        CHECK(department->currentIndex() == -1);
        CHECK_FALSE(ok(*dialog));
        CHECK(child<QLabel>(*dialog, "departmentError")->text() == "Choose the department the complaint goes to.");
        department->setCurrentIndex(department->findData(static_cast<int>(Department::Cleaning)));
        CHECK_FALSE(ok(*dialog));
        CHECK(child<QLabel>(*dialog, "formError")->text() == "the complaint is already with cleaning");
        department->setCurrentIndex(department->findData(static_cast<int>(Department::CustomerService)));
        CHECK(ok(*dialog));
        CHECK(reread(fixture, id).timeline().department == Department::CustomerService);
    }

    SECTION("an unknown work order is named beside the code")
    {
        auto* dialog = openDialog<gui::ComplaintLinkDialog>(detail.linkAction());
        setText(*dialog, "codeEdit", "20250101-0099");
        CHECK_FALSE(ok(*dialog));
        auto* codeError = child<QLabel>(*dialog, "codeError");
        CHECK(codeError->isVisibleTo(dialog));
        CHECK(codeError->text().contains("20250101-0099"));
        dialog->reject();
    }
}

// Screenshots of the detail pane and the resolve dialog over a realistic complaint, in English and Chinese,
// for looking at the layout and for the user guide. Hidden: run it on purpose with
//
//   PROPDESK_COMPLAINT_SHOTS=DIR test_gui "[complaint-shots]"
//
// which writes DIR/complaint-detail-<language>.png and DIR/complaint-resolve-dialog-<language>.png.
namespace {

void save(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PROPDESK_COMPLAINT_SHOTS");
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(name);
    INFO(file.toStdString());
    CHECK(widget.grab().save(file));
}

void shoot(const QString& language)
{
    tests::LanguageScope scope(language);
    GuiFixture fixture(GuiFixture::Contents::Empty, at("2025-04-03 09:00"));
    auto& ws = fixture.workspace();
    const auto as = [&](const char* name, domain::Role role, const char* when) {
        ws.context().user = domain::User{name, role};
        fixture.clock.set(at(when));
    };
    as("王经理", domain::Role::Manager, "2025-04-03 08:00");
    fixture.addSite("SUN", "阳光花园");
    fixture.session->selectSite("SUN");
    auto& complaints = ws.complaints();

    as("张前台", domain::Role::FrontDesk, "2025-04-03 09:12");
    services::NewComplaint request;
    request.siteCode = "SUN";
    request.channel = domain::ComplaintChannel::Phone;
    request.category = domain::ComplaintCategory::RepairQuality;
    request.resident = "王秀英";
    request.phone = "13812345678";
    request.location = "3栋2单元1502室";
    request.description = "上周报修的厨房水管更换后仍在渗水，楼下天花板又出现水渍，要求彻底解决";
    auto leak = complaints.receive(request);
    REQUIRE(leak);
    const auto id = leak->header.id;
    as("李主管", domain::Role::Supervisor, "2025-04-03 09:20");
    REQUIRE(complaints.route(id, Department::Engineering, "请工程部今日上门复查"));
    as("张前台", domain::Role::FrontDesk, "2025-04-03 09:25");
    REQUIRE(complaints.respond(id, "已致电业主，工程部今天上午10点上门"));
    as("李主管", domain::Role::Supervisor, "2025-04-03 09:31");
    services::SpawnedOrder order;
    order.category = domain::Category::Plumbing;
    order.urgency = domain::Urgency::Normal;
    order.description = "厨房角阀及软管渗水复修，检查楼下天花板";
    REQUIRE(complaints.spawnWorkOrder(id, order));
    as("张前台", domain::Role::FrontDesk, "2025-04-03 13:05");
    REQUIRE(complaints.note(id, "业主来电询问进度，已告知下午完工"));
    as("李主管", domain::Role::Supervisor, "2025-04-03 15:50");
    REQUIRE(complaints.resolve(id, "更换全部老化角阀及软管，试水2小时无渗漏", "工程部对同批次角阀全面排查",
                               at("2025-04-03 15:40")));
    as("王经理", domain::Role::Manager, "2025-04-03 16:00");
    REQUIRE(complaints.judge(id, true, "首次维修未彻底解决，维修质量问题属实"));

    request.channel = domain::ComplaintChannel::Visit;
    request.category = domain::ComplaintCategory::Cleaning;
    request.resident = "陈建国";
    request.phone = "13698765432";
    request.location = "5栋1单元";
    request.description = "楼道垃圾两天没有清运，有异味";
    as("张前台", domain::Role::FrontDesk, "2025-04-03 14:12");
    request.receivedAt = at("2025-04-03 14:02");
    auto rubbish = complaints.receive(request);
    REQUIRE(rubbish);
    REQUIRE(complaints.route(rubbish->header.id, Department::Cleaning, {}, at("2025-04-03 14:05")));
    REQUIRE(complaints.respond(rubbish->header.id, "已向业主致歉，保洁部马上清运", at("2025-04-03 14:10")));

    as("王经理", domain::Role::Manager, "2025-04-03 16:30");
    fixture.session->notifyComplaintsChanged();
    gui::ComplaintDetail detail(*fixture.session);
    detail.resize(780, 760);
    detail.showComplaint(id);
    detail.show();
    QCoreApplication::processEvents();
    save(detail, QStringLiteral("complaint-detail-%1.png").arg(language));

    detail.showComplaint(rubbish->header.id);
    QCoreApplication::processEvents();
    auto* dialog = openDialog<gui::ComplaintEventDialog>(detail.resolveAction());
    setText(*dialog, "textEdit", "保洁部已清运并消毒，楼道恢复整洁");
    setText(*dialog, "detailEdit", "5栋垃圾清运改为每日两次，由保洁主管每日检查");
    QCoreApplication::processEvents();
    save(*dialog, QStringLiteral("complaint-resolve-dialog-%1.png").arg(language));
    dialog->reject();

    // The other dialogs and the lists, for looking at them (not in the user guide).
    auto* route = openDialog<gui::ComplaintEventDialog>(detail.routeAction());
    QCoreApplication::processEvents();
    save(*route, QStringLiteral("complaint-route-dialog-%1.png").arg(language));
    route->reject();
    auto* judge = openDialog<gui::ComplaintEventDialog>(detail.judgeAction());
    QCoreApplication::processEvents();
    save(*judge, QStringLiteral("complaint-verdict-dialog-%1.png").arg(language));
    judge->reject();
    auto* raise = openDialog<gui::ComplaintWorkOrderDialog>(detail.raiseAction());
    QCoreApplication::processEvents();
    save(*raise, QStringLiteral("complaint-raise-dialog-%1.png").arg(language));
    raise->reject();
    REQUIRE(complaints.resolve(rubbish->header.id, "已清运", {}));
    REQUIRE(complaints.reply(rubbish->header.id, "已告知业主", "刘主任"));
    fixture.session->notifyComplaintsChanged();
    auto* revisit = openDialog<gui::ComplaintRevisitDialog>(detail.revisitAction());
    QCoreApplication::processEvents();
    save(*revisit, QStringLiteral("complaint-revisit-dialog-%1.png").arg(language));
    revisit->reject();
    gui::ComplaintHistoryView history(*fixture.session);
    history.resize(1100, 400);
    history.show();
    history.applyFilter();
    history.model()->countMatches();
    QCoreApplication::processEvents();
    save(history, QStringLiteral("complaint-history-%1.png").arg(language));
    gui::ComplaintRevisitQueueView queue(*fixture.session);
    queue.resize(900, 250);
    queue.show();
    QCoreApplication::processEvents();
    save(queue, QStringLiteral("complaint-revisit-queue-%1.png").arg(language));
}

} // namespace

TEST_CASE("screenshots of the complaint detail and the resolve dialog", "[.][complaint-shots]")
{
    REQUIRE(qEnvironmentVariableIsSet("PROPDESK_COMPLAINT_SHOTS"));
    shoot(QStringLiteral("en"));
    shoot(QStringLiteral("zh_CN"));
}
