#pragma once

#include <spdlog/logger.h>

#include <memory>

namespace propdesk::services {

// The services layer's logger ("services"); the executable configures its sinks.
std::shared_ptr<spdlog::logger> logger();

} // namespace propdesk::services
