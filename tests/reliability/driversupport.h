#pragma once

// What the crash and concurrency drivers share: a scratch folder, the database they start from, options.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace propdesk::reliability {

// A fresh folder under the system temp folder; removed at the end unless kept (after a failure, for the
// post-mortem).
class ScratchDir
{
public:
    explicit ScratchDir(std::string_view prefix);
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    void keep() { m_keep = true; }

private:
    std::filesystem::path m_path;
    bool m_keep = false;
};

// Creates the database with the site the children write to (workload.h). Sends the services' log to
// stderr, warnings and up. False, with a message on stderr, on failure.
bool createDatabase(const std::filesystem::path& db);

// The value of option `name` ("--kills") in argv, else of environment variable `env`, else none.
std::optional<std::string> option(int argc, char** argv, std::string_view name, const char* env = nullptr);
bool flag(int argc, char** argv, std::string_view name);
std::uint64_t numberOption(int argc, char** argv, std::string_view name, const char* env, std::uint64_t fallback);

} // namespace propdesk::reliability
