// A damaged database at start: the quick check on a thread of its own finds it, the dialog names the problems
// and the newest backup that passes the check, and an administrator restores it; a file that cannot even be
// opened gets the same offer. Also the daily backup.

#include "gui/databasecheckjob.h"
#include "gui/qtconvert.h"
#include "gui/recoverydialog.h"
#include "gui/signindialog.h"
#include "gui/startup.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <vector>

using namespace propdesk;
using propdesk::tests::GuiFixture;

namespace {

constexpr std::uintmax_t kPageSize = 4096;

// Overwrites `count` bytes at `offset` with garbage, as a failing disk or a crash in the middle of a write would.
void overwrite(const std::filesystem::path& file, std::uintmax_t offset, std::size_t count)
{
    std::fstream stream(file, std::ios::in | std::ios::out | std::ios::binary);
    REQUIRE(stream);
    stream.seekp(static_cast<std::streamoff>(offset));
    const std::vector<char> garbage(count, static_cast<char>(0xA5));
    stream.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    REQUIRE(stream);
}

// The middle of a few pages of the second half of the file: the demo's orders, not the accounts and settings
// written when the database was made.
void damagePages(const std::filesystem::path& file)
{
    const auto pages = std::filesystem::file_size(file) / kPageSize;
    REQUIRE(pages > 20);
    for (const auto page : {pages / 2, pages * 2 / 3, pages * 3 / 4}) {
        overwrite(file, page * kPageSize + 1024, 2048);
    }
}

// The demo site, an administrator and a front-desk account, and a good backup of all that, in the default
// folder; then the session moves to another database, so that the file can be damaged.
struct DamagedFixture
{
    DamagedFixture() : fixture(GuiFixture::Contents::Demo, tests::at("2026-11-17 14:30"))
    {
        fixture.addAccount("admin", "周建国", domain::Role::Admin, {});
        fixture.addAccount("wangfang", "王芳", domain::Role::FrontDesk, {"DEMO"});
        fixture.asSystem([&] {
            auto made = fixture.workspace().backups().backupNow();
            REQUIRE(made);
            backup = made->path;
        });
        REQUIRE(fixture.session->open(fixture.dir.file("elsewhere.db"), services::OpenMode::CreateIfMissing));
    }

    std::filesystem::path database() const { return fixture.databasePath(); }

    GuiFixture fixture;
    std::filesystem::path backup;
};

void typeSignIn(QWidget* dialog, const char* name, const char* password)
{
    dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QString::fromUtf8(name));
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QString::fromUtf8(password));
}

// Closes the information box that follows a restore, once it shows; what it said goes to `text`.
void closeInformation(QString& text)
{
    QTimer::singleShot(0, [&text] {
        if (auto* box = tests::visibleDialog<QMessageBox>()) {
            text = box->text();
            box->accept();
        }
    });
}

} // namespace

TEST_CASE("a database damaged in the middle of a page fails its check, and an administrator restores a backup")
{
    DamagedFixture damaged;
    damagePages(damaged.database());

    gui::DatabaseCheckJob check;
    QSignalSpy finished(&check, &gui::DatabaseCheckJob::finished);
    check.start(damaged.database(), true, damaged.fixture.dir.file("backups"));
    CHECK(check.isRunning());
    REQUIRE(finished.wait(20000));
    REQUIRE(check.failed());
    REQUIRE(check.result()->has_value());
    CHECK_FALSE((*check.result())->problems.empty());
    REQUIRE(check.goodBackup());
    CHECK(check.goodBackup()->path == damaged.backup);

    // The header is intact, so the file opens: the front desk is at work when the verdict comes.
    REQUIRE(damaged.fixture.session->open(damaged.database(), services::OpenMode::OpenExisting));
    damaged.fixture.signIn("wangfang");

    SECTION("Quit leaves everything as it is")
    {
        bool goOn = true;
        REQUIRE(tests::whileModal<gui::RecoveryDialog>(
            [](gui::RecoveryDialog* dialog) { dialog->quitButton()->click(); },
            [&] { goOn = gui::offerRecovery(*damaged.fixture.session, check, nullptr); }));
        CHECK_FALSE(goOn);
        CHECK(gui::looksDamaged(damaged.database()));
    }
    SECTION("Restore puts the backup in place, keeps the damaged file, and asks to sign in again")
    {
        QString problems;
        QString offer;
        QString command;
        bool continueOffered = true;
        QString information;
        bool signInShown = false;
        bool goOn = false;
        REQUIRE(tests::whileModal<gui::RecoveryDialog>(
            [&](gui::RecoveryDialog* dialog) {
                problems = dialog->findChild<QPlainTextEdit*>(QStringLiteral("problemsView"))->toPlainText();
                offer = dialog->findChild<QLabel*>(QStringLiteral("backupLabel"))->text();
                command = dialog->findChild<QLabel*>(QStringLiteral("commandLabel"))->text();
                continueOffered = dialog->continueButton() != nullptr;
                // The news first, then the sign-in to the restored database, whose accounts are the backup's.
                QTimer::singleShot(0, [&] {
                    if (auto* box = tests::visibleDialog<QMessageBox>()) {
                        information = box->text();
                        QTimer::singleShot(0, [&] {
                            if (auto* signIn = tests::visibleDialog<gui::SignInDialog>()) {
                                signInShown = true;
                                typeSignIn(signIn, "wangfang", GuiFixture::kPassword);
                                signIn->accept();
                            }
                        });
                        box->accept();
                    }
                });
                dialog->restoreButton()->click();
            },
            [&] { goOn = gui::offerRecovery(*damaged.fixture.session, check, nullptr); }));
        CHECK(goOn);
        CHECK(problems.contains(QStringLiteral("page")));
        CHECK(offer.contains(gui::fromPath(damaged.backup)));
        CHECK(command.contains(QStringLiteral("propdesk-cli --db")));
        CHECK(command.contains(gui::fromPath(damaged.backup)));
        CHECK_FALSE(continueOffered); // there is a good backup
        CHECK(information.contains(QStringLiteral("propdesk.db.broken-")));
        CHECK(signInShown);

        REQUIRE(damaged.fixture.session->isOpen());
        CHECK_FALSE(gui::looksDamaged(damaged.database()));
        auto full = services::checkDatabaseFile(damaged.database(), false);
        REQUIRE(full);
        CHECK(full->ok);
        CHECK(damaged.fixture.session->user().name == "王芳");
        REQUIRE(damaged.fixture.session->site());
        CHECK(damaged.fixture.session->site()->code == "DEMO");
    }
}

TEST_CASE("a file whose header is damaged cannot be opened, and still gets the offer to restore a backup")
{
    DamagedFixture damaged;
    overwrite(damaged.database(), 0, 100);
    const auto opened = services::Workspace::open(damaged.database(), services::OpenMode::OpenExisting,
                                                  damaged.fixture.clock, gui::nobody());
    REQUIRE_FALSE(opened);
    REQUIRE(gui::looksDamaged(damaged.database()));

    bool continueOffered = true;
    bool commandShown = true;
    QString information;
    bool restored = false;
    REQUIRE(tests::whileModal<gui::RecoveryDialog>(
        [&](gui::RecoveryDialog* dialog) {
            continueOffered = dialog->continueButton() != nullptr;
            commandShown = dialog->findChild<QLabel*>(QStringLiteral("commandLabel"))->isVisible();
            // Nobody can sign in to a file that does not open: no sign-in comes, only the news.
            closeInformation(information);
            dialog->restoreButton()->click();
        },
        [&] {
            restored = gui::recoverUnopenable(damaged.database(), opened.error(), damaged.fixture.clock, nullptr);
        }));
    CHECK(restored);
    CHECK_FALSE(continueOffered);
    CHECK(commandShown); // the same restore from a terminal
    auto reopened = services::Workspace::open(damaged.database(), services::OpenMode::OpenExisting,
                                              damaged.fixture.clock, gui::nobody());
    REQUIRE(reopened);
    CHECK(*(*reopened)->users().hasAccounts());
    reopened->reset();

    CHECK_FALSE(gui::looksDamaged(damaged.database()));
    // The damaged file is kept beside it.
    bool kept = false;
    for (const auto& entry : std::filesystem::directory_iterator(damaged.fixture.dir.path())) {
        kept = kept || entry.path().filename().string().starts_with("propdesk.db.broken-");
    }
    CHECK(kept);
    CHECK(information.contains(QStringLiteral("propdesk.db.broken-")));
}

TEST_CASE("the daily backup is made once a day and said in the status line")
{
    GuiFixture fixture;
    const QString first = gui::makeDailyBackup(fixture.workspace());
    CHECK(first.startsWith(QStringLiteral("Today's backup: ")));
    CHECK(fixture.workspace().backups().backups().size() == 1);
    CHECK(gui::makeDailyBackup(fixture.workspace()).isEmpty());
    CHECK(fixture.workspace().backups().backups().size() == 1);
}

TEST_CASE("without a good backup, only a database that opens can be used as it is")
{
    const std::filesystem::path database = "/data/propdesk.db";
    const QStringList problems{QStringLiteral("On tree page 87 cell 24: Extends off end of page")};
    gui::RecoveryDialog damaged(database, problems, std::nullopt, gui::RecoveryDialog::Damage::FailsCheck);
    damaged.show();
    CHECK_FALSE(damaged.restoreButton());
    REQUIRE(damaged.continueButton());
    CHECK(damaged.continueButton()->isVisible());
    CHECK(damaged.quitButton()->isVisible());
    CHECK(damaged.findChild<QLabel*>(QStringLiteral("backupLabel"))->text().startsWith(QStringLiteral("No backup")));
    damaged.continueButton()->click();
    CHECK(damaged.choice() == gui::RecoveryDialog::Choice::Continue);

    gui::RecoveryDialog unopenable(database, problems, std::nullopt, gui::RecoveryDialog::Damage::Unopenable);
    unopenable.show();
    CHECK_FALSE(unopenable.restoreButton());
    CHECK_FALSE(unopenable.continueButton());
    unopenable.quitButton()->click();
    CHECK(unopenable.choice() == gui::RecoveryDialog::Choice::Quit);
}
