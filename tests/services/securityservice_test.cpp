// The security use cases (docs/security-operations.md): the set-up, rosters and their edits, patrol routes
// and scans, rounds as of a time, handovers with their open items, the duty log and spot checks. Every
// change is audited; every refused call writes nothing.

#include "servicetestsupport.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <array>
#include <map>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::ErrorCode;
using domain::RosterChange;
using domain::RosterConflictKind;
using propdesk::tests::at;
using propdesk::tests::Desk;
using rules::RoundOutcome;

namespace {

domain::Date day(int y, unsigned m, unsigned d)
{
    return domain::Date{date::year{y} / date::month{m} / date::day{d}};
}

domain::SlotKey slot(domain::Date d, std::string shift, std::string post)
{
    domain::SlotKey key;
    key.day = d;
    key.shift = std::move(shift);
    key.post = std::move(post);
    return key;
}

template <typename T>
void refused(const domain::Result<T>& result, ErrorCode code, std::string_view field, std::string_view message)
{
    REQUIRE_FALSE(result);
    CHECK(result.error().code == code);
    CHECK(result.error().field == field);
    CHECK(result.error().message == message);
}

// Every row of the security tables and of the audit trail, as text: what a refused call must leave as it
// was.
std::string securityRows(Desk& desk)
{
    SQLite::Database db(desk.ws->path().string(), SQLite::OPEN_READONLY);
    std::string out;
    for (const char* table : {"security_setups", "rosters", "roster_slots", "patrol_routes", "patrol_scans",
                              "handovers", "handover_items", "duty_entries", "spot_checks", "audit_log"}) {
        out += fmt::format("[{}]\n", table);
        SQLite::Statement q(db, fmt::format("SELECT * FROM {}", table));
        while (q.executeStep()) {
            for (int i = 0; i < q.getColumnCount(); ++i) {
                out += q.getColumn(i).getString() + "|";
            }
            out += "\n";
        }
    }
    return out;
}

domain::PatrolRoute route(std::string code, domain::Date from, const std::vector<std::string>& checkpoints)
{
    domain::PatrolRoute r;
    r.code = std::move(code);
    r.name = "楼宇巡更";
    r.effectiveFrom = from;
    for (const auto& c : checkpoints) {
        domain::Checkpoint point;
        point.code = c;
        point.name = "点" + c;
        point.location = "1栋";
        r.checkpoints.push_back(point);
    }
    // Rounds at 07:00 and 11:00 on the early shift, at 23:00 and 03:00 on the night shift.
    r.roundsPerShift = {{"early", 2}, {"night", 2}};
    r.roundLength = 60min;
    r.tolerance = 10min;
    return r;
}

std::vector<std::string> codes(const std::vector<rules::CheckpointVisit>& visits)
{
    std::vector<std::string> out;
    for (const auto& v : visits) {
        out.push_back(v.checkpoint);
    }
    return out;
}

std::vector<RoundOutcome> outcomes(const std::vector<rules::RoundEvaluation>& rounds)
{
    std::vector<RoundOutcome> out;
    for (const auto& r : rounds) {
        out.push_back(r.outcome);
    }
    return out;
}

// Site HQ with three squads of four guards (one a post: lobby, patrol, car park, gate) and a spare guard in no
// squad, the default shifts and rotation (1st, 11th, 21st). Every month starts with squad 1 on the early
// shift, 2 on the middle and 3 on the night; on the 11th and the 21st each moves one shift forward.
struct Team : Desk
{
    explicit Team(domain::Instant now) : Desk(now)
    {
        site = addSite("HQ");
        const std::array<std::array<const char*, 4>, 3> squads{
            {{"张卫东", "王强", "李军", "陈刚"}, {"杨帆", "赵磊", "黄鹏", "周涛"}, {"徐明", "孙浩", "马超", "朱亮"}}};
        auto wanted = domain::defaultSecuritySetup(site.id);
        for (std::size_t s = 0; s < squads.size(); ++s) {
            domain::Squad squad;
            squad.code = std::to_string(s + 1);
            squad.name = fmt::format("护卫{}班", s + 1);
            for (const char* name : squads[s]) {
                squad.guards.push_back(addGuard(name));
            }
            wanted.squads.push_back(std::move(squad));
        }
        spare = addGuard("吴斌");
        auto saved = ws->security().saveSetup("HQ", wanted);
        INFO((saved ? std::string() : saved.error().describe()));
        REQUIRE(saved);
        setup = *saved;
    }

    domain::StaffId addGuard(const char* name)
    {
        domain::StaffMember member;
        member.name = name;
        member.phone = "13922000000";
        member.trade = "护卫";
        auto added = ws->staff().add("HQ", member);
        REQUIRE(added);
        return added->id;
    }

    // Guard i (0-based) of squad n (1-based).
    domain::StaffId guard(int n, int i) const
    {
        return setup.squads.at(static_cast<std::size_t>(n - 1)).guards.at(static_cast<std::size_t>(i));
    }

    domain::Roster storedRoster(date::year_month month)
    {
        auto view = ws->security().roster("HQ", month);
        REQUIRE(view);
        REQUIRE(*view);
        return (*view)->roster;
    }

    std::vector<domain::AuditEntry> trail(std::string entity)
    {
        domain::AuditFilter filter;
        filter.entity = std::move(entity);
        return auditTrail(filter);
    }

    domain::Site site;
    domain::SecuritySetup setup;
    domain::StaffId spare;
};

constexpr date::year_month kMay{date::year{2025}, date::month{5}};
constexpr date::year_month kApril{date::year{2025}, date::month{4}};

} // namespace

// --- set-up -------------------------------------------------------------------------------------------

TEST_CASE("a site without a saved set-up gets the defaults and a squad must be the site's staff")
{
    Desk desk(at("2025-04-20 12:00"));
    const auto hq = desk.addSite("HQ");
    desk.addSite("B");
    auto defaults = desk.ws->security().setup("HQ");
    REQUIRE(defaults);
    REQUIRE(defaults->shifts.size() == 3);
    CHECK(defaults->shifts[2].code == "night");
    CHECK(defaults->shifts[2].crossesMidnight());
    CHECK(defaults->posts.size() == 4);
    CHECK(defaults->squads.empty());

    auto other = desk.ws->staff().add("B", domain::StaffMember{{}, {}, "外站护卫", "", "护卫", true});
    REQUIRE(other);
    auto wanted = domain::defaultSecuritySetup(hq.id);
    domain::Squad squad;
    squad.code = "1";
    squad.name = "护卫一班";
    squad.guards = {other->id};
    wanted.squads.push_back(squad);
    const auto before = securityRows(desk);
    refused(desk.ws->security().saveSetup("HQ", wanted), ErrorCode::InvalidInput, "squads[0].guards",
            fmt::format("staff #{} does not work at HQ", other->id.value));
    wanted.rotation.days = {1, 30};
    refused(desk.ws->security().saveSetup("HQ", wanted), ErrorCode::InvalidInput, "rotation.days",
            "rotation days must be 1 to 28, in ascending order");
    CHECK(securityRows(desk) == before);

    // A roster needs squads.
    refused(desk.ws->security().generateRoster("HQ", kMay), ErrorCode::InvalidInput, "squads",
            "the security set-up has no squads yet");
    CHECK(securityRows(desk) == before);
}

// --- roster ---------------------------------------------------------------------------------------------

TEST_CASE("a month's roster is generated from the rotation rule and stored as a draft")
{
    Team team(at("2025-04-20 12:00"));
    auto& security = team.ws->security();
    auto view = security.generateRoster("HQ", kMay);
    INFO((view ? std::string() : view.error().describe()));
    REQUIRE(view);
    const auto& roster = view->roster;
    CHECK(roster.id.value > 0);
    CHECK(roster.status == domain::RosterStatus::Draft);
    CHECK(roster.generatedBy == "tester");
    CHECK(roster.generatedAt == at("2025-04-20 12:00"));
    // 31 days × 3 shifts × 4 posts.
    REQUIRE(roster.assignments.size() == 372);
    CHECK(roster.assignments.front().key == slot(day(2025, 5, 1), "early", "lobby"));
    CHECK(roster.assignments.back().key == slot(day(2025, 5, 31), "night", "gate"));

    const auto at_ = [&](unsigned d, const char* shift, const char* post) {
        const auto* s = roster.find(slot(day(2025, 5, d), shift, post));
        REQUIRE(s);
        return *s;
    };
    CHECK(at_(1, "early", "lobby").guard == team.guard(1, 0));
    CHECK(at_(1, "early", "lobby").planned == team.guard(1, 0));
    CHECK(at_(1, "early", "lobby").squad == "1");
    CHECK(at_(10, "night", "gate").guard == team.guard(3, 3));
    CHECK(at_(11, "early", "lobby").guard == team.guard(3, 0));
    CHECK(at_(11, "night", "patrol").guard == team.guard(2, 1));
    CHECK(at_(21, "early", "car_park").guard == team.guard(2, 2));
    CHECK(at_(31, "night", "lobby").guard == team.guard(1, 0));
    CHECK(at_(31, "night", "lobby").change == RosterChange::None);

    // Squad 3 comes off the night of the 10th at 07:00 and starts the early shift of the 11th at 07:00; squad
    // 2 the same on the 21st: no rest at all, eight warnings.
    REQUIRE(view->conflicts.size() == 8);
    for (const auto& c : view->conflicts) {
        CHECK(c.kind == RosterConflictKind::ShortRest);
        CHECK(c.rest == 0s);
        CHECK_FALSE(c.blocksPublishing());
    }
    CHECK(view->conflicts[0].slot == slot(day(2025, 5, 11), "early", "lobby"));
    CHECK(view->conflicts[0].guard == team.guard(3, 0));
    CHECK(view->conflicts[0].other == slot(day(2025, 5, 10), "night", "lobby"));
    CHECK(view->conflicts[4].slot == slot(day(2025, 5, 21), "early", "lobby"));
    CHECK(view->conflicts[4].guard == team.guard(2, 0));

    const auto trail = team.trail("roster");
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].record == "2025-05");
    CHECK(trail[0].action == domain::AuditAction::Create);
    CHECK(trail[0].summary == "generated");
    CHECK(trail[0].changes == std::vector<domain::AuditChange>{{"slots", "", "372"}});

    auto read = security.roster("HQ", kMay);
    REQUIRE(read);
    REQUIRE(*read);
    CHECK((*read)->roster.assignments.size() == 372);
    CHECK((*read)->conflicts.size() == 8);
    auto none = security.roster("HQ", date::year{2025} / date::June);
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
}

TEST_CASE("a draft is generated again only when asked to and a published roster never")
{
    Team team(at("2025-04-20 12:00"));
    auto& security = team.ws->security();
    auto first = security.generateRoster("HQ", kMay);
    REQUIRE(first);
    REQUIRE(security.substituteGuard("HQ", kMay, slot(day(2025, 5, 8), "early", "car_park"), team.spare, "替班"));

    auto before = securityRows(team);
    refused(security.generateRoster("HQ", kMay), ErrorCode::Conflict, "month", "the roster of 2025-05 already exists");
    CHECK(securityRows(team) == before);
    CHECK(team.storedRoster(kMay).find(slot(day(2025, 5, 8), "early", "car_park"))->guard == team.spare);

    team.clock.advance(1h);
    auto again = security.generateRoster("HQ", kMay, true);
    REQUIRE(again);
    CHECK(again->roster.id == first->roster.id);
    CHECK(again->roster.generatedAt == at("2025-04-20 13:00"));
    const auto* s = team.storedRoster(kMay).find(slot(day(2025, 5, 8), "early", "car_park"));
    REQUIRE(s);
    CHECK(s->guard == team.guard(1, 2));
    CHECK(s->change == RosterChange::None);
    const auto trail = team.trail("roster");
    REQUIRE(trail.size() == 3);
    CHECK(trail[2].action == domain::AuditAction::Update);
    CHECK(trail[2].summary == "generated again");

    REQUIRE(security.publish("HQ", kMay, true));
    before = securityRows(team);
    refused(security.generateRoster("HQ", kMay, true), ErrorCode::Conflict, "month",
            "the roster of 2025-05 is published and cannot be generated again");
    refused(security.generateRoster("HQ", kMay), ErrorCode::Conflict, "month",
            "the roster of 2025-05 is published and cannot be generated again");
    CHECK(securityRows(team) == before);
}

TEST_CASE("swaps leave and substitutes change the roster and each is audited with slot and guard names")
{
    Team team(at("2025-04-20 12:00"));
    auto& security = team.ws->security();
    REQUIRE(security.generateRoster("HQ", kMay));

    SECTION("a swap exchanges the guards of two slots and marks both")
    {
        auto view = security.swapSlots("HQ", kMay, slot(day(2025, 5, 5), "early", "lobby"),
                                       slot(day(2025, 5, 5), "middle", "lobby"), "调班");
        INFO((view ? std::string() : view.error().describe()));
        REQUIRE(view);
        const auto* early = view->roster.find(slot(day(2025, 5, 5), "early", "lobby"));
        const auto* middle = view->roster.find(slot(day(2025, 5, 5), "middle", "lobby"));
        REQUIRE(early);
        REQUIRE(middle);
        CHECK(early->guard == team.guard(2, 0));
        CHECK(early->planned == team.guard(1, 0));
        CHECK(early->change == RosterChange::Swap);
        CHECK(early->note == "调班");
        CHECK(middle->guard == team.guard(1, 0));
        CHECK(middle->change == RosterChange::Swap);
        // Eight hours between 杨帆's middle shift of the 4th and the early one of the 5th: no new warning.
        CHECK(view->conflicts.size() == 8);
        const auto trail = team.trail("roster");
        REQUIRE(trail.size() == 2);
        CHECK(trail[1].summary == "swap");
        CHECK(trail[1].record == "2025-05");
        CHECK(trail[1].action == domain::AuditAction::Update);
        CHECK(trail[1].changes ==
              std::vector<domain::AuditChange>{{"2025-05-05 early lobby", "张卫东", "杨帆 (swap: 调班)"},
                                               {"2025-05-05 middle lobby", "杨帆", "张卫东 (swap: 调班)"}});
        CHECK(team.storedRoster(kMay).find(slot(day(2025, 5, 5), "middle", "lobby"))->guard == team.guard(1, 0));
    }
    SECTION("leave with a substitute and leave that leaves the post empty")
    {
        auto covered = security.markLeave("HQ", kMay, slot(day(2025, 5, 6), "early", "patrol"), team.spare, "病假");
        REQUIRE(covered);
        const auto* s = covered->roster.find(slot(day(2025, 5, 6), "early", "patrol"));
        REQUIRE(s);
        CHECK(s->guard == team.spare);
        CHECK(s->planned == team.guard(1, 1));
        CHECK(s->change == RosterChange::Leave);
        CHECK(covered->conflicts.size() == 8);

        auto empty = security.markLeave("HQ", kMay, slot(day(2025, 5, 7), "early", "gate"), std::nullopt, "事假");
        REQUIRE(empty);
        const auto* e = empty->roster.find(slot(day(2025, 5, 7), "early", "gate"));
        REQUIRE(e);
        CHECK_FALSE(e->guard);
        CHECK(e->change == RosterChange::Leave);
        REQUIRE(empty->conflicts.size() == 9);
        const auto emptyPost = std::ranges::find_if(
            empty->conflicts, [](const auto& c) { return c.kind == RosterConflictKind::EmptyPost; });
        REQUIRE(emptyPost != empty->conflicts.end());
        CHECK(emptyPost->slot == slot(day(2025, 5, 7), "early", "gate"));
        CHECK_FALSE(emptyPost->guard);
        CHECK_FALSE(emptyPost->blocksPublishing());
        // Conflicts are ordered by slot: the empty post of the 7th comes before the short rests of the 11th.
        CHECK(empty->conflicts.front().kind == RosterConflictKind::EmptyPost);

        const auto trail = team.trail("roster");
        REQUIRE(trail.size() == 3);
        CHECK(trail[1].summary == "leave");
        CHECK(trail[1].changes ==
              std::vector<domain::AuditChange>{{"2025-05-06 early patrol", "王强", "吴斌 (leave: 病假)"}});
        CHECK(trail[2].changes == std::vector<domain::AuditChange>{{"2025-05-07 early gate", "陈刚", "(leave: 事假)"}});
    }
    SECTION("a substitute works a slot")
    {
        auto view =
            security.substituteGuard("HQ", kMay, slot(day(2025, 5, 8), "early", "car_park"), team.spare, "替班");
        REQUIRE(view);
        const auto* s = view->roster.find(slot(day(2025, 5, 8), "early", "car_park"));
        REQUIRE(s);
        CHECK(s->guard == team.spare);
        CHECK(s->planned == team.guard(1, 2));
        CHECK(s->change == RosterChange::Substitute);
        CHECK(s->note == "替班");
        const auto trail = team.trail("roster");
        REQUIRE(trail.size() == 2);
        CHECK(trail[1].summary == "substitute");
        CHECK(trail[1].changes ==
              std::vector<domain::AuditChange>{{"2025-05-08 early car_park", "李军", "吴斌 (substitute: 替班)"}});
    }
    SECTION("edits that are refused write nothing")
    {
        const auto before = securityRows(team);
        const auto lobby = slot(day(2025, 5, 5), "early", "lobby");
        refused(security.swapSlots("HQ", kMay, lobby, slot(day(2025, 5, 5), "middle", "lobby"), "  "),
                ErrorCode::InvalidInput, "note", "give the reason for the change");
        refused(security.markLeave("HQ", kMay, slot(day(2025, 5, 5), "early", "kitchen"), team.spare, "病假"),
                ErrorCode::NotFound, "slot", "the roster has no such slot");
        refused(security.substituteGuard("HQ", kMay, lobby, team.guard(1, 0), "替班"), ErrorCode::InvalidInput, "guard",
                "changes nothing");
        refused(security.swapSlots("HQ", kMay, lobby, slot(day(2025, 5, 5), "early", "lobby"), "调班"),
                ErrorCode::InvalidInput, "guard", "changes nothing");
        refused(security.substituteGuard("HQ", kMay, lobby, domain::StaffId{9999}, "替班"), ErrorCode::InvalidInput,
                "guard", "staff #9999 does not work at this site");
        refused(security.markLeave("HQ", kMay, lobby, domain::StaffId{9999}, "病假"), ErrorCode::InvalidInput, "guard",
                "staff #9999 does not work at this site");
        refused(security.substituteGuard("HQ", date::year{2025} / date::August, lobby, team.spare, "替班"),
                ErrorCode::NotFound, "month", "there is no roster for 2025-08");
        refused(security.publish("HQ", date::year{2025} / date::August, true), ErrorCode::NotFound, "month",
                "there is no roster for 2025-08");
        CHECK(securityRows(team) == before);
    }
}

TEST_CASE("publishing refuses a double booking and asks to confirm the warnings")
{
    Team team(at("2025-04-20 12:00"));
    auto& security = team.ws->security();
    REQUIRE(security.generateRoster("HQ", kMay));

    // 王强 already works the patrol post of that early shift.
    auto doubled =
        security.substituteGuard("HQ", kMay, slot(day(2025, 5, 5), "early", "lobby"), team.guard(1, 1), "顶岗");
    REQUIRE(doubled);
    REQUIRE(doubled->conflicts.size() == 9);
    const auto blocking = std::ranges::find_if(doubled->conflicts, [](const auto& c) { return c.blocksPublishing(); });
    REQUIRE(blocking != doubled->conflicts.end());
    CHECK(blocking->kind == RosterConflictKind::DoubleBooked);
    CHECK(blocking->slot == slot(day(2025, 5, 5), "early", "patrol"));
    CHECK(blocking->other == slot(day(2025, 5, 5), "early", "lobby"));
    CHECK(blocking->guard == team.guard(1, 1));

    auto before = securityRows(team);
    refused(security.publish("HQ", kMay, true), ErrorCode::Conflict, "roster",
            "1 guard(s) are on two posts at once; correct the roster first");
    CHECK(securityRows(team) == before);

    REQUIRE(security.substituteGuard("HQ", kMay, slot(day(2025, 5, 5), "early", "lobby"), team.spare, "顶岗"));
    before = securityRows(team);
    refused(security.publish("HQ", kMay, false), ErrorCode::Conflict, "roster",
            "the roster has 8 warning(s); confirm them to publish");
    CHECK(securityRows(team) == before);
    CHECK(team.storedRoster(kMay).status == domain::RosterStatus::Draft);

    team.clock.advance(30min);
    auto published = security.publish("HQ", kMay, true);
    REQUIRE(published);
    CHECK(published->roster.status == domain::RosterStatus::Published);
    CHECK(published->roster.publishedBy == "tester");
    CHECK(published->roster.publishedAt == at("2025-04-20 12:30"));
    CHECK(published->conflicts.size() == 8);
    const auto stored = team.storedRoster(kMay);
    CHECK(stored.status == domain::RosterStatus::Published);
    CHECK(stored.publishedAt == at("2025-04-20 12:30"));
    auto trail = team.trail("roster");
    CHECK(trail.back().summary == "published with 8 warning(s)");
    CHECK(trail.back().changes == std::vector<domain::AuditChange>{{"status", "draft", "published"}});

    before = securityRows(team);
    refused(security.publish("HQ", kMay, true), ErrorCode::Conflict, "month",
            "the roster of 2025-05 is already published");
    CHECK(securityRows(team) == before);

    // A published roster is still edited, and every edit is audited; it stays published.
    auto edited = security.markLeave("HQ", kMay, slot(day(2025, 5, 6), "early", "lobby"), team.spare, "病假");
    REQUIRE(edited);
    CHECK(edited->roster.status == domain::RosterStatus::Published);
    trail = team.trail("roster");
    CHECK(trail.back().summary == "leave");
}

TEST_CASE("a roster without warnings is published without confirmation")
{
    Team team(at("2025-04-20 12:00"));
    auto& security = team.ws->security();
    auto setup = team.setup;
    setup.minimumRest = 0s; // back-to-back shifts allowed
    REQUIRE(security.saveSetup("HQ", setup));
    auto view = security.generateRoster("HQ", kMay);
    REQUIRE(view);
    CHECK(view->conflicts.empty());
    auto published = security.publish("HQ", kMay, false);
    REQUIRE(published);
    CHECK(team.trail("roster").back().summary == "published");
}

TEST_CASE("conflicts count the previous month's last night shift")
{
    Team team(at("2025-04-20 12:00"));
    auto& security = team.ws->security();
    auto may = security.generateRoster("HQ", kMay);
    REQUIRE(may);
    CHECK(may->conflicts.size() == 8);

    // Squad 1 works the nights from 21 April: the night of the 30th ends on 1 May at 07:00, when squad 1
    // starts May's early shift.
    REQUIRE(security.generateRoster("HQ", kApril));
    auto view = security.roster("HQ", kMay);
    REQUIRE(view);
    REQUIRE(*view);
    const auto& conflicts = (*view)->conflicts;
    REQUIRE(conflicts.size() == 12);
    const std::array posts{"lobby", "patrol", "car_park", "gate"};
    for (std::size_t i = 0; i < posts.size(); ++i) {
        INFO(posts[i]);
        CHECK(conflicts[i].kind == RosterConflictKind::ShortRest);
        CHECK(conflicts[i].slot == slot(day(2025, 5, 1), "early", posts[i]));
        CHECK(conflicts[i].guard == team.guard(1, static_cast<int>(i)));
        CHECK(conflicts[i].other == slot(day(2025, 4, 30), "night", posts[i]));
        CHECK(conflicts[i].rest == 0s);
    }
    // Publishing checks against April too.
    refused(security.publish("HQ", kMay, false), ErrorCode::Conflict, "roster",
            "the roster has 12 warning(s); confirm them to publish");

    // A substitute for 张卫东 on the night of 30 April takes the conflict away.
    REQUIRE(security.substituteGuard("HQ", kApril, slot(day(2025, 4, 30), "night", "lobby"), team.spare, "调休"));
    auto after = security.roster("HQ", kMay);
    REQUIRE(after);
    REQUIRE(*after);
    CHECK((*after)->conflicts.size() == 11);
    CHECK((*after)->conflicts.front().slot == slot(day(2025, 5, 1), "early", "patrol"));
}

// --- guard tours ----------------------------------------------------------------------------------------

TEST_CASE("a route change from a date keeps the earlier days' rounds")
{
    Team team(at("2025-04-20 12:00"));
    auto& security = team.ws->security();
    auto v1 = security.saveRoute("HQ", route("R1", day(2025, 4, 1), {"CP01", "CP02", "CP03"}));
    INFO((v1 ? std::string() : v1.error().describe()));
    REQUIRE(v1);
    CHECK(v1->id.value > 0);
    CHECK(v1->site == team.site.id);
    auto v2 = security.saveRoute("HQ", route("R1", day(2025, 4, 15), {"CP01", "CP02", "CP04"}));
    REQUIRE(v2);

    const auto trail = team.trail("patrol_route");
    REQUIRE(trail.size() == 2);
    CHECK(trail[0].action == domain::AuditAction::Create);
    CHECK(trail[0].record == "R1");
    CHECK(trail[0].summary == "version from 2025-04-01");
    CHECK(trail[1].action == domain::AuditAction::Update);
    CHECK(trail[1].summary == "version from 2025-04-15");
    CHECK(
        std::ranges::count(trail[1].changes, domain::AuditChange{"checkpoints", "CP01 点CP01, CP02 点CP02, CP03 点CP03",
                                                                 "CP01 点CP01, CP02 点CP02, CP04 点CP04"}) == 1);
    CHECK(std::ranges::count(trail[1].changes, domain::AuditChange{"effective_from", "2025-04-01", "2025-04-15"}) == 1);

    auto versions = security.routes("HQ");
    REQUIRE(versions);
    REQUIRE(versions->size() == 2);
    CHECK((*versions)[0].effectiveFrom == day(2025, 4, 1));
    CHECK((*versions)[1].effectiveFrom == day(2025, 4, 15));

    // The 10th walked the old route, the 16th the new one.
    for (const auto& [cp, t] : {std::pair{"CP01", "2025-04-10 07:02"}, std::pair{"CP02", "2025-04-10 07:10"},
                                std::pair{"CP03", "2025-04-10 07:20"}, std::pair{"CP04", "2025-04-16 07:05"}}) {
        INFO(cp << " " << t);
        REQUIRE(security.recordScan("HQ", cp, "王强", at(t)));
    }
    const auto before = securityRows(team);
    refused(security.recordScan("HQ", "CP04", "王强", at("2025-04-10 07:25")), ErrorCode::InvalidInput, "checkpoint",
            "no route of HQ has checkpoint 'CP04' on that day");
    refused(security.recordScan("HQ", "CP03", "王强", at("2025-04-16 07:25")), ErrorCode::InvalidInput, "checkpoint",
            "no route of HQ has checkpoint 'CP03' on that day");
    CHECK(securityRows(team) == before);

    auto old = security.rounds("HQ", day(2025, 4, 10), day(2025, 4, 10));
    REQUIRE(old);
    REQUIRE(old->size() == 4);
    CHECK((*old)[0].round.route == v1->id);
    CHECK(codes((*old)[0].visits) == std::vector<std::string>{"CP01", "CP02", "CP03"});
    CHECK((*old)[0].outcome == RoundOutcome::Complete);
    auto changed = security.rounds("HQ", day(2025, 4, 16), day(2025, 4, 16));
    REQUIRE(changed);
    REQUIRE(changed->size() == 4);
    CHECK((*changed)[0].round.route == v2->id);
    CHECK(codes((*changed)[0].visits) == std::vector<std::string>{"CP01", "CP02", "CP04"});
    CHECK((*changed)[0].outcome == RoundOutcome::Incomplete);
    CHECK((*changed)[0].missed() == std::vector<std::string>{"CP01", "CP02"});

    // A second version from the same day is refused; a retired route plans nothing from its date.
    const auto rows = securityRows(team);
    auto twice = security.saveRoute("HQ", route("R1", day(2025, 4, 15), {"CP01"}));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(securityRows(team) == rows);
    auto retired = route("R1", day(2025, 4, 18), {"CP01"});
    retired.active = false;
    REQUIRE(security.saveRoute("HQ", retired));
    auto after = security.rounds("HQ", day(2025, 4, 18), day(2025, 4, 19));
    REQUIRE(after);
    CHECK(after->empty());
    refused(security.recordScan("HQ", "CP01", "王强", at("2025-04-19 07:05")), ErrorCode::InvalidInput, "checkpoint",
            "no route of HQ has checkpoint 'CP01' on that day");
    auto kept = security.rounds("HQ", day(2025, 4, 10), day(2025, 4, 10));
    REQUIRE(kept);
    CHECK(outcomes(*kept) == outcomes(*old));
}

TEST_CASE("a route that does not validate is refused and nothing is stored")
{
    Team team(at("2025-04-20 12:00"));
    auto& security = team.ws->security();
    const auto before = securityRows(team);
    auto noPoints = route("R1", day(2025, 4, 1), {});
    auto r = security.saveRoute("HQ", noPoints);
    refused(r, ErrorCode::InvalidInput, "checkpoints", "add at least one checkpoint");
    auto tight = route("R1", day(2025, 4, 1), {"CP01"});
    tight.tolerance = 100min; // 60 + 2 × 100 minutes do not fit in the 240 between two rounds
    refused(security.saveRoute("HQ", tight), ErrorCode::InvalidInput, "tolerance",
            "round length plus twice the tolerance must fit in the 240 minutes between two rounds of shift 'early'");
    auto unknown = route("R1", day(2025, 4, 1), {"CP01"});
    unknown.roundsPerShift = {{"noon", 1}};
    refused(security.saveRoute("HQ", unknown), ErrorCode::InvalidInput, "roundsPerShift", "unknown shift 'noon'");
    CHECK(securityRows(team) == before);
}

TEST_CASE("a scan entered by hand is stored and audited and bad ones are refused")
{
    Team team(at("2025-04-10 08:00"));
    auto& security = team.ws->security();
    REQUIRE(security.saveRoute("HQ", route("R1", day(2025, 4, 1), {"CP01", "CP02", "CP03"})));

    auto scan = security.recordScan("HQ", " CP01 ", " 王强 ", at("2025-04-10 07:02"));
    REQUIRE(scan);
    CHECK(scan->checkpoint == "CP01");
    CHECK(scan->guard == "王强");
    CHECK(scan->at == at("2025-04-10 07:02"));
    CHECK(scan->source == "manual");
    CHECK(scan->recordedBy == "tester");
    CHECK(scan->recordedAt == at("2025-04-10 08:00"));
    const auto trail = team.trail("patrol_scan");
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].record == "CP01");
    CHECK(trail[0].summary == "scan entered by hand");
    CHECK(trail[0].changes == std::vector<domain::AuditChange>{{"at", "", "2025-04-10 07:02"}, {"guard", "", "王强"}});

    // The time defaults to now.
    auto now = security.recordScan("HQ", "CP02", "王强");
    REQUIRE(now);
    CHECK(now->at == at("2025-04-10 08:00"));

    const auto before = securityRows(team);
    refused(security.recordScan("HQ", "CP09", "王强", at("2025-04-10 07:05")), ErrorCode::InvalidInput, "checkpoint",
            "no route of HQ has checkpoint 'CP09' on that day");
    refused(security.recordScan("HQ", "CP01", "王强", at("2025-04-10 08:01")), ErrorCode::InvalidInput, "at",
            "lies in the future");
    refused(security.recordScan("HQ", "CP01", "王强", at("2025-04-10 07:02")), ErrorCode::InvalidInput, "at",
            "this scan is already recorded");
    refused(security.recordScan("HQ", "CP01", "  ", at("2025-04-10 07:03")), ErrorCode::InvalidInput, "guard",
            "who walked the round?");
    // Before the route was in force.
    refused(security.recordScan("HQ", "CP01", "王强", at("2025-03-31 23:30")), ErrorCode::InvalidInput, "checkpoint",
            "no route of HQ has checkpoint 'CP01' on that day");
    CHECK(securityRows(team) == before);

    // The same checkpoint and time by another guard is another scan.
    REQUIRE(security.recordScan("HQ", "CP01", "李军", at("2025-04-10 07:02")));
}

TEST_CASE("rounds are seen as of any time: a missed round shows when its window closes")
{
    Team team(at("2025-04-10 06:00"));
    auto& security = team.ws->security();
    REQUIRE(security.saveRoute("HQ", route("R1", day(2025, 4, 1), {"CP01", "CP02", "CP03"})));
    const auto rounds = [&](std::optional<domain::Instant> asOf = std::nullopt) {
        auto r = security.rounds("HQ", day(2025, 4, 10), day(2025, 4, 10), asOf);
        REQUIRE(r);
        REQUIRE(r->size() == 4);
        return *r;
    };
    const auto scan = [&](const char* cp, const char* t) {
        REQUIRE(security.recordScan("HQ", cp, "王强", at(t)));
    };

    auto planned = rounds();
    CHECK(outcomes(planned) ==
          std::vector{RoundOutcome::Upcoming, RoundOutcome::Upcoming, RoundOutcome::Upcoming, RoundOutcome::Upcoming});
    CHECK(planned[0].round.shift == "early");
    CHECK(planned[0].round.start == at("2025-04-10 07:00"));
    CHECK(planned[0].round.windowOpen == at("2025-04-10 06:50"));
    CHECK(planned[0].round.onTimeUntil == at("2025-04-10 07:10"));
    CHECK(planned[0].round.windowClose == at("2025-04-10 08:10"));
    CHECK(planned[1].round.start == at("2025-04-10 11:00"));
    CHECK(planned[2].round.shift == "night");
    CHECK(planned[2].round.start == at("2025-04-10 23:00"));
    CHECK(planned[3].round.start == at("2025-04-11 03:00"));
    CHECK(planned[3].round.day == day(2025, 4, 10));

    team.clock.set(at("2025-04-10 07:31"));
    scan("CP01", "2025-04-10 07:02");
    scan("CP02", "2025-04-10 07:15");
    scan("CP03", "2025-04-10 07:30");
    auto morning = rounds();
    CHECK(morning[0].outcome == RoundOutcome::Complete);
    CHECK(morning[0].visited == 3);
    CHECK(morning[0].startedAt == at("2025-04-10 07:02"));
    CHECK(morning[0].finishedAt == at("2025-04-10 07:30"));
    CHECK(morning[0].guard == "王强");
    CHECK(morning[1].outcome == RoundOutcome::Upcoming);
    // As of 07:10 only the first checkpoint was visited.
    auto early = rounds(at("2025-04-10 07:10"));
    CHECK(early[0].outcome == RoundOutcome::InProgress);
    CHECK(early[0].visited == 1);

    team.clock.set(at("2025-04-10 11:40"));
    scan("CP01", "2025-04-10 11:20");
    scan("CP02", "2025-04-10 11:35");
    auto second = rounds();
    CHECK(second[1].outcome == RoundOutcome::InProgress);
    CHECK(second[1].visited == 2);
    CHECK(rounds(at("2025-04-10 12:10"))[1].outcome == RoundOutcome::InProgress);
    auto closed = rounds(at("2025-04-10 12:11"));
    CHECK(closed[1].outcome == RoundOutcome::Incomplete);
    CHECK(closed[1].missed() == std::vector<std::string>{"CP03"});

    // At the end of the early shift the supervisor sees it without asking for a time.
    team.clock.set(at("2025-04-10 15:00"));
    auto endOfShift = rounds();
    CHECK(outcomes(endOfShift) == std::vector{RoundOutcome::Complete, RoundOutcome::Incomplete, RoundOutcome::Upcoming,
                                              RoundOutcome::Upcoming});

    // The night: the 23:00 round is not walked, the 03:00 one is, after midnight, and counts for the 10th.
    team.clock.set(at("2025-04-11 03:30"));
    scan("CP01", "2025-04-11 03:02");
    scan("CP02", "2025-04-11 03:10");
    scan("CP03", "2025-04-11 03:20");
    auto night = rounds();
    CHECK(outcomes(night) == std::vector{RoundOutcome::Complete, RoundOutcome::Incomplete, RoundOutcome::NotStarted,
                                         RoundOutcome::Complete});
    CHECK(night[2].missed() == std::vector<std::string>{"CP01", "CP02", "CP03"});
    CHECK(rounds(at("2025-04-11 00:10"))[2].outcome == RoundOutcome::InProgress);
    CHECK(rounds(at("2025-04-11 00:11"))[2].outcome == RoundOutcome::NotStarted);
    // The 11th's own rounds do not take the night's scans.
    auto next = security.rounds("HQ", day(2025, 4, 11), day(2025, 4, 11));
    REQUIRE(next);
    REQUIRE(next->size() == 4);
    CHECK((*next)[0].visited == 0);

    auto today = security.day("HQ", day(2025, 4, 10));
    REQUIRE(today);
    CHECK(outcomes(today->rounds) == outcomes(night));
    CHECK(today->handovers.empty());
    CHECK(today->openItems.empty());
}

// --- handovers ------------------------------------------------------------------------------------------

TEST_CASE("an item raised at a handover is carried to the next ones until it is closed")
{
    Team team(at("2025-04-10 15:20"));
    auto& security = team.ws->security();

    services::NewHandover middle;
    middle.day = day(2025, 4, 10);
    middle.shift = "middle";
    middle.outgoingLeader = "张卫东";
    middle.outgoingSignedAt = at("2025-04-10 14:55");
    middle.incomingLeader = "杨帆";
    middle.incomingSignedAt = at("2025-04-10 15:05");
    middle.notes = "对讲机6台、钥匙3串交接齐全";
    middle.newItems = {"南门道闸抬杆故障，已报工程部"};
    auto first = security.recordHandover("HQ", middle);
    INFO((first ? std::string() : first.error().describe()));
    REQUIRE(first);
    CHECK(first->handover.id.value > 0);
    CHECK(first->handover.signedByBoth());
    CHECK(first->handover.recordedBy == "tester");
    CHECK(first->handover.recordedAt == at("2025-04-10 15:20"));
    REQUIRE(first->openItems.size() == 1);
    const auto item = first->openItems[0];
    CHECK(item.text == "南门道闸抬杆故障，已报工程部");
    CHECK(item.openedIn == first->handover.id);
    CHECK(item.openedAt == at("2025-04-10 15:05")); // the handover's time: its latest signature
    CHECK(item.openedBy == "tester");
    auto trail = team.trail("handover");
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].record == "2025-04-10 middle");
    CHECK(trail[0].summary == "handover recorded");
    CHECK(std::ranges::count(trail[0].changes, domain::AuditChange{"outgoing_signed_at", "", "2025-04-10 14:55"}) == 1);
    CHECK(std::ranges::count(trail[0].changes, domain::AuditChange{fmt::format("open item #{}", item.id.value), "",
                                                                   "南门道闸抬杆故障，已报工程部"}) == 1);
    auto open = security.openItems("HQ");
    REQUIRE(open);
    REQUIRE(open->size() == 1);

    // A matter noted outside a handover.
    team.clock.set(at("2025-04-10 20:00"));
    auto car = security.openItem("HQ", "地库B2层外来车辆过夜", at("2025-04-10 19:30"));
    REQUIRE(car);
    CHECK_FALSE(car->openedIn);

    team.clock.set(at("2025-04-10 23:10"));
    services::NewHandover night;
    night.day = day(2025, 4, 10);
    night.shift = "night";
    night.outgoingLeader = "杨帆";
    night.outgoingSignedAt = at("2025-04-10 22:58");
    night.incomingLeader = "徐明";
    night.incomingSignedAt = at("2025-04-10 23:02");
    auto second = security.recordHandover("HQ", night);
    REQUIRE(second);
    REQUIRE(second->openItems.size() == 2);
    CHECK(second->openItems[0].id == item.id);
    CHECK(second->openItems[1].id == car->id);

    team.clock.set(at("2025-04-11 06:30"));
    auto closed = security.closeItem(item.id, " 工程部已更换道闸电机 ", at("2025-04-11 06:00"));
    REQUIRE(closed);
    CHECK(closed->closedAt == at("2025-04-11 06:00"));
    CHECK(closed->closedBy == "tester");
    CHECK(closed->closingNote == "工程部已更换道闸电机");
    trail = team.trail("handover_item");
    REQUIRE(trail.size() == 2);
    CHECK(trail[1].summary == "closed");
    CHECK(trail[1].record == fmt::format("#{}", item.id.value));

    team.clock.set(at("2025-04-11 07:10"));
    services::NewHandover early;
    early.day = day(2025, 4, 11);
    early.shift = "early";
    early.outgoingLeader = "徐明";
    early.outgoingSignedAt = at("2025-04-11 06:58");
    early.incomingLeader = "张卫东";
    early.incomingSignedAt = at("2025-04-11 07:03");
    auto third = security.recordHandover("HQ", early);
    REQUIRE(third);
    REQUIRE(third->openItems.size() == 1);
    CHECK(third->openItems[0].id == car->id);
    // The night's handover still shows what was open at its time.
    auto again = security.handover(second->handover.id);
    REQUIRE(again);
    REQUIRE(*again);
    CHECK((*again)->openItems.size() == 2);
    open = security.openItems("HQ");
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    CHECK(open->front().id == car->id);

    auto list = security.handovers("HQ", day(2025, 4, 10), day(2025, 4, 10));
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK((*list)[0].shift == "middle");
    CHECK((*list)[1].shift == "night");

    const auto before = securityRows(team);
    refused(security.closeItem(item.id, "再关一次"), ErrorCode::InvalidInput, "item", "this item is already closed");
    refused(security.closeItem(car->id, "  "), ErrorCode::InvalidInput, "note", "how was it settled?");
    refused(security.closeItem(car->id, "车辆已驶离", at("2025-04-10 19:00")), ErrorCode::InvalidInput, "closed_at",
            "is before the item was opened");
    refused(security.closeItem(car->id, "车辆已驶离", at("2025-04-11 07:11")), ErrorCode::InvalidInput, "closed_at",
            "lies in the future");
    refused(security.closeItem(domain::HandoverItemId{999}, "车辆已驶离"), ErrorCode::NotFound, "item",
            "no open item with id 999");
    refused(security.openItem("HQ", " "), ErrorCode::InvalidInput, "text", "an open item needs a text");
    refused(security.openItem("HQ", "北门监控画面模糊", at("2025-04-11 08:00")), ErrorCode::InvalidInput, "opened_at",
            "lies in the future");
    CHECK(securityRows(team) == before);
}

TEST_CASE("handover signatures must be near the change of shift and a change has one handover")
{
    Team team(at("2025-04-10 15:20"));
    auto& security = team.ws->security();
    services::NewHandover h;
    h.day = day(2025, 4, 10);
    h.shift = "middle";
    h.outgoingLeader = "张卫东";
    h.outgoingSignedAt = at("2025-04-10 14:55");
    h.incomingLeader = "杨帆";
    const auto with = [&](auto change) {
        auto copy = h;
        change(copy);
        return copy;
    };

    const auto before = securityRows(team);
    refused(security.recordHandover("HQ", with([](auto& x) { x.shift = "noon"; })), ErrorCode::InvalidInput, "shift",
            "unknown shift 'noon'");
    refused(security.recordHandover("HQ", with([](auto& x) { x.outgoingLeader = " "; })), ErrorCode::InvalidInput,
            "outgoing_leader", "who hands over?");
    refused(security.recordHandover("HQ", with([](auto& x) { x.incomingLeader = ""; })), ErrorCode::InvalidInput,
            "incoming_leader", "who takes over?");
    refused(security.recordHandover("HQ", with([](auto& x) { x.shift = "night"; })), ErrorCode::InvalidInput, "day",
            "this change of shift is more than an hour away");
    refused(security.recordHandover("HQ", with([](auto& x) { x.outgoingSignedAt = at("2025-04-10 15:21"); })),
            ErrorCode::InvalidInput, "outgoing_signed_at", "lies in the future");
    refused(security.recordHandover("HQ", with([](auto& x) { x.incomingSignedAt = at("2025-04-10 10:59"); })),
            ErrorCode::InvalidInput, "incoming_signed_at", "is not near this change of shift");
    refused(security.recordHandover("HQ", with([](auto& x) {
                                        x.newItems = {"南门道闸故障", "  "};
                                    })),
            ErrorCode::InvalidInput, "new_items[1]", "an open item needs a text");
    CHECK(securityRows(team) == before);

    // Four hours before the change is still near it; the incoming leader signs later.
    auto recorded = security.recordHandover("HQ", with([](auto& x) { x.outgoingSignedAt = at("2025-04-10 11:00"); }));
    REQUIRE(recorded);
    CHECK_FALSE(recorded->handover.signedByBoth());
    CHECK_FALSE(recorded->handover.incomingSignedAt);

    auto rows = securityRows(team);
    refused(security.recordHandover("HQ", h), ErrorCode::InvalidInput, "shift",
            "the handover of 2025-04-10 middle is already recorded");
    const auto id = recorded->handover.id;
    refused(security.signHandover(id, false, "杨帆", at("2025-04-10 15:21")), ErrorCode::InvalidInput,
            "incoming_signed_at", "lies in the future");
    refused(security.signHandover(id, false, " "), ErrorCode::InvalidInput, "incoming_leader", "who signs?");
    refused(security.signHandover(id, true, "张卫东"), ErrorCode::InvalidInput, "outgoing_signed_at",
            "is already signed");
    refused(security.signHandover(domain::HandoverId{999}, false, "杨帆"), ErrorCode::NotFound, "handover",
            "no handover with id 999");
    CHECK(securityRows(team) == rows);

    auto signedIn = security.signHandover(id, false, "杨帆", at("2025-04-10 15:10"));
    REQUIRE(signedIn);
    CHECK(signedIn->handover.signedByBoth());
    CHECK(signedIn->handover.incomingSignedAt == at("2025-04-10 15:10"));
    const auto trail = team.trail("handover");
    REQUIRE(trail.size() == 2);
    CHECK(trail[1].summary == "signed by the incoming leader");
    CHECK(trail[1].changes == std::vector<domain::AuditChange>{{"incoming_signed_at", "", "2025-04-10 15:10"}});
    rows = securityRows(team);
    refused(security.signHandover(id, false, "杨帆"), ErrorCode::InvalidInput, "incoming_signed_at",
            "is already signed");
    CHECK(securityRows(team) == rows);
}

// --- duty log -------------------------------------------------------------------------------------------

TEST_CASE("the duty log records visitors and vehicles in and out and incidents with their handling")
{
    Team team(at("2025-04-10 16:00"));
    auto& security = team.ws->security();
    const auto entry = [](domain::DutyEntryKind kind, const char* t, const char* subject) {
        domain::DutyEntry e;
        e.kind = kind;
        e.at = at(t);
        e.subject = subject;
        return e;
    };

    auto visitor = entry(domain::DutyEntryKind::Visitor, "2025-04-10 09:00", " 李先生 ");
    visitor.detail = "探访亲友，3栋1单元1502";
    visitor.location = "南门岗";
    auto v = security.logEntry("HQ", visitor);
    REQUIRE(v);
    CHECK(v->id.value > 0);
    CHECK(v->subject == "李先生");
    CHECK(v->site == team.site.id);
    CHECK(v->recordedBy == "tester");
    auto trail = team.trail("duty_entry");
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].record == fmt::format("visitor-{}", v->id.value));
    CHECK(trail[0].summary == "visitor: 李先生");

    auto vehicle = entry(domain::DutyEntryKind::Vehicle, "2025-04-10 10:00", "粤B·K2M17");
    vehicle.leftAt = at("2025-04-10 11:00");
    auto car = security.logEntry("HQ", vehicle);
    REQUIRE(car);
    auto incident = entry(domain::DutyEntryKind::Incident, "2025-04-10 13:00", "5栋高空抛物");
    incident.incident = domain::IncidentType::Violation;
    incident.location = "5栋南侧";
    auto inc = security.logEntry("HQ", incident);
    REQUIRE(inc);

    auto inside = security.stillInside("HQ");
    REQUIRE(inside);
    REQUIRE(inside->size() == 1);
    CHECK(inside->front().id == v->id);

    auto out = security.signOut(v->id, at("2025-04-10 12:00"));
    REQUIRE(out);
    CHECK(out->leftAt == at("2025-04-10 12:00"));
    inside = security.stillInside("HQ");
    REQUIRE(inside);
    CHECK(inside->empty());
    trail = team.trail("duty_entry");
    CHECK(trail.back().summary == "signed out");
    CHECK(trail.back().changes == std::vector<domain::AuditChange>{{"left_at", "", "2025-04-10 12:00"}});

    auto before = securityRows(team);
    refused(security.signOut(v->id), ErrorCode::InvalidInput, "left_at", "is already recorded");
    refused(security.signOut(inc->id), ErrorCode::InvalidInput, "left_at", "an incident has no time out");
    refused(security.signOut(domain::DutyEntryId{999}), ErrorCode::NotFound, "entry", "no duty log entry with id 999");
    refused(security.handleIncident(v->id, "劝离", "已离开"), ErrorCode::InvalidInput, "handling",
            "only incidents are handled");
    refused(security.handleIncident(inc->id, " ", "已清理"), ErrorCode::InvalidInput, "handling", "what was done?");
    refused(security.handleIncident(inc->id, "上门劝导", ""), ErrorCode::InvalidInput, "outcome", "how did it end?");
    refused(security.handleIncident(inc->id, "上门劝导", "业主承诺不再发生", at("2025-04-10 12:59")),
            ErrorCode::InvalidInput, "handledAt", "is before the incident happened");
    refused(security.handleIncident(inc->id, "上门劝导", "业主承诺不再发生", at("2025-04-10 16:01")),
            ErrorCode::InvalidInput, "handled_at", "lies in the future");
    CHECK(securityRows(team) == before);

    auto handled = security.handleIncident(inc->id, " 上门劝导 ", "业主承诺不再发生", at("2025-04-10 14:30"));
    REQUIRE(handled);
    CHECK(handled->handling == "上门劝导");
    CHECK(handled->outcome == "业主承诺不再发生");
    CHECK(handled->handledAt == at("2025-04-10 14:30"));
    trail = team.trail("duty_entry");
    CHECK(trail.back().summary == "handled");
    CHECK(trail.back().record == fmt::format("incident-{}", inc->id.value));
    before = securityRows(team);
    refused(security.handleIncident(inc->id, "再次处理", "无"), ErrorCode::InvalidInput, "handled_at",
            "is already recorded");
    CHECK(securityRows(team) == before);

    auto log = security.dutyLog("HQ", day(2025, 4, 10), day(2025, 4, 10));
    REQUIRE(log);
    REQUIRE(log->size() == 3);
    CHECK((*log)[0].id == v->id);
    CHECK((*log)[1].id == car->id);
    CHECK((*log)[2].id == inc->id);
    auto incidents = security.dutyLog("HQ", day(2025, 4, 10), day(2025, 4, 10), domain::DutyEntryKind::Incident);
    REQUIRE(incidents);
    REQUIRE(incidents->size() == 1);
    CHECK(incidents->front().handledAt == at("2025-04-10 14:30"));
    auto nextDay = security.dutyLog("HQ", day(2025, 4, 11), day(2025, 4, 11));
    REQUIRE(nextDay);
    CHECK(nextDay->empty());
}

TEST_CASE("a duty log entry that does not validate is refused and nothing is written")
{
    Team team(at("2025-04-10 16:00"));
    auto& security = team.ws->security();
    const auto before = securityRows(team);
    domain::DutyEntry e;
    e.kind = domain::DutyEntryKind::Visitor;
    e.at = at("2025-04-10 09:00");
    e.subject = "  ";
    refused(security.logEntry("HQ", e), ErrorCode::InvalidInput, "subject", "give the visitor's name");
    e.kind = domain::DutyEntryKind::Vehicle;
    refused(security.logEntry("HQ", e), ErrorCode::InvalidInput, "subject", "give the plate number");
    e.kind = domain::DutyEntryKind::Incident;
    e.subject = "垃圾桶冒烟";
    refused(security.logEntry("HQ", e), ErrorCode::InvalidInput, "incident", "give the type of incident");
    e.kind = domain::DutyEntryKind::Visitor;
    e.subject = "李先生";
    e.incident = domain::IncidentType::Fire;
    refused(security.logEntry("HQ", e), ErrorCode::InvalidInput, "incident", "only incidents have a type");
    e.incident.reset();
    e.handling = "劝离";
    refused(security.logEntry("HQ", e), ErrorCode::InvalidInput, "handling", "only incidents record handling");
    e.handling.clear();
    e.leftAt = at("2025-04-10 08:59");
    refused(security.logEntry("HQ", e), ErrorCode::InvalidInput, "leftAt", "is before the time in");
    e.leftAt = at("2025-04-10 16:01");
    refused(security.logEntry("HQ", e), ErrorCode::InvalidInput, "left_at", "lies in the future");
    e.leftAt.reset();
    e.at = at("2025-04-10 16:01");
    refused(security.logEntry("HQ", e), ErrorCode::InvalidInput, "at", "lies in the future");
    CHECK(securityRows(team) == before);
}

// --- spot checks ----------------------------------------------------------------------------------------

TEST_CASE("a spot check is a night check when it falls in the night shift and names known posts")
{
    Team team(at("2025-04-11 12:00"));
    auto& security = team.ws->security();
    const auto check = [](const char* t, std::vector<std::string> posts) {
        domain::SpotCheck c;
        c.at = at(t);
        c.checker = "管理处主任 陈建国";
        c.posts = std::move(posts);
        return c;
    };

    auto withFinding = check("2025-04-11 02:30", {"lobby", "gate"});
    domain::SpotCheckFinding finding;
    finding.post = "gate";
    finding.finding = " 道口岗护卫员睡岗 ";
    finding.corrective = "当场批评教育，按制度考核";
    withFinding.findings.push_back(finding);
    auto night = security.recordSpotCheck("HQ", withFinding);
    INFO((night ? std::string() : night.error().describe()));
    REQUIRE(night);
    CHECK(night->night);
    CHECK(night->id.value > 0);
    CHECK(night->findings.front().finding == "道口岗护卫员睡岗");
    const auto trail = team.trail("spot_check");
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].record == "2025-04-11 02:30");
    CHECK(trail[0].summary == "night check by 管理处主任 陈建国: 1 finding(s)");
    CHECK(trail[0].changes ==
          std::vector<domain::AuditChange>{{"checker", "", "管理处主任 陈建国"},
                                           {"posts", "", "lobby, gate"},
                                           {"finding gate", "", "道口岗护卫员睡岗 / 当场批评教育，按制度考核"}});

    // The night shift runs 23:00–07:00.
    for (const auto& [t, isNight] : {std::pair{"2025-04-10 22:59", false}, std::pair{"2025-04-10 23:00", true},
                                     std::pair{"2025-04-11 06:59", true}, std::pair{"2025-04-11 07:00", false},
                                     std::pair{"2025-04-11 10:00", false}}) {
        INFO(t);
        auto c = check(t, {"lobby"});
        c.checker = "";
        auto recorded = security.recordSpotCheck("HQ", c);
        REQUIRE(recorded);
        CHECK(recorded->night == isNight);
        CHECK(recorded->checker == "tester");
    }
    auto list = security.spotChecks("HQ", day(2025, 4, 11), day(2025, 4, 11));
    REQUIRE(list);
    REQUIRE(list->size() == 4);
    CHECK(list->front().at == at("2025-04-11 02:30"));
    CHECK(list->front().findings.size() == 1);

    const auto before = securityRows(team);
    refused(security.recordSpotCheck("HQ", check("2025-04-11 02:00", {})), ErrorCode::InvalidInput, "posts",
            "which posts were checked?");
    refused(security.recordSpotCheck("HQ", check("2025-04-11 02:00", {"lobby", "kitchen"})), ErrorCode::InvalidInput,
            "posts[1]", "unknown post 'kitchen'");
    refused(security.recordSpotCheck("HQ", check("2025-04-11 12:01", {"lobby"})), ErrorCode::InvalidInput, "at",
            "lies in the future");
    auto bad = check("2025-04-11 02:00", {"lobby"});
    bad.findings.push_back(finding);
    bad.findings[0].post = "roof";
    refused(security.recordSpotCheck("HQ", bad), ErrorCode::InvalidInput, "findings[0].post", "unknown post 'roof'");
    bad.findings[0].post = "lobby";
    bad.findings[0].finding = " ";
    refused(security.recordSpotCheck("HQ", bad), ErrorCode::InvalidInput, "findings[0].finding", "what was found?");
    bad.findings[0].finding = "值班记录未填写";
    bad.findings[0].corrective = "";
    refused(security.recordSpotCheck("HQ", bad), ErrorCode::InvalidInput, "findings[0].corrective",
            "what is to be corrected?");
    CHECK(securityRows(team) == before);
}

TEST_CASE("the night of a spot check follows the site's own shifts")
{
    Team team(at("2025-04-11 12:00"));
    auto& security = team.ws->security();
    auto setup = team.setup;
    setup.shifts[0].start = 6h;  // early 06:00–14:00
    setup.shifts[1].start = 14h; // middle 14:00–22:00
    setup.shifts[2].start = 22h; // night 22:00–06:00
    REQUIRE(security.saveSetup("HQ", setup));
    domain::SpotCheck c;
    c.posts = {"patrol"};
    c.at = at("2025-04-10 22:30");
    auto late = security.recordSpotCheck("HQ", c);
    REQUIRE(late);
    CHECK(late->night);
    c.at = at("2025-04-11 06:30");
    auto morning = security.recordSpotCheck("HQ", c);
    REQUIRE(morning);
    CHECK_FALSE(morning->night);
}
