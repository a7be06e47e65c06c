#include "clirunner.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace propdesk::tests {

namespace {

std::string quote(const std::string& s)
{
    std::string out = "'";
    for (const char c : s) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

} // namespace

CliResult CliRunner::run(const std::vector<std::string>& args) const
{
    return execute("", args);
}

CliResult CliRunner::run(const std::vector<std::string>& args, const Environment& env) const
{
    std::string prefix = "setsid -w env -u PROPDESK_PASSWORD -u PROPDESK_NEW_PASSWORD";
    for (const auto& [name, value] : env) {
        prefix += " " + quote(name + "=" + value);
    }
    return execute(prefix + " ", args);
}

CliResult CliRunner::execute(const std::string& prefix, const std::vector<std::string>& args) const
{
    std::string command = quote(PROPDESK_CLI) + " --db " + quote(db());
    for (const auto& a : args) {
        command += " " + quote(a);
    }
    const auto outFile = m_dir.file("stdout.txt").string();
    const auto errFile = m_dir.file("stderr.txt").string();
    // Logs go to the temporary folder, not to the user's data folder.
    command = "XDG_DATA_HOME=" + quote(m_dir.path().string()) + " " + prefix + command + " >" + quote(outFile) + " 2>" +
              quote(errFile);
    const int status = std::system(command.c_str());
    CliResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read("stdout.txt");
    r.err = read("stderr.txt");
    return r;
}

std::string CliRunner::write(const std::string& name, const std::string& contents) const
{
    std::ofstream(m_dir.file(name), std::ios::binary) << contents;
    return m_dir.file(name).string();
}

std::string CliRunner::read(const std::string& name) const
{
    std::ifstream in(m_dir.file(name), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace propdesk::tests
