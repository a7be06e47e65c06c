// The child of the crash and concurrency tests. On an existing database it writes work orders through
// the services as fast as it can: orders logged at the desk and moved on one use case at a time, and
// small CSV batches imported all or nothing. After each transaction the services report as committed it
// prints one line (workload.h) and flushes it, so that whoever kills it knows what must have survived.
//
//   propdesk_crashchild DB --tag TAG --seed N [--seconds S] [--auto-codes] [--break split-batch]
//
// Without --seconds it runs until it is killed. --auto-codes lets the desk number the orders
// (YYYYMMDD-NNN, the concurrency test); otherwise an order's code is its "TAG-N". --break split-batch
// commits the first batch of several rows as two transactions and kills itself in between: the checker's
// own test.

#include "domain/clock.h"
#include "services/workspace.h"
#include "workload.h"

#include <fmt/format.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace propdesk;
using reliability::kRowShapes;

struct Options
{
    std::string db;
    std::string tag;
    std::uint64_t seed = 1;
    std::optional<int> seconds;
    bool autoCodes = false;
    bool splitBatch = false;
};

[[noreturn]] void die(std::string_view what)
{
    std::fprintf(stderr, "propdesk_crashchild: %.*s\n", static_cast<int>(what.size()), what.data());
    std::exit(1);
}

Options parse(int argc, char** argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                die(fmt::format("{} needs a value", arg));
            }
            return argv[++i];
        };
        if (arg == "--tag") {
            o.tag = value();
        } else if (arg == "--seed") {
            o.seed = std::stoull(value());
        } else if (arg == "--seconds") {
            o.seconds = std::stoi(value());
        } else if (arg == "--auto-codes") {
            o.autoCodes = true;
        } else if (arg == "--break") {
            if (value() != "split-batch") {
                die("--break takes split-batch");
            }
            o.splitBatch = true;
        } else if (o.db.empty() && !arg.starts_with("-")) {
            o.db = std::string(arg);
        } else {
            die(fmt::format("unknown argument {}", arg));
        }
    }
    if (o.db.empty() || o.tag.empty()) {
        die("usage: propdesk_crashchild DB --tag TAG --seed N [--seconds S] [--auto-codes] [--break split-batch]");
    }
    return o;
}

// One line, in one write(2): a kill cannot leave half of it in the pipe.
void report(const std::string& line)
{
    const std::string out = std::string(reliability::kCommitted) + line + "\n";
    std::size_t done = 0;
    while (done < out.size()) {
        const auto n = ::write(STDOUT_FILENO, out.data() + done, out.size() - done);
        if (n < 0) {
            die("cannot write to stdout");
        }
        done += static_cast<std::size_t>(n);
    }
}

template <typename T>
T check(domain::Result<T> result, std::string_view what)
{
    if (!result) {
        die(fmt::format("{}: {}", what, result.error().describe()));
    }
    return std::move(*result);
}

// A batch of `shapes.size()` rows, each row's history given by its shape (workload.h).
std::string batchCsv(const std::string& marker, const std::vector<std::size_t>& shapes)
{
    std::string csv = "id,site,location,category,urgency,reported_at,arrived_at,completed_at,revisited_at,holds,"
                      "satisfaction,description\n";
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        const auto shape = shapes[i];
        const auto description = fmt::format("batch={} rows={} shape={}", marker, shapes.size(), shape);
        const auto location = fmt::format("{}-{}-{}", 1 + i % 9, 1 + i % 3, 101 + i);
        std::string times;
        switch (shape) {
        case 0:
            times = ",,,,";
            break;
        case 1:
            times = "2025-03-03 09:30,,,,";
            break;
        case 2:
            times = "2025-03-03 09:30,2025-03-03 10:00,,,";
            break;
        default:
            times = "2025-03-03 09:30,2025-03-03 10:00,2025-03-04 10:00,2025-03-03 09:10/2025-03-03 09:20,5";
            break;
        }
        csv += fmt::format("{}-{},{},{},plumbing,normal,2025-03-03 09:00,{},{}\n", marker, i, reliability::kSiteCode,
                           location, times, description);
    }
    return csv;
}

struct DeskOrder
{
    domain::WorkOrderId id;
    std::string code;
    std::size_t events = 1;
};

} // namespace

int main(int argc, char** argv)
{
    const auto options = parse(argc, argv);
    // The services log through spdlog; stdout belongs to the report lines.
    auto log = spdlog::stderr_logger_mt("crashchild");
    log->set_level(spdlog::level::warn);
    spdlog::set_default_logger(log);

    domain::SystemClock clock;
    domain::User user;
    user.name = "crashchild " + options.tag;
    user.role = domain::Role::Manager; // may log, move on and import orders
    auto ws = check(services::Workspace::open(options.db, services::OpenMode::OpenExisting, clock, user), "open");
    std::mt19937_64 rng(options.seed);
    const auto roll = [&](int n) {
        return static_cast<int>(rng() % static_cast<std::uint64_t>(n));
    };
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(options.seconds.value_or(0));
    std::vector<DeskOrder> open;
    const std::string siteCode(reliability::kSiteCode);

    for (int n = 1; !options.seconds || std::chrono::steady_clock::now() < deadline; ++n) {
        const auto id = fmt::format("{}-{}", options.tag, n);
        const int pick = roll(100);
        if (pick < 40) {
            services::NewWorkOrder request;
            request.siteCode = siteCode;
            request.location = fmt::format("{}-{}-{}", 1 + roll(12), 1 + roll(4), 101 + roll(3000));
            request.category = domain::Category::Plumbing;
            request.reporter = "张女士";
            request.phone = "138 0013 8000";
            request.description = "order=" + id;
            if (!options.autoCodes) {
                request.code = id;
            }
            auto order = check(ws->workOrders().log(request), "log " + id);
            report(fmt::format("order {} {}", order.header.code, id));
            open.push_back({order.header.id, order.header.code});
        } else if (pick < 70 && !open.empty()) {
            const auto which = static_cast<std::size_t>(roll(static_cast<int>(open.size())));
            auto& order = open[which];
            auto& service = ws->workOrders();
            const auto what = fmt::format("move {} on", order.code);
            switch (order.events) {
            case 1:
                check(service.dispatch(order.id, "王师傅"), what);
                break;
            case 2:
                check(service.arrive(order.id), what);
                break;
            default:
                check(service.complete(order.id, "换了阀门"), what);
                break;
            }
            ++order.events;
            report(fmt::format("event {} {}", order.code, order.events));
            if (order.events == reliability::kDeskSequence.size()) {
                open.erase(open.begin() + static_cast<std::ptrdiff_t>(which));
            }
        } else {
            std::vector<std::size_t> shapes(static_cast<std::size_t>(1 + roll(6)));
            for (auto& s : shapes) {
                s = static_cast<std::size_t>(roll(static_cast<int>(kRowShapes.size())));
            }
            auto& csv = ws->workOrderCsv();
            auto plan = check(csv.prepare(batchCsv(id, shapes), id + ".csv", std::nullopt), "prepare " + id);
            if (!plan.importable() || !plan.rejected.empty()) {
                const auto messages = plan.messages();
                die(fmt::format("batch {} refused: {}", id, messages.empty() ? "?" : messages.front()));
            }
            if (options.splitBatch && shapes.size() > 1) {
                // The deliberate bug: half the batch in its own transaction, then a crash.
                auto half = plan;
                half.valid.resize(plan.valid.size() / 2);
                check(csv.commit(half), "commit half of " + id);
                ::raise(SIGKILL);
            }
            const auto written = check(csv.commit(plan), "commit " + id);
            if (written != shapes.size()) {
                die(fmt::format("batch {}: {} of {} rows written", id, written, shapes.size()));
            }
            report(fmt::format("batch {} {}", id, shapes.size()));
        }
    }
    return 0;
}
