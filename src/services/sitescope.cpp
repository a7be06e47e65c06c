#include "sitescope.h"

#include "access.h"
#include "siteservice.h"

namespace propdesk::services {

domain::Error invalid(std::string_view field, std::string message)
{
    return domain::Error{domain::ErrorCode::InvalidInput, std::move(message), std::string(field), {}};
}

domain::Result<SiteZone> siteZone(ServiceContext& ctx, SiteService& sites, std::string_view siteCode,
                                  domain::Permission permission)
{
    if (auto ok = require(ctx, permission); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = sites.get(siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto zone = domain::TimeZone::find(site->timeZone);
    if (!zone) {
        return std::unexpected(zone.error());
    }
    return SiteZone{std::move(*site), *zone};
}

domain::Result<SiteZone> siteZone(ServiceContext& ctx, SiteService& sites, domain::SiteId id,
                                  domain::Permission permission, domain::Error notFound)
{
    if (auto ok = require(ctx, permission); !ok) {
        return std::unexpected(ok.error());
    }
    if (!ctx.user.sees(id)) {
        return std::unexpected(std::move(notFound));
    }
    auto site = sites.get(id);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto zone = domain::TimeZone::find(site->timeZone);
    if (!zone) {
        return std::unexpected(zone.error());
    }
    return SiteZone{std::move(*site), *zone};
}

domain::Result<domain::Instant> when(const ServiceContext& ctx, std::optional<domain::Instant> at,
                                     std::string_view field)
{
    const domain::Instant now = ctx.clock.now();
    const domain::Instant t = at.value_or(now);
    if (t > now) {
        return std::unexpected(invalid(field, "lies in the future"));
    }
    return t;
}

} // namespace propdesk::services
