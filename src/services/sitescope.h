#pragma once

#include "domain/error.h"
#include "domain/site.h"
#include "domain/time.h"
#include "domain/timezone.h"
#include "domain/user.h"
#include "servicecontext.h"

#include <optional>
#include <string>
#include <string_view>

// What the site-bound use cases (security, inspections) start with: the permission, the site as the user
// may see it, its time zone, and the time of the change.
namespace propdesk::services {

class SiteService;

// An InvalidInput error naming the field.
domain::Error invalid(std::string_view field, std::string message);

// A site with its zone, for the use cases that work in its local time.
struct SiteZone
{
    domain::Site site;
    domain::TimeZone zone;
};

// The permission, then the site by its code (NotFound when the user does not work there) and its zone.
domain::Result<SiteZone> siteZone(ServiceContext& ctx, SiteService& sites, std::string_view siteCode,
                                  domain::Permission permission);
// The site of a record asked for by its id: another site's record is not told apart from a missing one
// (`notFound`, what the caller answers for an unknown id).
domain::Result<SiteZone> siteZone(ServiceContext& ctx, SiteService& sites, domain::SiteId id,
                                  domain::Permission permission, domain::Error notFound);

// `at` defaulted to now, and not in the future (InvalidInput naming `field`).
domain::Result<domain::Instant> when(const ServiceContext& ctx, std::optional<domain::Instant> at,
                                     std::string_view field);

} // namespace propdesk::services
