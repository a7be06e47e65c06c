#pragma once

#include "domain/error.h"
#include "domain/site.h"
#include "domain/user.h"
#include "servicecontext.h"

namespace propdesk::services {

// The permission checks every use case starts with. The refusal names the user, the role and what was
// refused: "王芳 (front_desk) may not change rule sets".
domain::Result<void> require(const ServiceContext& ctx, domain::Permission permission);
// The acting user works at `site`; a site outside the user's list is refused as if it did not exist
// for them.
domain::Result<void> requireSite(const ServiceContext& ctx, const domain::Site& site);
// Both.
domain::Result<void> require(const ServiceContext& ctx, domain::Permission permission, const domain::Site& site);

} // namespace propdesk::services
