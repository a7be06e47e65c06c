#pragma once

#include "error.h"
#include "ids.h"
#include "time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::domain {

// One field of a record before and after a change. Empty text stands for "no value".
struct AuditChange
{
    std::string field;
    std::string before;
    std::string after;
    auto operator<=>(const AuditChange&) const = default;
};

enum class AuditAction
{
    Create,
    Update,
    Delete,
    SignIn,
    SignInFailed,
    SignOut,
    Backup,
    Restore,
};

std::string_view auditActionKey(AuditAction action);
std::optional<AuditAction> parseAuditAction(std::string_view key);

// One entry of the audit trail: who did what to which record, and when. Append-only: the services can
// only add entries, and the database refuses updates and deletes of them.
struct AuditEntry
{
    std::int64_t id = 0;
    Instant at;
    std::string user;              // the name shown at the time (display name, else sign-in name)
    std::optional<UserId> account; // none for PropDesk itself and the bootstrap state
    std::optional<SiteId> site;    // the record's site, when it has one
    std::string entity;            // "work_order", "site", "staff", "rule_set", "calendar", "user", …
    std::string record;            // the record's key within the entity: an order's code, a site's code
    AuditAction action = AuditAction::Update;
    std::string summary; // a line for lists: "dispatched to 李师傅"
    std::vector<AuditChange> changes;
};

struct AuditFilter
{
    std::optional<std::string> user;   // exact name
    std::optional<std::string> entity; // exact entity
    std::optional<std::string> record; // the record key starts with this (or equals it: exactRecord)
    bool exactRecord = false;
    std::optional<Instant> from; // inclusive
    std::optional<Instant> to;   // exclusive
    // Only entries of these sites (plus those without a site, when `includeSiteless`); none: all.
    std::optional<std::vector<SiteId>> sites;
    bool includeSiteless = true;
    std::optional<std::int64_t> beforeId; // newest first; the next page starts below this id
    std::size_t limit = 200;
};

class AuditRepository
{
public:
    virtual ~AuditRepository() = default;
    virtual Result<std::int64_t> append(const AuditEntry& entry) = 0;
    // Newest first.
    virtual Result<std::vector<AuditEntry>> find(const AuditFilter& filter) = 0;
    // Every user name that occurs in the trail, sorted.
    virtual Result<std::vector<std::string>> users() = 0;
};

} // namespace propdesk::domain
