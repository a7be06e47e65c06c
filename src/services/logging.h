#pragma once

#include <spdlog/common.h>

#include <filesystem>

namespace propdesk::services {

// Sets up one logger per layer (domain, rules, storage, services, reports, cli, gui), all writing to a
// rotating file in `logDirectory` and to stderr from `consoleLevel` up. Called once by each executable.
void configureLogging(const std::filesystem::path& logDirectory, spdlog::level::level_enum consoleLevel);

} // namespace propdesk::services
