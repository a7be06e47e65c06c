#pragma once

// A child process whose stdout the parent reads line by line, and which the parent may kill at any moment.

#include <chrono>
#include <string>
#include <sys/types.h>
#include <vector>

namespace propdesk::reliability {

class ChildProcess
{
public:
    // Starts `program` with `args`; its stdout comes to this object, its stderr is the parent's.
    ChildProcess(const std::string& program, const std::vector<std::string>& args);
    ~ChildProcess(); // kills and reaps a child still running
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // Reads what the child prints for `duration`, or until it closes its stdout (exits).
    void readFor(std::chrono::milliseconds duration);
    // Reads until the child closes its stdout.
    void readToEnd() { readFor(std::chrono::milliseconds::max()); }
    void kill();
    // Waits for the child to end; the raw status of waitpid(2).
    int wait();

    // Whole lines read so far and not yet taken. A last line without its newline is not a line.
    std::vector<std::string> takeLines();
    bool outputClosed() const { return m_fd < 0; }

private:
    pid_t m_pid = -1;
    int m_fd = -1;
    std::string m_buffer;
    std::vector<std::string> m_lines;
};

// "exited with status 1", "killed by signal 9".
std::string describeStatus(int status);

} // namespace propdesk::reliability
