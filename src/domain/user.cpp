#include "user.h"

#include <algorithm>
#include <array>

namespace propdesk::domain {

namespace {

constexpr std::array kSignInRoles{Role::FrontDesk, Role::Supervisor, Role::Manager, Role::Admin};

constexpr std::array kPermissions{
    Permission::ReadRecords,          Permission::LogWorkOrder,
    Permission::UpdateWorkOrder,      Permission::RecordRevisit,
    Permission::DispatchWorkOrder,    Permission::CancelWorkOrder,
    Permission::ImportWorkOrders,     Permission::ExportWorkOrders,
    Permission::ManageStaff,          Permission::ManageRules,
    Permission::ManageCalendars,      Permission::ManageSites,
    Permission::ViewReports,          Permission::ViewAudit,
    Permission::ManageUsers,          Permission::Backup,
    Permission::LogComplaint,         Permission::HandleComplaint,
    Permission::JudgeComplaint,       Permission::WithdrawComplaint,
    Permission::ImportComplaints,     Permission::ExportComplaints,
    Permission::ManageSecurity,       Permission::EditRoster,
    Permission::RecordPatrol,         Permission::ImportPatrol,
    Permission::RecordDuty,           Permission::RecordSpotCheck,
    Permission::ManageInspections,    Permission::RecordInspection,
    Permission::HandleNonconformance, Permission::ManageContractors,
    Permission::RecordPestVisit,      Permission::EnterFigures,
    Permission::ManageTargets,
};

// The least role of the front-desk → supervisor → manager line that has the permission; none for the
// admin's own permissions.
std::optional<Role> leastRecordRole(Permission permission)
{
    switch (permission) {
    case Permission::ReadRecords:
    case Permission::LogWorkOrder:
    case Permission::UpdateWorkOrder:
    case Permission::RecordRevisit:
    case Permission::LogComplaint:
    case Permission::HandleComplaint:
    case Permission::RecordDuty:
    case Permission::RecordPestVisit:
        return Role::FrontDesk;
    case Permission::DispatchWorkOrder:
    case Permission::CancelWorkOrder:
    case Permission::ImportWorkOrders:
    case Permission::ExportWorkOrders:
    case Permission::ManageStaff:
    case Permission::JudgeComplaint:
    case Permission::WithdrawComplaint:
    case Permission::ImportComplaints:
    case Permission::ExportComplaints:
    case Permission::ManageSecurity:
    case Permission::EditRoster:
    case Permission::RecordPatrol:
    case Permission::ImportPatrol:
    case Permission::RecordSpotCheck:
    case Permission::ManageInspections:
    case Permission::RecordInspection:
    case Permission::HandleNonconformance:
    case Permission::EnterFigures:
        return Role::Supervisor;
    case Permission::ManageRules:
    case Permission::ManageCalendars:
    case Permission::ManageSites:
    case Permission::ViewReports:
    case Permission::ViewAudit:
    case Permission::ManageContractors:
    case Permission::ManageTargets:
        return Role::Manager;
    case Permission::ManageUsers:
    case Permission::Backup:
        return std::nullopt;
    }
    return std::nullopt;
}

int rank(Role role)
{
    switch (role) {
    case Role::FrontDesk:
        return 1;
    case Role::Supervisor:
        return 2;
    case Role::Manager:
        return 3;
    default:
        return 0;
    }
}

} // namespace

std::span<const Role> signInRoles()
{
    return kSignInRoles;
}

std::span<const Permission> allPermissions()
{
    return kPermissions;
}

std::string_view roleKey(Role role)
{
    switch (role) {
    case Role::None:
        return "none";
    case Role::FrontDesk:
        return "front_desk";
    case Role::Supervisor:
        return "supervisor";
    case Role::Manager:
        return "manager";
    case Role::Admin:
        return "admin";
    case Role::System:
        return "system";
    }
    return "none";
}

std::optional<Role> parseRole(std::string_view key)
{
    for (const Role role : kSignInRoles) {
        if (roleKey(role) == key) {
            return role;
        }
    }
    if (key == "frontdesk" || key == "front-desk") {
        return Role::FrontDesk;
    }
    return std::nullopt;
}

std::string_view permissionKey(Permission permission)
{
    switch (permission) {
    case Permission::ReadRecords:
        return "read_records";
    case Permission::LogWorkOrder:
        return "log_work_order";
    case Permission::UpdateWorkOrder:
        return "update_work_order";
    case Permission::RecordRevisit:
        return "record_revisit";
    case Permission::DispatchWorkOrder:
        return "dispatch_work_order";
    case Permission::CancelWorkOrder:
        return "cancel_work_order";
    case Permission::ImportWorkOrders:
        return "import_work_orders";
    case Permission::ExportWorkOrders:
        return "export_work_orders";
    case Permission::ManageStaff:
        return "manage_staff";
    case Permission::ManageRules:
        return "manage_rules";
    case Permission::ManageCalendars:
        return "manage_calendars";
    case Permission::ManageSites:
        return "manage_sites";
    case Permission::ViewReports:
        return "view_reports";
    case Permission::ViewAudit:
        return "view_audit";
    case Permission::ManageUsers:
        return "manage_users";
    case Permission::Backup:
        return "backup";
    case Permission::LogComplaint:
        return "log_complaint";
    case Permission::HandleComplaint:
        return "handle_complaint";
    case Permission::JudgeComplaint:
        return "judge_complaint";
    case Permission::WithdrawComplaint:
        return "withdraw_complaint";
    case Permission::ImportComplaints:
        return "import_complaints";
    case Permission::ExportComplaints:
        return "export_complaints";
    case Permission::ManageSecurity:
        return "manage_security";
    case Permission::EditRoster:
        return "edit_roster";
    case Permission::RecordPatrol:
        return "record_patrol";
    case Permission::ImportPatrol:
        return "import_patrol";
    case Permission::RecordDuty:
        return "record_duty";
    case Permission::RecordSpotCheck:
        return "record_spot_check";
    case Permission::ManageInspections:
        return "manage_inspections";
    case Permission::RecordInspection:
        return "record_inspection";
    case Permission::HandleNonconformance:
        return "handle_nonconformance";
    case Permission::ManageContractors:
        return "manage_contractors";
    case Permission::RecordPestVisit:
        return "record_pest_visit";
    case Permission::EnterFigures:
        return "enter_figures";
    case Permission::ManageTargets:
        return "manage_targets";
    }
    return "";
}

std::string_view permissionText(Permission permission)
{
    switch (permission) {
    case Permission::ReadRecords:
        return "see this site's records";
    case Permission::LogWorkOrder:
        return "log work orders";
    case Permission::UpdateWorkOrder:
        return "update work orders";
    case Permission::RecordRevisit:
        return "record revisits";
    case Permission::DispatchWorkOrder:
        return "dispatch work orders";
    case Permission::CancelWorkOrder:
        return "cancel work orders";
    case Permission::ImportWorkOrders:
        return "import work orders";
    case Permission::ExportWorkOrders:
        return "export work orders";
    case Permission::ManageStaff:
        return "change the staff list";
    case Permission::ManageRules:
        return "change rule sets";
    case Permission::ManageCalendars:
        return "change holiday calendars";
    case Permission::ManageSites:
        return "add or change sites";
    case Permission::ViewReports:
        return "see KPI reports";
    case Permission::ViewAudit:
        return "see the audit trail";
    case Permission::ManageUsers:
        return "manage user accounts";
    case Permission::Backup:
        return "make or restore backups";
    case Permission::LogComplaint:
        return "take complaints";
    case Permission::HandleComplaint:
        return "handle complaints";
    case Permission::JudgeComplaint:
        return "judge whether a complaint is valid";
    case Permission::WithdrawComplaint:
        return "withdraw complaints";
    case Permission::ImportComplaints:
        return "import complaints";
    case Permission::ExportComplaints:
        return "export complaints";
    case Permission::ManageSecurity:
        return "change the security set-up and patrol routes";
    case Permission::EditRoster:
        return "edit security rosters";
    case Permission::RecordPatrol:
        return "record patrol scans";
    case Permission::ImportPatrol:
        return "import patrol records";
    case Permission::RecordDuty:
        return "record handovers and the duty log";
    case Permission::RecordSpotCheck:
        return "record spot checks";
    case Permission::ManageInspections:
        return "change inspection templates and the inspection set-up";
    case Permission::RecordInspection:
        return "record inspection sheets";
    case Permission::HandleNonconformance:
        return "handle nonconformances";
    case Permission::ManageContractors:
        return "manage subcontractors, warnings and deductions";
    case Permission::RecordPestVisit:
        return "record pest-control visits";
    case Permission::EnterFigures:
        return "enter the monthly figures and notes";
    case Permission::ManageTargets:
        return "change KPI targets or freeze reports";
    }
    return "";
}

bool allows(Role role, Permission permission)
{
    switch (role) {
    case Role::None:
        return false;
    case Role::System:
        return true;
    case Role::Admin:
        return permission == Permission::ManageUsers || permission == Permission::Backup ||
               permission == Permission::ViewAudit;
    case Role::FrontDesk:
    case Role::Supervisor:
    case Role::Manager: {
        const auto least = leastRecordRole(permission);
        return least && rank(role) >= rank(*least);
    }
    }
    return false;
}

bool User::sees(SiteId site) const
{
    if (role == Role::None) {
        return false;
    }
    return !sites || std::ranges::find(*sites, site) != sites->end();
}

} // namespace propdesk::domain
