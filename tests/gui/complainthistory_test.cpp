// The complaint history: filters, the text search (in Chinese), paging past the first page, the count, and
// the selection it announces.

#include "gui/complainthistorymodel.h"
#include "gui/complainthistoryview.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

#include <catch2/catch.hpp>

#include <set>

using namespace propdesk;
using domain::ComplaintCategory;
using domain::ComplaintChannel;
using domain::Department;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

domain::ComplaintId receive(GuiFixture& fixture, domain::Instant receivedAt, ComplaintChannel channel,
                            ComplaintCategory category, const std::string& resident, const std::string& description)
{
    services::NewComplaint request;
    request.siteCode = "HQ";
    request.channel = channel;
    request.category = category;
    request.resident = resident;
    request.phone = "13800002222";
    request.location = "1-1-101";
    request.description = description;
    request.receivedAt = receivedAt;
    auto complaint = fixture.workspace().complaints().receive(request);
    INFO((complaint ? std::string() : complaint.error().describe()));
    REQUIRE(complaint);
    return complaint->header.id;
}

template <typename T>
T* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

void choose(QComboBox* combo, int value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// A site with a few complaints of each kind, received over the last days before 2025-04-05 16:00.
struct Complaints
{
    explicit Complaints(GuiFixture& fixture)
    {
        auto& complaints = fixture.workspace().complaints();
        leak = receive(fixture, at("2025-04-01 09:00"), ComplaintChannel::Phone, ComplaintCategory::RepairQuality,
                       "王女士", "厨房水管维修后仍然漏水");
        noise = receive(fixture, at("2025-04-02 21:30"), ComplaintChannel::Hotline12345, ComplaintCategory::Noise,
                        "李先生", "楼上夜间装修噪音");
        parking = receive(fixture, at("2025-04-03 08:15"), ComplaintChannel::Visit, ComplaintCategory::Parking,
                          "赵先生", "车位被占用");
        fees = receive(fixture, at("2025-04-04 10:00"), ComplaintChannel::Letter, ComplaintCategory::Fees, "孙女士",
                       "物业费账单有误");
        REQUIRE(complaints.route(leak, Department::Engineering, {}, at("2025-04-01 09:05")));
        REQUIRE(complaints.resolve(leak, "更换水管", {}, at("2025-04-01 15:00")));
        REQUIRE(complaints.judge(leak, true, "维修质量问题属实", at("2025-04-01 16:00")));
        REQUIRE(complaints.route(noise, Department::Security, {}, at("2025-04-02 21:40")));
        REQUIRE(complaints.judge(noise, false, "非物业责任", at("2025-04-03 09:00")));
        REQUIRE(complaints.withdraw(parking, "业主撤诉", at("2025-04-03 09:00")));
        fixture.session->notifyComplaintsChanged();
    }

    domain::ComplaintId leak;
    domain::ComplaintId noise;
    domain::ComplaintId parking;
    domain::ComplaintId fees;
};

std::set<std::int64_t> listed(const gui::ComplaintHistoryModel& model)
{
    std::set<std::int64_t> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.complaintId(row).value);
    }
    return ids;
}

} // namespace

TEST_CASE("the complaint history lists the site's complaints newest first, with a count")
{
    GuiFixture fixture;
    Complaints c(fixture);
    gui::ComplaintHistoryView view(*fixture.session);
    auto* model = view.model();
    tests::ModelCheck check(model);
    view.applyFilter();

    REQUIRE(model->rowCount() == 4);
    CHECK(model->complaintId(0) == c.fees);
    CHECK(model->complaintId(3) == c.leak);
    CHECK(model->index(0, gui::ComplaintHistoryModel::Code).data().toString() == "TS20250404-001");
    CHECK(model->index(3, gui::ComplaintHistoryModel::Status).data().toString() == "Resolved");
    CHECK(model->index(3, gui::ComplaintHistoryModel::Department).data().toString() == "Engineering");
    CHECK(model->index(3, gui::ComplaintHistoryModel::Verdict).data().toString() == "Valid");
    CHECK(model->index(2, gui::ComplaintHistoryModel::Verdict).data().toString() == "Invalid");
    CHECK(model->index(0, gui::ComplaintHistoryModel::Verdict).data().toString().isEmpty());
    CHECK(model->index(2, gui::ComplaintHistoryModel::Channel).data().toString() == "12345 hotline");
    CHECK(model->index(0, gui::ComplaintHistoryModel::FirstResponder).data().toString() == "测试员");
    REQUIRE(tests::waitFor([&] { return model->matchCount().has_value(); }));
    CHECK(model->countText() == "4 complaints");
    CHECK(child<QLabel>(view, "statusLabel")->text() == "4 complaints");
    CHECK(check.problems().isEmpty());
}

TEST_CASE("the complaint history filters by status, category, channel, department, verdict and date")
{
    GuiFixture fixture;
    Complaints c(fixture);
    gui::ComplaintHistoryView view(*fixture.session);
    auto* model = view.model();
    tests::ModelCheck check(model);
    const auto ids = [](std::initializer_list<domain::ComplaintId> list) {
        std::set<std::int64_t> out;
        for (const auto id : list) {
            out.insert(id.value);
        }
        return out;
    };

    SECTION("open complaints are received, routed or responded")
    {
        choose(child<QComboBox>(view, "statusFilter"), -2);
        CHECK(listed(*model) == ids({c.noise, c.fees}));
        choose(child<QComboBox>(view, "statusFilter"), static_cast<int>(domain::ComplaintStatus::Withdrawn));
        CHECK(listed(*model) == ids({c.parking}));
    }

    SECTION("category and channel")
    {
        choose(child<QComboBox>(view, "categoryFilter"), static_cast<int>(ComplaintCategory::Noise));
        CHECK(listed(*model) == ids({c.noise}));
        child<QComboBox>(view, "categoryFilter")->setCurrentIndex(0);
        choose(child<QComboBox>(view, "channelFilter"), static_cast<int>(ComplaintChannel::Letter));
        CHECK(listed(*model) == ids({c.fees}));
    }

    SECTION("the department it is with and the verdict")
    {
        choose(child<QComboBox>(view, "departmentFilter"), static_cast<int>(Department::Engineering));
        CHECK(listed(*model) == ids({c.leak}));
        child<QComboBox>(view, "departmentFilter")->setCurrentIndex(0);
        choose(child<QComboBox>(view, "verdictFilter"), 1);
        CHECK(listed(*model) == ids({c.leak}));
        choose(child<QComboBox>(view, "verdictFilter"), 0);
        CHECK(listed(*model) == ids({c.noise}));
    }

    SECTION("the received days, the last one included")
    {
        child<QDateEdit>(view, "fromDate")->setDate(QDate(2025, 4, 2));
        child<QDateEdit>(view, "toDate")->setDate(QDate(2025, 4, 3));
        child<QCheckBox>(view, "fromCheck")->setChecked(true);
        child<QCheckBox>(view, "toCheck")->setChecked(true);
        CHECK(listed(*model) == ids({c.noise, c.parking}));
    }

    SECTION("a search in Chinese finds resident and description")
    {
        auto* search = child<QLineEdit>(view, "searchEdit");
        search->setText(QStringLiteral("漏水"));
        // The search waits for a pause in typing.
        CHECK(tests::waitFor([&] { return listed(*model) == ids({c.leak}); }));
        search->setText(QStringLiteral("孙女士"));
        view.applyFilter();
        CHECK(listed(*model) == ids({c.fees}));
        search->setText(QStringLiteral("不存在的内容"));
        view.applyFilter();
        CHECK(model->rowCount() == 0);
        CHECK(tests::waitFor([&] { return model->countText() == "0 complaints"; }));
    }

    SECTION("Reset clears every filter")
    {
        choose(child<QComboBox>(view, "categoryFilter"), static_cast<int>(ComplaintCategory::Noise));
        child<QLineEdit>(view, "searchEdit")->setText(QStringLiteral("噪音"));
        view.applyFilter();
        REQUIRE(model->rowCount() == 1);
        child<QToolButton>(view, "resetButton")->click();
        CHECK(model->rowCount() == 4);
        CHECK(child<QLineEdit>(view, "searchEdit")->text().isEmpty());
    }
    CHECK(check.problems().isEmpty());
}

TEST_CASE("the complaint history reads the next page as the list scrolls")
{
    GuiFixture fixture;
    constexpr int kTotal = gui::ComplaintHistoryModel::kPageSize + 37;
    for (int i = 0; i < kTotal; ++i) {
        receive(fixture, at("2025-03-01 08:00") + domain::Seconds(i * 3600), ComplaintChannel::Phone,
                ComplaintCategory::Cleaning, "业主" + std::to_string(i), "楼道保洁不及时");
    }
    gui::ComplaintHistoryModel model(*fixture.session);
    tests::ModelCheck check(&model);
    model.setFilter({});
    CHECK(model.rowCount() == gui::ComplaintHistoryModel::kPageSize);
    REQUIRE(tests::waitFor([&] { return model.matchCount().has_value(); }));
    CHECK(model.matchCount() == kTotal);
    CHECK(model.countText() == QStringLiteral("%1 complaints").arg(kTotal));
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == kTotal);
    CHECK_FALSE(model.canFetchMore({}));
    std::set<std::int64_t> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.complaintId(row).value);
        if (row > 0) {
            // Newest first, without a gap or a repeat where the pages meet.
            CHECK(model.complaint(row).header.receivedAt < model.complaint(row - 1).header.receivedAt);
        }
    }
    CHECK(ids.size() == static_cast<std::size_t>(kTotal));

    // After a change the same rows are read again, not just the first page.
    model.reload();
    CHECK(model.rowCount() == kTotal);
    CHECK(check.problems().isEmpty());
}

TEST_CASE("selecting a complaint in the history announces it and survives a reload")
{
    GuiFixture fixture;
    Complaints c(fixture);
    gui::ComplaintHistoryView view(*fixture.session);
    view.show();
    QSignalSpy selected(&view, &gui::ComplaintHistoryView::complaintSelected);
    REQUIRE(view.selectComplaint(c.noise));
    REQUIRE(selected.count() == 1);
    CHECK(selected.at(0).at(0).value<domain::ComplaintId>() == c.noise);

    // Another complaint comes in: the list is read again and the selection stays.
    receive(fixture, at("2025-04-05 10:00"), ComplaintChannel::Online, ComplaintCategory::Other, "周先生",
            "快递柜故障");
    fixture.session->notifyComplaintsChanged();
    REQUIRE(tests::waitFor([&] { return view.model()->rowCount() == 5; }));
    CHECK(view.currentComplaint() == c.noise);
    CHECK(selected.count() == 1);
}
