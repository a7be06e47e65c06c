// The complaint board and the escalation: the order by time left, countdowns and colours that follow the
// clock without a reload, the resolved complaints waiting for their reply, and the flag raised to the
// supervisor and manager (the board's banner, the status bar's notice) the moment a complaint passes its
// response deadline without a response, and lowered once it has one.

#include "frontdeskdriver.h"
#include "gui/complaintboardmodel.h"
#include "gui/complaintboardview.h"
#include "gui/complaintlabels.h"
#include "gui/complaintspage.h"
#include "gui/desktop.h"
#include "gui/escalationnotice.h"
#include "gui/labels.h"
#include "gui/mainwindow.h"
#include "gui/qtconvert.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QBrush>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace propdesk;
using gui::ComplaintBoardModel;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;
using services::DeadlineState;
using Module = gui::MainWindow::Module;

namespace {

domain::Complaint receive(GuiFixture& fixture, std::string_view receivedAt, const std::string& resident,
                          const std::string& location,
                          domain::ComplaintCategory category = domain::ComplaintCategory::Noise)
{
    services::NewComplaint request;
    request.siteCode = "HQ";
    request.channel = domain::ComplaintChannel::Phone;
    request.category = category;
    request.resident = resident;
    request.location = location;
    request.description = "投诉：" + resident;
    request.receivedAt = at(receivedAt);
    auto received = fixture.workspace().complaints().receive(request);
    INFO((received ? std::string() : received.error().describe()));
    REQUIRE(received);
    fixture.session->notifyComplaintsChanged();
    return *received;
}

template <typename T>
void require(const domain::Result<T>& done)
{
    INFO((done ? std::string() : done.error().describe()));
    REQUIRE(done);
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QStringList codes(const ComplaintBoardModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out << cell(model, row, ComplaintBoardModel::Code);
    }
    return out;
}

DeadlineState stateOf(const ComplaintBoardModel& model, int row)
{
    return static_cast<DeadlineState>(
        model.index(row, ComplaintBoardModel::TimeLeft).data(ComplaintBoardModel::DeadlineStateRole).toInt());
}

bool escalatedRow(const ComplaintBoardModel& model, int row)
{
    return model.index(row, ComplaintBoardModel::Escalated).data(ComplaintBoardModel::EscalatedRole).toBool();
}

QColor rowColour(const ComplaintBoardModel& model, int row)
{
    return model.index(row, ComplaintBoardModel::Subject).data(Qt::BackgroundRole).value<QBrush>().color();
}

bool isAmber(const QColor& c)
{
    return c.red() > 200 && c.green() > 150 && c.blue() < 180;
}

bool isRed(const QColor& c)
{
    return c.red() > 200 && c.green() < 200 && c.blue() < 200 && c.green() < c.red() - 40;
}

} // namespace

TEST_CASE("the complaint board puts the least time left first and counts down with the clock")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-03 08:00"));
    // Answered at 08:05: racing its resolution (four working days), far off.
    const auto answered = receive(fixture, "2025-03-03 08:00", "甲", "1-1-101");
    fixture.clock.set(at("2025-03-03 08:05"));
    require(fixture.workspace().complaints().route(answered.header.id, domain::Department::Engineering));
    require(fixture.workspace().complaints().respond(answered.header.id, "已安排工程部上门"));
    // Resolved: waiting for the reply to the resident, at the end.
    const auto resolved = receive(fixture, "2025-03-03 08:05", "乙", "1-1-102");
    fixture.clock.set(at("2025-03-03 08:30"));
    require(fixture.workspace().complaints().route(resolved.header.id, domain::Department::Cleaning));
    require(fixture.workspace().complaints().resolve(resolved.header.id, "已清理", "每日巡查"));
    fixture.clock.set(at("2025-03-03 09:10"));
    const auto x = receive(fixture, "2025-03-03 09:00", "王女士", "3-1-201"); // response due 09:15
    const auto y = receive(fixture, "2025-03-03 08:50", "李先生", "2-2-202"); // due 09:05: overdue
    const auto z = receive(fixture, "2025-03-03 09:08", "", "东门");          // due 09:23

    ComplaintBoardModel model(*fixture.session);
    tests::ModelCheck check(&model);
    REQUIRE(model.rowCount() == 5);
    CHECK(codes(model) == QStringList{gui::qs(y.header.code), gui::qs(x.header.code), gui::qs(z.header.code),
                                      gui::qs(answered.header.code), gui::qs(resolved.header.code)});

    CHECK(cell(model, 0, ComplaintBoardModel::TimeLeft) == QStringLiteral("-5 min"));
    CHECK(cell(model, 1, ComplaintBoardModel::TimeLeft) == QStringLiteral("5 min"));
    CHECK(cell(model, 2, ComplaintBoardModel::TimeLeft) == QStringLiteral("13 min"));
    CHECK(stateOf(model, 0) == DeadlineState::Overdue);
    CHECK(stateOf(model, 1) == DeadlineState::OnTime);
    CHECK(stateOf(model, 2) == DeadlineState::OnTime);
    CHECK(isRed(rowColour(model, 0)));
    for (int row = 0; row < 3; ++row) {
        CHECK(cell(model, row, ComplaintBoardModel::Next) == gui::milestoneLabel(domain::Milestone::Response));
    }
    CHECK(cell(model, 1, ComplaintBoardModel::Subject) == QStringLiteral("王女士 · 3-1-201"));
    CHECK(cell(model, 2, ComplaintBoardModel::Subject) == QStringLiteral("东门"));
    CHECK(cell(model, 1, ComplaintBoardModel::Received) == gui::formatInstant(at("2025-03-03 09:00"), tests::zone()));
    CHECK(cell(model, 1, ComplaintBoardModel::Category) ==
          gui::complaintCategoryLabel(domain::ComplaintCategory::Noise));
    CHECK(cell(model, 1, ComplaintBoardModel::Status) == gui::complaintStatusLabel(domain::ComplaintStatus::Received));
    CHECK(cell(model, 1, ComplaintBoardModel::Department) == QStringLiteral("not routed"));
    CHECK(cell(model, 1, ComplaintBoardModel::TimeLeft + 0).isEmpty() == false);
    // The answered one races its resolution, by a rule of working days.
    CHECK(cell(model, 3, ComplaintBoardModel::Next) == gui::milestoneLabel(domain::Milestone::Resolution));
    CHECK(cell(model, 3, ComplaintBoardModel::Department) == gui::departmentLabel(domain::Department::Engineering));
    CHECK(cell(model, 3, ComplaintBoardModel::Status) == gui::complaintStatusLabel(domain::ComplaintStatus::Responded));
    CHECK(stateOf(model, 3) == DeadlineState::OnTime);
    CHECK(model.index(3, ComplaintBoardModel::TimeLeft)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("complaint-resolution")));
    // The resolved one waits for the reply: no countdown.
    CHECK(cell(model, 4, ComplaintBoardModel::Next) == QStringLiteral("Reply to resident"));
    CHECK(cell(model, 4, ComplaintBoardModel::TimeLeft) == QStringLiteral("—"));
    CHECK(cell(model, 4, ComplaintBoardModel::Status) == gui::complaintStatusLabel(domain::ComplaintStatus::Resolved));
    CHECK(stateOf(model, 4) == DeadlineState::Unmeasured);
    CHECK(model.overdueCount() == 1);

    // Two minutes on, without a reload: X is in its last quarter (3 of 15 minutes left), amber.
    fixture.clock.set(at("2025-03-03 09:12"));
    model.refreshClock();
    CHECK(cell(model, 1, ComplaintBoardModel::TimeLeft) == QStringLiteral("3 min"));
    CHECK(stateOf(model, 1) == DeadlineState::Closing);
    CHECK(isAmber(rowColour(model, 1)));
    CHECK(cell(model, 2, ComplaintBoardModel::TimeLeft) == QStringLiteral("11 min"));
    CHECK(stateOf(model, 2) == DeadlineState::OnTime);

    // At its deadline it is not late yet; a second after, it is.
    fixture.clock.set(at("2025-03-03 09:15"));
    model.refreshClock();
    CHECK(stateOf(model, 1) == DeadlineState::Closing);
    CHECK_FALSE(escalatedRow(model, 1));
    fixture.clock.advance(domain::Seconds{1});
    model.refreshClock();
    CHECK(stateOf(model, 1) == DeadlineState::Overdue);
    CHECK(isRed(rowColour(model, 1)));
    CHECK(escalatedRow(model, 1));
    CHECK(model.overdueCount() == 2);
    CHECK(codes(model).size() == 5);

    // The ticking timer does the same by itself.
    fixture.clock.set(at("2025-03-03 09:30"));
    REQUIRE(tests::waitFor([&] { return stateOf(model, 2) == DeadlineState::Overdue; }));
    CHECK(cell(model, 2, ComplaintBoardModel::TimeLeft) == QStringLiteral("-7 min"));
    CHECK(escalatedRow(model, 2));
    CHECK(check.problems().isEmpty());
}

TEST_CASE("a supervisor is alerted on the board and in the status bar the moment a complaint passes its response "
          "deadline, and no longer once it has a response")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-03 09:00"));
    fixture.addAccount("lijing", "李静", domain::Role::Supervisor);
    fixture.signIn("lijing");
    const auto window = gui::createMainWindow(*fixture.session);
    window->resize(1500, 900);
    window->show();
    auto* notice = window->escalationNotice();
    REQUIRE(notice);
    auto* page = qobject_cast<gui::ComplaintsPage*>(window->page(Module::Complaints));
    REQUIRE(page);
    auto* board = page->board();
    auto* model = board->model();
    tests::ModelCheck check(model);
    const auto banner = [&] {
        return !board->escalationBanner()->isHidden();
    };
    const auto refresh = [&] {
        model->refreshClock();
        notice->refresh();
    };

    const auto first = receive(fixture, "2025-03-03 09:00", "王女士", "3-1-201");
    fixture.clock.set(at("2025-03-03 09:05"));
    const auto second = receive(fixture, "2025-03-03 09:05", "李先生", "2-2-202");
    REQUIRE(model->rowCount() == 2);
    CHECK_FALSE(banner());
    CHECK(notice->isHidden());

    // Exactly 15 minutes after it was received the response is due, not late.
    fixture.clock.set(at("2025-03-03 09:15"));
    refresh();
    CHECK_FALSE(escalatedRow(*model, 0));
    CHECK(cell(*model, 0, ComplaintBoardModel::Escalated).isEmpty());
    CHECK_FALSE(banner());
    CHECK(notice->isHidden());
    CHECK(notice->escalated().empty());

    // One second later it is escalated.
    fixture.clock.set(at("2025-03-03 09:15:01"));
    refresh();
    CHECK(escalatedRow(*model, 0));
    CHECK(cell(*model, 0, ComplaintBoardModel::Escalated) == QStringLiteral("No response for 15 min"));
    CHECK_FALSE(model->index(0, ComplaintBoardModel::Escalated).data(Qt::DecorationRole).isNull());
    CHECK_FALSE(escalatedRow(*model, 1));
    REQUIRE(banner());
    CHECK(board->findChild<QLabel*>(QStringLiteral("escalationText"))->text() ==
          QStringLiteral("<b>1 complaint</b> is past its response deadline without a response: %1, no response "
                         "for 15 min.")
              .arg(gui::qs(first.header.code)));
    REQUIRE_FALSE(notice->isHidden());
    CHECK(notice->text() == QStringLiteral("⚠ 1 complaint needs a response"));
    CHECK(notice->toolTip().contains(gui::qs(first.header.code)));
    CHECK(notice->escalated() == std::vector{first.header.id});

    // Both late: the notice counts them, the longest overdue first.
    fixture.clock.set(at("2025-03-03 09:38"));
    refresh();
    CHECK(notice->text() == QStringLiteral("⚠ 2 complaints need a response"));
    CHECK(notice->escalated() == std::vector{first.header.id, second.header.id});
    CHECK(cell(*model, 1, ComplaintBoardModel::Escalated) == QStringLiteral("No response for 33 min"));
    CHECK(board->findChild<QLabel*>(QStringLiteral("escalationText"))->text() ==
          QStringLiteral("<b>2 complaints</b> are past their response deadline without a response. The longest "
                         "waiting: %1, no response for 38 min.")
              .arg(gui::qs(first.header.code)));

    // Clicking the notice opens the complaints on the longest overdue one.
    window->showModule(Module::WorkOrders);
    QTest::mouseClick(notice, Qt::LeftButton);
    CHECK(window->currentModule() == Module::Complaints);
    CHECK(board->currentComplaint() == first.header.id);
    CHECK(page->currentComplaint() == first.header.id);

    // Routing is no response: still escalated. The response lowers the flag.
    require(fixture.workspace().complaints().route(first.header.id, domain::Department::Security));
    fixture.session->notifyComplaintsChanged();
    CHECK(notice->text() == QStringLiteral("⚠ 2 complaints need a response"));
    require(fixture.workspace().complaints().respond(first.header.id, "已通知秩序维护部处理"));
    fixture.session->notifyComplaintsChanged();
    CHECK(notice->text() == QStringLiteral("⚠ 1 complaint needs a response"));
    CHECK(notice->escalated() == std::vector{second.header.id});
    CHECK_FALSE(escalatedRow(*model, model->rowOf(first.header.id)));
    CHECK(escalatedRow(*model, model->rowOf(second.header.id)));
    // A complaint resolved without a response counted as answered at its resolution.
    require(fixture.workspace().complaints().route(second.header.id, domain::Department::Engineering));
    require(fixture.workspace().complaints().resolve(second.header.id, "已处理", ""));
    fixture.session->notifyComplaintsChanged();
    refresh();
    CHECK(notice->isHidden());
    CHECK(notice->escalated().empty());
    CHECK_FALSE(banner());
    CHECK(check.problems().isEmpty());
}

TEST_CASE("the escalation is raised to supervisors and managers only")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-03 09:00"));
    const auto late = receive(fixture, "2025-03-03 09:00", "王女士", "3-1-201");
    fixture.clock.set(at("2025-03-03 09:20"));

    SECTION("the front desk sees the row marked, but no banner and no notice")
    {
        fixture.addAccount("wangfang", "王芳", domain::Role::FrontDesk);
        fixture.signIn("wangfang");
        const auto window = gui::createMainWindow(*fixture.session);
        auto* page = qobject_cast<gui::ComplaintsPage*>(window->page(Module::Complaints));
        REQUIRE(page);
        REQUIRE(page->board()->model()->rowCount() == 1);
        CHECK(escalatedRow(*page->board()->model(), 0));
        CHECK(page->board()->escalationBanner()->isHidden());
        window->escalationNotice()->reload();
        CHECK(window->escalationNotice()->isHidden());
        CHECK(window->escalationNotice()->escalated().empty());
    }
    SECTION("a manager is alerted")
    {
        fixture.addAccount("zhaomin", "赵敏", domain::Role::Manager);
        fixture.signIn("zhaomin");
        const auto window = gui::createMainWindow(*fixture.session);
        auto* page = qobject_cast<gui::ComplaintsPage*>(window->page(Module::Complaints));
        REQUIRE(page);
        CHECK_FALSE(page->board()->escalationBanner()->isHidden());
        CHECK_FALSE(window->escalationNotice()->isHidden());
        CHECK(window->escalationNotice()->escalated() == std::vector{late.header.id});
    }
    SECTION("an administrator has no complaints module and no notice")
    {
        fixture.addAccount("admin", "系统管理员", domain::Role::Admin, {});
        fixture.signIn("admin");
        const auto window = gui::createMainWindow(*fixture.session);
        CHECK(window->page(Module::Complaints) == nullptr);
        CHECK(window->escalationNotice()->isHidden());
    }
    CHECK(gui::receivesEscalations(domain::Role::Supervisor));
    CHECK(gui::receivesEscalations(domain::Role::Manager));
    CHECK_FALSE(gui::receivesEscalations(domain::Role::FrontDesk));
    CHECK_FALSE(gui::receivesEscalations(domain::Role::Admin));
}

TEST_CASE("the Complaints module has Ctrl+3 and is offered to every role that reads records")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-03 09:00"));
    const auto window = gui::createMainWindow(*fixture.session);
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    REQUIRE(window->page(Module::Complaints));
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    CHECK(window->currentModule() == Module::Complaints);
    CHECK(gui::MainWindow::moduleTitle(Module::Complaints) == QStringLiteral("Complaints"));
}
