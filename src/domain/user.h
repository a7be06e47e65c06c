#pragma once

#include <string>

namespace propdesk::domain {

enum class Role
{
    FrontDesk,
    Supervisor,
    Manager,
    Admin,
};

// The person on whose behalf a service acts; written into every history entry.
struct User
{
    std::string name;
    Role role = Role::Manager;
};

} // namespace propdesk::domain
