// The desktop's read side and the front desk's helpers: dispatch board, revisit queue, history search,
// intake preview, duplicates, urgency suggestions and the staff list.

#include "services/demodata.h"
#include "servicetestsupport.h"

using namespace propdesk;
using namespace std::chrono_literals;
using domain::Category;
using domain::Urgency;
using domain::WorkOrderStatus;
using propdesk::tests::at;
using propdesk::tests::Desk;
using services::DeadlineState;

namespace {

services::NewWorkOrder call(std::string location, Category category = Category::Plumbing,
                            Urgency urgency = Urgency::Normal, std::string description = "厨房水龙头滴水")
{
    services::NewWorkOrder r;
    r.siteCode = "HQ";
    r.location = std::move(location);
    r.category = category;
    r.urgency = urgency;
    r.reporter = "王芳";
    r.phone = "13800138000";
    r.description = std::move(description);
    return r;
}

std::vector<std::string> codes(const std::vector<domain::WorkOrderSnapshot>& orders)
{
    std::vector<std::string> out;
    for (const auto& o : orders) {
        out.push_back(o.header.code);
    }
    return out;
}

} // namespace

TEST_CASE("the board lists open orders by time left, overdue first, paused and finished ones apart")
{
    Desk desk(at("2025-03-03 09:00")); // a Monday
    desk.addSite("HQ");
    auto& orders = desk.ws->workOrders();
    auto normal = orders.log(call("1栋1单元101")); // arrival due 09:30
    REQUIRE(normal);
    desk.clock.advance(2min);
    auto emergency = orders.log(call("2栋1单元202", Category::Plumbing, Urgency::Emergency, "楼上漏水")); // due 09:12
    REQUIRE(emergency);
    auto held = orders.log(call("3栋1单元303"));
    REQUIRE(held);
    REQUIRE(orders.dispatch(held->header.id, "张师傅"));
    REQUIRE(orders.arrive(held->header.id));
    REQUIRE(orders.hold(held->header.id, "等待配件到货"));
    auto done = orders.log(call("4栋1单元404"));
    REQUIRE(done);
    REQUIRE(orders.complete(done->header.id, "已修复"));

    desk.clock.advance(13min); // 09:15: the emergency's 10 minutes are over
    auto board = desk.ws->workOrderLists().board("HQ");
    REQUIRE(board);
    REQUIRE(board->size() == 3);
    const auto now = desk.clock.now();
    CHECK((*board)[0].order.header.code == emergency->header.code);
    CHECK((*board)[0].next == domain::Milestone::Arrival);
    CHECK((*board)[0].deadline == at("2025-03-03 09:12"));
    CHECK(deadlineState((*board)[0], now) == DeadlineState::Overdue);
    CHECK((*board)[1].order.header.code == normal->header.code);
    CHECK((*board)[1].deadline == at("2025-03-03 09:30"));
    CHECK(deadlineState((*board)[1], now) == DeadlineState::OnTime);
    CHECK(deadlineState((*board)[1], at("2025-03-03 09:23")) == DeadlineState::Closing);   // 7 of 30 min left
    CHECK(deadlineState((*board)[1], at("2025-03-03 09:22:30")) == DeadlineState::OnTime); // exactly a quarter
    CHECK(deadlineState((*board)[1], at("2025-03-03 09:30")) == DeadlineState::Closing);   // at the deadline
    CHECK(deadlineState((*board)[1], at("2025-03-03 09:30:01")) == DeadlineState::Overdue);
    // The held order races completion, whose clock stands still.
    CHECK((*board)[2].order.header.code == held->header.code);
    CHECK((*board)[2].next == domain::Milestone::Completion);
    CHECK_FALSE((*board)[2].deadline.has_value());
    CHECK(deadlineState((*board)[2], now) == DeadlineState::Paused);
}

TEST_CASE("after arrival the board counts down to completion")
{
    Desk desk(at("2025-03-03 09:00"));
    desk.addSite("HQ");
    auto& orders = desk.ws->workOrders();
    auto order = orders.log(call("1栋1单元101"));
    REQUIRE(order);
    desk.clock.advance(20min);
    REQUIRE(orders.arrive(order->header.id));
    auto board = desk.ws->workOrderLists().board("HQ");
    REQUIRE(board);
    REQUIRE(board->size() == 1);
    CHECK(board->front().next == domain::Milestone::Completion);
    CHECK(board->front().deadline == at("2025-03-03 17:00")); // 8 hours from the report
    CHECK(board->front().windowStart == at("2025-03-03 09:00"));
}

TEST_CASE("the revisit queue holds completed orders not yet revisited, longest waiting first")
{
    Desk desk(at("2025-03-03 09:00"));
    desk.addSite("HQ");
    auto& orders = desk.ws->workOrders();
    auto first = orders.log(call("1栋1单元101"));
    auto second = orders.log(call("2栋1单元202"));
    auto third = orders.log(call("3栋1单元303"));
    REQUIRE((first && second && third));
    desk.clock.advance(1h);
    REQUIRE(orders.complete(second->header.id, "已修复"));
    desk.clock.advance(1h);
    REQUIRE(orders.complete(first->header.id, "已修复"));
    REQUIRE(orders.complete(third->header.id, "已修复"));
    desk.clock.advance(1h);
    REQUIRE(orders.revisit(third->header.id, 5, ""));

    auto queue = desk.ws->workOrderLists().awaitingRevisit("HQ");
    REQUIRE(queue);
    REQUIRE(queue->size() == 2);
    CHECK((*queue)[0].order.header.code == second->header.code);
    CHECK((*queue)[0].completedAt == at("2025-03-03 10:00"));
    CHECK((*queue)[1].order.header.code == first->header.code);
}

TEST_CASE("the history filters by status, category, urgency, technician and dates, newest first, in pages")
{
    Desk desk(at("2025-03-01 08:00"));
    desk.addSite("HQ");
    desk.addSite("B2");
    auto& orders = desk.ws->workOrders();
    std::vector<std::string> logged;
    for (int i = 0; i < 12; ++i) {
        auto r = call(std::to_string(i + 1) + "栋1单元" + std::to_string(i + 1) + "01",
                      i % 3 == 0 ? Category::Electrical : Category::Plumbing,
                      i % 4 == 0 ? Urgency::Emergency : Urgency::Normal);
        auto o = orders.log(r);
        REQUIRE(o);
        logged.push_back(o->header.code);
        if (i % 2 == 0) {
            REQUIRE(orders.dispatch(o->header.id, i % 4 == 0 ? "张师傅" : "李师傅"));
        }
        desk.clock.advance(1h);
    }
    auto other = call("1栋1单元101");
    other.siteCode = "B2";
    REQUIRE(orders.log(other));

    auto& lists = desk.ws->workOrderLists();
    const auto hq = desk.ws->sites().get("HQ")->id;
    domain::WorkOrderFilter filter;
    filter.site = hq;

    auto page1 = lists.find(filter, std::nullopt, 5);
    REQUIRE(page1);
    CHECK(codes(*page1) == std::vector<std::string>{logged[11], logged[10], logged[9], logged[8], logged[7]});
    const auto& last = page1->back().header;
    auto page2 = lists.find(filter, domain::WorkOrderPageKey{last.reportedAt, last.id}, 5);
    REQUIRE(page2);
    CHECK(codes(*page2) == std::vector<std::string>{logged[6], logged[5], logged[4], logged[3], logged[2]});
    CHECK(*lists.count(filter, 1000) == 12);
    CHECK(*lists.count(filter, 10) == 11); // "more than 10"

    SECTION("one status, several statuses")
    {
        filter.statuses = {WorkOrderStatus::Dispatched};
        CHECK(*lists.count(filter, 1000) == 6);
        filter.statuses = {WorkOrderStatus::Dispatched, WorkOrderStatus::Logged};
        CHECK(*lists.count(filter, 1000) == 12);
        filter.statuses = {WorkOrderStatus::Completed};
        CHECK(*lists.count(filter, 1000) == 0);
    }
    SECTION("category and urgency")
    {
        filter.category = Category::Electrical;
        CHECK(codes(*lists.find(filter, std::nullopt, 100)) ==
              std::vector<std::string>{logged[9], logged[6], logged[3], logged[0]});
        filter.urgency = Urgency::Emergency;
        CHECK(codes(*lists.find(filter, std::nullopt, 100)) == std::vector<std::string>{logged[0]});
    }
    SECTION("technician")
    {
        filter.technician = "张师傅";
        CHECK(codes(*lists.find(filter, std::nullopt, 100)) ==
              std::vector<std::string>{logged[8], logged[4], logged[0]});
    }
    SECTION("reported dates, from inclusive to exclusive")
    {
        filter.reportedFrom = at("2025-03-01 10:00");
        filter.reportedTo = at("2025-03-01 13:00");
        CHECK(codes(*lists.find(filter, std::nullopt, 100)) ==
              std::vector<std::string>{logged[4], logged[3], logged[2]});
    }
    SECTION("all sites")
    {
        filter.site.reset();
        CHECK(*lists.count(filter, 1000) == 13);
    }
}

TEST_CASE("history search finds a substring of location, reporter, phone or description, ignoring spaces")
{
    Desk desk(at("2025-03-01 08:00"));
    desk.addSite("HQ");
    auto& orders = desk.ws->workOrders();
    auto a = call("3栋2单元1502", Category::Plumbing, Urgency::Normal, "卫生间下水道堵塞");
    a.reporter = "李娜";
    a.phone = "139 1234 5678";
    auto b = call("地下车库B1层", Category::Lighting, Urgency::Normal, "照明灯管闪烁");
    b.reporter = "王建华";
    b.phone = "13800001111";
    auto oa = orders.log(a);
    auto ob = orders.log(b);
    REQUIRE((oa && ob));
    auto& lists = desk.ws->workOrderLists();
    const auto search = [&](std::string text) {
        domain::WorkOrderFilter f;
        f.text = std::move(text);
        auto found = lists.find(f, std::nullopt, 100);
        REQUIRE(found);
        return codes(*found);
    };
    const std::vector<std::string> onlyA{oa->header.code};
    const std::vector<std::string> onlyB{ob->header.code};
    CHECK(search("1502") == onlyA);
    CHECK(search("2单元") == onlyA);
    CHECK(search("李娜") == onlyA);
    CHECK(search("12345678") == onlyA); // the phone was typed with spaces
    CHECK(search("1234 5678") == onlyA);
    CHECK(search("下水道") == onlyA);
    CHECK(search("b1") == onlyB); // case does not matter
    CHECK(search("建华") == onlyB);
    CHECK(search("灯") == onlyB);      // one character
    CHECK(search("车库照明").empty()); // words from two fields do not make a match
    CHECK(search("漏水").empty());
    CHECK(search("，").empty());
    CHECK(search(oa->header.code) == onlyA);             // a code typed in full
    CHECK(search(oa->header.code.substr(0, 6)).empty()); // not a part of it
}

TEST_CASE("the intake preview names the rules and the exact deadlines before the order is logged")
{
    Desk desk(at("2025-03-03 17:30")); // Monday, the end of the working day
    desk.addSite("HQ");
    auto r = call("1栋1单元101", Category::Plumbing, Urgency::Emergency, "楼上漏水");
    auto preview = desk.ws->intake().preview(r);
    REQUIRE(preview);
    CHECK(preview->arrival.ruleId == "wo-arrival-emergency"); // 17:30 is outside 08:00–17:30
    CHECK(preview->arrival.deadline == at("2025-03-03 17:45"));
    CHECK(preview->completion.ruleId == "wo-completion-emergency-same-day");
    CHECK(preview->completion.deadline == at("2025-03-04 00:00"));
    REQUIRE(preview->ruleSet);

    r.urgency = Urgency::Normal;
    r.dueAt = at("2025-03-05 12:00");
    preview = desk.ws->intake().preview(r);
    REQUIRE(preview);
    CHECK(preview->arrival.deadline == at("2025-03-03 18:00"));
    CHECK(preview->completion.byDueAt);
    CHECK(preview->completion.deadline == at("2025-03-05 12:00"));
    CHECK(desk.storedOrders("HQ") == 0);
}

TEST_CASE("an open order at the same place and category in the last 24 hours is a possible duplicate")
{
    Desk desk(at("2025-03-03 09:00"));
    desk.addSite("HQ");
    auto& orders = desk.ws->workOrders();
    auto first = orders.log(call("1栋1单元101"));
    REQUIRE(first);
    auto& intake = desk.ws->intake();

    desk.clock.advance(3h);
    auto dup = intake.possibleDuplicates(call("1栋1单元101"));
    REQUIRE(dup);
    REQUIRE(dup->size() == 1);
    CHECK(dup->front().header.code == first->header.code);
    CHECK(intake.possibleDuplicates(call("1栋1单元101", Category::Electrical))->empty());
    CHECK(intake.possibleDuplicates(call("1栋1单元102"))->empty());

    desk.clock.advance(21h + 1s); // more than 24 hours later
    CHECK(intake.possibleDuplicates(call("1栋1单元101"))->empty());

    desk.clock.set(at("2025-03-03 12:00"));
    REQUIRE(orders.complete(first->header.id, "已修复"));
    CHECK(intake.possibleDuplicates(call("1栋1单元101"))->empty()); // completed: a new call is a new order
}

TEST_CASE("a linked call is kept in the order's history and changes nothing else")
{
    Desk desk(at("2025-03-03 09:00"));
    desk.addSite("HQ");
    auto& orders = desk.ws->workOrders();
    auto first = orders.log(call("1栋1单元101"));
    REQUIRE(first);
    REQUIRE(orders.dispatch(first->header.id, "张师傅"));
    desk.clock.advance(30min);
    auto again = call("1栋1单元101", Category::Plumbing, Urgency::Normal, "还在滴水，请尽快");
    again.reporter = "王先生";
    auto linked = desk.ws->intake().linkCall(first->header.id, again);
    REQUIRE(linked);
    CHECK(linked->history.back().kind == domain::EventKind::Noted);
    CHECK(linked->history.back().note == "王先生 (13800138000): 还在滴水，请尽快");
    CHECK(linked->status() == WorkOrderStatus::Dispatched);
    CHECK(desk.storedOrders("HQ") == 1);
    // An arrival entered afterwards for 09:20 is not refused because of the 09:30 call.
    auto arrived = orders.arrive(first->header.id, at("2025-03-03 09:20"));
    REQUIRE(arrived);
    CHECK(arrived->timeline().arrived == at("2025-03-03 09:20"));

    REQUIRE(orders.complete(first->header.id, "已修复"));
    auto refused = desk.ws->intake().linkCall(first->header.id, again);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == "note");
}

TEST_CASE("words of an emergency in an emergency category suggest the emergency urgency")
{
    using services::suggestUrgency;
    CHECK(suggestUrgency(Category::Plumbing, "楼上漏水，天花板渗水") == Urgency::Emergency);
    CHECK(suggestUrgency(Category::Plumbing, "地下室给水管爆管") == Urgency::Emergency);
    CHECK(suggestUrgency(Category::Electrical, "整户停电") == Urgency::Emergency);
    CHECK(suggestUrgency(Category::Gas, "厨房有燃气味") == Urgency::Emergency);
    CHECK(suggestUrgency(Category::Elevator, "电梯困人") == Urgency::Emergency);
    CHECK_FALSE(suggestUrgency(Category::Plumbing, "厨房水龙头滴水"));
    CHECK_FALSE(suggestUrgency(Category::DoorsWindows, "窗户漏水")); // not an emergency category
    CHECK_FALSE(suggestUrgency(Category::Lighting, "楼道停电后灯不亮"));
}

TEST_CASE("places and their last caller are remembered for the intake form")
{
    Desk desk(at("2025-03-03 09:00"));
    desk.addSite("HQ");
    auto& orders = desk.ws->workOrders();
    REQUIRE(orders.log(call("1栋1单元101")));
    desk.clock.advance(1h);
    auto later = call("1栋1单元101");
    later.reporter = "张伟";
    later.phone = "13900000000";
    REQUIRE(orders.log(later));
    // Entered after the fact: an older call does not replace the latest caller.
    auto old = call("1栋1单元101");
    old.reporter = "赵敏";
    old.reportedAt = at("2025-03-03 08:00");
    REQUIRE(orders.log(old));
    REQUIRE(orders.log(call("地下车库B1层", Category::Lighting)));

    auto places = desk.ws->intake().knownLocations("HQ");
    REQUIRE(places);
    REQUIRE(places->size() == 2);
    CHECK((*places)[0].location == "1栋1单元101");
    CHECK((*places)[0].reporter == "张伟");
    CHECK((*places)[0].phone == "13900000000");
    CHECK((*places)[1].location == "地下车库B1层");
}

TEST_CASE("a site's staff list: unique names, valid phones, deactivated members kept but not offered")
{
    Desk desk;
    desk.addSite("HQ");
    desk.addSite("B2");
    auto& staff = desk.ws->staff();
    domain::StaffMember zhang;
    zhang.name = " 张师傅 ";
    zhang.phone = "138 1234 0001";
    zhang.trade = "水电";
    auto added = staff.add("HQ", zhang);
    REQUIRE(added);
    CHECK(added->name == "张师傅");
    domain::StaffMember li;
    li.name = "李师傅";
    REQUIRE(staff.add("HQ", li));
    REQUIRE(staff.add("B2", li)); // the same name at another site

    auto duplicate = staff.add("HQ", zhang);
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().code == domain::ErrorCode::Conflict);
    CHECK(duplicate.error().field == "name");
    domain::StaffMember noName;
    CHECK(staff.add("HQ", noName).error().field == "name");
    domain::StaffMember badPhone;
    badPhone.name = "王师傅";
    badPhone.phone = "call me";
    CHECK(staff.add("HQ", badPhone).error().field == "phone");
    CHECK(staff.add("NOPE", li).error().code == domain::ErrorCode::NotFound);

    auto retired = *added;
    retired.active = false;
    REQUIRE(staff.update(retired));
    CHECK(*staff.technicians("HQ") == std::vector<std::string>{"李师傅"});
    CHECK(staff.list("HQ")->size() == 2);
}

TEST_CASE("the demo site comes with its technicians and Chinese building-unit-room locations")
{
    Desk desk(at("2025-04-05 10:00"));
    REQUIRE(services::createDemoSite(*desk.ws, 10));
    auto names = desk.ws->staff().technicians("DEMO");
    REQUIRE(names);
    CHECK(names->size() == 6);
    auto places = desk.ws->intake().knownLocations("DEMO");
    REQUIRE(places);
    REQUIRE(places->size() > 20);
    int flats = 0;
    for (const auto& p : *places) {
        flats += p.location.find("栋") != std::string::npos && p.location.find("单元") != std::string::npos ? 1 : 0;
    }
    CHECK(flats > 0);
    CHECK(flats < static_cast<int>(places->size())); // common areas too
}
