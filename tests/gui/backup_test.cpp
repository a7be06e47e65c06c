// Settings ▸ Backup: the folder and how many to keep, "Back up now", restoring a backup (with the safety
// backup of the data it replaces) and the full integrity check on a thread of its own.

#include "gui/backuppage.h"
#include "gui/databasecheckjob.h"
#include "gui/qtconvert.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace propdesk;
using propdesk::tests::GuiFixture;

namespace {

struct BackupFixture
{
    BackupFixture()
    {
        fixture.addAccount("admin", "周建国", domain::Role::Admin, {});
        fixture.signIn("admin");
        page = std::make_unique<gui::BackupPage>(*fixture.session);
        page->show();
    }

    std::vector<std::string> siteCodes()
    {
        std::vector<std::string> codes;
        fixture.asSystem([&] {
            const auto sites = fixture.session->workspace().sites().list();
            REQUIRE(sites);
            for (const auto& site : *sites) {
                codes.push_back(site.code);
            }
        });
        return codes;
    }

    GuiFixture fixture;
    std::unique_ptr<gui::BackupPage> page;
};

} // namespace

TEST_CASE("Back up now writes a dated backup into the folder, which the list shows")
{
    BackupFixture backup;
    auto* table = backup.page->findChild<QTableWidget*>(QStringLiteral("backupsView"));
    REQUIRE(table);
    CHECK(table->rowCount() == 0);
    CHECK(backup.page->findChild<QLineEdit*>(QStringLiteral("folderEdit"))->text() ==
          gui::fromPath(backup.fixture.dir.file("backups")));
    CHECK(backup.page->findChild<QSpinBox*>(QStringLiteral("keepSpin"))->value() == 14);

    const auto made = backup.page->backUpNow();
    REQUIRE(made);
    CHECK(std::filesystem::exists(made->path));
    CHECK(made->path.parent_path() == backup.fixture.dir.file("backups"));
    CHECK(made->bytes > 0);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == gui::fromPath(made->path.filename()));
    CHECK(backup.page->findChild<QLabel*>(QStringLiteral("backupStatus"))->text().contains(gui::fromPath(made->path)));

    SECTION("another folder and a number to keep are stored in the database")
    {
        const auto elsewhere = backup.fixture.dir.file("offsite");
        REQUIRE(backup.page->setFolder(gui::fromPath(elsewhere)));
        CHECK(backup.fixture.workspace().backups().folder() == elsewhere);
        CHECK(table->rowCount() == 0);
        backup.page->findChild<QSpinBox*>(QStringLiteral("keepSpin"))->setValue(30);
        CHECK(backup.fixture.workspace().backups().keep() == 30);
    }
    SECTION("without the backup permission the service's refusal is shown")
    {
        backup.fixture.addAccount("zhaomin", "赵敏", domain::Role::Manager);
        backup.fixture.signIn("zhaomin");
        CHECK_FALSE(backup.page->backUpNow());
        CHECK(backup.page->findChild<QLabel*>(QStringLiteral("backupStatus"))->text() ==
              QStringLiteral("No backup was made: 赵敏 (manager) may not make or restore backups"));
    }
}

TEST_CASE("restoring a backup replaces the data, keeps the data it replaced, and every page reads it again")
{
    BackupFixture backup;
    const auto made = backup.page->backUpNow();
    REQUIRE(made);
    // Data entered after the backup.
    backup.fixture.asSystem([&] {
        domain::Site site;
        site.code = "LATER";
        site.name = "后来的小区";
        REQUIRE(backup.fixture.workspace().sites().add(site));
    });
    REQUIRE(backup.siteCodes() == std::vector<std::string>{"HQ", "LATER"});

    backup.page->selectBackup(0);
    backup.page->confirmRestore();
    auto* box = tests::visibleDialog<QMessageBox>();
    REQUIRE(box);
    // The question says what is lost and where the current data goes first.
    CHECK(box->text().contains(QStringLiteral("whatever was entered since then is gone")));
    CHECK(box->text().contains(gui::fromPath(backup.fixture.dir.file("backups"))));
    QAbstractButton* restore = nullptr;
    for (auto* button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole) {
            restore = button;
        }
    }
    REQUIRE(restore);
    QSignalSpy reread(backup.fixture.session.get(), &gui::AppSession::workspaceChanged);
    restore->click();

    CHECK(reread.count() == 1);
    CHECK(backup.siteCodes() == std::vector<std::string>{"HQ"});
    const auto files = backup.fixture.workspace().backups().backups();
    const auto safety = std::find_if(files.begin(), files.end(), [](const services::BackupFile& file) {
        return file.path.filename().string().ends_with("-before-restore.db");
    });
    REQUIRE(safety != files.end());
    const QString status = backup.page->findChild<QLabel*>(QStringLiteral("backupStatus"))->text();
    CHECK(status.contains(gui::fromPath(safety->path)));
    // The safety backup holds the data from before the restore.
    auto before = services::Workspace::open(safety->path, services::OpenMode::OpenExisting, backup.fixture.clock,
                                            domain::User{"check", domain::Role::System});
    REQUIRE(before);
    auto sites = (*before)->sites().list();
    REQUIRE(sites);
    CHECK(sites->size() == 2);
    CHECK(backup.page->backups().size() == 2);
}

TEST_CASE("Check database runs the full check without blocking and shows the verdict")
{
    BackupFixture backup;
    auto* button = backup.page->findChild<QPushButton*>(QStringLiteral("checkButton"));
    auto* result = backup.page->findChild<QLabel*>(QStringLiteral("checkResult"));
    button->click();
    CHECK(result->text().startsWith(QStringLiteral("Checking")));
    REQUIRE(tests::waitFor([&] { return !backup.page->checkJob()->isRunning(); }, 20000));
    CHECK(button->isEnabled());
    CHECK(result->text().startsWith(QStringLiteral("No problems found")));
}
