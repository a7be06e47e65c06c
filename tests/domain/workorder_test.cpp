// The life of a work order: which status changes may happen when, and what its timeline shows as of a time.

#include "domain/workorder.h"
#include "testtime.h"

#include <catch2/catch.hpp>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::ErrorCode;
using domain::EventKind;
using domain::Instant;
using domain::WorkOrderStatus;
using tests::at;

namespace {

domain::WorkOrderEvent event(EventKind kind, Instant when, std::string note = {})
{
    domain::WorkOrderEvent e;
    e.kind = kind;
    e.at = when;
    e.actor = "desk";
    e.note = std::move(note);
    e.recordedAt = when;
    if (kind == EventKind::Dispatched) {
        e.technician = "Wang";
    }
    return e;
}

domain::WorkOrder logged(Instant reported)
{
    domain::WorkOrder o;
    o.header.code = "WO-7";
    o.header.reportedAt = reported;
    REQUIRE(o.apply(event(EventKind::Logged, reported)));
    return o;
}

// Applies `e` and checks that it is refused with `code` on `field`, leaving the history as it was.
void checkRefused(domain::WorkOrder& o, domain::WorkOrderEvent e, ErrorCode code, std::string_view field)
{
    const auto before = o.history.size();
    const auto statusBefore = o.status();
    const auto result = o.apply(std::move(e));
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == code);
    CHECK(result.error().field == field);
    CHECK(result.error().record == "WO-7");
    CHECK_FALSE(result.error().message.empty());
    CHECK(o.history.size() == before);
    CHECK(o.status() == statusBefore);
}

} // namespace

TEST_CASE("an order goes from logged through dispatch, arrival, hold and completion to revisited")
{
    auto o = logged(at("2025-03-03 09:00"));
    CHECK(o.status() == WorkOrderStatus::Logged);

    REQUIRE(o.apply(event(EventKind::Dispatched, at("2025-03-03 09:02"))));
    CHECK(o.status() == WorkOrderStatus::Dispatched);

    REQUIRE(o.apply(event(EventKind::Arrived, at("2025-03-03 09:20"))));
    CHECK(o.status() == WorkOrderStatus::InProgress);

    REQUIRE(o.apply(event(EventKind::HoldStarted, at("2025-03-03 09:40"), "waiting for parts")));
    CHECK(o.status() == WorkOrderStatus::OnHold);
    CHECK(o.timeline().onHold());

    REQUIRE(o.apply(event(EventKind::Resumed, at("2025-03-03 11:00"))));
    CHECK(o.status() == WorkOrderStatus::InProgress);

    REQUIRE(o.apply(event(EventKind::Completed, at("2025-03-03 12:00"), "replaced valve")));
    CHECK(o.status() == WorkOrderStatus::Completed);

    auto revisit = event(EventKind::Revisited, at("2025-03-04 10:00"), "all good");
    revisit.satisfaction = 5;
    REQUIRE(o.apply(revisit));
    CHECK(o.status() == WorkOrderStatus::Revisited);

    const auto tl = o.timeline();
    CHECK(tl.dispatched == at("2025-03-03 09:02"));
    CHECK(tl.arrived == at("2025-03-03 09:20"));
    CHECK(tl.completed == at("2025-03-03 12:00"));
    CHECK(tl.revisited == at("2025-03-04 10:00"));
    CHECK(tl.satisfaction == 5);
    CHECK(tl.revisitComment == "all good");
    REQUIRE(tl.holds.size() == 1);
    CHECK(tl.holds[0].start == at("2025-03-03 09:40"));
    CHECK(tl.holds[0].end == at("2025-03-03 11:00"));
    CHECK(tl.holds[0].reason == "waiting for parts");
    CHECK(o.lastEventAt() == at("2025-03-04 10:00"));
}

TEST_CASE("a technician cannot arrive while the order is on hold")
{
    auto o = logged(at("2025-03-03 09:00"));
    REQUIRE(o.apply(event(EventKind::HoldStarted, at("2025-03-03 09:05"), "resident not at home")));
    checkRefused(o, event(EventKind::Arrived, at("2025-03-03 09:20")), ErrorCode::Conflict, "arrived_at");
    REQUIRE(o.apply(event(EventKind::Resumed, at("2025-03-03 10:00"))));
    CHECK(o.status() == WorkOrderStatus::Logged);
    CHECK(o.apply(event(EventKind::Arrived, at("2025-03-03 10:10"))));
}

TEST_CASE("an order on hold cannot be completed until it is resumed")
{
    auto o = logged(at("2025-03-03 09:00"));
    REQUIRE(o.apply(event(EventKind::Arrived, at("2025-03-03 09:20"))));
    REQUIRE(o.apply(event(EventKind::HoldStarted, at("2025-03-03 09:40"), "waiting for parts")));
    checkRefused(o, event(EventKind::Completed, at("2025-03-03 12:00")), ErrorCode::Conflict, "completed_at");
}

TEST_CASE("an order that is not completed cannot be revisited")
{
    auto o = logged(at("2025-03-03 09:00"));
    REQUIRE(o.apply(event(EventKind::Arrived, at("2025-03-03 09:20"))));
    checkRefused(o, event(EventKind::Revisited, at("2025-03-03 12:00")), ErrorCode::Conflict, "revisited_at");
}

TEST_CASE("an order cannot be revisited twice, nor rated outside 1 to 5")
{
    auto o = logged(at("2025-03-03 09:00"));
    REQUIRE(o.apply(event(EventKind::Completed, at("2025-03-03 10:00"))));
    auto bad = event(EventKind::Revisited, at("2025-03-04 10:00"));
    bad.satisfaction = 6;
    checkRefused(o, bad, ErrorCode::InvalidInput, "satisfaction");
    bad.satisfaction = 0;
    checkRefused(o, bad, ErrorCode::InvalidInput, "satisfaction");
    REQUIRE(o.apply(event(EventKind::Revisited, at("2025-03-04 10:00"))));
    checkRefused(o, event(EventKind::Revisited, at("2025-03-04 11:00")), ErrorCode::Conflict, "revisited_at");
}

TEST_CASE("cancelling needs a reason")
{
    auto o = logged(at("2025-03-03 09:00"));
    checkRefused(o, event(EventKind::Cancelled, at("2025-03-03 09:30")), ErrorCode::InvalidInput, "reason");
    REQUIRE(o.apply(event(EventKind::Cancelled, at("2025-03-03 09:30"), "reported twice")));
    CHECK(o.status() == WorkOrderStatus::Cancelled);
}

TEST_CASE("a hold needs a reason, and a dispatch a technician")
{
    auto o = logged(at("2025-03-03 09:00"));
    checkRefused(o, event(EventKind::HoldStarted, at("2025-03-03 09:30")), ErrorCode::InvalidInput, "reason");
    auto dispatch = event(EventKind::Dispatched, at("2025-03-03 09:30"));
    dispatch.technician.clear();
    checkRefused(o, dispatch, ErrorCode::InvalidInput, "technician");
}

TEST_CASE("cancelling an order on hold closes the hold at the cancel time")
{
    auto o = logged(at("2025-03-03 09:00"));
    REQUIRE(o.apply(event(EventKind::HoldStarted, at("2025-03-03 09:10"), "resident travelling")));
    REQUIRE(o.apply(event(EventKind::Cancelled, at("2025-03-05 09:00"), "resident fixed it")));
    CHECK(o.status() == WorkOrderStatus::Cancelled);
    const auto tl = o.timeline();
    CHECK_FALSE(tl.onHold());
    REQUIRE(tl.holds.size() == 1);
    CHECK(tl.holds[0].end == at("2025-03-05 09:00"));
    CHECK(tl.cancelled == at("2025-03-05 09:00"));
}

TEST_CASE("a cancelled or completed order accepts no further work")
{
    auto cancelled = logged(at("2025-03-03 09:00"));
    REQUIRE(cancelled.apply(event(EventKind::Cancelled, at("2025-03-03 09:10"), "duplicate")));
    checkRefused(cancelled, event(EventKind::Arrived, at("2025-03-03 09:20")), ErrorCode::Conflict, "arrived_at");
    checkRefused(cancelled, event(EventKind::Completed, at("2025-03-03 09:20")), ErrorCode::Conflict, "completed_at");
    checkRefused(cancelled, event(EventKind::Cancelled, at("2025-03-03 09:20"), "again"), ErrorCode::Conflict,
                 "cancelled_at");

    auto done = logged(at("2025-03-03 09:00"));
    REQUIRE(done.apply(event(EventKind::Completed, at("2025-03-03 10:00"))));
    checkRefused(done, event(EventKind::Cancelled, at("2025-03-03 11:00"), "changed mind"), ErrorCode::Conflict,
                 "cancelled_at");
    checkRefused(done, event(EventKind::HoldStarted, at("2025-03-03 11:00"), "parts"), ErrorCode::Conflict, "holds");
    checkRefused(done, event(EventKind::Completed, at("2025-03-03 11:00")), ErrorCode::Conflict, "completed_at");
}

TEST_CASE("an order cannot record a second arrival or resume when it is not on hold")
{
    auto o = logged(at("2025-03-03 09:00"));
    checkRefused(o, event(EventKind::Resumed, at("2025-03-03 09:10")), ErrorCode::Conflict, "holds");
    REQUIRE(o.apply(event(EventKind::Arrived, at("2025-03-03 09:20"))));
    checkRefused(o, event(EventKind::Arrived, at("2025-03-03 09:30")), ErrorCode::Conflict, "arrived_at");
}

TEST_CASE("an event earlier than the previous one is refused")
{
    auto o = logged(at("2025-03-03 09:00"));
    checkRefused(o, event(EventKind::Arrived, at("2025-03-03 08:59:59")), ErrorCode::InvalidInput, "arrived_at");
    REQUIRE(o.apply(event(EventKind::Arrived, at("2025-03-03 09:20"))));
    checkRefused(o, event(EventKind::Completed, at("2025-03-03 09:19")), ErrorCode::InvalidInput, "completed_at");
    // At the same second is fine.
    REQUIRE(o.apply(event(EventKind::Completed, at("2025-03-03 09:20"))));
    checkRefused(o, event(EventKind::Revisited, at("2025-03-03 09:00")), ErrorCode::InvalidInput, "revisited_at");
}

TEST_CASE("an order is logged once, at its reported time")
{
    domain::WorkOrder o;
    o.header.code = "WO-7";
    o.header.reportedAt = at("2025-03-03 09:00");
    checkRefused(o, event(EventKind::Arrived, at("2025-03-03 09:10")), ErrorCode::Conflict, "arrived_at");
    checkRefused(o, event(EventKind::Logged, at("2025-03-03 09:01")), ErrorCode::Conflict, "reported_at");
    REQUIRE(o.apply(event(EventKind::Logged, at("2025-03-03 09:00"))));
    checkRefused(o, event(EventKind::Logged, at("2025-03-03 09:00")), ErrorCode::Conflict, "reported_at");
}

TEST_CASE("the timeline as of a time forgets later events and reopens a hold running then")
{
    auto o = logged(at("2025-03-03 09:00"));
    REQUIRE(o.apply(event(EventKind::Dispatched, at("2025-03-03 09:02"))));
    REQUIRE(o.apply(event(EventKind::Arrived, at("2025-03-03 09:20"))));
    REQUIRE(o.apply(event(EventKind::HoldStarted, at("2025-03-03 10:00"), "parts")));
    REQUIRE(o.apply(event(EventKind::Resumed, at("2025-03-04 10:00"))));
    REQUIRE(o.apply(event(EventKind::HoldStarted, at("2025-03-04 11:00"), "parts again")));
    REQUIRE(o.apply(event(EventKind::Resumed, at("2025-03-04 12:00"))));
    REQUIRE(o.apply(event(EventKind::Completed, at("2025-03-04 15:00"))));
    auto revisit = event(EventKind::Revisited, at("2025-03-05 10:00"));
    revisit.satisfaction = 2;
    REQUIRE(o.apply(revisit));
    const auto full = o.timeline();

    const auto onHold = full.asOf(at("2025-03-03 18:00"));
    CHECK(onHold.arrived == at("2025-03-03 09:20"));
    CHECK_FALSE(onHold.completed.has_value());
    REQUIRE(onHold.holds.size() == 1);
    CHECK_FALSE(onHold.holds[0].end.has_value());
    CHECK(onHold.status() == WorkOrderStatus::OnHold);

    const auto beforeArrival = full.asOf(at("2025-03-03 09:10"));
    CHECK(beforeArrival.status() == WorkOrderStatus::Dispatched);
    CHECK(beforeArrival.holds.empty());

    const auto completed = full.asOf(at("2025-03-04 15:00"));
    CHECK(completed.status() == WorkOrderStatus::Completed);
    CHECK(completed.holds.size() == 2);
    CHECK_FALSE(completed.satisfaction.has_value());

    const auto revisited = full.asOf(at("2025-03-05 10:00"));
    CHECK(revisited.status() == WorkOrderStatus::Revisited);
    CHECK(revisited.satisfaction == 2);
}

TEST_CASE("a hold that ended exactly at the as-of time is closed then")
{
    domain::WorkOrderTimeline tl;
    tl.holds = {domain::Hold{at("2025-03-03 10:00"), at("2025-03-03 11:00"), "parts"}};
    const auto cut = tl.asOf(at("2025-03-03 11:00"));
    REQUIRE(cut.holds.size() == 1);
    CHECK(cut.holds[0].end == at("2025-03-03 11:00"));
    CHECK(tl.asOf(at("2025-03-03 09:59:59")).holds.empty());
}

TEST_CASE("a cancellation after the as-of time has not happened yet")
{
    auto o = logged(at("2025-03-03 09:00"));
    REQUIRE(o.apply(event(EventKind::Cancelled, at("2025-03-10 09:00"), "duplicate")));
    CHECK(o.timeline().asOf(at("2025-03-09 00:00")).status() == WorkOrderStatus::Logged);
    CHECK(o.timeline().asOf(at("2025-03-10 09:00")).status() == WorkOrderStatus::Cancelled);
}

TEST_CASE("holds are stored as start/end pairs, an open hold with an empty end")
{
    const std::vector holds{
        domain::Hold{domain::instantFromEpoch(1740963600), domain::instantFromEpoch(1740967200), {}},
        domain::Hold{domain::instantFromEpoch(1740970800), std::nullopt, {}}};
    const auto text = domain::encodeHolds(holds);
    CHECK(text == "1740963600/1740967200;1740970800/");
    const auto back = domain::decodeHolds(text);
    REQUIRE(back.size() == 2);
    CHECK(back[0].start == holds[0].start);
    CHECK(back[0].end == holds[0].end);
    CHECK(back[1].start == holds[1].start);
    CHECK_FALSE(back[1].end.has_value());
    CHECK(domain::encodeHolds({}).empty());
    CHECK(domain::decodeHolds("").empty());
}

TEST_CASE("categories and urgencies are read from their keys and their Chinese names")
{
    CHECK(domain::parseCategory("doors_windows") == domain::Category::DoorsWindows);
    CHECK(domain::parseCategory("门窗") == domain::Category::DoorsWindows);
    CHECK(domain::parseCategory("给排水") == domain::Category::Plumbing);
    CHECK(domain::parseCategory("水") == domain::Category::Plumbing);
    CHECK(domain::parseCategory("照明") == domain::Category::Lighting);
    CHECK_FALSE(domain::parseCategory("roof").has_value());
    CHECK(domain::parseUrgency("急修") == domain::Urgency::Emergency);
    CHECK(domain::parseUrgency("零修") == domain::Urgency::Normal);
    CHECK(domain::parseUrgency("一般") == domain::Urgency::Normal);
    CHECK(domain::parseUrgency("疑难") == domain::Urgency::Difficult);
    CHECK_FALSE(domain::parseUrgency("urgent").has_value());
    for (const auto c : domain::allCategories()) {
        CHECK(domain::parseCategory(domain::categoryKey(c)) == c);
    }
}
