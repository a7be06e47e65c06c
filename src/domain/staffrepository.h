#pragma once

#include "error.h"
#include "staff.h"

#include <optional>
#include <vector>

namespace propdesk::domain {

class StaffRepository
{
public:
    virtual ~StaffRepository() = default;
    // Conflict when the site already has a member of that name.
    virtual Result<StaffId> add(const StaffMember& member) = 0;
    virtual Result<void> update(const StaffMember& member) = 0;
    virtual Result<std::optional<StaffMember>> get(StaffId id) = 0;
    // A site's staff by name, the inactive ones too.
    virtual Result<std::vector<StaffMember>> list(SiteId site) = 0;
};

} // namespace propdesk::domain
