#include "auditservice.h"

#include "access.h"

#include <algorithm>

namespace propdesk::services {

domain::Result<std::vector<domain::AuditEntry>> AuditService::find(domain::AuditFilter filter)
{
    if (auto ok = require(m_ctx, domain::Permission::ViewAudit); !ok) {
        return std::unexpected(ok.error());
    }
    if (m_ctx.user.sites) {
        if (filter.sites) {
            std::erase_if(*filter.sites, [&](domain::SiteId site) { return !m_ctx.user.sees(site); });
        } else {
            filter.sites = *m_ctx.user.sites;
        }
    }
    filter.limit = std::clamp<std::size_t>(filter.limit, 1, 5000);
    return m_ctx.store.audit().find(filter);
}

domain::Result<std::vector<domain::AuditEntry>> AuditService::forRecord(domain::SiteId site, std::string entity,
                                                                        std::string record)
{
    if (!m_ctx.user.can(domain::Permission::ViewAudit)) {
        if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
            return std::unexpected(ok.error());
        }
    }
    if (!m_ctx.user.sees(site)) {
        return domain::fail(domain::ErrorCode::PermissionDenied, "you do not work at this site", "site");
    }
    domain::AuditFilter filter;
    filter.entity = std::move(entity);
    filter.record = record;
    filter.exactRecord = true;
    filter.sites = std::vector<domain::SiteId>{site};
    filter.includeSiteless = false;
    filter.limit = 100000;
    auto entries = m_ctx.store.audit().find(filter);
    if (!entries) {
        return entries;
    }
    std::ranges::reverse(*entries);
    return entries;
}

domain::Result<std::vector<std::string>> AuditService::users()
{
    if (auto ok = require(m_ctx, domain::Permission::ViewAudit); !ok) {
        return std::unexpected(ok.error());
    }
    return m_ctx.store.audit().users();
}

} // namespace propdesk::services
