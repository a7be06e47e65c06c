// PropDesk benchmarks (docs/performance.md): CSV import of 100,000 work orders, the monthly KPI on a
// database of 1,000,000 orders against a plain SQL GROUP BY over the same rows, and optionally the import
// of the converted Boston 311 file (PROPDESK_BENCH_BOSTON_CSV=FILE.csv).
//
// The 1,000,000-order database is built once (through WorkOrderCsv, one month per transaction) and kept
// in $PROPDESK_BENCH_DIR (default: the system temp folder)/propdesk-bench/ for the next run.
// The monthly KPI report (BM_*5y) runs on a database of five years of a large site, built and cached the
// same way (report-5y-v1-1826d.db).
//
//   build/<dir>/bench/propdesk_bench [--benchmark_filter=…] [--benchmark_format=json]

#include "domain/timezone.h"
#include "reports/monthlyreport.h"
#include "services/demodata.h"
#include "services/logging.h"
#include "services/workspace.h"
#include "synthetic.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <string_view>
#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace propdesk;
using Stopwatch = std::chrono::steady_clock;

namespace {

class FixedClock final : public domain::Clock
{
public:
    explicit FixedClock(domain::Instant t) : m_t(t) {}
    domain::Instant now() const override { return m_t; }

private:
    domain::Instant m_t;
};

const domain::User kUser{"bench", domain::Role::Manager};
// "Now" for every workspace: after the last synthetic order.
const FixedClock kClock{date::sys_days{date::year{2025} / 3 / 1}};

double seconds(Stopwatch::duration d)
{
    return std::chrono::duration<double>(d).count();
}

fs::path benchDir()
{
    const char* dir = std::getenv("PROPDESK_BENCH_DIR");
    const fs::path base = dir && *dir ? fs::path(dir) : fs::temp_directory_path();
    return base / "propdesk-bench";
}

void removeDb(const fs::path& db)
{
    for (const auto* suffix : {"", "-wal", "-shm", "-journal"}) {
        fs::remove(db.string() + suffix);
    }
}

// Gives freed memory back to the system, so that a benchmark does not run faster or slower because of
// what ran before it in this process (the KPI's large vectors either reuse pages or fault them in anew).
void freshHeap()
{
    malloc_trim(0);
}

[[noreturn]] void die(const std::string& what)
{
    std::cerr << "propdesk_bench: " << what << "\n";
    std::exit(3);
}

std::unique_ptr<services::Workspace> openWorkspace(const fs::path& db)
{
    auto ws = services::Workspace::open(db, services::OpenMode::CreateIfMissing, kClock, kUser);
    if (!ws) {
        die(fmt::format("cannot open {}: {}", db.string(), ws.error().describe()));
    }
    return std::move(*ws);
}

void addSite(services::Workspace& ws, const std::string& code, const std::string& zone, domain::CalendarKind calendar)
{
    domain::Site site;
    site.code = code;
    site.name = code;
    site.timeZone = zone;
    site.calendar = calendar;
    if (auto added = ws.sites().add(site); !added) {
        die(fmt::format("cannot add site {}: {}", code, added.error().describe()));
    }
}

struct ImportTimes
{
    std::size_t written = 0;
    std::size_t rejected = 0;
    double prepare = 0;
    double commit = 0;
};

// prepare + commit of one CSV text; the rejected rows are left out (as with --skip-invalid).
ImportTimes importCsv(services::Workspace& ws, const std::string& csv, const std::string& name)
{
    ImportTimes times;
    const auto t0 = Stopwatch::now();
    auto plan = ws.workOrderCsv().prepare(csv, name, std::nullopt);
    const auto t1 = Stopwatch::now();
    if (!plan) {
        die(fmt::format("{}: {}", name, plan.error().describe()));
    }
    if (!plan->importable()) {
        die(fmt::format("{}: {}", name, plan->messages().front()));
    }
    auto written = ws.workOrderCsv().commit(*plan);
    const auto t2 = Stopwatch::now();
    if (!written) {
        die(fmt::format("{}: {}", name, written.error().describe()));
    }
    times.written = *written;
    times.rejected = plan->rejected.size();
    times.prepare = seconds(t1 - t0);
    times.commit = seconds(t2 - t1);
    if (times.rejected > 0 && name.starts_with("synthetic")) {
        die(fmt::format("{}: a synthetic row was rejected: {}", name, plan->messages().front()));
    }
    return times;
}

// --- (a) import of 100,000 orders -----------------------------------------------------------------------

constexpr long kImportOrders = 100'000;

const std::string& importData(bench::SyntheticStats* stats = nullptr)
{
    static bench::SyntheticStats s;
    static const std::string csv = [] {
        bench::SyntheticSpec spec;
        spec.site = "IMP";
        spec.first = date::year{2024} / date::month{1};
        spec.months = 5; // 20,000 a month
        spec.orders = kImportOrders;
        spec.seed = 2024;
        return bench::syntheticWorkOrderCsv(spec, &s);
    }();
    if (stats) {
        *stats = s;
    }
    return csv;
}

void BM_Import100k(benchmark::State& state)
{
    freshHeap();
    bench::SyntheticStats stats;
    const auto& csv = importData(&stats);
    const auto db = benchDir() / "import-100k.db";
    fs::create_directories(db.parent_path());
    double prepare = 0;
    double commit = 0;
    double close = 0;
    for (auto _ : state) {
        state.PauseTiming();
        removeDb(db);
        auto ws = openWorkspace(db);
        addSite(*ws, "IMP", "Asia/Shanghai", domain::CalendarKind::China);
        state.ResumeTiming();
        const auto t = importCsv(*ws, csv, "synthetic-100k.csv");
        state.PauseTiming();
        const auto c0 = Stopwatch::now();
        ws.reset(); // closes the database: the WAL checkpoint
        close += seconds(Stopwatch::now() - c0);
        if (t.written != static_cast<std::size_t>(kImportOrders)) {
            state.SkipWithError("not every order was written");
        }
        prepare += t.prepare;
        commit += t.commit;
        state.ResumeTiming();
    }
    removeDb(db);
    const auto n = static_cast<double>(state.iterations());
    state.counters["prepare_s"] = prepare / n;
    state.counters["commit_s"] = commit / n;
    state.counters["close_s"] = close / n;
    state.counters["orders"] = static_cast<double>(kImportOrders);
    state.counters["csv_MB"] = static_cast<double>(csv.size()) / 1e6;
    state.counters["orders_per_s"] =
        benchmark::Counter(static_cast<double>(kImportOrders) * n, benchmark::Counter::kIsRate);
    state.counters["with_holds"] = static_cast<double>(stats.withHolds);
    state.counters["revisited"] = static_cast<double>(stats.revisited);
    state.counters["reworks"] = static_cast<double>(stats.reworks);
    state.counters["cancelled"] = static_cast<double>(stats.cancelled);
    state.counters["completed"] = static_cast<double>(stats.completed);
    state.counters["rated"] = static_cast<double>(stats.rated);
    state.counters["with_due_at"] = static_cast<double>(stats.withDueAt);
    state.counters["open_holds"] = static_cast<double>(stats.openHolds);
}

// --- (b) KPI on 1,000,000 orders ------------------------------------------------------------------------

constexpr long kBigOrders = 1'000'000;
constexpr int kBigMonths = 48; // 2021-01 … 2024-12, one site: about 20,800 orders a month
const std::string kBigSite = "BIG";
const date::year_month kKpiMonth = date::year{2024} / date::month{6};
const domain::Instant kKpiAsOf = date::sys_days{date::year{2024} / 7 / 5} - std::chrono::hours{8}; // 5 Jul 00:00 +08:00

fs::path bigDbPath()
{
    return benchDir() / "kpi-1m-v1.db";
}

// Builds the database unless a finished one is cached; a half-built one is never kept.
void ensureBigDb()
{
    const auto db = bigDbPath();
    if (fs::exists(db)) {
        return;
    }
    fs::create_directories(db.parent_path());
    const auto building = fs::path(db.string() + ".building");
    removeDb(building);
    std::cerr << fmt::format("propdesk_bench: building {} ({} orders, {} months; cached for later runs)\n", db.string(),
                             kBigOrders, kBigMonths);
    const auto start = Stopwatch::now();
    ImportTimes total;
    {
        auto ws = openWorkspace(building);
        addSite(*ws, kBigSite, "Asia/Shanghai", domain::CalendarKind::China);
        long number = 1;
        for (int m = 0; m < kBigMonths; ++m) {
            bench::SyntheticSpec spec;
            spec.site = kBigSite;
            spec.first = date::year{2021} / date::month{1} + date::months{m};
            spec.months = 1;
            spec.orders = kBigOrders * (m + 1) / kBigMonths - kBigOrders * m / kBigMonths;
            spec.firstNumber = number;
            spec.seed = 1000 + static_cast<std::uint64_t>(m);
            number += spec.orders;
            const auto t = importCsv(*ws, bench::syntheticWorkOrderCsv(spec), fmt::format("synthetic-{}.csv", m));
            total.written += t.written;
            total.prepare += t.prepare;
            total.commit += t.commit;
        }
    }
    fs::rename(building, db);
    std::cerr << fmt::format("propdesk_bench: built {} orders in {:.1f} s (prepare {:.1f} s, commit {:.1f} s), "
                             "{:.0f} MB\n",
                             total.written, seconds(Stopwatch::now() - start), total.prepare, total.commit,
                             static_cast<double>(fs::file_size(db)) / 1e6);
}

double g_firstKpiSeconds = 0; // the first KPI call after opening the database

// Builds the database in a child process: a million imported orders leave this process's heap in a state
// (glibc's raised mmap threshold, memory already faulted in) that makes the KPI runs after it some 2.5×
// faster than in a fresh process such as propdesk-cli. The benchmarks measure the fresh process.
void ensureBigDbInChild()
{
    if (fs::exists(bigDbPath())) {
        return;
    }
    std::cout.flush();
    std::cerr.flush();
    const pid_t pid = fork();
    if (pid < 0) {
        die("fork failed");
    }
    if (pid == 0) {
        ensureBigDb();
        spdlog::shutdown();
        std::cerr.flush();
        std::_Exit(0);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0 || !fs::exists(bigDbPath())) {
        die("building the 1,000,000-order database failed");
    }
}

services::Workspace& bigWorkspace()
{
    static std::unique_ptr<services::Workspace> ws = [] {
        ensureBigDbInChild();
        auto opened = openWorkspace(bigDbPath());
        const auto t0 = Stopwatch::now();
        if (auto first = opened->kpis().workOrderKpis(kBigSite, kKpiMonth, kKpiAsOf); !first) {
            die(fmt::format("kpi: {}", first.error().describe()));
        }
        g_firstKpiSeconds = seconds(Stopwatch::now() - t0);
        return opened;
    }();
    return *ws;
}

// The month's bounds as the KPI service computes them (site local midnight).
std::pair<std::int64_t, std::int64_t> kpiMonthBounds()
{
    const auto zone = domain::TimeZone::find("Asia/Shanghai");
    if (!zone) {
        die("no Asia/Shanghai time zone");
    }
    return {domain::epochSeconds(zone->startOfDay(kKpiMonth / date::day{1})),
            domain::epochSeconds(zone->startOfDay((kKpiMonth + date::months{1}) / date::day{1}))};
}

void BM_Kpi1M(benchmark::State& state)
{
    auto& ws = bigWorkspace();
    freshHeap();
    std::int64_t population = 0;
    for (auto _ : state) {
        auto report = ws.kpis().workOrderKpis(kBigSite, kKpiMonth, kKpiAsOf);
        if (!report) {
            state.SkipWithError(report.error().describe().c_str());
            break;
        }
        population = report->result.population;
        benchmark::DoNotOptimize(report);
    }
    state.counters["population"] = static_cast<double>(population);
    state.counters["db_orders"] = static_cast<double>(kBigOrders);
    state.counters["first_call_ms"] = g_firstKpiSeconds * 1e3;
}

void BM_PlainSqlGroupBy1M(benchmark::State& state)
{
    bigWorkspace(); // builds the database if needed
    freshHeap();
    SQLite::Database db(bigDbPath().string(), SQLite::OPEN_READONLY);
    const auto [from, to] = kpiMonthBounds();
    std::int64_t rows = 0;
    for (auto _ : state) {
        SQLite::Statement q(db, "SELECT w.category, w.urgency, w.status, COUNT(*) FROM work_orders w "
                                "JOIN sites s ON s.id = w.site_id "
                                "WHERE s.code = ? AND w.reported_at >= ? AND w.reported_at < ? "
                                "GROUP BY w.category, w.urgency, w.status");
        q.bind(1, kBigSite);
        q.bind(2, from);
        q.bind(3, to);
        rows = 0;
        while (q.executeStep()) {
            rows += q.getColumn(3).getInt64();
        }
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = static_cast<double>(rows);
}

// Every column of the month's rows, read and dropped: what fetching costs before any evaluation.
void BM_PlainSqlFetchMonth1M(benchmark::State& state)
{
    bigWorkspace();
    freshHeap();
    SQLite::Database db(bigDbPath().string(), SQLite::OPEN_READONLY);
    const auto [from, to] = kpiMonthBounds();
    std::int64_t rows = 0;
    for (auto _ : state) {
        SQLite::Statement q(db, "SELECT w.* FROM work_orders w JOIN sites s ON s.id = w.site_id "
                                "WHERE s.code = ? AND w.reported_at >= ? AND w.reported_at < ? "
                                "ORDER BY w.reported_at, w.id");
        q.bind(1, kBigSite);
        q.bind(2, from);
        q.bind(3, to);
        rows = 0;
        std::size_t bytes = 0;
        while (q.executeStep()) {
            ++rows;
            for (int c = 0; c < q.getColumnCount(); ++c) {
                bytes += static_cast<std::size_t>(q.getColumn(c).getBytes());
            }
        }
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["rows"] = static_cast<double>(rows);
}

// --- Boston 311 (optional) ------------------------------------------------------------------------------

// --- (c) The desktop's lists on 1,000,000 orders ----------------------------------------------------------
// What the history page and the dispatch board ask the services for: the first page (200 rows) under a
// filter or a search, the capped count shown beside it, and the board of open orders.

constexpr int kHistoryPage = 200;
constexpr std::int64_t kCountCap = services::WorkOrderLists::kCountCap;

domain::WorkOrderFilter bigSiteFilter()
{
    domain::WorkOrderFilter filter;
    auto site = bigWorkspace().sites().get(kBigSite);
    if (!site) {
        die(site.error().describe());
    }
    filter.site = site->id;
    return filter;
}

void BM_HistoryPage1M(benchmark::State& state, const std::string& label, domain::WorkOrderFilter filter)
{
    auto& lists = bigWorkspace().workOrderLists();
    std::size_t rows = 0;
    std::int64_t counted = 0;
    for (auto _ : state) {
        auto page = lists.find(filter, std::nullopt, kHistoryPage);
        auto total = lists.count(filter, kCountCap);
        if (!page || !total) {
            state.SkipWithError("query failed");
            return;
        }
        rows = page->size();
        counted = *total;
        benchmark::DoNotOptimize(page->data());
    }
    state.SetLabel(label);
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["count"] = static_cast<double>(counted);
}

void BM_HistoryNextPage1M(benchmark::State& state)
{
    auto& lists = bigWorkspace().workOrderLists();
    const auto filter = bigSiteFilter();
    auto first = lists.find(filter, std::nullopt, kHistoryPage);
    if (!first || first->empty()) {
        state.SkipWithError("no first page");
        return;
    }
    // A page deep in the list: keyset paging costs the same at row 200 and at row 500,000.
    auto key = domain::WorkOrderPageKey{first->back().header.reportedAt, first->back().header.id};
    for (auto _ : state) {
        auto page = lists.find(filter, key, kHistoryPage);
        if (!page || page->empty()) {
            state.SkipWithError("no next page");
            return;
        }
        key = domain::WorkOrderPageKey{page->back().header.reportedAt, page->back().header.id};
        benchmark::DoNotOptimize(page->data());
    }
}

void BM_Board1M(benchmark::State& state)
{
    auto& lists = bigWorkspace().workOrderLists();
    std::size_t rows = 0;
    for (auto _ : state) {
        auto board = lists.board(kBigSite);
        if (!board) {
            state.SkipWithError("board failed");
            return;
        }
        rows = board->size();
        benchmark::DoNotOptimize(board->data());
    }
    state.counters["rows"] = static_cast<double>(rows);
}

void registerHistoryBenchmarks()
{
    const auto reg = [](const std::string& name, const std::string& label,
                        const std::function<void(domain::WorkOrderFilter&)>& change) {
        benchmark::RegisterBenchmark(name.c_str(),
                                     [label, change](benchmark::State& state) {
                                         auto filter = bigSiteFilter();
                                         change(filter);
                                         BM_HistoryPage1M(state, label, filter);
                                     })
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    };
    using domain::WorkOrderStatus;
    reg("BM_History1M/first_page", "site only", [](auto&) {});
    reg("BM_History1M/status_on_hold", "one rare status", [](auto& f) { f.statuses = {WorkOrderStatus::OnHold}; });
    reg("BM_History1M/status_open", "four open statuses", [](auto& f) {
        f.statuses = {WorkOrderStatus::Logged, WorkOrderStatus::Dispatched, WorkOrderStatus::InProgress,
                      WorkOrderStatus::OnHold};
    });
    reg("BM_History1M/category", "category plumbing", [](auto& f) { f.category = domain::Category::Plumbing; });
    reg("BM_History1M/technician", "one technician", [](auto& f) { f.technician = "张师傅"; });
    reg("BM_History1M/month", "one month", [](auto& f) {
        f.reportedFrom = date::sys_days{date::year{2024} / 6 / 1};
        f.reportedTo = date::sys_days{date::year{2024} / 7 / 1};
    });
    reg("BM_History1M/search_common", "search 漏水", [](auto& f) { f.text = "漏水"; });
    reg("BM_History1M/search_location", "search 1803", [](auto& f) { f.text = "1803"; });
    reg("BM_History1M/search_phone", "search 8000 7", [](auto& f) { f.text = "8000 7"; });
    reg("BM_History1M/search_none", "search xyzq (no match)", [](auto& f) { f.text = "xyzq"; });
    reg("BM_History1M/search_and_filter", "search 漏水 + category + month", [](auto& f) {
        f.text = "漏水";
        f.category = domain::Category::Plumbing;
        f.reportedFrom = date::sys_days{date::year{2024} / 6 / 1};
        f.reportedTo = date::sys_days{date::year{2024} / 7 / 1};
    });
    benchmark::RegisterBenchmark("BM_HistoryNextPage1M", BM_HistoryNextPage1M)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_Board1M", BM_Board1M)->Unit(benchmark::kMillisecond)->UseRealTime();
}

void BM_ImportBoston(benchmark::State& state, const std::string& file)
{
    freshHeap();
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
        state.SkipWithError("cannot read PROPDESK_BENCH_BOSTON_CSV");
        return;
    }
    const std::string csv = text.str();
    const auto db = benchDir() / "boston.db";
    fs::create_directories(db.parent_path());
    ImportTimes last;
    double prepare = 0;
    double commit = 0;
    for (auto _ : state) {
        state.PauseTiming();
        removeDb(db);
        auto ws = openWorkspace(db);
        addSite(*ws, "BOS", "America/New_York", domain::CalendarKind::None);
        state.ResumeTiming();
        last = importCsv(*ws, csv, file);
        state.PauseTiming();
        ws.reset();
        prepare += last.prepare;
        commit += last.commit;
        state.ResumeTiming();
    }
    removeDb(db);
    const auto n = static_cast<double>(state.iterations());
    state.counters["prepare_s"] = prepare / n;
    state.counters["commit_s"] = commit / n;
    state.counters["imported"] = static_cast<double>(last.written);
    state.counters["rejected"] = static_cast<double>(last.rejected);
}

// Reports the ratio once both times are known: a reporter sees every benchmark's result.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    using benchmark::ConsoleReporter::ConsoleReporter;
    void ReportRuns(const std::vector<Run>& runs) override
    {
        // Per-iteration time of each benchmark: the median with --benchmark_repetitions, else the run itself.
        for (const auto& run : runs) {
            const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
            if (run.error_occurred || (run.run_type != Run::RT_Iteration && !median)) {
                continue;
            }
            const auto name = run.run_name.function_name;
            const double perIteration = run.real_accumulated_time / static_cast<double>(run.iterations);
            double* slot = name == "BM_Kpi1M"                  ? &m_kpi
                           : name == "BM_PlainSqlGroupBy1M"    ? &m_sql
                           : name == "BM_PlainSqlFetchMonth1M" ? &m_fetch
                                                               : nullptr;
            if (slot && (median || !m_median[slot])) {
                *slot = perIteration;
                m_median[slot] = median;
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }
    void Finalize() override
    {
        ConsoleReporter::Finalize();
        if (m_kpi > 0 && m_sql > 0) {
            GetOutputStream() << fmt::format("kpi / plain SQL GROUP BY = {:.1f} ({:.1f} ms / {:.2f} ms)\n",
                                             m_kpi / m_sql, m_kpi * 1e3, m_sql * 1e3);
        }
        if (m_kpi > 0 && m_fetch > 0) {
            GetOutputStream() << fmt::format(
                "kpi / plain SQL fetch of the month's rows = {:.1f} ({:.1f} ms / {:.2f} ms)\n", m_kpi / m_fetch,
                m_kpi * 1e3, m_fetch * 1e3);
        }
    }

private:
    double m_kpi = 0;
    double m_sql = 0;
    double m_fetch = 0;
    std::map<const double*, bool> m_median;
};

} // namespace

// --- complaints: a year of a very busy site -------------------------------------------------------------

constexpr const char* kComplaintSite = "CMP";
constexpr int kComplaintsPerMonth = 3'000; // ten times a large site's complaints, to see the shape of the cost

// A year of complaints as interchange CSV: most closed within the rules, some late, a few open, about a
// third judged; deterministic.
std::string complaintCsv(long* rows)
{
    static constexpr std::array kChannels{"phone", "phone", "visit", "online", "hotline_12345", "letter"};
    static constexpr std::array kCategories{"repair_quality", "cleaning", "security",      "parking",
                                            "noise",          "fees",     "staff_conduct", "other"};
    static constexpr std::array kDepartments{"engineering", "cleaning", "security", "customer_service", "management"};
    std::mt19937_64 random(2025);
    const auto pick = [&](int n) {
        return static_cast<int>(random() % static_cast<std::uint64_t>(n));
    };
    std::string csv = "id,site,channel,category,received_at,resident,phone,location,description,first_responder,"
                      "department,responded_at,response,resolved_at,resolution,replied_at,reply,informed_head,"
                      "revisited_at,satisfaction,valid,verdict_reason,judged_at\n";
    long n = 0;
    for (int month = 0; month < 12; ++month) {
        const date::sys_days start = (date::year{2024} / date::month{1} + date::months{month}) / date::day{1};
        for (int i = 0; i < kComplaintsPerMonth; ++i, ++n) {
            const auto received = date::sys_seconds{start} + std::chrono::seconds{pick(27 * 86400)};
            const auto at = [&](std::chrono::seconds offset) {
                return date::format("%Y-%m-%d %H:%M:%S", received + offset);
            };
            const bool open = month == 11 && i % 6 == 0;
            const auto responded = std::chrono::seconds{60 + pick(i % 10 == 0 ? 3600 : 840)};
            const auto resolved = responded + std::chrono::seconds{3600 + pick(6 * 86400)};
            csv += fmt::format("TS{:07},{},{},{},{},住户{},139{:08},{}-{}-{}0{},投诉内容 {} 号,客服{},{},", n,
                               kComplaintSite, kChannels[static_cast<std::size_t>(pick(6))],
                               kCategories[static_cast<std::size_t>(pick(8))], at(std::chrono::seconds{0}), n % 997, n,
                               1 + pick(20), 1 + pick(4), 1 + pick(30), 1 + pick(4), n, 1 + pick(6),
                               kDepartments[static_cast<std::size_t>(pick(5))]);
            if (open) {
                csv += ",,,,,,,,,,,\n";
                continue;
            }
            csv += fmt::format("{},已回电,{},已处理,{},已回复,管理处主任,", at(responded), at(resolved),
                               at(resolved + std::chrono::seconds{1800}));
            csv += i % 3 == 0 ? fmt::format("{},{},", at(resolved + std::chrono::seconds{86400}), 1 + pick(5))
                              : std::string(",,");
            csv += i % 3 == 1 ? fmt::format("{},核实结论,{}\n", i % 2 == 0 ? "yes" : "no",
                                            at(resolved + std::chrono::seconds{3600}))
                              : std::string(",,\n");
        }
    }
    *rows = n;
    return csv;
}

services::Workspace& complaintWorkspace()
{
    static std::unique_ptr<services::Workspace> ws = [] {
        const fs::path db = benchDir() / "complaints-1y.db";
        removeDb(db);
        auto opened = openWorkspace(db);
        domain::Site site;
        site.code = kComplaintSite;
        site.name = kComplaintSite;
        site.residents = 12'000;
        if (auto added = opened->sites().add(site); !added) {
            die(added.error().describe());
        }
        return opened;
    }();
    return *ws;
}

void BM_ComplaintImport36k(benchmark::State& state)
{
    long rows = 0;
    const std::string csv = complaintCsv(&rows);
    auto& ws = complaintWorkspace();
    for (auto _ : state) {
        auto plan = ws.complaintCsv().prepare(csv, "complaints.csv", std::nullopt);
        if (!plan || !plan->importable() || !plan->rejected.empty()) {
            state.SkipWithError(plan && !plan->messages().empty() ? plan->messages().front().c_str()
                                                                  : "prepare failed");
            return;
        }
        if (auto written = ws.complaintCsv().commit(*plan); !written) {
            state.SkipWithError(written.error().describe().c_str());
            return;
        }
    }
    state.counters["rows"] = static_cast<double>(rows);
}

void BM_ComplaintKpis(benchmark::State& state)
{
    auto& ws = complaintWorkspace();
    const auto asOf = domain::Instant{date::sys_days{date::year{2025} / 1 / 5}};
    std::int64_t population = 0;
    for (auto _ : state) {
        auto report = ws.kpis().complaintKpis(kComplaintSite, date::year{2024} / date::month{12}, asOf);
        if (!report) {
            state.SkipWithError(report.error().describe().c_str());
            return;
        }
        population = report->result.population;
    }
    state.counters["population"] = static_cast<double>(population);
}

// The demo site (two months ending 1 March 2025) with its security team: 15 guards, two routes, about
// 9,000 scans imported as daily device exports, handovers at every change of shift.
services::Workspace& demoWorkspace()
{
    static std::unique_ptr<services::Workspace> ws = [] {
        const fs::path db = benchDir() / "demo.db";
        removeDb(db);
        auto opened = openWorkspace(db);
        if (auto demo = services::createDemoSite(*opened); !demo) {
            die(demo.error().describe());
        }
        return opened;
    }();
    return *ws;
}

void BM_DemoSite(benchmark::State& state)
{
    for (auto _ : state) {
        const fs::path db = benchDir() / "demo-create.db";
        removeDb(db);
        auto ws = openWorkspace(db);
        auto demo = services::createDemoSite(*ws);
        if (!demo) {
            state.SkipWithError(demo.error().describe().c_str());
            return;
        }
        state.counters["scans"] = demo->patrolScans;
        state.counters["handovers"] = demo->handovers;
        state.counters["sheets"] = demo->inspectionSheets;
        state.counters["nonconformances"] = demo->nonconformances;
    }
}

// The six security KPIs of February: every round of the month planned and evaluated against its scans.
void BM_SecurityKpis(benchmark::State& state)
{
    auto& ws = demoWorkspace();
    const auto asOf = domain::Instant{date::sys_days{date::year{2025} / 3 / 1}};
    std::int64_t rounds = 0;
    for (auto _ : state) {
        auto report = ws.kpis().securityKpis("DEMO", date::year{2025} / date::month{2}, asOf);
        if (!report) {
            state.SkipWithError(report.error().describe().c_str());
            return;
        }
        rounds = report->result.population;
    }
    state.counters["rounds"] = static_cast<double>(rounds);
}

// What the Tours tab reads every 30 seconds: one day's rounds with their live status.
void BM_SecurityDay(benchmark::State& state)
{
    auto& ws = demoWorkspace();
    std::size_t rounds = 0;
    for (auto _ : state) {
        auto day = ws.security().day("DEMO", date::year{2025} / 2 / 28);
        if (!day) {
            state.SkipWithError(day.error().describe().c_str());
            return;
        }
        rounds = day->rounds.size();
    }
    state.counters["rounds"] = static_cast<double>(rounds);
}

// The six inspection KPIs of February: every signed sheet scored, the nonconformances replayed as of T.
void BM_InspectionKpis(benchmark::State& state)
{
    auto& ws = demoWorkspace();
    const auto asOf = domain::Instant{date::sys_days{date::year{2025} / 3 / 1}};
    std::int64_t sheets = 0;
    for (auto _ : state) {
        auto report = ws.kpis().inspectionKpis("DEMO", date::year{2025} / date::month{2}, asOf);
        if (!report) {
            state.SkipWithError(report.error().describe().c_str());
            return;
        }
        sheets = report->result.population;
    }
    state.counters["sheets"] = static_cast<double>(sheets);
}

// What the nonconformance board reads on every change: all of the site's nonconformances with their events.
void BM_NonconformanceBoard(benchmark::State& state)
{
    auto& ws = demoWorkspace();
    std::size_t rows = 0;
    for (auto _ : state) {
        auto all = ws.inspections().nonconformances("DEMO");
        if (!all) {
            state.SkipWithError(all.error().describe().c_str());
            return;
        }
        rows = all->size();
    }
    state.counters["rows"] = static_cast<double>(rows);
}

void BM_ComplaintBoard(benchmark::State& state)
{
    auto& lists = complaintWorkspace().complaintLists();
    std::size_t rows = 0;
    for (auto _ : state) {
        auto board = lists.board(kComplaintSite);
        if (!board) {
            state.SkipWithError(board.error().describe().c_str());
            return;
        }
        rows = board->size();
    }
    state.counters["rows"] = static_cast<double>(rows);
}

void BM_ComplaintHistorySearch(benchmark::State& state)
{
    auto& ws = complaintWorkspace();
    domain::ComplaintFilter filter;
    filter.site = ws.sites().get(kComplaintSite)->id;
    filter.text = "住户99";
    std::int64_t count = 0;
    for (auto _ : state) {
        auto page = ws.complaintLists().find(filter, std::nullopt, 200);
        auto n = ws.complaintLists().count(filter, services::ComplaintLists::kCountCap);
        if (!page || !n) {
            state.SkipWithError("search failed");
            return;
        }
        count = *n;
    }
    state.counters["matches"] = static_cast<double>(count);
}

// --- The monthly KPI report on five years of a large site (issue #8) ----------------------------------------
// The demo site made over five years (every module through the use cases, the commitments included), with
// enough synthetic work orders imported into it to make it a large estate: about 40,000 orders a year.
// Built once in a child process and cached in benchDir().

namespace {

constexpr int kReportDays = 1'826;            // five years ending at kClock's day (1 March 2025)
constexpr long kReportOrdersPerYear = 40'000; // the demo's orders and the imported ones together
constexpr const char* kReportSite = "DEMO";
const date::year_month kReportMonth = date::year{2025} / date::month{2}; // the last full month
// As of the clock's now, 1 March 08:00 +08:00: the demo enters February's figures by hand at that moment
// (at midnight they would not exist yet and every entered indicator would read "no data").
const domain::Instant kReportAsOf = kClock.now();

// PROPDESK_BENCH_REPORT_DAYS=N makes the fixture over N days instead (a shorter span, for a quick look).
int reportDays()
{
    const char* text = std::getenv("PROPDESK_BENCH_REPORT_DAYS");
    const int days = text && *text ? std::atoi(text) : kReportDays;
    return days > 0 ? days : kReportDays;
}

fs::path reportDbPath()
{
    return benchDir() / fmt::format("report-5y-v1-{}d.db", reportDays());
}

// The row counts of every module's main tables, and the work orders per year.
void printReportDbCounts(const fs::path& db)
{
    SQLite::Database sql(db.string(), SQLite::OPEN_READONLY);
    std::string line;
    for (const auto* table : {"work_orders",
                              "work_order_events",
                              "complaints",
                              "complaint_events",
                              "rosters",
                              "roster_slots",
                              "patrol_routes",
                              "patrol_scans",
                              "handovers",
                              "duty_entries",
                              "spot_checks",
                              "inspection_sheets",
                              "nonconformances",
                              "nonconformance_events",
                              "preventive_actions",
                              "contractors",
                              "contractor_warnings",
                              "contractor_deductions",
                              "pest_visits",
                              "target_sets",
                              "manual_figures",
                              "indicator_notes",
                              "audit_log"}) {
        const auto n = sql.execAndGet(fmt::format("SELECT COUNT(*) FROM {}", table)).getInt64();
        line += fmt::format("{}{}={}", line.empty() ? "" : ", ", table, n);
    }
    std::cerr << "propdesk_bench: rows: " << line << "\n";
    SQLite::Statement years(sql, "SELECT strftime('%Y', reported_at + 8 * 3600, 'unixepoch'), COUNT(*) "
                                 "FROM work_orders GROUP BY 1 ORDER BY 1");
    line.clear();
    while (years.executeStep()) {
        line += fmt::format("{}{}: {}", line.empty() ? "" : ", ", years.getColumn(0).getString(),
                            years.getColumn(1).getInt64());
    }
    std::cerr << "propdesk_bench: work orders by year (local): " << line << "\n";
}

void ensureReportDb()
{
    const auto db = reportDbPath();
    if (fs::exists(db)) {
        return;
    }
    fs::create_directories(db.parent_path());
    const auto building = fs::path(db.string() + ".building");
    removeDb(building);
    const int days = reportDays();
    std::cerr << fmt::format("propdesk_bench: building {} (the demo over {} days and synthetic orders up to {} a "
                             "year; cached for later runs)\n",
                             db.string(), days, kReportOrdersPerYear);
    const auto start = Stopwatch::now();
    double demoSeconds = 0;
    ImportTimes imported;
    {
        auto ws = openWorkspace(building);
        auto demo = services::createDemoSite(*ws, days);
        demoSeconds = seconds(Stopwatch::now() - start);
        if (!demo) {
            die(fmt::format("createDemoSite over {} days failed after {:.1f} s: {}", days, demoSeconds,
                            demo.error().describe()));
        }
        std::cerr << fmt::format("propdesk_bench: demo over {} days in {:.1f} s: {} orders, {} complaints, {} scans, "
                                 "{} handovers, {} sheets, {} nonconformances, {} figures\n",
                                 days, demoSeconds, demo->orders, demo->complaints, demo->patrolScans, demo->handovers,
                                 demo->inspectionSheets, demo->nonconformances, demo->figures);
        // The synthetic orders: the months of the demo's span up to the report's month, one month per
        // transaction, enough to reach kReportOrdersPerYear with the demo's own.
        const auto zone = domain::TimeZone::find("Asia/Shanghai");
        if (!zone) {
            die("no Asia/Shanghai time zone");
        }
        const date::year_month_day firstDay{date::sys_days{zone->localDate(kClock.now())} - date::days{days - 1}};
        const auto firstMonth = firstDay.year() / firstDay.month();
        const int months = static_cast<int>((kReportMonth - firstMonth).count()) + 1;
        const long target = kReportOrdersPerYear * days / 365;
        const long synthetic = std::max(0L, target - static_cast<long>(demo->orders));
        long number = 1;
        for (int m = 0; m < months; ++m) {
            bench::SyntheticSpec spec;
            spec.site = kReportSite;
            spec.first = firstMonth + date::months{m};
            spec.months = 1;
            spec.orders = synthetic * (m + 1) / months - synthetic * m / months;
            spec.firstNumber = number;
            spec.seed = 5000 + static_cast<std::uint64_t>(m);
            number += spec.orders;
            if (spec.orders == 0) {
                continue;
            }
            const auto t = importCsv(*ws, bench::syntheticWorkOrderCsv(spec), fmt::format("synthetic-5y-{}.csv", m));
            imported.written += t.written;
            imported.prepare += t.prepare;
            imported.commit += t.commit;
        }
    }
    fs::rename(building, db);
    std::cerr << fmt::format("propdesk_bench: built {} in {:.1f} s (demo {:.1f} s; {} synthetic orders: prepare "
                             "{:.1f} s, commit {:.1f} s), {:.0f} MB\n",
                             db.filename().string(), seconds(Stopwatch::now() - start), demoSeconds, imported.written,
                             imported.prepare, imported.commit, static_cast<double>(fs::file_size(db)) / 1e6);
    printReportDbCounts(db);
}

// In a child process, as the 1,000,000-order database is (see ensureBigDbInChild): the benchmarks measure a
// fresh process.
void ensureReportDbInChild()
{
    if (fs::exists(reportDbPath())) {
        return;
    }
    std::cout.flush();
    std::cerr.flush();
    const pid_t pid = fork();
    if (pid < 0) {
        die("fork failed");
    }
    if (pid == 0) {
        ensureReportDb();
        spdlog::shutdown();
        std::cerr.flush();
        std::_Exit(0);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0 ||
        !fs::exists(reportDbPath())) {
        die("building the five-year report database failed");
    }
}

services::Workspace& reportWorkspace()
{
    static std::unique_ptr<services::Workspace> ws = [] {
        ensureReportDbInChild();
        return openWorkspace(reportDbPath());
    }();
    return *ws;
}

// The work orders reported in the report's month (any state).
std::int64_t reportMonthOrders()
{
    const auto zone = domain::TimeZone::find("Asia/Shanghai");
    if (!zone) {
        die("no Asia/Shanghai time zone");
    }
    SQLite::Database db(reportDbPath().string(), SQLite::OPEN_READONLY);
    SQLite::Statement q(db, "SELECT COUNT(*) FROM work_orders w JOIN sites s ON s.id = w.site_id "
                            "WHERE s.code = ? AND w.reported_at >= ? AND w.reported_at < ?");
    q.bind(1, kReportSite);
    q.bind(2, domain::epochSeconds(zone->startOfDay(kReportMonth / date::day{1})));
    q.bind(3, domain::epochSeconds(zone->startOfDay((kReportMonth + date::months{1}) / date::day{1})));
    q.executeStep();
    return q.getColumn(0).getInt64();
}

// The full monthly report of February 2025 as of 1 March 08:00: the indicators with their twelve-month
// trend, the document, its JSON and the xlsx workbook (the PDF is drawn by the desktop and is not
// measured here). The parts' times are given as counters.
void BM_MonthlyReport5y(benchmark::State& state)
{
    auto& ws = reportWorkspace();
    const auto orders = reportMonthOrders();
    freshHeap();
    const auto xlsx = benchDir() / "report-5y.xlsx";
    double indicatorsSeconds = 0;
    double buildSeconds = 0;
    double jsonSeconds = 0;
    double xlsxSeconds = 0;
    std::size_t indicators = 0;
    std::size_t missed = 0;
    std::size_t kept = 0;
    std::int64_t exceptions = 0;
    std::size_t jsonBytes = 0;
    std::size_t entered = 0;
    for (auto _ : state) {
        const auto t0 = Stopwatch::now();
        auto report = ws.indicators().monthlyIndicators(kReportSite, kReportMonth, kReportAsOf);
        if (!report) {
            state.SkipWithError(report.error().describe().c_str());
            return;
        }
        const auto t1 = Stopwatch::now();
        const auto document = reports::buildMonthlyReport(*report, kClock.now());
        const auto t2 = Stopwatch::now();
        const auto json = reports::toJson(document);
        const auto t3 = Stopwatch::now();
        if (auto written = reports::writeXlsx(document, reports::Language::Chinese, xlsx); !written) {
            state.SkipWithError(written.error().describe().c_str());
            return;
        }
        const auto t4 = Stopwatch::now();
        indicatorsSeconds += seconds(t1 - t0);
        buildSeconds += seconds(t2 - t1);
        jsonSeconds += seconds(t3 - t2);
        xlsxSeconds += seconds(t4 - t3);
        indicators = document.indicators.size();
        missed = document.missedCount();
        kept = 0;
        exceptions = 0;
        for (const auto& indicator : document.indicators) {
            kept += indicator.exceptions.size();
            exceptions += indicator.exceptionCount;
        }
        jsonBytes = json.size();
        entered = static_cast<std::size_t>(std::ranges::count_if(
            document.indicators, [](const auto& i) { return i.origin == "manual" && i.rate.has_value(); }));
    }
    const auto n = static_cast<double>(state.iterations());
    state.counters["indicators"] = static_cast<double>(indicators);
    state.counters["missed"] = static_cast<double>(missed);
    state.counters["entered_with_figure"] = static_cast<double>(entered);
    state.counters["exceptions_kept"] = static_cast<double>(kept);
    state.counters["exceptions_all"] = static_cast<double>(exceptions);
    state.counters["month_orders"] = static_cast<double>(orders);
    state.counters["indicators_ms"] = indicatorsSeconds / n * 1e3;
    state.counters["document_ms"] = buildSeconds / n * 1e3;
    state.counters["json_ms"] = jsonSeconds / n * 1e3;
    state.counters["xlsx_ms"] = xlsxSeconds / n * 1e3;
    state.counters["json_kB"] = static_cast<double>(jsonBytes) / 1e3;
    state.counters["xlsx_kB"] = static_cast<double>(fs::file_size(xlsx)) / 1e3;
}

// The same month without the trend: what the eleven earlier months cost.
void BM_MonthlyIndicatorsNoTrend5y(benchmark::State& state)
{
    auto& ws = reportWorkspace();
    freshHeap();
    std::size_t missed = 0;
    for (auto _ : state) {
        auto report = ws.indicators().monthlyIndicators(kReportSite, kReportMonth, kReportAsOf, false);
        if (!report) {
            state.SkipWithError(report.error().describe().c_str());
            return;
        }
        missed = report->missedCount();
    }
    state.counters["missed"] = static_cast<double>(missed);
}

// The company view: the month of every site (here the one site), without trend.
void BM_CompanyView5y(benchmark::State& state)
{
    auto& ws = reportWorkspace();
    freshHeap();
    std::size_t sites = 0;
    for (auto _ : state) {
        auto all = ws.indicators().companyIndicators(kReportMonth, kReportAsOf);
        if (!all) {
            state.SkipWithError(all.error().describe().c_str());
            return;
        }
        sites = all->size();
    }
    state.counters["sites"] = static_cast<double>(sites);
}

// The indicators of December with their trend at the busy complaints site (3,000 complaints a month, ten
// times a large site's): each trend month reads its own twelve-month window of complaints. Runs after
// BM_ComplaintImport36k has filled the database (--benchmark_filter=Complaint).
void BM_ComplaintMonthlyIndicators36k(benchmark::State& state)
{
    auto& ws = complaintWorkspace();
    const auto month = date::year{2024} / date::month{12};
    const auto asOf = domain::Instant{date::sys_days{date::year{2025} / 1 / 5}};
    auto check = ws.kpis().complaintKpis(kComplaintSite, month, asOf);
    if (!check || check->result.population == 0) {
        state.SkipWithError("no complaints: run it with BM_ComplaintImport36k (--benchmark_filter=Complaint)");
        return;
    }
    freshHeap();
    for (auto _ : state) {
        auto report = ws.indicators().monthlyIndicators(kComplaintSite, month, asOf, state.range(0) != 0);
        if (!report) {
            state.SkipWithError(report.error().describe().c_str());
            return;
        }
    }
    state.SetLabel(state.range(0) != 0 ? "with trend" : "no trend");
}

// The parts of one month's figures, to see where the report's time goes: the four modules' KPIs of the
// month (siteKpis is all four; the trend calls it for each of the eleven earlier months), and the reads of
// the corrective actions.
void registerReportParts()
{
    using Call = std::function<bool(services::Workspace&, std::size_t&)>;
    const auto reg = [](const std::string& name, Call call) {
        benchmark::RegisterBenchmark(name.c_str(),
                                     [call](benchmark::State& state) {
                                         auto& ws = reportWorkspace();
                                         freshHeap();
                                         std::size_t rows = 0;
                                         for (auto _ : state) {
                                             if (!call(ws, rows)) {
                                                 state.SkipWithError("call failed");
                                                 return;
                                             }
                                         }
                                         state.counters["rows"] = static_cast<double>(rows);
                                     })
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    };
    const auto kpi = [](auto method) {
        return [method](services::Workspace& ws, std::size_t& rows) {
            auto report = (ws.kpis().*method)(kReportSite, kReportMonth, kReportAsOf);
            if (!report) {
                return false;
            }
            rows = static_cast<std::size_t>(report->result.population);
            return true;
        };
    };
    using services::KpiService;
    reg("BM_ReportParts5y/site_kpis", kpi(&KpiService::siteKpis));
    reg("BM_ReportParts5y/work_order_kpis", kpi(&KpiService::workOrderKpis));
    reg("BM_ReportParts5y/complaint_kpis", kpi(&KpiService::complaintKpis));
    reg("BM_ReportParts5y/security_kpis", kpi(&KpiService::securityKpis));
    reg("BM_ReportParts5y/inspection_kpis", kpi(&KpiService::inspectionKpis));
    reg("BM_ReportParts5y/manual_figures", [](services::Workspace& ws, std::size_t& rows) {
        auto figures = ws.indicators().figures(kReportSite, kReportMonth);
        rows = figures ? figures->size() : 0;
        return figures.has_value();
    });
    reg("BM_ReportParts5y/all_nonconformances", [](services::Workspace& ws, std::size_t& rows) {
        auto all = ws.inspections().nonconformances(kReportSite);
        rows = all ? all->size() : 0;
        return all.has_value();
    });
}

} // namespace

int main(int argc, char** argv)
{
    bool jsonOrCsv = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        jsonOrCsv = jsonOrCsv || arg == "--benchmark_format=json" || arg == "--benchmark_format=csv";
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    // As in propdesk-cli: a log file, warnings and errors on stderr.
    services::configureLogging(benchDir() / "logs", spdlog::level::warn);
    benchmark::RegisterBenchmark("BM_Kpi1M", BM_Kpi1M)->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::RegisterBenchmark("BM_PlainSqlGroupBy1M", BM_PlainSqlGroupBy1M)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_PlainSqlFetchMonth1M", BM_PlainSqlFetchMonth1M)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    registerHistoryBenchmarks();
    benchmark::RegisterBenchmark("BM_Import100k", BM_Import100k)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(3)
        ->UseRealTime();
    // In this order: the import fills the database the others read.
    benchmark::RegisterBenchmark("BM_ComplaintImport36k", BM_ComplaintImport36k)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_ComplaintKpis", BM_ComplaintKpis)->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::RegisterBenchmark("BM_ComplaintBoard", BM_ComplaintBoard)->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::RegisterBenchmark("BM_ComplaintHistorySearch", BM_ComplaintHistorySearch)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_ComplaintMonthlyIndicators36k", BM_ComplaintMonthlyIndicators36k)
        ->Arg(0)
        ->Arg(1)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_DemoSite", BM_DemoSite)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_SecurityKpis", BM_SecurityKpis)->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::RegisterBenchmark("BM_SecurityDay", BM_SecurityDay)->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::RegisterBenchmark("BM_InspectionKpis", BM_InspectionKpis)->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::RegisterBenchmark("BM_NonconformanceBoard", BM_NonconformanceBoard)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_MonthlyReport5y", BM_MonthlyReport5y)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_MonthlyIndicatorsNoTrend5y", BM_MonthlyIndicatorsNoTrend5y)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_CompanyView5y", BM_CompanyView5y)->Unit(benchmark::kMillisecond)->UseRealTime();
    registerReportParts();
    if (const char* boston = std::getenv("PROPDESK_BENCH_BOSTON_CSV"); boston && *boston) {
        benchmark::RegisterBenchmark("BM_ImportBoston", BM_ImportBoston, std::string(boston))
            ->Unit(benchmark::kMillisecond)
            ->Iterations(3)
            ->UseRealTime();
    }
    // On the console the ratio follows the table; with --benchmark_format=json|csv the library's own reporter
    // prints (compute the ratio from real_time). --benchmark_out=FILE.json works with either.
    if (jsonOrCsv) {
        benchmark::RunSpecifiedBenchmarks();
    } else {
        RatioReporter console;
        benchmark::RunSpecifiedBenchmarks(&console);
    }
    benchmark::Shutdown();
    return 0;
}
