// The front desk's intake form: deadlines previewed while typing, the emergency suggestion, possible
// duplicates, field-named refusals, the keyboard, and the logged order on the board.

#include "frontdeskdriver.h"
#include "gui/boardmodel.h"
#include "gui/dispatchboardview.h"
#include "gui/frontdeskpage.h"
#include "gui/intakeform.h"
#include "gui/labels.h"
#include "gui/qtconvert.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::Call;
using propdesk::tests::GuiFixture;

namespace {

// 2025-03-03 is a Monday and a working day in the Chinese calendar.
constexpr std::string_view kMonday9 = "2025-03-03 09:00";

template <typename T>
T* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

QString text(QWidget* parent, const char* name)
{
    return child<QLabel>(parent, name)->text();
}

bool visible(QWidget* parent, const char* name)
{
    return child<QWidget>(parent, name)->isVisible();
}

void ctrlEnter(QWidget* widget, Qt::Key key = Qt::Key_Return)
{
    QTest::keyClick(widget, key, Qt::ControlModifier);
}

std::vector<domain::WorkOrderSnapshot> ordersOf(GuiFixture& fixture)
{
    domain::WorkOrderFilter filter;
    auto found = fixture.workspace().workOrderLists().find(filter, std::nullopt, 100);
    REQUIRE(found);
    return *found;
}

domain::WorkOrder logDirectly(GuiFixture& fixture, const std::string& location, domain::Category category,
                              const std::string& reporter = "张先生", const std::string& phone = "13912345678")
{
    services::NewWorkOrder order;
    order.siteCode = "HQ";
    order.location = location;
    order.category = category;
    order.reporter = reporter;
    order.phone = phone;
    order.description = "卫生间漏水";
    auto logged = fixture.workspace().workOrders().log(order);
    INFO((logged ? std::string() : logged.error().describe()));
    REQUIRE(logged);
    return *logged;
}

} // namespace

TEST_CASE("a normal plumbing call on a Monday at 09:00 shows arrival by 09:30 and completion by 17:00 and lands on "
          "the board")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    gui::FrontDeskPage page(*fixture.session);
    page.resize(1400, 800);
    tests::showActive(&page);
    auto& form = *page.intakeForm();

    tests::fillIntake(form, {QStringLiteral("3-1-201"), QStringLiteral("王女士"), QStringLiteral("138 0013 8000"),
                             domain::Category::Plumbing, domain::Urgency::Normal, QStringLiteral("厨房水龙头滴水")});

    REQUIRE(tests::waitFor([&] { return text(&form, "previewArrival").contains(QStringLiteral("09:30")); }));
    CHECK(text(&form, "previewArrival").contains(QStringLiteral("30 min left")));
    CHECK(text(&form, "previewCompletion").contains(QStringLiteral("17:00")));
    CHECK(text(&form, "previewCompletion").contains(QStringLiteral("8 h 00 min left")));
    CHECK(text(&form, "previewRules").contains(QStringLiteral("wo-arrival")));
    CHECK(text(&form, "previewRules").contains(QStringLiteral("wo-completion")));

    ctrlEnter(child<QPlainTextEdit>(&form, "descriptionEdit"));

    auto* board = page.board()->model();
    REQUIRE(board->rowCount() == 1);
    const auto zone = tests::zone();
    CHECK(board->index(0, gui::BoardModel::Code).data().toString() == QStringLiteral("20250303-001"));
    CHECK(board->index(0, gui::BoardModel::Deadline).data().toString() ==
          gui::formatInstant(at("2025-03-03 09:30"), zone));
    CHECK(board->index(0, gui::BoardModel::TimeLeft).data().toString() == QStringLiteral("30 min"));
    CHECK(board->index(0, gui::BoardModel::Next).data().toString() == gui::milestoneLabel(domain::Milestone::Arrival));
    CHECK(board->index(0, gui::BoardModel::Location).data().toString() == QStringLiteral("3-1-201"));
    // The new order is the board's current one, and the form is ready for the next call.
    CHECK(page.board()->currentOrder() == board->orderId(board->index(0, 0)));
    CHECK(child<QLineEdit>(&form, "locationEdit")->text().isEmpty());
    CHECK(child<QLineEdit>(&form, "reporterEdit")->text().isEmpty());
    CHECK(child<QPlainTextEdit>(&form, "descriptionEdit")->toPlainText().isEmpty());
    CHECK(QApplication::focusWidget() == child<QLineEdit>(&form, "locationEdit"));
    CHECK(visible(&form, "confirmationLabel"));
    CHECK(text(&form, "confirmationLabel").contains(QStringLiteral("20250303-001")));

    const auto orders = ordersOf(fixture);
    REQUIRE(orders.size() == 1);
    CHECK(orders[0].header.reporter == "王女士");
    CHECK(orders[0].header.phone == "138 0013 8000");
    CHECK(orders[0].header.description == "厨房水龙头滴水");
    CHECK(orders[0].header.reportedAt == at(kMonday9));

    // The keypad's Enter logs as well.
    tests::fillIntake(form, {QStringLiteral("3-1-202"),
                             {},
                             {},
                             domain::Category::Electrical,
                             domain::Urgency::Normal,
                             QStringLiteral("插座没电")});
    ctrlEnter(child<QLineEdit>(&form, "locationEdit"), Qt::Key_Enter);
    CHECK(board->rowCount() == 2);
}

TEST_CASE("an emergency gets 10 minutes to arrive in working hours and 15 minutes from 17:30")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at("2025-03-03 10:00"));
    gui::FrontDeskPage page(*fixture.session);
    tests::showActive(&page);
    auto& form = *page.intakeForm();

    tests::fillIntake(form, {QStringLiteral("7-2-301"),
                             {},
                             {},
                             domain::Category::Plumbing,
                             domain::Urgency::Emergency,
                             QStringLiteral("水管爆了")});
    form.updatePreview();
    CHECK(text(&form, "previewArrival").contains(QStringLiteral("10:10")));
    CHECK(text(&form, "previewRules").contains(QStringLiteral("wo-arrival-emergency-daytime")));
    ctrlEnter(child<QLineEdit>(&form, "locationEdit"));
    auto* board = page.board()->model();
    REQUIRE(board->rowCount() == 1);
    CHECK(board->index(0, gui::BoardModel::Deadline).data().toString() ==
          gui::formatInstant(at("2025-03-03 10:10"), tests::zone()));

    fixture.clock.set(at("2025-03-03 17:30"));
    tests::fillIntake(form, {QStringLiteral("7-2-302"),
                             {},
                             {},
                             domain::Category::Plumbing,
                             domain::Urgency::Emergency,
                             QStringLiteral("水管爆了")});
    form.updatePreview();
    CHECK(text(&form, "previewArrival").contains(QStringLiteral("17:45")));
    CHECK(text(&form, "previewArrival").contains(QStringLiteral("15 min left")));
    ctrlEnter(child<QLineEdit>(&form, "locationEdit"));
    REQUIRE(board->rowCount() == 2);
    const int evening = board->rowOf(ordersOf(fixture).front().header.id); // newest first
    REQUIRE(evening >= 0);
    CHECK(board->index(evening, gui::BoardModel::Deadline).data().toString() ==
          gui::formatInstant(at("2025-03-03 17:45"), tests::zone()));
}

TEST_CASE("a leak in plumbing suggests the emergency urgency, but a dripping tap does not")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    gui::IntakeForm form(*fixture.session);
    tests::showActive(&form);
    auto* urgency = child<QComboBox>(&form, "urgencyCombo");

    tests::fillIntake(form, {QStringLiteral("2-1-502"),
                             {},
                             {},
                             domain::Category::Plumbing,
                             domain::Urgency::Normal,
                             QStringLiteral("楼上漏水")});
    REQUIRE(tests::waitFor([&] { return visible(&form, "suggestionFrame"); }));
    // A suggestion only: the urgency stays as the desk chose it until the button is pressed.
    CHECK(urgency->currentData().toInt() == static_cast<int>(domain::Urgency::Normal));
    QTest::mouseClick(child<QPushButton>(&form, "useEmergencyButton"), Qt::LeftButton);
    CHECK(urgency->currentData().toInt() == static_cast<int>(domain::Urgency::Emergency));
    CHECK_FALSE(visible(&form, "suggestionFrame"));
    CHECK(text(&form, "previewArrival").contains(QStringLiteral("09:10")));

    tests::fillIntake(form, {QStringLiteral("2-1-502"),
                             {},
                             {},
                             domain::Category::Plumbing,
                             domain::Urgency::Normal,
                             QStringLiteral("水龙头滴水")});
    QTest::qWait(400);
    CHECK_FALSE(visible(&form, "suggestionFrame"));

    // The words count only in their category: a leak is no electrical emergency.
    tests::fillIntake(form, {QStringLiteral("2-1-502"),
                             {},
                             {},
                             domain::Category::Electrical,
                             domain::Urgency::Normal,
                             QStringLiteral("楼上漏水")});
    form.updatePreview();
    CHECK_FALSE(visible(&form, "suggestionFrame"));
}

TEST_CASE("an open order at the same place and category is a possible duplicate, and the call can be linked to it")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    const auto existing = logDirectly(fixture, "5-2-1101", domain::Category::Plumbing);
    fixture.session->notifyOrdersChanged();
    fixture.clock.set(at("2025-03-03 10:00"));
    gui::FrontDeskPage page(*fixture.session);
    tests::showActive(&page);
    auto& form = *page.intakeForm();

    tests::fillIntake(form, {QStringLiteral("5-2-1101"), QStringLiteral("张先生"), QStringLiteral("13912345678"),
                             domain::Category::Electrical, domain::Urgency::Normal, QStringLiteral("又漏了")});
    form.updatePreview();
    CHECK_FALSE(visible(&form, "duplicatesFrame"));

    auto* category = child<QComboBox>(&form, "categoryCombo");
    category->setCurrentIndex(category->findData(static_cast<int>(domain::Category::Plumbing)));
    REQUIRE(tests::waitFor([&] { return visible(&form, "duplicatesFrame"); }));
    const QString code = gui::qs(existing.header.code);
    auto* link = child<QPushButton>(&form, "linkButton");
    CHECK(link->property("orderCode").toString() == code);
    CHECK(link->text().contains(code));
    const QString listed = child<QLabel>(&form, "duplicateText")->text();
    CHECK(listed.contains(code));
    CHECK(listed.contains(gui::statusLabel(domain::WorkOrderStatus::Logged)));
    CHECK(listed.contains(QStringLiteral("卫生间漏水")));

    QTest::mouseClick(link, Qt::LeftButton);

    CHECK(ordersOf(fixture).size() == 1);
    auto order = fixture.workspace().workOrders().get(existing.header.id);
    REQUIRE(order);
    REQUIRE(order->history.size() == 2);
    CHECK(order->history.back().kind == domain::EventKind::Noted);
    CHECK(order->history.back().note.find("又漏了") != std::string::npos);
    CHECK(order->history.back().at == at("2025-03-03 10:00"));
    CHECK(text(&form, "confirmationLabel").contains(code));
    CHECK(child<QLineEdit>(&form, "locationEdit")->text().isEmpty());
    CHECK_FALSE(visible(&form, "duplicatesFrame"));

    // The desk may still log a new order at the same place.
    tests::fillIntake(form, {QStringLiteral("5-2-1101"),
                             {},
                             {},
                             domain::Category::Plumbing,
                             domain::Urgency::Normal,
                             QStringLiteral("厨房也漏了")});
    REQUIRE(tests::waitFor([&] { return visible(&form, "duplicatesFrame"); }));
    ctrlEnter(child<QLineEdit>(&form, "locationEdit"));
    CHECK(ordersOf(fixture).size() == 2);
    CHECK(page.board()->model()->rowCount() == 2);
}

TEST_CASE("an invalid phone number is pointed out next to the field and disables logging")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    gui::IntakeForm form(*fixture.session);
    tests::showActive(&form);
    auto* log = child<QPushButton>(&form, "logButton");
    CHECK(log->toolTip().contains(QStringLiteral("Ctrl+Enter")));

    tests::fillIntake(form, {QStringLiteral("1-1-101"),
                             {},
                             QStringLiteral("1380abc"),
                             domain::Category::Plumbing,
                             domain::Urgency::Normal,
                             QStringLiteral("漏水")});
    CHECK(visible(&form, "phoneError"));
    CHECK(text(&form, "phoneError").contains(QStringLiteral("5 to 20 digits")));
    CHECK_FALSE(log->isEnabled());
    ctrlEnter(child<QLineEdit>(&form, "phoneEdit"));
    CHECK(ordersOf(fixture).empty());

    auto* phone = child<QLineEdit>(&form, "phoneEdit");
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("+86 21-5555 1234"));
    CHECK_FALSE(visible(&form, "phoneError"));
    CHECK(log->isEnabled());
    ctrlEnter(phone);
    CHECK(ordersOf(fixture).size() == 1);
}

TEST_CASE("a refusal of the service is shown next to the field it names")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    gui::IntakeForm form(*fixture.session);
    tests::showActive(&form);

    tests::fillIntake(form, {QString(),
                             QStringLiteral("李女士"),
                             {},
                             domain::Category::Lighting,
                             domain::Urgency::Normal,
                             QStringLiteral("楼道灯不亮")});
    ctrlEnter(child<QPlainTextEdit>(&form, "descriptionEdit"));
    CHECK(visible(&form, "locationError"));
    CHECK(text(&form, "locationError").contains(QStringLiteral("where is the problem")));
    CHECK_FALSE(visible(&form, "formError"));
    CHECK(ordersOf(fixture).empty());
    // Nothing typed is lost.
    CHECK(child<QPlainTextEdit>(&form, "descriptionEdit")->toPlainText() == QStringLiteral("楼道灯不亮"));

    // A call "reported" an hour from now.
    QTest::keyClicks(child<QLineEdit>(&form, "locationEdit"), QStringLiteral("4-1-101"));
    CHECK_FALSE(visible(&form, "locationError"));
    child<QCheckBox>(&form, "reportedCheck")->setChecked(true);
    child<QDateTimeEdit>(&form, "reportedEdit")->setDateTime(tests::wallClock("2025-03-03 10:00"));
    ctrlEnter(child<QLineEdit>(&form, "locationEdit"));
    CHECK(visible(&form, "reportedError"));
    CHECK(text(&form, "reportedError").contains(QStringLiteral("future")));
    CHECK(ordersOf(fixture).empty());

    // Logged after the fact: the deadlines run from when the resident called.
    child<QDateTimeEdit>(&form, "reportedEdit")->setDateTime(tests::wallClock("2025-03-03 08:20"));
    form.updatePreview();
    CHECK(text(&form, "previewArrival").contains(QStringLiteral("08:50")));
    ctrlEnter(child<QLineEdit>(&form, "locationEdit"));
    const auto orders = ordersOf(fixture);
    REQUIRE(orders.size() == 1);
    CHECK(orders[0].header.reportedAt == at("2025-03-03 08:20"));
}

TEST_CASE("the intake form is filled in tab order, remembers a place's last caller and clears with Esc")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    logDirectly(fixture, "5-2-1101", domain::Category::Plumbing, "张先生", "13912345678");
    gui::IntakeForm form(*fixture.session);
    fixture.session->notifyOrdersChanged();
    tests::showActive(&form);

    auto* location = child<QLineEdit>(&form, "locationEdit");
    CHECK(QApplication::focusWidget() == location);
    QStringList order;
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    CHECK(order == QStringList{QStringLiteral("reporterEdit"), QStringLiteral("phoneEdit"),
                               QStringLiteral("categoryCombo"), QStringLiteral("urgencyCombo"),
                               QStringLiteral("descriptionEdit"), QStringLiteral("logButton")});

    // Part of the place is enough to find it; choosing it brings back who called from there.
    location->setFocus();
    QTest::keyClicks(location, QStringLiteral("2-110"));
    auto* completer = location->completer();
    REQUIRE(completer);
    REQUIRE(tests::waitFor([&] { return completer->popup()->isVisible(); }));
    CHECK(completer->completionCount() == 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    CHECK(location->text() == QStringLiteral("5-2-1101"));
    CHECK(child<QLineEdit>(&form, "reporterEdit")->text() == QStringLiteral("张先生"));
    CHECK(child<QLineEdit>(&form, "phoneEdit")->text() == QStringLiteral("13912345678"));

    QTest::keyClick(location, Qt::Key_Escape);
    CHECK(location->text().isEmpty());
    CHECK(child<QLineEdit>(&form, "reporterEdit")->text().isEmpty());
    CHECK(child<QLineEdit>(&form, "phoneEdit")->text().isEmpty());

    // A caller already named is kept.
    QTest::keyClicks(child<QLineEdit>(&form, "reporterEdit"), QStringLiteral("Li"));
    location->setFocus();
    QTest::keyClicks(location, QStringLiteral("5-2-1101"));
    QTest::keyClick(location, Qt::Key_Tab);
    CHECK(child<QLineEdit>(&form, "reporterEdit")->text() == QStringLiteral("Li"));
    CHECK(child<QLineEdit>(&form, "phoneEdit")->text().isEmpty());
}
