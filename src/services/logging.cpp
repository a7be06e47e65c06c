#include "logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <array>
#include <string_view>

namespace propdesk::services {

void configureLogging(const std::filesystem::path& logDirectory, spdlog::level::level_enum consoleLevel)
{
    constexpr std::size_t kMaxFileSize = 5 * 1024 * 1024;
    constexpr std::size_t kMaxFiles = 5;
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(consoleLevel);
    console->set_pattern("%n: %^%l%$: %v");
    sinks.push_back(console);
    std::error_code ec;
    std::filesystem::create_directories(logDirectory, ec);
    try {
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>((logDirectory / "propdesk.log").string(),
                                                                           kMaxFileSize, kMaxFiles);
        file->set_level(spdlog::level::info);
        sinks.push_back(file);
    } catch (const spdlog::spdlog_ex& e) {
        console->log(spdlog::details::log_msg("services", spdlog::level::warn,
                                              fmt::format("cannot write the log file: {}", e.what())));
    }
    constexpr std::array<std::string_view, 7> kLayers{"domain",  "rules", "storage", "services",
                                                      "reports", "cli",   "gui"};
    for (const auto name : kLayers) {
        spdlog::drop(std::string(name));
        auto logger = std::make_shared<spdlog::logger>(std::string(name), sinks.begin(), sinks.end());
        logger->set_level(spdlog::level::info);
        logger->flush_on(spdlog::level::warn);
        spdlog::register_logger(logger);
    }
    spdlog::set_default_logger(spdlog::get("services"));
}

} // namespace propdesk::services
