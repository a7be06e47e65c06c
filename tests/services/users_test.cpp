// Accounts and signing in (docs/security.md): argon2id hashes, the first admin, the acting user and its
// sites, the delay after failed sign-ins, inactive accounts, the last admin, and passwords that never
// reach the database or the log.

#include "domain/userrepository.h"
#include "servicetestsupport.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <array>
#include <fstream>
#include <map>

using namespace propdesk;
using namespace std::chrono_literals;
using domain::ErrorCode;
using domain::Role;
using propdesk::tests::at;
using propdesk::tests::Desk;

namespace {

// Sends every layer's log to a string while it lives (no executable has configured logging in the
// tests), then puts back whatever loggers were there.
class LogCapture
{
public:
    LogCapture()
    {
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_text, true);
        for (const char* name : kLayers) {
            m_saved[name] = spdlog::get(name);
            spdlog::drop(name);
            auto logger = std::make_shared<spdlog::logger>(name, sink);
            logger->set_level(spdlog::level::trace);
            spdlog::register_logger(logger);
        }
    }
    ~LogCapture()
    {
        for (const char* name : kLayers) {
            spdlog::drop(name);
            if (m_saved[name]) {
                spdlog::register_logger(m_saved[name]);
            }
        }
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    std::string text() const { return m_text.str(); }

private:
    static constexpr std::array kLayers{"domain", "rules", "storage", "services", "reports", "cli", "gui"};
    std::ostringstream m_text;
    std::map<std::string, std::shared_ptr<spdlog::logger>> m_saved;
};

std::string fileBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// An account stored without hashing (no sign-in needed): for the rules about roles and sites.
domain::UserAccount storeAccount(Desk& desk, std::string name, Role role, std::vector<domain::SiteId> sites,
                                 bool active = true)
{
    domain::UserAccount account;
    account.name = std::move(name);
    account.role = role;
    account.sites = std::move(sites);
    account.active = active;
    account.passwordHash = "not a hash";
    account.createdAt = desk.clock.now();
    auto id = desk.ws->context().store.users().add(account);
    REQUIRE(id);
    account.id = *id;
    return account;
}

domain::UserAccount storedAccount(Desk& desk, domain::UserId id)
{
    auto account = desk.ws->context().store.users().get(id);
    REQUIRE(account);
    REQUIRE(*account);
    return **account;
}

int failures(Desk& desk, std::string_view name)
{
    auto f = desk.ws->context().store.users().failures(name);
    REQUIRE(f);
    return f->count;
}

domain::Seconds retryDelay(Desk& desk, std::string_view name)
{
    auto d = desk.ws->users().retryDelay(name);
    REQUIRE(d);
    return *d;
}

constexpr const char* kPassword = "correct-horse-battery";

} // namespace

TEST_CASE("passwords are kept as argon2id hash strings with a salt of their own")
{
    auto first = services::hashPassword(kPassword);
    REQUIRE(first);
    CHECK_THAT(*first, Catch::StartsWith("$argon2id$"));
    CHECK(first->find(kPassword) == std::string::npos);
    auto second = services::hashPassword(kPassword);
    REQUIRE(second);
    CHECK(*second != *first); // salted
    CHECK(services::verifyPassword(*first, kPassword));
    CHECK(services::verifyPassword(*second, kPassword));
    CHECK_FALSE(services::verifyPassword(*first, "correct-horse-batterY"));
    CHECK_FALSE(services::verifyPassword(*first, ""));
    CHECK_FALSE(services::verifyPassword("", kPassword));
    CHECK_FALSE(services::verifyPassword("$argon2id$garbage", kPassword));
}

TEST_CASE("a password appears neither in the database file nor in the log nor in the audit trail")
{
    const std::array secrets{"Admin-Secret-0001", "Desk-Secret-0002", "Wrong-Guess-0003",
                             "Reset-Secret-0004", "Own-Secret-0005",  "Stranger-Guess-0006"};
    LogCapture log;
    Desk desk(at("2025-04-05 10:00"));
    desk.addSite("A");
    desk.ws->context().user = domain::User{"", Role::None};
    auto& users = desk.ws->users();

    auto admin = users.createFirstAdmin(services::NewUser{"root", "系统管理员", Role::Admin, {}, secrets[0]});
    REQUIRE(admin);
    CHECK(admin->passwordHash.empty()); // never handed back
    REQUIRE(users.signIn("root", secrets[0]));
    auto added = users.add(services::NewUser{"wangfang", "王芳", Role::FrontDesk, {"A"}, secrets[1]});
    REQUIRE(added);
    CHECK(added->passwordHash.empty());
    CHECK_FALSE(users.signIn("wangfang", secrets[2]));
    CHECK_FALSE(users.signIn("stranger", secrets[5]));
    REQUIRE(users.resetPassword(added->id, secrets[3]));
    auto listed = users.list();
    REQUIRE(listed);
    REQUIRE(listed->size() == 2);
    for (const auto& account : *listed) {
        CHECK(account.passwordHash.empty());
    }
    REQUIRE(users.signIn("wangfang", secrets[3]));
    auto wrongCurrent = users.changeOwnPassword("not-my-password", secrets[4]);
    REQUIRE_FALSE(wrongCurrent);
    CHECK(wrongCurrent.error().code == ErrorCode::PermissionDenied);
    CHECK(wrongCurrent.error().field == "current_password");
    REQUIRE(users.changeOwnPassword(secrets[3], secrets[4]));
    CHECK(users.signIn("wangfang", secrets[4]));
    users.signOut();

    for (const auto& e : desk.auditTrail()) {
        for (const auto& secret : secrets) {
            CHECK(e.summary.find(secret) == std::string::npos);
            for (const auto& c : e.changes) {
                CHECK(c.before.find(secret) == std::string::npos);
                CHECK(c.after.find(secret) == std::string::npos);
                CHECK(c.after.find("$argon2") == std::string::npos);
            }
        }
    }

    const auto path = desk.ws->path();
    desk.ws.reset(); // closes the database: the WAL is folded into the file
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
        SQLite::Statement q(db, "SELECT name, password_hash FROM users ORDER BY name");
        int n = 0;
        while (q.executeStep()) {
            ++n;
            CHECK_THAT(q.getColumn(1).getString(), Catch::StartsWith("$argon2id$"));
        }
        CHECK(n == 2);
    }
    std::string bytes;
    for (const auto& entry : std::filesystem::directory_iterator(desk.dir.path())) {
        if (entry.is_regular_file()) {
            bytes += fileBytes(entry.path());
        }
    }
    REQUIRE(bytes.size() > 10'000);
    CHECK(bytes.find("$argon2id$") != std::string::npos); // the hashes are there …
    const auto logText = log.text();
    CHECK_THAT(logText, Catch::Contains("failed sign-in for 'wangfang'"));
    CHECK_THAT(logText, Catch::Contains("password of wangfang reset"));
    for (const auto& secret : secrets) {
        INFO("secret " << secret);
        CHECK(bytes.find(secret) == std::string::npos); // … the passwords are not
        CHECK(logText.find(secret) == std::string::npos);
    }
    CHECK(logText.find("$argon2") == std::string::npos);
}

TEST_CASE("the first admin can be created only while the database has no account")
{
    Desk desk(at("2025-04-05 10:00"));
    desk.ws->context().user = domain::User{"", Role::None}; // the desktop's first start: nobody signed in
    auto& users = desk.ws->users();
    auto none = users.hasAccounts();
    REQUIRE(none);
    CHECK_FALSE(*none);

    auto tooShort = users.createFirstAdmin(services::NewUser{"root", "", Role::Admin, {}, "short"});
    REQUIRE_FALSE(tooShort);
    CHECK(tooShort.error().field == "password");

    // Whatever role is asked for, the first account is an admin.
    auto first = users.createFirstAdmin(services::NewUser{"root", "系统管理员", Role::FrontDesk, {}, kPassword});
    REQUIRE(first);
    CHECK(first->role == Role::Admin);
    auto has = users.hasAccounts();
    REQUIRE(has);
    CHECK(*has);
    const auto created = desk.auditTrail().back();
    CHECK(created.entity == "user");
    CHECK(created.record == "root");
    CHECK(created.user == "系统管理员");
    CHECK(created.account == std::optional(first->id));

    auto second = users.createFirstAdmin(services::NewUser{"intruder", "", Role::Admin, {}, "intruder-password"});
    REQUIRE_FALSE(second);
    CHECK(second.error().code == ErrorCode::Conflict);
    auto count = desk.ws->context().store.users().count();
    REQUIRE(count);
    CHECK(*count == 1);
    CHECK(desk.auditTrail().back().id == created.id);
    // Nor does anyone become somebody by it.
    CHECK(desk.ws->context().user.role == Role::None);
}

TEST_CASE("signing in makes the account the acting user, with the account's sites")
{
    Desk desk(at("2025-04-05 10:00"));
    const auto a = desk.addSite("A");
    // The first account of a database is an admin.
    REQUIRE(desk.ws->users().createFirstAdmin(services::NewUser{"boot", "", Role::Admin, {}, "boot-password"}));
    desk.addSite("B");
    auto& users = desk.ws->users();
    auto desker = users.add(services::NewUser{"wangfang", "王芳", Role::FrontDesk, {"A"}, kPassword});
    REQUIRE(desker);
    auto admin = users.add(services::NewUser{"root", "", Role::Admin, {}, "root-password"});
    REQUIRE(admin);
    desk.ws->context().user = domain::User{"", Role::None};

    auto user = users.signIn("  WangFang ", kPassword); // names are trimmed and case-insensitive
    REQUIRE(user);
    const auto& acting = desk.ws->context().user;
    CHECK(acting.name == "王芳");
    CHECK(acting.role == Role::FrontDesk);
    CHECK(acting.account == std::optional(desker->id));
    REQUIRE(acting.sites);
    CHECK(*acting.sites == std::vector<domain::SiteId>{a.id});
    CHECK(user->name == acting.name);
    CHECK(desk.ws->workOrderLists().board("A"));
    auto elsewhere = desk.ws->workOrderLists().board("B");
    REQUIRE_FALSE(elsewhere);
    CHECK(elsewhere.error().code == ErrorCode::PermissionDenied);

    // A failed sign-in leaves whoever was signed in.
    CHECK_FALSE(users.signIn("root", "not-the-password"));
    CHECK(desk.ws->context().user.name == "王芳");

    REQUIRE(users.signIn("root", "root-password"));
    CHECK(desk.ws->context().user.name == "root"); // no display name: the sign-in name
    CHECK(desk.ws->context().user.role == Role::Admin);
    CHECK_FALSE(desk.ws->context().user.sites); // an admin sees every site

    users.signOut();
    CHECK(desk.ws->context().user.role == Role::None);
    CHECK_FALSE(desk.ws->context().user.account);
}

TEST_CASE("after three failed sign-ins a name waits 1 s, 2 s, 4 s … up to 300 s, even with the right password")
{
    Desk desk(at("2025-04-05 10:00"));
    desk.addSite("A");
    // The first account of a database is an admin.
    REQUIRE(desk.ws->users().createFirstAdmin(services::NewUser{"boot", "", Role::Admin, {}, "boot-password"}));
    auto& users = desk.ws->users();
    REQUIRE(users.add(services::NewUser{"wangfang", "王芳", Role::FrontDesk, {"A"}, kPassword}));
    desk.ws->context().user = domain::User{"", Role::None};

    const auto fail = [&] {
        auto r = users.signIn("wangfang", "wrong-password");
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::PermissionDenied);
        CHECK(r.error().field == "password");
        CHECK(r.error().message == "wrong name or password");
    };
    const auto throttled = [&](const char* password, long seconds) {
        const int before = failures(desk, "wangfang");
        auto r = users.signIn("wangfang", password);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::PermissionDenied);
        CHECK(r.error().field == "retry_after");
        CHECK(r.error().message == fmt::format("too many failed sign-ins: try again in {} s", seconds));
        CHECK(failures(desk, "wangfang") == before); // refused without looking: not counted
        CHECK(desk.ws->context().user.role == Role::None);
    };

    // Three are free.
    for (int i = 1; i <= 3; ++i) {
        CHECK(retryDelay(desk, "wangfang") == 0s);
        fail();
        CHECK(failures(desk, "wangfang") == i);
    }
    // Then each failure doubles the wait, from the last failure, up to five minutes.
    const std::array<long, 11> delays{1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
    for (std::size_t i = 0; i < delays.size(); ++i) {
        const long delay = delays[i];
        INFO("after " << failures(desk, "wangfang") << " failures");
        CHECK(retryDelay(desk, "wangfang") == domain::Seconds{delay});
        throttled("wrong-password", delay);
        if (delay > 1) {
            desk.clock.advance(domain::Seconds{delay - 1});
            CHECK(retryDelay(desk, "wangfang") == 1s);
        }
        throttled(kPassword, 1); // the right password one second early is refused all the same
        desk.clock.advance(1s);
        CHECK(retryDelay(desk, "wangfang") == 0s);
        if (i + 1 < delays.size()) {
            fail();
        }
    }
    // Once the wait is over the right password works, and the count starts again.
    REQUIRE(users.signIn("wangfang", kPassword));
    CHECK(desk.ws->context().user.name == "王芳");
    CHECK(failures(desk, "wangfang") == 0);
    fail();
    CHECK(retryDelay(desk, "wangfang") == 0s);
}

TEST_CASE("unknown names are slowed down exactly like known ones")
{
    Desk desk(at("2025-04-05 10:00"));
    auto& users = desk.ws->users();
    desk.ws->context().user = domain::User{"", Role::None};
    for (int i = 1; i <= 3; ++i) {
        auto r = users.signIn("nobody", "some-guess-123");
        REQUIRE_FALSE(r);
        CHECK(r.error().message == "wrong name or password"); // the same words as a wrong password
        CHECK(r.error().field == "password");
    }
    auto r = users.signIn("nobody", "some-guess-123");
    REQUIRE_FALSE(r);
    CHECK(r.error().field == "retry_after");
    CHECK(r.error().message == "too many failed sign-ins: try again in 1 s");
    desk.clock.advance(1s);
    CHECK_FALSE(users.signIn("NoBody", "some-guess-123")); // the same name, other case
    CHECK(retryDelay(desk, "nobody") == 2s);
    CHECK(failures(desk, "nobody") == 4);
    CHECK(desk.auditTrail().size() >= 4);
}

TEST_CASE("an admin's password reset clears the failed sign-ins")
{
    Desk desk(at("2025-04-05 10:00"));
    desk.addSite("A");
    // The first account of a database is an admin.
    REQUIRE(desk.ws->users().createFirstAdmin(services::NewUser{"boot", "", Role::Admin, {}, "boot-password"}));
    auto& users = desk.ws->users();
    auto account = users.add(services::NewUser{"wangfang", "王芳", Role::FrontDesk, {"A"}, kPassword});
    REQUIRE(account);
    desk.ws->context().user = domain::User{"", Role::None};
    for (int i = 0; i < 3; ++i) {
        CHECK_FALSE(users.signIn("wangfang", "forgotten-password"));
    }
    CHECK(retryDelay(desk, "wangfang") == 1s);
    desk.ws->context().user = domain::User{"tester", Role::System};
    REQUIRE(users.resetPassword(account->id, "a-fresh-password"));
    CHECK(retryDelay(desk, "wangfang") == 0s);
    CHECK_FALSE(users.signIn("wangfang", kPassword));
    CHECK(users.signIn("wangfang", "a-fresh-password"));
}

TEST_CASE("an inactive account cannot sign in, whatever the password")
{
    Desk desk(at("2025-04-05 10:00"));
    desk.addSite("A");
    // The first account of a database is an admin.
    REQUIRE(desk.ws->users().createFirstAdmin(services::NewUser{"boot", "", Role::Admin, {}, "boot-password"}));
    auto& users = desk.ws->users();
    auto account = users.add(services::NewUser{"wangfang", "王芳", Role::FrontDesk, {"A"}, kPassword});
    REQUIRE(account);
    REQUIRE(users.update(account->id, "王芳", Role::FrontDesk, {"A"}, false));
    CHECK(services::UserService::userFor(storedAccount(desk, account->id)).role == Role::None);

    desk.ws->context().user = domain::User{"", Role::None};
    auto r = users.signIn("wangfang", kPassword);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::PermissionDenied);
    CHECK(r.error().message == "the account is inactive");
    CHECK(desk.ws->context().user.role == Role::None);
    const auto last = desk.auditTrail().back();
    CHECK(last.action == domain::AuditAction::SignInFailed);
    CHECK(last.summary == "the account is inactive");

    desk.ws->context().user = domain::User{"tester", Role::System};
    REQUIRE(users.update(account->id, "王芳", Role::FrontDesk, {"A"}, true));
    desk.ws->context().user = domain::User{"", Role::None};
    CHECK(users.signIn("wangfang", kPassword));
}

TEST_CASE("the last active admin can be neither demoted nor deactivated")
{
    Desk desk(at("2025-04-05 10:00"));
    const auto a = desk.addSite("A");
    const auto root = storeAccount(desk, "root", Role::Admin, {});
    auto& users = desk.ws->users();
    const auto trail = desk.auditTrail().size();

    const auto refused = [&](domain::UserId id, Role role, bool active) {
        auto r = users.update(id, "", role,
                              role == Role::Admin ? std::vector<std::string>{} : std::vector<std::string>{"A"}, active);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Conflict);
        CHECK(r.error().message == "the last active admin can be neither demoted nor deactivated");
    };
    refused(root.id, Role::Manager, true);
    refused(root.id, Role::FrontDesk, true);
    refused(root.id, Role::Admin, false);
    CHECK(storedAccount(desk, root.id).role == Role::Admin);
    CHECK(storedAccount(desk, root.id).active);
    CHECK(desk.auditTrail().size() == trail);

    // An inactive admin is no second admin.
    const auto spare = storeAccount(desk, "spare", Role::Admin, {}, false);
    refused(root.id, Role::Admin, false);
    REQUIRE(users.update(spare.id, "", Role::Admin, {}, true));
    REQUIRE(users.update(root.id, "", Role::Manager, {"A"}, true));
    CHECK(storedAccount(desk, root.id).role == Role::Manager);
    CHECK(storedAccount(desk, root.id).sites == std::vector<domain::SiteId>{a.id});
    // Now the spare is the last one.
    refused(spare.id, Role::Admin, false);
    refused(spare.id, Role::Supervisor, true);
}

TEST_CASE("a manager who adds a site works there from then on")
{
    Desk desk(at("2025-04-05 10:00"));
    const auto a = desk.addSite("A");
    const auto manager = storeAccount(desk, "zhaomin", Role::Manager, {a.id});
    desk.ws->context().user = services::UserService::userFor(manager);

    domain::Site site;
    site.code = "C";
    site.name = "新项目";
    auto c = desk.ws->sites().add(site);
    REQUIRE(c);
    // In this session …
    REQUIRE(desk.ws->context().user.sites);
    CHECK(*desk.ws->context().user.sites == std::vector<domain::SiteId>{a.id, c->id});
    CHECK(desk.ws->workOrderLists().board("C"));
    services::NewWorkOrder order;
    order.siteCode = "C";
    order.location = "1-1-101";
    CHECK(desk.ws->workOrders().log(order));
    // … and in the account, for the next sign-in.
    const auto stored = storedAccount(desk, manager.id);
    CHECK(stored.sites == std::vector<domain::SiteId>{a.id, c->id});
    const auto next = services::UserService::userFor(stored);
    CHECK(next.sees(c->id));
    CHECK(next.sees(a.id));

    // Another manager does not get it.
    const auto other = storeAccount(desk, "other", Role::Manager, {a.id});
    CHECK_FALSE(services::UserService::userFor(storedAccount(desk, other.id)).sees(c->id));
}
