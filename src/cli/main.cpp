// propdesk-cli: the command line of DESIGN.md §6 and docs/cli.md. Parses arguments, calls the services, prints results.
// Exit status: 0 ok, 1 usage, 2 invalid input (nothing written), 3 storage or I/O failure.

#include "domain/timezone.h"
#include "propdeskversion.h"
#include "reports/kpijson.h"
#include "reports/kpitable.h"
#include "reports/monthlyreport.h"
#include "rules/rulesetjson.h"
#include "services/demodata.h"
#include "services/logging.h"
#include "services/paths.h"
#include "services/workspace.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <spawn.h>
#include <termios.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <sys/wait.h>

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

// The desktop application draws the report's PDF (the CLI has no Qt): $PROPDESK_APP, else `propdesk`
// beside this executable, else the build tree's ../app/propdesk, else the PATH.
std::optional<std::filesystem::path> desktopApp()
{
    const auto runnable = [](const std::filesystem::path& file) {
        return ::access(file.c_str(), X_OK) == 0 && !std::filesystem::is_directory(file);
    };
    if (const char* named = std::getenv("PROPDESK_APP"); named != nullptr && *named != '\0') {
        return runnable(named) ? std::optional<std::filesystem::path>(named) : std::nullopt;
    }
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        for (const auto& candidate :
             {self.parent_path() / "propdesk", self.parent_path() / ".." / "app" / "propdesk"}) {
            if (runnable(candidate)) {
                return candidate.lexically_normal();
            }
        }
    }
    if (const char* path = std::getenv("PATH"); path != nullptr) {
        std::istringstream folders{std::string(path)};
        for (std::string folder; std::getline(folders, folder, ':');) {
            if (!folder.empty() && runnable(std::filesystem::path(folder) / "propdesk")) {
                return std::filesystem::path(folder) / "propdesk";
            }
        }
    }
    return std::nullopt;
}

// Writes the report document to a temporary file and has the desktop application render it as a PDF, without
// a window and without a shell. The application says on stderr why it could not.
int renderPdf(const std::string& json, const std::string& output, reports::Language language)
{
    const auto app = desktopApp();
    if (!app) {
        std::cerr << "propdesk-cli: the PDF is drawn by the desktop application propdesk, which was not found "
                     "(install it beside propdesk-cli or name it in PROPDESK_APP)\n";
        return kFailure;
    }
    std::string temp = (std::filesystem::temp_directory_path() / "propdesk-report-XXXXXX.json").string();
    const int fd = ::mkstemps(temp.data(), 5);
    if (fd < 0) {
        return report(domain::Error{domain::ErrorCode::Io, "could not write the file", "", temp});
    }
    const bool written = ::write(fd, json.data(), json.size()) == static_cast<ssize_t>(json.size());
    ::close(fd);
    if (!written) {
        std::filesystem::remove(temp);
        return report(domain::Error{domain::ErrorCode::Io, "could not write the file", "", temp});
    }
    std::string program = app->string();
    std::string renderFlag = "--render-report";
    std::string pdfFlag = "--pdf";
    std::string languageFlag = "--language";
    std::string languageKey(reports::languageKey(language));
    std::string out = output;
    std::array<char*, 8> argv{program.data(), renderFlag.data(),   temp.data(),        pdfFlag.data(),
                              out.data(),     languageFlag.data(), languageKey.data(), nullptr};
    pid_t child = 0;
    const int spawned = ::posix_spawn(&child, program.c_str(), nullptr, nullptr, argv.data(), environ);
    int status = 0;
    if (spawned == 0) {
        while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
        }
    }
    std::filesystem::remove(temp);
    if (spawned != 0) {
        std::cerr << fmt::format("propdesk-cli: could not run {}: {}\n", program, std::strerror(spawned));
        return kFailure;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::cerr << fmt::format("propdesk-cli: {} could not write the PDF {}\n", program, output);
        return kFailure;
    }
    return kOk;
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

// On a database without accounts (the bootstrap state) the CLI acts as the OS login with every right.
domain::User bootstrapUser()
{
    const char* login = std::getenv("USER");
    return domain::User{login && *login ? login : "cli", domain::Role::System};
}

// Reads a password from the environment variable, else from the terminal without echo. None when there
// is neither.
std::optional<std::string> readPassword(const char* variable, const std::string& prompt)
{
    if (const char* value = std::getenv(variable); value) {
        return std::string(value);
    }
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        return std::nullopt;
    }
    termios old{};
    const bool terminal = ::tcgetattr(fd, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    [[maybe_unused]] auto written = ::write(fd, prompt.data(), prompt.size());
    std::string password;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n') {
        password += c;
    }
    if (terminal) {
        ::tcsetattr(fd, TCSAFLUSH, &old);
    }
    written = ::write(fd, "\n", 1);
    ::close(fd);
    return password;
}

struct Options
{
    std::string db;
    std::string user;
    // user add / passwd / set
    std::string account;
    std::string displayName;
    std::string role;
    std::vector<std::string> sites;
    std::string active;
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
    // work orders, complaints
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
    // report
    std::string language = "zh_CN";
    std::string xlsx;
    std::string json;
    std::string pdf;
    // rules export
    std::string ruleDate;
    // patrol import
    std::string checkpointColumn;
    std::string guardColumn;
    std::string timeColumn;
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
            std::cout << fmt::format("Created demo site {} ({}) with {} work orders and {} complaints.\n",
                                     demo->site.code, demo->site.name, demo->orders, demo->complaints);
            if (auto has = (*ws)->users().hasAccounts(); has && !*has) {
                if (auto ok = services::createDemoAccounts(**ws); !ok) {
                    return report(ok.error());
                }
                std::cout << "Demo accounts (name / password):\n";
                for (const auto& a : services::demoAccounts()) {
                    std::cout << fmt::format("  {:<10} {:<16} {}\n", a.name, a.password, domain::roleKey(a.role));
                }
            }
        }
        if (auto has = (*ws)->users().hasAccounts(); has && !*has) {
            std::cout << "The database has no user accounts yet, so anyone can change it. Create the first admin "
                         "with `propdesk-cli user add NAME --role admin`.\n";
        }
        return kOk;
    }

    int backup()
    {
        auto ws = open();
        if (!ws) {
            return report(ws.error());
        }
        auto made = (*ws)->backups().backupNow(std::filesystem::path(m_o.file));
        if (!made) {
            return report(made.error());
        }
        std::cout << fmt::format("Backed up to {} ({} bytes).\n", made->path.string(), made->bytes);
        return kOk;
    }

    int restore()
    {
        const auto path = databasePath();
        auto current = services::checkDatabaseFile(path, true);
        if (!current || !current->ok) {
            // Nobody can sign in to a broken database: the backup replaces the file, which is kept aside.
            auto aside = services::recoverFromBackup(path, m_o.file, m_clock.now());
            if (!aside) {
                return report(aside.error());
            }
            std::cout << fmt::format("{} failed its check; it was moved to {} and replaced by {}.\n", path.string(),
                                     aside->string(), m_o.file);
            return kOk;
        }
        auto ws = open();
        if (!ws) {
            return report(ws.error());
        }
        auto saved = (*ws)->backups().restore(m_o.file);
        if (!saved) {
            return report(saved.error());
        }
        std::cout << fmt::format("Restored {}. The data before the restore is in {}.\n", m_o.file,
                                 saved->path.string());
        return kOk;
    }

    int check()
    {
        auto ws = open();
        if (!ws) {
            // A file that cannot even be opened is checked on its own.
            auto direct = services::checkDatabaseFile(databasePath(), false);
            if (!direct) {
                return report(ws.error());
            }
            return printCheck(*direct);
        }
        auto result = (*ws)->backups().check(false);
        if (!result) {
            return report(result.error());
        }
        return printCheck(*result);
    }

    int userAdd()
    {
        auto ws = open();
        if (!ws) {
            return report(ws.error());
        }
        auto role = domain::parseRole(m_o.role);
        if (!role) {
            std::cerr << "propdesk-cli: --role is front_desk, supervisor, manager or admin\n";
            return kUsage;
        }
        auto password = newPassword(m_o.account);
        if (!password) {
            return kUsage;
        }
        services::NewUser user{m_o.account, m_o.displayName, *role, m_o.sites, *password};
        auto has = (*ws)->users().hasAccounts();
        if (!has) {
            return report(has.error());
        }
        if (!*has && *role != domain::Role::Admin) {
            std::cerr << "propdesk-cli: the first account of a database is an admin (--role admin)\n";
            return kUsage;
        }
        auto made = *has ? (*ws)->users().add(user) : (*ws)->users().createFirstAdmin(user);
        if (!made) {
            return report(made.error());
        }
        std::cout << fmt::format("Added user {} ({}).\n", made->name, domain::roleKey(made->role));
        return kOk;
    }

    int userList()
    {
        auto ws = open();
        if (!ws) {
            return report(ws.error());
        }
        auto users = (*ws)->users().list();
        if (!users) {
            return report(users.error());
        }
        auto sites = (*ws)->sites().list();
        std::cout << fmt::format("{:<16} {:<12} {:<8} {:<20} {}\n", "NAME", "ROLE", "ACTIVE", "SITES", "DISPLAY NAME");
        for (const auto& u : *users) {
            std::vector<std::string> codes;
            for (const auto id : u.sites) {
                if (sites) {
                    for (const auto& site : *sites) {
                        if (site.id == id) {
                            codes.push_back(site.code);
                        }
                    }
                }
            }
            std::cout << fmt::format(
                "{:<16} {:<12} {:<8} {:<20} {}\n", u.name, domain::roleKey(u.role), u.active ? "yes" : "no",
                u.role == domain::Role::Admin ? "(all)" : fmt::format("{}", fmt::join(codes, ",")), u.displayName);
        }
        return kOk;
    }

    int userPasswd()
    {
        auto ws = open();
        if (!ws) {
            return report(ws.error());
        }
        auto account = findAccount(**ws);
        if (!account) {
            return report(account.error());
        }
        auto password = newPassword(m_o.account);
        if (!password) {
            return kUsage;
        }
        if (auto ok = (*ws)->users().resetPassword(account->id, *password); !ok) {
            return report(ok.error());
        }
        std::cout << fmt::format("Password of {} reset.\n", account->name);
        return kOk;
    }

    int userSet()
    {
        auto ws = open();
        if (!ws) {
            return report(ws.error());
        }
        auto account = findAccount(**ws);
        if (!account) {
            return report(account.error());
        }
        auto role = m_o.role.empty() ? std::optional(account->role) : domain::parseRole(m_o.role);
        if (!role) {
            std::cerr << "propdesk-cli: --role is front_desk, supervisor, manager or admin\n";
            return kUsage;
        }
        if (!m_o.active.empty() && m_o.active != "yes" && m_o.active != "no") {
            std::cerr << "propdesk-cli: --active is yes or no\n";
            return kUsage;
        }
        std::vector<std::string> codes = m_o.sites;
        if (codes.empty()) {
            auto sites = (*ws)->sites().list();
            for (const auto id : account->sites) {
                for (const auto& site : sites ? *sites : std::vector<domain::Site>{}) {
                    if (site.id == id) {
                        codes.push_back(site.code);
                    }
                }
            }
        }
        const auto display = m_o.displayName.empty() ? account->displayName : m_o.displayName;
        const bool active = m_o.active.empty() ? account->active : m_o.active == "yes";
        auto updated = (*ws)->users().update(account->id, display, *role, codes, active);
        if (!updated) {
            return report(updated.error());
        }
        std::cout << fmt::format("Updated user {} ({}, {}).\n", updated->name, domain::roleKey(updated->role),
                                 updated->active ? "active" : "inactive");
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
        return importCsv([](services::Workspace& ws) -> services::WorkOrderCsv& { return ws.workOrderCsv(); },
                         "work orders");
    }

    int workOrdersExport()
    {
        return exportCsv([](services::Workspace& ws) -> services::WorkOrderCsv& { return ws.workOrderCsv(); },
                         "work orders");
    }

    int complaintsImport()
    {
        return importCsv([](services::Workspace& ws) -> services::ComplaintCsv& { return ws.complaintCsv(); },
                         "complaints");
    }

    int complaintsExport()
    {
        return exportCsv([](services::Workspace& ws) -> services::ComplaintCsv& { return ws.complaintCsv(); },
                         "complaints");
    }

    int patrolImport()
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
        auto& csv = (*ws)->patrolCsv();
        services::PatrolColumns columns;
        columns.checkpoint = m_o.checkpointColumn;
        columns.guard = m_o.guardColumn;
        columns.time = m_o.timeColumn;
        auto plan = csv.prepare(*text, m_o.file, m_o.site, columns);
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
        std::cout << fmt::format("Imported {} patrol scans from {}", written->stored, m_o.file);
        if (written->alreadyStored > 0 || plan->repeatedInFile > 0) {
            std::cout << fmt::format("; skipped {} already stored and {} repeated in the file", written->alreadyStored,
                                     plan->repeatedInFile);
        }
        if (!plan->rejected.empty()) {
            std::cout << fmt::format("; rejected {} (with reasons in {})", plan->rejected.size(), m_o.rejects);
        }
        std::cout << ".\n";
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
        auto asOf = asOfOption(**ws);
        if (!asOf) {
            return report(asOf.error());
        }
        auto result = (*ws)->kpis().siteKpis(m_o.site, *month, *asOf);
        if (!result) {
            return report(result.error());
        }
        std::cout << (m_o.format == "json" ? reports::kpiReportJson(*result)
                                           : reports::kpiReportTable(*result, m_o.details));
        return kOk;
    }

    // The monthly KPI report of a site as an xlsx workbook or as its JSON document (docs/kpi-report.md).
    int monthlyReport()
    {
        const auto language = reports::parseLanguage(m_o.language);
        if (!language) {
            std::cerr << "propdesk-cli: --language is zh_CN or en\n";
            return kUsage;
        }
        if (int{!m_o.xlsx.empty()} + int{!m_o.json.empty()} + int{!m_o.pdf.empty()} != 1) {
            std::cerr << "propdesk-cli: report needs one of --xlsx FILE, --json FILE or --pdf FILE\n";
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
        auto asOf = asOfOption(**ws);
        if (!asOf) {
            return report(asOf.error());
        }
        auto figures = (*ws)->indicators().monthlyIndicators(m_o.site, *month, *asOf);
        if (!figures) {
            return report(figures.error());
        }
        const auto document = reports::buildMonthlyReport(*figures, m_clock.now());
        if (!m_o.xlsx.empty()) {
            if (auto written = reports::writeXlsx(document, *language, m_o.xlsx); !written) {
                return report(written.error());
            }
            std::cout << fmt::format("Wrote {} ({} indicators, {} missed).\n", m_o.xlsx, document.indicators.size(),
                                     document.missedCount());
            return kOk;
        }
        if (!m_o.pdf.empty()) {
            if (const int rendered = renderPdf(reports::toJson(document), m_o.pdf, *language); rendered != kOk) {
                return rendered;
            }
            std::cout << fmt::format("Wrote {} ({} indicators, {} missed).\n", m_o.pdf, document.indicators.size(),
                                     document.missedCount());
            return kOk;
        }
        std::ofstream out(m_o.json, std::ios::binary | std::ios::trunc);
        out << reports::toJson(document);
        out.close();
        if (!out) {
            return report(domain::Error{domain::ErrorCode::Io, "could not write the file", "", m_o.json});
        }
        std::cout << fmt::format("Wrote {} ({} indicators, {} missed).\n", m_o.json, document.indicators.size(),
                                 document.missedCount());
        return kOk;
    }

private:
    // --as-of read in the site's zone (--site), or none for now.
    domain::Result<std::optional<domain::Instant>> asOfOption(services::Workspace& ws)
    {
        auto site = ws.sites().get(m_o.site);
        if (!site) {
            return std::unexpected(site.error());
        }
        if (m_o.asOf.empty()) {
            return std::optional<domain::Instant>{};
        }
        auto zone = domain::TimeZone::find(site->timeZone);
        if (!zone) {
            return std::unexpected(zone.error());
        }
        auto t = domain::parseTime(m_o.asOf, *zone);
        if (!t) {
            auto e = t.error();
            e.field = "--as-of";
            return std::unexpected(e);
        }
        return std::optional(*t);
    }

    // `csvOf` picks the format (WorkOrderCsv or ComplaintCsv) from the workspace; `noun` names the records.
    template <typename CsvOf>
    int importCsv(CsvOf csvOf, std::string_view noun)
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
        auto& csv = csvOf(**ws);
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
        std::cout << fmt::format("Imported {} {} from {}", *written, noun, m_o.file);
        if (!plan->rejected.empty()) {
            std::cout << fmt::format("; rejected {} (with reasons in {})", plan->rejected.size(), m_o.rejects);
        }
        std::cout << ".\n";
        return kOk;
    }

    template <typename CsvOf>
    int exportCsv(CsvOf csvOf, std::string_view noun)
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
                                    auto n = csvOf(**ws).exportTo(out, filter);
                                    if (!n) {
                                        return std::unexpected(n.error());
                                    }
                                    count = *n;
                                    return {};
                                });
            !ok) {
            return report(ok.error());
        }
        std::cout << fmt::format("Exported {} {} to {}\n", count, noun, m_o.file);
        return kOk;
    }

    std::filesystem::path databasePath() const
    {
        return m_o.db.empty() ? services::defaultDatabasePath() : std::filesystem::path(m_o.db);
    }

    static int printCheck(const services::DatabaseCheck& result)
    {
        if (result.ok) {
            std::cout << fmt::format("ok (schema version {})\n", result.schemaVersion);
            return kOk;
        }
        for (const auto& problem : result.problems) {
            std::cout << problem << "\n";
        }
        return kFailure;
    }

    // The new password for `account`: PROPDESK_NEW_PASSWORD, else asked twice at the terminal.
    static std::optional<std::string> newPassword(const std::string& account)
    {
        if (const char* value = std::getenv("PROPDESK_NEW_PASSWORD"); value) {
            return std::string(value);
        }
        auto first = readPassword("PROPDESK_NEW_PASSWORD", fmt::format("New password for {}: ", account));
        if (!first) {
            std::cerr << "propdesk-cli: no terminal to ask the new password: set PROPDESK_NEW_PASSWORD\n";
            return std::nullopt;
        }
        auto again = readPassword("PROPDESK_NEW_PASSWORD", "Again: ");
        if (!again || *again != *first) {
            std::cerr << "propdesk-cli: the two passwords differ\n";
            return std::nullopt;
        }
        return first;
    }

    domain::Result<domain::UserAccount> findAccount(services::Workspace& ws)
    {
        auto users = ws.users().list();
        if (!users) {
            return std::unexpected(users.error());
        }
        for (auto& u : *users) {
            if (u.name == m_o.account) {
                return u;
            }
        }
        return domain::fail(domain::ErrorCode::NotFound, fmt::format("no user named {}", m_o.account), "NAME");
    }

    domain::Result<std::unique_ptr<services::Workspace>>
    open(services::OpenMode mode = services::OpenMode::OpenExisting)
    {
        auto ws = services::Workspace::open(databasePath(), mode, m_clock, domain::User{"", domain::Role::None});
        if (!ws) {
            // Opening fails for storage reasons (missing, unreadable, newer schema): exit status 3.
            auto e = ws.error();
            if (e.code == domain::ErrorCode::NotFound || e.code == domain::ErrorCode::InvalidInput) {
                e.code = domain::ErrorCode::Io;
            }
            return std::unexpected(e);
        }
        if (auto ok = signIn(**ws); !ok) {
            return std::unexpected(ok.error());
        }
        return ws;
    }

    // --user NAME signs in (password from PROPDESK_PASSWORD or the terminal). Without it, only a database
    // that has no accounts yet can be used.
    domain::Result<void> signIn(services::Workspace& ws)
    {
        auto has = ws.users().hasAccounts();
        if (!has) {
            return std::unexpected(has.error());
        }
        if (m_o.user.empty()) {
            if (*has) {
                return domain::fail(domain::ErrorCode::PermissionDenied,
                                    "this database has user accounts: sign in with --user NAME (the password "
                                    "from PROPDESK_PASSWORD or the prompt)",
                                    "--user");
            }
            ws.context().user = bootstrapUser();
            return {};
        }
        auto password = readPassword("PROPDESK_PASSWORD", fmt::format("Password for {}: ", m_o.user));
        if (!password) {
            return domain::fail(domain::ErrorCode::PermissionDenied,
                                "no terminal to ask the password: set PROPDESK_PASSWORD", "--user");
        }
        auto user = ws.users().signIn(m_o.user, *password);
        if (!user) {
            return std::unexpected(user.error());
        }
        return {};
    }

    Options& m_o;
    domain::SystemClock m_clock;
};

} // namespace

int main(int argc, char** argv)
{
    Options o;
    CLI::App app{"PropDesk command line: sites, rules, work orders, complaints and KPIs of a property-service centre.",
                 "propdesk-cli"};
    app.require_subcommand(1);
    app.add_option("--db", o.db, "Database file (default: $PROPDESK_DB, else the per-user data folder)");
    app.add_option("--user", o.user, "Sign in as NAME (password from $PROPDESK_PASSWORD or the prompt)");
    app.set_version_flag("--version", fmt::format("propdesk-cli {}", PROPDESK_VERSION));

    auto* init = app.add_subcommand("init", "Create the database (and with --demo, a demo site)");
    init->add_flag("--demo", o.demo, "Add the demo site DEMO with two months of work orders and complaints");

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

    auto* complaintsCmd = app.add_subcommand("complaints", "Complaints (投诉)");
    complaintsCmd->require_subcommand(1);
    auto* complaintsImport =
        complaintsCmd->add_subcommand("import", "Import complaints from CSV (all or nothing; see docs/cli.md)");
    complaintsImport->add_option("FILE", o.file, "FILE.csv")->required();
    complaintsImport->add_option("--site", o.site, "Site of rows that name none");
    complaintsImport->add_flag("--skip-invalid", o.skipInvalid, "Import the valid rows, write the others to --rejects");
    complaintsImport->add_option("--rejects", o.rejects, "Where rejected rows go, with their reasons");
    auto* complaintsExport = complaintsCmd->add_subcommand("export", "Export complaints to CSV");
    complaintsExport->add_option("FILE", o.file, "FILE.csv")->required();
    complaintsExport->add_option("--site", o.site, "Only this site");
    complaintsExport->add_option("--from", o.from, "Received on or after DATE (YYYY-MM-DD)");
    complaintsExport->add_option("--to", o.to, "Received on or before DATE (YYYY-MM-DD)");

    auto* patrolCmd = app.add_subcommand("patrol", "Guard tours (巡更)");
    patrolCmd->require_subcommand(1);
    auto* patrolImport = patrolCmd->add_subcommand(
        "import", "Import a guard-tour device's CSV export (all or nothing; see docs/security-operations.md)");
    patrolImport->add_option("FILE", o.file, "FILE.csv")->required();
    patrolImport->add_option("--site", o.site, "Site code")->required();
    patrolImport->add_option("--checkpoint-column", o.checkpointColumn, "The column with the checkpoint code");
    patrolImport->add_option("--guard-column", o.guardColumn, "The column with the guard or card");
    patrolImport->add_option("--time-column", o.timeColumn, "The column with the scan time");
    patrolImport->add_flag("--skip-invalid", o.skipInvalid, "Import the valid rows, write the others to --rejects");
    patrolImport->add_option("--rejects", o.rejects, "Where rejected rows go, with their reasons");

    auto* kpi = app.add_subcommand("kpi", "Work-order, complaint, security and inspection KPIs of a site and month");
    kpi->add_option("--site", o.site, "Site code")->required();
    kpi->add_option("--month", o.month, "YYYY-MM")->required();
    kpi->add_option("--as-of", o.asOf, "Evaluate as of this time (default now), in the site's zone");
    kpi->add_option("--format", o.format, "table or json")->capture_default_str();
    kpi->add_flag("--details", o.details, "With the table: the records behind each figure");

    auto* monthly =
        app.add_subcommand("report", "The monthly KPI report of a site: an xlsx workbook, a PDF or its JSON");
    monthly->add_option("--site", o.site, "Site code")->required();
    monthly->add_option("--month", o.month, "YYYY-MM")->required();
    monthly->add_option("--as-of", o.asOf, "Evaluate as of this time (default now), in the site's zone");
    monthly->add_option("--language", o.language, "zh_CN or en")->capture_default_str();
    monthly->add_option("--xlsx", o.xlsx, "Write the workbook to this file");
    monthly->add_option("--json", o.json, "Write the report document (what a frozen report keeps) to this file");
    monthly->add_option("--pdf", o.pdf, "Write the printed report as a PDF (drawn by the desktop application)");

    auto* backup = app.add_subcommand("backup", "Copy the database, while in use, into FILE (admin)");
    backup->add_option("FILE", o.file, "FILE.db")->required();
    auto* restore = app.add_subcommand("restore", "Replace the database by a checked backup (admin)");
    restore->add_option("FILE", o.file, "FILE.db")->required();
    auto* check = app.add_subcommand("check", "Run SQLite's integrity check on the database");

    auto* userCmd = app.add_subcommand("user", "User accounts (admin)");
    userCmd->require_subcommand(1);
    auto* userAdd = userCmd->add_subcommand("add", "Add an account (new password from $PROPDESK_NEW_PASSWORD or "
                                                   "the prompt)");
    userAdd->add_option("NAME", o.account, "Sign-in name")->required();
    userAdd->add_option("--role", o.role, "front_desk, supervisor, manager or admin")->required();
    userAdd->add_option("--site", o.sites, "A site the user works at (repeat for several)");
    userAdd->add_option("--display-name", o.displayName, "The name screens and records show");
    auto* userList = userCmd->add_subcommand("list", "List the accounts");
    auto* userPasswd = userCmd->add_subcommand("passwd", "Reset an account's password");
    userPasswd->add_option("NAME", o.account, "Sign-in name")->required();
    auto* userSet = userCmd->add_subcommand("set", "Change an account's role, sites, display name or state");
    userSet->add_option("NAME", o.account, "Sign-in name")->required();
    userSet->add_option("--role", o.role, "front_desk, supervisor, manager or admin");
    userSet->add_option("--site", o.sites, "The sites (repeat; replaces the list)");
    userSet->add_option("--display-name", o.displayName, "The name screens and records show");
    userSet->add_option("--active", o.active, "yes or no");

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
    const std::array<std::pair<CLI::App*, int (Cli::*)()>, 21> commands{{
        {backup, &Cli::backup},
        {restore, &Cli::restore},
        {check, &Cli::check},
        {userAdd, &Cli::userAdd},
        {userList, &Cli::userList},
        {userPasswd, &Cli::userPasswd},
        {userSet, &Cli::userSet},
        {init, &Cli::init},
        {siteAdd, &Cli::siteAdd},
        {siteList, &Cli::siteList},
        {calendarImport, &Cli::calendarImport},
        {rulesShow, &Cli::rulesShow},
        {rulesExport, &Cli::rulesExport},
        {rulesImport, &Cli::rulesImport},
        {ordersImport, &Cli::workOrdersImport},
        {ordersExport, &Cli::workOrdersExport},
        {complaintsImport, &Cli::complaintsImport},
        {patrolImport, &Cli::patrolImport},
        {complaintsExport, &Cli::complaintsExport},
        {kpi, &Cli::kpi},
        {monthly, &Cli::monthlyReport},
    }};
    for (const auto& [command, run] : commands) {
        if (command->parsed()) {
            return (cli.*run)();
        }
    }
    return kUsage;
}
