#include "access.h"

#include "serviceslog.h"

#include <fmt/format.h>

namespace propdesk::services {

using domain::ErrorCode;

domain::Result<void> require(const ServiceContext& ctx, domain::Permission permission)
{
    if (ctx.user.can(permission)) {
        return {};
    }
    if (ctx.user.role == domain::Role::None) {
        return domain::fail(ErrorCode::PermissionDenied, "sign in first");
    }
    logger()->warn("refused: {} ({}) may not {}", ctx.user.name, domain::roleKey(ctx.user.role),
                   domain::permissionText(permission));
    return domain::fail(ErrorCode::PermissionDenied,
                        fmt::format("{} ({}) may not {}", ctx.user.name, domain::roleKey(ctx.user.role),
                                    domain::permissionText(permission)));
}

domain::Result<void> requireSite(const ServiceContext& ctx, const domain::Site& site)
{
    if (ctx.user.sees(site.id)) {
        return {};
    }
    if (ctx.user.role == domain::Role::None) {
        return domain::fail(ErrorCode::PermissionDenied, "sign in first");
    }
    logger()->warn("refused: {} does not work at site {}", ctx.user.name, site.code);
    return domain::fail(ErrorCode::PermissionDenied, fmt::format("you do not work at site '{}'", site.code), "site");
}

domain::Result<void> require(const ServiceContext& ctx, domain::Permission permission, const domain::Site& site)
{
    if (auto ok = require(ctx, permission); !ok) {
        return ok;
    }
    return requireSite(ctx, site);
}

} // namespace propdesk::services
