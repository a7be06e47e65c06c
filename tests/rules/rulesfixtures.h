#pragma once

// Shared fixtures of the rules tests: the bundled default rule set and holiday data, a site context and
// work orders built from local-time literals.

#include "domain/workingcalendar.h"
#include "domain/workorder.h"
#include "rules/ruleengine.h"
#include "rules/rulesetjson.h"
#include "testtime.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::tests {

// A file of the source tree, e.g. "resources/rules/default.json".
inline std::string sourceFile(std::string_view relative)
{
    const std::string path = std::string(PROPDESK_SOURCE_DIR) + "/" + std::string(relative);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + path);
    }
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

inline domain::RuleSet ruleSetFromJson(std::string_view json, std::string_view source = "test.json")
{
    auto set = rules::parseRuleSet(json, source);
    if (!set) {
        throw std::runtime_error("bad test rule set: " + set.error().describe());
    }
    return *set;
}

inline domain::RuleSet defaultRuleSet()
{
    return ruleSetFromJson(sourceFile("resources/rules/default.json"), "default.json");
}

// The bundled mainland-China holiday data, every year of it.
inline domain::WorkingCalendar chinaCalendar()
{
    std::vector<domain::HolidayYear> years;
    for (int year = 2019; year <= 2026; ++year) {
        const auto name = std::to_string(year) + ".json";
        auto parsed = domain::parseHolidayYear(sourceFile("resources/holiday-cn/" + name), name);
        if (!parsed) {
            throw std::runtime_error("bad bundled holiday file: " + parsed.error().describe());
        }
        years.push_back(std::move(*parsed));
    }
    return domain::WorkingCalendar(domain::CalendarKind::China, years);
}

// A site with the default working hours 08:00–17:30.
inline rules::SiteContext siteContext(domain::WorkingCalendar calendar, std::string_view zoneName = "Asia/Shanghai")
{
    return rules::SiteContext{zone(zoneName), std::move(calendar), domain::Seconds{8 * 3600},
                              domain::Seconds{17 * 3600 + 30 * 60}};
}

// The default rules at a Shanghai site with calendar CN.
inline rules::RuleEngine chinaEngine()
{
    return rules::RuleEngine(siteContext(chinaCalendar()), "HQ", {defaultRuleSet()});
}

// The default rules at a site with calendar `none` (weekends only).
inline rules::RuleEngine plainEngine(std::string_view zoneName = "Asia/Shanghai")
{
    return rules::RuleEngine(siteContext(domain::WorkingCalendar{}, zoneName), "HQ", {defaultRuleSet()});
}

inline domain::WorkOrderHeader workOrder(domain::Category category, domain::Urgency urgency, domain::Instant reported,
                                         std::string code = "WO-1")
{
    domain::WorkOrderHeader h;
    h.code = std::move(code);
    h.category = category;
    h.urgency = urgency;
    h.reportedAt = reported;
    return h;
}

inline domain::WorkOrderHeader plumbing(domain::Urgency urgency, domain::Instant reported)
{
    return workOrder(domain::Category::Plumbing, urgency, reported);
}

inline domain::Hold hold(domain::Instant start, std::optional<domain::Instant> end)
{
    return domain::Hold{start, end, "waiting for parts"};
}

} // namespace propdesk::tests
