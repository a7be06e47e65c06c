// The security set-up editor: the defaults a new site starts from, squads made of the site's staff in post
// order, the rotation and the checks saved through the service, and a refusal pointing at the row it names.

#include "gui/securitysetupview.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;
using View = gui::SecuritySetupView;

namespace {

std::vector<domain::StaffId> addStaff(GuiFixture& fixture, const std::vector<std::string>& names)
{
    std::vector<domain::StaffId> ids;
    for (const auto& name : names) {
        domain::StaffMember member;
        member.name = name;
        auto added = fixture.workspace().staff().add("HQ", member);
        REQUIRE(added);
        ids.push_back(added->id);
    }
    fixture.session->notifyStaffChanged();
    return ids;
}

void chooseStaff(View& view, const QString& name)
{
    const int index = view.staffBox()->findText(name);
    REQUIRE(index >= 0);
    view.staffBox()->setCurrentIndex(index);
}

void setText(QTableWidget* table, int row, int column, const QString& text)
{
    REQUIRE(table->item(row, column));
    table->item(row, column)->setText(text);
}

domain::SecuritySetup stored(GuiFixture& fixture)
{
    auto setup = fixture.workspace().security().setup("HQ");
    REQUIRE(setup);
    return *setup;
}

} // namespace

TEST_CASE("a new site starts from three shifts and four posts and saves squads of its staff")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-25 10:00"));
    const auto ids = addStaff(fixture, {"张伟", "王强", "李军", "赵磊"});
    View view(*fixture.session);

    REQUIRE(view.shiftsTable()->rowCount() == 3);
    CHECK(view.shiftsTable()->item(0, View::ShiftCode)->text() == QStringLiteral("early"));
    CHECK(view.shiftsTable()->item(0, View::ShiftStart)->text() == QStringLiteral("07:00"));
    CHECK(view.shiftsTable()->item(2, View::ShiftStart)->text() == QStringLiteral("23:00"));
    CHECK(view.shiftsTable()->item(2, View::ShiftLength)->text() == QStringLiteral("8"));
    REQUIRE(view.postsTable()->rowCount() == 4);
    CHECK(view.squadsTable()->rowCount() == 0);
    CHECK(view.rotationDaysEdit()->text() == QStringLiteral("1, 11, 21"));
    CHECK(view.restSpin()->value() == 8);
    CHECK(view.spotChecksSpin()->value() == 4);
    CHECK(view.staffBox()->count() == 4);

    // A squad of three, the leader moved to the top.
    view.addSquad();
    setText(view.squadsTable(), 0, View::SquadName, QStringLiteral("护卫一班"));
    chooseStaff(view, QStringLiteral("王强"));
    view.addGuard();
    chooseStaff(view, QStringLiteral("张伟"));
    view.addGuard();
    chooseStaff(view, QStringLiteral("李军"));
    view.addGuard();
    view.guardList()->setCurrentRow(1);
    view.moveGuard(-1);
    CHECK(view.guardList()->item(0)->text() == QStringLiteral("张伟 (leader)"));
    CHECK(view.squadsTable()->item(0, View::SquadGuards)->text() == QStringLiteral("张伟, 王强, 李军"));
    view.rotationDaysEdit()->setText(QStringLiteral("1, 16"));
    view.spotChecksSpin()->setValue(8);
    view.restSpin()->setValue(10);
    REQUIRE(view.save());
    CHECK(view.errorLabel()->isHidden());

    const auto setup = stored(fixture);
    REQUIRE(setup.squads.size() == 1);
    CHECK(setup.squads[0].code == "1");
    CHECK(setup.squads[0].name == "护卫一班");
    CHECK(setup.squads[0].guards == std::vector<domain::StaffId>{ids[0], ids[1], ids[2]});
    CHECK(setup.rotation.days == std::vector<int>{1, 16});
    CHECK(setup.nightSpotChecksPerMonth == 8);
    CHECK(setup.minimumRest == domain::Seconds{10 * 3600});
    CHECK(setup.shifts.size() == 3);
    CHECK(setup.posts.size() == 4);

    // A guard moved to a second squad leaves the first.
    view.addSquad();
    setText(view.squadsTable(), 1, View::SquadName, QStringLiteral("护卫二班"));
    chooseStaff(view, QStringLiteral("李军"));
    view.addGuard();
    REQUIRE(view.save());
    const auto moved = stored(fixture);
    REQUIRE(moved.squads.size() == 2);
    CHECK(moved.squads[0].guards == std::vector<domain::StaffId>{ids[0], ids[1]});
    CHECK(moved.squads[1].guards == std::vector<domain::StaffId>{ids[2]});
}

TEST_CASE("a set-up the service refuses stays on screen with the row it names selected")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-25 10:00"));
    View view(*fixture.session);
    setText(view.shiftsTable(), 1, View::ShiftStart, QStringLiteral("25:00"));
    CHECK_FALSE(view.save());
    CHECK_FALSE(view.errorLabel()->isHidden());
    CHECK(view.shiftsTable()->currentRow() == 1);

    setText(view.shiftsTable(), 1, View::ShiftStart, QStringLiteral("15:00"));
    setText(view.postsTable(), 3, View::PostShifts, QStringLiteral("early, dawn"));
    CHECK_FALSE(view.save());
    CHECK_FALSE(view.errorLabel()->text().isEmpty());
    CHECK(view.postsTable()->currentRow() == 3);
    CHECK(stored(fixture).posts[3].shifts.empty());

    // Revert reads the stored set-up again.
    view.revert();
    CHECK(view.postsTable()->item(3, View::PostShifts)->text().isEmpty());
    CHECK(view.errorLabel()->isHidden());

    setText(view.postsTable(), 3, View::PostShifts, QStringLiteral("early, middle"));
    REQUIRE(view.save());
    CHECK(stored(fixture).posts[3].shifts == std::vector<std::string>{"early", "middle"});
}

TEST_CASE("a front desk clerk reads the security set-up without changing it")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-25 10:00"));
    fixture.addAccount("desk", "前台小王", domain::Role::FrontDesk);
    fixture.signIn("desk");
    View view(*fixture.session);
    CHECK(view.shiftsTable()->rowCount() == 3);
    CHECK(view.findChild<QPushButton*>(QStringLiteral("setupSave"))->isHidden());
    CHECK(view.shiftsTable()->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK_FALSE(view.rotationDaysEdit()->isEnabled());
}
