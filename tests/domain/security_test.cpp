// The security setup of a site: the squads' rotation over whole months, the generated roster, its edits and
// conflicts, guard-tour routes, the duty log's checks and the keys of the security records.

#include "domain/security.h"
#include "testtime.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

using namespace propdesk::domain;
using namespace std::chrono_literals;
using propdesk::tests::at;
using propdesk::tests::zone;

namespace {

constexpr Date day(int y, unsigned m, unsigned d)
{
    return date::year{y} / date::month{m} / date::day{d};
}

// The default shifts and posts with `count` squads of four guards: squad "1" has guards 11 … 14, squad "2"
// 21 … 24, and so on.
SecuritySetup withSquads(std::size_t count, RotationDirection direction = RotationDirection::Forward)
{
    auto setup = defaultSecuritySetup(SiteId{1});
    for (std::size_t i = 1; i <= count; ++i) {
        Squad squad;
        squad.code = std::to_string(i);
        squad.name = "护卫" + std::to_string(i) + "班";
        for (int g = 1; g <= 4; ++g) {
            squad.guards.push_back(StaffId{static_cast<std::int64_t>(i) * 10 + g});
        }
        setup.squads.push_back(std::move(squad));
    }
    setup.rotation.direction = direction;
    return setup;
}

// Who works the day: the squads on early, middle and night ('-' for none), then after '/' the squads at rest.
std::string lineup(const SecuritySetup& setup, Date d)
{
    std::string out;
    for (std::size_t s = 0; s < setup.shifts.size(); ++s) {
        const auto squad = shiftSquad(setup, s, d);
        out += squad ? setup.squads[*squad].code : "-";
    }
    out += "/";
    for (std::size_t q = 0; q < setup.squads.size(); ++q) {
        if (!squadShift(setup, q, d)) {
            out += setup.squads[q].code;
        }
    }
    return out;
}

// Days each squad works each shift in the generated roster of `month`, as "squad:shift" → days.
std::map<std::string, int> shiftDays(const SecuritySetup& setup, date::year_month month)
{
    auto roster = generateRoster(setup, month);
    REQUIRE(roster);
    std::map<std::string, int> days;
    for (const auto& slot : roster->assignments) {
        if (slot.key.post == "lobby") {
            ++days[slot.squad + ":" + slot.key.shift];
        }
    }
    return days;
}

// Every day of the month: shiftSquad and squadShift tell the same story.
void checkConsistent(const SecuritySetup& setup, date::year_month month)
{
    const auto last = static_cast<unsigned>((month / date::last).day());
    for (unsigned d = 1; d <= last; ++d) {
        const Date dd = month / date::day{d};
        for (std::size_t q = 0; q < setup.squads.size(); ++q) {
            if (const auto s = squadShift(setup, q, dd)) {
                CHECK(shiftSquad(setup, *s, dd) == q);
            }
        }
    }
}

SlotKey slot(Date d, std::string shift, std::string post)
{
    SlotKey k;
    k.day = d;
    k.shift = std::move(shift);
    k.post = std::move(post);
    return k;
}

Roster roster(const SecuritySetup& setup, date::year_month month)
{
    auto r = generateRoster(setup, month);
    REQUIRE(r);
    return *r;
}

// "kind day shift post guard other rest" of each conflict, in order.
std::vector<std::string> describe(const std::vector<RosterConflict>& conflicts)
{
    std::vector<std::string> out;
    for (const auto& c : conflicts) {
        std::string line = std::string(rosterConflictKey(c.kind)) + " " + formatDate(c.slot.day) + " " + c.slot.shift +
                           " " + c.slot.post;
        if (c.guard) {
            line += " g" + std::to_string(c.guard->value);
        }
        if (c.other) {
            line += " after " + formatDate(c.other->day) + " " + c.other->shift + " " + c.other->post;
        }
        if (c.kind == RosterConflictKind::ShortRest) {
            line += " rest " + std::to_string(c.rest.count() / 60) + "min";
        }
        out.push_back(std::move(line));
    }
    return out;
}

using Strings = std::vector<std::string>;
using Days = std::map<std::string, int>;

} // namespace

TEST_CASE("the default setup has three eight-hour shifts and four posts staffed in every shift")
{
    const auto setup = defaultSecuritySetup(SiteId{7});
    CHECK(setup.site == SiteId{7});
    REQUIRE(setup.shifts.size() == 3);
    CHECK(setup.shifts[0].code == "early");
    CHECK(setup.shifts[0].name == "早班");
    CHECK(setup.shifts[0].start == 7h);
    CHECK(setup.shifts[1].code == "middle");
    CHECK(setup.shifts[1].name == "中班");
    CHECK(setup.shifts[1].start == 15h);
    CHECK(setup.shifts[2].code == "night");
    CHECK(setup.shifts[2].name == "夜班");
    CHECK(setup.shifts[2].start == 23h);
    for (const auto& s : setup.shifts) {
        CHECK(s.length == 8h);
    }
    CHECK_FALSE(setup.shifts[0].crossesMidnight());
    CHECK_FALSE(setup.shifts[1].crossesMidnight()); // ends at 24:00 exactly
    CHECK(setup.shifts[2].crossesMidnight());
    REQUIRE(setup.posts.size() == 4);
    CHECK(setup.posts[0].code == "lobby");
    CHECK(setup.posts[0].name == "大堂岗");
    CHECK(setup.posts[1].code == "patrol");
    CHECK(setup.posts[1].name == "巡逻岗");
    CHECK(setup.posts[2].code == "car_park");
    CHECK(setup.posts[2].name == "车场岗");
    CHECK(setup.posts[3].code == "gate");
    CHECK(setup.posts[3].name == "道口岗");
    CHECK(setup.postsOf("night").size() == 4);
    CHECK(setup.squads.empty());
    CHECK(setup.rotation.days == std::vector<int>{1, 11, 21});
    CHECK(setup.rotation.direction == RotationDirection::Forward);
    CHECK(setup.rotation.anchor == day(2026, 1, 1));
    CHECK(setup.minimumRest == 8h);
    CHECK(setup.nightSpotChecksPerMonth == 4);
    CHECK(setup.validate());
    CHECK(setup.shift("middle") == &setup.shifts[1]);
    CHECK(setup.post("gate") == &setup.posts[3]);
    CHECK_FALSE(setup.shift("evening"));
}

TEST_CASE("a setup that breaks a rule names the part to fix")
{
    const auto fieldOf = [](const SecuritySetup& s) {
        auto ok = s.validate();
        REQUIRE_FALSE(ok);
        CHECK(ok.error().code == ErrorCode::InvalidInput);
        return ok.error().field;
    };
    const auto base = withSquads(3);
    REQUIRE(base.validate());

    auto s = base;
    s.shifts[1].code = "early";
    CHECK(fieldOf(s) == "shifts[1].code");
    s = base;
    s.shifts[2].code = " ";
    CHECK(fieldOf(s) == "shifts[2].code");
    s = base;
    s.shifts.clear();
    CHECK(fieldOf(s) == "shifts");
    s = base;
    s.shifts[1].start = 24h;
    CHECK(fieldOf(s) == "shifts[1].start");
    s = base;
    s.shifts[0].length = 59min;
    CHECK(fieldOf(s) == "shifts[0].length");
    s = base;
    s.shifts[0].length = 25h;
    CHECK(fieldOf(s) == "shifts[0].length");
    s = base;
    s.shifts[0].length = 24h;
    CHECK(s.validate());
    s = base;
    s.posts[3].code = "lobby";
    CHECK(fieldOf(s) == "posts[3].code");
    s = base;
    s.posts[2].shifts = {"early", "evening"};
    CHECK(fieldOf(s) == "posts[2].shifts");
    s = base;
    s.squads[1].code = "1";
    CHECK(fieldOf(s) == "squads[1].code");
    s = base;
    s.squads[1].guards.push_back(StaffId{11}); // already in squad 1
    CHECK(fieldOf(s) == "squads[1].guards");
    s = base;
    s.squads[0].guards.push_back(StaffId{11}); // twice in the same squad
    CHECK(fieldOf(s) == "squads[0].guards");
    s = base;
    s.rotation.days = {11, 1};
    CHECK(fieldOf(s) == "rotation.days");
    s.rotation.days = {1, 29};
    CHECK(fieldOf(s) == "rotation.days");
    s.rotation.days = {};
    CHECK(fieldOf(s) == "rotation.days");
    s.rotation.days = {0};
    CHECK(fieldOf(s) == "rotation.days");
    s.rotation.days = {28};
    CHECK(s.validate());
    s = base;
    s.minimumRest = 24h + 1s;
    CHECK(fieldOf(s) == "minimumRest");
    s.minimumRest = -1s;
    CHECK(fieldOf(s) == "minimumRest");
    s = base;
    s.nightSpotChecksPerMonth = -1;
    CHECK(fieldOf(s) == "nightSpotChecksPerMonth");

    s = base;
    s.shifts[0].start = 24h;
    auto refused = generateRoster(s, date::year{2026} / 1);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().field == "shifts[0].start");
}

TEST_CASE("rotation periods are numbered consecutively across months and years")
{
    RotationRule rule;
    CHECK(rotationPeriod(rule, day(2026, 1, 1)) == 2026 * 12 * 3);
    CHECK(rotationPeriod(rule, day(2026, 1, 10)) == rotationPeriod(rule, day(2026, 1, 1)));
    CHECK(rotationPeriod(rule, day(2026, 1, 11)) == rotationPeriod(rule, day(2026, 1, 1)) + 1);
    CHECK(rotationPeriod(rule, day(2026, 1, 31)) == rotationPeriod(rule, day(2026, 1, 21)));
    CHECK(rotationPeriod(rule, day(2026, 2, 1)) == rotationPeriod(rule, day(2026, 1, 31)) + 1);
    CHECK(rotationPeriod(rule, day(2026, 1, 1)) == rotationPeriod(rule, day(2025, 12, 31)) + 1);
    CHECK(rotationPeriod(rule, day(2028, 2, 29)) == rotationPeriod(rule, day(2028, 2, 21)));
    CHECK(rotationPeriod(rule, day(2028, 3, 1)) == rotationPeriod(rule, day(2028, 2, 29)) + 1);

    // Days before the first rotation day of a month belong to the previous month's last period.
    rule.days = {5, 20};
    CHECK(rotationPeriod(rule, day(2026, 3, 4)) == rotationPeriod(rule, day(2026, 2, 20)));
    CHECK(rotationPeriod(rule, day(2026, 3, 1)) == rotationPeriod(rule, day(2026, 2, 28)));
    CHECK(rotationPeriod(rule, day(2026, 3, 5)) == rotationPeriod(rule, day(2026, 3, 4)) + 1);
    CHECK(rotationPeriod(rule, day(2026, 3, 20)) == rotationPeriod(rule, day(2026, 3, 5)) + 1);
    CHECK(rotationPeriod(rule, day(2026, 1, 4)) == rotationPeriod(rule, day(2025, 12, 31)));
}

TEST_CASE("three squads rotate forward on the 1st 11th and 21st through a 31-day January")
{
    const auto setup = withSquads(3);
    // The anchor's period: squad i holds shift i.
    CHECK(lineup(setup, day(2026, 1, 1)) == "123/");
    CHECK(lineup(setup, day(2026, 1, 10)) == "123/");
    CHECK(lineup(setup, day(2026, 1, 11)) == "312/"); // early → middle → night → early
    CHECK(lineup(setup, day(2026, 1, 20)) == "312/");
    CHECK(lineup(setup, day(2026, 1, 21)) == "231/");
    CHECK(lineup(setup, day(2026, 1, 31)) == "231/");
    CHECK(squadShift(setup, 0, day(2026, 1, 31)) == 2u); // squad 1 on nights
    CHECK(shiftDays(setup, date::year{2026} / 1) == Days{{"1:early", 10},
                                                         {"1:middle", 10},
                                                         {"1:night", 11},
                                                         {"2:early", 11},
                                                         {"2:middle", 10},
                                                         {"2:night", 10},
                                                         {"3:early", 10},
                                                         {"3:middle", 11},
                                                         {"3:night", 10}});
    checkConsistent(setup, date::year{2026} / 1);
}

TEST_CASE("three squads over a 28-day February a 29-day leap February and a 30-day April")
{
    const auto setup = withSquads(3);
    // Three periods a month and three squads: every month starts like January.
    CHECK(lineup(setup, day(2026, 2, 1)) == "123/");
    CHECK(lineup(setup, day(2026, 2, 11)) == "312/");
    CHECK(lineup(setup, day(2026, 2, 21)) == "231/");
    CHECK(lineup(setup, day(2026, 2, 28)) == "231/");
    CHECK(shiftDays(setup, date::year{2026} / 2) == Days{{"1:early", 10},
                                                         {"1:middle", 10},
                                                         {"1:night", 8},
                                                         {"2:early", 8},
                                                         {"2:middle", 10},
                                                         {"2:night", 10},
                                                         {"3:early", 10},
                                                         {"3:middle", 8},
                                                         {"3:night", 10}});
    checkConsistent(setup, date::year{2026} / 2);

    CHECK(lineup(setup, day(2028, 2, 29)) == "231/");
    CHECK(lineup(setup, day(2028, 3, 1)) == "123/");
    CHECK(shiftDays(setup, date::year{2028} / 2) == Days{{"1:early", 10},
                                                         {"1:middle", 10},
                                                         {"1:night", 9},
                                                         {"2:early", 9},
                                                         {"2:middle", 10},
                                                         {"2:night", 10},
                                                         {"3:early", 10},
                                                         {"3:middle", 9},
                                                         {"3:night", 10}});
    checkConsistent(setup, date::year{2028} / 2);

    CHECK(lineup(setup, day(2026, 4, 30)) == "231/");
    CHECK(shiftDays(setup, date::year{2026} / 4) == Days{{"1:early", 10},
                                                         {"1:middle", 10},
                                                         {"1:night", 10},
                                                         {"2:early", 10},
                                                         {"2:middle", 10},
                                                         {"2:night", 10},
                                                         {"3:early", 10},
                                                         {"3:middle", 10},
                                                         {"3:night", 10}});
}

TEST_CASE("four squads take turns on a rest slot and months no longer start alike")
{
    const auto setup = withSquads(4);
    // January 2026 (31 days): periods 0, 1, 2 from the anchor.
    CHECK(lineup(setup, day(2026, 1, 1)) == "123/4");
    CHECK(lineup(setup, day(2026, 1, 11)) == "412/3");
    CHECK(lineup(setup, day(2026, 1, 21)) == "341/2");
    CHECK(shiftDays(setup, date::year{2026} / 1) == Days{{"1:early", 10},
                                                         {"1:middle", 10},
                                                         {"1:night", 11},
                                                         {"2:middle", 10},
                                                         {"2:night", 10},
                                                         {"3:early", 11},
                                                         {"3:night", 10},
                                                         {"4:early", 10},
                                                         {"4:middle", 11}});
    // February 2026 (28 days): periods 3, 4, 5.
    CHECK(lineup(setup, day(2026, 2, 1)) == "234/1");
    CHECK(lineup(setup, day(2026, 2, 10)) == "234/1");
    CHECK(lineup(setup, day(2026, 2, 11)) == "123/4");
    CHECK(lineup(setup, day(2026, 2, 21)) == "412/3");
    CHECK(lineup(setup, day(2026, 2, 28)) == "412/3");
    CHECK(shiftDays(setup, date::year{2026} / 2) == Days{{"1:early", 10},
                                                         {"1:middle", 8},
                                                         {"2:early", 10},
                                                         {"2:middle", 10},
                                                         {"2:night", 8},
                                                         {"3:middle", 10},
                                                         {"3:night", 10},
                                                         {"4:early", 8},
                                                         {"4:night", 10}});
    // April 2026 (30 days): periods 9, 10, 11.
    CHECK(lineup(setup, day(2026, 4, 1)) == "412/3");
    CHECK(lineup(setup, day(2026, 4, 11)) == "341/2");
    CHECK(lineup(setup, day(2026, 4, 21)) == "234/1");
    CHECK(shiftDays(setup, date::year{2026} / 4) == Days{{"1:middle", 10},
                                                         {"1:night", 10},
                                                         {"2:early", 10},
                                                         {"2:night", 10},
                                                         {"3:early", 10},
                                                         {"3:middle", 10},
                                                         {"4:early", 10},
                                                         {"4:middle", 10},
                                                         {"4:night", 10}});
    // February 2028 (29 days): 25 months after the anchor, periods 75, 76, 77.
    CHECK(lineup(setup, day(2028, 2, 1)) == "234/1");
    CHECK(lineup(setup, day(2028, 2, 11)) == "123/4");
    CHECK(lineup(setup, day(2028, 2, 29)) == "412/3");
    CHECK(shiftDays(setup, date::year{2028} / 2) == Days{{"1:early", 10},
                                                         {"1:middle", 9},
                                                         {"2:early", 10},
                                                         {"2:middle", 10},
                                                         {"2:night", 9},
                                                         {"3:middle", 10},
                                                         {"3:night", 10},
                                                         {"4:early", 9},
                                                         {"4:night", 10}});
    checkConsistent(setup, date::year{2028} / 2);
    // Before the anchor the count runs backwards, never to a negative slot.
    CHECK(lineup(setup, day(2025, 12, 31)) == "234/1");
    CHECK(lineup(setup, day(2025, 12, 1)) == "412/3");
}

TEST_CASE("backward rotation moves each squad from night to middle to early")
{
    const auto setup = withSquads(3, RotationDirection::Backward);
    CHECK(lineup(setup, day(2026, 1, 1)) == "123/");
    CHECK(lineup(setup, day(2026, 1, 11)) == "231/"); // squad 1: early → night
    CHECK(lineup(setup, day(2026, 1, 21)) == "312/");
    CHECK(lineup(setup, day(2025, 12, 31)) == "312/");
    CHECK(squadShift(setup, 2, day(2026, 1, 11)) == 1u); // squad 3: night → middle
}

TEST_CASE("two squads for three shifts leave a shift without a squad")
{
    const auto setup = withSquads(2);
    CHECK(lineup(setup, day(2026, 1, 1)) == "12-/");
    CHECK(lineup(setup, day(2026, 1, 11)) == "-12/");
    auto r = roster(setup, date::year{2026} / 1);
    const auto* night = r.find(slot(day(2026, 1, 1), "night", "gate"));
    REQUIRE(night);
    CHECK(night->squad.empty());
    CHECK_FALSE(night->guard);
    CHECK_FALSE(night->planned);
}

TEST_CASE("a generated roster has a slot per day shift and post with the squad's guards in post order")
{
    auto setup = withSquads(3);
    setup.posts[2].shifts = {"early", "middle"}; // no car-park post at night
    setup.squads[2].guards.pop_back();           // squad 3 has three guards
    auto r = roster(setup, date::year{2026} / 1);
    CHECK(r.month == date::year{2026} / 1);
    CHECK(r.site == SiteId{1});
    CHECK(r.status == RosterStatus::Draft);
    REQUIRE(r.assignments.size() == 31 * (4 + 4 + 3));
    CHECK(r.assignments[0].key == slot(day(2026, 1, 1), "early", "lobby"));
    CHECK(r.assignments[4].key == slot(day(2026, 1, 1), "middle", "lobby"));
    CHECK(r.assignments[8].key == slot(day(2026, 1, 1), "night", "lobby"));
    CHECK(r.assignments[10].key == slot(day(2026, 1, 1), "night", "gate"));
    CHECK(r.assignments[11].key == slot(day(2026, 1, 2), "early", "lobby"));
    CHECK(r.assignments.back().key == slot(day(2026, 1, 31), "night", "gate"));

    // The night of January 1st: squad 3's guards take lobby, patrol and gate.
    CHECK(r.assignments[8].squad == "3");
    CHECK(r.assignments[8].guard == StaffId{31});
    CHECK(r.assignments[9].guard == StaffId{32});
    CHECK(r.assignments[10].guard == StaffId{33});
    CHECK(r.assignments[10].planned == StaffId{33});
    CHECK(r.assignments[10].change == RosterChange::None);
    // January 11th, early: squad 3 again, now short of a guard for the fourth post.
    const auto* gate = r.find(slot(day(2026, 1, 11), "early", "gate"));
    REQUIRE(gate);
    CHECK(gate->squad == "3");
    CHECK_FALSE(gate->guard);
    CHECK_FALSE(gate->planned);
    const auto* carPark = r.find(slot(day(2026, 1, 11), "early", "car_park"));
    REQUIRE(carPark);
    CHECK(carPark->guard == StaffId{33});
    CHECK_FALSE(r.find(slot(day(2026, 1, 11), "night", "car_park")));
    CHECK_FALSE(r.find(slot(day(2026, 2, 1), "early", "lobby")));
}

TEST_CASE("roster edits swap leave and substitute keep the plan and flag the slot")
{
    const auto setup = withSquads(3);
    auto r = roster(setup, date::year{2026} / 3);
    const auto a = slot(day(2026, 3, 5), "early", "lobby"); // guard 11
    const auto b = slot(day(2026, 3, 5), "middle", "gate"); // guard 24
    REQUIRE(r.find(a)->guard == StaffId{11});
    REQUIRE(r.find(b)->guard == StaffId{24});

    REQUIRE(swapSlots(r, a, b, "个人事务调班"));
    CHECK(r.find(a)->guard == StaffId{24});
    CHECK(r.find(a)->planned == StaffId{11});
    CHECK(r.find(a)->change == RosterChange::Swap);
    CHECK(r.find(a)->note == "个人事务调班");
    CHECK(r.find(b)->guard == StaffId{11});
    CHECK(r.find(b)->planned == StaffId{24});
    CHECK(r.find(b)->change == RosterChange::Swap);
    CHECK(r.find(b)->note == "个人事务调班");

    const auto c = slot(day(2026, 3, 6), "night", "patrol"); // guard 32
    REQUIRE(markLeave(r, c, std::nullopt, "病假"));
    CHECK_FALSE(r.find(c)->guard);
    CHECK(r.find(c)->planned == StaffId{32});
    CHECK(r.find(c)->change == RosterChange::Leave);
    REQUIRE(markLeave(r, c, StaffId{99}, "病假，由99顶岗"));
    CHECK(r.find(c)->guard == StaffId{99});
    CHECK(r.find(c)->change == RosterChange::Leave);

    const auto d = slot(day(2026, 3, 7), "middle", "car_park"); // guard 23
    REQUIRE(substituteGuard(r, d, StaffId{98}, "临时替班"));
    CHECK(r.find(d)->guard == StaffId{98});
    CHECK(r.find(d)->planned == StaffId{23});
    CHECK(r.find(d)->change == RosterChange::Substitute);
    CHECK(r.find(d)->note == "临时替班");
}

TEST_CASE("a roster edit refuses an unknown slot a blank note and a change that changes nothing")
{
    const auto setup = withSquads(3);
    auto r = roster(setup, date::year{2026} / 3);
    const auto state = [&] {
        std::vector<std::pair<std::optional<StaffId>, RosterChange>> out;
        for (const auto& s : r.assignments) {
            out.emplace_back(s.guard, s.change);
        }
        return out;
    };
    const auto before = state();
    const auto a = slot(day(2026, 3, 5), "early", "lobby"); // guard 11
    const auto nowhere = slot(day(2026, 4, 1), "early", "lobby");

    auto unknown = swapSlots(r, a, nowhere, "调班");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(unknown.error().field == "slot");
    CHECK(unknown.error().record == "2026-04-01 early lobby");
    auto unknownPost = substituteGuard(r, slot(day(2026, 3, 5), "early", "roof"), StaffId{98}, "替班");
    REQUIRE_FALSE(unknownPost);
    CHECK(unknownPost.error().code == ErrorCode::NotFound);
    CHECK(markLeave(r, nowhere, std::nullopt, "病假").error().field == "slot");

    for (const std::string note : {"", "  "}) {
        auto blank = substituteGuard(r, a, StaffId{98}, note);
        REQUIRE_FALSE(blank);
        CHECK(blank.error().code == ErrorCode::InvalidInput);
        CHECK(blank.error().field == "note");
        CHECK(markLeave(r, a, std::nullopt, note).error().field == "note");
        CHECK(swapSlots(r, a, slot(day(2026, 3, 5), "middle", "gate"), note).error().field == "note");
    }

    const auto nothing = [](const Result<void>& result) {
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::InvalidInput);
        CHECK(result.error().field == "guard");
        CHECK(result.error().message == "changes nothing");
    };
    nothing(substituteGuard(r, a, StaffId{11}, "替班"));
    nothing(markLeave(r, a, StaffId{11}, "病假"));
    nothing(swapSlots(r, a, a, "调班"));
    // Guard 11 works the early lobby every day of March 1–10: swapping two of his days changes nobody.
    nothing(swapSlots(r, a, slot(day(2026, 3, 6), "early", "lobby"), "调班"));
    CHECK(state() == before);

    // An empty post stays empty: marking it on leave without a substitute changes nothing either.
    REQUIRE(markLeave(r, a, std::nullopt, "病假"));
    nothing(markLeave(r, a, std::nullopt, "病假"));
    const auto emptyToo = slot(day(2026, 3, 5), "early", "gate");
    REQUIRE(markLeave(r, emptyToo, std::nullopt, "病假"));
    nothing(swapSlots(r, a, emptyToo, "调班"));
}

TEST_CASE("a slot's shift runs from its local start for its length and a night shift ends the next day")
{
    const auto setup = defaultSecuritySetup(SiteId{1});
    const auto shanghai = zone();
    const auto [start, end] = shiftInterval(setup.shifts[2], day(2026, 1, 31), shanghai);
    CHECK(start == at("2026-01-31 23:00"));
    CHECK(end == at("2026-02-01 07:00"));
    const auto early = shiftInterval(setup.shifts[0], day(2028, 2, 29), shanghai);
    CHECK(early.first == at("2028-02-29 07:00"));
    CHECK(early.second == at("2028-02-29 15:00"));

    // Where the clocks skip an hour the shift starts when they jump and still lasts its length.
    const auto newYork = zone("America/New_York");
    ShiftDefinition dawn;
    dawn.code = "dawn";
    dawn.start = 2h + 30min;
    dawn.length = 8h;
    const auto skipped = shiftInterval(dawn, day(2026, 3, 8), newYork);
    CHECK(skipped.first == at("2026-03-08 03:00", "America/New_York"));
    CHECK(skipped.second == at("2026-03-08 11:00", "America/New_York"));
    const auto night = shiftInterval(setup.shifts[2], day(2026, 3, 7), newYork);
    CHECK(night.first == at("2026-03-07 23:00", "America/New_York"));
    CHECK(night.second == at("2026-03-08 08:00", "America/New_York")); // eight hours, one of them skipped
}

TEST_CASE("forward rotation with three squads gives the night squad no rest before its first early shift")
{
    const auto setup = withSquads(3);
    const auto shanghai = zone();
    const auto january = roster(setup, date::year{2026} / 1);
    // January 11th: squad 3 comes off the night of the 10th at 07:00 onto the early shift at 07:00; on the
    // 21st squad 2 does the same. No other change of shift is short of eight hours.
    CHECK(describe(findConflicts(setup, shanghai, january)) ==
          Strings{"short_rest 2026-01-11 early lobby g31 after 2026-01-10 night lobby rest 0min",
                  "short_rest 2026-01-11 early patrol g32 after 2026-01-10 night patrol rest 0min",
                  "short_rest 2026-01-11 early car_park g33 after 2026-01-10 night car_park rest 0min",
                  "short_rest 2026-01-11 early gate g34 after 2026-01-10 night gate rest 0min",
                  "short_rest 2026-01-21 early lobby g21 after 2026-01-20 night lobby rest 0min",
                  "short_rest 2026-01-21 early patrol g22 after 2026-01-20 night patrol rest 0min",
                  "short_rest 2026-01-21 early car_park g23 after 2026-01-20 night car_park rest 0min",
                  "short_rest 2026-01-21 early gate g24 after 2026-01-20 night gate rest 0min"});
    const auto conflicts = findConflicts(setup, shanghai, january);
    REQUIRE_FALSE(conflicts.empty());
    CHECK(conflicts[0].kind == RosterConflictKind::ShortRest);
    CHECK(conflicts[0].rest == 0s);
    CHECK_FALSE(conflicts[0].blocksPublishing());

    // February 1st: squad 1 comes off January 31st's night, seen only with January's slots.
    const auto february = roster(setup, date::year{2026} / 2);
    const auto alone = describe(findConflicts(setup, shanghai, february));
    CHECK(alone.size() == 8); // the 11th and the 21st
    CHECK(alone.front().starts_with("short_rest 2026-02-11 early lobby"));
    const auto withJanuary = describe(findConflicts(setup, shanghai, february, january.assignments));
    REQUIRE(withJanuary.size() == 12);
    CHECK(withJanuary[0] == "short_rest 2026-02-01 early lobby g11 after 2026-01-31 night lobby rest 0min");
    CHECK(withJanuary[3] == "short_rest 2026-02-01 early gate g14 after 2026-01-31 night gate rest 0min");
    CHECK(withJanuary[4].starts_with("short_rest 2026-02-11 early lobby g31"));
}

TEST_CASE("backward rotation and four squads keep eight hours between shifts")
{
    const auto shanghai = zone();
    const auto backward = withSquads(3, RotationDirection::Backward);
    // Night → middle: 07:00 to 15:00; middle → early: 23:00 to 07:00; exactly the minimum rest.
    for (const auto month : {date::year{2026} / 1, date::year{2026} / 2, date::year{2028} / 2}) {
        const auto r = roster(backward, month);
        const auto previous = roster(backward, month - date::months{1});
        CHECK(findConflicts(backward, shanghai, r, previous.assignments).empty());
    }
    // One second more of minimum rest and the nights before a rotation day are too short.
    auto stricter = backward;
    stricter.minimumRest = 8h + 1s;
    const auto conflicts = findConflicts(stricter, shanghai, roster(stricter, date::year{2026} / 1));
    REQUIRE(conflicts.size() == 16);
    CHECK(describe(conflicts)[0] == "short_rest 2026-01-11 early lobby g21 after 2026-01-10 middle lobby rest 480min");
    CHECK(describe(conflicts)[4] == "short_rest 2026-01-11 middle lobby g31 after 2026-01-10 night lobby rest 480min");

    const auto four = withSquads(4);
    const auto april = roster(four, date::year{2026} / 4);
    CHECK(findConflicts(four, shanghai, april, roster(four, date::year{2026} / 3).assignments).empty());
}

TEST_CASE("an edit that puts a guard on two posts at once is a double booking that blocks publishing")
{
    const auto setup = withSquads(3);
    const auto shanghai = zone();
    auto r = roster(setup, date::year{2026} / 3);
    // March 5th early: squad 1 (11 lobby, 12 patrol, 13 car park, 14 gate); middle squad 2; night squad 3.
    REQUIRE(substituteGuard(r, slot(day(2026, 3, 5), "early", "gate"), StaffId{11}, "替班"));
    // Guard 21 works March 5th's middle shift from 15:00; put him on the early patrol too.
    REQUIRE(substituteGuard(r, slot(day(2026, 3, 5), "early", "patrol"), StaffId{21}, "替班"));
    // And March 6th's night car park goes empty.
    REQUIRE(markLeave(r, slot(day(2026, 3, 6), "night", "car_park"), std::nullopt, "病假"));
    const auto conflicts = findConflicts(setup, shanghai, r);
    CHECK(describe(conflicts) ==
          Strings{"double_booked 2026-03-05 early gate g11 after 2026-03-05 early lobby",
                  "short_rest 2026-03-05 middle lobby g21 after 2026-03-05 early patrol rest 0min",
                  "empty_post 2026-03-06 night car_park",
                  "short_rest 2026-03-11 early lobby g31 after 2026-03-10 night lobby rest 0min",
                  "short_rest 2026-03-11 early patrol g32 after 2026-03-10 night patrol rest 0min",
                  "short_rest 2026-03-11 early car_park g33 after 2026-03-10 night car_park rest 0min",
                  "short_rest 2026-03-11 early gate g34 after 2026-03-10 night gate rest 0min",
                  "short_rest 2026-03-21 early lobby g21 after 2026-03-20 night lobby rest 0min",
                  "short_rest 2026-03-21 early patrol g22 after 2026-03-20 night patrol rest 0min",
                  "short_rest 2026-03-21 early car_park g23 after 2026-03-20 night car_park rest 0min",
                  "short_rest 2026-03-21 early gate g24 after 2026-03-20 night gate rest 0min"});
    REQUIRE(conflicts.size() == 11);
    CHECK(conflicts[0].blocksPublishing());
    CHECK(conflicts[0].guard == StaffId{11});
    CHECK(conflicts[2].kind == RosterConflictKind::EmptyPost);
    CHECK_FALSE(conflicts[2].guard);
    CHECK_FALSE(conflicts[2].other);
    CHECK_FALSE(conflicts[2].blocksPublishing());

    // A shift of the month before that runs into this month's first shift is a double booking too.
    auto longNights = withSquads(3);
    longNights.shifts[2].length = 9h; // 23:00–08:00
    const auto feb = roster(longNights, date::year{2026} / 2);
    const auto jan = roster(longNights, date::year{2026} / 1);
    const auto crossing = describe(findConflicts(longNights, shanghai, feb, jan.assignments));
    REQUIRE(crossing.size() == 12);
    CHECK(crossing[0] == "double_booked 2026-02-01 early lobby g11 after 2026-01-31 night lobby");
    // Slots of a shift the setup no longer knows are left out.
    auto unknownShift = roster(setup, date::year{2026} / 3);
    for (auto& s : unknownShift.assignments) {
        s.key.shift = "evening";
        s.guard.reset();
    }
    CHECK(findConflicts(setup, shanghai, unknownShift).empty());
}

TEST_CASE("route versions in force on a day: the latest from on or before it and active")
{
    const auto route = [](std::int64_t id, std::string code, Date from, bool active) {
        PatrolRoute r;
        r.id = RouteId{id};
        r.code = std::move(code);
        r.name = "路线" + r.code;
        r.effectiveFrom = from;
        r.active = active;
        return r;
    };
    const std::vector<PatrolRoute> versions{
        route(4, "B", day(2026, 3, 10), false), route(1, "A", day(2026, 1, 1), true),
        route(3, "B", day(2026, 2, 1), true),   route(2, "A", day(2026, 3, 1), true),
        route(5, "C", day(2026, 3, 20), true),
    };
    const auto ids = [&](Date d) {
        std::vector<std::int64_t> out;
        for (const auto* r : routesInForce(versions, d)) {
            out.push_back(r->id.value);
        }
        return out;
    };
    using Ids = std::vector<std::int64_t>;
    CHECK(ids(day(2025, 12, 31)).empty());
    CHECK(ids(day(2026, 1, 1)) == Ids{1});
    CHECK(ids(day(2026, 2, 1)) == Ids{1, 3});
    CHECK(ids(day(2026, 2, 28)) == Ids{1, 3});
    CHECK(ids(day(2026, 3, 1)) == Ids{2, 3});
    CHECK(ids(day(2026, 3, 9)) == Ids{2, 3});
    CHECK(ids(day(2026, 3, 10)) == Ids{2}); // B retired
    CHECK(ids(day(2026, 3, 20)) == Ids{2, 5});
}

TEST_CASE("a route must fit its rounds into the shift without overlapping windows")
{
    const auto setup = defaultSecuritySetup(SiteId{1});
    PatrolRoute base;
    base.code = "R1";
    base.name = "东区巡更";
    for (const auto* code : {"A", "B", "C"}) {
        Checkpoint c;
        c.code = code;
        c.name = std::string("点") + code;
        base.checkpoints.push_back(c);
    }
    base.roundsPerShift = {{"early", 2}, {"night", 4}};
    REQUIRE(base.validate(setup));
    CHECK(base.rounds("night") == 4);
    CHECK(base.rounds("middle") == 0);

    const auto fieldOf = [&](const PatrolRoute& r) {
        auto ok = r.validate(setup);
        REQUIRE_FALSE(ok);
        CHECK(ok.error().code == ErrorCode::InvalidInput);
        return ok.error().field;
    };
    auto r = base;
    r.code = "";
    CHECK(fieldOf(r) == "code");
    r = base;
    r.name = " ";
    CHECK(fieldOf(r) == "name");
    r = base;
    r.checkpoints.clear();
    CHECK(fieldOf(r) == "checkpoints");
    r = base;
    r.checkpoints[2].code = "A";
    CHECK(fieldOf(r) == "checkpoints[2].code");
    r.checkpoints[2].code = "";
    CHECK(fieldOf(r) == "checkpoints[2].code");
    r = base;
    r.roundsPerShift.emplace_back("evening", 1);
    CHECK(fieldOf(r) == "roundsPerShift");
    r = base;
    r.roundsPerShift[0].second = 0;
    CHECK(fieldOf(r) == "roundsPerShift");
    r.roundsPerShift[0].second = 49;
    CHECK(fieldOf(r) == "roundsPerShift");
    r = base;
    r.roundsPerShift.emplace_back("early", 1);
    CHECK(fieldOf(r) == "roundsPerShift");
    r = base;
    r.roundLength = 0s;
    CHECK(fieldOf(r) == "roundLength");
    r = base;
    r.tolerance = -1s;
    CHECK(fieldOf(r) == "tolerance");

    // Eight rounds in eight hours: an hour apart. 40 minutes ± 10 fill it exactly; one second more does not.
    r = base;
    r.roundsPerShift = {{"night", 8}};
    r.roundLength = 40min;
    r.tolerance = 10min;
    CHECK(r.validate(setup));
    r.roundLength = 40min + 1s;
    CHECK(fieldOf(r) == "tolerance");
    // Seven rounds: 8 h / 7 = 4114 s apart, in whole seconds.
    r.roundsPerShift = {{"night", 7}};
    r.roundLength = 4114s - 20min;
    CHECK(r.validate(setup));
    r.roundLength = 4115s - 20min;
    CHECK(fieldOf(r) == "tolerance");
}

TEST_CASE("duty log entries need what their kind needs")
{
    DutyEntry visitor;
    visitor.kind = DutyEntryKind::Visitor;
    visitor.at = at("2026-03-05 10:00");
    visitor.subject = "张三";
    CHECK(visitor.validate());
    visitor.leftAt = at("2026-03-05 10:00");
    CHECK(visitor.validate());
    visitor.leftAt = at("2026-03-05 09:59");
    CHECK(visitor.validate().error().field == "leftAt");
    visitor.leftAt.reset();
    visitor.handling = "劝离";
    CHECK(visitor.validate().error().field == "handling");
    visitor.handling.clear();
    visitor.incident = IncidentType::Other;
    CHECK(visitor.validate().error().field == "incident");
    visitor.incident.reset();
    visitor.subject = "";
    CHECK(visitor.validate().error().field == "subject");

    DutyEntry vehicle;
    vehicle.kind = DutyEntryKind::Vehicle;
    vehicle.at = at("2026-03-05 22:00");
    CHECK(vehicle.validate().error().field == "subject");
    vehicle.subject = "沪A12345";
    CHECK(vehicle.validate());
    vehicle.handledAt = at("2026-03-05 23:00");
    CHECK(vehicle.validate().error().field == "handledAt");

    DutyEntry incident;
    incident.kind = DutyEntryKind::Incident;
    incident.at = at("2026-03-05 02:00");
    incident.subject = "车辆被划";
    CHECK(incident.validate().error().field == "incident");
    incident.incident = IncidentType::SecurityCase;
    incident.handling = "报警，调取监控";
    incident.outcome = "已移交派出所";
    incident.handledAt = at("2026-03-05 02:00");
    CHECK(incident.validate());
    incident.handledAt = at("2026-03-05 01:59");
    CHECK(incident.validate().error().field == "handledAt");
    incident.handledAt.reset();
    incident.subject = " ";
    CHECK(incident.validate().error().field == "subject");
}

TEST_CASE("night time is the time of a shift that crosses midnight")
{
    const auto setup = defaultSecuritySetup(SiteId{1});
    CHECK(isNightTime(setup, 23h));
    CHECK(isNightTime(setup, 0h));
    CHECK(isNightTime(setup, 7h - 1s));
    CHECK_FALSE(isNightTime(setup, 7h));
    CHECK_FALSE(isNightTime(setup, 23h - 1s));
    CHECK_FALSE(isNightTime(setup, 12h));

    auto days = setup;
    days.shifts.pop_back(); // early and middle only: 15:00 + 8 h ends at 24:00, not after
    CHECK_FALSE(isNightTime(days, 23h + 30min));
    CHECK_FALSE(isNightTime(days, 3h));
}

TEST_CASE("security keys and the Chinese incident names parse back")
{
    for (const auto s : {RosterStatus::Draft, RosterStatus::Published}) {
        CHECK(parseRosterStatus(rosterStatusKey(s)) == s);
    }
    for (const auto c : {RosterChange::None, RosterChange::Swap, RosterChange::Leave, RosterChange::Substitute}) {
        CHECK(parseRosterChange(rosterChangeKey(c)) == c);
    }
    for (const auto k : {DutyEntryKind::Visitor, DutyEntryKind::Vehicle, DutyEntryKind::Incident}) {
        CHECK(parseDutyEntryKind(dutyEntryKindKey(k)) == k);
    }
    for (const auto t :
         {IncidentType::SecurityCase, IncidentType::Fire, IncidentType::Violation, IncidentType::Other}) {
        CHECK(parseIncidentType(incidentTypeKey(t)) == t);
    }
    CHECK(rosterStatusKey(RosterStatus::Published) == "published");
    CHECK(rosterChangeKey(RosterChange::Substitute) == "substitute");
    CHECK(rosterConflictKey(RosterConflictKind::DoubleBooked) == "double_booked");
    CHECK(rosterConflictKey(RosterConflictKind::ShortRest) == "short_rest");
    CHECK(rosterConflictKey(RosterConflictKind::EmptyPost) == "empty_post");
    CHECK(incidentTypeKey(IncidentType::SecurityCase) == "security_case");
    CHECK(parseIncidentType("治安案件") == IncidentType::SecurityCase);
    CHECK(parseIncidentType("火情") == IncidentType::Fire);
    CHECK(parseIncidentType("火警") == IncidentType::Fire);
    CHECK(parseIncidentType("违章") == IncidentType::Violation);
    CHECK(parseIncidentType("其他") == IncidentType::Other);
    CHECK_FALSE(parseIncidentType("theft"));
    CHECK_FALSE(parseRosterStatus("Draft"));
    CHECK_FALSE(parseDutyEntryKind(""));
}
