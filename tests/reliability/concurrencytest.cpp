// The concurrency test: several children (crashchild.cpp) write to the same database file at once for a
// while, logging orders the desk numbers itself, moving them on and importing CSV batches. None may see an
// error (the storage queues writers: WAL, BEGIN IMMEDIATE, a 10 s busy timeout), and afterwards the
// database must hold exactly what they reported as committed. See docs/reliability.md.
//
//   propdesk_concurrencytest [--seconds S] [--processes P] [--seed N] [--child PATH] [--keep]
//
// --seconds and --seed default to $PROPDESK_CONCURRENCY_SECONDS (else 12) and $PROPDESK_CONCURRENCY_SEED
// (else random); --processes to 2. The seed picks what the children write, not how the scheduler interleaves.

#include "childprocess.h"
#include "driversupport.h"
#include "ledger.h"

#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <random>
#include <string>
#include <sys/wait.h>
#include <vector>

using namespace propdesk::reliability;

int main(int argc, char** argv)
{
    const auto seconds = numberOption(argc, argv, "--seconds", "PROPDESK_CONCURRENCY_SECONDS", 12);
    const auto processes = numberOption(argc, argv, "--processes", nullptr, 2);
    const auto seed = numberOption(argc, argv, "--seed", "PROPDESK_CONCURRENCY_SEED", std::random_device{}());
    const auto childPath = option(argc, argv, "--child").value_or(PROPDESK_CRASHCHILD);
    std::printf("concurrency test: %llu processes for %llu s, seed %llu\n", static_cast<unsigned long long>(processes),
                static_cast<unsigned long long>(seconds), static_cast<unsigned long long>(seed));
    std::fflush(stdout);

    ScratchDir dir("propdesk-concurrency");
    if (flag(argc, argv, "--keep")) {
        dir.keep();
    }
    const auto db = dir.path() / "concurrency.db";
    if (!createDatabase(db)) {
        return 1;
    }
    std::mt19937_64 rng(seed);
    std::vector<std::unique_ptr<ChildProcess>> children;
    std::vector<std::string> tags;
    for (std::uint64_t i = 0; i < processes; ++i) {
        tags.push_back(fmt::format("p{}", static_cast<char>('A' + i)));
        children.push_back(std::make_unique<ChildProcess>(
            childPath, std::vector<std::string>{db.string(), "--tag", tags.back(), "--seed", std::to_string(rng()),
                                                "--seconds", std::to_string(seconds), "--auto-codes"}));
    }

    Ledger ledger;
    std::vector<std::size_t> reported(children.size());
    bool ok = true;
    const auto started = std::chrono::steady_clock::now();
    for (bool running = true; running;) {
        running = false;
        for (std::size_t i = 0; i < children.size(); ++i) {
            auto& child = *children[i];
            if (child.outputClosed()) {
                continue;
            }
            running = true;
            child.readFor(std::chrono::milliseconds(20));
            for (const auto& line : child.takeLines()) {
                std::string error;
                if (!ledger.record(line, error)) {
                    std::fprintf(stderr, "FAILED: process %s printed %s\n", tags[i].c_str(), error.c_str());
                    ok = false;
                }
                ++reported[i];
            }
        }
    }
    const auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    for (std::size_t i = 0; i < children.size(); ++i) {
        const int status = children[i]->wait();
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::fprintf(stderr, "FAILED: process %s %s\n", tags[i].c_str(), describeStatus(status).c_str());
            ok = false;
        } else if (reported[i] == 0) {
            std::fprintf(stderr, "FAILED: process %s committed nothing\n", tags[i].c_str());
            ok = false;
        }
    }
    const auto check = checkDatabase(db, ledger, Strictness::Exact);
    for (const auto& p : check.problems) {
        std::fprintf(stderr, "  %s\n", p.c_str());
    }
    if (!ok || !check.problems.empty()) {
        std::fprintf(stderr, "FAILED (seed %llu)\n", static_cast<unsigned long long>(seed));
        dir.keep();
        return 1;
    }
    std::string perProcess;
    for (std::size_t i = 0; i < children.size(); ++i) {
        perProcess += fmt::format("{}{} {}", i ? ", " : "", tags[i], reported[i]);
    }
    std::printf("concurrency test: %zu processes wrote for %.1f s with no error; %zu transactions (%s): %zu orders "
                "logged, %zu use cases moving them on, %zu CSV batches of %zu rows; the database holds exactly "
                "those %zu orders\n",
                children.size(), elapsed, ledger.transactions(), perProcess.c_str(), ledger.orders(), ledger.events(),
                ledger.batches(), ledger.batchRows(), check.orders);
    return 0;
}
