// Complaints in the database: what is stored comes back, the history cannot be rewritten, and the lists
// find what they are asked for.

#include "domain/complaintrepository.h"
#include "domain/siterepository.h"
#include "domain/workorderrepository.h"
#include "storage/schema.h"
#include "storage/sqlitestore.h"
#include "tempdir.h"
#include "testtime.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <array>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::ComplaintEventKind;
using domain::ComplaintStatus;
using domain::Department;
using propdesk::tests::at;
using propdesk::tests::TempDir;

namespace {

std::unique_ptr<domain::Store> freshStore(const TempDir& dir)
{
    auto store = storage::openStore(dir.file("propdesk.db"), storage::OpenMode::CreateIfMissing);
    REQUIRE(store);
    return std::move(*store);
}

domain::SiteId addSite(domain::Store& store, std::string code)
{
    domain::Site s;
    s.code = std::move(code);
    s.name = "测试小区";
    auto id = store.sites().add(s);
    REQUIRE(id);
    return *id;
}

domain::WorkOrderId addOrder(domain::Store& store, domain::SiteId siteId, std::string code)
{
    domain::WorkOrder o;
    o.header.siteId = siteId;
    o.header.code = std::move(code);
    o.header.location = "3-2-1502";
    o.header.category = domain::Category::Plumbing;
    o.header.reportedAt = at("2025-03-01 09:00");
    domain::WorkOrderEvent logged;
    logged.kind = domain::EventKind::Logged;
    logged.at = o.header.reportedAt;
    logged.actor = "tester";
    logged.recordedAt = logged.at;
    REQUIRE(o.apply(logged));
    auto id = store.workOrders().add(o);
    REQUIRE(id);
    return *id;
}

// An event as the use cases build it; recorded a minute after it happened, so that the two times differ.
domain::ComplaintEvent event(ComplaintEventKind kind, domain::Instant t, std::string note = {}, std::string detail = {})
{
    domain::ComplaintEvent e;
    e.kind = kind;
    e.at = t;
    e.actor = "客服小李";
    e.note = std::move(note);
    e.detail = std::move(detail);
    e.recordedAt = t + 1min;
    return e;
}

domain::ComplaintEvent routed(Department department, domain::Instant t)
{
    auto e = event(ComplaintEventKind::Routed, t);
    e.department = department;
    return e;
}

domain::ComplaintEvent judged(bool valid, domain::Instant t, std::string reason)
{
    auto e = event(ComplaintEventKind::Judged, t, std::move(reason));
    e.valid = valid;
    return e;
}

struct Intake
{
    std::string code;
    domain::Instant receivedAt;
    domain::ComplaintChannel channel = domain::ComplaintChannel::Phone;
    domain::ComplaintCategory category = domain::ComplaintCategory::Other;
    std::string resident = "王芳";
    std::string phone = "13800001111";
    std::string location = "3-2-1502";
    std::string description = "楼上漏水";
    std::string firstResponder = "李客服";
};

// A received complaint of `siteId`, built the way the use cases build it.
domain::Complaint received(domain::SiteId siteId, const Intake& in)
{
    domain::Complaint c;
    c.header.siteId = siteId;
    c.header.code = in.code;
    c.header.channel = in.channel;
    c.header.category = in.category;
    c.header.receivedAt = in.receivedAt;
    c.header.resident = in.resident;
    c.header.phone = in.phone;
    c.header.location = in.location;
    c.header.description = in.description;
    c.header.firstResponder = in.firstResponder;
    REQUIRE(c.apply(event(ComplaintEventKind::Received, in.receivedAt)));
    return c;
}

// Links as the complaint service does: the event first, then the header.
void link(domain::Complaint& c, domain::WorkOrderId order, const std::string& code, domain::Instant t)
{
    auto e = event(ComplaintEventKind::Linked, t);
    e.reference = code;
    REQUIRE(c.apply(e));
    c.header.workOrder = order;
    c.header.workOrderCode = code;
}

// A complaint that went every step to the revisit: two routings, a response, a verdict, a link, a note.
domain::Complaint fullyHandled(domain::SiteId siteId, domain::WorkOrderId order)
{
    auto c = received(siteId, Intake{.code = "TS20250303-001",
                                     .receivedAt = at("2025-03-03 09:00"),
                                     .channel = domain::ComplaintChannel::Hotline12345,
                                     .category = domain::ComplaintCategory::RepairQuality,
                                     .resident = "王芳",
                                     .phone = "138 0000 1111",
                                     .location = "5-1-302",
                                     .description = "修过的水管又漏了",
                                     .firstResponder = "李客服"});
    REQUIRE(c.apply(routed(Department::Cleaning, at("2025-03-03 09:05"))));
    REQUIRE(c.apply(routed(Department::Engineering, at("2025-03-03 09:10"))));
    REQUIRE(c.apply(event(ComplaintEventKind::Responded, at("2025-03-03 09:12"), "已安排师傅今天上门")));
    REQUIRE(c.apply(judged(true, at("2025-03-03 09:30"), "返修不到位")));
    link(c, order, "WO-7", at("2025-03-03 09:31"));
    REQUIRE(c.apply(event(ComplaintEventKind::Noted, at("2025-03-03 11:00"), "住户再次来电催促")));
    REQUIRE(c.apply(event(ComplaintEventKind::Resolved, at("2025-03-04 15:00"), "更换水管接头", "全楼排查同批接头")));
    REQUIRE(c.apply(event(ComplaintEventKind::Replied, at("2025-03-04 16:00"), "已电话告知住户", "张主任")));
    auto revisit = event(ComplaintEventKind::Revisited, at("2025-03-06 10:00"), "满意，但希望早点处理");
    revisit.satisfaction = 4;
    REQUIRE(c.apply(revisit));
    return c;
}

void checkSameHeader(const domain::ComplaintHeader& got, const domain::ComplaintHeader& want)
{
    CHECK(got.id == want.id);
    CHECK(got.siteId == want.siteId);
    CHECK(got.code == want.code);
    CHECK(got.channel == want.channel);
    CHECK(got.category == want.category);
    CHECK(got.receivedAt == want.receivedAt);
    CHECK(got.resident == want.resident);
    CHECK(got.phone == want.phone);
    CHECK(got.location == want.location);
    CHECK(got.description == want.description);
    CHECK(got.firstResponder == want.firstResponder);
    CHECK(got.workOrder == want.workOrder);
    CHECK(got.workOrderCode == want.workOrderCode);
}

void checkSameTimeline(const domain::ComplaintTimeline& got, const domain::ComplaintTimeline& want)
{
    CHECK(got.status() == want.status());
    CHECK(got.routed == want.routed);
    CHECK(got.department == want.department);
    CHECK(got.responded == want.responded);
    CHECK(got.resolved == want.resolved);
    CHECK(got.replied == want.replied);
    CHECK(got.revisited == want.revisited);
    CHECK(got.withdrawn == want.withdrawn);
    CHECK(got.valid == want.valid);
    CHECK(got.judged == want.judged);
    CHECK(got.verdictReason == want.verdictReason);
    CHECK(got.resolution == want.resolution);
    CHECK(got.measures == want.measures);
    CHECK(got.reply == want.reply);
    CHECK(got.informedHead == want.informedHead);
    CHECK(got.satisfaction == want.satisfaction);
    CHECK(got.revisitComment == want.revisitComment);
}

void checkSameHistory(const std::vector<domain::ComplaintEvent>& got, const std::vector<domain::ComplaintEvent>& want)
{
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        INFO("event " << i);
        CHECK(got[i].kind == want[i].kind);
        CHECK(got[i].at == want[i].at);
        CHECK(got[i].actor == want[i].actor);
        CHECK(got[i].note == want[i].note);
        CHECK(got[i].detail == want[i].detail);
        CHECK(got[i].department == want[i].department);
        CHECK(got[i].satisfaction == want[i].satisfaction);
        CHECK(got[i].valid == want[i].valid);
        CHECK(got[i].reference == want[i].reference);
        CHECK(got[i].recordedAt == want[i].recordedAt);
    }
}

domain::Complaint stored(domain::Store& store, domain::ComplaintId id)
{
    auto got = store.complaints().get(id);
    REQUIRE(got);
    REQUIRE(*got);
    return std::move(**got);
}

domain::ComplaintId addComplaint(domain::Store& store, domain::Complaint& c)
{
    auto id = store.complaints().add(c);
    REQUIRE(id);
    c.header.id = *id;
    return *id;
}

// Applies `e` and stores it, as a use case does.
void append(domain::Store& store, domain::Complaint& c, domain::ComplaintEvent e)
{
    REQUIRE(c.apply(std::move(e)));
    REQUIRE(store.complaints().appendEvent(c));
}

template <typename Items>
std::vector<std::string> codes(const Items& items)
{
    std::vector<std::string> out;
    for (const auto& item : items) {
        out.push_back(item.header.code);
    }
    return out;
}

using Codes = std::vector<std::string>;

} // namespace

TEST_CASE("a complaint comes back from the database exactly as it was stored, every event field included")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto hq = addSite(*store, "HQ");
    const auto order = addOrder(*store, hq, "WO-7");
    auto c = fullyHandled(hq, order);
    const auto id = addComplaint(*store, c);

    const auto got = stored(*store, id);
    checkSameHeader(got.header, c.header);
    CHECK(got.header.workOrderCode == "WO-7"); // read from the work order, not kept twice
    checkSameHistory(got.history, c.history);
    CHECK(got.status() == ComplaintStatus::Revisited);

    // The list row carries the whole timeline without the history.
    auto listed = store->complaints().find(domain::ComplaintFilter{}, std::nullopt, 10);
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    checkSameHeader(listed->front().header, c.header);
    checkSameTimeline(listed->front().timeline, c.timeline());
    CHECK(listed->front().timeline.routed == at("2025-03-03 09:05"));
    CHECK(listed->front().timeline.department == Department::Engineering);
    CHECK(listed->front().timeline.valid == true);
    CHECK(listed->front().timeline.satisfaction == 4);
    CHECK(listed->front().timeline.measures == "全楼排查同批接头");
    CHECK(listed->front().timeline.informedHead == "张主任");

    auto missing = store->complaints().get(domain::ComplaintId{id.value + 100});
    REQUIRE(missing);
    CHECK_FALSE(*missing);

    auto found = store->complaints().findId(hq, "TS20250303-001");
    REQUIRE(found);
    CHECK(*found == id);
    auto other = store->complaints().findId(hq, "TS20250303-002");
    REQUIRE(other);
    CHECK_FALSE(*other);
}

TEST_CASE("each stored step updates the complaint's state in the lists, and a link is kept from when it is made")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto hq = addSite(*store, "HQ");
    const auto order = addOrder(*store, hq, "WO-7");
    auto c = received(hq, Intake{.code = "TS20250303-001", .receivedAt = at("2025-03-03 09:00")});
    const auto id = addComplaint(*store, c);

    const auto listed = [&] {
        auto rows = store->complaints().find(domain::ComplaintFilter{}, std::nullopt, 10);
        REQUIRE(rows);
        REQUIRE(rows->size() == 1);
        return rows->front();
    };
    const auto statusAt = [&](ComplaintStatus status) {
        const std::array one{status};
        auto rows = store->complaints().withStatus(hq, one, 10);
        REQUIRE(rows);
        return codes(*rows);
    };
    CHECK(listed().timeline.status() == ComplaintStatus::Received);
    CHECK(statusAt(ComplaintStatus::Received) == Codes{"TS20250303-001"});

    append(*store, c, routed(Department::Security, at("2025-03-03 09:05")));
    CHECK(listed().timeline.status() == ComplaintStatus::Routed);
    CHECK(listed().timeline.department == Department::Security);
    CHECK(statusAt(ComplaintStatus::Received).empty());
    CHECK(statusAt(ComplaintStatus::Routed) == Codes{"TS20250303-001"});

    append(*store, c, routed(Department::Engineering, at("2025-03-03 09:07")));
    CHECK(listed().timeline.department == Department::Engineering);
    CHECK(listed().timeline.routed == at("2025-03-03 09:05"));

    append(*store, c, judged(false, at("2025-03-03 09:20"), "非物业责任"));
    CHECK(listed().timeline.valid == false);
    append(*store, c, judged(true, at("2025-03-03 09:40"), "复核后认定有效"));
    CHECK(listed().timeline.valid == true);
    CHECK(listed().timeline.judged == at("2025-03-03 09:40"));
    CHECK(listed().timeline.verdictReason == "复核后认定有效");

    auto linked = store->complaints().linkedTo(order);
    REQUIRE(linked);
    CHECK(linked->empty());
    link(c, order, "WO-7", at("2025-03-03 09:45"));
    REQUIRE(store->complaints().appendEvent(c));
    linked = store->complaints().linkedTo(order);
    REQUIRE(linked);
    CHECK(codes(*linked) == Codes{"TS20250303-001"});
    CHECK(linked->front().header.workOrderCode == "WO-7");

    // A later step keeps the link, whatever the header it comes with says.
    auto detached = c;
    detached.header.workOrder.reset();
    REQUIRE(detached.apply(event(ComplaintEventKind::Resolved, at("2025-03-04 10:00"), "已修复", "更换阀门")));
    REQUIRE(store->complaints().appendEvent(detached));
    c = detached;
    c.header.workOrder = order;
    CHECK(listed().header.workOrder == order);
    CHECK(listed().timeline.status() == ComplaintStatus::Resolved);
    CHECK(listed().timeline.resolution == "已修复");

    append(*store, c, event(ComplaintEventKind::Replied, at("2025-03-04 11:00"), "已告知", "张主任"));
    CHECK(statusAt(ComplaintStatus::Replied) == Codes{"TS20250303-001"});
    auto revisit = event(ComplaintEventKind::Revisited, at("2025-03-05 10:00"), "满意");
    revisit.satisfaction = 5;
    append(*store, c, revisit);
    CHECK(statusAt(ComplaintStatus::Replied).empty());
    checkSameTimeline(listed().timeline, c.timeline());

    const auto got = stored(*store, id);
    checkSameHistory(got.history, c.history);
    CHECK(got.header.workOrder == order);
    CHECK(got.history.size() == 9);

    auto empty = c;
    empty.history.clear();
    auto refused = store->complaints().appendEvent(empty);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == domain::ErrorCode::InvalidInput);
}

TEST_CASE("a withdrawn complaint is listed as withdrawn, with its time")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto hq = addSite(*store, "HQ");
    auto c = received(hq, Intake{.code = "TS20250303-001", .receivedAt = at("2025-03-03 09:00")});
    addComplaint(*store, c);
    append(*store, c, event(ComplaintEventKind::Withdrawn, at("2025-03-03 10:00"), "住户自行解决"));
    const std::array withdrawn{ComplaintStatus::Withdrawn};
    auto rows = store->complaints().withStatus(hq, withdrawn, 10);
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().timeline.withdrawn == at("2025-03-03 10:00"));
    CHECK(rows->front().timeline.status() == ComplaintStatus::Withdrawn);
}

TEST_CASE("the complaint history is append-only: changing, deleting or replacing an event is refused by the database")
{
    TempDir dir;
    const auto path = dir.file("propdesk.db");
    {
        auto store = freshStore(dir);
        const auto hq = addSite(*store, "HQ");
        auto c = received(hq, Intake{.code = "TS20250303-001", .receivedAt = at("2025-03-03 09:00")});
        REQUIRE(c.apply(routed(Department::Engineering, at("2025-03-03 09:05"))));
        REQUIRE(c.apply(judged(true, at("2025-03-03 09:10"), "有效")));
        addComplaint(*store, c);
    }
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
    REQUIRE(db.execAndGet("SELECT COUNT(*) FROM complaint_events").getInt() == 3);

    CHECK_THROWS_WITH(db.exec("UPDATE complaint_events SET valid = 0 WHERE kind = 'judged'"),
                      Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM complaint_events WHERE kind = 'judged'"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM complaint_events"), Catch::Contains("append-only"));
    const auto judgedId = db.execAndGet("SELECT id FROM complaint_events WHERE kind = 'judged'").getInt64();
    CHECK_THROWS_WITH(
        db.exec(fmt::format("INSERT OR REPLACE INTO complaint_events(id, complaint_id, kind, at, actor, "
                            "valid, recorded_at) SELECT id, complaint_id, kind, at, actor, 0, recorded_at "
                            "FROM complaint_events WHERE id = {}",
                            judgedId)),
        Catch::Contains("append-only"));

    CHECK(db.execAndGet("SELECT COUNT(*) FROM complaint_events").getInt() == 3);
    CHECK(db.execAndGet("SELECT valid FROM complaint_events WHERE kind = 'judged'").getInt() == 1);
}

TEST_CASE("a complaint code is unique within its site: a second one is a conflict, another site may use it")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto hq = addSite(*store, "HQ");
    const auto east = addSite(*store, "EAST");
    auto first = received(hq, Intake{.code = "TS20250303-001", .receivedAt = at("2025-03-03 09:00")});
    addComplaint(*store, first);

    auto again = received(hq, Intake{.code = "TS20250303-001", .receivedAt = at("2025-03-03 10:00")});
    auto dup = store->complaints().add(again);
    REQUIRE_FALSE(dup);
    CHECK(dup.error().code == domain::ErrorCode::Conflict);
    CHECK(dup.error().field == "code");
    CHECK(dup.error().record == "TS20250303-001");

    // The refused insert does not spoil the next one.
    auto elsewhere = received(east, Intake{.code = "TS20250303-001", .receivedAt = at("2025-03-03 10:00")});
    CHECK(store->complaints().add(elsewhere));
    auto next = received(hq, Intake{.code = "TS20250303-002", .receivedAt = at("2025-03-03 10:00")});
    CHECK(store->complaints().add(next));
}

TEST_CASE("the complaints received in a period include its first second and exclude its end, with their histories")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto hq = addSite(*store, "HQ");
    const auto east = addSite(*store, "EAST");
    const auto from = at("2025-03-01 00:00");
    const auto to = at("2025-04-01 00:00");
    const auto add = [&](domain::SiteId site, std::string code, domain::Instant t, bool route) {
        auto c = received(site, Intake{.code = std::move(code), .receivedAt = t});
        if (route) {
            REQUIRE(c.apply(routed(Department::Cleaning, t + 5min)));
        }
        addComplaint(*store, c);
    };
    // Added out of order: the result is oldest first all the same.
    add(hq, "LAST", to - 1s, false);
    add(hq, "BEFORE", from - 1s, true);
    add(hq, "FIRST", from, true);
    add(hq, "AFTER", to, true);
    add(east, "EAST", from + 1h, true);

    auto month = store->complaints().receivedBetween(hq, from, to);
    REQUIRE(month);
    CHECK(codes(*month) == Codes{"FIRST", "LAST"});
    REQUIRE(month->size() == 2);
    REQUIRE(month->front().history.size() == 2);
    CHECK(month->front().history[1].kind == ComplaintEventKind::Routed);
    CHECK(month->front().status() == ComplaintStatus::Routed);
    CHECK(month->back().history.size() == 1);
    CHECK(month->back().status() == ComplaintStatus::Received);

    auto n = store->complaints().countReceivedBetween(hq, from, to);
    REQUIRE(n);
    CHECK(*n == 2);

    auto none = store->complaints().receivedBetween(hq, at("2025-05-01 00:00"), at("2025-06-01 00:00"));
    REQUIRE(none);
    CHECK(none->empty());
}

namespace {

// Five complaints over two sites, each differing from the others in the fields the history filters by.
struct FilterFixture
{
    TempDir dir;
    std::unique_ptr<domain::Store> store = freshStore(dir);
    domain::SiteId hq = addSite(*store, "HQ");
    domain::SiteId east = addSite(*store, "EAST");

    FilterFixture()
    {
        auto a = received(hq, Intake{.code = "TS20250303-001",
                                     .receivedAt = at("2025-03-03 09:00"),
                                     .channel = domain::ComplaintChannel::Phone,
                                     .category = domain::ComplaintCategory::Cleaning,
                                     .resident = "王芳",
                                     .phone = "13800001111",
                                     .location = "3-2-1502",
                                     .description = "楼道垃圾没人清理",
                                     .firstResponder = "李客服"});
        REQUIRE(a.apply(routed(Department::Cleaning, at("2025-03-03 09:05"))));
        addComplaint(*store, a);

        auto b = received(hq, Intake{.code = "TS20250303-002",
                                     .receivedAt = at("2025-03-03 10:00"),
                                     .channel = domain::ComplaintChannel::Visit,
                                     .category = domain::ComplaintCategory::Noise,
                                     .resident = "Zhang WEI",
                                     .phone = "13900002222",
                                     .location = "5-1-302",
                                     .description = "楼上装修 after 10PM",
                                     .firstResponder = "赵前台"});
        REQUIRE(b.apply(routed(Department::Engineering, at("2025-03-03 10:05"))));
        REQUIRE(b.apply(event(ComplaintEventKind::Responded, at("2025-03-03 10:10"), "已联系装修户")));
        REQUIRE(b.apply(event(ComplaintEventKind::Resolved, at("2025-03-03 16:00"), "已协调")));
        REQUIRE(b.apply(judged(true, at("2025-03-03 16:30"), "属实")));
        addComplaint(*store, b);

        auto c = received(hq, Intake{.code = "TS20250304-001",
                                     .receivedAt = at("2025-03-04 08:00"),
                                     .channel = domain::ComplaintChannel::Hotline12345,
                                     .category = domain::ComplaintCategory::Fees,
                                     .resident = "陈先生",
                                     .phone = "13700003333",
                                     .location = "8-1-101",
                                     .description = "物业费涨了100%_不合理",
                                     .firstResponder = "赵前台"});
        REQUIRE(c.apply(judged(false, at("2025-03-04 09:00"), "按合同收费")));
        addComplaint(*store, c);

        auto d = received(hq, Intake{.code = "TS20250305-001",
                                     .receivedAt = at("2025-03-05 12:00"),
                                     .channel = domain::ComplaintChannel::Online,
                                     .category = domain::ComplaintCategory::Parking,
                                     .resident = "刘女士",
                                     .phone = "13600004444",
                                     .location = "地下车库B2",
                                     .description = "车位被占",
                                     .firstResponder = "赵前台"});
        REQUIRE(d.apply(event(ComplaintEventKind::Withdrawn, at("2025-03-05 13:00"), "已自行解决")));
        addComplaint(*store, d);

        auto e = received(east, Intake{.code = "TS20250303-101",
                                       .receivedAt = at("2025-03-03 11:00"),
                                       .channel = domain::ComplaintChannel::Letter,
                                       .category = domain::ComplaintCategory::Cleaning,
                                       .resident = "孙大爷",
                                       .phone = "13500005555",
                                       .location = "东区2栋",
                                       .description = "垃圾桶满了",
                                       .firstResponder = "周客服"});
        addComplaint(*store, e);
    }

    Codes find(const domain::ComplaintFilter& filter)
    {
        auto rows = store->complaints().find(filter, std::nullopt, 100);
        REQUIRE(rows);
        auto n = store->complaints().count(filter, 100);
        REQUIRE(n);
        CHECK(*n == static_cast<std::int64_t>(rows->size()));
        return codes(*rows);
    }

    Codes text(std::string text)
    {
        domain::ComplaintFilter f;
        f.text = std::move(text);
        return find(f);
    }
};

} // namespace

TEST_CASE("the complaint history filters by site, status, category, channel, department, verdict and period")
{
    FilterFixture fx;
    domain::ComplaintFilter f;
    CHECK(fx.find(f) ==
          Codes{"TS20250305-001", "TS20250304-001", "TS20250303-101", "TS20250303-002", "TS20250303-001"});

    f = {};
    f.site = fx.hq;
    CHECK(fx.find(f) == Codes{"TS20250305-001", "TS20250304-001", "TS20250303-002", "TS20250303-001"});
    f.site = fx.east;
    CHECK(fx.find(f) == Codes{"TS20250303-101"});

    f = {};
    f.statuses = {ComplaintStatus::Routed};
    CHECK(fx.find(f) == Codes{"TS20250303-001"});
    f.statuses = {ComplaintStatus::Resolved, ComplaintStatus::Withdrawn};
    CHECK(fx.find(f) == Codes{"TS20250305-001", "TS20250303-002"});
    f.statuses = {ComplaintStatus::Received};
    CHECK(fx.find(f) == Codes{"TS20250304-001", "TS20250303-101"});
    f.statuses = {ComplaintStatus::Revisited};
    CHECK(fx.find(f).empty());

    f = {};
    f.category = domain::ComplaintCategory::Cleaning;
    CHECK(fx.find(f) == Codes{"TS20250303-101", "TS20250303-001"});
    f.site = fx.hq;
    CHECK(fx.find(f) == Codes{"TS20250303-001"});

    f = {};
    f.channel = domain::ComplaintChannel::Hotline12345;
    CHECK(fx.find(f) == Codes{"TS20250304-001"});
    f.channel = domain::ComplaintChannel::Letter;
    CHECK(fx.find(f) == Codes{"TS20250303-101"});

    f = {};
    f.department = Department::Engineering;
    CHECK(fx.find(f) == Codes{"TS20250303-002"});
    f.department = Department::Cleaning;
    CHECK(fx.find(f) == Codes{"TS20250303-001"});
    f.department = Department::Management;
    CHECK(fx.find(f).empty());

    // Only judged complaints have a verdict to match.
    f = {};
    f.valid = true;
    CHECK(fx.find(f) == Codes{"TS20250303-002"});
    f.valid = false;
    CHECK(fx.find(f) == Codes{"TS20250304-001"});

    f = {};
    f.receivedFrom = at("2025-03-04 08:00"); // inclusive
    CHECK(fx.find(f) == Codes{"TS20250305-001", "TS20250304-001"});
    f = {};
    f.receivedTo = at("2025-03-04 08:00"); // exclusive
    CHECK(fx.find(f) == Codes{"TS20250303-101", "TS20250303-002", "TS20250303-001"});
    f.receivedFrom = at("2025-03-03 10:00");
    CHECK(fx.find(f) == Codes{"TS20250303-101", "TS20250303-002"});
    f.site = fx.hq;
    CHECK(fx.find(f) == Codes{"TS20250303-002"});
}

TEST_CASE("the complaint text search finds a substring of code, resident, phone, place, description or first "
          "responder, ignoring case")
{
    FilterFixture fx;
    CHECK(fx.text("垃圾") == Codes{"TS20250303-101", "TS20250303-001"});
    CHECK(fx.text("  垃圾 ") == Codes{"TS20250303-101", "TS20250303-001"});
    CHECK(fx.text("zhang wei") == Codes{"TS20250303-002"});
    CHECK(fx.text("10pm") == Codes{"TS20250303-002"});
    CHECK(fx.text("ts20250304") == Codes{"TS20250304-001"});
    CHECK(fx.text("0000222") == Codes{"TS20250303-002"});
    CHECK(fx.text("5-1-30") == Codes{"TS20250303-002"});
    CHECK(fx.text("车库") == Codes{"TS20250305-001"});
    CHECK(fx.text("赵前台") == Codes{"TS20250305-001", "TS20250304-001", "TS20250303-002"});
    CHECK(fx.text("周客服") == Codes{"TS20250303-101"});
    CHECK(fx.text("漏水").empty());
    CHECK(fx.text("").size() == 5);

    // Wildcards are plain characters.
    CHECK(fx.text("%") == Codes{"TS20250304-001"});
    CHECK(fx.text("_") == Codes{"TS20250304-001"});
    CHECK(fx.text("100%_") == Codes{"TS20250304-001"});
    CHECK(fx.text("0_").empty());
    CHECK(fx.text("\\").empty());

    domain::ComplaintFilter f;
    f.text = "垃圾";
    f.site = fx.hq;
    CHECK(fx.find(f) == Codes{"TS20250303-001"});
    f.statuses = {ComplaintStatus::Received};
    CHECK(fx.find(f).empty());
}

TEST_CASE("the complaint count stops one past its cap")
{
    FilterFixture fx;
    const domain::ComplaintFilter all;
    const auto count = [&](std::int64_t cap) {
        auto n = fx.store->complaints().count(all, cap);
        REQUIRE(n);
        return *n;
    };
    CHECK(count(100) == 5);
    CHECK(count(5) == 5);
    CHECK(count(4) == 5);
    CHECK(count(2) == 3);
    CHECK(count(0) == 1);
}

TEST_CASE("the complaint history pages newest first without losing or repeating complaints received at the same "
          "second")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto hq = addSite(*store, "HQ");
    const auto same = at("2025-03-03 09:00");
    std::vector<domain::ComplaintId> ids;
    const auto add = [&](std::string code, domain::Instant t) {
        auto c = received(hq, Intake{.code = std::move(code), .receivedAt = t});
        ids.push_back(addComplaint(*store, c));
    };
    add("A", same);
    add("B", same + 1h);
    add("C", same);
    add("D", same);
    add("E", same - 1h);
    add("F", same);
    add("G", same + 1h);

    domain::ComplaintFilter f;
    f.site = hq;
    Codes seen;
    std::optional<domain::ComplaintPageKey> after;
    int pages = 0;
    for (;;) {
        auto page = store->complaints().find(f, after, 2);
        REQUIRE(page);
        if (page->empty()) {
            break;
        }
        ++pages;
        CHECK(page->size() <= 2);
        for (const auto& row : *page) {
            seen.push_back(row.header.code);
        }
        after = domain::ComplaintPageKey{page->back().header.receivedAt, page->back().header.id};
    }
    CHECK(pages == 4);
    // Within one second the later-added (higher id) comes first.
    CHECK(seen == Codes{"G", "B", "F", "D", "C", "A", "E"});

    auto none = store->complaints().find(f, std::nullopt, 0);
    REQUIRE(none);
    CHECK(none->empty());
}

TEST_CASE("the status lists give a site's complaints in the asked statuses, oldest first, up to the limit")
{
    FilterFixture fx;
    const auto list = [&](domain::SiteId site, std::vector<ComplaintStatus> statuses, int limit) {
        auto rows = fx.store->complaints().withStatus(site, statuses, limit);
        REQUIRE(rows);
        return codes(*rows);
    };
    CHECK(list(fx.hq, {ComplaintStatus::Received, ComplaintStatus::Routed}, 10) ==
          Codes{"TS20250303-001", "TS20250304-001"});
    CHECK(list(fx.hq, {ComplaintStatus::Received, ComplaintStatus::Routed}, 1) == Codes{"TS20250303-001"});
    CHECK(list(fx.east, {ComplaintStatus::Received, ComplaintStatus::Routed}, 10) == Codes{"TS20250303-101"});
    CHECK(list(fx.hq, {ComplaintStatus::Resolved}, 10) == Codes{"TS20250303-002"});
    CHECK(list(fx.hq, {ComplaintStatus::Replied}, 10).empty());
    CHECK(list(fx.hq, {}, 10).empty());
}

TEST_CASE("the complaints about a work order are listed oldest first, with the order's code")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto hq = addSite(*store, "HQ");
    const auto leak = addOrder(*store, hq, "WO-1");
    const auto lift = addOrder(*store, hq, "WO-2");
    const auto unrelated = addOrder(*store, hq, "WO-3");
    const auto add = [&](std::string code, domain::Instant t, domain::WorkOrderId order, std::string orderCode) {
        auto c = received(hq, Intake{.code = std::move(code), .receivedAt = t});
        link(c, order, orderCode, t + 10min);
        addComplaint(*store, c);
    };
    add("LATER", at("2025-03-04 09:00"), leak, "WO-1");
    add("EARLIER", at("2025-03-03 09:00"), leak, "WO-1");
    add("LIFT", at("2025-03-03 10:00"), lift, "WO-2");
    auto unlinked = received(hq, Intake{.code = "NONE", .receivedAt = at("2025-03-03 11:00")});
    addComplaint(*store, unlinked);

    auto rows = store->complaints().linkedTo(leak);
    REQUIRE(rows);
    CHECK(codes(*rows) == Codes{"EARLIER", "LATER"});
    for (const auto& row : *rows) {
        CHECK(row.header.workOrder == leak);
        CHECK(row.header.workOrderCode == "WO-1");
    }
    rows = store->complaints().linkedTo(unrelated);
    REQUIRE(rows);
    CHECK(rows->empty());

    auto none = stored(*store, unlinked.header.id);
    CHECK_FALSE(none.header.workOrder);
    CHECK(none.header.workOrderCode.empty());
}

TEST_CASE("a complaint cannot point at a site or work order that does not exist")
{
    TempDir dir;
    auto store = freshStore(dir);
    auto orphan = received(domain::SiteId{4242}, Intake{.code = "X", .receivedAt = at("2025-03-03 09:00")});
    auto added = store->complaints().add(orphan);
    REQUIRE_FALSE(added);
    CHECK(added.error().code == domain::ErrorCode::Storage);

    const auto hq = addSite(*store, "HQ");
    auto c = received(hq, Intake{.code = "Y", .receivedAt = at("2025-03-03 09:00")});
    link(c, domain::WorkOrderId{999}, "WO-999", at("2025-03-03 09:10"));
    added = store->complaints().add(c);
    REQUIRE_FALSE(added);
    CHECK(added.error().code == domain::ErrorCode::Storage);
}

TEST_CASE("a schema-4 database with work orders upgrades to complaints and keeps its data")
{
    TempDir dir;
    const auto path = dir.file("v4.db");
    const auto reported = at("2025-02-10 09:00");
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        storage::upgradeSchema(db, 4);
        REQUIRE(storage::schemaVersion(db) == 4);
        REQUIRE_FALSE(db.tableExists("complaints"));
        db.exec("INSERT INTO sites(id, code, name, time_zone, calendar) "
                "VALUES(7, 'OLD', '老小区', 'Asia/Shanghai', 'CN')");
        SQLite::Statement wo(db, "INSERT INTO work_orders(id, site_id, code, location, category, urgency, reporter, "
                                 "description, reported_at, status) VALUES(11, 7, 'WO-OLD-1', '5-1-302', 'plumbing', "
                                 "'normal', '王芳', '厨房水龙头滴水', ?, 'logged')");
        wo.bind(1, domain::epochSeconds(reported));
        wo.exec();
        SQLite::Statement ev(db, "INSERT INTO work_order_events(work_order_id, kind, at, actor, recorded_at) "
                                 "VALUES(11, 'logged', ?, 'front-desk', ?)");
        ev.bind(1, domain::epochSeconds(reported));
        ev.bind(2, domain::epochSeconds(reported));
        ev.exec();
        db.exec("INSERT INTO users(name, role, password_hash, created_at) VALUES('admin', 'admin', 'x', 0)");
    }

    {
        auto opened = storage::openStore(path, storage::OpenMode::OpenExisting);
        REQUIRE(opened);
        auto& store = **opened;
        auto order = store.workOrders().get(domain::WorkOrderId{11});
        REQUIRE(order);
        REQUIRE(*order);
        CHECK((*order)->header.code == "WO-OLD-1");
        CHECK((*order)->header.description == "厨房水龙头滴水");
        CHECK((*order)->history.size() == 1);

        auto c = received(domain::SiteId{7}, Intake{.code = "TS20250211-001", .receivedAt = at("2025-02-11 09:00")});
        link(c, domain::WorkOrderId{11}, "WO-OLD-1", at("2025-02-11 09:05"));
        const auto id = addComplaint(store, c);
        const auto got = stored(store, id);
        CHECK(got.header.workOrderCode == "WO-OLD-1");
        checkSameHistory(got.history, c.history);
    }

    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    CHECK(storage::schemaVersion(db) == storage::kSchemaVersion);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM users").getInt() == 1);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'complaint_events'")
              .getInt() == 3);
    auto inspection = storage::inspectDatabase(path, false);
    REQUIRE(inspection);
    CHECK(inspection->ok);
    CHECK(inspection->schemaVersion == storage::kSchemaVersion);
}
