// Settings ▸ Users: the accounts table, adding and editing accounts, resetting a password, and the refusal to
// demote or deactivate the last administrator.

#include "gui/passworddialog.h"
#include "gui/settingspage.h"
#include "gui/userdialog.h"
#include "gui/usermodel.h"
#include "gui/userspage.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace propdesk;
using propdesk::tests::GuiFixture;

namespace {

// An administrator signed in, the sites HQ and LC01, and the Users page.
struct UsersFixture
{
    UsersFixture()
    {
        fixture.addSite("LC01", "临潮花园");
        admin = fixture.addAccount("admin", "周建国", domain::Role::Admin, {});
        fixture.signIn("admin");
        page = std::make_unique<gui::UsersPage>(*fixture.session);
        page->show();
    }

    int rowOf(const QString& name) const
    {
        const auto* model = page->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, gui::UserModel::Name).data().toString() == name) {
                return row;
            }
        }
        return -1;
    }

    QString cell(const QString& name, int column) const
    {
        return page->model()->index(rowOf(name), column).data().toString();
    }

    GuiFixture fixture;
    domain::UserAccount admin;
    std::unique_ptr<gui::UsersPage> page;
};

template <typename T>
T* field(QWidget* dialog, const char* name)
{
    auto* found = dialog->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

void setRole(QWidget* dialog, domain::Role role)
{
    auto* combo = field<QComboBox>(dialog, "roleCombo");
    combo->setCurrentIndex(combo->findData(static_cast<int>(role)));
}

void checkSite(QWidget* dialog, const QString& text, bool on)
{
    auto* list = field<QListWidget>(dialog, "sitesList");
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(text)) {
            list->item(row)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
}

} // namespace

TEST_CASE("the users table lists every account with its role, sites and state, and passes the model tester")
{
    UsersFixture users;
    users.fixture.addAccount("wangfang", "王芳", domain::Role::FrontDesk, {"HQ", "LC01"});
    tests::ModelCheck check(users.page->model());
    users.page->model()->reload();
    REQUIRE(users.page->model()->rowCount() == 2);
    CHECK(users.cell(QStringLiteral("wangfang"), gui::UserModel::DisplayName) == QStringLiteral("王芳"));
    CHECK(users.cell(QStringLiteral("wangfang"), gui::UserModel::Role) == QStringLiteral("Front desk"));
    CHECK(users.cell(QStringLiteral("wangfang"), gui::UserModel::Sites) == QStringLiteral("HQ, LC01"));
    CHECK(users.cell(QStringLiteral("wangfang"), gui::UserModel::Active) == QStringLiteral("Yes"));
    CHECK(users.cell(QStringLiteral("admin"), gui::UserModel::Role) == QStringLiteral("Administrator"));
    CHECK(check.problems().isEmpty());

    SECTION("nobody but an administrator gets the list")
    {
        users.fixture.signIn("wangfang");
        CHECK(users.page->model()->rowCount() == 0);
    }
}

TEST_CASE("an administrator adds a user, who can then sign in at the chosen site")
{
    UsersFixture users;
    users.page->addUser();
    auto* dialog = tests::visibleDialog<gui::UserDialog>();
    REQUIRE(dialog);
    field<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("lijing"));
    field<QLineEdit>(dialog, "displayNameEdit")->setText(QStringLiteral("李静"));
    setRole(dialog, domain::Role::Supervisor);
    field<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("supervisor-1"));
    field<QLineEdit>(dialog, "repeatEdit")->setText(QStringLiteral("supervisor-1"));

    // Without a site the service refuses, next to the sites.
    dialog->accept();
    REQUIRE(dialog->isVisible());
    CHECK(field<QLabel>(dialog, "sitesError")->isVisible());
    CHECK(field<QLabel>(dialog, "sitesError")->text() == QStringLiteral("give the user at least one site"));

    checkSite(dialog, QStringLiteral("LC01"), true);
    CHECK_FALSE(field<QLabel>(dialog, "sitesError")->isVisible());
    dialog->accept();
    CHECK(tests::waitFor([&] { return tests::visibleDialog<gui::UserDialog>(0) == nullptr; }));

    REQUIRE(users.rowOf(QStringLiteral("lijing")) >= 0);
    CHECK(users.cell(QStringLiteral("lijing"), gui::UserModel::Sites) == QStringLiteral("LC01"));
    CHECK(users.page->currentAccount() == users.page->model()->account(users.rowOf(QStringLiteral("lijing"))).id);

    auto signedIn = users.fixture.workspace().users().signIn("lijing", "supervisor-1");
    REQUIRE(signedIn);
    CHECK(signedIn->role == domain::Role::Supervisor);
    users.fixture.session->reloadUser();
    REQUIRE(users.fixture.session->site());
    CHECK(users.fixture.session->site()->code == "LC01");
    CHECK(users.fixture.session->sites().size() == 1);
}

TEST_CASE("a name that is taken is refused next to the name")
{
    UsersFixture users;
    users.page->addUser();
    auto* dialog = tests::visibleDialog<gui::UserDialog>();
    REQUIRE(dialog);
    field<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("ADMIN"));
    checkSite(dialog, QStringLiteral("HQ"), true);
    field<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("another-pass"));
    field<QLineEdit>(dialog, "repeatEdit")->setText(QStringLiteral("another-pass"));
    dialog->accept();
    REQUIRE(dialog->isVisible());
    CHECK(field<QLabel>(dialog, "nameError")->text() == QStringLiteral("there is already a user named ADMIN"));
    dialog->reject();
}

TEST_CASE("editing changes role, sites and the active flag, and the last administrator cannot be demoted")
{
    UsersFixture users;
    users.fixture.addAccount("wangfang", "王芳", domain::Role::FrontDesk, {"HQ"});
    users.page->model()->reload();

    users.page->selectAccount(users.page->model()->account(users.rowOf(QStringLiteral("wangfang"))).id);
    users.page->editUser();
    auto* dialog = tests::visibleDialog<gui::UserDialog>();
    REQUIRE(dialog);
    CHECK(field<QLineEdit>(dialog, "nameEdit")->isReadOnly());
    CHECK_FALSE(field<QLineEdit>(dialog, "passwordEdit")->isVisibleTo(dialog));
    setRole(dialog, domain::Role::Supervisor);
    checkSite(dialog, QStringLiteral("LC01"), true);
    field<QCheckBox>(dialog, "activeCheck")->setChecked(false);
    dialog->accept();
    CHECK(tests::waitFor([&] { return tests::visibleDialog<gui::UserDialog>(0) == nullptr; }));
    CHECK(users.cell(QStringLiteral("wangfang"), gui::UserModel::Role) == QStringLiteral("Supervisor"));
    CHECK(users.cell(QStringLiteral("wangfang"), gui::UserModel::Sites) == QStringLiteral("HQ, LC01"));
    CHECK(users.cell(QStringLiteral("wangfang"), gui::UserModel::Active) == QStringLiteral("No, deactivated"));

    users.page->selectAccount(users.admin.id);
    users.page->editUser();
    dialog = tests::visibleDialog<gui::UserDialog>();
    REQUIRE(dialog);
    CHECK_FALSE(field<QListWidget>(dialog, "sitesList")->isEnabled()); // an administrator works at no site
    setRole(dialog, domain::Role::Manager);
    checkSite(dialog, QStringLiteral("HQ"), true);
    dialog->accept();
    REQUIRE(dialog->isVisible());
    auto* refusal = field<QLabel>(dialog, "formError");
    CHECK(refusal->isVisible());
    CHECK(refusal->text() == QStringLiteral("the last active admin can be neither demoted nor deactivated"));

    setRole(dialog, domain::Role::Admin);
    field<QCheckBox>(dialog, "activeCheck")->setChecked(false);
    dialog->accept();
    REQUIRE(dialog->isVisible());
    CHECK(refusal->text() == QStringLiteral("the last active admin can be neither demoted nor deactivated"));
    dialog->reject();
    CHECK(users.cell(QStringLiteral("admin"), gui::UserModel::Role) == QStringLiteral("Administrator"));
    CHECK(users.cell(QStringLiteral("admin"), gui::UserModel::Active) == QStringLiteral("Yes"));
}

TEST_CASE("an administrator resets a forgotten password, and the user changes it again")
{
    UsersFixture users;
    users.fixture.addAccount("wangfang", "王芳", domain::Role::FrontDesk, {"HQ"});
    users.page->model()->reload();
    users.page->selectAccount(users.page->model()->account(users.rowOf(QStringLiteral("wangfang"))).id);
    users.page->resetPassword();
    auto* dialog = tests::visibleDialog<gui::PasswordDialog>();
    REQUIRE(dialog);
    CHECK(dialog->windowTitle().contains(QStringLiteral("wangfang")));
    CHECK_FALSE(field<QLineEdit>(dialog, "currentEdit")->isVisibleTo(dialog));
    field<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("new-password"));
    field<QLineEdit>(dialog, "repeatEdit")->setText(QStringLiteral("new-password"));
    dialog->accept();
    CHECK(tests::waitFor([&] { return tests::visibleDialog<gui::PasswordDialog>(0) == nullptr; }));

    users.fixture.signIn("wangfang", "new-password");
    gui::PasswordDialog own(users.fixture.workspace(), gui::PasswordDialog::Mode::ChangeOwn);
    own.show();
    field<QLineEdit>(&own, "currentEdit")->setText(QStringLiteral("not-it"));
    field<QLineEdit>(&own, "passwordEdit")->setText(QStringLiteral("my-own-secret"));
    field<QLineEdit>(&own, "repeatEdit")->setText(QStringLiteral("my-own-secret"));
    own.accept();
    REQUIRE(own.isVisible());
    CHECK(field<QLabel>(&own, "currentError")->text() == QStringLiteral("the current password is wrong"));
    field<QLineEdit>(&own, "currentEdit")->setText(QStringLiteral("new-password"));
    own.accept();
    CHECK(own.result() == QDialog::Accepted);
    users.fixture.session->signOut();
    users.fixture.signIn("wangfang", "my-own-secret");
}
