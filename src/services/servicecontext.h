#pragma once

#include "domain/clock.h"
#include "domain/store.h"
#include "domain/user.h"

#include <cstdint>

namespace propdesk::services {

// What every use case runs with: the database, the time source and the acting user.
struct ServiceContext
{
    domain::Store& store;
    const domain::Clock& clock;
    domain::User user;
    // Bumped whenever rule sets or holiday calendars may have changed, so that cached rule engines are
    // rebuilt.
    std::uint64_t rulesGeneration = 0;
};

} // namespace propdesk::services
