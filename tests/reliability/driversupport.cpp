#include "driversupport.h"

#include "domain/clock.h"
#include "services/workspace.h"
#include "workload.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <stdlib.h>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace propdesk::reliability {

ScratchDir::ScratchDir(std::string_view prefix)
{
    auto pattern = (std::filesystem::temp_directory_path() / (std::string(prefix) + "-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("cannot create a folder like " + pattern);
    }
    m_path = pattern;
}

ScratchDir::~ScratchDir()
{
    if (m_keep) {
        std::fprintf(stderr, "kept %s\n", m_path.c_str());
        return;
    }
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

bool createDatabase(const std::filesystem::path& db)
{
    auto log = spdlog::stderr_logger_mt("reliability");
    log->set_level(spdlog::level::warn);
    spdlog::set_default_logger(log);

    domain::SystemClock clock;
    domain::User user;
    user.name = "reliability test";
    user.role = domain::Role::Manager;
    auto ws = services::Workspace::open(db, services::OpenMode::CreateIfMissing, clock, user);
    if (!ws) {
        std::fprintf(stderr, "cannot create %s: %s\n", db.c_str(), ws.error().describe().c_str());
        return false;
    }
    domain::Site site;
    site.code = std::string(kSiteCode);
    site.name = "可靠性测试小区";
    site.timeZone = "Asia/Shanghai";
    if (auto added = (*ws)->sites().add(site); !added) {
        std::fprintf(stderr, "cannot add site %s: %s\n", site.code.c_str(), added.error().describe().c_str());
        return false;
    }
    return true;
}

std::optional<std::string> option(int argc, char** argv, std::string_view name, const char* env)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (argv[i] == name) {
            return argv[i + 1];
        }
    }
    if (env) {
        if (const char* value = std::getenv(env); value && *value) {
            return value;
        }
    }
    return std::nullopt;
}

bool flag(int argc, char** argv, std::string_view name)
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i] == name) {
            return true;
        }
    }
    return false;
}

std::uint64_t numberOption(int argc, char** argv, std::string_view name, const char* env, std::uint64_t fallback)
{
    const auto text = option(argc, argv, name, env);
    return text ? std::stoull(*text) : fallback;
}

} // namespace propdesk::reliability
