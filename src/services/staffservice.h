#pragma once

#include "domain/error.h"
#include "domain/staff.h"
#include "servicecontext.h"

#include <string>
#include <string_view>
#include <vector>

namespace propdesk::services {

class SiteService;

// Each site's staff list: the technicians the dispatch board assigns orders to.
class StaffService
{
public:
    StaffService(ServiceContext& ctx, SiteService& sites) : m_ctx(ctx), m_sites(sites) {}

    // The site's staff by name, inactive members included.
    domain::Result<std::vector<domain::StaffMember>> list(std::string_view siteCode);
    // The names orders can be dispatched to: the active members who are not guards (isGuardTrade).
    domain::Result<std::vector<std::string>> technicians(std::string_view siteCode);
    // Validates (a name of 1–40 characters, unique at the site; a valid phone or none) and stores.
    domain::Result<domain::StaffMember> add(std::string_view siteCode, domain::StaffMember member);
    // Renames, changes phone or trade, (de)activates. Members are never deleted: the history names them.
    domain::Result<domain::StaffMember> update(const domain::StaffMember& member);

private:
    domain::Result<void> validate(domain::StaffMember& member) const;

    ServiceContext& m_ctx;
    SiteService& m_sites;
};

} // namespace propdesk::services
