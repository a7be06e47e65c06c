#pragma once

#include "domain/error.h"
#include "domain/site.h"
#include "servicecontext.h"

#include <string_view>
#include <vector>

namespace propdesk::services {

class SiteService
{
public:
    explicit SiteService(ServiceContext& ctx) : m_ctx(ctx) {}

    // Validates and stores a new site: code of 1–16 letters, digits, '-' or '_'; a known time zone;
    // working hours with start before end; non-negative household and resident counts.
    domain::Result<domain::Site> add(domain::Site site);
    domain::Result<std::vector<domain::Site>> list();
    // NotFound, naming the code, for a site that does not exist.
    domain::Result<domain::Site> get(std::string_view code);
    domain::Result<domain::Site> get(domain::SiteId id);

private:
    ServiceContext& m_ctx;
};

} // namespace propdesk::services
