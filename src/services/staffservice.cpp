#include "staffservice.h"

#include "access.h"
#include "audittrail.h"
#include "domain/staffrepository.h"
#include "serviceslog.h"
#include "siteservice.h"
#include "text.h"
#include "workorderservice.h"

#include <fmt/format.h>

namespace propdesk::services {

using domain::ErrorCode;

namespace {

constexpr std::size_t kMaxNameCharacters = 40;

std::size_t characters(std::string_view utf8)
{
    std::size_t n = 0;
    for (const char c : utf8) {
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return n;
}

} // namespace

domain::Result<std::vector<domain::StaffMember>> StaffService::list(std::string_view siteCode)
{
    if (auto ok = require(m_ctx, domain::Permission::ReadRecords); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    return m_ctx.store.staff().list(site->id);
}

domain::Result<std::vector<std::string>> StaffService::technicians(std::string_view siteCode)
{
    auto members = list(siteCode);
    if (!members) {
        return std::unexpected(members.error());
    }
    std::vector<std::string> names;
    for (const auto& m : *members) {
        if (m.active && !domain::isGuardTrade(m.trade)) {
            names.push_back(m.name);
        }
    }
    return names;
}

domain::Result<void> StaffService::validate(domain::StaffMember& member) const
{
    member.name = trimmed(member.name);
    member.phone = trimmed(member.phone);
    member.trade = trimmed(member.trade);
    if (member.name.empty()) {
        return domain::fail(ErrorCode::InvalidInput, "a staff member needs a name", "name");
    }
    if (characters(member.name) > kMaxNameCharacters) {
        return domain::fail(ErrorCode::InvalidInput,
                            fmt::format("a name has at most {} characters", kMaxNameCharacters), "name", member.name);
    }
    if (!isValidPhone(member.phone)) {
        return domain::fail(ErrorCode::InvalidInput, "not a phone number: use 5 to 20 digits", "phone", member.name);
    }
    return {};
}

domain::Result<domain::StaffMember> StaffService::add(std::string_view siteCode, domain::StaffMember member)
{
    if (auto ok = require(m_ctx, domain::Permission::ManageStaff); !ok) {
        return std::unexpected(ok.error());
    }
    auto site = m_sites.get(siteCode);
    if (!site) {
        return std::unexpected(site.error());
    }
    member.siteId = site->id;
    if (auto ok = validate(member); !ok) {
        return std::unexpected(ok.error());
    }
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto id = m_ctx.store.staff().add(member);
        if (!id) {
            return std::unexpected(id.error());
        }
        member.id = *id;
        domain::AuditEntry entry;
        entry.site = member.siteId;
        entry.entity = "staff";
        entry.record = member.name;
        entry.action = domain::AuditAction::Create;
        entry.changes = auditDiff({}, auditFields(member));
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    logger()->info("{}: staff member {} added at {}", m_ctx.user.name, member.name, siteCode);
    return member;
}

domain::Result<domain::StaffMember> StaffService::update(const domain::StaffMember& changed)
{
    if (auto ok = require(m_ctx, domain::Permission::ManageStaff); !ok) {
        return std::unexpected(ok.error());
    }
    auto member = changed;
    if (auto ok = validate(member); !ok) {
        return std::unexpected(ok.error());
    }
    auto done = m_ctx.store.transact([&]() -> domain::Result<void> {
        auto stored = m_ctx.store.staff().get(member.id);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        if (!*stored) {
            return domain::fail(ErrorCode::NotFound, fmt::format("no staff member with id {}", member.id.value));
        }
        member.siteId = (*stored)->siteId; // a member does not move between sites
        if (auto site = m_sites.get(member.siteId); !site) {
            return std::unexpected(site.error());
        }
        if (auto ok = m_ctx.store.staff().update(member); !ok) {
            return ok;
        }
        domain::AuditEntry entry;
        entry.site = member.siteId;
        entry.entity = "staff";
        entry.record = member.name;
        entry.action = domain::AuditAction::Update;
        entry.changes = auditDiff(auditFields(**stored), auditFields(member));
        return writeAudit(m_ctx, std::move(entry));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    logger()->info("{}: staff member {} updated", m_ctx.user.name, member.name);
    return member;
}

} // namespace propdesk::services
