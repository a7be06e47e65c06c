#include "siteservice.h"

#include "access.h"
#include "audittrail.h"
#include "domain/siterepository.h"
#include "domain/timezone.h"
#include "domain/userrepository.h"
#include "serviceslog.h"

#include <fmt/format.h>

namespace propdesk::services {

using domain::ErrorCode;

domain::Result<domain::Site> SiteService::add(domain::Site site)
{
    if (auto ok = require(m_ctx, domain::Permission::ManageSites); !ok) {
        return std::unexpected(ok.error());
    }
    const auto bad = [&](std::string_view field, std::string message) {
        return domain::fail(ErrorCode::InvalidInput, std::move(message), std::string(field), site.code);
    };
    if (site.code.empty() || site.code.size() > 16 ||
        site.code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") !=
            std::string::npos) {
        return bad("code", "use 1 to 16 letters, digits, '-' or '_'");
    }
    if (site.name.empty()) {
        return bad("name", "a site needs a name");
    }
    if (auto zone = domain::TimeZone::find(site.timeZone); !zone) {
        return bad("timezone", zone.error().message);
    }
    if (site.workStart < domain::Seconds{0} || site.workEnd > domain::Seconds{86400} ||
        site.workStart >= site.workEnd) {
        return bad("working_hours", "the working day must start before it ends, within one day");
    }
    if (site.households < 0 || site.residents < 0) {
        return bad(site.households < 0 ? "households" : "residents", "cannot be negative");
    }
    domain::Result<domain::SiteId> id = domain::SiteId{};
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        id = m_ctx.store.sites().add(site);
        if (!id) {
            return std::unexpected(id.error());
        }
        site.id = *id;
        // Whoever adds a site works there: it joins their own list of sites.
        if (m_ctx.user.account && m_ctx.user.sites) {
            auto account = m_ctx.store.users().get(*m_ctx.user.account);
            if (!account) {
                return std::unexpected(account.error());
            }
            if (*account) {
                (*account)->sites.push_back(site.id);
                if (auto ok = m_ctx.store.users().update(**account); !ok) {
                    return ok;
                }
            }
        }
        domain::AuditEntry entry;
        entry.site = site.id;
        entry.entity = "site";
        entry.record = site.code;
        entry.action = domain::AuditAction::Create;
        entry.summary = site.name;
        entry.changes = auditDiff({}, auditFields(site));
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    if (m_ctx.user.sites) {
        m_ctx.user.sites->push_back(site.id);
    }
    logger()->info("{} added site {} ({})", m_ctx.user.name, site.code, site.name);
    return site;
}

domain::Result<std::vector<domain::Site>> SiteService::list()
{
    auto sites = m_ctx.store.sites().list();
    if (sites) {
        std::erase_if(*sites, [&](const domain::Site& site) { return !m_ctx.user.sees(site.id); });
    }
    return sites;
}

domain::Result<domain::Site> SiteService::get(std::string_view code)
{
    auto site = m_ctx.store.sites().findByCode(code);
    if (!site) {
        return std::unexpected(site.error());
    }
    if (!*site) {
        return domain::fail(ErrorCode::NotFound, fmt::format("unknown site '{}'", code), "site");
    }
    if (auto ok = requireSite(m_ctx, **site); !ok) {
        return std::unexpected(ok.error());
    }
    return **site;
}

domain::Result<domain::Site> SiteService::get(domain::SiteId id)
{
    auto site = m_ctx.store.sites().findById(id);
    if (!site) {
        return std::unexpected(site.error());
    }
    if (!*site) {
        return domain::fail(ErrorCode::NotFound, fmt::format("no site with id {}", id.value), "site");
    }
    if (auto ok = requireSite(m_ctx, **site); !ok) {
        return std::unexpected(ok.error());
    }
    return **site;
}

} // namespace propdesk::services
