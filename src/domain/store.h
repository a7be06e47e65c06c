#pragma once

#include "error.h"

#include <filesystem>
#include <functional>

namespace propdesk::domain {

class CalendarRepository;
class CommitmentRepository;
class ComplaintRepository;
class InspectionRepository;
class RuleSetRepository;
class SecurityRepository;
class SiteRepository;
class StaffRepository;
class UserRepository;
class AuditRepository;
class SettingsRepository;
class WorkOrderRepository;

// The unit of work: every repository over one database, and the transaction a use case runs in.
class Store
{
public:
    virtual ~Store() = default;
    virtual SiteRepository& sites() = 0;
    virtual WorkOrderRepository& workOrders() = 0;
    virtual ComplaintRepository& complaints() = 0;
    virtual SecurityRepository& security() = 0;
    virtual InspectionRepository& inspections() = 0;
    virtual CommitmentRepository& commitments() = 0;
    virtual RuleSetRepository& ruleSets() = 0;
    virtual CalendarRepository& calendars() = 0;
    virtual StaffRepository& staff() = 0;
    virtual UserRepository& users() = 0;
    virtual AuditRepository& audit() = 0;
    virtual SettingsRepository& settings() = 0;

    // Copies the database as of one moment into `file` (replaced if it exists) while it stays open for
    // others: SQLite's online backup.
    virtual Result<void> backupTo(const std::filesystem::path& file) = 0;
    // Replaces the whole content of this database with that of `file`, in one step, through the same
    // backup API. The caller checks `file` first.
    virtual Result<void> restoreFrom(const std::filesystem::path& file) = 0;

    // Runs `work` in one transaction: committed when it returns a value, rolled back when it returns an
    // error (which is passed on) or throws. Nested calls join the outer transaction.
    virtual Result<void> transact(const std::function<Result<void>()>& work) = 0;
};

} // namespace propdesk::domain
