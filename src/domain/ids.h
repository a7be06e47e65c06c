#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace propdesk::domain {

// Distinct id types so that a site id can never be passed where a work-order id is expected.
template <typename Tag>
struct Id
{
    std::int64_t value = 0;
    auto operator<=>(const Id&) const = default;
};

using SiteId = Id<struct SiteTag>;
using WorkOrderId = Id<struct WorkOrderTag>;
using RuleSetId = Id<struct RuleSetTag>;
using StaffId = Id<struct StaffTag>;
using UserId = Id<struct UserTag>;
using ComplaintId = Id<struct ComplaintTag>;
using RosterId = Id<struct RosterTag>;
using RouteId = Id<struct RouteTag>;
using PatrolScanId = Id<struct PatrolScanTag>;
using HandoverId = Id<struct HandoverTag>;
using HandoverItemId = Id<struct HandoverItemTag>;
using DutyEntryId = Id<struct DutyEntryTag>;
using SpotCheckId = Id<struct SpotCheckTag>;
using TemplateId = Id<struct TemplateTag>;
using SheetId = Id<struct SheetTag>;
using PhotoId = Id<struct PhotoTag>;
using NonconformanceId = Id<struct NonconformanceTag>;
using PreventiveActionId = Id<struct PreventiveActionTag>;
using ContractorId = Id<struct ContractorTag>;
using WarningId = Id<struct WarningTag>;
using DeductionId = Id<struct DeductionTag>;
using PestVisitId = Id<struct PestVisitTag>;
using TargetSetId = Id<struct TargetSetTag>;
using ManualFigureId = Id<struct ManualFigureTag>;
using IndicatorNoteId = Id<struct IndicatorNoteTag>;
using ReportSnapshotId = Id<struct ReportSnapshotTag>;

} // namespace propdesk::domain

template <typename Tag>
struct std::hash<propdesk::domain::Id<Tag>>
{
    std::size_t operator()(const propdesk::domain::Id<Tag>& id) const noexcept
    {
        return std::hash<std::int64_t>{}(id.value);
    }
};
