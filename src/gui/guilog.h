#pragma once

#include <spdlog/logger.h>

#include <memory>

namespace propdesk::gui {

// The GUI layer's logger ("gui"); the executable configures its sinks.
std::shared_ptr<spdlog::logger> logger();

} // namespace propdesk::gui
