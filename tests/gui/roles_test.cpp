// What each role sees: switching users rebuilds the window for the new user's sites and role; an
// administrator gets only Settings (with Users and Backup) and the audit trail; refused actions are not
// offered; a refusal that still happens reads well.

#include "gui/desktop.h"
#include "gui/dispatchboardview.h"
#include "gui/errortext.h"
#include "gui/frontdeskpage.h"
#include "gui/mainwindow.h"
#include "gui/settingspage.h"
#include "gui/signindialog.h"
#include "gui/workorderactions.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace propdesk;
using gui::MainWindow;
using Module = gui::MainWindow::Module;
using propdesk::tests::GuiFixture;
using propdesk::tests::LanguageScope;

namespace {

QStringList navigationTitles(const MainWindow& window)
{
    const auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    QStringList titles;
    for (int row = 0; row < navigation->count(); ++row) {
        titles << navigation->item(row)->text();
    }
    return titles;
}

QStringList siteChoices(const MainWindow& window)
{
    const auto* selector = window.findChild<QComboBox*>(QStringLiteral("siteSelector"));
    REQUIRE(selector);
    QStringList codes;
    for (int i = 0; i < selector->count(); ++i) {
        codes << selector->itemData(i).toString();
    }
    return codes;
}

domain::WorkOrderId logOrder(GuiFixture& fixture, const std::string& site)
{
    services::NewWorkOrder request;
    request.siteCode = site;
    request.location = "3-1-201";
    request.category = domain::Category::Plumbing;
    request.urgency = domain::Urgency::Normal;
    request.reporter = "王女士";
    request.description = "厨房水龙头滴水";
    auto logged = fixture.workspace().workOrders().log(request);
    INFO((logged ? std::string() : logged.error().describe()));
    REQUIRE(logged);
    return logged->header.id;
}

} // namespace

TEST_CASE("switching to a front-desk user shows only their sites and no dispatch")
{
    GuiFixture fixture;
    fixture.addSite("LC01", "临潮花园");
    const auto order = logOrder(fixture, "LC01");
    fixture.addAccount("lijing", "李静", domain::Role::Supervisor, {"HQ", "LC01"});
    fixture.addAccount("wangfang", "王芳", domain::Role::FrontDesk, {"LC01"});
    fixture.signIn("lijing");

    const auto window = gui::createMainWindow(*fixture.session);
    window->show();
    CHECK(siteChoices(*window) == QStringList{QStringLiteral("HQ"), QStringLiteral("LC01")});
    fixture.session->selectSite("LC01");
    auto* board = qobject_cast<gui::FrontDeskPage*>(window->page(Module::FrontDesk))->board();
    board->selectOrder(order);
    CHECK(board->actions()->dispatchAction()->isVisible());
    CHECK(board->actions()->dispatchAction()->isEnabled());
    CHECK(window->importAction()->isVisible());
    REQUIRE(window->switchUserAction()->isVisible());
    CHECK(window->switchUserAction()->shortcut() == QKeySequence(QStringLiteral("Ctrl+L")));
    CHECK(window->switchUserAction()->toolTip().contains(QStringLiteral("Ctrl+L")));

    const QPointer<QWidget> oldPage = window->page(Module::FrontDesk);
    bool signedOutMeanwhile = false;
    REQUIRE(tests::whileModal<gui::SignInDialog>(
        [&](gui::SignInDialog* dialog) {
            // Behind the dialog nobody is signed in, and no page shows the previous user's work.
            signedOutMeanwhile =
                fixture.workspace().context().user.role == domain::Role::None && navigationTitles(*window).isEmpty();
            CHECK(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->text() ==
                  QStringLiteral("Quit PropDesk"));
            dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("wangfang"));
            dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
                ->setText(QString::fromLatin1(GuiFixture::kPassword));
            dialog->accept();
        },
        [&] { window->switchUserAction()->trigger(); }));
    CHECK(signedOutMeanwhile);

    CHECK(fixture.session->user().name == "王芳");
    CHECK(siteChoices(*window) == QStringList{QStringLiteral("LC01")});
    REQUIRE(fixture.session->site());
    CHECK(fixture.session->site()->code == "LC01");
    CHECK(window->findChild<QLabel*>(QStringLiteral("userLabel"))->text() == QStringLiteral("王芳 (Front desk)"));
    CHECK(navigationTitles(*window) == QStringList{QStringLiteral("Front desk"), QStringLiteral("Work orders"),
                                                   QStringLiteral("Complaints"), QStringLiteral("Security"),
                                                   QStringLiteral("Inspections"), QStringLiteral("Settings")});
    // A fresh page for the new user: the previous user's is gone.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(oldPage.isNull());
    board = qobject_cast<gui::FrontDeskPage*>(window->page(Module::FrontDesk))->board();
    board->selectOrder(order);
    REQUIRE(board->currentOrder() == order);
    auto* actions = board->actions();
    CHECK_FALSE(actions->dispatchAction()->isEnabled());
    CHECK_FALSE(actions->dispatchAction()->isVisible());
    CHECK_FALSE(actions->cancelAction()->isVisible());
    CHECK(actions->arriveAction()->isEnabled());
    CHECK(actions->holdAction()->isEnabled());
    CHECK_FALSE(window->importAction()->isVisible());
    CHECK_FALSE(window->exportAction()->isVisible());
    CHECK(window->passwordAction()->isVisible());

    // Settings shows the sites and staff, but offers no change to either.
    auto* settings = qobject_cast<gui::SettingsPage*>(window->page(Module::Settings));
    REQUIRE(settings);
    CHECK_FALSE(settings->findChild<QPushButton*>(QStringLiteral("addSiteButton"))->isVisibleTo(settings));
    CHECK_FALSE(settings->findChild<QPushButton*>(QStringLiteral("addStaffButton"))->isVisibleTo(settings));
    CHECK_FALSE(settings->usersPage());
    CHECK_FALSE(settings->backupPage());
}

TEST_CASE("an administrator sees Settings with Users and Backup, and the audit trail, and nothing else")
{
    GuiFixture fixture;
    fixture.addAccount("admin", "系统管理员", domain::Role::Admin, {});
    fixture.signIn("admin");
    const auto window = gui::createMainWindow(*fixture.session);
    window->show();

    CHECK(navigationTitles(*window) == QStringList{QStringLiteral("Settings"), QStringLiteral("Audit trail")});
    CHECK(window->currentModule() == Module::Settings);
    CHECK_FALSE(window->importAction()->isVisible());
    CHECK_FALSE(window->exportAction()->isVisible());
    CHECK_FALSE(window->printAction()->isVisible());
    CHECK(window->switchUserAction()->isVisible());
    auto* settings = qobject_cast<gui::SettingsPage*>(window->page(Module::Settings));
    REQUIRE(settings);
    REQUIRE(settings->usersPage());
    REQUIRE(settings->backupPage());
    QStringList tabs;
    for (int i = 0; i < settings->tabs()->count(); ++i) {
        tabs << settings->tabs()->tabText(i);
    }
    CHECK(tabs == QStringList{QStringLiteral("General"), QStringLiteral("Users"), QStringLiteral("Backup")});
    CHECK_FALSE(settings->findChild<QGroupBox*>(QStringLiteral("sitesGroup"))->isVisibleTo(settings));
    CHECK_FALSE(settings->findChild<QGroupBox*>(QStringLiteral("staffGroup"))->isVisibleTo(settings));
    CHECK(window->page(Module::Audit) != nullptr);
    CHECK(window->findChild<QLabel*>(QStringLiteral("userLabel"))->text() ==
          QStringLiteral("系统管理员 (Administrator)"));

    SECTION("a manager gets the desk, the orders, Settings without Users and Backup, and the audit trail")
    {
        fixture.addAccount("zhaomin", "赵敏", domain::Role::Manager);
        fixture.signIn("zhaomin");
        CHECK(navigationTitles(*window) == QStringList{QStringLiteral("Front desk"), QStringLiteral("Work orders"),
                                                       QStringLiteral("Complaints"), QStringLiteral("Security"),
                                                       QStringLiteral("Inspections"), QStringLiteral("KPI & reports"),
                                                       QStringLiteral("Settings"), QStringLiteral("Audit trail")});
        settings = qobject_cast<gui::SettingsPage*>(window->page(Module::Settings));
        REQUIRE(settings);
        CHECK_FALSE(settings->usersPage());
        CHECK(settings->findChild<QPushButton*>(QStringLiteral("addSiteButton"))->isVisibleTo(settings));
    }
}

TEST_CASE("giving up the sign-in after Switch user closes the window")
{
    GuiFixture fixture;
    fixture.addAccount("wangfang", "王芳", domain::Role::FrontDesk);
    fixture.signIn("wangfang");
    const auto window = gui::createMainWindow(*fixture.session);
    window->show();
    REQUIRE(tests::whileModal<gui::SignInDialog>([](gui::SignInDialog* dialog) { dialog->reject(); },
                                                 [&] { window->switchUserAction()->trigger(); }));
    CHECK_FALSE(window->isVisible());
    CHECK(fixture.session->user().role == domain::Role::None);
}

TEST_CASE("a refusal that still happens names the user, the role and what was refused, in Chinese too")
{
    GuiFixture fixture;
    fixture.addAccount("wangfang", "王芳", domain::Role::FrontDesk);
    fixture.signIn("wangfang");
    const auto order = logOrder(fixture, "HQ");
    auto dispatched = fixture.workspace().workOrders().dispatch(order, "李师傅");
    REQUIRE_FALSE(dispatched);
    CHECK(dispatched.error().message == "王芳 (front_desk) may not dispatch work orders");

    LanguageScope chinese(QStringLiteral("zh_CN"));
    CHECK(gui::messageText(dispatched.error().message) == QStringLiteral("王芳（客服/前台）无权派工"));
    CHECK(gui::messageText("you do not work at site 'LC01'") == QStringLiteral("您不在项目“LC01”工作"));
    // Every permission's words have a translation.
    for (const auto permission : domain::allPermissions()) {
        const auto message = fmt::format("王芳 (front_desk) may not {}", domain::permissionText(permission));
        const QString text = gui::messageText(message);
        INFO(message);
        CHECK_FALSE(text.contains(QStringLiteral("may not")));
        CHECK_FALSE(text.contains(QString::fromUtf8(domain::permissionText(permission).data())));
    }
}
