// The front desk's work-order use cases: logging, the life of an order, and the rules it is held to.

#include "servicetestsupport.h"

#include <regex>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::EventKind;
using domain::WorkOrderStatus;
using propdesk::tests::at;
using propdesk::tests::Desk;

namespace {

services::NewWorkOrder request(domain::Category category = domain::Category::Plumbing,
                               domain::Urgency urgency = domain::Urgency::Normal,
                               std::optional<domain::Instant> reported = std::nullopt)
{
    services::NewWorkOrder r;
    r.siteCode = "HQ";
    r.location = "3-2-1502";
    r.category = category;
    r.urgency = urgency;
    r.reporter = "王芳";
    r.phone = "138 0013 8000";
    r.description = "厨房水龙头滴水";
    r.reportedAt = reported;
    return r;
}

std::vector<EventKind> kinds(const domain::WorkOrder& o)
{
    std::vector<EventKind> out;
    for (const auto& e : o.history) {
        out.push_back(e.kind);
    }
    return out;
}

} // namespace

TEST_CASE("an order goes logged → dispatched → arrived → on hold → resumed → completed → revisited")
{
    Desk desk(at("2025-03-03 09:00")); // a Monday
    desk.addSite("HQ");
    auto& orders = desk.ws->workOrders();

    auto logged = orders.log(request());
    REQUIRE(logged);
    const auto id = logged->header.id;
    CHECK(logged->header.reportedAt == at("2025-03-03 09:00"));
    CHECK(logged->status() == WorkOrderStatus::Logged);

    desk.clock.advance(5min);
    auto dispatched = orders.dispatch(id, "张师傅");
    REQUIRE(dispatched);
    CHECK(dispatched->status() == WorkOrderStatus::Dispatched);
    CHECK(dispatched->header.technician == "张师傅");

    desk.clock.advance(15min);
    auto arrived = orders.arrive(id);
    REQUIRE(arrived);
    CHECK(arrived->status() == WorkOrderStatus::InProgress);
    CHECK(arrived->timeline().arrived == at("2025-03-03 09:20"));

    desk.clock.advance(10min);
    auto held = orders.hold(id, "等待配件到货");
    REQUIRE(held);
    CHECK(held->status() == WorkOrderStatus::OnHold);

    // While on hold the order can be neither completed nor arrived at again.
    auto early = orders.complete(id, "已修复");
    REQUIRE_FALSE(early);
    CHECK(early.error().code == domain::ErrorCode::Conflict);

    desk.clock.advance(2h);
    auto resumed = orders.resume(id);
    REQUIRE(resumed);
    CHECK(resumed->status() == WorkOrderStatus::InProgress);

    desk.clock.advance(30min);
    auto completed = orders.complete(id, "已修复，功能恢复正常");
    REQUIRE(completed);
    CHECK(completed->status() == WorkOrderStatus::Completed);

    desk.clock.advance(24h);
    auto revisited = orders.revisit(id, 5, "");
    REQUIRE(revisited);
    CHECK(revisited->status() == WorkOrderStatus::Revisited);

    // What was stored is what happened.
    auto stored = orders.get("HQ", logged->header.code);
    REQUIRE(stored);
    CHECK(kinds(*stored) == std::vector<EventKind>{EventKind::Logged, EventKind::Dispatched, EventKind::Arrived,
                                                   EventKind::HoldStarted, EventKind::Resumed, EventKind::Completed,
                                                   EventKind::Revisited});
    CHECK(stored->header.technician == "张师傅");
    const auto t = stored->timeline();
    CHECK(t.dispatched == at("2025-03-03 09:05"));
    CHECK(t.arrived == at("2025-03-03 09:20"));
    REQUIRE(t.holds.size() == 1);
    CHECK(t.holds[0].start == at("2025-03-03 09:30"));
    CHECK(t.holds[0].end == at("2025-03-03 11:30"));
    CHECK(t.holds[0].reason == "等待配件到货");
    CHECK(t.completed == at("2025-03-03 12:00"));
    CHECK(t.revisited == at("2025-03-04 12:00"));
    CHECK(t.satisfaction == 5);
    for (const auto& e : stored->history) {
        CHECK(e.actor == "tester");
    }

    // 3 h from report to completion less the 2 h hold: 1 h of the 8 h allowed.
    auto ev = orders.evaluate(*stored);
    REQUIRE(ev);
    CHECK(ev->arrival.outcome == rules::Outcome::Met);
    CHECK(ev->completion.ruleId == "wo-completion");
    CHECK(ev->completion.active == 1h);
    CHECK(ev->completion.outcome == rules::Outcome::Met);
    CHECK(ev->revisit.outcome == rules::Outcome::Met);
    CHECK(ev->repair == rules::Outcome::Met);
}

TEST_CASE("an event entered after the fact may not be earlier than the order's previous event")
{
    Desk desk(at("2025-03-03 12:00"));
    desk.addSite("HQ");
    auto& orders = desk.ws->workOrders();
    auto logged = orders.log(request(domain::Category::Plumbing, domain::Urgency::Normal, at("2025-03-03 10:00")));
    REQUIRE(logged);
    const auto id = logged->header.id;

    auto before = orders.arrive(id, at("2025-03-03 09:59"));
    REQUIRE_FALSE(before);
    CHECK(before.error().code == domain::ErrorCode::InvalidInput);
    CHECK(before.error().field == "arrived_at");
    CHECK_THAT(before.error().message, Catch::Contains("before the previous event"));

    REQUIRE(orders.arrive(id, at("2025-03-03 10:20")));
    auto completeBefore = orders.complete(id, "done", at("2025-03-03 10:19"));
    REQUIRE_FALSE(completeBefore);
    CHECK(completeBefore.error().field == "completed_at");

    // Equal to the previous event is allowed.
    REQUIRE(orders.complete(id, "done", at("2025-03-03 10:20")));

    auto stored = orders.get(id);
    REQUIRE(stored);
    CHECK(kinds(*stored) == std::vector<EventKind>{EventKind::Logged, EventKind::Arrived, EventKind::Completed});
}

TEST_CASE("a time in the future is refused")
{
    Desk desk(at("2025-03-03 12:00"));
    desk.addSite("HQ");
    auto& orders = desk.ws->workOrders();

    auto future = orders.log(request(domain::Category::Plumbing, domain::Urgency::Normal, at("2025-03-03 12:01")));
    REQUIRE_FALSE(future);
    CHECK(future.error().code == domain::ErrorCode::InvalidInput);
    CHECK(future.error().field == "reported_at");
    CHECK_THAT(future.error().message, Catch::Contains("future"));
    CHECK(desk.storedOrders("HQ") == 0);

    auto logged = orders.log(request(domain::Category::Plumbing, domain::Urgency::Normal, at("2025-03-03 11:00")));
    REQUIRE(logged);
    auto arrive = orders.arrive(logged->header.id, at("2025-03-03 12:00") + 1s);
    REQUIRE_FALSE(arrive);
    CHECK(arrive.error().code == domain::ErrorCode::InvalidInput);
    CHECK_THAT(arrive.error().message, Catch::Contains("future"));
    auto stored = orders.get(logged->header.id);
    REQUIRE(stored);
    CHECK(stored->status() == WorkOrderStatus::Logged);

    // Exactly now is not the future.
    CHECK(orders.arrive(logged->header.id, at("2025-03-03 12:00")));
}

TEST_CASE("a dissatisfied rating (2 or less) needs the resident's reason")
{
    Desk desk(at("2025-03-05 12:00"));
    desk.addSite("HQ");
    auto& orders = desk.ws->workOrders();
    std::vector<domain::WorkOrderId> ids;
    for (int i = 0; i < 3; ++i) {
        auto o = orders.log(request(domain::Category::Plumbing, domain::Urgency::Normal, at("2025-03-03 09:00")));
        REQUIRE(o);
        REQUIRE(orders.complete(o->header.id, "done", at("2025-03-03 11:00")));
        ids.push_back(o->header.id);
    }

    for (const int rating : {1, 2}) {
        auto refused = orders.revisit(ids[0], rating, "");
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == domain::ErrorCode::InvalidInput);
        CHECK(refused.error().field == "comment");
    }
    auto still = orders.get(ids[0]);
    REQUIRE(still);
    CHECK(still->status() == WorkOrderStatus::Completed);

    auto withReason = orders.revisit(ids[0], 2, "师傅迟到");
    REQUIRE(withReason);
    CHECK(withReason->timeline().satisfaction == 2);
    CHECK(withReason->timeline().revisitComment == "师傅迟到");

    CHECK(orders.revisit(ids[1], 3, ""));
    CHECK(orders.revisit(ids[2], std::nullopt, "")); // visited, resident gave no rating

    auto outOfRange = orders.revisit(ids[0], 6, "太棒了");
    REQUIRE_FALSE(outOfRange); // already revisited, and 6 is no rating anyway
}

TEST_CASE("a generated order code is the local reporting day and a three-digit sequence number")
{
    Desk desk(at("2025-03-05 12:00"));
    desk.addSite("HQ");
    auto& orders = desk.ws->workOrders();
    const auto code = [&](const char* local) {
        auto o = orders.log(request(domain::Category::Plumbing, domain::Urgency::Normal, at(local)));
        REQUIRE(o);
        return o->header.code;
    };
    CHECK(code("2025-03-03 09:00") == "20250303-001");
    CHECK(code("2025-03-03 10:00") == "20250303-002");
    // 23:30 in Shanghai is 15:30 UTC of the same day; 00:10 on the 4th is still the 3rd in UTC.
    CHECK(code("2025-03-03 23:30") == "20250303-003");
    CHECK(code("2025-03-04 00:10") == "20250304-001");
    const std::regex format("[0-9]{8}-[0-9]{3}");
    CHECK(std::regex_match(code("2025-03-05 11:59"), format));

    // A code given by the user is kept.
    auto r = request(domain::Category::Plumbing, domain::Urgency::Normal, at("2025-03-04 08:00"));
    r.code = "PAPER-17";
    auto given = orders.log(r);
    REQUIRE(given);
    CHECK(given->header.code == "PAPER-17");
    CHECK(orders.get("HQ", "PAPER-17"));
    auto again = orders.log(r);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == domain::ErrorCode::Conflict);

    // The refused duplicate does not get in the way of the next order.
    r.code = "PAPER-18";
    auto next = orders.log(r);
    REQUIRE(next);
    CHECK(next->header.code == "PAPER-18");
    CHECK(orders.get("HQ", "PAPER-18"));
}

TEST_CASE("logging refuses a missing location, a bad phone number and an unknown rework")
{
    Desk desk(at("2025-03-05 12:00"));
    desk.addSite("HQ");
    auto& orders = desk.ws->workOrders();

    auto r = request();
    r.location.clear();
    auto noLocation = orders.log(r);
    REQUIRE_FALSE(noLocation);
    CHECK(noLocation.error().field == "location");

    r = request();
    r.phone = "call me";
    auto badPhone = orders.log(r);
    REQUIRE_FALSE(badPhone);
    CHECK(badPhone.error().field == "phone");

    r = request();
    r.reworkOf = "20250101-001";
    auto badRework = orders.log(r);
    REQUIRE_FALSE(badRework);
    CHECK(badRework.error().field == "rework_of");
    CHECK_THAT(badRework.error().message, Catch::Contains("20250101-001"));

    r = request();
    r.reportedAt = at("2025-03-04 10:00");
    r.dueAt = at("2025-03-04 09:00");
    auto badDue = orders.log(r);
    REQUIRE_FALSE(badDue);
    CHECK(badDue.error().field == "due_at");

    CHECK(desk.storedOrders("HQ") == 0);
}

TEST_CASE("evaluate names the rule each milestone is measured against")
{
    Desk desk(at("2025-03-20 12:00"));
    desk.addSite("HQ");
    auto& orders = desk.ws->workOrders();
    const auto evaluate = [&](domain::Category c, domain::Urgency u, const char* reported) {
        auto o = orders.log(request(c, u, at(reported)));
        REQUIRE(o);
        auto ev = orders.evaluate(*o);
        REQUIRE(ev);
        REQUIRE(ev->ruleSet);
        CHECK(ev->ruleSet->name == "default");
        return *ev;
    };

    SECTION("an emergency on a working day in office hours: 10 minutes to arrive, done the same day")
    {
        auto o = orders.log(request(domain::Category::Plumbing, domain::Urgency::Emergency, at("2025-03-03 10:00")));
        REQUIRE(o);
        REQUIRE(orders.arrive(o->header.id, at("2025-03-03 10:08")));
        auto done = orders.complete(o->header.id, "done", at("2025-03-03 16:00"));
        REQUIRE(done);
        auto ev = orders.evaluate(*done);
        REQUIRE(ev);
        CHECK(ev->arrival.ruleId == "wo-arrival-emergency-daytime");
        CHECK(ev->arrival.outcome == rules::Outcome::Met);
        CHECK(ev->completion.ruleId == "wo-completion-emergency-same-day");
        CHECK(ev->completion.outcome == rules::Outcome::Met);
        CHECK(ev->revisit.ruleId == "wo-revisit");
        // Completed 2025-03-03 16:00, never revisited: 48 hours later it is missed.
        CHECK(ev->revisit.outcome == rules::Outcome::Missed);
    }
    SECTION("an emergency on a Saturday: 15 minutes")
    {
        CHECK(evaluate(domain::Category::Electrical, domain::Urgency::Emergency, "2025-03-08 10:00").arrival.ruleId ==
              "wo-arrival-emergency");
    }
    SECTION("an emergency on a working day after 17:30: 15 minutes")
    {
        CHECK(evaluate(domain::Category::Electrical, domain::Urgency::Emergency, "2025-03-03 17:30").arrival.ruleId ==
              "wo-arrival-emergency");
    }
    SECTION("ordinary orders by category and urgency")
    {
        const auto normal = evaluate(domain::Category::Plumbing, domain::Urgency::Normal, "2025-03-03 09:00");
        CHECK(normal.arrival.ruleId == "wo-arrival");
        CHECK(normal.completion.ruleId == "wo-completion");
        CHECK(normal.arrival.outcome == rules::Outcome::Missed); // never arrived, weeks ago
        CHECK(evaluate(domain::Category::DoorsWindows, domain::Urgency::Normal, "2025-03-03 09:00").completion.ruleId ==
              "wo-completion-doors-windows");
        CHECK(evaluate(domain::Category::Lighting, domain::Urgency::Normal, "2025-03-03 09:00").completion.ruleId ==
              "wo-completion-lighting");
        CHECK(evaluate(domain::Category::Civil, domain::Urgency::Difficult, "2025-03-03 09:00").completion.ruleId ==
              "wo-completion-difficult");
    }
    SECTION("an agreed due time replaces the completion rules")
    {
        auto r = request(domain::Category::Plumbing, domain::Urgency::Normal, at("2025-03-03 09:00"));
        r.dueAt = at("2025-03-25 18:00");
        auto o = orders.log(r);
        REQUIRE(o);
        auto ev = orders.evaluate(*o);
        REQUIRE(ev);
        CHECK(ev->completion.byDueAt);
        CHECK(ev->completion.deadline == at("2025-03-25 18:00"));
        CHECK(ev->completion.outcome == rules::Outcome::Pending);
    }
}

TEST_CASE("a cancelled order can no longer be worked on")
{
    Desk desk(at("2025-03-03 12:00"));
    desk.addSite("HQ");
    auto& orders = desk.ws->workOrders();
    auto o = orders.log(request(domain::Category::Plumbing, domain::Urgency::Normal, at("2025-03-03 10:00")));
    REQUIRE(o);
    auto noReason = orders.cancel(o->header.id, "", at("2025-03-03 10:05"));
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().code == domain::ErrorCode::InvalidInput);
    REQUIRE(orders.cancel(o->header.id, "业主已自行处理", at("2025-03-03 10:05")));
    auto arrive = orders.arrive(o->header.id, at("2025-03-03 10:10"));
    REQUIRE_FALSE(arrive);
    CHECK(arrive.error().code == domain::ErrorCode::Conflict);
    auto stored = orders.get(o->header.id);
    REQUIRE(stored);
    CHECK(stored->status() == WorkOrderStatus::Cancelled);
}
