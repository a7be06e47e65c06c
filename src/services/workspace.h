#pragma once

#include "auditservice.h"
#include "backupservice.h"
#include "calendarservice.h"
#include "complaintcsv.h"
#include "complaintlists.h"
#include "complaintservice.h"
#include "domain/error.h"
#include "indicatorservice.h"
#include "inspectionservice.h"
#include "intakeservice.h"
#include "kpiservice.h"
#include "patrolcsv.h"
#include "ruleservice.h"
#include "securityservice.h"
#include "servicecontext.h"
#include "siteservice.h"
#include "staffservice.h"
#include "userservice.h"
#include "workordercsv.h"
#include "workorderlists.h"
#include "workorderservice.h"

#include <filesystem>
#include <memory>

namespace propdesk::services {

enum class OpenMode
{
    OpenExisting,
    CreateIfMissing,
};

// One open database with every service over it: what the CLI and the GUI hold while they run.
class Workspace
{
public:
    // Opens the database (creating and upgrading it as needed) and makes sure the default rule set is
    // stored. `user` acts until somebody signs in (users().signIn replaces it): pass Role::None for a
    // desk that must sign in, Role::System for PropDesk's own work and for a database without accounts.
    static domain::Result<std::unique_ptr<Workspace>> open(const std::filesystem::path& path, OpenMode mode,
                                                           const domain::Clock& clock, domain::User user);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    ServiceContext& context() { return m_ctx; }
    SiteService& sites() { return m_sites; }
    CalendarService& calendars() { return m_calendars; }
    RuleService& rules() { return m_rules; }
    WorkOrderService& workOrders() { return m_workOrders; }
    WorkOrderLists& workOrderLists() { return m_workOrderLists; }
    IntakeService& intake() { return m_intake; }
    StaffService& staff() { return m_staff; }
    WorkOrderCsv& workOrderCsv() { return m_workOrderCsv; }
    ComplaintService& complaints() { return m_complaints; }
    ComplaintLists& complaintLists() { return m_complaintLists; }
    ComplaintCsv& complaintCsv() { return m_complaintCsv; }
    SecurityService& security() { return m_security; }
    PatrolCsv& patrolCsv() { return m_patrolCsv; }
    InspectionService& inspections() { return m_inspections; }
    KpiService& kpis() { return m_kpis; }
    IndicatorService& indicators() { return m_indicators; }
    UserService& users() { return m_users; }
    AuditService& audit() { return m_audit; }
    BackupService& backups() { return m_backups; }
    // Whether this is the demo database (created by `init --demo` or the app's first start): only then
    // does the sign-in screen show the demo accounts' passwords.
    bool isDemo();

private:
    Workspace(std::filesystem::path path, std::unique_ptr<domain::Store> store, const domain::Clock& clock,
              domain::User user);

    std::filesystem::path m_path;
    std::unique_ptr<domain::Store> m_store;
    ServiceContext m_ctx;
    SiteService m_sites;
    CalendarService m_calendars;
    RuleService m_rules;
    WorkOrderService m_workOrders;
    WorkOrderLists m_workOrderLists;
    IntakeService m_intake;
    StaffService m_staff;
    WorkOrderCsv m_workOrderCsv;
    ComplaintService m_complaints;
    ComplaintLists m_complaintLists;
    ComplaintCsv m_complaintCsv;
    SecurityService m_security;
    PatrolCsv m_patrolCsv;
    InspectionService m_inspections;
    KpiService m_kpis;
    IndicatorService m_indicators;
    UserService m_users;
    AuditService m_audit;
    BackupService m_backups;
};

} // namespace propdesk::services
