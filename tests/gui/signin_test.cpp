// Signing in: the sign-in dialog (success, refusal, the countdown after repeated failures, the demo's
// accounts) and the first administrator of a database without accounts.

#include "gui/firstadmindialog.h"
#include "gui/qtconvert.h"
#include "gui/signin.h"
#include "gui/signindialog.h"
#include "guifixture.h"
#include "services/demodata.h"
#include "services/workspace.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace propdesk;
using propdesk::tests::GuiFixture;
using propdesk::tests::LanguageScope;

namespace {

struct SignInForm
{
    explicit SignInForm(QWidget* dialog)
        : name(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))),
          password(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))),
          error(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))),
          ok(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok))
    {
        REQUIRE(name);
        REQUIRE(password);
        REQUIRE(error);
        REQUIRE(ok);
    }

    // Types as a person does and presses Enter in the password field.
    void type(const QString& user, const QString& secret) const
    {
        name->clear();
        QTest::keyClicks(name, user);
        password->clear();
        QTest::keyClicks(password, secret);
        QTest::keyClick(password, Qt::Key_Return);
    }

    QLineEdit* name;
    QLineEdit* password;
    QLabel* error;
    QPushButton* ok;
};

} // namespace

TEST_CASE("the right name and password sign in with Enter, and the account acts from then on")
{
    GuiFixture fixture;
    fixture.addAccount("wangfang", "王芳", domain::Role::FrontDesk);
    gui::SignInDialog dialog(fixture.workspace());
    dialog.show();
    const SignInForm form(&dialog);
    CHECK_FALSE(dialog.findChild<QGroupBox*>(QStringLiteral("demoGroup"))->isVisible());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("titleLabel"))->text() == QStringLiteral("PropDesk"));

    form.type(QStringLiteral("wangfang"), QString::fromLatin1(GuiFixture::kPassword));

    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.user());
    CHECK(dialog.user()->name == "王芳");
    const auto& user = fixture.workspace().context().user;
    CHECK(user.name == "王芳");
    CHECK(user.role == domain::Role::FrontDesk);
    CHECK(user.account.has_value());
}

TEST_CASE("a wrong password is refused under the field, and after three the dialog counts down to the next try")
{
    GuiFixture fixture;
    fixture.addAccount("wangfang", "王芳", domain::Role::FrontDesk);
    gui::SignInDialog dialog(fixture.workspace());
    dialog.show();
    const SignInForm form(&dialog);

    form.type(QStringLiteral("wangfang"), QStringLiteral("wrong-password"));
    CHECK(dialog.isVisible());
    CHECK(form.error->isVisible());
    CHECK(form.error->text() == QStringLiteral("wrong name or password"));
    CHECK(form.password->text().isEmpty());
    CHECK_FALSE(dialog.isCountingDown());
    CHECK(fixture.workspace().context().user.role == domain::Role::Manager); // still the fixture's user

    form.type(QStringLiteral("wangfang"), QStringLiteral("wrong-again"));
    CHECK_FALSE(dialog.isCountingDown());
    // The third failure in a row makes the name wait 1 s, the fourth 2 s.
    form.type(QStringLiteral("wangfang"), QStringLiteral("still-wrong"));
    REQUIRE(dialog.isCountingDown());
    CHECK_FALSE(form.ok->isEnabled());
    CHECK(form.error->text() == QStringLiteral("wrong name or password\ntoo many failed sign-ins: try again in 1 s"));
    // Enter does nothing while it counts down, not even with the right password.
    form.password->setText(QString::fromLatin1(GuiFixture::kPassword));
    QTest::keyClick(form.password, Qt::Key_Return);
    CHECK(dialog.isVisible());

    fixture.clock.advance(std::chrono::seconds(1));
    REQUIRE(tests::waitFor([&] { return !dialog.isCountingDown(); }));
    CHECK(form.ok->isEnabled());
    CHECK_FALSE(form.error->isVisible());

    form.type(QStringLiteral("wangfang"), QStringLiteral("wrong-once-more"));
    REQUIRE(dialog.isCountingDown());
    CHECK(form.error->text().endsWith(QStringLiteral("try again in 2 s")));

    SECTION("another name may try at once")
    {
        fixture.addAccount("lijing", "李静", domain::Role::Supervisor);
        form.name->clear();
        QTest::keyClicks(form.name, QStringLiteral("lijing"));
        CHECK_FALSE(dialog.isCountingDown());
        CHECK(form.ok->isEnabled());
    }
    SECTION("in Chinese")
    {
        // The countdown is worded anew at each tick.
        LanguageScope chinese(QStringLiteral("zh_CN"));
        CHECK(tests::waitFor([&] { return form.error->text().contains(QStringLiteral("2 秒")); }));
    }
    SECTION("once the wait is over the right password signs in")
    {
        fixture.clock.advance(std::chrono::seconds(2));
        REQUIRE(tests::waitFor([&] { return !dialog.isCountingDown(); }));
        form.type(QStringLiteral("wangfang"), QString::fromLatin1(GuiFixture::kPassword));
        CHECK(dialog.result() == QDialog::Accepted);
    }
}

TEST_CASE("an inactive account cannot sign in, and says so")
{
    GuiFixture fixture;
    const auto account = fixture.addAccount("wangfang", "王芳", domain::Role::FrontDesk);
    fixture.asSystem([&] {
        REQUIRE(fixture.workspace().users().update(account.id, "王芳", domain::Role::FrontDesk, {"HQ"}, false));
    });
    gui::SignInDialog dialog(fixture.workspace());
    dialog.show();
    const SignInForm form(&dialog);
    form.type(QStringLiteral("wangfang"), QString::fromLatin1(GuiFixture::kPassword));
    CHECK(dialog.isVisible());
    CHECK(form.error->text() == QStringLiteral("the account is inactive"));
}

TEST_CASE("the demo database lists its accounts, and a click fills in the name and password")
{
    GuiFixture fixture(GuiFixture::Contents::Demo, tests::at("2026-11-17 14:30"));
    REQUIRE(services::createDemoAccounts(fixture.workspace()));
    REQUIRE(fixture.workspace().isDemo());
    gui::SignInDialog dialog(fixture.workspace());
    dialog.show();
    const SignInForm form(&dialog);

    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("demoTable"));
    REQUIRE(table);
    CHECK(dialog.findChild<QGroupBox*>(QStringLiteral("demoGroup"))->isVisible());
    const auto accounts = services::demoAccounts();
    REQUIRE(table->rowCount() == static_cast<int>(accounts.size()));
    int supervisor = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        CHECK(table->item(row, 0)->text() == QString::fromUtf8(accounts[static_cast<std::size_t>(row)].name));
        CHECK(table->item(row, 2)->text() == QString::fromUtf8(accounts[static_cast<std::size_t>(row)].password));
        if (accounts[static_cast<std::size_t>(row)].role == domain::Role::Supervisor) {
            supervisor = row;
        }
    }
    REQUIRE(supervisor >= 0);
    CHECK(table->item(supervisor, 1)->text() == QStringLiteral("Supervisor"));

    const QRect cell = table->visualItemRect(table->item(supervisor, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(form.name->text() == QString::fromUtf8(accounts[static_cast<std::size_t>(supervisor)].name));
    CHECK(form.password->text() == QString::fromUtf8(accounts[static_cast<std::size_t>(supervisor)].password));
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(fixture.workspace().context().user.role == domain::Role::Supervisor);
}

TEST_CASE("a database without accounts asks for its first administrator, who is then signed in")
{
    GuiFixture fixture;
    REQUIRE_FALSE(*fixture.workspace().users().hasAccounts());
    bool signedIn = false;
    const bool shown = tests::whileModal<gui::FirstAdminDialog>(
        [&](gui::FirstAdminDialog* dialog) {
            const auto edit = [&](const char* name) {
                auto* found = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
                REQUIRE(found);
                return found;
            };
            const auto error = [&](const char* name) {
                return dialog->findChild<QLabel*>(QString::fromLatin1(name));
            };
            CHECK(dialog->findChild<QLabel*>(QStringLiteral("passwordHint"))->text().contains(QStringLiteral("8")));
            edit("nameEdit")->setText(QStringLiteral("admin"));
            edit("displayNameEdit")->setText(QStringLiteral("周建国"));
            edit("passwordEdit")->setText(QStringLiteral("short"));
            edit("repeatEdit")->setText(QStringLiteral("shorter"));
            dialog->accept();
            CHECK(dialog->isVisible());
            CHECK(error("repeatError")->text() == QStringLiteral("The two passwords differ."));

            edit("repeatEdit")->setText(QStringLiteral("short"));
            dialog->accept();
            CHECK(dialog->isVisible());
            CHECK(error("passwordError")->isVisible());
            CHECK(error("passwordError")->text() == QStringLiteral("a password has at least 8 characters"));

            edit("passwordEdit")->setText(QStringLiteral("a-long-password"));
            edit("repeatEdit")->setText(QStringLiteral("a-long-password"));
            dialog->accept();
            CHECK_FALSE(dialog->isVisible());
        },
        [&] { signedIn = gui::signInModal(fixture.workspace(), nullptr); });
    REQUIRE(shown);
    CHECK(signedIn);
    const auto& user = fixture.workspace().context().user;
    CHECK(user.name == "周建国");
    CHECK(user.role == domain::Role::Admin);
    CHECK(*fixture.workspace().users().hasAccounts());

    // The next time it is the sign-in dialog.
    fixture.session->signOut();
    bool again = true;
    REQUIRE(tests::whileModal<gui::SignInDialog>([](gui::SignInDialog* dialog) { dialog->reject(); },
                                                 [&] { again = gui::signInModal(fixture.workspace(), nullptr); }));
    CHECK_FALSE(again);
}
