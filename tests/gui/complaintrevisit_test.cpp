// The complaint revisit queue: replied complaints waiting for their revisit, the longest waiting first; the
// revisit recorded from the queue takes the complaint off it.

#include "gui/complaintdialogs.h"
#include "gui/complaintrevisitqueuemodel.h"
#include "gui/complaintrevisitqueueview.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

// A complaint received, routed, resolved and replied to at `replied`.
domain::ComplaintId replied(GuiFixture& fixture, const std::string& receivedAt, const std::string& repliedAt,
                            const std::string& resident)
{
    auto& complaints = fixture.workspace().complaints();
    services::NewComplaint request;
    request.siteCode = "HQ";
    request.category = domain::ComplaintCategory::Cleaning;
    request.resident = resident;
    request.phone = "13800003333";
    request.location = "2-1-101";
    request.description = "垃圾清运不及时";
    request.receivedAt = at(receivedAt);
    auto complaint = complaints.receive(request);
    INFO((complaint ? std::string() : complaint.error().describe()));
    REQUIRE(complaint);
    const auto id = complaint->header.id;
    REQUIRE(complaints.route(id, domain::Department::Cleaning, {}, at(receivedAt) + domain::Seconds(60)));
    REQUIRE(complaints.resolve(id, "已清运", {}, at(receivedAt) + domain::Seconds(600)));
    auto done = complaints.reply(id, "已告知业主", "刘主任", at(repliedAt));
    INFO((done ? std::string() : done.error().describe()));
    REQUIRE(done);
    return id;
}

template <typename T>
T* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("the complaint revisit queue lists replied complaints, the longest waiting first")
{
    GuiFixture fixture;
    const auto a = replied(fixture, "2025-04-03 09:00", "2025-04-04 10:00", "甲");
    const auto b = replied(fixture, "2025-04-03 10:00", "2025-04-04 09:00", "乙");
    const auto c = replied(fixture, "2025-04-02 09:00", "2025-04-05 11:00", "丙");
    // Resolved but not replied to yet: not in the queue.
    auto& complaints = fixture.workspace().complaints();
    services::NewComplaint request;
    request.siteCode = "HQ";
    request.description = "未回复的投诉";
    auto open = complaints.receive(request);
    REQUIRE(open);

    gui::ComplaintRevisitQueueView view(*fixture.session);
    auto* model = view.model();
    tests::ModelCheck check(model);
    REQUIRE(model->rowCount() == 3);
    CHECK(model->complaintId(model->index(0, 0)) == b);
    CHECK(model->complaintId(model->index(1, 0)) == a);
    CHECK(model->complaintId(model->index(2, 0)) == c);
    // 2025-04-05 16:00 less 2025-04-04 09:00.
    CHECK(model->index(0, gui::ComplaintRevisitQueueModel::Waiting).data().toString() == "1 d 7 h");
    CHECK(model->index(0, gui::ComplaintRevisitQueueModel::Resident).data().toString() == "乙");
    CHECK(model->index(0, gui::ComplaintRevisitQueueModel::Department).data().toString() == "Cleaning");
    CHECK(child<QLabel>(view, "complaintRevisitSummary")->text() == "3 replied complaints await their revisit");

    QSignalSpy selected(&view, &gui::ComplaintRevisitQueueView::complaintSelected);
    view.selectComplaint(a);
    REQUIRE(selected.count() == 1);
    CHECK(selected.at(0).at(0).value<domain::ComplaintId>() == a);
    CHECK(check.problems().isEmpty());
}

TEST_CASE("a revisit recorded from the queue takes the complaint off it")
{
    GuiFixture fixture;
    const auto a = replied(fixture, "2025-04-03 09:00", "2025-04-04 10:00", "甲");
    const auto b = replied(fixture, "2025-04-03 10:00", "2025-04-04 09:00", "乙");
    gui::ComplaintRevisitQueueView view(*fixture.session);
    view.show();
    auto* model = view.model();
    tests::ModelCheck check(model);
    REQUIRE(model->rowCount() == 2);

    SECTION("double-click opens the revisit dialog")
    {
        view.openRevisit(model->index(0, 0)); // what a double-click does
        auto* dialog = tests::visibleDialog<gui::ComplaintRevisitDialog>();
        REQUIRE(dialog);
        child<QRadioButton>(*dialog, "rating5")->click();
        dialog->accept();
        CHECK_FALSE(dialog->isVisible());
        REQUIRE(model->rowCount() == 1);
        CHECK(model->complaintId(model->index(0, 0)) == a);
        auto done = fixture.workspace().complaints().get(b);
        REQUIRE(done);
        CHECK(done->status() == domain::ComplaintStatus::Revisited);
        CHECK(done->timeline().satisfaction == 5);
        CHECK(child<QLabel>(view, "complaintRevisitSummary")->text() == "1 replied complaint awaits its revisit");
    }

    SECTION("Enter opens it too, and a rating of 2 needs a comment")
    {
        view.selectComplaint(a);
        QTest::keyClick(view.table(), Qt::Key_Return);
        auto* dialog = tests::visibleDialog<gui::ComplaintRevisitDialog>();
        REQUIRE(dialog);
        child<QRadioButton>(*dialog, "rating2")->click();
        dialog->accept();
        CHECK(dialog->isVisible());
        auto* commentError = child<QLabel>(*dialog, "commentError");
        CHECK(commentError->isVisibleTo(dialog));
        CHECK(commentError->text() == "a dissatisfied resident's reason must be recorded");
        CHECK(model->rowCount() == 2);
        child<QPlainTextEdit>(*dialog, "commentEdit")->setPlainText("清运仍不及时");
        dialog->accept();
        CHECK_FALSE(dialog->isVisible());
        REQUIRE(model->rowCount() == 1);
        CHECK(model->complaintId(model->index(0, 0)) == b);
        auto done = fixture.workspace().complaints().get(a);
        REQUIRE(done);
        CHECK(done->timeline().satisfaction == 2);
        CHECK(done->timeline().revisitComment == "清运仍不及时");
    }

    SECTION("the resident may decline to rate")
    {
        view.openRevisit(model->index(1, 0));
        auto* dialog = tests::visibleDialog<gui::ComplaintRevisitDialog>();
        REQUIRE(dialog);
        auto* ok = child<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled());
        child<QRadioButton>(*dialog, "ratingNone")->click();
        CHECK(ok->isEnabled());
        dialog->accept();
        CHECK_FALSE(dialog->isVisible());
        auto done = fixture.workspace().complaints().get(a);
        REQUIRE(done);
        CHECK(done->status() == domain::ComplaintStatus::Revisited);
        CHECK_FALSE(done->timeline().satisfaction);
    }
    CHECK(check.problems().isEmpty());
}

TEST_CASE("the complaint revisit button is not offered to a role that may not record revisits")
{
    GuiFixture fixture;
    replied(fixture, "2025-04-03 09:00", "2025-04-04 10:00", "甲");
    fixture.addAccount("admin2", "系统管理员", domain::Role::Admin);
    gui::ComplaintRevisitQueueView view(*fixture.session);
    view.show();
    auto* button = child<QPushButton>(view, "complaintRevisitButton");
    CHECK(button->isVisible());
    fixture.signIn("admin2");
    CHECK_FALSE(button->isVisible());
}
