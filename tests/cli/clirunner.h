#pragma once

#include "tempdir.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace propdesk::tests {

struct CliResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs propdesk-cli with a database in its own temporary folder.
class CliRunner
{
public:
    CliResult run(const std::vector<std::string>& args) const;
    // Environment variables for one run, e.g. {"PROPDESK_PASSWORD", "…"}.
    using Environment = std::vector<std::pair<std::string, std::string>>;
    // Runs with `env` set and PROPDESK_PASSWORD / PROPDESK_NEW_PASSWORD otherwise unset, in a session of
    // its own: with no terminal to ask at, a missing password fails at once instead of waiting for input.
    CliResult run(const std::vector<std::string>& args, const Environment& env) const;
    // Writes a file into the temporary folder and returns its path.
    std::string write(const std::string& name, const std::string& contents) const;
    std::string read(const std::string& name) const;
    std::string db() const { return m_dir.file("propdesk.db").string(); }
    std::string path(const std::string& name) const { return m_dir.file(name).string(); }

private:
    CliResult execute(const std::string& prefix, const std::vector<std::string>& args) const;

    TempDir m_dir;
};

} // namespace propdesk::tests
