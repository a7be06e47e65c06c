#pragma once

#include <span>
#include <string_view>

namespace propdesk::resources {

// A data file compiled into the program: holiday calendars, the default rule set.
struct EmbeddedResource
{
    std::string_view name; // "holiday-cn/2025.json", "rules/default.json"
    std::string_view data;
};

std::span<const EmbeddedResource> embeddedResources();

} // namespace propdesk::resources
