// CSV import and export through their dialogs: the summary and every error before anything is written, the
// valid rows or nothing, cancelling, and the rows an export writes.

#include "gui/exportdialog.h"
#include "gui/importdialog.h"
#include "gui/importissuemodel.h"
#include "gui/qtconvert.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iomanip>
#include <memory>
#include <set>
#include <sstream>

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

QString writeFile(const GuiFixture& fixture, const std::string& name, const std::string& text)
{
    const auto path = fixture.dir.file(name);
    std::ofstream(path, std::ios::binary) << text;
    return gui::fromPath(path);
}

std::string readFile(const QString& fileName)
{
    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().toStdString();
}

// The codes of every stored order, any site.
std::set<std::string> storedCodes(GuiFixture& fixture)
{
    auto page = fixture.workspace().workOrderLists().find({}, std::nullopt, 100'000);
    REQUIRE(page);
    std::set<std::string> codes;
    for (const auto& order : *page) {
        codes.insert(order.header.code);
    }
    return codes;
}

template <typename T>
T* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// Three good rows and two bad ones (lines 4 and 5); no site column: the file is for the current site.
const std::string kMixed = "id,location,category,urgency,reported_at,arrived_at,reporter,phone,description\n"
                           "A-1,1-1-101,plumbing,emergency,2025-03-03 09:00,2025-03-03 09:10,张三,13800001111,漏水\n"
                           "A-2,1-1-102,照明,normal,2025-03-04 10:00,,李四,,灯坏了\n"
                           "A-3,2-1-201,bogus,normal,2025-03-05 10:00,,,,x\n"
                           "A-4,2-1-202,electrical,normal,2025-03-06 10:00,2025-03-06 09:00,,,y\n"
                           "A-5,3-1-301,civil,difficult,2025-03-07 10:00,,王五,,\"墙裂, 多处\"\n";

std::string manyRows(int count)
{
    std::ostringstream out;
    out << "id,site,location,category,urgency,reported_at\n";
    for (int i = 0; i < count; ++i) {
        out << "B-" << i << ",HQ,楼" << i % 20 << ",plumbing,normal,2025-03-" << std::setw(2) << std::setfill('0')
            << (1 + i % 28) << " 09:" << (10 + i % 50) << "\n";
    }
    return out.str();
}

} // namespace

TEST_CASE("an import shows each bad row's line, column and reason, and imports exactly the valid rows")
{
    GuiFixture fixture;
    gui::ImportDialog dialog(*fixture.session);
    dialog.show();
    QSignalSpy changed(fixture.session.get(), &gui::AppSession::ordersChanged);
    auto check = std::make_unique<tests::ModelCheck>(dialog.issueModel());

    REQUIRE(dialog.setFile(writeFile(fixture, "mixed.csv", kMixed)));
    CHECK(check->problems().isEmpty());
    check.reset();

    // No site column: the rows are taken for the site being worked on.
    CHECK(child<QComboBox>(dialog, "siteCombo")->currentText() == QStringLiteral("测试小区 (HQ)"));
    CHECK(child<QLabel>(dialog, "summaryLabel")->text() == QStringLiteral("3 rows ready to import, 2 errors."));
    const auto* issues = dialog.issueModel();
    REQUIRE(issues->rowCount() == 2);
    const auto cell = [&](int row, int column) {
        return issues->index(row, column).data().toString();
    };
    CHECK(cell(0, gui::ImportIssueModel::Line) == QStringLiteral("4"));
    CHECK(cell(0, gui::ImportIssueModel::Field) == QStringLiteral("category"));
    CHECK(cell(0, gui::ImportIssueModel::Reason).contains(QStringLiteral("bogus")));
    CHECK(cell(1, gui::ImportIssueModel::Line) == QStringLiteral("5"));
    CHECK(cell(1, gui::ImportIssueModel::Field) == QStringLiteral("arrived_at"));
    CHECK(cell(1, gui::ImportIssueModel::Reason).contains(QStringLiteral("before")));
    auto* import = child<QPushButton>(dialog, "importButton");
    CHECK(import->text() == QStringLiteral("Import 3 valid rows"));
    REQUIRE(import->isEnabled());
    CHECK(storedCodes(fixture).empty()); // checking writes nothing

    SECTION("import the valid rows")
    {
        import->click();
        CHECK(storedCodes(fixture) == std::set<std::string>{"A-1", "A-2", "A-5"});
        CHECK(child<QLabel>(dialog, "summaryLabel")->text().startsWith(QStringLiteral("Imported 3 work orders.")));
        CHECK(changed.count() == 1);
        CHECK_FALSE(import->isVisible());
        auto order = fixture.workspace().workOrders().get("HQ", "A-5");
        REQUIRE(order);
        CHECK(order->header.description == "墙裂, 多处");
    }
    SECTION("import nothing")
    {
        child<QPushButton>(dialog, "importNothingButton")->click();
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK_FALSE(dialog.isVisible());
        CHECK(storedCodes(fixture).empty());
        CHECK(changed.count() == 0);
    }
    SECTION("the rejected rows can be saved to correct them")
    {
        const QString rejects = gui::fromPath(fixture.dir.file("rejects.csv"));
        REQUIRE(dialog.saveRejects(rejects));
        const std::string text = readFile(rejects);
        CHECK(text.find("A-3") != std::string::npos);
        CHECK(text.find("A-4") != std::string::npos);
        CHECK(text.find("A-1") == std::string::npos);
        CHECK(storedCodes(fixture).empty());
    }
}

TEST_CASE("a file with errors only offers nothing to import")
{
    GuiFixture fixture;
    gui::ImportDialog dialog(*fixture.session);
    REQUIRE(dialog.setFile(writeFile(fixture, "bad.csv",
                                     "id,site,location,category,urgency,reported_at\n"
                                     "X-1,HQ,1-1-101,plumbing,normal,not a time\n"
                                     "X-2,NOPE,1-1-102,plumbing,normal,2025-03-03 09:00\n")));
    CHECK_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());
    CHECK(child<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("0 rows ready")));
    CHECK(child<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("Nothing can be imported")));
    REQUIRE(dialog.issueModel()->rowCount() == 2);
    CHECK(dialog.issueModel()->index(1, gui::ImportIssueModel::Field).data().toString() == QStringLiteral("site"));
    CHECK_FALSE(dialog.importValid());
    CHECK(storedCodes(fixture).empty());
}

TEST_CASE("a file that cannot be read as a whole lists why and imports nothing")
{
    GuiFixture fixture;
    gui::ImportDialog dialog(*fixture.session);
    REQUIRE(dialog.setFile(writeFile(fixture, "header.csv", "id,site,location,category,urgency,reported_at\n")));
    CHECK(child<QLabel>(dialog, "summaryLabel")->text().startsWith(QStringLiteral("This file cannot be imported")));
    REQUIRE(dialog.issueModel()->rowCount() >= 1);
    CHECK(dialog.issueModel()->index(0, gui::ImportIssueModel::Line).data().toString() == QStringLiteral("file"));
    CHECK_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());

    CHECK_FALSE(dialog.setFile(gui::fromPath(fixture.dir.file("missing.csv"))));
    CHECK(child<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("cannot be read")));
}

TEST_CASE("a cancelled import writes nothing and says so")
{
    GuiFixture fixture;
    gui::ImportDialog dialog(*fixture.session);
    dialog.show();
    REQUIRE(dialog.setFile(writeFile(fixture, "many.csv", manyRows(2500))));
    REQUIRE(dialog.plan()->valid.size() == 2500);
    // The progress dialog lets events through every thousand rows: the user presses Cancel then.
    bool pressed = false;
    QTimer::singleShot(0, &dialog, [&] {
        if (auto* progress = dialog.findChild<QProgressDialog*>()) {
            progress->cancel();
            pressed = true;
        }
    });

    child<QPushButton>(dialog, "importButton")->click();

    CHECK(pressed);
    CHECK(child<QLabel>(dialog, "summaryLabel")->text() ==
          QStringLiteral("The import was cancelled. Nothing was written."));
    CHECK(storedCodes(fixture).empty());
    // Nothing was lost: the same rows can still be imported.
    CHECK(child<QPushButton>(dialog, "importButton")->isEnabled());
    REQUIRE(dialog.importValid());
    CHECK(storedCodes(fixture).size() == 2500);
}

TEST_CASE("the export writes the chosen site's orders of the chosen month")
{
    GuiFixture fixture;
    fixture.addSite("LC01", "临潮花园");
    const auto log = [&](const std::string& site, const std::string& code, const std::string& when) {
        services::NewWorkOrder request;
        request.siteCode = site;
        request.code = code;
        request.location = "1-1-101";
        request.category = domain::Category::Plumbing;
        request.description = "漏水";
        request.reportedAt = at(when);
        REQUIRE(fixture.workspace().workOrders().log(request));
    };
    log("HQ", "M-1", "2025-03-01 00:10");
    log("HQ", "M-2", "2025-03-31 23:50");
    log("HQ", "A-1", "2025-04-01 00:05");
    log("HQ", "F-1", "2025-02-28 23:59");
    log("LC01", "L-1", "2025-03-15 10:00");
    fixture.session->selectSite("HQ");

    gui::ExportDialog dialog(*fixture.session);
    dialog.show();
    CHECK(child<QComboBox>(dialog, "siteCombo")->currentText() == QStringLiteral("测试小区 (HQ)"));
    auto* exportButton = child<QPushButton>(dialog, "exportButton");
    CHECK_FALSE(exportButton->isEnabled()); // no file yet
    const QString fileName = gui::fromPath(fixture.dir.file("march.csv"));
    dialog.setFile(fileName);
    auto* months = child<QComboBox>(dialog, "monthCombo");
    const int march = months->findData(QDate(2025, 3, 1));
    REQUIRE(march > 0);
    months->setCurrentIndex(march);
    CHECK(child<QCheckBox>(dialog, "fromCheck")->isChecked());
    CHECK(child<QDateEdit>(dialog, "toDate")->date() == QDate(2025, 3, 31));

    exportButton->click();

    CHECK(child<QLabel>(dialog, "summaryLabel")->text().startsWith(QStringLiteral("Wrote 2 work orders to")));
    const std::string text = readFile(fileName);
    CHECK(text.find("M-1") != std::string::npos);
    CHECK(text.find("M-2") != std::string::npos);
    CHECK(text.find("A-1") == std::string::npos);
    CHECK(text.find("F-1") == std::string::npos);
    CHECK(text.find("L-1") == std::string::npos);
    CHECK(std::count(text.begin(), text.end(), '\n') == 3); // header and two rows
    CHECK_FALSE(QFile::exists(fileName + QStringLiteral(".part")));

    SECTION("all sites, any time")
    {
        child<QComboBox>(dialog, "siteCombo")->setCurrentIndex(0);
        months->setCurrentIndex(0);
        const QString all = gui::fromPath(fixture.dir.file("all.csv"));
        dialog.setFile(all);
        REQUIRE(dialog.exportNow() == std::optional<std::size_t>(5));
        const std::string text = readFile(all);
        CHECK(std::count(text.begin(), text.end(), '\n') == 6);
    }
    SECTION("the export round-trips through the import")
    {
        GuiFixture other;
        gui::ImportDialog import(*other.session);
        REQUIRE(import.setFile(fileName));
        REQUIRE(import.plan()->valid.size() == 2);
        REQUIRE(import.importValid());
        CHECK(storedCodes(other) == std::set<std::string>{"M-1", "M-2"});
    }
}

TEST_CASE("a cancelled export leaves no file behind and an existing file as it was")
{
    GuiFixture fixture;
    gui::ImportDialog import(*fixture.session);
    REQUIRE(import.setFile(writeFile(fixture, "many.csv", manyRows(2500))));
    REQUIRE(import.importValid());
    const QString fileName = writeFile(fixture, "existing.csv", "keep me\n");

    gui::ExportDialog dialog(*fixture.session);
    dialog.show();
    dialog.setFile(fileName);
    bool pressed = false;
    QTimer::singleShot(0, &dialog, [&] {
        if (auto* progress = dialog.findChild<QProgressDialog*>()) {
            progress->cancel();
            pressed = true;
        }
    });
    CHECK_FALSE(dialog.exportNow());
    CHECK(pressed);

    CHECK(child<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("cancelled")));
    CHECK(readFile(fileName) == "keep me\n");
    CHECK_FALSE(QFile::exists(fileName + QStringLiteral(".part")));
}
