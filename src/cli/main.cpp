// propdesk-cli: the command line of DESIGN.md §6. Parses arguments, calls the services, prints results.
// Exit status: 0 ok, 1 usage, 2 invalid input (nothing written), 3 storage or I/O failure.

#include "domain/timezone.h"
#include "reports/kpijson.h"
#include "reports/kpitable.h"
#include "rules/rulesetjson.h"
#include "services/demodata.h"
#include "services/logging.h"
#include "services/paths.h"
#include "services/workspace.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <array>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace propdesk;

namespace {

enum Exit
{
    kOk = 0,
    kUsage = 1,
    kInvalid = 2,
    kFailure = 3,
};

int exitFor(const domain::Error& error)
{
    switch (error.code) {
    case domain::ErrorCode::InvalidInput:
    case domain::ErrorCode::NotFound:
    case domain::ErrorCode::Conflict:
    case domain::ErrorCode::PermissionDenied:
        return kInvalid;
    case domain::ErrorCode::Storage:
    case domain::ErrorCode::Io:
    case domain::ErrorCode::Unsupported:
        return kFailure;
    }
    return kFailure;
}

int report(const domain::Error& error)
{
    std::cerr << "propdesk-cli: " << error.describe() << "\n";
    return exitFor(error);
}

domain::Result<std::string> readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return domain::fail(domain::ErrorCode::Io, "cannot read the file", "", path);
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
        return domain::fail(domain::ErrorCode::Io, "cannot read the file", "", path);
    }
    return text.str();
}

// Writes through a temporary file and a rename, so that a failed write never leaves half a file.
domain::Result<void> writeFile(const std::string& path, const std::function<domain::Result<void>(std::ostream&)>& body)
{
    const std::string temp = path + ".part";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) {
            return domain::fail(domain::ErrorCode::Io, "cannot write the file", "", path);
        }
        if (auto ok = body(out); !ok) {
            out.close();
            std::remove(temp.c_str());
            return ok;
        }
        out.flush();
        if (!out) {
            std::remove(temp.c_str());
            return domain::fail(domain::ErrorCode::Io, "cannot write the file", "", path);
        }
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        return domain::fail(domain::ErrorCode::Io, fmt::format("cannot write the file: {}", ec.message()), "", path);
    }
    return {};
}

domain::User cliUser()
{
    const char* login = std::getenv("USER");
    return domain::User{login && *login ? login : "cli", domain::Role::Manager};
}

struct Options
{
    std::string db;
    // init
    bool demo = false;
    // site add
    std::string code;
    std::string name;
    std::string timezone = "Asia/Shanghai";
    std::string calendar = "CN";
    std::string workHours = "08:00-17:30";
    int households = 0;
    int residents = 0;
    // files
    std::vector<std::string> files;
    std::string file;
    // work orders
    std::string site;
    bool skipInvalid = false;
    std::string rejects;
    std::string from;
    std::string to;
    // kpi
    std::string month;
    std::string asOf;
    std::string format = "table";
    bool details = false;
    // rules export
    std::string ruleDate;
};

class Cli
{
public:
    explicit Cli(Options& o) : m_o(o) {}

    int init()
    {
        auto ws = open(services::OpenMode::CreateIfMissing);
        if (!ws) {
            return report(ws.error());
        }
        std::cout << "Database ready: " << (*ws)->path().string() << "\n";
        if (m_o.demo) {
            if ((*ws)->sites().get("DEMO")) {
                std::cout << "The demo site DEMO already exists.\n";
                return kOk;
            }
            auto demo = services::createDemoSite(**ws);
            if (!demo) {
                return report(demo.error());
            }
            std::cout << fmt::format("Created demo site {} ({}) with {} work orders.\n", demo->site.code,
                                     demo->site.name, demo->orders);
        }
        return kOk;
    }

    int siteAdd()
    {
        auto ws = open();
        if (!ws) {
            return report(ws.error());
        }
        domain::Site site;
        site.code = m_o.code;
        site.name = m_o.name;
        site.timeZone = m_o.timezone;
        auto calendar = domain::parseCalendarKind(m_o.calendar);
        if (!calendar) {
            return report(calendar.error());
        }
        site.calendar = *calendar;
        const auto dash = m_o.workHours.find('-');
        const auto start = domain::parseClockTime(m_o.workHours.substr(0, dash));
        const auto end = dash == std::string::npos ? start : domain::parseClockTime(m_o.workHours.substr(dash + 1));
        if (!start || !end || dash == std::string::npos) {
            return report(domain::Error{
                domain::ErrorCode::InvalidInput, "use HH:MM-HH:MM, e.g. 08:00-17:30", "--work-hours", {}});
        }
        site.workStart = *start;
        site.workEnd = *end;
        site.households = m_o.households;
        site.residents = m_o.residents;
        auto added = (*ws)->sites().add(site);
        if (!added) {
            return report(added.error());
        }
        std::cout << fmt::format("Added site {} ({}), {}, calendar {}.\n", added->code, added->name, added->timeZone,
                                 domain::calendarKey(added->calendar));
        return kOk;
    }

    int siteList()
    {
        auto ws = open();
        if (!ws) {
            return report(ws.error());
        }
        auto sites = (*ws)->sites().list();
        if (!sites) {
            return report(sites.error());
        }
        std::cout << fmt::format("{:<10} {:<20} {:<8} {:<12} {:>10} {:>10}  {}\n", "CODE", "TIME ZONE", "CALENDAR",
                                 "HOURS", "HOUSEHOLDS", "RESIDENTS", "NAME");
        for (const auto& s : *sites) {
            std::cout << fmt::format("{:<10} {:<20} {:<8} {:<12} {:>10} {:>10}  {}\n", s.code, s.timeZone,
                                     domain::calendarKey(s.calendar),
                                     domain::formatClockTime(s.workStart) + "-" + domain::formatClockTime(s.workEnd),
                                     s.households, s.residents, s.name);
        }
        return kOk;
    }

    int calendarImport()
    {
        std::vector<services::HolidayFile> files;
        for (const auto& f : m_o.files) {
            auto text = readFile(f);
            if (!text) {
                return report(text.error());
            }
            files.push_back({f, std::move(*text)});
        }
        auto ws = open();
        if (!ws) {
            return report(ws.error());
        }
        auto years = (*ws)->calendars().importYears(files);
        if (!years) {
            return report(years.error());
        }
        std::cout << fmt::format("Imported holiday years: {}\n", fmt::join(*years, ", "));
        return kOk;
    }

    int rulesShow()
    {
        auto ws = open();
        if (!ws) {
            return report(ws.error());
        }
        auto sets = (*ws)->rules().all();
        if (!sets) {
            return report(sets.error());
        }
        for (const auto& set : *sets) {
            std::cout << fmt::format("Rule set '{}' effective {}{}\n", set.name, domain::formatDate(set.effectiveFrom),
                                     set.siteCode ? " for site " + *set.siteCode : std::string(" for every site"));
            std::cout << fmt::format("  {:<3} {:<34} {:<24} {:<44} {}\n", "#", "id", "applies to / milestone", "limit",
                                     "source");
            int n = 0;
            for (const auto& r : set.rules) {
                std::string when;
                if (!r.when.urgencies.empty()) {
                    when += fmt::format(" urgency {}", fmt::join(r.when.urgencies, "|"));
                }
                if (!r.when.categories.empty()) {
                    when += fmt::format(" category {}", fmt::join(r.when.categories, "|"));
                }
                if (r.when.workingDay) {
                    when += *r.when.workingDay ? " working day" : " non-working day";
                }
                if (r.when.reportedBetween) {
                    when += fmt::format(" {}–{}", domain::formatClockTime(r.when.reportedBetween->first),
                                        domain::formatClockTime(r.when.reportedBetween->second));
                }
                std::cout << fmt::format(
                    "  {:<3} {:<34} {:<24} {:<44} {}\n", ++n, r.id,
                    fmt::format("{} {}", domain::subjectKey(r.appliesTo), domain::milestoneKey(r.milestone)),
                    fmt::format("{} {} {}{}", r.amount, domain::unitKey(r.unit), domain::clockKey(r.clock),
                                when.empty() ? "" : " if" + when),
                    r.source);
            }
            std::cout << "\n";
        }
        return kOk;
    }

    int rulesExport()
    {
        auto ws = open();
        if (!ws) {
            return report(ws.error());
        }
        domain::Date date{date::floor<date::days>((*ws)->context().clock.now())};
        if (!m_o.ruleDate.empty()) {
            auto parsed = domain::parseDate(m_o.ruleDate);
            if (!parsed) {
                return report(parsed.error());
            }
            date = *parsed;
        }
        std::optional<std::string> site;
        if (!m_o.site.empty()) {
            if (auto known = (*ws)->sites().get(m_o.site); !known) {
                return report(known.error());
            }
            site = m_o.site;
        }
        auto set = (*ws)->rules().inForce(date, site);
        if (!set) {
            return report(set.error());
        }
        const auto json = rules::ruleSetToJson(*set);
        if (auto ok = writeFile(m_o.file,
                                [&](std::ostream& out) -> domain::Result<void> {
                                    out << json;
                                    return {};
                                });
            !ok) {
            return report(ok.error());
        }
        std::cout << fmt::format("Exported rule set '{}' effective {} to {}\n", set->name,
                                 domain::formatDate(set->effectiveFrom), m_o.file);
        return kOk;
    }

    int rulesImport()
    {
        auto text = readFile(m_o.file);
        if (!text) {
            return report(text.error());
        }
        auto ws = open();
        if (!ws) {
            return report(ws.error());
        }
        auto set = (*ws)->rules().importRuleSet(*text, m_o.file);
        if (!set) {
            return report(set.error());
        }
        std::cout << fmt::format("Imported rule set '{}' effective {} ({} rules)\n", set->name,
                                 domain::formatDate(set->effectiveFrom), set->rules.size());
        return kOk;
    }

    int workOrdersImport()
    {
        if (m_o.skipInvalid != !m_o.rejects.empty()) {
            std::cerr << "propdesk-cli: --skip-invalid and --rejects FILE go together\n";
            return kUsage;
        }
        auto text = readFile(m_o.file);
        if (!text) {
            return report(text.error());
        }
        auto ws = open();
        if (!ws) {
            return report(ws.error());
        }
        const std::optional<std::string> site = m_o.site.empty() ? std::nullopt : std::optional(m_o.site);
        auto& csv = (*ws)->workOrderCsv();
        auto plan = csv.prepare(*text, m_o.file, site);
        if (!plan) {
            return report(plan.error());
        }
        const auto messages = plan->messages();
        if (!plan->importable() || (!plan->rejected.empty() && !m_o.skipInvalid)) {
            for (const auto& m : messages) {
                std::cerr << m << "\n";
            }
            std::cerr << fmt::format("propdesk-cli: nothing imported: {} problem(s) in {} row(s)\n", messages.size(),
                                     plan->rejected.size());
            return kInvalid;
        }
        if (!plan->rejected.empty()) {
            if (auto ok = writeFile(m_o.rejects,
                                    [&](std::ostream& out) -> domain::Result<void> {
                                        csv.writeRejects(*plan, out);
                                        return {};
                                    });
                !ok) {
                return report(ok.error());
            }
        }
        auto written = csv.commit(*plan);
        if (!written) {
            return report(written.error());
        }
        std::cout << fmt::format("Imported {} work orders from {}", *written, m_o.file);
        if (!plan->rejected.empty()) {
            std::cout << fmt::format("; rejected {} (with reasons in {})", plan->rejected.size(), m_o.rejects);
        }
        std::cout << ".\n";
        return kOk;
    }

    int workOrdersExport()
    {
        auto ws = open();
        if (!ws) {
            return report(ws.error());
        }
        services::ExportFilter filter;
        if (!m_o.site.empty()) {
            filter.siteCode = m_o.site;
        }
        for (auto [text, slot] : {std::pair{&m_o.from, &filter.from}, std::pair{&m_o.to, &filter.to}}) {
            if (!text->empty()) {
                auto d = domain::parseDate(*text);
                if (!d) {
                    return report(d.error());
                }
                *slot = *d;
            }
        }
        std::size_t count = 0;
        if (auto ok = writeFile(m_o.file,
                                [&](std::ostream& out) -> domain::Result<void> {
                                    auto n = (*ws)->workOrderCsv().exportTo(out, filter);
                                    if (!n) {
                                        return std::unexpected(n.error());
                                    }
                                    count = *n;
                                    return {};
                                });
            !ok) {
            return report(ok.error());
        }
        std::cout << fmt::format("Exported {} work orders to {}\n", count, m_o.file);
        return kOk;
    }

    int kpi()
    {
        if (m_o.format != "table" && m_o.format != "json") {
            std::cerr << "propdesk-cli: --format is table or json\n";
            return kUsage;
        }
        auto month = services::parseMonth(m_o.month);
        if (!month) {
            return report(month.error());
        }
        auto ws = open();
        if (!ws) {
            return report(ws.error());
        }
        auto site = (*ws)->sites().get(m_o.site);
        if (!site) {
            return report(site.error());
        }
        std::optional<domain::Instant> asOf;
        if (!m_o.asOf.empty()) {
            auto zone = domain::TimeZone::find(site->timeZone);
            if (!zone) {
                return report(zone.error());
            }
            auto t = domain::parseTime(m_o.asOf, *zone);
            if (!t) {
                auto e = t.error();
                e.field = "--as-of";
                return report(e);
            }
            asOf = *t;
        }
        auto result = (*ws)->kpis().workOrderKpis(m_o.site, *month, asOf);
        if (!result) {
            return report(result.error());
        }
        std::cout << (m_o.format == "json" ? reports::kpiReportJson(*result)
                                           : reports::kpiReportTable(*result, m_o.details));
        return kOk;
    }

private:
    domain::Result<std::unique_ptr<services::Workspace>>
    open(services::OpenMode mode = services::OpenMode::OpenExisting)
    {
        const std::filesystem::path path =
            m_o.db.empty() ? services::defaultDatabasePath() : std::filesystem::path(m_o.db);
        auto ws = services::Workspace::open(path, mode, m_clock, cliUser());
        if (!ws) {
            // Opening fails for storage reasons (missing, unreadable, newer schema): exit status 3.
            auto e = ws.error();
            if (e.code == domain::ErrorCode::NotFound || e.code == domain::ErrorCode::InvalidInput) {
                e.code = domain::ErrorCode::Io;
            }
            return std::unexpected(e);
        }
        return ws;
    }

    Options& m_o;
    domain::SystemClock m_clock;
};

} // namespace

int main(int argc, char** argv)
{
    Options o;
    CLI::App app{"PropDesk command line: sites, rules, work orders and KPIs of a property-service centre.",
                 "propdesk-cli"};
    app.require_subcommand(1);
    app.add_option("--db", o.db, "Database file (default: $PROPDESK_DB, else the per-user data folder)");
    app.set_version_flag("--version", fmt::format("propdesk-cli {}", PROPDESK_VERSION));

    auto* init = app.add_subcommand("init", "Create the database (and with --demo, a demo site)");
    init->add_flag("--demo", o.demo, "Add the demo site DEMO with two months of work orders");

    auto* site = app.add_subcommand("site", "Sites (projects)");
    site->require_subcommand(1);
    auto* siteAdd = site->add_subcommand("add", "Add a site");
    siteAdd->add_option("CODE", o.code, "Short unique code, e.g. HQ")->required();
    siteAdd->add_option("--name", o.name, "Name")->required();
    siteAdd->add_option("--timezone", o.timezone, "IANA time zone")->capture_default_str();
    siteAdd->add_option("--calendar", o.calendar, "Working calendar: CN or none")->capture_default_str();
    siteAdd->add_option("--work-hours", o.workHours, "Working hours for the working clock")->capture_default_str();
    siteAdd->add_option("--households", o.households, "Households")->check(CLI::NonNegativeNumber);
    siteAdd->add_option("--residents", o.residents, "Residents")->check(CLI::NonNegativeNumber);
    auto* siteList = site->add_subcommand("list", "List the sites");

    auto* calendar = app.add_subcommand("calendar", "Working calendars");
    calendar->require_subcommand(1);
    auto* calendarImport = calendar->add_subcommand("import", "Import holiday files (holiday-cn JSON, one per year)");
    calendarImport->add_option("FILE", o.files, "FILE.json …")->required();

    auto* rulesCmd = app.add_subcommand("rules", "Deadline rule sets");
    rulesCmd->require_subcommand(1);
    auto* rulesShow = rulesCmd->add_subcommand("show", "Show every rule-set version");
    auto* rulesExport = rulesCmd->add_subcommand("export", "Write the rule set in force to a JSON file");
    rulesExport->add_option("FILE", o.file, "FILE.json")->required();
    rulesExport->add_option("--site", o.site, "The set in force for this site");
    rulesExport->add_option("--date", o.ruleDate, "The set in force on this date (default today)");
    auto* rulesImport = rulesCmd->add_subcommand("import", "Validate and store a rule-set version");
    rulesImport->add_option("FILE", o.file, "FILE.json")->required();

    auto* orders = app.add_subcommand("workorders", "Work orders");
    orders->require_subcommand(1);
    auto* ordersImport = orders->add_subcommand("import", "Import work orders from CSV (all or nothing)");
    ordersImport->add_option("FILE", o.file, "FILE.csv")->required();
    ordersImport->add_option("--site", o.site, "Site of rows that name none");
    ordersImport->add_flag("--skip-invalid", o.skipInvalid, "Import the valid rows, write the others to --rejects");
    ordersImport->add_option("--rejects", o.rejects, "Where rejected rows go, with their reasons");
    auto* ordersExport = orders->add_subcommand("export", "Export work orders to CSV");
    ordersExport->add_option("FILE", o.file, "FILE.csv")->required();
    ordersExport->add_option("--site", o.site, "Only this site");
    ordersExport->add_option("--from", o.from, "Reported on or after DATE (YYYY-MM-DD)");
    ordersExport->add_option("--to", o.to, "Reported on or before DATE (YYYY-MM-DD)");

    auto* kpi = app.add_subcommand("kpi", "Work-order KPIs of a site and month");
    kpi->add_option("--site", o.site, "Site code")->required();
    kpi->add_option("--month", o.month, "YYYY-MM")->required();
    kpi->add_option("--as-of", o.asOf, "Evaluate as of this time (default now), in the site's zone");
    kpi->add_option("--format", o.format, "table or json")->capture_default_str();
    kpi->add_flag("--details", o.details, "With the table: the records behind each figure");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kUsage;
    }

    services::configureLogging(services::dataDirectory() / "logs", spdlog::level::warn);
    Cli cli(o);
    const std::array<std::pair<CLI::App*, int (Cli::*)()>, 10> commands{{
        {init, &Cli::init},
        {siteAdd, &Cli::siteAdd},
        {siteList, &Cli::siteList},
        {calendarImport, &Cli::calendarImport},
        {rulesShow, &Cli::rulesShow},
        {rulesExport, &Cli::rulesExport},
        {rulesImport, &Cli::rulesImport},
        {ordersImport, &Cli::workOrdersImport},
        {ordersExport, &Cli::workOrdersExport},
        {kpi, &Cli::kpi},
    }};
    for (const auto& [command, run] : commands) {
        if (command->parsed()) {
            return (cli.*run)();
        }
    }
    return kUsage;
}
