// The complaint use cases: taking a complaint, its life to the revisit, the link to work orders, the
// audit trail and the lists the desktop shows.

#include "servicetestsupport.h"

using namespace propdesk;
using namespace std::chrono_literals;
using domain::ComplaintEventKind;
using domain::ComplaintStatus;
using domain::Department;
using propdesk::tests::at;
using propdesk::tests::Desk;

namespace {

services::NewComplaint complaintRequest(std::optional<domain::Instant> received = std::nullopt)
{
    services::NewComplaint r;
    r.siteCode = "HQ";
    r.channel = domain::ComplaintChannel::Phone;
    r.category = domain::ComplaintCategory::Noise;
    r.resident = "李女士";
    r.phone = "139 1111 2222";
    r.location = "5-1-802";
    r.description = "楼上装修每天早上七点就开始电钻";
    r.receivedAt = received;
    return r;
}

std::vector<ComplaintEventKind> kinds(const domain::Complaint& c)
{
    std::vector<ComplaintEventKind> out;
    for (const auto& e : c.history) {
        out.push_back(e.kind);
    }
    return out;
}

std::int64_t storedComplaints(Desk& desk)
{
    auto site = desk.ws->sites().get("HQ");
    REQUIRE(site);
    auto n = desk.ws->context().store.complaints().countReceivedBetween(site->id, domain::Instant::min(),
                                                                        domain::Instant::max());
    REQUIRE(n);
    return *n;
}

std::vector<domain::AuditEntry> complaintTrail(Desk& desk)
{
    domain::AuditFilter filter;
    filter.entity = "complaint";
    return desk.auditTrail(filter);
}

} // namespace

TEST_CASE("a complaint goes received → routed → responded → resolved → replied → revisited")
{
    Desk desk(at("2025-03-03 09:00")); // a Monday
    desk.addSite("HQ");
    auto& complaints = desk.ws->complaints();

    auto received = complaints.receive(complaintRequest());
    REQUIRE(received);
    const auto id = received->header.id;
    CHECK(received->header.code == "TS20250303-001");
    CHECK(received->header.firstResponder == "tester");
    CHECK(received->status() == ComplaintStatus::Received);

    desk.clock.advance(3min);
    auto routed = complaints.route(id, Department::Security, "请秩序维护部上门劝导");
    REQUIRE(routed);
    CHECK(routed->status() == ComplaintStatus::Routed);
    CHECK(routed->timeline().department == Department::Security);

    desk.clock.advance(5min);
    auto responded = complaints.respond(id, "已致电业主，秩序维护部十分钟内上门");
    REQUIRE(responded);
    CHECK(responded->status() == ComplaintStatus::Responded);

    desk.clock.advance(2h);
    auto resolved = complaints.resolve(id, "已与装修户沟通，施工时间改为8:30以后", "装修巡查加入早班巡逻路线");
    REQUIRE(resolved);
    CHECK(resolved->status() == ComplaintStatus::Resolved);
    CHECK(resolved->timeline().measures == "装修巡查加入早班巡逻路线");

    desk.clock.advance(30min);
    auto replied = complaints.reply(id, "已电话告知业主处理结果", "管理处主任 陈建国");
    REQUIRE(replied);
    CHECK(replied->timeline().informedHead == "管理处主任 陈建国");

    desk.clock.advance(24h);
    auto revisited = complaints.revisit(id, 5, "业主表示满意");
    REQUIRE(revisited);
    CHECK(revisited->status() == ComplaintStatus::Revisited);
    CHECK(revisited->timeline().satisfaction == 5);
    CHECK(kinds(*revisited) == std::vector{ComplaintEventKind::Received, ComplaintEventKind::Routed,
                                           ComplaintEventKind::Responded, ComplaintEventKind::Resolved,
                                           ComplaintEventKind::Replied, ComplaintEventKind::Revisited});

    // What was stored is what the service returned.
    auto stored = complaints.get(id);
    REQUIRE(stored);
    CHECK(kinds(*stored) == kinds(*revisited));
    CHECK(stored->history.back().satisfaction == 5);

    auto evaluation = complaints.evaluate(*stored);
    REQUIRE(evaluation);
    CHECK(evaluation->response.outcome == rules::Outcome::Met);
    CHECK(evaluation->resolution.outcome == rules::Outcome::Met);
}

TEST_CASE("a complaint's steps are refused out of order, with the field to correct")
{
    Desk desk(at("2025-03-03 09:00"));
    desk.addSite("HQ");
    auto& complaints = desk.ws->complaints();
    auto received = complaints.receive(complaintRequest());
    REQUIRE(received);
    const auto id = received->header.id;

    auto unrouted = complaints.resolve(id, "已处理", "");
    REQUIRE_FALSE(unrouted);
    CHECK(unrouted.error().message == "route the complaint first: which department resolved it?");

    auto early = complaints.reply(id, "已回复", "陈建国");
    REQUIRE_FALSE(early);
    CHECK(early.error().message == "only a resolved complaint can be replied to");

    REQUIRE(complaints.route(id, Department::Engineering));
    auto noText = complaints.resolve(id, "", "");
    REQUIRE_FALSE(noText);
    CHECK(noText.error().field == "resolution");

    auto future = complaints.respond(id, "已回电", desk.clock.now() + 1min);
    REQUIRE_FALSE(future);
    CHECK(future.error().field == "at");

    auto beforeReceipt = complaints.respond(id, "已回电", at("2025-03-03 08:59"));
    REQUIRE_FALSE(beforeReceipt);
    CHECK(beforeReceipt.error().message == "is before the complaint was received");

    REQUIRE(complaints.resolve(id, "已更换门禁电池", ""));
    auto noHead = complaints.reply(id, "已告知业主", "");
    REQUIRE_FALSE(noHead);
    CHECK(noHead.error().field == "informed_head");

    auto dissatisfied = complaints.reply(id, "已告知业主", "陈建国");
    REQUIRE(dissatisfied);
    auto noReason = complaints.revisit(id, 2, "");
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().field == "comment");

    // Nothing refused reached the history.
    auto stored = complaints.get(id);
    REQUIRE(stored);
    CHECK(kinds(*stored) == std::vector{ComplaintEventKind::Received, ComplaintEventKind::Routed,
                                        ComplaintEventKind::Resolved, ComplaintEventKind::Replied});
}

TEST_CASE("routing at intake, re-routing while open, and the first responder kept for life")
{
    Desk desk(at("2025-03-03 09:00"));
    desk.addSite("HQ");
    auto& complaints = desk.ws->complaints();
    auto request = complaintRequest();
    request.department = Department::Cleaning;
    request.firstResponder = "王芳";
    auto received = complaints.receive(request);
    REQUIRE(received);
    CHECK(received->status() == ComplaintStatus::Routed);
    CHECK(received->header.firstResponder == "王芳");

    auto same = complaints.route(received->header.id, Department::Cleaning);
    REQUIRE_FALSE(same);
    CHECK(same.error().message == "the complaint is already with cleaning");

    desk.clock.advance(10min);
    auto rerouted = complaints.route(received->header.id, Department::Engineering, "实为排水管堵塞");
    REQUIRE(rerouted);
    CHECK(rerouted->timeline().department == Department::Engineering);
    CHECK(rerouted->timeline().routed == at("2025-03-03 09:00")); // the first routing
    CHECK(rerouted->header.firstResponder == "王芳");
}

TEST_CASE("complaint codes count per received day and skip taken codes")
{
    Desk desk(at("2025-03-04 10:00"));
    desk.addSite("HQ");
    auto& complaints = desk.ws->complaints();
    auto first = complaints.receive(complaintRequest(at("2025-03-03 23:59")));
    REQUIRE(first);
    CHECK(first->header.code == "TS20250303-001");
    auto explicitCode = complaintRequest();
    explicitCode.code = "TS20250304-002";
    REQUIRE(complaints.receive(explicitCode));
    auto next = complaints.receive(complaintRequest());
    REQUIRE(next);
    CHECK(next->header.code == "TS20250304-003");

    auto duplicate = complaints.receive(explicitCode);
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().field == "code");
    CHECK(storedComplaints(desk) == 3);
}

TEST_CASE("a complaint needs a description and a valid phone, and may not be received in the future")
{
    Desk desk(at("2025-03-03 09:00"));
    desk.addSite("HQ");
    auto& complaints = desk.ws->complaints();
    auto noText = complaintRequest();
    noText.description.clear();
    auto refused = complaints.receive(noText);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == "description");

    auto badPhone = complaintRequest();
    badPhone.phone = "12a";
    refused = complaints.receive(badPhone);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == "phone");

    refused = complaints.receive(complaintRequest(at("2025-03-03 09:01")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == "received_at");
    CHECK(storedComplaints(desk) == 0);
    CHECK(complaintTrail(desk).empty());
}

TEST_CASE("a complaint links to a work order of its site, or raises one")
{
    Desk desk(at("2025-03-03 09:00"));
    desk.addSite("HQ");
    desk.addSite("B2");
    services::NewWorkOrder order;
    order.siteCode = "HQ";
    order.location = "5-1-802";
    order.category = domain::Category::Plumbing;
    order.description = "卫生间漏水";
    order.reportedAt = at("2025-03-02 10:00");
    auto logged = desk.ws->workOrders().log(order);
    REQUIRE(logged);
    order.siteCode = "B2";
    auto elsewhere = desk.ws->workOrders().log(order);
    REQUIRE(elsewhere);

    auto& complaints = desk.ws->complaints();
    auto request = complaintRequest();
    request.category = domain::ComplaintCategory::RepairQuality;
    request.workOrder = logged->header.code;
    auto linked = complaints.receive(request);
    REQUIRE(linked);
    CHECK(linked->header.workOrder == logged->header.id);
    CHECK(linked->header.workOrderCode == logged->header.code);

    auto again = complaints.linkWorkOrder(linked->header.id, logged->header.code);
    REQUIRE_FALSE(again);
    CHECK(again.error().field == "work_order");

    auto about = complaints.linkedTo(logged->header.id);
    REQUIRE(about);
    REQUIRE(about->size() == 1);
    CHECK(about->front().header.code == linked->header.code);

    // An order of another site is not found from here.
    auto plain = complaints.receive(complaintRequest());
    REQUIRE(plain);
    auto foreign = complaints.linkWorkOrder(plain->header.id, "NO-SUCH-ORDER");
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().field == "work_order");

    desk.clock.advance(5min);
    auto spawned = complaints.spawnWorkOrder(
        plain->header.id,
        services::SpawnedOrder{domain::Category::Plumbing, domain::Urgency::Emergency, "楼上漏水到802"});
    REQUIRE(spawned);
    const auto& [complaint, newOrder] = *spawned;
    CHECK(complaint.header.workOrder == newOrder.header.id);
    CHECK(newOrder.header.location == "5-1-802");
    CHECK(newOrder.header.reporter == "李女士");
    CHECK(newOrder.header.urgency == domain::Urgency::Emergency);
    CHECK(newOrder.header.description == "楼上漏水到802");
    auto stored = desk.ws->workOrders().get(newOrder.header.id);
    REQUIRE(stored);

    // A second order for a linked complaint is refused, and nothing is logged.
    const auto ordersBefore = desk.storedOrders("HQ");
    auto twice = complaints.spawnWorkOrder(plain->header.id, services::SpawnedOrder{});
    REQUIRE_FALSE(twice);
    CHECK(desk.storedOrders("HQ") == ordersBefore);
}

TEST_CASE("a complaint without a place raises no work order, and the failed raise logs nothing")
{
    Desk desk(at("2025-03-03 09:00"));
    desk.addSite("HQ");
    auto request = complaintRequest();
    request.location.clear();
    auto received = desk.ws->complaints().receive(request);
    REQUIRE(received);
    auto refused = desk.ws->complaints().spawnWorkOrder(received->header.id, services::SpawnedOrder{});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == "location");
    CHECK(desk.storedOrders("HQ") == 0);
    auto stored = desk.ws->complaints().get(received->header.id);
    REQUIRE(stored);
    CHECK_FALSE(stored->header.workOrder);
}

TEST_CASE("the valid-complaint verdict can be revised, and a withdrawn complaint is not judged")
{
    Desk desk(at("2025-03-03 09:00"));
    desk.addSite("HQ");
    auto& complaints = desk.ws->complaints();
    auto received = complaints.receive(complaintRequest());
    REQUIRE(received);
    const auto id = received->header.id;

    auto noReason = complaints.judge(id, true, "");
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().field == "verdict_reason");

    desk.clock.advance(1h);
    REQUIRE(complaints.judge(id, true, "装修时间违反管理规约"));
    desk.clock.advance(1h);
    auto revised = complaints.judge(id, false, "经核实装修时间符合规定");
    REQUIRE(revised);
    CHECK(revised->timeline().valid == false);
    CHECK(revised->timeline(at("2025-03-03 10:30")).valid == true); // as of before the revision
    CHECK(revised->timeline().verdictReason == "经核实装修时间符合规定");

    auto withdrawn = complaints.withdraw(id, "业主与邻居已协商解决");
    REQUIRE(withdrawn);
    CHECK(withdrawn->status() == ComplaintStatus::Withdrawn);
    auto judged = complaints.judge(id, true, "x");
    REQUIRE_FALSE(judged);
    auto resolved = complaints.resolve(id, "x", "");
    REQUIRE_FALSE(resolved);
    CHECK(resolved.error().message == "a withdrawn complaint cannot be resolved");
}

TEST_CASE("every complaint step writes one audit entry with its changes")
{
    Desk desk(at("2025-03-03 09:00"));
    desk.addSite("HQ");
    auto& complaints = desk.ws->complaints();
    auto received = complaints.receive(complaintRequest());
    REQUIRE(received);
    const auto id = received->header.id;
    desk.clock.advance(2min);
    REQUIRE(complaints.route(id, Department::Security));
    REQUIRE(complaints.note(id, "业主再次来电催促"));
    REQUIRE(complaints.judge(id, true, "属实"));
    REQUIRE_FALSE(complaints.reply(id, "x", "y")); // refused: no entry

    const auto trail = complaintTrail(desk);
    REQUIRE(trail.size() == 4);
    CHECK(trail[0].action == domain::AuditAction::Create);
    CHECK(trail[0].record == "TS20250303-001");
    CHECK(trail[1].summary == "routed: security");
    const auto hasChange = [](const domain::AuditEntry& e, std::string_view field, std::string_view after) {
        return std::ranges::any_of(e.changes, [&](const auto& c) { return c.field == field && c.after == after; });
    };
    CHECK(hasChange(trail[1], "department", "security"));
    CHECK(hasChange(trail[1], "status", "routed"));
    CHECK(hasChange(trail[2], "note", "业主再次来电催促"));
    CHECK(trail[3].summary == "judged: valid");
    CHECK(hasChange(trail[3], "valid", "yes"));
    CHECK(hasChange(trail[3], "verdict_reason", "属实"));
}

TEST_CASE("the complaint board runs by time left and flags complaints past their response deadline")
{
    Desk desk(at("2025-03-03 09:00")); // Monday
    desk.addSite("HQ");
    auto& complaints = desk.ws->complaints();
    auto& lists = desk.ws->complaintLists();

    auto older = complaints.receive(complaintRequest(at("2025-03-03 08:50")));
    REQUIRE(older);
    auto newer = complaints.receive(complaintRequest(at("2025-03-03 08:55")));
    REQUIRE(newer);
    auto answered = complaints.receive(complaintRequest(at("2025-03-03 08:40")));
    REQUIRE(answered);
    REQUIRE(complaints.respond(answered->header.id, "已回电", at("2025-03-03 08:45")));

    auto board = lists.board("HQ");
    REQUIRE(board);
    REQUIRE(board->size() == 3);
    // Response deadlines 09:05 and 09:10 come first; the answered one races its resolution (days away).
    CHECK((*board)[0].complaint.header.id == older->header.id);
    CHECK((*board)[0].next == domain::Milestone::Response);
    CHECK((*board)[0].deadline == at("2025-03-03 09:05"));
    CHECK((*board)[1].complaint.header.id == newer->header.id);
    CHECK((*board)[2].complaint.header.id == answered->header.id);
    CHECK((*board)[2].next == domain::Milestone::Resolution);
    CHECK((*board)[2].deadline == at("2025-03-08 00:00")); // 24:00 of the 4th working day after Monday
    CHECK_FALSE(services::escalated((*board)[0], desk.clock.now()));
    CHECK(services::complaintDeadlineState((*board)[0], at("2025-03-03 09:05")) == services::DeadlineState::Closing);
    CHECK(services::complaintDeadlineState((*board)[0], at("2025-03-03 09:05:01")) == services::DeadlineState::Overdue);

    // At the deadline exactly nothing is escalated; one second later the older one is.
    desk.clock.set(at("2025-03-03 09:05"));
    auto none = lists.escalations("HQ");
    REQUIRE(none);
    CHECK(none->empty());
    desk.clock.set(at("2025-03-03 09:05:01"));
    auto one = lists.escalations("HQ");
    REQUIRE(one);
    REQUIRE(one->size() == 1);
    CHECK(one->front().complaint.header.id == older->header.id);

    desk.clock.set(at("2025-03-03 09:20"));
    auto two = lists.escalations("HQ");
    REQUIRE(two);
    REQUIRE(two->size() == 2);
    CHECK(two->front().complaint.header.id == older->header.id); // the longest overdue first

    // A late response ends the escalation; the complaint stays on the board for its resolution.
    REQUIRE(complaints.respond(older->header.id, "已回电致歉"));
    auto after = lists.escalations("HQ");
    REQUIRE(after);
    REQUIRE(after->size() == 1);
    CHECK(after->front().complaint.header.id == newer->header.id);
}

TEST_CASE("resolved complaints wait on the board for their reply, replied ones in the revisit queue")
{
    Desk desk(at("2025-03-05 09:00"));
    desk.addSite("HQ");
    auto& complaints = desk.ws->complaints();
    auto& lists = desk.ws->complaintLists();
    std::vector<domain::ComplaintId> ids;
    for (const auto* when : {"2025-03-03 10:00", "2025-03-03 09:00", "2025-03-04 09:00"}) {
        auto request = complaintRequest(at(when));
        request.department = Department::CustomerService;
        auto c = complaints.receive(request);
        REQUIRE(c);
        REQUIRE(complaints.resolve(c->header.id, "已解释收费标准", "", at(when) + 1h));
        ids.push_back(c->header.id);
    }
    REQUIRE(complaints.reply(ids[0], "已回复", "陈建国", at("2025-03-04 12:00")));
    REQUIRE(complaints.reply(ids[1], "已回复", "陈建国", at("2025-03-04 11:00")));

    auto board = lists.board("HQ");
    REQUIRE(board);
    REQUIRE(board->size() == 1);
    CHECK(board->front().complaint.header.id == ids[2]);
    CHECK_FALSE(board->front().next);
    CHECK(services::complaintDeadlineState(board->front(), desk.clock.now()) == services::DeadlineState::Unmeasured);

    auto queue = lists.awaitingRevisit("HQ");
    REQUIRE(queue);
    REQUIRE(queue->size() == 2);
    CHECK(queue->front().complaint.header.id == ids[1]); // replied first
    REQUIRE(complaints.revisit(ids[1], 4, ""));
    queue = lists.awaitingRevisit("HQ");
    REQUIRE(queue);
    REQUIRE(queue->size() == 1);
    CHECK(queue->front().complaint.header.id == ids[0]);
}

TEST_CASE("another site's complaint is not found, and its lists are refused")
{
    Desk desk(at("2025-03-03 09:00"));
    const auto hq = desk.addSite("HQ");
    const auto b2 = desk.addSite("B2");
    auto request = complaintRequest();
    request.siteCode = "B2";
    auto foreign = desk.ws->complaints().receive(request);
    REQUIRE(foreign);

    desk.ws->context().user = domain::User{"王芳", domain::Role::FrontDesk, std::nullopt, std::vector{hq.id}};
    auto got = desk.ws->complaints().get(foreign->header.id);
    REQUIRE_FALSE(got);
    CHECK(got.error().code == domain::ErrorCode::NotFound);
    CHECK_FALSE(desk.ws->complaints().respond(foreign->header.id, "x"));
    CHECK_FALSE(desk.ws->complaintLists().board("B2"));
    domain::ComplaintFilter all;
    CHECK_FALSE(desk.ws->complaintLists().find(all, std::nullopt, 10));
    all.site = b2.id;
    CHECK_FALSE(desk.ws->complaintLists().find(all, std::nullopt, 10));
    all.site = hq.id;
    auto mine = desk.ws->complaintLists().find(all, std::nullopt, 10);
    REQUIRE(mine);
    CHECK(mine->empty());
}
