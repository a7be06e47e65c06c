#pragma once

#include "error.h"

#include <optional>
#include <string>
#include <string_view>

namespace propdesk::domain {

// Settings kept in the database itself, so that every desk opening it sees the same (backup policy,
// whether it is the demo database).
class SettingsRepository
{
public:
    virtual ~SettingsRepository() = default;
    virtual Result<std::optional<std::string>> get(std::string_view key) = 0;
    virtual Result<void> set(std::string_view key, std::string_view value) = 0;
};

} // namespace propdesk::domain
