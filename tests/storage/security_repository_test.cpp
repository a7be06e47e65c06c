// The security records in the database: setups, rosters, route versions, patrol scans, handovers with their
// open items, the duty log and spot checks come back as they were stored, and each list finds exactly its
// period and its site.

#include "domain/complaintrepository.h"
#include "domain/securityrepository.h"
#include "domain/siterepository.h"
#include "storage/schema.h"
#include "storage/sqlitestore.h"
#include "tempdir.h"
#include "testtime.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <array>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::StaffId;
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

domain::Date day(std::string_view text)
{
    auto d = domain::parseDate(text);
    REQUIRE(d);
    return *d;
}

std::int64_t count(const TempDir& dir, const std::string& sql)
{
    SQLite::Database db(dir.file("propdesk.db").string(), SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt64();
}

// Nothing left as a default: every field differs from what a default-constructed setup holds.
domain::SecuritySetup fullSetup(domain::SiteId site)
{
    domain::SecuritySetup s;
    s.site = site;
    domain::ShiftDefinition day;
    day.code = "day";
    day.name = "白班";
    day.start = 8h;
    day.length = 12h;
    domain::ShiftDefinition night;
    night.code = "night";
    night.name = "夜班";
    night.start = 20h;
    night.length = 12h;
    s.shifts = {day, night};
    domain::PostDefinition gate;
    gate.code = "gate";
    gate.name = "大门岗";
    domain::PostDefinition patrol;
    patrol.code = "patrol";
    patrol.name = "巡逻岗";
    patrol.shifts = {"night"};
    s.posts = {gate, patrol};
    domain::Squad one;
    one.code = "1";
    one.name = "护卫一班";
    one.guards = {StaffId{11}, StaffId{12}};
    domain::Squad two;
    two.code = "2";
    two.name = "护卫二班";
    two.guards = {StaffId{21}};
    domain::Squad three;
    three.code = "3";
    three.name = "护卫三班";
    s.squads = {one, two, three};
    s.rotation.days = {1, 16};
    s.rotation.direction = domain::RotationDirection::Backward;
    s.rotation.anchor = date::year{2025} / 12 / 16;
    s.minimumRest = 10h;
    s.nightSpotChecksPerMonth = 6;
    return s;
}

void checkSameSetup(const domain::SecuritySetup& got, const domain::SecuritySetup& want)
{
    CHECK(got.site == want.site);
    REQUIRE(got.shifts.size() == want.shifts.size());
    for (std::size_t i = 0; i < want.shifts.size(); ++i) {
        CHECK(got.shifts[i].code == want.shifts[i].code);
        CHECK(got.shifts[i].name == want.shifts[i].name);
        CHECK(got.shifts[i].start == want.shifts[i].start);
        CHECK(got.shifts[i].length == want.shifts[i].length);
    }
    REQUIRE(got.posts.size() == want.posts.size());
    for (std::size_t i = 0; i < want.posts.size(); ++i) {
        CHECK(got.posts[i].code == want.posts[i].code);
        CHECK(got.posts[i].name == want.posts[i].name);
        CHECK(got.posts[i].shifts == want.posts[i].shifts);
    }
    REQUIRE(got.squads.size() == want.squads.size());
    for (std::size_t i = 0; i < want.squads.size(); ++i) {
        CHECK(got.squads[i].code == want.squads[i].code);
        CHECK(got.squads[i].name == want.squads[i].name);
        CHECK(got.squads[i].guards == want.squads[i].guards);
    }
    CHECK(got.rotation.days == want.rotation.days);
    CHECK(got.rotation.direction == want.rotation.direction);
    CHECK(got.rotation.anchor == want.rotation.anchor);
    CHECK(got.minimumRest == want.minimumRest);
    CHECK(got.nightSpotChecksPerMonth == want.nightSpotChecksPerMonth);
}

domain::RosterSlot slot(std::string_view d, std::string shift, std::string post, std::string squad,
                        std::optional<StaffId> planned, std::optional<StaffId> guard,
                        domain::RosterChange change = domain::RosterChange::None, std::string note = {})
{
    domain::RosterSlot s;
    s.key.day = day(d);
    s.key.shift = std::move(shift);
    s.key.post = std::move(post);
    s.squad = std::move(squad);
    s.planned = planned;
    s.guard = guard;
    s.change = change;
    s.note = std::move(note);
    return s;
}

void checkSameSlots(const std::vector<domain::RosterSlot>& got, const std::vector<domain::RosterSlot>& want)
{
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        INFO("slot " << i);
        CHECK(got[i].key == want[i].key);
        CHECK(got[i].squad == want[i].squad);
        CHECK(got[i].planned == want[i].planned);
        CHECK(got[i].guard == want[i].guard);
        CHECK(got[i].change == want[i].change);
        CHECK(got[i].note == want[i].note);
    }
}

domain::Roster marchRoster(domain::SiteId site)
{
    domain::Roster r;
    r.site = site;
    r.month = date::year{2026} / date::March;
    r.status = domain::RosterStatus::Published;
    r.generatedAt = at("2026-02-25 10:00");
    r.generatedBy = "保安主管";
    r.publishedAt = at("2026-02-26 16:30");
    r.publishedBy = "项目经理";
    // Deliberately not in text order (night before early): the sheet's order is kept as given.
    r.assignments = {slot("2026-03-01", "night", "gate", "1", StaffId{11}, StaffId{11}),
                     slot("2026-03-01", "early", "gate", "2", StaffId{21}, std::nullopt, domain::RosterChange::Leave,
                          "病假，无人顶岗"),
                     slot("2026-03-01", "early", "lobby", "2", StaffId{22}, StaffId{31},
                          domain::RosterChange::Substitute, "张三顶班"),
                     slot("2026-03-02", "middle", "car_park", "", std::nullopt, std::nullopt),
                     slot("2026-03-31", "night", "lobby", "3", StaffId{12}, StaffId{13}, domain::RosterChange::Swap,
                          "与3月30日对调")};
    return r;
}

domain::PatrolRoute route(domain::SiteId site, std::string code, std::string_view from)
{
    domain::PatrolRoute r;
    r.site = site;
    r.code = std::move(code);
    r.name = "夜间外围巡逻";
    r.effectiveFrom = day(from);
    domain::Checkpoint east;
    east.code = "CP-01";
    east.name = "1号楼东门";
    east.location = "1号楼一层东侧";
    domain::Checkpoint garage;
    garage.code = "CP-02";
    garage.name = "地库入口";
    garage.location = "B1";
    r.checkpoints = {east, garage};
    r.roundsPerShift = {{"night", 4}, {"early", 2}};
    r.roundLength = 30min;
    r.tolerance = 5min;
    r.active = true;
    return r;
}

domain::PatrolScan scan(domain::SiteId site, std::string checkpoint, domain::Instant t, std::string guard = "王伟")
{
    domain::PatrolScan s;
    s.site = site;
    s.checkpoint = std::move(checkpoint);
    s.at = t;
    s.guard = std::move(guard);
    s.source = "tour-2026-03-02.csv";
    s.recordedAt = at("2026-03-02 09:00");
    s.recordedBy = "保安主管";
    return s;
}

domain::Handover handover(domain::SiteId site, std::string_view d, std::string shift)
{
    domain::Handover h;
    h.site = site;
    h.day = day(d);
    h.shift = std::move(shift);
    h.outgoingLeader = "李强";
    h.incomingLeader = "赵刚";
    h.notes = "对讲机4台，钥匙一串，大门道闸正常";
    h.recordedAt = at("2026-03-01 07:05");
    h.recordedBy = "赵刚";
    return h;
}

void checkSameHandover(const domain::Handover& got, const domain::Handover& want)
{
    CHECK(got.site == want.site);
    CHECK(got.day == want.day);
    CHECK(got.shift == want.shift);
    CHECK(got.outgoingLeader == want.outgoingLeader);
    CHECK(got.outgoingSignedAt == want.outgoingSignedAt);
    CHECK(got.incomingLeader == want.incomingLeader);
    CHECK(got.incomingSignedAt == want.incomingSignedAt);
    CHECK(got.notes == want.notes);
    CHECK(got.recordedAt == want.recordedAt);
    CHECK(got.recordedBy == want.recordedBy);
}

domain::HandoverItem openedItem(domain::SiteId site, std::string text, domain::Instant opened,
                                std::optional<domain::Instant> closed = {})
{
    domain::HandoverItem item;
    item.site = site;
    item.text = std::move(text);
    item.openedAt = opened;
    item.openedBy = "李强";
    if (closed) {
        item.closedAt = closed;
        item.closedBy = "赵刚";
        item.closingNote = "已处理";
    }
    return item;
}

void checkSameItem(const domain::HandoverItem& got, const domain::HandoverItem& want)
{
    CHECK(got.site == want.site);
    CHECK(got.text == want.text);
    CHECK(got.openedAt == want.openedAt);
    CHECK(got.openedBy == want.openedBy);
    CHECK(got.openedIn == want.openedIn);
    CHECK(got.closedAt == want.closedAt);
    CHECK(got.closedBy == want.closedBy);
    CHECK(got.closingNote == want.closingNote);
}

std::vector<std::string> texts(const std::vector<domain::HandoverItem>& items)
{
    std::vector<std::string> out;
    for (const auto& i : items) {
        out.push_back(i.text);
    }
    return out;
}

domain::DutyEntry visitor(domain::SiteId site, std::string subject, domain::Instant in,
                          std::optional<domain::Instant> out = {})
{
    domain::DutyEntry e;
    e.site = site;
    e.kind = domain::DutyEntryKind::Visitor;
    e.at = in;
    e.leftAt = out;
    e.subject = std::move(subject);
    e.detail = "探访5-1-302王芳";
    e.location = "大门岗";
    e.recordedAt = in + 1min;
    e.recordedBy = "门岗小刘";
    return e;
}

domain::DutyEntry incident(domain::SiteId site, domain::Instant t)
{
    domain::DutyEntry e;
    e.site = site;
    e.kind = domain::DutyEntryKind::Incident;
    e.at = t;
    e.subject = "地库电动车起火";
    e.detail = "B1充电区一辆电动车冒烟";
    e.location = "地库B1";
    e.incident = domain::IncidentType::Fire;
    e.handling = "切断电源，灭火器扑灭，报告物业经理";
    e.outcome = "无人员伤亡，车辆烧毁";
    e.handledAt = t + 25min;
    e.recordedAt = t + 40min;
    e.recordedBy = "值班班长";
    return e;
}

void checkSameEntry(const domain::DutyEntry& got, const domain::DutyEntry& want)
{
    CHECK(got.site == want.site);
    CHECK(got.kind == want.kind);
    CHECK(got.at == want.at);
    CHECK(got.leftAt == want.leftAt);
    CHECK(got.subject == want.subject);
    CHECK(got.detail == want.detail);
    CHECK(got.location == want.location);
    CHECK(got.incident == want.incident);
    CHECK(got.handling == want.handling);
    CHECK(got.outcome == want.outcome);
    CHECK(got.handledAt == want.handledAt);
    CHECK(got.recordedAt == want.recordedAt);
    CHECK(got.recordedBy == want.recordedBy);
}

std::vector<std::string> subjects(const std::vector<domain::DutyEntry>& entries)
{
    std::vector<std::string> out;
    for (const auto& e : entries) {
        out.push_back(e.subject);
    }
    return out;
}

} // namespace

TEST_CASE("a site's security setup is stored whole and a second save replaces it")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();

    auto none = security.setup(site);
    REQUIRE(none);
    CHECK_FALSE(none->has_value());

    const auto setup = fullSetup(site);
    REQUIRE(security.saveSetup(setup));
    auto got = security.setup(site);
    REQUIRE(got);
    REQUIRE(got->has_value());
    checkSameSetup(**got, setup);

    auto changed = setup;
    changed.squads.pop_back();
    changed.posts.front().shifts = {"day", "night"};
    changed.rotation.direction = domain::RotationDirection::Forward;
    changed.rotation.days = {1, 11, 21};
    changed.minimumRest = 0s;
    changed.nightSpotChecksPerMonth = 0;
    REQUIRE(security.saveSetup(changed));
    got = security.setup(site);
    REQUIRE(got);
    REQUIRE(got->has_value());
    checkSameSetup(**got, changed);
    CHECK(count(dir, "SELECT COUNT(*) FROM security_setups") == 1);
}

TEST_CASE("the default setup survives the database with its Chinese names and its night shift")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto setup = domain::defaultSecuritySetup(site);
    REQUIRE(store->security().saveSetup(setup));
    auto got = store->security().setup(site);
    REQUIRE(got);
    REQUIRE(got->has_value());
    checkSameSetup(**got, setup);
}

TEST_CASE("a setup cannot belong to a site that does not exist")
{
    TempDir dir;
    auto store = freshStore(dir);
    auto saved = store->security().saveSetup(fullSetup(domain::SiteId{4242}));
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == domain::ErrorCode::Storage);
}

TEST_CASE("a month's roster comes back slot by slot in sheet order with its status and signatures")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();

    auto none = security.roster(site, date::year{2026} / date::March);
    REQUIRE(none);
    CHECK_FALSE(none->has_value());

    const auto roster = marchRoster(site);
    auto id = security.saveRoster(roster);
    REQUIRE(id);
    CHECK(id->value > 0);

    auto got = security.roster(site, date::year{2026} / date::March);
    REQUIRE(got);
    REQUIRE(got->has_value());
    const auto& r = **got;
    CHECK(r.id == *id);
    CHECK(r.site == site);
    CHECK(r.month == date::year{2026} / date::March);
    CHECK(r.status == domain::RosterStatus::Published);
    CHECK(r.generatedAt == at("2026-02-25 10:00"));
    CHECK(r.generatedBy == "保安主管");
    CHECK(r.publishedAt == at("2026-02-26 16:30"));
    CHECK(r.publishedBy == "项目经理");
    checkSameSlots(r.assignments, roster.assignments);

    // The month next to it is another roster.
    auto april = security.roster(site, date::year{2026} / date::April);
    REQUIRE(april);
    CHECK_FALSE(april->has_value());
}

TEST_CASE("saving a month's roster again replaces its slots and keeps its id")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();

    auto first = security.saveRoster(marchRoster(site));
    REQUIRE(first);

    auto edited = marchRoster(site);
    edited.id = domain::RosterId{}; // as generated again: the month decides which roster it replaces
    edited.status = domain::RosterStatus::Draft;
    edited.generatedAt = at("2026-02-27 08:00");
    edited.generatedBy = "项目经理";
    edited.publishedAt.reset();
    edited.publishedBy.clear();
    edited.assignments = {
        slot("2026-03-01", "early", "gate", "2", StaffId{21}, StaffId{21}),
        slot("2026-03-01", "early", "lobby", "2", StaffId{22}, StaffId{21}, domain::RosterChange::Swap, "对调")};
    auto second = security.saveRoster(edited);
    REQUIRE(second);
    CHECK(*second == *first);

    auto got = security.roster(site, date::year{2026} / date::March);
    REQUIRE(got);
    REQUIRE(got->has_value());
    const auto& r = **got;
    CHECK(r.id == *first);
    CHECK(r.status == domain::RosterStatus::Draft);
    CHECK(r.generatedAt == at("2026-02-27 08:00"));
    CHECK(r.generatedBy == "项目经理");
    CHECK_FALSE(r.publishedAt.has_value());
    CHECK(r.publishedBy.empty());
    checkSameSlots(r.assignments, edited.assignments);
    CHECK(count(dir, "SELECT COUNT(*) FROM rosters") == 1);
    CHECK(count(dir, "SELECT COUNT(*) FROM roster_slots") == 2);

    auto april = marchRoster(site);
    april.month = date::year{2026} / date::April;
    auto other = security.saveRoster(april);
    REQUIRE(other);
    CHECK(*other != *first);
    CHECK(count(dir, "SELECT COUNT(*) FROM roster_slots") == static_cast<std::int64_t>(2 + april.assignments.size()));
}

TEST_CASE("a roster with two slots for one post is refused and the stored roster is left as it was")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();
    const auto stored = marchRoster(site);
    REQUIRE(security.saveRoster(stored));

    auto twice = marchRoster(site);
    twice.status = domain::RosterStatus::Draft;
    twice.assignments.push_back(twice.assignments.front());
    auto saved = security.saveRoster(twice);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == domain::ErrorCode::Conflict);

    auto got = security.roster(site, date::year{2026} / date::March);
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK((*got)->status == domain::RosterStatus::Published);
    checkSameSlots((*got)->assignments, stored.assignments);

    // The repository's savepoint left no transaction open behind it: the store can start one.
    CHECK(store->transact([] { return domain::Result<void>{}; }));
}

TEST_CASE("a roster saved in a transaction that fails is not stored")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto result = store->transact([&]() -> domain::Result<void> {
        auto id = store->security().saveRoster(marchRoster(site));
        REQUIRE(id);
        return domain::fail(domain::ErrorCode::InvalidInput, "changed my mind");
    });
    REQUIRE_FALSE(result);
    auto got = store->security().roster(site, date::year{2026} / date::March);
    REQUIRE(got);
    CHECK_FALSE(got->has_value());
    CHECK(count(dir, "SELECT COUNT(*) FROM roster_slots") == 0);
}

TEST_CASE("route versions are listed by code and then date with every field")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();

    auto b = route(site, "B", "2026-03-01");
    auto aLate = route(site, "A", "2026-05-01");
    aLate.name = "外围巡逻（停用）";
    aLate.active = false;
    aLate.checkpoints.pop_back();
    aLate.roundsPerShift = {};
    aLate.roundLength = 20min;
    aLate.tolerance = 0s;
    auto aEarly = route(site, "A", "2026-01-01");
    const auto bId = security.addRouteVersion(b);
    const auto lateId = security.addRouteVersion(aLate);
    const auto earlyId = security.addRouteVersion(aEarly);
    REQUIRE(bId);
    REQUIRE(lateId);
    REQUIRE(earlyId);

    auto all = security.routes(site);
    REQUIRE(all);
    REQUIRE(all->size() == 3);
    const std::array<std::pair<domain::RouteId, const domain::PatrolRoute*>, 3> want{
        {{*earlyId, &aEarly}, {*lateId, &aLate}, {*bId, &b}}};
    for (std::size_t i = 0; i < want.size(); ++i) {
        INFO("route " << i);
        const auto& got = (*all)[i];
        const auto& w = *want[i].second;
        CHECK(got.id == want[i].first);
        CHECK(got.site == site);
        CHECK(got.code == w.code);
        CHECK(got.name == w.name);
        CHECK(got.effectiveFrom == w.effectiveFrom);
        REQUIRE(got.checkpoints.size() == w.checkpoints.size());
        for (std::size_t c = 0; c < w.checkpoints.size(); ++c) {
            CHECK(got.checkpoints[c].code == w.checkpoints[c].code);
            CHECK(got.checkpoints[c].name == w.checkpoints[c].name);
            CHECK(got.checkpoints[c].location == w.checkpoints[c].location);
        }
        CHECK(got.roundsPerShift == w.roundsPerShift);
        CHECK(got.roundLength == w.roundLength);
        CHECK(got.tolerance == w.tolerance);
        CHECK(got.active == w.active);
    }
}

TEST_CASE("a second version of a route from the same date is a conflict and another site may have one")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "EAST");
    auto& security = store->security();
    REQUIRE(security.addRouteVersion(route(site, "A", "2026-01-01")));

    auto again = route(site, "A", "2026-01-01");
    again.name = "另一版本";
    auto added = security.addRouteVersion(again);
    REQUIRE_FALSE(added);
    CHECK(added.error().code == domain::ErrorCode::Conflict);
    CHECK(added.error().message == "route A already has a version from 2026-01-01");
    CHECK(added.error().field == "effectiveFrom");
    CHECK(added.error().record == "A");

    CHECK(security.addRouteVersion(route(site, "A", "2026-01-02")));
    CHECK(security.addRouteVersion(route(other, "A", "2026-01-01")));
    auto routes = security.routes(site);
    REQUIRE(routes);
    REQUIRE(routes->size() == 2);
    CHECK(routes->front().name == "夜间外围巡逻");
}

TEST_CASE("patrol scans imported twice are stored once")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();

    const std::vector<domain::PatrolScan> file{scan(site, "CP-01", at("2026-03-02 01:00")),
                                               scan(site, "CP-02", at("2026-03-02 01:07")),
                                               scan(site, "CP-01", at("2026-03-02 02:00"))};
    auto stored = security.addScans(file);
    REQUIRE(stored);
    CHECK(*stored == 3);
    stored = security.addScans(file);
    REQUIRE(stored);
    CHECK(*stored == 0);

    // One new scan among known ones; the same checkpoint and time by another guard is another scan; a
    // repeat within one batch is stored once.
    const std::vector<domain::PatrolScan> more{
        scan(site, "CP-01", at("2026-03-02 01:00")), scan(site, "CP-01", at("2026-03-02 01:00"), "刘洋"),
        scan(site, "CP-02", at("2026-03-02 02:08")), scan(site, "CP-02", at("2026-03-02 02:08"))};
    stored = security.addScans(more);
    REQUIRE(stored);
    CHECK(*stored == 2);

    auto empty = security.addScans({});
    REQUIRE(empty);
    CHECK(*empty == 0);

    auto all = security.scansBetween(site, at("2026-03-02 00:00"), at("2026-03-03 00:00"));
    REQUIRE(all);
    REQUIRE(all->size() == 5);
    CHECK(count(dir, "SELECT COUNT(*) FROM patrol_scans") == 5);
}

TEST_CASE("the scans of a period include its first second and exclude its end, by time and then id")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();
    const auto from = at("2026-03-02 01:00");
    const auto to = at("2026-03-02 02:00");
    const std::vector<domain::PatrolScan> scans{scan(site, "CP-09", from + 30min), scan(site, "CP-00", from - 1s),
                                                scan(site, "CP-02", from),         scan(site, "CP-01", from),
                                                scan(site, "CP-03", to - 1s),      scan(site, "CP-04", to)};
    auto stored = security.addScans(scans);
    REQUIRE(stored);
    REQUIRE(*stored == 6);

    auto got = security.scansBetween(site, from, to);
    REQUIRE(got);
    std::vector<std::string> codes;
    for (const auto& s : *got) {
        codes.push_back(s.checkpoint);
    }
    // CP-02 and CP-01 share their time: the one stored first comes first.
    CHECK(codes == std::vector<std::string>{"CP-02", "CP-01", "CP-09", "CP-03"});

    const auto& first = got->front();
    CHECK(first.id.value > 0);
    CHECK(first.site == site);
    CHECK(first.checkpoint == "CP-02");
    CHECK(first.at == from);
    CHECK(first.guard == "王伟");
    CHECK(first.source == "tour-2026-03-02.csv");
    CHECK(first.recordedAt == at("2026-03-02 09:00"));
    CHECK(first.recordedBy == "保安主管");
    CHECK((*got)[0].id < (*got)[1].id);
}

TEST_CASE("a scan of a site that does not exist fails the whole batch")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const std::vector<domain::PatrolScan> scans{scan(site, "CP-01", at("2026-03-02 01:00")),
                                                scan(domain::SiteId{4242}, "CP-01", at("2026-03-02 01:00"))};
    auto stored = store->security().addScans(scans);
    REQUIRE_FALSE(stored);
    CHECK(stored.error().code == domain::ErrorCode::Storage);
    CHECK(count(dir, "SELECT COUNT(*) FROM patrol_scans") == 0);
}

TEST_CASE("a handover comes back with its signatures and is found by its day and shift")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();

    auto unsignedHandover = handover(site, "2026-03-01", "early");
    auto signedHandover = handover(site, "2026-03-01", "middle");
    signedHandover.outgoingSignedAt = at("2026-03-01 15:02");
    signedHandover.incomingSignedAt = at("2026-03-01 15:05");
    signedHandover.outgoingLeader = "赵刚";
    signedHandover.incomingLeader = "孙鹏";
    signedHandover.recordedAt = at("2026-03-01 15:06");
    const auto unsignedId = security.addHandover(unsignedHandover);
    const auto signedId = security.addHandover(signedHandover);
    REQUIRE(unsignedId);
    REQUIRE(signedId);

    auto got = security.handover(*signedId);
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK((*got)->id == *signedId);
    checkSameHandover(**got, signedHandover);
    CHECK((*got)->signedByBoth());

    got = security.handoverAt(site, day("2026-03-01"), "early");
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK((*got)->id == *unsignedId);
    checkSameHandover(**got, unsignedHandover);
    CHECK_FALSE((*got)->outgoingSignedAt.has_value());
    CHECK_FALSE((*got)->incomingSignedAt.has_value());

    got = security.handoverAt(site, day("2026-03-01"), "night");
    REQUIRE(got);
    CHECK_FALSE(got->has_value());
    got = security.handoverAt(site, day("2026-03-02"), "early");
    REQUIRE(got);
    CHECK_FALSE(got->has_value());
    got = security.handover(domain::HandoverId{9999});
    REQUIRE(got);
    CHECK_FALSE(got->has_value());
}

TEST_CASE("a second handover of the same shift on the same day is a conflict")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "EAST");
    auto& security = store->security();
    REQUIRE(security.addHandover(handover(site, "2026-03-01", "night")));
    auto again = security.addHandover(handover(site, "2026-03-01", "night"));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == domain::ErrorCode::Conflict);
    CHECK(again.error().message == "the handover of shift night on 2026-03-01 is already recorded");
    CHECK(again.error().field == "shift");
    CHECK(security.addHandover(handover(site, "2026-03-02", "night")));
    CHECK(security.addHandover(handover(other, "2026-03-01", "night")));
}

TEST_CASE("updating a handover rewrites its leaders signatures and notes and nothing else")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();
    const auto original = handover(site, "2026-03-01", "early");
    auto id = security.addHandover(original);
    REQUIRE(id);

    auto changed = original;
    changed.id = *id;
    changed.outgoingLeader = "钱进";
    changed.outgoingSignedAt = at("2026-03-01 07:01");
    changed.incomingLeader = "孙鹏";
    changed.incomingSignedAt = at("2026-03-01 07:03");
    changed.notes = "道闸故障已报修";
    changed.day = day("2026-03-05"); // not rewritten
    changed.shift = "night";         // not rewritten
    changed.recordedBy = "someone";  // not rewritten
    REQUIRE(security.updateHandover(changed));

    auto got = security.handover(*id);
    REQUIRE(got);
    REQUIRE(got->has_value());
    auto want = changed;
    want.day = original.day;
    want.shift = original.shift;
    want.recordedBy = original.recordedBy;
    checkSameHandover(**got, want);

    // And back to unsigned.
    changed.outgoingSignedAt.reset();
    changed.incomingSignedAt.reset();
    REQUIRE(security.updateHandover(changed));
    got = security.handover(*id);
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK_FALSE((*got)->outgoingSignedAt.has_value());
    CHECK_FALSE((*got)->incomingSignedAt.has_value());

    changed.id = domain::HandoverId{9999};
    auto missing = security.updateHandover(changed);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == domain::ErrorCode::NotFound);
    CHECK(missing.error().message == "no handover with id 9999");
}

TEST_CASE("the handovers between two days include both days, by day and then id")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();
    // Stored out of order; on 03-02 the night handover is stored before the early one.
    for (const auto& [d, shift] : std::vector<std::pair<std::string, std::string>>{{"2026-03-03", "early"},
                                                                                   {"2026-03-02", "night"},
                                                                                   {"2026-03-01", "night"},
                                                                                   {"2026-03-02", "early"},
                                                                                   {"2026-03-04", "early"},
                                                                                   {"2026-02-28", "night"}}) {
        REQUIRE(security.addHandover(handover(site, d, shift)));
    }
    auto got = security.handoversBetween(site, day("2026-03-02"), day("2026-03-03"));
    REQUIRE(got);
    std::vector<std::string> keys;
    for (const auto& h : *got) {
        keys.push_back(domain::formatDate(h.day) + " " + h.shift);
    }
    CHECK(keys == std::vector<std::string>{"2026-03-02 night", "2026-03-02 early", "2026-03-03 early"});

    got = security.handoversBetween(site, day("2026-03-01"), day("2026-03-01"));
    REQUIRE(got);
    REQUIRE(got->size() == 1);
    CHECK(got->front().shift == "night");
    got = security.handoversBetween(site, day("2026-03-05"), day("2026-03-31"));
    REQUIRE(got);
    CHECK(got->empty());
}

TEST_CASE("a handover item comes back with its closing and can be closed later")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();
    auto handoverId = security.addHandover(handover(site, "2026-03-01", "night"));
    REQUIRE(handoverId);

    auto gate = openedItem(site, "东门道闸故障", at("2026-03-01 22:50"));
    gate.openedIn = *handoverId;
    auto gateId = security.addItem(gate);
    REQUIRE(gateId);
    auto got = security.item(*gateId);
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK((*got)->id == *gateId);
    checkSameItem(**got, gate);

    const auto car = openedItem(site, "陌生车辆粤B12345过夜", at("2026-03-01 23:30"), at("2026-03-02 08:00"));
    auto carId = security.addItem(car);
    REQUIRE(carId);
    got = security.item(*carId);
    REQUIRE(got);
    REQUIRE(got->has_value());
    checkSameItem(**got, car);
    CHECK_FALSE((*got)->openedIn.has_value());

    auto closed = gate;
    closed.id = *gateId;
    closed.closedAt = at("2026-03-03 10:00");
    closed.closedBy = "维修班";
    closed.closingNote = "更换道闸电机";
    closed.text = "not rewritten";
    REQUIRE(security.updateItem(closed));
    got = security.item(*gateId);
    REQUIRE(got);
    REQUIRE(got->has_value());
    auto want = closed;
    want.text = gate.text;
    checkSameItem(**got, want);

    closed.id = domain::HandoverItemId{9999};
    auto missing = security.updateItem(closed);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == domain::ErrorCode::NotFound);
    CHECK(missing.error().message == "no handover item with id 9999");
    got = security.item(domain::HandoverItemId{9999});
    REQUIRE(got);
    CHECK_FALSE(got->has_value());
}

TEST_CASE("the items open at a time are those opened by then and not closed by then, oldest first")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();
    const auto t = at("2026-03-02 09:00");
    for (const auto& item :
         {openedItem(site, "opened after", t + 1s), openedItem(site, "closed before", t - 3h, t - 1s),
          openedItem(site, "closed after", t - 2h, t + 1s), openedItem(site, "closed at the time", t - 2h, t),
          openedItem(site, "never closed", t - 1h), openedItem(site, "opened at the time", t),
          openedItem(site, "oldest", t - 72h)}) {
        REQUIRE(security.addItem(item));
    }
    auto open = security.openItems(site, t);
    REQUIRE(open);
    CHECK(texts(*open) == std::vector<std::string>{"oldest", "closed after", "never closed", "opened at the time"});

    auto opened = security.itemsOpenedBetween(site, t - 2h, t + 1s);
    REQUIRE(opened);
    CHECK(texts(*opened) ==
          std::vector<std::string>{"closed after", "closed at the time", "never closed", "opened at the time"});
}

TEST_CASE("duty entries come back with every field and the log filters by period and kind")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();
    const auto from = at("2026-03-02 00:00");
    const auto to = at("2026-03-03 00:00");

    const auto guest = visitor(site, "访客陈女士", from);
    auto car = visitor(site, "粤B12345", at("2026-03-02 10:00"), at("2026-03-02 11:30"));
    car.kind = domain::DutyEntryKind::Vehicle;
    car.detail = "白色面包车，送货";
    const auto fire = incident(site, at("2026-03-02 10:00"));
    const auto before = visitor(site, "前一天的访客", from - 1s);
    const auto after = visitor(site, "后一天的访客", to);

    const auto guestId = security.addDutyEntry(guest);
    const auto carId = security.addDutyEntry(car);
    const auto fireId = security.addDutyEntry(fire);
    REQUIRE(guestId);
    REQUIRE(carId);
    REQUIRE(fireId);
    REQUIRE(security.addDutyEntry(before));
    REQUIRE(security.addDutyEntry(after));

    for (const auto& [id, want] : std::vector<std::pair<domain::DutyEntryId, domain::DutyEntry>>{
             {*guestId, guest}, {*carId, car}, {*fireId, fire}}) {
        auto got = security.dutyEntry(id);
        REQUIRE(got);
        REQUIRE(got->has_value());
        CHECK((*got)->id == id);
        checkSameEntry(**got, want);
    }
    auto none = security.dutyEntry(domain::DutyEntryId{9999});
    REQUIRE(none);
    CHECK_FALSE(none->has_value());

    auto all = security.dutyEntriesBetween(site, from, to);
    REQUIRE(all);
    CHECK(subjects(*all) == std::vector<std::string>{"访客陈女士", "粤B12345", "地库电动车起火"});
    auto incidents = security.dutyEntriesBetween(site, from, to, domain::DutyEntryKind::Incident);
    REQUIRE(incidents);
    REQUIRE(incidents->size() == 1);
    checkSameEntry(incidents->front(), fire);
    auto vehicles = security.dutyEntriesBetween(site, from, to, domain::DutyEntryKind::Vehicle);
    REQUIRE(vehicles);
    CHECK(subjects(*vehicles) == std::vector<std::string>{"粤B12345"});
    auto visitors = security.dutyEntriesBetween(site, from - 1s, to + 1s, domain::DutyEntryKind::Visitor);
    REQUIRE(visitors);
    CHECK(subjects(*visitors) == std::vector<std::string>{"前一天的访客", "访客陈女士", "后一天的访客"});
}

TEST_CASE("the visitors and vehicles still inside are those not signed out, oldest first, never incidents")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();

    auto late = visitor(site, "晚到的访客", at("2026-03-02 20:00"));
    auto van = visitor(site, "粤B99999", at("2026-03-02 18:00"));
    van.kind = domain::DutyEntryKind::Vehicle;
    auto fire = incident(site, at("2026-03-02 19:00"));
    fire.handledAt.reset(); // an incident still being handled is not someone inside
    const auto lateId = security.addDutyEntry(late);
    REQUIRE(lateId);
    REQUIRE(security.addDutyEntry(van));
    REQUIRE(security.addDutyEntry(fire));
    REQUIRE(security.addDutyEntry(visitor(site, "已离开", at("2026-03-02 08:00"), at("2026-03-02 09:00"))));

    auto inside = security.stillInside(site);
    REQUIRE(inside);
    CHECK(subjects(*inside) == std::vector<std::string>{"粤B99999", "晚到的访客"});

    auto out = late;
    out.id = *lateId;
    out.leftAt = at("2026-03-02 21:15");
    out.subject = "not rewritten";
    REQUIRE(security.updateDutyEntry(out));
    inside = security.stillInside(site);
    REQUIRE(inside);
    CHECK(subjects(*inside) == std::vector<std::string>{"粤B99999"});
    auto got = security.dutyEntry(*lateId);
    REQUIRE(got);
    REQUIRE(got->has_value());
    auto want = late;
    want.leftAt = out.leftAt;
    checkSameEntry(**got, want);

    auto missing = out;
    missing.id = domain::DutyEntryId{9999};
    auto updated = security.updateDutyEntry(missing);
    REQUIRE_FALSE(updated);
    CHECK(updated.error().code == domain::ErrorCode::NotFound);
    CHECK(updated.error().message == "no duty entry with id 9999");
}

TEST_CASE("updating an incident rewrites its handling and outcome")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();
    auto open = incident(site, at("2026-03-02 19:00"));
    open.incident = domain::IncidentType::SecurityCase;
    open.handling.clear();
    open.outcome.clear();
    open.handledAt.reset();
    auto id = security.addDutyEntry(open);
    REQUIRE(id);
    auto got = security.dutyEntry(*id);
    REQUIRE(got);
    REQUIRE(got->has_value());
    checkSameEntry(**got, open);

    auto handled = open;
    handled.id = *id;
    handled.handling = "报警，派出所出警";
    handled.outcome = "嫌疑人被带走";
    handled.handledAt = at("2026-03-02 21:00");
    REQUIRE(security.updateDutyEntry(handled));
    got = security.dutyEntry(*id);
    REQUIRE(got);
    REQUIRE(got->has_value());
    checkSameEntry(**got, handled);
}

TEST_CASE("spot checks come back with their posts and findings, by time, within their period")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    auto& security = store->security();

    domain::SpotCheck night;
    night.site = site;
    night.at = at("2026-03-10 02:30");
    night.checker = "项目经理";
    night.night = true;
    night.posts = {"gate", "lobby", "car_park"};
    domain::SpotCheckFinding asleep;
    asleep.post = "lobby";
    asleep.finding = "值班员睡岗";
    asleep.corrective = "批评教育，扣绩效";
    domain::SpotCheckFinding log;
    log.post = "gate";
    log.finding = "来访登记不全";
    night.findings = {asleep, log};
    night.notes = "整体良好";
    night.recordedAt = at("2026-03-10 08:00");
    night.recordedBy = "项目经理";

    domain::SpotCheck daytime;
    daytime.site = site;
    daytime.at = at("2026-03-01 10:00");
    daytime.checker = "保安主管";
    daytime.recordedAt = at("2026-03-01 10:30");
    daytime.recordedBy = "保安主管";

    auto nightId = security.addSpotCheck(night);
    auto dayId = security.addSpotCheck(daytime);
    REQUIRE(nightId);
    REQUIRE(dayId);
    domain::SpotCheck april = daytime;
    april.at = at("2026-04-01 00:00");
    REQUIRE(security.addSpotCheck(april));

    auto got = security.spotChecksBetween(site, at("2026-03-01 10:00"), at("2026-04-01 00:00"));
    REQUIRE(got);
    REQUIRE(got->size() == 2);
    const auto& first = (*got)[0];
    CHECK(first.id == *dayId);
    CHECK(first.site == site);
    CHECK(first.at == daytime.at);
    CHECK(first.checker == "保安主管");
    CHECK_FALSE(first.night);
    CHECK(first.posts.empty());
    CHECK(first.findings.empty());
    CHECK(first.notes.empty());
    CHECK(first.recordedAt == daytime.recordedAt);
    CHECK(first.recordedBy == "保安主管");

    const auto& second = (*got)[1];
    CHECK(second.id == *nightId);
    CHECK(second.at == night.at);
    CHECK(second.checker == "项目经理");
    CHECK(second.night);
    CHECK(second.posts == night.posts);
    REQUIRE(second.findings.size() == 2);
    CHECK(second.findings[0].post == "lobby");
    CHECK(second.findings[0].finding == "值班员睡岗");
    CHECK(second.findings[0].corrective == "批评教育，扣绩效");
    CHECK(second.findings[1].post == "gate");
    CHECK(second.findings[1].finding == "来访登记不全");
    CHECK(second.findings[1].corrective.empty());
    CHECK(second.notes == "整体良好");
    CHECK(second.recordedAt == night.recordedAt);
    CHECK(second.recordedBy == "项目经理");
}

TEST_CASE("one site's security records are not visible to another site")
{
    TempDir dir;
    auto store = freshStore(dir);
    const auto site = addSite(*store, "HQ");
    const auto other = addSite(*store, "EAST");
    auto& security = store->security();

    REQUIRE(security.saveSetup(fullSetup(site)));
    REQUIRE(security.saveRoster(marchRoster(site)));
    REQUIRE(security.addRouteVersion(route(site, "A", "2026-01-01")));
    const std::vector<domain::PatrolScan> scans{scan(site, "CP-01", at("2026-03-02 01:00"))};
    REQUIRE(security.addScans(scans));
    REQUIRE(security.addHandover(handover(site, "2026-03-02", "early")));
    REQUIRE(security.addItem(openedItem(site, "东门道闸故障", at("2026-03-02 06:00"))));
    REQUIRE(security.addDutyEntry(visitor(site, "访客", at("2026-03-02 10:00"))));
    domain::SpotCheck check;
    check.site = site;
    check.at = at("2026-03-02 02:00");
    check.checker = "项目经理";
    check.recordedAt = check.at;
    REQUIRE(security.addSpotCheck(check));

    const auto from = at("2026-03-01 00:00");
    const auto to = at("2026-04-01 00:00");
    const auto later = at("2026-03-02 12:00");
    auto setup = security.setup(other);
    REQUIRE(setup);
    CHECK_FALSE(setup->has_value());
    auto roster = security.roster(other, date::year{2026} / date::March);
    REQUIRE(roster);
    CHECK_FALSE(roster->has_value());
    auto routes = security.routes(other);
    REQUIRE(routes);
    CHECK(routes->empty());
    auto scanned = security.scansBetween(other, from, to);
    REQUIRE(scanned);
    CHECK(scanned->empty());
    auto atShift = security.handoverAt(other, day("2026-03-02"), "early");
    REQUIRE(atShift);
    CHECK_FALSE(atShift->has_value());
    auto handovers = security.handoversBetween(other, day("2026-03-01"), day("2026-03-31"));
    REQUIRE(handovers);
    CHECK(handovers->empty());
    auto open = security.openItems(other, later);
    REQUIRE(open);
    CHECK(open->empty());
    auto opened = security.itemsOpenedBetween(other, from, to);
    REQUIRE(opened);
    CHECK(opened->empty());
    auto entries = security.dutyEntriesBetween(other, from, to);
    REQUIRE(entries);
    CHECK(entries->empty());
    auto inside = security.stillInside(other);
    REQUIRE(inside);
    CHECK(inside->empty());
    auto checks = security.spotChecksBetween(other, from, to);
    REQUIRE(checks);
    CHECK(checks->empty());

    // The site itself sees each of them.
    CHECK(security.setup(site)->has_value());
    CHECK(security.roster(site, date::year{2026} / date::March)->has_value());
    CHECK(security.routes(site)->size() == 1);
    CHECK(security.scansBetween(site, from, to)->size() == 1);
    CHECK(security.handoversBetween(site, day("2026-03-01"), day("2026-03-31"))->size() == 1);
    CHECK(security.openItems(site, later)->size() == 1);
    CHECK(security.dutyEntriesBetween(site, from, to)->size() == 1);
    CHECK(security.stillInside(site)->size() == 1);
    CHECK(security.spotChecksBetween(site, from, to)->size() == 1);
}

TEST_CASE("a schema-5 database with complaints upgrades to the security tables and keeps its data")
{
    TempDir dir;
    const auto path = dir.file("propdesk.db");
    const auto received = at("2025-02-11 09:00");
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        storage::upgradeSchema(db, 5);
        REQUIRE(storage::schemaVersion(db) == 5);
        REQUIRE_FALSE(db.tableExists("security_setups"));
        REQUIRE_FALSE(db.tableExists("patrol_scans"));
        db.exec("INSERT INTO sites(id, code, name, time_zone, calendar) "
                "VALUES(7, 'OLD', '老小区', 'Asia/Shanghai', 'CN')");
        db.exec("INSERT INTO staff(id, site_id, name, trade) VALUES(3, 7, '王伟', 'security')");
        SQLite::Statement c(db, "INSERT INTO complaints(id, site_id, code, channel, category, received_at, resident, "
                                "description, first_responder, status) VALUES(5, 7, 'TS20250211-001', 'phone', "
                                "'noise', ?, '王芳', '楼上装修噪音', '李客服', 'received')");
        c.bind(1, domain::epochSeconds(received));
        c.exec();
    }

    {
        auto opened = storage::openStore(path, storage::OpenMode::OpenExisting);
        REQUIRE(opened);
        auto& store = **opened;
        auto site = store.sites().findByCode("OLD");
        REQUIRE(site);
        REQUIRE(*site);
        CHECK((*site)->name == "老小区");
        auto complaints = store.complaints().receivedBetween(domain::SiteId{7}, received, received + 1s);
        REQUIRE(complaints);
        REQUIRE(complaints->size() == 1);
        CHECK(complaints->front().header.code == "TS20250211-001");
        CHECK(complaints->front().header.description == "楼上装修噪音");

        auto setup = domain::defaultSecuritySetup(domain::SiteId{7});
        domain::Squad squad;
        squad.code = "1";
        squad.name = "护卫一班";
        squad.guards = {StaffId{3}};
        setup.squads = {squad};
        REQUIRE(store.security().saveSetup(setup));
        auto got = store.security().setup(domain::SiteId{7});
        REQUIRE(got);
        REQUIRE(got->has_value());
        checkSameSetup(**got, setup);
        REQUIRE(store.security().addHandover(handover(domain::SiteId{7}, "2026-03-01", "early")));
    }

    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    CHECK(storage::schemaVersion(db) == storage::kSchemaVersion);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM complaints").getInt() == 1);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM staff").getInt() == 1);
    for (const char* table : {"security_setups", "rosters", "roster_slots", "patrol_routes", "patrol_scans",
                              "handovers", "handover_items", "duty_entries", "spot_checks"}) {
        INFO(table);
        CHECK(db.tableExists(table));
    }
    auto inspection = storage::inspectDatabase(path, false);
    REQUIRE(inspection);
    CHECK(inspection->ok);
    CHECK(inspection->schemaVersion == storage::kSchemaVersion);
}
