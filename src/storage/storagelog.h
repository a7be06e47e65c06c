#pragma once

#include <spdlog/logger.h>

#include <memory>

namespace propdesk::storage {

// The storage layer's logger ("storage"); the executable configures its sinks.
std::shared_ptr<spdlog::logger> logger();

} // namespace propdesk::storage
