#pragma once

#include "tempdir.h"

#include <filesystem>
#include <string>
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
    // Writes a file into the temporary folder and returns its path.
    std::string write(const std::string& name, const std::string& contents) const;
    std::string read(const std::string& name) const;
    std::string db() const { return m_dir.file("propdesk.db").string(); }
    std::string path(const std::string& name) const { return m_dir.file(name).string(); }

private:
    TempDir m_dir;
};

} // namespace propdesk::tests
