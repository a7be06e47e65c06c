// The dispatch board, the order actions and their dialogs, and the revisit queue: an order's day from the
// desk to the revisit, refused times, the countdown's colours and the models' consistency.

#include "frontdeskdriver.h"
#include "gui/boardmodel.h"
#include "gui/dispatchboardview.h"
#include "gui/dispatchdialog.h"
#include "gui/eventdialog.h"
#include "gui/frontdeskpage.h"
#include "gui/intakeform.h"
#include "gui/labels.h"
#include "gui/qtconvert.h"
#include "gui/revisitdialog.h"
#include "gui/revisitqueuemodel.h"
#include "gui/revisitqueueview.h"
#include "gui/reworkdialog.h"
#include "gui/workorderactions.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QAction>
#include <QBrush>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace propdesk;
using gui::BoardModel;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;
using services::DeadlineState;

namespace {

constexpr std::string_view kMonday9 = "2025-03-03 09:00";

template <typename T>
T* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

void addTechnician(GuiFixture& fixture, const std::string& name)
{
    domain::StaffMember member;
    member.name = name;
    member.trade = "水电";
    auto added = fixture.workspace().staff().add("HQ", member);
    INFO((added ? std::string() : added.error().describe()));
    REQUIRE(added);
}

domain::WorkOrder logDirectly(GuiFixture& fixture, domain::Urgency urgency = domain::Urgency::Normal)
{
    services::NewWorkOrder order;
    order.siteCode = "HQ";
    order.location = "3-1-201";
    order.category = domain::Category::Plumbing;
    order.urgency = urgency;
    order.reporter = "王女士";
    order.description = "厨房水龙头滴水";
    auto logged = fixture.workspace().workOrders().log(order);
    INFO((logged ? std::string() : logged.error().describe()));
    REQUIRE(logged);
    fixture.session->notifyOrdersChanged();
    return *logged;
}

domain::WorkOrder reread(GuiFixture& fixture, domain::WorkOrderId id)
{
    auto order = fixture.workspace().workOrders().get(id);
    REQUIRE(order);
    return *order;
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

DeadlineState stateOf(const BoardModel& model, int row)
{
    return static_cast<DeadlineState>(
        model.index(row, BoardModel::TimeLeft).data(BoardModel::DeadlineStateRole).toInt());
}

QColor rowColour(const BoardModel& model, int row)
{
    return model.index(row, BoardModel::Location).data(Qt::BackgroundRole).value<QBrush>().color();
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

TEST_CASE("an order goes from the desk through dispatch, arrival and completion to the revisit queue, and leaves it "
          "when revisited")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    addTechnician(fixture, "李师傅");
    addTechnician(fixture, "赵师傅");
    gui::FrontDeskPage page(*fixture.session);
    page.resize(1400, 800);
    tests::showActive(&page);
    gui::RevisitQueueView queue(*fixture.session);
    auto* board = page.board();
    auto* model = board->model();
    auto* actions = board->actions();

    tests::fillIntake(*page.intakeForm(), {QStringLiteral("3-1-201"),
                                           QStringLiteral("王女士"),
                                           {},
                                           domain::Category::Plumbing,
                                           domain::Urgency::Normal,
                                           QStringLiteral("厨房水龙头滴水")});
    QTest::keyClick(page.intakeForm()->findChild<QLineEdit*>(QStringLiteral("locationEdit")), Qt::Key_Return,
                    Qt::ControlModifier);
    REQUIRE(model->rowCount() == 1);
    const auto id = *model->orderId(model->index(0, 0));
    CHECK(cell(*model, 0, BoardModel::Deadline) == gui::formatInstant(at("2025-03-03 09:30"), tests::zone()));
    CHECK(board->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("1 open order")));

    SECTION("dispatch by double-click, then arrival and completion from the actions")
    {
        fixture.clock.set(at("2025-03-03 09:05"));
        auto* table = board->table();
        const QRect rect = table->visualRect(model->index(0, BoardModel::Location));
        // A double-click is a press and release followed by a double-click event, as the platform sends it.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        auto* dispatch = tests::visibleChild<gui::DispatchDialog>(board);
        REQUIRE(dispatch);
        auto* technician = child<QComboBox>(dispatch, "technicianCombo");
        CHECK(technician->count() == 2);
        technician->setCurrentIndex(technician->findText(QStringLiteral("赵师傅")));
        tests::pressOk(dispatch);
        CHECK_FALSE(dispatch->isVisible());
        REQUIRE(model->rowCount() == 1);
        CHECK(cell(*model, 0, BoardModel::Technician) == QStringLiteral("赵师傅"));
        CHECK(cell(*model, 0, BoardModel::Status) == gui::statusLabel(domain::WorkOrderStatus::Dispatched));
        CHECK(board->currentOrder() == id);

        fixture.clock.set(at("2025-03-03 09:20"));
        REQUIRE(actions->arriveAction()->isEnabled());
        actions->arriveAction()->trigger();
        tests::pressOk(tests::visibleChild<gui::EventDialog>(board));
        CHECK(cell(*model, 0, BoardModel::Next) == gui::milestoneLabel(domain::Milestone::Completion));
        CHECK(cell(*model, 0, BoardModel::Deadline) == gui::formatInstant(at("2025-03-03 17:00"), tests::zone()));
        CHECK(reread(fixture, id).timeline().arrived == at("2025-03-03 09:20"));

        fixture.clock.set(at("2025-03-03 11:00"));
        REQUIRE(actions->completeAction()->isEnabled());
        actions->completeAction()->trigger();
        auto* complete = tests::visibleChild<gui::EventDialog>(board);
        REQUIRE(complete);
        child<QPlainTextEdit>(complete, "noteEdit")->insertPlainText(QStringLiteral("换了阀芯"));
        tests::pressOk(complete);
        CHECK(model->rowCount() == 0);
        CHECK(board->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("0 open")));
        CHECK(reread(fixture, id).history.back().note == "换了阀芯");

        auto* waiting = queue.model();
        REQUIRE(waiting->rowCount() == 1);
        CHECK(cell(*waiting, 0, gui::RevisitQueueModel::Code) == QStringLiteral("20250303-001"));
        CHECK(cell(*waiting, 0, gui::RevisitQueueModel::CompletedAt) ==
              gui::formatInstant(at("2025-03-03 11:00"), tests::zone()));
        CHECK(cell(*waiting, 0, gui::RevisitQueueModel::Technician) == QStringLiteral("赵师傅"));
        fixture.clock.set(at("2025-03-03 13:00"));
        waiting->refreshClock();
        CHECK(cell(*waiting, 0, gui::RevisitQueueModel::Waiting) == QStringLiteral("2 h 00 min"));

        queue.selectOrder(id);
        REQUIRE(queue.actions()->revisitAction()->isEnabled());
        queue.actions()->revisitAction()->trigger();
        auto* revisit = tests::visibleChild<gui::RevisitDialog>(&queue);
        REQUIRE(revisit);
        CHECK(child<QRadioButton>(revisit, "rating5")->text() == gui::satisfactionLabel(5));
        QTest::mouseClick(child<QRadioButton>(revisit, "rating2"), Qt::LeftButton);
        tests::pressOk(revisit);
        // A dissatisfied resident without a reason: refused, said next to the comment.
        CHECK(revisit->isVisible());
        CHECK(child<QLabel>(revisit, "commentError")->isVisible());
        CHECK(child<QLabel>(revisit, "commentError")->text().contains(QStringLiteral("reason")));
        CHECK(waiting->rowCount() == 1);

        child<QPlainTextEdit>(revisit, "commentEdit")->insertPlainText(QStringLiteral("师傅来晚了"));
        tests::pressOk(revisit);
        CHECK_FALSE(revisit->isVisible());
        CHECK(waiting->rowCount() == 0);
        const auto done = reread(fixture, id);
        CHECK(done.status() == domain::WorkOrderStatus::Revisited);
        CHECK(done.timeline().satisfaction == 2);
        CHECK(done.timeline().revisitComment == "师傅来晚了");
    }

    SECTION("a hold needs a reason, and stops the countdown until the order is resumed")
    {
        board->selectOrder(id);
        actions->holdAction()->trigger();
        auto* hold = tests::visibleChild<gui::EventDialog>(board);
        REQUIRE(hold);
        tests::pressOk(hold);
        CHECK(hold->isVisible());
        CHECK(child<QLabel>(hold, "noteError")->text().contains(QStringLiteral("reason")));
        child<QPlainTextEdit>(hold, "noteEdit")->insertPlainText(QStringLiteral("等配件"));
        tests::pressOk(hold);
        CHECK_FALSE(hold->isVisible());
        REQUIRE(model->rowCount() == 1);
        CHECK(stateOf(*model, 0) == DeadlineState::Paused);
        CHECK(cell(*model, 0, BoardModel::TimeLeft) == QStringLiteral("paused"));
        CHECK_FALSE(actions->arriveAction()->isEnabled());
        CHECK_FALSE(actions->holdAction()->isEnabled());
        REQUIRE(actions->resumeAction()->isEnabled());

        fixture.clock.set(at("2025-03-03 09:40"));
        actions->resumeAction()->trigger();
        tests::pressOk(tests::visibleChild<gui::EventDialog>(board));
        CHECK(stateOf(*model, 0) == DeadlineState::OnTime);
        // 30 minutes to arrive, of which the 40 minutes on hold do not count.
        CHECK(cell(*model, 0, BoardModel::TimeLeft) == QStringLiteral("30 min"));
    }
}

TEST_CASE("an arrival entered before the dispatch is refused, with the reason next to the time")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    addTechnician(fixture, "李师傅");
    const auto order = logDirectly(fixture);
    fixture.clock.set(at("2025-03-03 09:10"));
    REQUIRE(fixture.workspace().workOrders().dispatch(order.header.id, "李师傅"));
    fixture.clock.set(at("2025-03-03 09:20"));
    fixture.session->notifyOrdersChanged();

    gui::DispatchBoardView board(*fixture.session);
    tests::showActive(&board);
    board.selectOrder(order.header.id);
    auto* actions = board.actions();
    REQUIRE(actions->arriveAction()->isEnabled());
    actions->arriveAction()->trigger();
    auto* dialog = tests::visibleChild<gui::EventDialog>(&board);
    REQUIRE(dialog);
    auto* time = child<QDateTimeEdit>(dialog, "timeEdit");
    CHECK(time->dateTime() == tests::wallClock("2025-03-03 09:20"));

    time->setDateTime(tests::wallClock("2025-03-03 09:05"));
    tests::pressOk(dialog);
    CHECK(dialog->isVisible());
    auto* timeError = child<QLabel>(dialog, "timeError");
    CHECK(timeError->isVisible());
    CHECK(timeError->text().contains(QStringLiteral("arrived is before the previous event of this order")));
    CHECK_FALSE(child<QLabel>(dialog, "formError")->isVisible());
    CHECK(reread(fixture, order.header.id).status() == domain::WorkOrderStatus::Dispatched);

    // Corrected: the arrival was at 09:15, after all.
    time->setDateTime(tests::wallClock("2025-03-03 09:15"));
    CHECK_FALSE(timeError->isVisible());
    tests::pressOk(dialog);
    CHECK_FALSE(dialog->isVisible());
    const auto arrived = reread(fixture, order.header.id);
    CHECK(arrived.status() == domain::WorkOrderStatus::InProgress);
    CHECK(arrived.timeline().arrived == at("2025-03-03 09:15"));
}

TEST_CASE("the countdown turns amber with less than a quarter of the window left and red past the deadline")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    logDirectly(fixture);
    gui::DispatchBoardView board(*fixture.session);
    auto* model = board.model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    auto* summary = board.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    REQUIRE(model->rowCount() == 1);

    // Arrival is due at 09:30: a 30-minute window, whose last quarter starts at 09:22:30.
    fixture.clock.set(at("2025-03-03 09:22"));
    model->refreshClock();
    CHECK(stateOf(*model, 0) == DeadlineState::OnTime);
    CHECK(cell(*model, 0, BoardModel::TimeLeft) == QStringLiteral("8 min"));
    CHECK_FALSE(model->index(0, BoardModel::Location).data(Qt::BackgroundRole).isValid());

    fixture.clock.set(at("2025-03-03 09:23"));
    model->refreshClock();
    CHECK(stateOf(*model, 0) == DeadlineState::Closing);
    CHECK(cell(*model, 0, BoardModel::TimeLeft) == QStringLiteral("7 min"));
    CHECK(isAmber(rowColour(*model, 0)));

    fixture.clock.set(at("2025-03-03 09:30"));
    model->refreshClock();
    CHECK(stateOf(*model, 0) == DeadlineState::Closing);
    CHECK(summary->text().contains(QStringLiteral("0 overdue")));

    fixture.clock.set(at("2025-03-03 09:31"));
    model->refreshClock();
    CHECK(stateOf(*model, 0) == DeadlineState::Overdue);
    CHECK(cell(*model, 0, BoardModel::TimeLeft) == QStringLiteral("-1 min"));
    CHECK(isRed(rowColour(*model, 0)));
    CHECK(summary->text().contains(QStringLiteral("1 overdue")));

    // The countdown moved without reading the board again.
    CHECK(resets.count() == 0);
    CHECK(changes.count() >= 4);
}

TEST_CASE("the order actions offer what the order's status allows, and a rework is logged linked to its order")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    const auto order = logDirectly(fixture);
    QWidget host;
    host.resize(900, 700);
    tests::showActive(&host);
    gui::WorkOrderActions actions(*fixture.session, &host);
    const auto enabled = [&] {
        QStringList names;
        for (auto* action : actions.actions()) {
            if (action->isEnabled()) {
                names << action->text().remove(QLatin1Char('&'));
            }
        }
        return names;
    };

    CHECK(enabled().isEmpty());
    actions.setCurrent(order.header.id);
    CHECK(enabled() == QStringList{QStringLiteral("Dispatch…"), QStringLiteral("Record arrival…"),
                                   QStringLiteral("Hold…"), QStringLiteral("Complete…"),
                                   QStringLiteral("Cancel order…")});
    CHECK(actions.dispatchAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_D));
    CHECK(actions.dispatchAction()->toolTip().contains(QStringLiteral("Ctrl+D")));

    SECTION("dispatching at a site without technicians says where to add them")
    {
        actions.dispatchAction()->trigger();
        auto* dialog = tests::visibleChild<gui::DispatchDialog>(&host);
        REQUIRE(dialog);
        CHECK(child<QLabel>(dialog, "noStaffLabel")->isVisible());
        CHECK(child<QLabel>(dialog, "noStaffLabel")->text().contains(QStringLiteral("Settings")));
        CHECK_FALSE(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->reject();
    }

    SECTION("a completed order can be revisited or reworked; the rework starts from the order's place and caller")
    {
        fixture.clock.set(at("2025-03-03 10:00"));
        REQUIRE(fixture.workspace().workOrders().complete(order.header.id, "修好了"));
        fixture.session->notifyOrdersChanged(); // the actions read the order again
        CHECK(enabled() == QStringList{QStringLiteral("Log rework…"), QStringLiteral("Revisit…")});

        fixture.clock.set(at("2025-03-04 09:00"));
        QSignalSpy changed(&actions, &gui::WorkOrderActions::orderChanged);
        actions.reworkAction()->trigger();
        auto* dialog = tests::visibleChild<gui::ReworkDialog>(&host);
        REQUIRE(dialog);
        auto* form = dialog->form();
        CHECK(form->findChild<QLineEdit*>(QStringLiteral("locationEdit"))->text() == QStringLiteral("3-1-201"));
        CHECK(form->findChild<QLineEdit*>(QStringLiteral("reporterEdit"))->text() == QStringLiteral("王女士"));
        CHECK(form->findChild<QLabel*>(QStringLiteral("reworkBanner"))->text().contains(gui::qs(order.header.code)));
        form->findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit"))
            ->insertPlainText(QStringLiteral("又滴水了"));
        QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("logButton")), Qt::LeftButton);
        CHECK_FALSE(dialog->isVisible());
        REQUIRE(changed.count() == 1);
        const auto reworkId = changed.at(0).at(0).value<domain::WorkOrderId>();
        const auto rework = reread(fixture, reworkId);
        CHECK(rework.header.reworkOf == order.header.id);
        CHECK(rework.header.location == "3-1-201");
        CHECK(rework.header.description == "又滴水了");
        CHECK(rework.status() == domain::WorkOrderStatus::Logged);
    }
}

TEST_CASE("the board and revisit queue models pass QAbstractItemModelTester on the demo site")
{
    GuiFixture fixture(GuiFixture::Contents::Demo);

    SECTION("board")
    {
        BoardModel model(*fixture.session);
        tests::ModelCheck check(&model);
        REQUIRE(model.rowCount() > 0);
        // A day and a bit later some of the demo's open orders are late and some are not.
        fixture.clock.advance(std::chrono::hours(30));
        model.refreshClock();
        fixture.session->notifyOrdersChanged();
        CHECK(model.overdueCount() > 0);
        CHECK(model.overdueCount() < model.rowCount());
        CHECK(check.problems().isEmpty());
        // The most urgent first: every overdue order above every one still on time.
        int lastOverdue = -1;
        int firstOnTime = model.rowCount();
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.state(row) == DeadlineState::Overdue) {
                lastOverdue = row;
            } else if (model.state(row) == DeadlineState::OnTime && firstOnTime == model.rowCount()) {
                firstOnTime = row;
            }
        }
        CHECK(lastOverdue < firstOnTime);
    }

    SECTION("revisit queue")
    {
        gui::RevisitQueueModel model(*fixture.session);
        tests::ModelCheck check(&model);
        REQUIRE(model.rowCount() > 0);
        fixture.clock.advance(std::chrono::hours(3));
        model.refreshClock();
        fixture.session->notifyOrdersChanged();
        CHECK(check.problems().isEmpty());
        for (int row = 1; row < model.rowCount(); ++row) {
            CHECK(model.entry(row - 1).completedAt <= model.entry(row).completedAt);
        }
    }
}
