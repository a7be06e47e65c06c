// The staff list in Settings: technicians added, renamed and deactivated through the staff service.

#include "gui/settingspage.h"
#include "gui/staffmodel.h"
#include "guifixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace propdesk;
using propdesk::tests::GuiFixture;

namespace {

std::vector<std::string> technicians(GuiFixture& fixture, const std::string& site = "HQ")
{
    auto names = fixture.workspace().staff().technicians(site);
    REQUIRE(names);
    return *names;
}

} // namespace

TEST_CASE("technicians are added, renamed and deactivated in Settings, and the other pages hear of it")
{
    GuiFixture fixture;
    gui::SettingsPage page(*fixture.session);
    page.show();
    auto* model = qobject_cast<gui::StaffModel*>(page.findChild<QTableView*>(QStringLiteral("staffView"))->model());
    REQUIRE(model);
    tests::ModelCheck check(model);
    QSignalSpy staffChanged(fixture.session.get(), &gui::AppSession::staffChanged);

    auto* name = page.findChild<QLineEdit*>(QStringLiteral("staffName"));
    auto* phone = page.findChild<QLineEdit*>(QStringLiteral("staffPhone"));
    auto* trade = page.findChild<QLineEdit*>(QStringLiteral("staffTrade"));
    REQUIRE(name);
    // keyClicks types ASCII only; the Chinese comes in as an input method would deliver it.
    name->setText(QStringLiteral("王师傅"));
    QTest::keyClicks(phone, QStringLiteral("138 0000 1111"));
    trade->setText(QStringLiteral("水电"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("addStaffButton")), Qt::LeftButton);
    // Enter in the form adds too.
    name->setText(QStringLiteral("李师傅"));
    QTest::keyClick(name, Qt::Key_Return);

    CHECK(technicians(fixture) == std::vector<std::string>{"李师傅", "王师傅"});
    REQUIRE(model->rowCount() == 2);
    CHECK(name->text().isEmpty());
    CHECK(staffChanged.count() == 2);
    const int wang = model->index(0, gui::StaffModel::Name).data().toString() == QStringLiteral("王师傅") ? 0 : 1;
    CHECK(model->index(wang, gui::StaffModel::Phone).data().toString() == QStringLiteral("138 0000 1111"));
    CHECK(model->index(wang, gui::StaffModel::Trade).data().toString() == QStringLiteral("水电"));

    REQUIRE(model->setData(model->index(wang, gui::StaffModel::Name), QStringLiteral("王建国")));
    CHECK(technicians(fixture) == std::vector<std::string>{"李师傅", "王建国"});

    REQUIRE(model->setData(model->index(wang, gui::StaffModel::Active), Qt::Unchecked, Qt::CheckStateRole));
    CHECK(technicians(fixture) == std::vector<std::string>{"李师傅"});
    CHECK(model->index(wang, gui::StaffModel::Active).data(Qt::CheckStateRole).value<Qt::CheckState>() ==
          Qt::Unchecked);
    auto all = fixture.workspace().staff().list("HQ");
    REQUIRE(all);
    CHECK(all->size() == 2); // deactivated, not deleted
    CHECK(staffChanged.count() == 4);

    CHECK(check.problems().isEmpty());
}

TEST_CASE("a refused staff entry says why next to the form and stores nothing")
{
    GuiFixture fixture;
    gui::SettingsPage page(*fixture.session);
    page.show();
    auto* name = page.findChild<QLineEdit*>(QStringLiteral("staffName"));
    auto* phone = page.findChild<QLineEdit*>(QStringLiteral("staffPhone"));
    auto* error = page.findChild<QLabel*>(QStringLiteral("staffError"));
    REQUIRE(error);
    CHECK(error->isHidden());

    name->setText(QStringLiteral("赵师傅"));
    QTest::keyClicks(phone, QStringLiteral("call me"));
    QTest::keyClick(phone, Qt::Key_Return);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("phone")));
    CHECK(technicians(fixture).empty());
    CHECK(name->text() == QStringLiteral("赵师傅")); // kept for correcting

    // Renaming someone to nothing is refused in place, and the row keeps the old name.
    phone->clear();
    QTest::keyClick(phone, Qt::Key_Return);
    CHECK(error->isHidden());
    auto* model = qobject_cast<gui::StaffModel*>(page.findChild<QTableView*>(QStringLiteral("staffView"))->model());
    REQUIRE(model->rowCount() == 1);
    CHECK_FALSE(model->setData(model->index(0, gui::StaffModel::Name), QStringLiteral("  ")));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("name")));
    CHECK(model->index(0, gui::StaffModel::Name).data().toString() == QStringLiteral("赵师傅"));
}

TEST_CASE("the staff list is the selected site's")
{
    GuiFixture fixture;
    fixture.addSite("LC01", "临潮花园");
    domain::StaffMember member;
    member.name = "孙师傅";
    REQUIRE(fixture.workspace().staff().add("LC01", member));

    gui::SettingsPage page(*fixture.session);
    auto* model = page.findChild<QTableView*>(QStringLiteral("staffView"))->model();
    CHECK(model->rowCount() == 0);
    fixture.session->selectSite("LC01");
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, gui::StaffModel::Name).data().toString() == QStringLiteral("孙师傅"));
    CHECK(page.findChild<QWidget*>(QStringLiteral("staffGroup"))
              ->property("title")
              .toString()
              .contains(QStringLiteral("临潮花园")));
}
