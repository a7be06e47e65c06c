#pragma once

#include "ids.h"
#include "time.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace propdesk::domain {

// What a person may do (docs/security.md). Each role but Admin includes the one before it; Admin runs
// the accounts and the backups and changes no records.
enum class Role
{
    None,       // not signed in: may do nothing
    FrontDesk,  // 客服: log and update work orders, record revisits
    Supervisor, // 主管: plus dispatch, cancel, staff, import and export
    Manager,    // 经理: plus rules, calendars, sites, KPI reports
    Admin,      // 系统管理员: users, backups, the audit trail
    // PropDesk itself, or anybody on a database that has no accounts yet (the bootstrap state that the
    // desktop app ends at once by asking for the first admin): every permission on every site.
    System,
};

// One thing a service may refuse. Checked in the services (services/access.h), shown in the GUI.
enum class Permission
{
    ReadRecords,       // see a site's work orders, staff, rules and lists
    LogWorkOrder,      // log a new order, link a further call to one
    UpdateWorkOrder,   // arrival, hold, resume, completion
    RecordRevisit,     // the revisit and its rating
    DispatchWorkOrder, // assign a technician
    CancelWorkOrder,
    ImportWorkOrders,
    ExportWorkOrders,
    ManageStaff,
    ManageRules,
    ManageCalendars,
    ManageSites,
    ViewReports, // the KPIs
    ViewAudit,
    ManageUsers,
    Backup, // make a backup, restore one
    // Complaints (docs/complaints.md).
    LogComplaint,      // take a complaint, add a note
    HandleComplaint,   // route, respond, resolve, reply, link or raise a work order
    JudgeComplaint,    // the valid-complaint verdict
    WithdrawComplaint, // close a complaint the resident withdrew
    ImportComplaints,
    ExportComplaints,
    // Security (docs/security-operations.md).
    ManageSecurity,  // shifts, posts, squads, rotation, patrol routes
    EditRoster,      // generate, edit and publish the month's roster
    RecordPatrol,    // enter checkpoint scans by hand
    ImportPatrol,    // import a guard-tour device's export
    RecordDuty,      // handovers, their open items, the duty log (visitors, vehicles, incidents)
    RecordSpotCheck, // spot checks of the posts
    // Inspections (docs/inspections.md).
    ManageInspections,    // templates, buildings and ground zones, the cluster and warning limits
    RecordInspection,     // fill, sign and amend daily and monthly sheets
    HandleNonconformance, // rectification, verification, closing, reports, preventive actions
    ManageContractors,    // subcontractors, written warnings, deductions
    RecordPestVisit,      // pest-control operators signing in and out at the office
    // The KPI report (docs/kpi-report.md).
    EnterFigures,  // the monthly figures no module computes, the corrective-action notes
    ManageTargets, // a site's target versions, freezing a monthly report
};

std::span<const Role> signInRoles(); // FrontDesk … Admin: the roles an account can have
std::span<const Permission> allPermissions();
std::string_view roleKey(Role role); // "front_desk", "supervisor", …
std::optional<Role> parseRole(std::string_view key);
std::string_view permissionKey(Permission permission); // "log_work_order", …
// What the permission lets one do, as the end of "… may not …": "change rule sets".
std::string_view permissionText(Permission permission);
bool allows(Role role, Permission permission);

// The person on whose behalf a service acts; written into every history entry and audit record.
struct User
{
    User() = default;
    User(std::string name, Role role, std::optional<UserId> account = {}, std::optional<std::vector<SiteId>> sites = {})
        : name(std::move(name)), role(role), account(account), sites(std::move(sites))
    {}

    std::string name;
    Role role = Role::None;
    std::optional<UserId> account;            // none for PropDesk itself and the bootstrap state
    std::optional<std::vector<SiteId>> sites; // none: every site

    bool sees(SiteId site) const;
    bool can(Permission permission) const { return allows(role, permission); }
};

// A stored account. The password is kept only as an argon2id hash string (libsodium's
// crypto_pwhash_str): salt and cost parameters included, never the password itself.
struct UserAccount
{
    UserId id;
    std::string name;        // what is typed at sign-in; unique, case-insensitive
    std::string displayName; // what the screens and the history show, e.g. 王芳
    Role role = Role::FrontDesk;
    std::vector<SiteId> sites; // an admin sees every site whatever is listed
    bool active = true;
    std::string passwordHash;
    Instant createdAt;
    std::optional<Instant> passwordChangedAt;
};

// Failed sign-ins in a row for a name (known or not, so that a guess learns nothing from the delay).
struct SignInFailures
{
    int count = 0;
    Instant last;
};

} // namespace propdesk::domain
