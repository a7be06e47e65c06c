#pragma once

#include "error.h"
#include "user.h"

#include <optional>
#include <string_view>
#include <vector>

namespace propdesk::domain {

class UserRepository
{
public:
    virtual ~UserRepository() = default;
    virtual Result<std::size_t> count() = 0;
    // Conflict when the name is taken (names compare case-insensitively).
    virtual Result<UserId> add(const UserAccount& account) = 0;
    // Name, display name, role, sites, active flag and password hash, by id.
    virtual Result<void> update(const UserAccount& account) = 0;
    virtual Result<std::optional<UserAccount>> get(UserId id) = 0;
    virtual Result<std::optional<UserAccount>> findByName(std::string_view name) = 0;
    virtual Result<std::vector<UserAccount>> list() = 0;

    virtual Result<SignInFailures> failures(std::string_view name) = 0;
    virtual Result<void> recordFailure(std::string_view name, Instant at) = 0;
    virtual Result<void> clearFailures(std::string_view name) = 0;
};

} // namespace propdesk::domain
