// The complaints page's intake form: a complaint taken at the desk with the signed-in user as its first
// responder, routed at once when a department is chosen, linked to the work order it names, refusals next
// to their fields, and the form ready for the next complaint.

#include "frontdeskdriver.h"
#include "gui/complaintboardmodel.h"
#include "gui/complaintboardview.h"
#include "gui/complaintintakeform.h"
#include "gui/complaintlabels.h"
#include "gui/complaintspage.h"
#include "gui/eventtimeedit.h"
#include "gui/labels.h"
#include "gui/qtconvert.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace propdesk;
using gui::ComplaintBoardModel;
using propdesk::tests::at;
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

bool shown(QWidget* parent, const char* name)
{
    return !child<QWidget>(parent, name)->isHidden();
}

void typeInto(QLineEdit* edit, const QString& value)
{
    edit->setFocus();
    edit->selectAll();
    if (value.toLatin1() == value.toUtf8()) {
        QTest::keyClicks(edit, value);
    } else {
        edit->insert(value); // as an input method commits Chinese text
    }
}

struct Complaint
{
    QString location;
    QString resident;
    QString phone;
    domain::ComplaintChannel channel = domain::ComplaintChannel::Phone;
    domain::ComplaintCategory category = domain::ComplaintCategory::Noise;
    QString description;
    std::optional<domain::Department> department;
    QString workOrder;
};

void fill(gui::ComplaintIntakeForm& form, const Complaint& c)
{
    typeInto(child<QLineEdit>(&form, "locationEdit"), c.location);
    typeInto(child<QLineEdit>(&form, "residentEdit"), c.resident);
    typeInto(child<QLineEdit>(&form, "phoneEdit"), c.phone);
    auto* channel = child<QComboBox>(&form, "channelCombo");
    channel->setCurrentIndex(channel->findData(static_cast<int>(c.channel)));
    auto* category = child<QComboBox>(&form, "categoryCombo");
    category->setCurrentIndex(category->findData(static_cast<int>(c.category)));
    auto* department = child<QComboBox>(&form, "departmentCombo");
    department->setCurrentIndex(department->findData(c.department ? static_cast<int>(*c.department) : -1));
    typeInto(child<QLineEdit>(&form, "workOrderEdit"), c.workOrder);
    auto* description = child<QPlainTextEdit>(&form, "descriptionEdit");
    description->setFocus();
    description->selectAll();
    description->insertPlainText(c.description);
}

void ctrlEnter(QWidget* widget, Qt::Key key = Qt::Key_Return)
{
    QTest::keyClick(widget, key, Qt::ControlModifier);
}

std::vector<domain::ComplaintSnapshot> complaintsOf(GuiFixture& fixture)
{
    domain::ComplaintFilter filter;
    filter.site = fixture.session->site()->id;
    auto found = fixture.workspace().complaintLists().find(filter, std::nullopt, 100);
    INFO((found ? std::string() : found.error().describe()));
    REQUIRE(found);
    return *found;
}

domain::Complaint reread(GuiFixture& fixture, domain::ComplaintId id)
{
    auto complaint = fixture.workspace().complaints().get(id);
    REQUIRE(complaint);
    return *complaint;
}

} // namespace

TEST_CASE("a complaint taken at the desk keeps the signed-in user as its first responder and lands on the board, "
          "selected")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    fixture.addAccount("wangfang", "王芳", domain::Role::FrontDesk);
    fixture.signIn("wangfang");
    gui::ComplaintsPage page(*fixture.session);
    page.resize(1500, 900);
    tests::showActive(&page);
    auto* form = page.intakeForm();
    REQUIRE(form);
    CHECK(text(form, "firstResponderValue") ==
          QStringLiteral("王芳 (%1)").arg(gui::roleLabel(domain::Role::FrontDesk)));

    fill(*form, {QStringLiteral("3-1-201"),
                 QStringLiteral("王女士"),
                 QStringLiteral("138 0013 8000"),
                 domain::ComplaintChannel::Visit,
                 domain::ComplaintCategory::Noise,
                 QStringLiteral("楼上装修噪音，晚上十点还在施工"),
                 std::nullopt,
                 {}});
    // The deadlines the complaint will get: a response within 15 minutes, by the default rules.
    form->updatePreview();
    CHECK(text(form, "previewResponse").contains(QStringLiteral("09:15")));
    CHECK(text(form, "previewResponse").contains(QStringLiteral("15 min left")));
    CHECK(text(form, "previewRules").contains(QStringLiteral("complaint-response")));
    CHECK(text(form, "previewRules").contains(QStringLiteral("complaint-resolution")));

    ctrlEnter(child<QPlainTextEdit>(form, "descriptionEdit"));

    const auto stored = complaintsOf(fixture);
    REQUIRE(stored.size() == 1);
    const auto& h = stored[0].header;
    CHECK(h.code == "TS20250303-001");
    CHECK(h.firstResponder == "王芳");
    CHECK(h.firstResponder == fixture.session->user().name);
    CHECK(h.channel == domain::ComplaintChannel::Visit);
    CHECK(h.category == domain::ComplaintCategory::Noise);
    CHECK(h.resident == "王女士");
    CHECK(h.phone == "138 0013 8000");
    CHECK(h.location == "3-1-201");
    CHECK(h.description == "楼上装修噪音，晚上十点还在施工");
    CHECK(h.receivedAt == at(kMonday9));
    CHECK_FALSE(h.workOrder.has_value());
    CHECK(stored[0].timeline.status() == domain::ComplaintStatus::Received);
    CHECK_FALSE(stored[0].timeline.department.has_value());

    // On the board, selected, and in the detail pane.
    auto* board = page.board()->model();
    REQUIRE(board->rowCount() == 1);
    CHECK(board->index(0, ComplaintBoardModel::Code).data().toString() == QStringLiteral("TS20250303-001"));
    CHECK(board->index(0, ComplaintBoardModel::TimeLeft).data().toString() == QStringLiteral("15 min"));
    CHECK(board->index(0, ComplaintBoardModel::Department).data().toString() == QStringLiteral("not routed"));
    CHECK(page.board()->currentComplaint() == h.id);
    CHECK(page.currentComplaint() == h.id);

    // The form is empty again, the cursor in the location, and says what happened.
    CHECK(child<QLineEdit>(form, "locationEdit")->text().isEmpty());
    CHECK(child<QLineEdit>(form, "residentEdit")->text().isEmpty());
    CHECK(child<QLineEdit>(form, "phoneEdit")->text().isEmpty());
    CHECK(child<QPlainTextEdit>(form, "descriptionEdit")->toPlainText().isEmpty());
    CHECK(child<QComboBox>(form, "channelCombo")->currentData().toInt() ==
          static_cast<int>(domain::ComplaintChannel::Phone));
    CHECK(QApplication::focusWidget() == child<QLineEdit>(form, "locationEdit"));
    CHECK(shown(form, "confirmationLabel"));
    CHECK(text(form, "confirmationLabel") == QStringLiteral("Took complaint TS20250303-001."));

    // The next one gets the next number; the keypad's Enter saves too.
    fixture.clock.set(at("2025-03-03 09:04"));
    fill(*form, {QStringLiteral("5-2-1102"),
                 {},
                 {},
                 domain::ComplaintChannel::Phone,
                 domain::ComplaintCategory::Parking,
                 QStringLiteral("车位被占"),
                 std::nullopt,
                 {}});
    ctrlEnter(child<QLineEdit>(form, "locationEdit"), Qt::Key_Enter);
    REQUIRE(complaintsOf(fixture).size() == 2);
    CHECK(board->rowCount() == 2);
    CHECK(text(form, "confirmationLabel") == QStringLiteral("Took complaint TS20250303-002."));
}

TEST_CASE("choosing a department at intake routes the complaint at once")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    gui::ComplaintsPage page(*fixture.session);
    page.resize(1500, 900);
    tests::showActive(&page);
    auto* form = page.intakeForm();
    REQUIRE(form);

    fill(*form, {QStringLiteral("2-1-302"),
                 QStringLiteral("李先生"),
                 QStringLiteral("13900001111"),
                 domain::ComplaintChannel::Phone,
                 domain::ComplaintCategory::Cleaning,
                 QStringLiteral("楼道垃圾两天没人清"),
                 domain::Department::Cleaning,
                 {}});
    QTest::mouseClick(child<QPushButton>(form, "saveButton"), Qt::LeftButton);

    const auto stored = complaintsOf(fixture);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].timeline.status() == domain::ComplaintStatus::Routed);
    CHECK(stored[0].timeline.department == domain::Department::Cleaning);
    CHECK(stored[0].timeline.routed == at(kMonday9));
    // The manager of the fixture took it.
    CHECK(stored[0].header.firstResponder == "测试员");
    CHECK(text(form, "confirmationLabel") == QStringLiteral("Took complaint TS20250303-001 and routed it to %1.")
                                                 .arg(gui::departmentLabel(domain::Department::Cleaning)));
    auto* board = page.board()->model();
    REQUIRE(board->rowCount() == 1);
    CHECK(board->index(0, ComplaintBoardModel::Department).data().toString() ==
          gui::departmentLabel(domain::Department::Cleaning));
    CHECK(board->index(0, ComplaintBoardModel::Status).data().toString() ==
          gui::complaintStatusLabel(domain::ComplaintStatus::Routed));
    // The next complaint starts unrouted again.
    CHECK(child<QComboBox>(form, "departmentCombo")->currentData().toInt() == -1);
}

TEST_CASE("a complaint about a work order is linked to the order named at intake")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    services::NewWorkOrder order;
    order.siteCode = "HQ";
    order.location = "3-1-201";
    order.category = domain::Category::Plumbing;
    order.reporter = "王女士";
    order.phone = "13800138000";
    order.description = "厨房水龙头滴水";
    auto logged = fixture.workspace().workOrders().log(order);
    REQUIRE(logged);
    fixture.session->notifyOrdersChanged();
    fixture.clock.set(at("2025-03-03 10:00"));

    gui::ComplaintsPage page(*fixture.session);
    page.resize(1500, 900);
    tests::showActive(&page);
    auto* form = page.intakeForm();
    REQUIRE(form);

    // The place brings back its last caller, as at the repair intake.
    // Part of the place is enough to find it.
    auto* location = child<QLineEdit>(form, "locationEdit");
    location->setFocus();
    QTest::keyClicks(location, QStringLiteral("1-20"));
    auto* completer = location->completer();
    REQUIRE(completer);
    REQUIRE(tests::waitFor([&] { return completer->popup()->isVisible(); }));
    CHECK(completer->completionCount() == 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    CHECK(location->text() == QStringLiteral("3-1-201"));
    CHECK(child<QLineEdit>(form, "residentEdit")->text() == QStringLiteral("王女士"));
    CHECK(child<QLineEdit>(form, "phoneEdit")->text() == QStringLiteral("13800138000"));

    fill(*form, {QStringLiteral("3-1-201"), QStringLiteral("王女士"), QStringLiteral("13800138000"),
                 domain::ComplaintChannel::Phone, domain::ComplaintCategory::RepairQuality,
                 QStringLiteral("师傅说修好了，还在滴水"), std::nullopt, gui::qs(logged->header.code)});
    ctrlEnter(child<QPlainTextEdit>(form, "descriptionEdit"));

    const auto stored = complaintsOf(fixture);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].header.workOrder == logged->header.id);
    CHECK(stored[0].header.workOrderCode == logged->header.code);
    const auto complaint = reread(fixture, stored[0].header.id);
    REQUIRE(complaint.history.size() == 2);
    CHECK(complaint.history[1].kind == domain::ComplaintEventKind::Linked);
    CHECK(complaint.history[1].reference == logged->header.code);
}

TEST_CASE("refusals of the intake show next to their fields and keep what was typed")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    gui::ComplaintsPage page(*fixture.session);
    page.resize(1500, 900);
    tests::showActive(&page);
    auto* form = page.intakeForm();
    REQUIRE(form);
    auto* description = child<QPlainTextEdit>(form, "descriptionEdit");

    SECTION("no description")
    {
        fill(*form, {QStringLiteral("3-1-201"),
                     QStringLiteral("王女士"),
                     {},
                     domain::ComplaintChannel::Phone,
                     domain::ComplaintCategory::Noise,
                     {},
                     std::nullopt,
                     {}});
        CHECK_FALSE(form->takeComplaint());
        CHECK(shown(form, "descriptionError"));
        CHECK(text(form, "descriptionError") == QStringLiteral("what is the complaint about?"));
        CHECK_FALSE(shown(form, "formError"));
        CHECK(child<QLineEdit>(form, "locationEdit")->text() == QStringLiteral("3-1-201"));
        // Typing the description takes the refusal away.
        description->setFocus();
        description->insertPlainText(QStringLiteral("噪音"));
        CHECK_FALSE(shown(form, "descriptionError"));
        CHECK(form->takeComplaint());
        CHECK(complaintsOf(fixture).size() == 1);
        return;
    }
    SECTION("a phone number that is none")
    {
        fill(*form, {QStringLiteral("3-1-201"),
                     QStringLiteral("王女士"),
                     QStringLiteral("12a"),
                     domain::ComplaintChannel::Phone,
                     domain::ComplaintCategory::Noise,
                     QStringLiteral("噪音"),
                     std::nullopt,
                     {}});
        // Said while typing, and refused on saving.
        CHECK(shown(form, "phoneError"));
        CHECK(text(form, "phoneError").startsWith(QStringLiteral("A phone number has 5 to 20 digits")));
        CHECK_FALSE(form->takeComplaint());
        CHECK(text(form, "phoneError") == QStringLiteral("a phone number has 5 to 20 digits"));
        CHECK(child<QLineEdit>(form, "phoneEdit")->text() == QStringLiteral("12a"));
    }
    SECTION("a work order the site does not have")
    {
        fill(*form, {QStringLiteral("3-1-201"),
                     QStringLiteral("王女士"),
                     {},
                     domain::ComplaintChannel::Phone,
                     domain::ComplaintCategory::RepairQuality,
                     QStringLiteral("没修好"),
                     std::nullopt,
                     QStringLiteral("20990101-001")});
        CHECK_FALSE(form->takeComplaint());
        CHECK(shown(form, "workOrderError"));
        CHECK(text(form, "workOrderError") == QStringLiteral("no work order 20990101-001 at site HQ"));
        CHECK(child<QLineEdit>(form, "workOrderEdit")->text() == QStringLiteral("20990101-001"));
    }
    SECTION("a received time in the future")
    {
        fill(*form, {QStringLiteral("3-1-201"),
                     QStringLiteral("王女士"),
                     {},
                     domain::ComplaintChannel::Phone,
                     domain::ComplaintCategory::Noise,
                     QStringLiteral("噪音"),
                     std::nullopt,
                     {}});
        child<gui::EventTimeEdit>(form, "receivedEdit")->setInstant(at("2025-03-03 09:30"));
        CHECK_FALSE(form->takeComplaint());
        CHECK(shown(form, "receivedError"));
        CHECK(text(form, "receivedError") == QStringLiteral("lies in the future"));
    }
    SECTION("in Chinese")
    {
        tests::LanguageScope chinese(QStringLiteral("zh_CN"));
        fill(*form, {QStringLiteral("3-1-201"),
                     QStringLiteral("王女士"),
                     {},
                     domain::ComplaintChannel::Phone,
                     domain::ComplaintCategory::Noise,
                     {},
                     std::nullopt,
                     {}});
        CHECK_FALSE(form->takeComplaint());
        CHECK(text(form, "descriptionError") == QStringLiteral("投诉内容是什么？"));
    }
    CHECK(complaintsOf(fixture).empty());
    CHECK(page.board()->model()->rowCount() == 0);
}

TEST_CASE("a complaint written down after the fact keeps when it was received, and Esc empties the form")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    gui::ComplaintsPage page(*fixture.session);
    page.resize(1500, 900);
    tests::showActive(&page);
    auto* form = page.intakeForm();
    REQUIRE(form);

    fill(*form, {QStringLiteral("东门岗亭"),
                 QStringLiteral("赵女士"),
                 {},
                 domain::ComplaintChannel::Letter,
                 domain::ComplaintCategory::StaffConduct,
                 QStringLiteral("保安态度差"),
                 std::nullopt,
                 {}});
    child<gui::EventTimeEdit>(form, "receivedEdit")->setInstant(at("2025-03-03 08:40"));
    form->updatePreview();
    // Received at 08:40: the response was due at 08:55, already past.
    CHECK(text(form, "previewResponse").contains(QStringLiteral("08:55")));
    CHECK(text(form, "previewResponse").contains(QStringLiteral("overdue by 5 min")));
    CHECK(form->takeComplaint());
    const auto stored = complaintsOf(fixture);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].header.receivedAt == at("2025-03-03 08:40"));
    CHECK(stored[0].header.channel == domain::ComplaintChannel::Letter);

    fill(*form, {QStringLiteral("1-1-101"),
                 QStringLiteral("钱先生"),
                 {},
                 domain::ComplaintChannel::Online,
                 domain::ComplaintCategory::Fees,
                 QStringLiteral("物业费多收"),
                 domain::Department::Management,
                 {}});
    QTest::keyClick(child<QLineEdit>(form, "residentEdit"), Qt::Key_Escape);
    CHECK(child<QLineEdit>(form, "locationEdit")->text().isEmpty());
    CHECK(child<QLineEdit>(form, "residentEdit")->text().isEmpty());
    CHECK(child<QPlainTextEdit>(form, "descriptionEdit")->toPlainText().isEmpty());
    CHECK(child<QComboBox>(form, "departmentCombo")->currentData().toInt() == -1);
    CHECK(complaintsOf(fixture).size() == 1);
}

TEST_CASE("a role that takes no complaints sees the page without the intake form")
{
    GuiFixture fixture(GuiFixture::Contents::Site, at(kMonday9));
    fixture.addAccount("admin", "系统管理员", domain::Role::Admin, {});
    fixture.signIn("admin");
    REQUIRE_FALSE(fixture.session->user().can(domain::Permission::LogComplaint));
    gui::ComplaintsPage page(*fixture.session);
    CHECK(page.intakeForm() == nullptr);
    CHECK(page.findChild<gui::ComplaintIntakeForm*>() == nullptr);
}
