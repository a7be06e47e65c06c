#include "ruleservice.h"

#include "access.h"
#include "audittrail.h"
#include "bundleddata.h"
#include "calendarservice.h"
#include "domain/rulesetrepository.h"
#include "domain/siterepository.h"
#include "domain/timezone.h"
#include "rules/rulesetjson.h"
#include "serviceslog.h"

#include <fmt/format.h>

#include <algorithm>

namespace propdesk::services {

using domain::ErrorCode;

namespace {

domain::RuleSetDocument documentOf(const domain::RuleSet& set)
{
    return domain::RuleSetDocument{set.id, set.name, set.effectiveFrom, set.siteCode, rules::ruleSetToJson(set)};
}

} // namespace

domain::Result<void> RuleService::ensureDefault()
{
    ++m_ctx.rulesGeneration;
    return m_ctx.store.transact([&]() -> domain::Result<void> {
        auto existing = m_ctx.store.ruleSets().all();
        if (!existing) {
            return std::unexpected(existing.error());
        }
        if (!existing->empty()) {
            return {};
        }
        auto set = rules::parseRuleSet(bundledDefaultRuleSet(), "bundled rules/default.json");
        if (!set) {
            return std::unexpected(set.error());
        }
        auto id = m_ctx.store.ruleSets().save(documentOf(*set));
        if (!id) {
            return std::unexpected(id.error());
        }
        logger()->info("stored the bundled default rule set");
        return {};
    });
}

domain::Result<std::vector<domain::RuleSet>> RuleService::all()
{
    if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    auto sets = stored();
    if (!sets || !m_ctx.user.sites) {
        return sets;
    }
    // A site's own rule sets are its contract: only those who work there see them.
    auto sites = m_ctx.store.sites().list();
    if (!sites) {
        return std::unexpected(sites.error());
    }
    std::erase_if(*sets, [&](const domain::RuleSet& set) {
        if (!set.siteCode) {
            return false;
        }
        const auto site = std::ranges::find(*sites, *set.siteCode, &domain::Site::code);
        return site == sites->end() || !m_ctx.user.sees(site->id);
    });
    return sets;
}

domain::Result<std::vector<domain::RuleSet>> RuleService::stored()
{
    auto docs = m_ctx.store.ruleSets().all();
    if (!docs) {
        return std::unexpected(docs.error());
    }
    std::vector<domain::RuleSet> sets;
    for (const auto& d : *docs) {
        auto set = rules::parseRuleSet(
            d.definition, fmt::format("stored rule set '{}' ({})", d.name, domain::formatDate(d.effectiveFrom)));
        if (!set) {
            return domain::fail(ErrorCode::Storage, set.error().describe());
        }
        set->id = d.id;
        sets.push_back(std::move(*set));
    }
    return sets;
}

domain::Result<domain::RuleSet> RuleService::inForce(domain::Date date, const std::optional<std::string>& siteCode)
{
    if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    if (siteCode) {
        if (auto site = m_ctx.store.sites().findByCode(*siteCode); site && *site) {
            if (auto ok = requireSite(m_ctx, **site); !ok) {
                return std::unexpected(ok.error());
            }
        }
    }
    auto sets = stored();
    if (!sets) {
        return std::unexpected(sets.error());
    }
    const auto* chosen = rules::ruleSetInForce(*sets, date, siteCode.value_or(""));
    if (!chosen) {
        return domain::fail(ErrorCode::NotFound,
                            fmt::format("no rule set is in force on {}", domain::formatDate(date)));
    }
    return *chosen;
}

domain::Result<domain::RuleSet> RuleService::importRuleSet(std::string_view json, std::string_view source)
{
    if (auto ok = require(m_ctx, domain::Permission::ManageRules); !ok) {
        return std::unexpected(ok.error());
    }
    ++m_ctx.rulesGeneration;
    auto set = rules::parseRuleSet(json, source);
    if (!set) {
        return std::unexpected(set.error());
    }
    std::optional<domain::SiteId> siteId;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        if (set->siteCode) {
            auto site = m_ctx.store.sites().findByCode(*set->siteCode);
            if (!site) {
                return std::unexpected(site.error());
            }
            if (!*site) {
                return domain::fail(ErrorCode::InvalidInput, fmt::format("unknown site '{}'", *set->siteCode), "site",
                                    std::string(source));
            }
            if (auto ok = requireSite(m_ctx, **site); !ok) {
                return ok;
            }
            siteId = (*site)->id;
        }
        auto existing = m_ctx.store.ruleSets().all();
        if (!existing) {
            return std::unexpected(existing.error());
        }
        // A version is in force from local midnight of its date at each site it applies to: "today" is the
        // latest local date among those sites (UTC when there is none yet).
        const auto now = m_ctx.clock.now();
        auto sites = m_ctx.store.sites().list();
        if (!sites) {
            return std::unexpected(sites.error());
        }
        std::optional<date::sys_days> latest;
        for (const auto& s : *sites) {
            if (set->siteCode && s.code != *set->siteCode) {
                continue;
            }
            if (const auto zone = domain::TimeZone::find(s.timeZone)) {
                const date::sys_days local{zone->localDate(now)};
                latest = latest ? std::max(*latest, local) : local;
            }
        }
        const auto today = latest.value_or(date::sys_days{date::floor<date::days>(now)});
        for (const auto& d : *existing) {
            if (d.siteCode == set->siteCode && d.effectiveFrom == set->effectiveFrom &&
                date::sys_days{d.effectiveFrom} <= today) {
                return domain::fail(ErrorCode::Conflict,
                                    fmt::format("a rule set effective {} is already in force ('{}'); give the new "
                                                "version a later effective_from",
                                                domain::formatDate(d.effectiveFrom), d.name),
                                    "effective_from", std::string(source));
            }
        }
        auto id = m_ctx.store.ruleSets().save(documentOf(*set));
        if (!id) {
            return std::unexpected(id.error());
        }
        set->id = *id;
        domain::AuditEntry entry;
        entry.site = siteId;
        entry.entity = "rule_set";
        entry.record = fmt::format("{} {}", set->siteCode.value_or("*"), domain::formatDate(set->effectiveFrom));
        entry.action = domain::AuditAction::Create;
        entry.summary = fmt::format("{} ({} rules) from {}", set->name, set->rules.size(), source);
        entry.changes = auditDiff({}, {{"name", set->name},
                                       {"effective_from", domain::formatDate(set->effectiveFrom)},
                                       {"site", set->siteCode.value_or("")},
                                       {"rules", fmt::format("{}", set->rules.size())},
                                       {"definition", std::string(json)}});
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    logger()->info("{} imported rule set '{}' effective {}", m_ctx.user.name, set->name,
                   domain::formatDate(set->effectiveFrom));
    return *set;
}

domain::Result<rules::RuleEngine> RuleService::engineFor(const domain::Site& site)
{
    auto zone = domain::TimeZone::find(site.timeZone);
    if (!zone) {
        return std::unexpected(zone.error());
    }
    auto calendar = m_calendars.calendar(site.calendar);
    if (!calendar) {
        return std::unexpected(calendar.error());
    }
    auto sets = stored();
    if (!sets) {
        return std::unexpected(sets.error());
    }
    return rules::RuleEngine(rules::SiteContext{*zone, std::move(*calendar), site.workStart, site.workEnd}, site.code,
                             std::move(*sets));
}

domain::Result<std::shared_ptr<const rules::RuleEngine>> RuleService::cachedEngineFor(const domain::Site& site)
{
    auto& slot = m_engines[site.id];
    if (!slot.engine || slot.generation != m_ctx.rulesGeneration) {
        auto engine = engineFor(site);
        if (!engine) {
            return std::unexpected(engine.error());
        }
        slot = CachedEngine{m_ctx.rulesGeneration, std::make_shared<const rules::RuleEngine>(std::move(*engine))};
    }
    return slot.engine;
}

} // namespace propdesk::services
