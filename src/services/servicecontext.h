#pragma once

#include "domain/clock.h"
#include "domain/store.h"
#include "domain/user.h"

namespace propdesk::services {

// What every use case runs with: the database, the time source and the acting user.
struct ServiceContext
{
    domain::Store& store;
    const domain::Clock& clock;
    domain::User user;
};

} // namespace propdesk::services
