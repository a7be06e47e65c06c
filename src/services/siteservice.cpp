#include "siteservice.h"

#include "domain/siterepository.h"
#include "domain/timezone.h"
#include "serviceslog.h"

#include <fmt/format.h>

namespace propdesk::services {

using domain::ErrorCode;

domain::Result<domain::Site> SiteService::add(domain::Site site)
{
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
        return id ? domain::Result<void>{} : std::unexpected(id.error());
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    site.id = *id;
    logger()->info("{} added site {} ({})", m_ctx.user.name, site.code, site.name);
    return site;
}

domain::Result<std::vector<domain::Site>> SiteService::list()
{
    return m_ctx.store.sites().list();
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
    return **site;
}

} // namespace propdesk::services
