// The crash test: a child (crashchild.cpp) writes work orders and CSV batches to a database through the
// services; this driver kills it with SIGKILL after a random few to few hundred milliseconds, checks the
// database (ledger.h: intact, everything reported committed is there, nothing is there in part), and
// starts the child again on the same file, which must open it and carry on. See docs/reliability.md.
//
//   propdesk_crashtest [--kills N] [--seed N] [--min-ms A] [--max-ms B] [--child PATH] [--keep]
//   propdesk_crashtest --break split-batch     the checker's own test: must catch a batch split in two
//
// --kills and --seed default to $PROPDESK_CRASH_KILLS (else 60) and $PROPDESK_CRASH_SEED (else random);
// the seed is printed so that a failure can be replayed (the kill times, not the scheduler, repeat).

#include "childprocess.h"
#include "driversupport.h"
#include "ledger.h"

#include <fmt/format.h>

#include <signal.h>

#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <sys/wait.h>
#include <vector>

using namespace propdesk::reliability;

namespace {

// Passes the lines a child printed to the ledger; false on a line that is not a report.
bool take(ChildProcess& child, Ledger& ledger, std::size_t& lines)
{
    for (const auto& line : child.takeLines()) {
        std::string error;
        if (!ledger.record(line, error)) {
            std::fprintf(stderr, "FAILED: the child printed %s\n", error.c_str());
            return false;
        }
        ++lines;
    }
    return true;
}

void printProblems(const CheckResult& check)
{
    const std::size_t shown = std::min<std::size_t>(check.problems.size(), 20);
    for (std::size_t i = 0; i < shown; ++i) {
        std::fprintf(stderr, "  %s\n", check.problems[i].c_str());
    }
    if (shown < check.problems.size()) {
        std::fprintf(stderr, "  … and %zu more\n", check.problems.size() - shown);
    }
}

// The checker's own test: a child that commits half a batch and crashes must be caught.
int splitBatchSelfTest(const std::string& childPath, const std::filesystem::path& db, std::uint64_t seed)
{
    Ledger ledger;
    ChildProcess child(childPath,
                       {db.string(), "--tag", "split", "--seed", std::to_string(seed), "--break", "split-batch"});
    child.readFor(std::chrono::seconds(60));
    child.kill();
    const int status = child.wait();
    child.readToEnd();
    std::size_t lines = 0;
    if (!take(child, ledger, lines)) {
        return 1;
    }
    const auto check = checkDatabase(db, ledger, Strictness::AfterKill);
    for (const auto& p : check.problems) {
        if (p.starts_with("partial batch")) {
            std::printf("split batch caught after %zu reported transactions (child %s): %s\n", lines,
                        describeStatus(status).c_str(), p.c_str());
            return 0;
        }
    }
    std::fprintf(stderr, "FAILED: the checker did not notice a batch committed in two halves (%zu problems)\n",
                 check.problems.size());
    printProblems(check);
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    const auto kills = numberOption(argc, argv, "--kills", "PROPDESK_CRASH_KILLS", 60);
    const auto seed = numberOption(argc, argv, "--seed", "PROPDESK_CRASH_SEED", std::random_device{}());
    const auto minMs = numberOption(argc, argv, "--min-ms", nullptr, 5);
    const auto maxMs = numberOption(argc, argv, "--max-ms", nullptr, 300);
    const auto childPath = option(argc, argv, "--child").value_or(PROPDESK_CRASHCHILD);

    ScratchDir dir("propdesk-crash");
    if (flag(argc, argv, "--keep")) {
        dir.keep();
    }
    const auto db = dir.path() / "crash.db";
    if (!createDatabase(db)) {
        return 1;
    }
    if (option(argc, argv, "--break") == "split-batch") {
        std::printf("crash test: the checker's own test, seed %llu\n", static_cast<unsigned long long>(seed));
        return splitBatchSelfTest(childPath, db, seed);
    }
    std::printf("crash test: seed %llu, %llu kills after %llu–%llu ms (replay with --seed %llu)\n",
                static_cast<unsigned long long>(seed), static_cast<unsigned long long>(kills),
                static_cast<unsigned long long>(minMs), static_cast<unsigned long long>(maxMs),
                static_cast<unsigned long long>(seed));
    std::fflush(stdout);

    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::uint64_t> delay(minMs, maxMs);
    Ledger ledger;
    std::size_t quietRuns = 0;    // killed before it reported anything
    std::size_t unreported = 0;   // committed in the last moment before a kill, never reported
    std::size_t checkedTotal = 0; // orders looked at, over all checks
    std::size_t lastOrders = 0;
    const auto started = std::chrono::steady_clock::now();
    for (std::uint64_t kill = 1; kill <= kills; ++kill) {
        const auto tag = fmt::format("r{}", kill);
        const auto wait = std::chrono::milliseconds(delay(rng));
        ChildProcess child(childPath, {db.string(), "--tag", tag, "--seed", std::to_string(rng())});
        child.readFor(wait);
        const bool endedEarly = child.outputClosed();
        child.kill();
        const int status = child.wait();
        child.readToEnd();
        std::size_t lines = 0;
        if (!take(child, ledger, lines)) {
            dir.keep();
            return 1;
        }
        if (endedEarly || !WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL) {
            std::fprintf(stderr, "FAILED: run %s %s before it was killed (seed %llu)\n", tag.c_str(),
                         describeStatus(status).c_str(), static_cast<unsigned long long>(seed));
            dir.keep();
            return 1;
        }
        quietRuns += lines == 0 ? 1 : 0;
        const auto check = checkDatabase(db, ledger, Strictness::AfterKill);
        if (!check.problems.empty()) {
            std::fprintf(stderr, "FAILED after kill %llu (run %s, killed at %lld ms, seed %llu):\n",
                         static_cast<unsigned long long>(kill), tag.c_str(), static_cast<long long>(wait.count()),
                         static_cast<unsigned long long>(seed));
            printProblems(check);
            dir.keep();
            return 1;
        }
        unreported = check.unreported;
        checkedTotal += check.orders;
        lastOrders = check.orders;
    }
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("crash test: %llu kills survived, %zu transactions checked (%zu orders logged, %zu use cases "
                "moving them on, %zu CSV batches of %zu rows in all); %zu more found committed whole that the "
                "child had not reported yet when the kill came; %zu runs killed before their first commit; %zu "
                "orders in the database, %zu order checks in all; %.1f s; seed %llu\n",
                static_cast<unsigned long long>(kills), ledger.transactions(), ledger.orders(), ledger.events(),
                ledger.batches(), ledger.batchRows(), unreported, quietRuns, lastOrders, checkedTotal, seconds,
                static_cast<unsigned long long>(seed));
    return 0;
}
