// The demo site: realistic enough to show every part of the application.

#include "domain/complaintrepository.h"
#include "services/demodata.h"
#include "servicetestsupport.h"

#include <map>
#include <set>

using namespace propdesk;
using namespace std::chrono_literals;
using propdesk::tests::at;
using propdesk::tests::Desk;

namespace {

std::vector<domain::Complaint> demoComplaints(Desk& desk, domain::SiteId site)
{
    auto list =
        desk.ws->context().store.complaints().receivedBetween(site, domain::Instant::min(), domain::Instant::max());
    REQUIRE(list);
    return *list;
}

std::string exportComplaints(Desk& desk)
{
    std::ostringstream out;
    REQUIRE(desk.ws->complaintCsv().exportTo(out, services::ExportFilter{}));
    return out.str();
}

} // namespace

TEST_CASE("the demo site has orders of every kind and state, and its months' KPIs compute")
{
    Desk desk(at("2025-04-05 16:00"));
    auto demo = services::createDemoSite(*desk.ws, 61);
    INFO((demo ? std::string() : demo.error().describe()));
    REQUIRE(demo);
    CHECK(demo->site.code == "DEMO");
    CHECK(demo->orders > 61 * 8 - 20);
    CHECK(desk.storedOrders("DEMO") == demo->orders);

    auto orders = desk.ws->context().store.workOrders().reportedBetween(demo->site.id, domain::Instant::min(),
                                                                        domain::Instant::max());
    REQUIRE(orders);
    REQUIRE(static_cast<int>(orders->size()) == demo->orders);

    std::set<domain::Category> categories;
    std::set<domain::Urgency> urgencies;
    int held = 0;
    int openHold = 0;
    int reworks = 0;
    int revisited = 0;
    int rated = 0;
    int cancelled = 0;
    int open = 0;
    int withDue = 0;
    for (const auto& o : *orders) {
        categories.insert(o.header.category);
        urgencies.insert(o.header.urgency);
        held += o.timeline.holds.empty() ? 0 : 1;
        openHold += o.timeline.onHold() ? 1 : 0;
        reworks += o.header.reworkOf ? 1 : 0;
        revisited += o.timeline.revisited ? 1 : 0;
        rated += o.timeline.satisfaction ? 1 : 0;
        cancelled += o.timeline.cancelled ? 1 : 0;
        open += (!o.timeline.completed && !o.timeline.cancelled) ? 1 : 0;
        withDue += o.header.dueAt ? 1 : 0;
        CHECK(o.header.reportedAt <= desk.clock.now());
    }
    CHECK(categories.size() == domain::allCategories().size());
    CHECK(urgencies.size() == domain::allUrgencies().size());
    CHECK(held > 0);
    CHECK(reworks > 0);
    CHECK(revisited > 0);
    CHECK(rated > 0);
    CHECK(cancelled > 0);
    CHECK(open > 0);
    CHECK(withDue > 0);
    INFO("orders on hold now: " << openHold);

    // Every reworked order exists at the demo site and was reported before its rework.
    for (const auto& o : *orders) {
        if (o.header.reworkOf) {
            auto original = desk.ws->workOrders().get(*o.header.reworkOf);
            REQUIRE(original);
            CHECK(original->header.siteId == demo->site.id);
            CHECK(original->header.reportedAt <= o.header.reportedAt);
        }
    }

    // The 61 days end on 2025-04-05: February, March and April.
    std::int64_t population = 0;
    std::int64_t missedArrivals = 0;
    std::int64_t missedRevisits = 0;
    std::int64_t reworked = 0;
    for (const auto month :
         {date::year{2025} / date::February, date::year{2025} / date::March, date::year{2025} / date::April}) {
        auto report = desk.ws->kpis().workOrderKpis("DEMO", month);
        REQUIRE(report);
        CHECK(report->ruleSet == std::optional<std::string>("default"));
        REQUIRE(report->result.kpis.size() == 9);
        population += report->result.population;
        const auto* arrival = report->result.find("arrival_timeliness");
        REQUIRE(arrival);
        missedArrivals += arrival->denominator - arrival->numerator;
        const auto* revisit = report->result.find("revisit_timeliness");
        REQUIRE(revisit);
        missedRevisits += revisit->denominator - revisit->numerator;
        const auto* rework = report->result.find("rework_rate");
        REQUIRE(rework);
        reworked += rework->numerator;
        for (const auto& k : report->result.kpis) {
            INFO(k.key);
            CHECK(k.numerator <= k.denominator);
            CHECK(k.numerator >= 0);
        }
    }
    CHECK(population == demo->orders - cancelled);
    CHECK(missedArrivals > 0);
    CHECK(missedRevisits > 0);
    CHECK(reworked > 0);
}

TEST_CASE("the demo site is created only once")
{
    Desk desk(at("2025-04-05 16:00"));
    REQUIRE(services::createDemoSite(*desk.ws, 3));
    const auto before = desk.storedOrders("DEMO");
    auto again = services::createDemoSite(*desk.ws, 3);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == domain::ErrorCode::Conflict);
    CHECK(desk.storedOrders("DEMO") == before);
}

TEST_CASE("the demo data is the same for the same day")
{
    Desk one(at("2025-04-05 16:00"), "one.db");
    Desk two(at("2025-04-05 16:00"), "two.db");
    auto a = services::createDemoSite(*one.ws, 7);
    INFO((a ? std::string() : a.error().describe()));
    REQUIRE(a);
    REQUIRE(services::createDemoSite(*two.ws, 7));
    CHECK(one.exportAll() == two.exportAll());
    CHECK(exportComplaints(one) == exportComplaints(two));
}

TEST_CASE("the demo site can be created on any day: reworks never precede the order they rework")
{
    // These first starts failed once: a rework drew an order of the same day completed after its own call.
    for (const auto* day : {"2026-11-15 09:00", "2026-11-16 14:30", "2026-11-18 14:30", "2026-11-19 20:00"}) {
        Desk desk(at(day));
        auto demo = services::createDemoSite(*desk.ws, 61);
        INFO(day << ": " << (demo ? std::string() : demo.error().describe()));
        REQUIRE(demo);
        // The history names the demo's front desk, and the acting user is back afterwards.
        auto orders = desk.ws->workOrderLists().find(domain::WorkOrderFilter{}, std::nullopt, 1);
        REQUIRE(orders);
        REQUIRE_FALSE(orders->empty());
        auto order = desk.ws->workOrders().get(orders->front().header.id);
        REQUIRE(order);
        CHECK(order->history.front().actor == "前台 王芳");
        CHECK(desk.ws->context().user.name == "tester");
        // Some complaints ran their course, and today has open ones.
        const auto complaints = demoComplaints(desk, demo->site.id);
        CHECK(demo->complaints == static_cast<int>(complaints.size()));
        CHECK(std::ranges::count_if(complaints, [](const auto& c) { return c.timeline().revisited.has_value(); }) > 0);
        CHECK(std::ranges::count_if(complaints, [](const auto& c) { return c.timeline().open(); }) >= 2);
    }
}

TEST_CASE("the demo site can be created in the early morning before the first round of the day is walked")
{
    // From about 06:45 a round's window has opened but its first scan is still ahead: the demo used to export
    // a header-only device file for that day, the importer refused it, and a first start failed until 07:30.
    for (const auto* day : {"2026-11-23 06:40", "2026-11-23 06:55", "2026-11-23 07:05", "2026-11-23 07:20"}) {
        Desk desk(at(day));
        auto demo = services::createDemoSite(*desk.ws, 61);
        INFO(day << ": " << (demo ? std::string() : demo.error().describe()));
        CHECK(demo);
    }
}

TEST_CASE("the demo site has complaints of a real service centre: mostly on time, some late, judged, linked")
{
    const auto now = at("2025-04-05 16:00");
    Desk desk(now);
    auto demo = services::createDemoSite(*desk.ws, 61);
    INFO((demo ? std::string() : demo.error().describe()));
    REQUIRE(demo);
    const auto complaints = demoComplaints(desk, demo->site.id);
    REQUIRE(static_cast<int>(complaints.size()) == demo->complaints);
    // Roughly 8 to 20 a month over the two months, plus the three open ones of today.
    CHECK(demo->complaints >= 16 + 3);
    CHECK(demo->complaints <= 40 + 3);

    std::map<domain::ComplaintChannel, int> channels;
    std::set<domain::ComplaintCategory> categories;
    int routed = 0;
    int resolved = 0;
    int replied = 0;
    int revisited = 0;
    int rated = 0;
    int ratedHigh = 0;
    int judged = 0;
    int valid = 0;
    int linked = 0;
    int withdrawn = 0;
    int respondedLate = 0;
    int resolvedLate = 0;
    int openToday = 0;
    bool justReceived = false;
    bool pastResponseDeadline = false;
    const auto zone = propdesk::tests::zone();
    for (const auto& c : complaints) {
        INFO(c.header.code);
        const auto t = c.timeline();
        channels[c.header.channel] += 1;
        categories.insert(c.header.category);
        CHECK(c.header.receivedAt <= now);
        CHECK(c.header.code.starts_with("TS"));
        CHECK_FALSE(c.header.firstResponder.empty());
        CHECK_FALSE(c.header.resident.empty());
        CHECK_FALSE(c.header.description.empty());
        // The history passes the domain's rules when replayed from the start, and nothing lies ahead of now.
        domain::Complaint replay;
        replay.header = c.header;
        replay.header.workOrder.reset();
        for (const auto& e : c.history) {
            CHECK(e.at <= now);
            auto ok = replay.apply(e);
            INFO(domain::complaintEventKey(e.kind));
            CHECK(ok);
        }
        routed += t.routed ? 1 : 0;
        resolved += t.resolved ? 1 : 0;
        replied += t.replied ? 1 : 0;
        revisited += t.revisited ? 1 : 0;
        rated += t.satisfaction ? 1 : 0;
        ratedHigh += t.satisfaction.value_or(0) >= 4 ? 1 : 0;
        judged += t.valid ? 1 : 0;
        valid += t.valid.value_or(false) ? 1 : 0;
        withdrawn += t.withdrawn ? 1 : 0;
        if (t.replied) {
            CHECK_FALSE(t.informedHead.empty());
            CHECK_FALSE(t.reply.empty());
        }
        if (t.resolved) {
            // Office work: resolved between 08:00 and 18:00.
            CHECK(zone.timeOfDay(*t.resolved) >= 8h);
            CHECK(zone.timeOfDay(*t.resolved) < 18h);
        }
        if (c.header.workOrder) {
            ++linked;
            CHECK(c.header.category == domain::ComplaintCategory::RepairQuality);
            auto order = desk.ws->workOrders().get(*c.header.workOrder);
            REQUIRE(order);
            CHECK(order->header.siteId == demo->site.id);
            REQUIRE(order->timeline().completed);
            CHECK(*order->timeline().completed < c.header.receivedAt);
        }
        auto evaluation = desk.ws->complaints().evaluate(c, now);
        REQUIRE(evaluation);
        respondedLate += evaluation->response.outcome == rules::Outcome::Missed ? 1 : 0;
        resolvedLate += evaluation->resolution.outcome == rules::Outcome::Missed ? 1 : 0;
        if (t.open() && zone.localDate(c.header.receivedAt) == zone.localDate(now)) {
            ++openToday;
            justReceived = justReceived || (!t.routed && now - c.header.receivedAt <= 5min);
            pastResponseDeadline =
                pastResponseDeadline || (!t.responded && evaluation->response.outcome == rules::Outcome::Missed);
        }
    }
    // Phone and desk visits are the usual channels.
    CHECK(channels[domain::ComplaintChannel::Phone] + channels[domain::ComplaintChannel::Visit] > demo->complaints / 2);
    CHECK(categories.size() >= 6);
    CHECK(routed >= demo->complaints - 2);
    CHECK(resolved > demo->complaints / 2);
    CHECK(replied > 0);
    CHECK(revisited > 0);
    CHECK(rated > 0);
    CHECK(ratedHigh * 10 >= rated * 7);
    // About a third judged, most of those valid.
    CHECK(judged * 5 >= resolved);
    CHECK(judged * 2 <= demo->complaints);
    CHECK(valid * 2 > judged);
    CHECK(linked > 0);
    CHECK(withdrawn >= 1);
    CHECK(withdrawn <= 3);
    CHECK(respondedLate > 0);
    CHECK(respondedLate * 3 < demo->complaints);
    CHECK(resolvedLate > 0);
    CHECK(openToday >= 3);
    CHECK(justReceived);
    CHECK(pastResponseDeadline);

    // The months' complaint KPIs compute beside the work-order ones.
    int population = 0;
    for (const auto month :
         {date::year{2025} / date::February, date::year{2025} / date::March, date::year{2025} / date::April}) {
        auto report = desk.ws->kpis().siteKpis("DEMO", month, now);
        REQUIRE(report);
        REQUIRE(report->complaints);
        REQUIRE(report->result.kpis.size() == 9);
        population += static_cast<int>(report->complaints->population);
        for (const auto& k : report->complaints->kpis) {
            INFO(k.key);
            CHECK(k.numerator <= k.denominator);
            CHECK(k.numerator >= 0);
        }
    }
    CHECK(population == demo->complaints - withdrawn);
}

TEST_CASE("the demo site has a security team: rosters, rounds of every outcome, handovers and checks")
{
    const auto now = at("2025-04-05 16:00");
    Desk desk(now);
    auto demo = services::createDemoSite(*desk.ws, 61);
    INFO((demo ? std::string() : demo.error().describe()));
    REQUIRE(demo);
    auto& security = desk.ws->security();
    const auto zone = propdesk::tests::zone();
    const domain::Date today = zone.localDate(now);
    const domain::Date firstDay{date::sys_days{today} - date::days{60}};

    // Fifteen guards in three squads of five, all staff of the site.
    auto setup = security.setup("DEMO");
    REQUIRE(setup);
    REQUIRE(setup->squads.size() == 3);
    std::set<domain::StaffId> guards;
    for (const auto& squad : setup->squads) {
        CHECK(squad.guards.size() == 5);
        guards.insert(squad.guards.begin(), squad.guards.end());
    }
    CHECK(guards.size() == 15);
    auto staff = desk.ws->staff().list("DEMO");
    REQUIRE(staff);
    for (const auto id : guards) {
        CHECK(std::ranges::any_of(*staff, [&](const auto& m) { return m.id == id && m.trade == "护卫"; }));
    }

    // February to April published, each with a leave covered by the squad's reserve; May a draft.
    for (const auto month :
         {date::year{2025} / date::February, date::year{2025} / date::March, date::year{2025} / date::April}) {
        INFO(static_cast<unsigned>(month.month()));
        auto roster = security.roster("DEMO", month);
        REQUIRE(roster);
        REQUIRE(*roster);
        CHECK((*roster)->roster.status == domain::RosterStatus::Published);
        CHECK(std::ranges::count_if((*roster)->roster.assignments,
                                    [](const auto& s) { return s.change == domain::RosterChange::Leave; }) == 1);
        CHECK(std::ranges::none_of((*roster)->conflicts, [](const auto& c) { return c.blocksPublishing(); }));
    }
    auto may = security.roster("DEMO", date::year{2025} / date::May);
    REQUIRE(may);
    REQUIRE(*may);
    CHECK((*may)->roster.status == domain::RosterStatus::Draft);

    // Rounds: mostly complete, some of each bad outcome.
    auto rounds = security.rounds("DEMO", firstDay, today);
    REQUIRE(rounds);
    std::map<rules::RoundOutcome, int> outcomes;
    for (const auto& r : *rounds) {
        ++outcomes[r.outcome];
    }
    int finalRounds = 0;
    for (const auto& [outcome, n] : outcomes) {
        finalRounds += rules::isFinal(outcome) ? n : 0;
    }
    INFO("complete " << outcomes[rules::RoundOutcome::Complete] << " of " << finalRounds << " final rounds");
    CHECK(outcomes[rules::RoundOutcome::Complete] * 100 >= finalRounds * 80);
    CHECK(outcomes[rules::RoundOutcome::Late] >= 1);
    CHECK(outcomes[rules::RoundOutcome::Incomplete] >= 1);
    CHECK(outcomes[rules::RoundOutcome::OutOfOrder] >= 1);
    CHECK(outcomes[rules::RoundOutcome::NotStarted] >= 1);
    CHECK(outcomes[rules::RoundOutcome::Upcoming] >= 1); // tonight's
    CHECK(demo->patrolScans > 0);

    // Handovers at nearly every change of shift, some not signed by the incoming leader, and open items.
    auto handovers = security.handovers("DEMO", firstDay, today);
    REQUIRE(handovers);
    CHECK(static_cast<int>(handovers->size()) == demo->handovers);
    const int changes = 60 * 3 + 2; // today's night shift has not started at 16:00
    CHECK(demo->handovers * 100 >= changes * 90);
    CHECK(demo->handovers < changes);
    CHECK(std::ranges::count_if(*handovers, [](const auto& h) { return !h.signedByBoth(); }) >= 1);
    auto open = security.openItems("DEMO");
    REQUIRE(open);
    CHECK_FALSE(open->empty());

    // The duty log: visitors and vehicles every day, incidents with one not handled yet.
    auto log = security.dutyLog("DEMO", firstDay, today);
    REQUIRE(log);
    const auto kind = [&](domain::DutyEntryKind k) {
        return std::ranges::count_if(*log, [&](const auto& e) { return e.kind == k; });
    };
    CHECK(kind(domain::DutyEntryKind::Visitor) >= 61 * 2);
    CHECK(kind(domain::DutyEntryKind::Vehicle) >= 61);
    CHECK(kind(domain::DutyEntryKind::Incident) >= 3);
    CHECK(std::ranges::count_if(
              *log, [](const auto& e) { return e.kind == domain::DutyEntryKind::Incident && !e.handledAt; }) >= 1);

    // Night spot checks: March, the previous month, misses its four.
    const auto nightChecks = [&](date::year_month month) {
        auto report = desk.ws->kpis().securityKpis("DEMO", month, now);
        REQUIRE(report);
        REQUIRE(report->result.kpis.size() == 6);
        for (const auto& k : report->result.kpis) {
            INFO(k.key);
            CHECK(k.numerator >= 0);
            if (k.key != "security_incident_rate") {
                CHECK(k.numerator <= k.denominator);
            }
        }
        return *report->result.find("night_spot_checks");
    };
    const auto march = nightChecks(date::year{2025} / date::March);
    CHECK(march.numerator == 3);
    CHECK(march.denominator == 4);
    CHECK(march.met == std::optional<bool>(false));
    CHECK(nightChecks(date::year{2025} / date::February).met == std::optional<bool>(true));
    nightChecks(date::year{2025} / date::April);

    // The acting user is back afterwards.
    CHECK(desk.ws->context().user.name == "tester");
}
