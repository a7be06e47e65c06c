#include "userservice.h"

#include "access.h"
#include "audittrail.h"
#include "domain/audit.h"
#include "domain/siterepository.h"
#include "domain/userrepository.h"
#include "serviceslog.h"
#include "text.h"

#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>

namespace propdesk::services {

using domain::ErrorCode;
using domain::Role;

namespace {

constexpr std::size_t kMaxNameCharacters = 32;
constexpr std::size_t kMaxDisplayCharacters = 40;

std::size_t characters(std::string_view utf8)
{
    std::size_t n = 0;
    for (const char c : utf8) {
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return n;
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

domain::Result<void> checkPassword(std::string_view password)
{
    if (characters(password) < UserService::kMinPasswordLength) {
        return domain::fail(ErrorCode::InvalidInput,
                            fmt::format("a password has at least {} characters", UserService::kMinPasswordLength),
                            "password");
    }
    if (password.size() > 1024) {
        return domain::fail(ErrorCode::InvalidInput, "a password has at most 1024 bytes", "password");
    }
    return {};
}

// The delay before the next attempt after `failures` failed sign-ins in a row.
domain::Seconds delayAfter(int failures)
{
    if (failures < UserService::kFreeFailures) {
        return domain::Seconds{0};
    }
    const int doublings = std::min(failures - UserService::kFreeFailures, 16);
    return std::min(domain::Seconds{std::int64_t{1} << doublings}, UserService::kMaxDelay);
}

// A hash that no password of an attacker's choosing is known to match, checked when the name is
// unknown so that a wrong name costs as long as a wrong password.
const std::string& decoyHash()
{
    static const std::string hash = hashPassword("propdesk decoy password, never an account's").value_or("");
    return hash;
}

} // namespace

domain::Result<std::string> hashPassword(std::string_view password)
{
    if (!sodiumReady()) {
        return domain::fail(ErrorCode::Unsupported, "libsodium could not be initialised");
    }
    char out[crypto_pwhash_argon2id_STRBYTES];
    if (crypto_pwhash_argon2id_str(out, password.data(), password.size(), crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
                                   crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE) != 0) {
        return domain::fail(ErrorCode::Storage, "not enough memory to hash the password");
    }
    return std::string(out);
}

bool verifyPassword(std::string_view hash, std::string_view password)
{
    if (!sodiumReady() || hash.empty()) {
        return false;
    }
    const std::string h(hash); // NUL-terminated
    return crypto_pwhash_argon2id_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

domain::User UserService::userFor(const domain::UserAccount& account)
{
    domain::User user;
    user.name = account.displayName.empty() ? account.name : account.displayName;
    user.role = account.active ? account.role : Role::None;
    user.account = account.id;
    if (account.role != Role::Admin) {
        user.sites = account.sites;
    }
    return user;
}

domain::Result<bool> UserService::hasAccounts()
{
    auto n = m_ctx.store.users().count();
    if (!n) {
        return std::unexpected(n.error());
    }
    return *n > 0;
}

domain::Result<std::vector<domain::SiteId>> UserService::siteIds(const std::vector<std::string>& codes)
{
    std::vector<domain::SiteId> ids;
    for (const auto& code : codes) {
        auto site = m_ctx.store.sites().findByCode(code);
        if (!site) {
            return std::unexpected(site.error());
        }
        if (!*site) {
            return domain::fail(ErrorCode::NotFound, fmt::format("unknown site '{}'", code), "sites");
        }
        if (std::ranges::find(ids, (*site)->id) == ids.end()) {
            ids.push_back((*site)->id);
        }
    }
    return ids;
}

domain::Result<std::vector<std::string>> UserService::codesOf(const std::vector<domain::SiteId>& ids)
{
    std::vector<std::string> codes;
    for (const auto id : ids) {
        auto site = m_ctx.store.sites().findById(id);
        if (!site) {
            return std::unexpected(site.error());
        }
        codes.push_back(*site ? (*site)->code : fmt::format("#{}", id.value));
    }
    return codes;
}

domain::Result<domain::UserAccount> UserService::store(const NewUser& request, bool first)
{
    domain::UserAccount account;
    account.name = trimmed(request.name);
    account.displayName = trimmed(request.displayName);
    account.role = request.role;
    const auto bad = [&](std::string_view field, std::string message) {
        return domain::fail(ErrorCode::InvalidInput, std::move(message), std::string(field), account.name);
    };
    if (account.name.empty() || characters(account.name) > kMaxNameCharacters) {
        return bad("name", fmt::format("a sign-in name has 1 to {} characters", kMaxNameCharacters));
    }
    if (std::ranges::any_of(account.name, [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
        return bad("name", "a sign-in name cannot contain control characters");
    }
    if (characters(account.displayName) > kMaxDisplayCharacters) {
        return bad("display_name", fmt::format("a display name has at most {} characters", kMaxDisplayCharacters));
    }
    if (std::ranges::find(domain::signInRoles(), account.role) == domain::signInRoles().end()) {
        return bad("role", "choose front desk, supervisor, manager or admin");
    }
    if (auto ok = checkPassword(request.password); !ok) {
        return std::unexpected(ok.error());
    }
    auto hash = hashPassword(request.password);
    if (!hash) {
        return std::unexpected(hash.error());
    }
    account.passwordHash = std::move(*hash);
    account.createdAt = m_ctx.clock.now();
    account.passwordChangedAt = account.createdAt;

    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto ids = siteIds(request.siteCodes);
        if (!ids) {
            return std::unexpected(ids.error());
        }
        account.sites = std::move(*ids);
        if (account.sites.empty() && account.role != Role::Admin) {
            return bad("sites", "give the user at least one site");
        }
        auto n = m_ctx.store.users().count();
        if (!n) {
            return std::unexpected(n.error());
        }
        if (first && *n > 0) {
            return domain::fail(ErrorCode::Conflict, "the database already has user accounts");
        }
        if (!first && *n == 0 && account.role != Role::Admin) {
            return domain::fail(ErrorCode::Conflict, "the first account of a database is an admin", "role");
        }
        auto id = m_ctx.store.users().add(account);
        if (!id) {
            return std::unexpected(id.error());
        }
        account.id = *id;
        domain::AuditEntry entry;
        entry.entity = "user";
        entry.record = account.name;
        entry.action = domain::AuditAction::Create;
        entry.summary = fmt::format("{} account", domain::roleKey(account.role));
        entry.changes = auditDiff({}, auditFields(account, request.siteCodes));
        if (first) {
            // Nobody is signed in yet: the first admin creates their own account.
            entry.at = m_ctx.clock.now();
            entry.user = account.displayName.empty() ? account.name : account.displayName;
            entry.account = account.id;
            auto appended = m_ctx.store.audit().append(entry);
            return appended ? domain::Result<void>{} : std::unexpected(appended.error());
        }
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    logger()->info("{}: account {} ({}) created", first ? account.name : m_ctx.user.name, account.name,
                   domain::roleKey(account.role));
    account.passwordHash.clear();
    return account;
}

domain::Result<domain::UserAccount> UserService::createFirstAdmin(const NewUser& admin)
{
    auto first = admin;
    first.role = Role::Admin;
    return store(first, true);
}

domain::Result<domain::UserAccount> UserService::add(const NewUser& user)
{
    if (auto ok = require(m_ctx, domain::Permission::ManageUsers); !ok) {
        return std::unexpected(ok.error());
    }
    return store(user, false);
}

domain::Result<domain::Seconds> UserService::retryDelay(std::string_view name)
{
    auto failures = m_ctx.store.users().failures(trimmed(name));
    if (!failures) {
        return std::unexpected(failures.error());
    }
    if (failures->count == 0) {
        return domain::Seconds{0};
    }
    const auto until = failures->last + delayAfter(failures->count);
    const auto now = m_ctx.clock.now();
    return until > now ? std::chrono::duration_cast<domain::Seconds>(until - now) : domain::Seconds{0};
}

domain::Result<domain::User> UserService::signIn(std::string_view rawName, std::string_view password)
{
    const std::string name = trimmed(rawName);
    auto wait = retryDelay(name);
    if (!wait) {
        return std::unexpected(wait.error());
    }
    if (wait->count() > 0) {
        logger()->warn("sign-in for '{}' refused: still waiting {} s after repeated failures", name, wait->count());
        return domain::fail(ErrorCode::PermissionDenied,
                            fmt::format("too many failed sign-ins: try again in {} s", wait->count()), "retry_after");
    }
    auto account = m_ctx.store.users().findByName(name);
    if (!account) {
        return std::unexpected(account.error());
    }
    const bool known = account->has_value();
    const bool matches = verifyPassword(known ? (*account)->passwordHash : decoyHash(), password) && known;
    if (!matches || !(*account)->active) {
        domain::SignInFailures failures;
        auto recorded = m_ctx.store.transact([&]() -> domain::Result<void> {
            if (auto ok = m_ctx.store.users().recordFailure(name, m_ctx.clock.now()); !ok) {
                return ok;
            }
            auto count = m_ctx.store.users().failures(name);
            if (!count) {
                return std::unexpected(count.error());
            }
            failures = *count;
            domain::AuditEntry entry;
            entry.at = m_ctx.clock.now();
            entry.user = name;
            entry.entity = "session";
            entry.record = name;
            entry.action = domain::AuditAction::SignInFailed;
            entry.summary = !matches ? fmt::format("wrong name or password ({} in a row)", failures.count)
                                     : "the account is inactive";
            auto appended = m_ctx.store.audit().append(entry);
            return appended ? domain::Result<void>{} : std::unexpected(appended.error());
        });
        if (!recorded) {
            return std::unexpected(recorded.error());
        }
        logger()->warn("failed sign-in for '{}' ({} in a row{})", name, failures.count,
                       matches ? ", inactive account" : "");
        if (matches) {
            return domain::fail(ErrorCode::PermissionDenied, "the account is inactive", "name", name);
        }
        return domain::fail(ErrorCode::PermissionDenied, "wrong name or password", "password");
    }
    const auto user = userFor(**account);
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        if (auto ok = m_ctx.store.users().clearFailures(name); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.at = m_ctx.clock.now();
        entry.user = user.name;
        entry.account = user.account;
        entry.entity = "session";
        entry.record = (*account)->name;
        entry.action = domain::AuditAction::SignIn;
        entry.summary = std::string(domain::roleKey(user.role));
        auto appended = m_ctx.store.audit().append(entry);
        return appended ? domain::Result<void>{} : std::unexpected(appended.error());
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    m_ctx.user = user;
    logger()->info("{} signed in as {} ({})", (*account)->name, user.name, domain::roleKey(user.role));
    return user;
}

void UserService::signOut()
{
    if (m_ctx.user.account) {
        domain::AuditEntry entry;
        entry.entity = "session";
        entry.record = m_ctx.user.name;
        if (auto account = m_ctx.store.users().get(*m_ctx.user.account); account && *account) {
            entry.record = (*account)->name;
        }
        entry.action = domain::AuditAction::SignOut;
        if (auto ok = writeAudit(m_ctx, std::move(entry)); !ok) {
            logger()->error("sign-out of {} not audited: {}", m_ctx.user.name, ok.error().describe());
        }
        logger()->info("{} signed out", m_ctx.user.name);
    }
    m_ctx.user = domain::User{"", Role::None};
}

domain::Result<std::vector<domain::UserAccount>> UserService::list()
{
    if (auto ok = require(m_ctx, domain::Permission::ManageUsers); !ok) {
        return std::unexpected(ok.error());
    }
    auto accounts = m_ctx.store.users().list();
    if (accounts) {
        for (auto& a : *accounts) {
            a.passwordHash.clear();
        }
    }
    return accounts;
}

domain::Result<domain::UserAccount> UserService::update(domain::UserId id, std::string displayName, Role role,
                                                        std::vector<std::string> siteCodes, bool active)
{
    if (auto ok = require(m_ctx, domain::Permission::ManageUsers); !ok) {
        return std::unexpected(ok.error());
    }
    displayName = trimmed(displayName);
    if (characters(displayName) > kMaxDisplayCharacters) {
        return domain::fail(ErrorCode::InvalidInput,
                            fmt::format("a display name has at most {} characters", kMaxDisplayCharacters),
                            "display_name");
    }
    if (std::ranges::find(domain::signInRoles(), role) == domain::signInRoles().end()) {
        return domain::fail(ErrorCode::InvalidInput, "choose front desk, supervisor, manager or admin", "role");
    }
    domain::UserAccount account;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto stored = m_ctx.store.users().get(id);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        if (!*stored) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no user with id {}", id.value));
        }
        const auto before = **stored;
        account = before;
        auto ids = siteIds(siteCodes);
        if (!ids) {
            return std::unexpected(ids.error());
        }
        account.displayName = displayName;
        account.role = role;
        account.sites = std::move(*ids);
        account.active = active;
        if (account.sites.empty() && role != Role::Admin) {
            return domain::fail(ErrorCode::InvalidInput, "give the user at least one site", "sites", account.name);
        }
        if (before.role == Role::Admin && before.active && (role != Role::Admin || !active)) {
            auto all = m_ctx.store.users().list();
            if (!all) {
                return std::unexpected(all.error());
            }
            const bool another = std::ranges::any_of(
                *all, [&](const domain::UserAccount& a) { return a.id != id && a.role == Role::Admin && a.active; });
            if (!another) {
                return domain::fail(ErrorCode::Conflict, "the last active admin can be neither demoted nor deactivated",
                                    "role", account.name);
            }
        }
        if (auto ok = m_ctx.store.users().update(account); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.entity = "user";
        entry.record = account.name;
        entry.action = domain::AuditAction::Update;
        auto beforeCodes = codesOf(before.sites);
        if (!beforeCodes) {
            return std::unexpected(beforeCodes.error());
        }
        entry.changes = auditDiff(auditFields(before, *beforeCodes), auditFields(account, siteCodes));
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    logger()->info("{}: account {} updated", m_ctx.user.name, account.name);
    account.passwordHash.clear();
    return account;
}

domain::Result<void> UserService::resetPassword(domain::UserId id, std::string_view newPassword)
{
    if (auto ok = require(m_ctx, domain::Permission::ManageUsers); !ok) {
        return ok;
    }
    return storePassword(id, newPassword, "reset");
}

domain::Result<void> UserService::changeOwnPassword(std::string_view current, std::string_view newPassword)
{
    if (!m_ctx.user.account) {
        return domain::fail(ErrorCode::PermissionDenied, "sign in first");
    }
    auto stored = m_ctx.store.users().get(*m_ctx.user.account);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (!*stored) {
        return domain::fail(ErrorCode::NotFound, "your account no longer exists");
    }
    if (!verifyPassword((*stored)->passwordHash, current)) {
        logger()->warn("{}: password change refused, wrong current password", m_ctx.user.name);
        return domain::fail(ErrorCode::PermissionDenied, "the current password is wrong", "current_password");
    }
    return storePassword(*m_ctx.user.account, newPassword, "changed");
}

domain::Result<void> UserService::storePassword(domain::UserId id, std::string_view newPassword, std::string_view how)
{
    if (auto ok = checkPassword(newPassword); !ok) {
        return ok;
    }
    auto hash = hashPassword(newPassword);
    if (!hash) {
        return std::unexpected(hash.error());
    }
    std::string name;
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto stored = m_ctx.store.users().get(id);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        if (!*stored) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no user with id {}", id.value));
        }
        auto account = **stored;
        name = account.name;
        account.passwordHash = *hash;
        account.passwordChangedAt = m_ctx.clock.now();
        if (auto ok = m_ctx.store.users().update(account); !ok) {
            return ok;
        }
        if (auto ok = m_ctx.store.users().clearFailures(account.name); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.entity = "user";
        entry.record = account.name;
        entry.action = domain::AuditAction::Update;
        entry.summary = fmt::format("password {}", how);
        entry.changes = {{"password", "set", std::string(how)}};
        return writeAudit(m_ctx, std::move(entry));
    });
    if (done) {
        logger()->info("{}: password of {} {}", m_ctx.user.name, name, how);
    }
    return done;
}

} // namespace propdesk::services
