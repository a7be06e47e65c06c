#pragma once

#include "error.h"
#include "site.h"

#include <optional>
#include <string_view>
#include <vector>

namespace propdesk::domain {

class SiteRepository
{
public:
    virtual ~SiteRepository() = default;
    virtual Result<SiteId> add(const Site& site) = 0;
    virtual Result<std::optional<Site>> findByCode(std::string_view code) = 0;
    virtual Result<std::optional<Site>> findById(SiteId id) = 0;
    virtual Result<std::vector<Site>> list() = 0;
};

} // namespace propdesk::domain
