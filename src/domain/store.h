#pragma once

#include "error.h"

#include <functional>

namespace propdesk::domain {

class CalendarRepository;
class RuleSetRepository;
class SiteRepository;
class StaffRepository;
class WorkOrderRepository;

// The unit of work: every repository over one database, and the transaction a use case runs in.
class Store
{
public:
    virtual ~Store() = default;
    virtual SiteRepository& sites() = 0;
    virtual WorkOrderRepository& workOrders() = 0;
    virtual RuleSetRepository& ruleSets() = 0;
    virtual CalendarRepository& calendars() = 0;
    virtual StaffRepository& staff() = 0;

    // Runs `work` in one transaction: committed when it returns a value, rolled back when it returns an
    // error (which is passed on) or throws. Nested calls join the outer transaction.
    virtual Result<void> transact(const std::function<Result<void>()>& work) = 0;
};

} // namespace propdesk::domain
