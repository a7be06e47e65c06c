// Work-order history: the filter bar and search find the right orders, the list pages lazily, the detail pane
// shows an order's whole timeline and deadlines.

#include "gui/historymodel.h"
#include "gui/historyview.h"
#include "gui/labels.h"
#include "gui/milestonemodel.h"
#include "gui/qtconvert.h"
#include "gui/timelinemodel.h"
#include "gui/workorderactions.h"
#include "gui/workorderdetail.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

#include <set>

using namespace propdesk;
using domain::Category;
using domain::Urgency;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

domain::WorkOrder logOrder(GuiFixture& fixture, const std::string& reportedAt, const std::string& location,
                           Category category, Urgency urgency, const std::string& reporter, const std::string& phone,
                           const std::string& description, const std::string& site = "HQ")
{
    services::NewWorkOrder request;
    request.siteCode = site;
    request.location = location;
    request.category = category;
    request.urgency = urgency;
    request.reporter = reporter;
    request.phone = phone;
    request.description = description;
    request.reportedAt = at(reportedAt);
    auto order = fixture.workspace().workOrders().log(request);
    INFO((order ? std::string() : order.error().describe()));
    REQUIRE(order);
    return *order;
}

template <typename T>
T* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// The codes the view lists, in its order.
std::vector<std::string> listedCodes(const gui::HistoryView& view)
{
    std::vector<std::string> codes;
    const auto* model = view.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        codes.push_back(model->order(row).header.code);
    }
    return codes;
}

void choose(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    INFO(text.toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// Six orders at HQ over four days, each told apart by a different criterion.
struct HistoryData
{
    explicit HistoryData(GuiFixture& f)
    {
        REQUIRE(f.workspace().staff().add("HQ", domain::StaffMember{{}, {}, "王师傅", "", "水电", true}));
        REQUIRE(f.workspace().staff().add("HQ", domain::StaffMember{{}, {}, "李师傅", "", "土建", true}));
        leak = logOrder(f, "2025-04-01 09:00", "3-2-1502", Category::Plumbing, Urgency::Emergency, "张三",
                        "13800001111", "厨房水管漏水");
        light = logOrder(f, "2025-04-02 10:30", "5-1-301", Category::Lighting, Urgency::Normal, "李四", "13900002222",
                         "楼道灯不亮");
        door = logOrder(f, "2025-04-03 23:30", "3-2-1502", Category::DoorsWindows, Urgency::Normal, "张三",
                        "13800001111", "Balcony door will not close");
        lift = logOrder(f, "2025-04-04 00:10", "8号楼电梯", Category::Elevator, Urgency::Difficult, "赵六",
                        "021-5555 6666", "电梯异响");
        wall = logOrder(f, "2025-04-04 14:00", "2-1-101", Category::Civil, Urgency::Normal, "钱七", "13700003333",
                        "外墙渗水");
        gas = logOrder(f, "2025-04-05 08:00", "6-3-602", Category::Gas, Urgency::Emergency, "孙八", "13600004444",
                       "燃气味");
        auto& orders = f.workspace().workOrders();
        REQUIRE(orders.dispatch(leak.header.id, "王师傅", at("2025-04-01 09:05")));
        REQUIRE(orders.arrive(leak.header.id, at("2025-04-01 09:12")));
        REQUIRE(orders.complete(leak.header.id, "换了阀门", at("2025-04-01 10:00")));
        REQUIRE(orders.dispatch(light.header.id, "李师傅", at("2025-04-02 10:40")));
        REQUIRE(orders.dispatch(wall.header.id, "王师傅", at("2025-04-04 14:10")));
        REQUIRE(orders.cancel(lift.header.id, "业主撤单", at("2025-04-04 09:00")));
        f.session->notifyOrdersChanged();
    }

    domain::WorkOrder leak, light, door, lift, wall, gas;
};

} // namespace

TEST_CASE("the history lists every order of the current site, newest first, with a count")
{
    GuiFixture fixture;
    HistoryData data(fixture);
    gui::HistoryView view(*fixture.session, nullptr);
    view.show();

    CHECK(listedCodes(view) == std::vector<std::string>{data.gas.header.code, data.wall.header.code,
                                                        data.lift.header.code, data.door.header.code,
                                                        data.light.header.code, data.leak.header.code});
    CHECK(child<QComboBox>(view, "siteFilter")->currentText() == QStringLiteral("测试小区 (HQ)"));
    CHECK(tests::waitFor([&] { return child<QLabel>(view, "statusLabel")->text() == QStringLiteral("6 orders"); }));
    const auto* model = view.model();
    CHECK(model->index(0, gui::HistoryModel::Reported).data().toString() ==
          gui::formatInstant(at("2025-04-05 08:00"), tests::zone()));
    CHECK(model->index(0, gui::HistoryModel::Site).data().toString() == QStringLiteral("HQ"));
    CHECK(model->index(0, gui::HistoryModel::Location).data().toString() == QStringLiteral("6-3-602"));
    CHECK(model->index(0, gui::HistoryModel::Category).data().toString() == gui::categoryLabel(Category::Gas));
    CHECK(model->index(5, gui::HistoryModel::Status).data().toString() ==
          gui::statusLabel(domain::WorkOrderStatus::Completed));
    CHECK(model->index(5, gui::HistoryModel::Technician).data().toString() == QStringLiteral("王师傅"));
    CHECK(model->index(5, 0).data(gui::HistoryModel::WorkOrderIdRole).toLongLong() == data.leak.header.id.value);
}

TEST_CASE("typing in the search box finds orders by location, reporter, phone and description")
{
    GuiFixture fixture;
    HistoryData data(fixture);
    gui::HistoryView view(*fixture.session, nullptr);
    view.show();
    auto* search = child<QLineEdit>(view, "searchEdit");

    SECTION("the search runs after a pause in typing")
    {
        QTest::keyClicks(search, QStringLiteral("3-2-1502"));
        CHECK(listedCodes(view).size() == 6); // not yet: the user is still typing
        REQUIRE(tests::waitFor([&] { return listedCodes(view).size() == 2; }));
        CHECK(listedCodes(view) == std::vector<std::string>{data.door.header.code, data.leak.header.code});
        CHECK(tests::waitFor([&] { return child<QLabel>(view, "statusLabel")->text() == QStringLiteral("2 orders"); }));
    }
    SECTION("Enter searches at once; spaces and dashes in a phone number do not matter")
    {
        QTest::keyClicks(search, QStringLiteral("55556666"));
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(listedCodes(view) == std::vector<std::string>{data.lift.header.code});
    }
    SECTION("by reporter and by a word of the description")
    {
        search->setText(QStringLiteral("张三"));
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(listedCodes(view) == std::vector<std::string>{data.door.header.code, data.leak.header.code});
        search->setText(QStringLiteral("渗水"));
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(listedCodes(view) == std::vector<std::string>{data.wall.header.code});
        search->setText(QStringLiteral("balcony"));
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(listedCodes(view) == std::vector<std::string>{data.door.header.code});
    }
    SECTION("nothing found says so")
    {
        search->setText(QStringLiteral("不存在的地址"));
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(listedCodes(view).empty());
        CHECK(tests::waitFor([&] { return child<QLabel>(view, "statusLabel")->text() == QStringLiteral("0 orders"); }));
        CHECK(view.detail()->order() == std::nullopt);
    }
    SECTION("Ctrl+F puts the cursor in the search box")
    {
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        child<QTableView>(view, "table")->setFocus();
        QTest::keyClick(child<QTableView>(view, "table"), Qt::Key_F, Qt::ControlModifier);
        CHECK(search->hasFocus());
    }
}

TEST_CASE("the status, category, urgency, technician and date filters narrow the list")
{
    GuiFixture fixture;
    HistoryData data(fixture);
    gui::HistoryView view(*fixture.session, nullptr);
    view.show();
    using domain::WorkOrderStatus;

    SECTION("open orders are logged, dispatched, in progress or on hold")
    {
        choose(child<QComboBox>(view, "statusFilter"), QStringLiteral("Open"));
        CHECK(listedCodes(view) == std::vector<std::string>{data.gas.header.code, data.wall.header.code,
                                                            data.door.header.code, data.light.header.code});
        choose(child<QComboBox>(view, "statusFilter"), gui::statusLabel(WorkOrderStatus::Cancelled));
        CHECK(listedCodes(view) == std::vector<std::string>{data.lift.header.code});
        choose(child<QComboBox>(view, "statusFilter"), gui::statusLabel(WorkOrderStatus::Dispatched));
        CHECK(listedCodes(view) == std::vector<std::string>{data.wall.header.code, data.light.header.code});
    }
    SECTION("category and urgency")
    {
        choose(child<QComboBox>(view, "urgencyFilter"), gui::urgencyLabel(Urgency::Emergency));
        CHECK(listedCodes(view) == std::vector<std::string>{data.gas.header.code, data.leak.header.code});
        choose(child<QComboBox>(view, "categoryFilter"), gui::categoryLabel(Category::Plumbing));
        CHECK(listedCodes(view) == std::vector<std::string>{data.leak.header.code});
        choose(child<QComboBox>(view, "urgencyFilter"), gui::urgencyLabel(Urgency::Normal));
        CHECK(listedCodes(view).empty());
    }
    SECTION("the technician list is the site's staff")
    {
        auto* technicians = child<QComboBox>(view, "technicianFilter");
        CHECK(technicians->count() == 3);
        choose(technicians, QStringLiteral("王师傅"));
        CHECK(listedCodes(view) == std::vector<std::string>{data.wall.header.code, data.leak.header.code});
    }
    SECTION("the date range is in local days, the last day included")
    {
        child<QDateEdit>(view, "fromDate")->setDate(QDate(2025, 4, 2));
        child<QDateEdit>(view, "toDate")->setDate(QDate(2025, 4, 3));
        CHECK(listedCodes(view).size() == 6); // not ticked: no range yet
        child<QCheckBox>(view, "fromCheck")->setChecked(true);
        CHECK(listedCodes(view) == std::vector<std::string>{data.gas.header.code, data.wall.header.code,
                                                            data.lift.header.code, data.door.header.code,
                                                            data.light.header.code});
        child<QCheckBox>(view, "toCheck")->setChecked(true);
        // 04-03 23:30 is in; 04-04 00:10 is the next day.
        CHECK(listedCodes(view) == std::vector<std::string>{data.door.header.code, data.light.header.code});
    }
    SECTION("Reset clears every filter but the site")
    {
        choose(child<QComboBox>(view, "statusFilter"), QStringLiteral("Open"));
        child<QLineEdit>(view, "searchEdit")->setText(QStringLiteral("1502"));
        child<QCheckBox>(view, "fromCheck")->setChecked(true);
        child<QDateEdit>(view, "fromDate")->setDate(QDate(2025, 4, 3));
        CHECK(listedCodes(view) == std::vector<std::string>{data.door.header.code});
        QTest::mouseClick(child<QWidget>(view, "resetButton"), Qt::LeftButton);
        CHECK(listedCodes(view).size() == 6);
        CHECK(child<QLineEdit>(view, "searchEdit")->text().isEmpty());
    }
}

TEST_CASE("the site filter defaults to the current site, follows it, and can show all sites")
{
    GuiFixture fixture;
    HistoryData data(fixture);
    fixture.addSite("LC01", "临潮花园");
    const auto other = logOrder(fixture, "2025-04-05 09:00", "1-1-101", Category::Other, Urgency::Normal, "周九", "",
                                "门铃坏了", "LC01");
    fixture.session->notifyOrdersChanged();
    gui::HistoryView view(*fixture.session, nullptr);
    view.show();
    CHECK(listedCodes(view).size() == 6);

    fixture.session->selectSite("LC01");
    REQUIRE(tests::waitFor([&] { return listedCodes(view).size() == 1; }));
    CHECK(listedCodes(view) == std::vector<std::string>{other.header.code});
    CHECK(child<QComboBox>(view, "siteFilter")->currentText() == QStringLiteral("临潮花园 (LC01)"));

    choose(child<QComboBox>(view, "siteFilter"), QStringLiteral("All sites"));
    CHECK(listedCodes(view).size() == 7);
    CHECK(view.model()->index(0, gui::HistoryModel::Site).data().toString() == QStringLiteral("LC01"));
    CHECK(view.model()->index(1, gui::HistoryModel::Site).data().toString() == QStringLiteral("HQ"));
}

TEST_CASE("scrolling to the end of the history reads the next page")
{
    GuiFixture fixture(GuiFixture::Contents::Demo);
    auto total = fixture.workspace().workOrderLists().count({}, 1'000'000);
    REQUIRE(total);
    REQUIRE(*total > gui::HistoryModel::kPageSize);
    gui::HistoryModel model(*fixture.session);

    model.setFilter({});
    CHECK(model.rowCount() == gui::HistoryModel::kPageSize);
    CHECK(model.counting());
    REQUIRE(tests::waitFor([&] { return model.matchCount().has_value(); }));
    CHECK(model.matchCount() == *total);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == std::min<int>(2 * gui::HistoryModel::kPageSize, static_cast<int>(*total)));
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    CHECK(model.rowCount() == *total);
    std::set<std::int64_t> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.orderId(row).value);
        if (row > 0) {
            // Newest first, without a gap or a repeat where pages meet.
            CHECK(model.order(row).header.reportedAt <= model.order(row - 1).header.reportedAt);
        }
    }
    CHECK(static_cast<std::int64_t>(ids.size()) == *total);

    // A reload after a change keeps every loaded row.
    model.reload();
    CHECK(model.rowCount() == *total);
}

TEST_CASE("the history, timeline and milestone models pass QAbstractItemModelTester on the demo database")
{
    GuiFixture fixture(GuiFixture::Contents::Demo);
    gui::HistoryView view(*fixture.session, nullptr);
    view.show();
    {
        tests::ModelCheck check(view.model());
        view.model()->fetchMore({});
        choose(child<QComboBox>(view, "statusFilter"), gui::statusLabel(domain::WorkOrderStatus::Revisited));
        child<QLineEdit>(view, "searchEdit")->setText(QStringLiteral("1"));
        QTest::keyClick(child<QLineEdit>(view, "searchEdit"), Qt::Key_Return);
        QSignalSpy reloaded(view.model(), &gui::HistoryModel::loaded);
        fixture.session->notifyOrdersChanged();
        REQUIRE(tests::waitFor([&] { return reloaded.count() > 0; }));
        CHECK(view.model()->rowCount() > 0);
        INFO(check.problems().join(QLatin1Char('\n')).toStdString());
        CHECK(check.problems().isEmpty());
    }
    auto* table = child<QTableView>(view, "table");
    table->selectRow(0);
    REQUIRE(view.currentOrder());
    {
        tests::ModelCheck check(view.detail()->timelineModel());
        table->selectRow(1);
        CHECK(view.detail()->timelineModel()->rowCount() > 0);
        CHECK(check.problems().isEmpty());
    }
    {
        tests::ModelCheck check(view.detail()->milestoneModel());
        table->selectRow(2);
        CHECK(view.detail()->milestoneModel()->rowCount() == 3);
        CHECK(check.problems().isEmpty());
    }
}

TEST_CASE("the detail pane shows every event of the chosen order and each milestone's outcome")
{
    GuiFixture fixture;
    HistoryData data(fixture);
    auto& orders = fixture.workspace().workOrders();
    const auto id = data.light.header.id;
    REQUIRE(orders.arrive(id, at("2025-04-02 11:30")));
    REQUIRE(orders.hold(id, "等灯管到货", at("2025-04-02 11:40")));
    REQUIRE(orders.resume(id, at("2025-04-03 09:00")));
    REQUIRE(orders.complete(id, "换灯管", at("2025-04-03 09:30")));
    fixture.clock.set(at("2025-04-05 16:30"));
    REQUIRE(orders.revisit(id, 2, "等了一天", at("2025-04-04 10:00")));
    fixture.session->notifyOrdersChanged();

    gui::HistoryView view(*fixture.session, nullptr);
    view.show();
    auto* table = child<QTableView>(view, "table");
    const int row = view.model()->rowOf(id);
    REQUIRE(row >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(view.model()->index(row, gui::HistoryModel::Location)).center());
    REQUIRE(view.currentOrder() == id);

    const auto* timeline = view.detail()->timelineModel();
    const auto cell = [&](int r, int c) {
        return timeline->index(r, c).data().toString();
    };
    using E = domain::EventKind;
    const std::vector<E> kinds{E::Logged,  E::Dispatched, E::Arrived,  E::HoldStarted,
                               E::Resumed, E::Completed,  E::Revisited};
    REQUIRE(timeline->rowCount() == static_cast<int>(kinds.size()));
    for (int r = 0; r < timeline->rowCount(); ++r) {
        CHECK(cell(r, gui::TimelineModel::Event) == gui::eventLabel(kinds[static_cast<std::size_t>(r)]));
        CHECK(cell(r, gui::TimelineModel::Actor) == QStringLiteral("测试员"));
    }
    const auto zone = tests::zone();
    CHECK(cell(0, gui::TimelineModel::When) == gui::formatInstant(at("2025-04-02 10:30"), zone));
    CHECK(cell(1, gui::TimelineModel::Details).contains(QStringLiteral("李师傅")));
    CHECK(cell(3, gui::TimelineModel::Details) == QStringLiteral("等灯管到货"));
    CHECK(cell(5, gui::TimelineModel::Details) == QStringLiteral("换灯管"));
    CHECK(cell(6, gui::TimelineModel::Details).contains(gui::satisfactionLabel(2)));
    CHECK(cell(6, gui::TimelineModel::Details).contains(QStringLiteral("等了一天")));
    // Entered after the fact: when it was written down shows too.
    CHECK(cell(0, gui::TimelineModel::Recorded) == gui::formatInstant(at("2025-04-05 16:00"), zone));
    CHECK(cell(6, gui::TimelineModel::Recorded) == gui::formatInstant(at("2025-04-05 16:30"), zone));

    const auto* milestones = view.detail()->milestoneModel();
    REQUIRE(milestones->rowCount() == 3);
    const auto mcell = [&](int r, int c) {
        return milestones->index(r, c).data().toString();
    };
    CHECK(mcell(0, gui::MilestoneModel::Milestone) == gui::milestoneLabel(domain::Milestone::Arrival));
    // A normal order: 30 minutes to arrive; it took an hour.
    CHECK(mcell(0, gui::MilestoneModel::Rule).startsWith(QStringLiteral("wo-arrival")));
    CHECK(mcell(0, gui::MilestoneModel::Deadline) == gui::formatInstant(at("2025-04-02 11:00"), zone));
    CHECK(mcell(0, gui::MilestoneModel::Actual) == gui::formatInstant(at("2025-04-02 11:30"), zone));
    CHECK(mcell(0, gui::MilestoneModel::Outcome).startsWith(gui::outcomeLabel(rules::Outcome::Missed)));
    CHECK(mcell(0, gui::MilestoneModel::Outcome).contains(QStringLiteral("30 min")));
    CHECK(mcell(1, gui::MilestoneModel::Actual) == gui::formatInstant(at("2025-04-03 09:30"), zone));

    const auto* title = child<QLabel>(*view.detail(), "titleLabel");
    CHECK(title->text().contains(gui::qs(data.light.header.code)));
    CHECK(child<QLabel>(*view.detail(), "locationValue")->text() == QStringLiteral("5-1-301"));
}

TEST_CASE("an agreed time is shown as the completion deadline")
{
    GuiFixture fixture;
    services::NewWorkOrder request;
    request.siteCode = "HQ";
    request.location = "9-9-909";
    request.category = Category::Civil;
    request.description = "补墙";
    request.dueAt = at("2025-04-12 18:00");
    auto order = fixture.workspace().workOrders().log(request);
    REQUIRE(order);
    gui::WorkOrderDetail detail(*fixture.session);
    detail.showOrder(order->header.id);
    const auto* milestones = detail.milestoneModel();
    CHECK(milestones->index(1, gui::MilestoneModel::Rule).data().toString() == QStringLiteral("Agreed time"));
    CHECK(milestones->index(1, gui::MilestoneModel::Deadline).data().toString() ==
          gui::formatInstant(at("2025-04-12 18:00"), tests::zone()));
    CHECK(milestones->index(1, gui::MilestoneModel::Outcome).data().toString() ==
          gui::outcomeLabel(rules::Outcome::Pending));
    // Logged as the resident called: no separate time of recording.
    const auto* timeline = detail.timelineModel();
    REQUIRE(timeline->rowCount() == 1);
    CHECK(timeline->index(0, gui::TimelineModel::When).data().toString() ==
          gui::formatInstant(at("2025-04-05 16:00"), tests::zone()));
    CHECK(timeline->index(0, gui::TimelineModel::Recorded).data().toString().isEmpty());
}

TEST_CASE("the history keeps the selected order when orders change, and offers its actions")
{
    GuiFixture fixture;
    HistoryData data(fixture);
    gui::WorkOrderActions actions(*fixture.session, nullptr);
    gui::HistoryView view(*fixture.session, &actions);
    view.show();
    REQUIRE(view.selectOrder(data.wall.header.id));
    CHECK(actions.current() == data.wall.header.id);
    CHECK(actions.arriveAction()->isEnabled());
    CHECK_FALSE(actions.revisitAction()->isEnabled());
    // The detail pane carries a button for each action.
    CHECK(view.detail()->findChildren<QToolButton*>().size() >= actions.actions().size());

    const auto newer =
        logOrder(fixture, "2025-04-05 15:00", "7-7-707", Category::Hvac, Urgency::Normal, "吴十", "", "空调不制冷");
    REQUIRE(fixture.workspace().workOrders().arrive(data.wall.header.id, at("2025-04-05 15:30")));
    fixture.session->notifyOrdersChanged();
    REQUIRE(tests::waitFor([&] { return listedCodes(view).size() == 7; }));
    CHECK(listedCodes(view).front() == newer.header.code);
    CHECK(view.currentOrder() == data.wall.header.id);
    CHECK(view.detail()->order() == data.wall.header.id);
    CHECK(view.detail()->timelineModel()->rowCount() == 3); // logged, dispatched, arrived
    CHECK(view.model()->index(view.model()->rowOf(data.wall.header.id), gui::HistoryModel::Status).data().toString() ==
          gui::statusLabel(domain::WorkOrderStatus::InProgress));
}
