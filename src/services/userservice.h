#pragma once

#include "domain/error.h"
#include "domain/time.h"
#include "domain/user.h"
#include "servicecontext.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::services {

struct NewUser
{
    std::string name; // 1–32 characters, no spaces at the ends, unique (case-insensitive)
    std::string displayName;
    domain::Role role = domain::Role::FrontDesk;
    std::vector<std::string> siteCodes;
    std::string password; // at least kMinPasswordLength characters
};

// Accounts and signing in. Passwords are hashed with argon2id (libsodium crypto_pwhash_str, the
// "interactive" cost) and never stored, logged or returned.
class UserService
{
public:
    static constexpr std::size_t kMinPasswordLength = 8;
    // Failed sign-ins in a row before the delay starts; it then doubles, from 1 s up to kMaxDelay.
    static constexpr int kFreeFailures = 3;
    static constexpr domain::Seconds kMaxDelay{300};

    explicit UserService(ServiceContext& ctx) : m_ctx(ctx) {}

    // Whether the database has any account. A database without one is in the bootstrap state.
    domain::Result<bool> hasAccounts();
    // The first account of a new database: an admin. Refused (Conflict) once any account exists.
    domain::Result<domain::UserAccount> createFirstAdmin(const NewUser& admin);

    // Checks the password and, when it matches an active account, makes it the context's user.
    // After kFreeFailures failures in a row for a name, further attempts are refused without looking
    // at the password until the delay has passed (PermissionDenied, field "retry_after" and the
    // seconds in the message). Every failure is logged and audited, without the password.
    domain::Result<domain::User> signIn(std::string_view name, std::string_view password);
    // How long until `name` may try again (zero when it may now).
    domain::Result<domain::Seconds> retryDelay(std::string_view name);
    // Back to nobody (Role::None), audited.
    void signOut();

    // Admin only.
    domain::Result<std::vector<domain::UserAccount>> list();
    domain::Result<domain::UserAccount> add(const NewUser& user);
    // Display name, role, sites and active flag. The last active admin can be neither demoted nor
    // deactivated.
    domain::Result<domain::UserAccount> update(domain::UserId id, std::string displayName, domain::Role role,
                                               std::vector<std::string> siteCodes, bool active);
    domain::Result<void> resetPassword(domain::UserId id, std::string_view newPassword);
    // Any signed-in user, for their own account, with the current password.
    domain::Result<void> changeOwnPassword(std::string_view current, std::string_view newPassword);

    // The user a stored account acts as: its display name (or name), role and sites.
    static domain::User userFor(const domain::UserAccount& account);

private:
    domain::Result<std::vector<domain::SiteId>> siteIds(const std::vector<std::string>& codes);
    domain::Result<std::vector<std::string>> codesOf(const std::vector<domain::SiteId>& ids);
    domain::Result<domain::UserAccount> store(const NewUser& user, bool first);
    // Checks, hashes and stores a new password, clears the failed sign-ins and audits it as `how`.
    domain::Result<void> storePassword(domain::UserId id, std::string_view newPassword, std::string_view how);

    ServiceContext& m_ctx;
};

// argon2id, exposed for tests: a hash string that verifies `password`, and the check.
domain::Result<std::string> hashPassword(std::string_view password);
bool verifyPassword(std::string_view hash, std::string_view password);

} // namespace propdesk::services
