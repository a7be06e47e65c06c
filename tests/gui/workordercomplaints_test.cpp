// A work order's detail names the complaints about it, so that whoever works the order sees that a
// resident has complained.

#include "gui/workorderdetail.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QFormLayout>
#include <QLabel>

#include <catch2/catch.hpp>

using namespace propdesk;
using namespace std::chrono_literals;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

bool rowVisible(gui::WorkOrderDetail& detail)
{
    auto* label = detail.findChild<QLabel*>(QStringLiteral("complaintsValue"));
    REQUIRE(label);
    auto* form = detail.findChild<QFormLayout*>(QStringLiteral("headerForm"));
    REQUIRE(form);
    return form->isRowVisible(label);
}

} // namespace

TEST_CASE("a work order's detail lists the complaints linked to it with their status")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-04-05 16:00"));
    auto& ws = fixture.workspace();
    services::NewWorkOrder order;
    order.siteCode = "HQ";
    order.location = "5-1-802";
    order.category = domain::Category::Plumbing;
    order.description = "卫生间漏水";
    order.reportedAt = at("2025-04-05 09:00");
    auto logged = ws.workOrders().log(order);
    REQUIRE(logged);

    gui::WorkOrderDetail detail(*fixture.session);
    detail.showOrder(logged->header.id);
    CHECK_FALSE(rowVisible(detail));
    CHECK(detail.complaintsText().isEmpty());

    services::NewComplaint complaint;
    complaint.siteCode = "HQ";
    complaint.category = domain::ComplaintCategory::RepairQuality;
    complaint.description = "修过以后还在漏";
    complaint.workOrder = logged->header.code;
    complaint.receivedAt = at("2025-04-05 15:00");
    auto first = ws.complaints().receive(complaint);
    REQUIRE(first);
    complaint.department = domain::Department::Engineering;
    complaint.receivedAt = at("2025-04-05 15:30");
    auto second = ws.complaints().receive(complaint);
    REQUIRE(second);

    detail.showOrder(logged->header.id);
    CHECK(rowVisible(detail));
    CHECK(detail.complaintsText() == QStringLiteral("TS20250405-001 (Received)\nTS20250405-002 (Routed)"));

    // Another order without complaints hides the row again.
    order.location = "6-1-101";
    auto other = ws.workOrders().log(order);
    REQUIRE(other);
    detail.showOrder(other->header.id);
    CHECK_FALSE(rowVisible(detail));
}
