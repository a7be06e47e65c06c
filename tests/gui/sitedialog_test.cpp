// Adding a site from Settings: the dialog stores it through the site service, makes it the current site,
// and shows a refusal next to the field it is about.

#include "frontdeskdriver.h"
#include "gui/qtconvert.h"
#include "gui/settingspage.h"
#include "gui/sitedialog.h"
#include "gui/sitemodel.h"
#include "guifixture.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

#include <catch2/catch.hpp>

using namespace propdesk;
using propdesk::tests::GuiFixture;

namespace {

template <typename T>
T* part(QWidget* dialog, const char* name)
{
    auto* widget = dialog->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// Replaces a field's text the way typing over it does, so that the dialog sees an edit.
void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
    REQUIRE(edit->text() == text);
}

QString shownError(QWidget* dialog, const char* label)
{
    auto* error = part<QLabel>(dialog, label);
    return error->isVisibleTo(dialog) ? error->text() : QString();
}

} // namespace

TEST_CASE("a site added in Settings to an empty database becomes the current site and is listed", "[site]")
{
    GuiFixture fixture(GuiFixture::Contents::Empty);
    gui::SettingsPage page(*fixture.session);
    page.show();
    REQUIRE_FALSE(fixture.session->site());
    auto* sitesView = part<QTableView>(&page, "sitesView");
    REQUIRE(sitesView->model()->rowCount() == 0);

    QTest::mouseClick(part<QPushButton>(&page, "addSiteButton"), Qt::LeftButton);
    QPointer<gui::SiteDialog> dialog = tests::visibleChild<gui::SiteDialog>(&page);
    REQUIRE(dialog);
    retype(part<QLineEdit>(dialog, "codeEdit"), QStringLiteral("LC01"));
    part<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("临潮花园"));
    auto* zone = part<QComboBox>(dialog, "timeZoneCombo");
    CHECK(zone->currentText() == QStringLiteral("Asia/Shanghai"));
    zone->setCurrentIndex(zone->findText(QStringLiteral("Asia/Hong_Kong")));
    auto* calendar = part<QComboBox>(dialog, "calendarCombo");
    calendar->setCurrentIndex(calendar->findText(QStringLiteral("Monday to Friday")));
    part<QTimeEdit>(dialog, "workStartEdit")->setTime(QTime(9, 0));
    part<QTimeEdit>(dialog, "workEndEdit")->setTime(QTime(18, 0));
    part<QSpinBox>(dialog, "householdsSpin")->setValue(320);
    part<QSpinBox>(dialog, "residentsSpin")->setValue(910);
    tests::pressOk(dialog);

    CHECK(tests::waitFor([&] { return dialog.isNull(); }));
    REQUIRE(fixture.session->site());
    CHECK(fixture.session->site()->code == "LC01");
    auto stored = fixture.workspace().sites().get("LC01");
    REQUIRE(stored);
    CHECK(stored->name == "临潮花园");
    CHECK(stored->timeZone == "Asia/Hong_Kong");
    CHECK(stored->calendar == domain::CalendarKind::None);
    CHECK(stored->workStart == domain::Seconds{9 * 3600});
    CHECK(stored->workEnd == domain::Seconds{18 * 3600});
    CHECK(stored->households == 320);
    CHECK(stored->residents == 910);

    REQUIRE(sitesView->model()->rowCount() == 1);
    CHECK(sitesView->model()->index(0, gui::SiteModel::Code).data().toString() == QStringLiteral("LC01"));
    CHECK(sitesView->model()->index(0, gui::SiteModel::WorkingHours).data().toString() ==
          QStringLiteral("09:00–18:00"));
    // The staff group follows the new current site, so staff can be added next.
    CHECK(part<QGroupBox>(&page, "staffGroup")->isEnabled());
    CHECK(part<QGroupBox>(&page, "staffGroup")->title() == QStringLiteral("Staff of 临潮花园"));
}

TEST_CASE("a site code with a space is refused next to the code field and nothing is stored", "[site]")
{
    GuiFixture fixture(GuiFixture::Contents::Empty);
    gui::SiteDialog dialog(*fixture.session);
    dialog.show();
    retype(part<QLineEdit>(&dialog, "codeEdit"), QStringLiteral("A B"));
    part<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("安宁苑"));
    tests::pressOk(&dialog);

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(shownError(&dialog, "codeError").contains(QStringLiteral("1 to 16 letters, digits")));
    CHECK(shownError(&dialog, "nameError").isEmpty());
    CHECK(shownError(&dialog, "timeZoneError").isEmpty());
    CHECK(shownError(&dialog, "formError").isEmpty());
    CHECK(fixture.session->sites().empty());
    CHECK_FALSE(fixture.session->site());

    // Typing a new code clears the reason; with only a code and a name the site gets the defaults.
    retype(part<QLineEdit>(&dialog, "codeEdit"), QStringLiteral("AB-1"));
    CHECK(shownError(&dialog, "codeError").isEmpty());
    tests::pressOk(&dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(fixture.session->site());
    CHECK(fixture.session->site()->code == "AB-1");
    CHECK(fixture.session->site()->timeZone == "Asia/Shanghai");
    CHECK(fixture.session->site()->calendar == domain::CalendarKind::China);
    CHECK(fixture.session->site()->workStart == domain::Seconds{8 * 3600});
    CHECK(fixture.session->site()->workEnd == domain::Seconds{17 * 3600 + 30 * 60});
}

TEST_CASE("an unknown time zone is refused next to the time zone field and nothing is stored", "[site]")
{
    GuiFixture fixture(GuiFixture::Contents::Empty);
    gui::SiteDialog dialog(*fixture.session);
    dialog.show();
    retype(part<QLineEdit>(&dialog, "codeEdit"), QStringLiteral("HK"));
    part<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("海景台"));
    auto* zone = part<QComboBox>(&dialog, "timeZoneCombo");
    retype(zone->lineEdit(), QStringLiteral("Asia/Atlantis"));
    tests::pressOk(&dialog);

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(shownError(&dialog, "timeZoneError").contains(QStringLiteral("unknown time zone 'Asia/Atlantis'")));
    CHECK(shownError(&dialog, "codeError").isEmpty());
    CHECK(shownError(&dialog, "formError").isEmpty());
    CHECK(fixture.session->sites().empty());
    CHECK_FALSE(fixture.session->site());

    // Any zone of the tz database is accepted, not only the ones the list offers.
    retype(zone->lineEdit(), QStringLiteral("Asia/Urumqi"));
    CHECK(shownError(&dialog, "timeZoneError").isEmpty());
    tests::pressOk(&dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(fixture.session->site());
    CHECK(fixture.session->site()->timeZone == "Asia/Urumqi");
}

TEST_CASE("a site code in use already is refused next to the code field, a free one becomes the current site", "[site]")
{
    GuiFixture fixture;
    gui::SiteDialog dialog(*fixture.session);
    dialog.show();
    retype(part<QLineEdit>(&dialog, "codeEdit"), QStringLiteral("HQ"));
    part<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("另一个小区"));
    tests::pressOk(&dialog);

    CHECK(dialog.isVisible());
    CHECK(shownError(&dialog, "codeError").contains(QStringLiteral("already exists")));
    CHECK(shownError(&dialog, "formError").isEmpty());
    REQUIRE(fixture.session->sites().size() == 1);
    CHECK(fixture.session->sites().front().name == "测试小区");
    REQUIRE(fixture.session->site());
    CHECK(fixture.session->site()->name == "测试小区");

    // With a free code the new site is stored and becomes current, though HQ comes first by code.
    retype(part<QLineEdit>(&dialog, "codeEdit"), QStringLiteral("B2"));
    tests::pressOk(&dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(fixture.session->sites().size() == 2);
    REQUIRE(fixture.session->site());
    CHECK(fixture.session->site()->code == "B2");
}
