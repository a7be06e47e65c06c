#include "manualclock.h"
#include "rules/ruleengine.h"
#include "rules/rulesetjson.h"
#include "testtime.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace propdesk;
using propdesk::tests::at;

namespace {

domain::RuleSet loadDefault()
{
    std::ifstream in(PROPDESK_SOURCE_DIR "/resources/rules/default.json");
    std::stringstream text;
    text << in.rdbuf();
    auto set = rules::parseRuleSet(text.str(), "default.json");
    REQUIRE(set);
    return *set;
}

rules::RuleEngine engine()
{
    return rules::RuleEngine(rules::SiteContext{tests::zone(), domain::WorkingCalendar{}, {}, {}}, "HQ",
                             {loadDefault()});
}

domain::WorkOrderHeader order(domain::Urgency urgency, domain::Instant reported)
{
    domain::WorkOrderHeader h;
    h.code = "T1";
    h.category = domain::Category::Plumbing;
    h.urgency = urgency;
    h.reportedAt = reported;
    return h;
}

} // namespace

TEST_CASE("an emergency reported at 17:30 on a working day gets 15 minutes to arrive, not 10")
{
    const auto e = engine();
    const auto reported = at("2025-03-03 17:30"); // a Monday
    domain::WorkOrderTimeline tl;
    tl.arrived = reported + std::chrono::minutes{12};
    const auto ev = e.evaluate(order(domain::Urgency::Emergency, reported), tl, reported + std::chrono::hours{1});
    CHECK(ev.arrival.ruleId == "wo-arrival-emergency");
    CHECK(ev.arrival.outcome == rules::Outcome::Met);
}

TEST_CASE("an emergency reported at 17:29:59 on a working day gets 10 minutes")
{
    const auto e = engine();
    const auto reported = at("2025-03-03 17:29:59");
    domain::WorkOrderTimeline tl;
    tl.arrived = reported + std::chrono::minutes{10} + std::chrono::seconds{1};
    const auto ev = e.evaluate(order(domain::Urgency::Emergency, reported), tl, reported + std::chrono::hours{1});
    CHECK(ev.arrival.ruleId == "wo-arrival-emergency-daytime");
    CHECK(ev.arrival.outcome == rules::Outcome::Missed);
    CHECK(ev.arrival.overBy == std::chrono::seconds{1});
}
