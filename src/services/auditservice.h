#pragma once

#include "domain/audit.h"
#include "domain/error.h"
#include "servicecontext.h"

#include <string>
#include <vector>

namespace propdesk::services {

// Reads the audit trail. Nothing here (or anywhere) changes or removes an entry.
class AuditService
{
public:
    explicit AuditService(ServiceContext& ctx) : m_ctx(ctx) {}
    // The trail, newest first, for managers and admins; restricted to the user's sites (entries without
    // a site, such as sign-ins, are included).
    domain::Result<std::vector<domain::AuditEntry>> find(domain::AuditFilter filter);
    // One record's own entries, oldest first: what its detail pane shows. Anyone who may read the
    // site's records may see them.
    domain::Result<std::vector<domain::AuditEntry>> forRecord(domain::SiteId site, std::string entity,
                                                              std::string record);
    // Names for the viewer's user filter.
    domain::Result<std::vector<std::string>> users();

private:
    ServiceContext& m_ctx;
};

} // namespace propdesk::services
