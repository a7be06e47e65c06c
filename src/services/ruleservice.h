#pragma once

#include "domain/error.h"
#include "domain/ruleset.h"
#include "domain/site.h"
#include "rules/ruleengine.h"
#include "servicecontext.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace propdesk::services {

class CalendarService;

class RuleService
{
public:
    RuleService(ServiceContext& ctx, CalendarService& calendars) : m_ctx(ctx), m_calendars(calendars) {}

    // Stores the bundled default rule set when the database has none yet.
    domain::Result<void> ensureDefault();
    // Every stored version, oldest first.
    domain::Result<std::vector<domain::RuleSet>> all();
    // The version in force on `date` for a site (or for sites without their own set).
    domain::Result<domain::RuleSet> inForce(domain::Date date, const std::optional<std::string>& siteCode);
    // Validates and stores a version. A version with the same site and effective date is replaced only
    // while its effective date is still in the future: a version in force never changes, so that
    // reports already printed stay true.
    domain::Result<domain::RuleSet> importRuleSet(std::string_view json, std::string_view source);

    // The engine for one site: its zone, its calendar, its hours and every rule-set version.
    domain::Result<rules::RuleEngine> engineFor(const domain::Site& site);
    // The same, built once and kept until rule sets or calendars change: the board and the intake
    // preview evaluate orders many times a second.
    domain::Result<std::shared_ptr<const rules::RuleEngine>> cachedEngineFor(const domain::Site& site);

private:
    // Every stored version, without a permission check: the engines need them whoever is signed in.
    domain::Result<std::vector<domain::RuleSet>> stored();

    struct CachedEngine
    {
        std::uint64_t generation = 0;
        std::shared_ptr<const rules::RuleEngine> engine;
    };
    std::unordered_map<domain::SiteId, CachedEngine> m_engines;

    ServiceContext& m_ctx;
    CalendarService& m_calendars;
};

} // namespace propdesk::services
