#pragma once

// A fresh workspace on a temporary database with a clock the test moves by hand.

#include "domain/audit.h"
#include "domain/workorderrepository.h"
#include "manualclock.h"
#include "services/workspace.h"
#include "tempdir.h"
#include "testtime.h"

#include <catch2/catch.hpp>

#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace propdesk::tests {

struct Desk
{
    explicit Desk(domain::Instant now = at("2025-04-05 00:00"), std::string dbName = "propdesk.db") : clock(now)
    {
        auto opened = services::Workspace::open(dir.file(dbName), services::OpenMode::CreateIfMissing, clock,
                                                domain::User{"tester", domain::Role::System});
        REQUIRE(opened);
        ws = std::move(*opened);
    }

    domain::Site addSite(std::string code, std::string timeZone = "Asia/Shanghai")
    {
        domain::Site s;
        s.code = std::move(code);
        s.name = "测试小区 " + s.code;
        s.timeZone = std::move(timeZone);
        auto added = ws->sites().add(s);
        REQUIRE(added);
        return *added;
    }

    // Every order stored at a site, whenever reported.
    std::int64_t storedOrders(std::string_view siteCode)
    {
        auto site = ws->sites().get(siteCode);
        REQUIRE(site);
        auto n = ws->context().store.workOrders().countReportedBetween(site->id, domain::Instant::min(),
                                                                       domain::Instant::max());
        REQUIRE(n);
        return *n;
    }

    services::ImportPlan prepare(std::string_view csv, std::optional<std::string> site = std::nullopt,
                                 std::string_view file = "orders.csv")
    {
        auto plan = ws->workOrderCsv().prepare(csv, file, site);
        REQUIRE(plan);
        return std::move(*plan);
    }

    std::string exportAll()
    {
        std::ostringstream out;
        auto n = ws->workOrderCsv().exportTo(out, services::ExportFilter{});
        REQUIRE(n);
        return out.str();
    }

    // The whole audit trail, oldest first, read straight from the store (no permission check).
    std::vector<domain::AuditEntry> auditTrail(domain::AuditFilter filter = {})
    {
        filter.limit = 1'000'000;
        auto entries = ws->context().store.audit().find(filter);
        REQUIRE(entries);
        return {entries->rbegin(), entries->rend()};
    }

    TempDir dir;
    ManualClock clock;
    std::unique_ptr<services::Workspace> ws;
};

} // namespace propdesk::tests
