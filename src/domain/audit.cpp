#include "audit.h"

#include <array>
#include <utility>

namespace propdesk::domain {

namespace {

constexpr std::array<std::pair<AuditAction, std::string_view>, 8> kActions{{
    {AuditAction::Create, "create"},
    {AuditAction::Update, "update"},
    {AuditAction::Delete, "delete"},
    {AuditAction::SignIn, "sign_in"},
    {AuditAction::SignInFailed, "sign_in_failed"},
    {AuditAction::SignOut, "sign_out"},
    {AuditAction::Backup, "backup"},
    {AuditAction::Restore, "restore"},
}};

} // namespace

std::string_view auditActionKey(AuditAction action)
{
    for (const auto& [a, key] : kActions) {
        if (a == action) {
            return key;
        }
    }
    return "update";
}

std::optional<AuditAction> parseAuditAction(std::string_view key)
{
    for (const auto& [a, k] : kActions) {
        if (k == key) {
            return a;
        }
    }
    return std::nullopt;
}

} // namespace propdesk::domain
