// The complaint aggregate: keys and Chinese names, the transitions its history allows, and the
// timeline replayed as of a time.

#include "domain/complaint.h"
#include "testtime.h"

#include <catch2/catch.hpp>

using namespace propdesk::domain;
using namespace std::chrono_literals;
using propdesk::tests::at;

namespace {

ComplaintEvent step(ComplaintEventKind kind, Instant when, std::string note = {}, std::string detail = {})
{
    ComplaintEvent e;
    e.kind = kind;
    e.at = when;
    e.actor = "王芳";
    e.note = std::move(note);
    e.detail = std::move(detail);
    e.recordedAt = when;
    return e;
}

Complaint received(Instant when = at("2025-03-03 09:00"))
{
    Complaint c;
    c.header.code = "TS20250303-001";
    c.header.receivedAt = when;
    c.header.firstResponder = "王芳";
    REQUIRE(c.apply(step(ComplaintEventKind::Received, when)));
    return c;
}

ComplaintEvent routing(Department department, Instant when)
{
    auto e = step(ComplaintEventKind::Routed, when);
    e.department = department;
    return e;
}

} // namespace

TEST_CASE("complaint keys and their Chinese names parse to the same values")
{
    for (const auto channel : allComplaintChannels()) {
        CHECK(parseChannel(channelKey(channel)) == channel);
    }
    for (const auto category : allComplaintCategories()) {
        CHECK(parseComplaintCategory(complaintCategoryKey(category)) == category);
    }
    for (const auto department : allDepartments()) {
        CHECK(parseDepartment(departmentKey(department)) == department);
    }
    for (const auto status : allComplaintStatuses()) {
        CHECK(parseComplaintStatus(complaintStatusKey(status)) == status);
    }
    CHECK(parseChannel("12345") == ComplaintChannel::Hotline12345);
    CHECK(parseChannel("来访") == ComplaintChannel::Visit);
    CHECK(parseComplaintCategory("服务态度") == ComplaintCategory::StaffConduct);
    CHECK(parseComplaintCategory("清洁") == ComplaintCategory::Cleaning);
    CHECK(parseDepartment("秩序维护部") == Department::Security);
    CHECK(parseDepartment("管理处") == Department::Management);
    CHECK_FALSE(parseChannel("fax"));
    CHECK_FALSE(parseComplaintCategory("plumbing")); // a work-order category is not a complaint category
    CHECK_FALSE(parseDepartment(""));
}

TEST_CASE("a complaint needs its first responder when it is received, and is received once")
{
    Complaint c;
    c.header.code = "TS1";
    c.header.receivedAt = at("2025-03-03 09:00");
    auto refused = c.apply(step(ComplaintEventKind::Received, c.header.receivedAt));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == "first_responder");
    c.header.firstResponder = "王芳";
    auto wrongTime = c.apply(step(ComplaintEventKind::Received, at("2025-03-03 09:01")));
    REQUIRE_FALSE(wrongTime);
    REQUIRE(c.apply(step(ComplaintEventKind::Received, c.header.receivedAt)));
    CHECK_FALSE(c.apply(step(ComplaintEventKind::Received, c.header.receivedAt)));
    CHECK(c.history.size() == 1);
    CHECK(c.status() == ComplaintStatus::Received);
}

TEST_CASE("each step is allowed only from the statuses the workflow gives it")
{
    auto c = received();
    const auto t0 = at("2025-03-03 09:00");

    // Nothing after the receipt but routing, a response, a verdict, a link, a note or a withdrawal.
    CHECK_FALSE(c.apply(step(ComplaintEventKind::Replied, t0 + 1min, "已回复", "陈建国")));
    CHECK_FALSE(c.apply(step(ComplaintEventKind::Revisited, t0 + 1min)));
    auto unrouted = c.apply(step(ComplaintEventKind::Resolved, t0 + 1min, "已处理"));
    REQUIRE_FALSE(unrouted);
    CHECK(unrouted.error().code == ErrorCode::Conflict);

    REQUIRE(c.apply(step(ComplaintEventKind::Responded, t0 + 2min, "已回电")));
    CHECK(c.status() == ComplaintStatus::Responded);
    CHECK_FALSE(c.apply(step(ComplaintEventKind::Responded, t0 + 3min, "再次回电")));
    // Routed after the response: the status stays responded, the department is set.
    REQUIRE(c.apply(routing(Department::Engineering, t0 + 4min)));
    CHECK(c.status() == ComplaintStatus::Responded);
    CHECK(c.timeline().department == Department::Engineering);

    REQUIRE(c.apply(step(ComplaintEventKind::Resolved, t0 + 3h, "已更换管件")));
    CHECK_FALSE(c.apply(routing(Department::Security, t0 + 4h)));
    CHECK_FALSE(c.apply(step(ComplaintEventKind::Withdrawn, t0 + 4h, "撤回")));
    REQUIRE(c.apply(step(ComplaintEventKind::Replied, t0 + 5h, "已告知", "陈建国")));
    auto second = c.apply(step(ComplaintEventKind::Replied, t0 + 6h, "再次告知", "陈建国"));
    REQUIRE_FALSE(second);
    CHECK(second.error().message == "the reply is already recorded");
    auto revisit = step(ComplaintEventKind::Revisited, t0 + 24h);
    revisit.satisfaction = 6;
    auto badRating = c.apply(revisit);
    REQUIRE_FALSE(badRating);
    CHECK(badRating.error().field == "satisfaction");
    revisit.satisfaction = 4;
    REQUIRE(c.apply(revisit));
    CHECK(c.status() == ComplaintStatus::Revisited);
    CHECK_FALSE(c.apply(step(ComplaintEventKind::Revisited, t0 + 25h)));
}

TEST_CASE("a step may not precede the receipt or the previous status change, but a note may")
{
    auto c = received();
    const auto t0 = at("2025-03-03 09:00");
    REQUIRE(c.apply(routing(Department::Cleaning, t0 + 10min)));
    auto early = c.apply(step(ComplaintEventKind::Responded, t0 + 5min, "已回电"));
    REQUIRE_FALSE(early);
    CHECK(early.error().code == ErrorCode::InvalidInput);
    CHECK(early.error().field == "at");
    CHECK(early.error().message == "is before the complaint's previous step");
    auto beforeReceipt = c.apply(step(ComplaintEventKind::Noted, t0 - 1s, "x"));
    REQUIRE_FALSE(beforeReceipt);
    CHECK(beforeReceipt.error().message == "is before the complaint was received");
    // Notes, verdicts and links record what happened then without moving the workflow.
    REQUIRE(c.apply(step(ComplaintEventKind::Noted, t0 + 5min, "业主再次来电")));
    REQUIRE(c.apply(step(ComplaintEventKind::Responded, t0 + 10min, "已回电")));
    CHECK(c.lastEventAt() == t0 + 10min);
}

TEST_CASE("the verdict, the link and the withdrawal have their own rules")
{
    auto c = received();
    const auto t0 = at("2025-03-03 09:00");
    auto verdict = step(ComplaintEventKind::Judged, t0 + 1h, "属实");
    auto noValue = c.apply(verdict);
    REQUIRE_FALSE(noValue);
    CHECK(noValue.error().field == "valid");
    verdict.valid = true;
    REQUIRE(c.apply(verdict));
    auto link = step(ComplaintEventKind::Linked, t0 + 1h);
    CHECK_FALSE(c.apply(link)); // no work order named
    link.reference = "20250303-004";
    REQUIRE(c.apply(link));
    c.header.workOrder = WorkOrderId{4};
    c.header.workOrderCode = "20250303-004";
    auto again = c.apply(link);
    REQUIRE_FALSE(again);
    CHECK(again.error().message == "the complaint is already linked to work order 20250303-004");

    CHECK_FALSE(c.apply(step(ComplaintEventKind::Withdrawn, t0 + 2h))); // no reason
    REQUIRE(c.apply(step(ComplaintEventKind::Withdrawn, t0 + 2h, "业主撤回")));
    CHECK(c.status() == ComplaintStatus::Withdrawn);
    CHECK_FALSE(c.timeline().open());
    verdict.at = t0 + 3h;
    auto judgedAfter = c.apply(verdict);
    REQUIRE_FALSE(judgedAfter);
    CHECK(judgedAfter.error().message == "a withdrawn complaint is not judged");
}

TEST_CASE("the timeline as of a time forgets later steps, verdicts and routings")
{
    auto c = received();
    const auto t0 = at("2025-03-03 09:00");
    REQUIRE(c.apply(routing(Department::Cleaning, t0 + 2min)));
    auto valid = step(ComplaintEventKind::Judged, t0 + 1h, "属实");
    valid.valid = true;
    REQUIRE(c.apply(valid));
    REQUIRE(c.apply(routing(Department::Engineering, t0 + 2h)));
    auto invalid = step(ComplaintEventKind::Judged, t0 + 3h, "不属实");
    invalid.valid = false;
    REQUIRE(c.apply(invalid));
    REQUIRE(c.apply(step(ComplaintEventKind::Resolved, t0 + 4h, "已疏通", "每周巡查")));

    const auto early = c.timeline(t0 + 1h);
    CHECK(early.department == Department::Cleaning);
    CHECK(early.valid == true);
    CHECK(early.verdictReason == "属实");
    CHECK_FALSE(early.resolved);
    CHECK(early.status() == ComplaintStatus::Routed);

    const auto atResolution = c.timeline(t0 + 4h);
    CHECK(atResolution.routed == t0 + 2min); // the first routing
    CHECK(atResolution.department == Department::Engineering);
    CHECK(atResolution.valid == false);
    CHECK(atResolution.resolved == t0 + 4h); // equality: it has happened
    CHECK(atResolution.measures == "每周巡查");
    CHECK(atResolution.status() == ComplaintStatus::Resolved);
    CHECK(c.timeline(t0 + 4h - 1s).status() == ComplaintStatus::Routed);
}
