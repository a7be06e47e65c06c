// The daily inspection sheet through the widgets (issue #7): a sheet of the ground is started, filled from
// the keyboard (P, F, N, Space, Enter, a note typed in the grid), saved as a draft, refused signing while a
// line is unchecked, signed off (then read-only, its failures nonconformances) and amended with a reason.
// Photos are attached from files, and the blank and filled sheets are printed to PDF.

#include "domain/inspection.h"
#include "gui/dailysheetdialogs.h"
#include "gui/dailysheetview.h"
#include "gui/sheetmodel.h"
#include "gui/sheetprint.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace propdesk;
using gui::DailySheetView;
using gui::SheetModel;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

QString cell(QAbstractItemModel* model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

domain::ItemResult resultAt(QAbstractItemModel* model, int row)
{
    return static_cast<domain::ItemResult>(model->data(model->index(row, 0), SheetModel::ResultRole).toInt());
}

void saveSetup(GuiFixture& f)
{
    auto setup = f.workspace().inspections().setup("HQ");
    REQUIRE(setup);
    domain::Building one;
    one.code = "1";
    one.name = "1栋";
    one.firstStandardFloor = 2;
    one.lastStandardFloor = 18;
    setup->buildings.push_back(one);
    domain::GroundZone north;
    north.code = "N";
    north.name = "北区中心花园";
    north.area = 80;
    setup->groundZones.push_back(north);
    auto saved = f.workspace().inspections().saveSetup("HQ", *setup);
    INFO((saved ? std::string() : saved.error().describe()));
    REQUIRE(saved);
    f.session->notifyInspectionsChanged();
}

domain::InspectionSheet stored(GuiFixture& f, domain::SheetId id)
{
    auto view = f.workspace().inspections().sheet(id);
    REQUIRE(view);
    REQUIRE(*view);
    return (*view)->sheet;
}

// The text pdftotext reads from the file, ligatures undone and white space collapsed (a cell's text wraps);
// empty when the tool is missing.
QString pdfText(const QString& file)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        return {};
    }
    QProcess process;
    process.start(tool, {file, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(QChar(0xfb00), QStringLiteral("ff"))
        .replace(QChar(0xfb01), QStringLiteral("fi"))
        .replace(QChar(0xfb02), QStringLiteral("fl"))
        .replace(QChar(0xfb03), QStringLiteral("ffi"))
        .replace(QChar(0xfb04), QStringLiteral("ffl"));
    return text.simplified();
}

// The day of the tests as the locale writes it (the suite runs in the system's locale or in en_US).
QString shortDate()
{
    return QLocale().toString(QDate(2025, 4, 5), QLocale::ShortFormat);
}

int pdfPages(const QString& file)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (tool.isEmpty()) {
        return -1;
    }
    QProcess process;
    process.start(tool, {file});
    REQUIRE(process.waitForFinished(30000));
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString& line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("Pages:"))) {
            return line.mid(6).trimmed().toInt();
        }
    }
    return -1;
}

} // namespace

TEST_CASE("a daily sheet is filled from the keyboard saved signed off and amended with a reason", "[dailysheet]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 09:00"));
    saveSetup(f);
    DailySheetView view(*f.session);
    view.resize(1200, 700);
    view.show();
    auto* model = view.linesModel();
    tests::ModelCheck check(model);

    // The places of the ground are its zones; the inspector is the user.
    view.setArea(domain::AreaType::Ground);
    CHECK(view.locationCombo()->count() == 1);
    CHECK(view.locationCombo()->currentText() == "北区中心花园");
    CHECK(view.inspectorEdit()->text() == "测试员");
    CHECK_FALSE(view.currentSheet());
    CHECK(model->rowCount() == 0);

    REQUIRE(view.start());
    REQUIRE(view.currentSheet());
    const auto id = *view.currentSheet();
    REQUIRE(model->rowCount() == 6);
    CHECK(cell(model, 0, SheetModel::Code) == "G1");
    CHECK(cell(model, 0, SheetModel::Item) == "Ground surface");
    CHECK(cell(model, 0, SheetModel::Standard) == "No litter, standing water, stains or clutter");
    CHECK(cell(model, 0, SheetModel::Weight) == "80 m²");
    CHECK(cell(model, 2, SheetModel::Item) == "Plant care");
    for (int row = 0; row < 6; ++row) {
        CHECK(cell(model, row, SheetModel::Result) == "Not checked");
    }
    CHECK(view.titleLabel()->text() == "Daily · Ground and green belts · 北区中心花园 · " + shortDate());
    CHECK(view.summaryLabel()->text() == "Draft · 0 of 6 lines checked · 0 failed");

    // The keys: P passes and moves down, F fails and goes to the note, typing writes it, Enter moves on.
    auto* grid = view.grid();
    CHECK(grid->currentIndex() == model->index(0, SheetModel::Result));
    QTest::keyClick(grid, Qt::Key_P);
    CHECK(resultAt(model, 0) == domain::ItemResult::Pass);
    CHECK(cell(model, 0, SheetModel::Result) == "Pass");
    CHECK(grid->currentIndex() == model->index(1, SheetModel::Result));
    QTest::keyClick(grid, Qt::Key_F);
    CHECK(resultAt(model, 1) == domain::ItemResult::Fail);
    CHECK(grid->currentIndex() == model->index(1, SheetModel::Note));
    CHECK(cell(model, 1, SheetModel::Severity) == "Minor");
    QTest::keyClick(grid, Qt::Key_L);
    auto* editor = grid->findChild<QLineEdit*>();
    REQUIRE(editor);
    QTest::keyClicks(editor, QStringLiteral("itter under the hedge"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the note from the event loop.
    CHECK(tests::waitFor([&] { return cell(model, 1, SheetModel::Note) == "litter under the hedge"; }));
    CHECK(grid->currentIndex() == model->index(2, SheetModel::Result));
    // Space cycles: not checked → pass → fail → not applicable.
    QTest::keyClick(grid, Qt::Key_Space);
    CHECK(resultAt(model, 2) == domain::ItemResult::Pass);
    QTest::keyClick(grid, Qt::Key_Space);
    CHECK(resultAt(model, 2) == domain::ItemResult::Fail);
    // S marks it severe, C corrected on the spot (and again: not).
    QTest::keyClick(grid, Qt::Key_S);
    CHECK(cell(model, 2, SheetModel::Severity) == "Severe");
    QTest::keyClick(grid, Qt::Key_C);
    CHECK(model->data(model->index(2, SheetModel::OnSpot), Qt::CheckStateRole).toInt() == Qt::Checked);
    QTest::keyClick(grid, Qt::Key_C);
    CHECK(model->data(model->index(2, SheetModel::OnSpot), Qt::CheckStateRole).toInt() == Qt::Unchecked);
    QTest::keyClick(grid, Qt::Key_Space);
    CHECK(resultAt(model, 2) == domain::ItemResult::NotApplicable);
    CHECK(cell(model, 2, SheetModel::Severity).isEmpty());
    QTest::keyClick(grid, Qt::Key_Space);
    CHECK(resultAt(model, 2) == domain::ItemResult::Pass);
    QTest::keyClick(grid, Qt::Key_Return);
    CHECK(grid->currentIndex() == model->index(3, SheetModel::Result));
    QTest::keyClick(grid, Qt::Key_N);
    CHECK(resultAt(model, 3) == domain::ItemResult::NotApplicable);
    CHECK(cell(model, 3, SheetModel::Result) == "N/A");
    CHECK(view.summaryLabel()->text() ==
          "Draft, not saved · 4 of 6 lines checked · 1 failed · cleaning rate 50.0 % (80/160) · greening intact "
          "rate 100.0 % (80/80)");

    // Saved as a draft: the service has the lines as keyed in.
    REQUIRE(view.save());
    auto sheet = stored(f, id);
    CHECK(sheet.status == domain::SheetStatus::Draft);
    CHECK(sheet.lines[0].result == domain::ItemResult::Pass);
    CHECK(sheet.lines[1].result == domain::ItemResult::Fail);
    CHECK(sheet.lines[1].note == "litter under the hedge");
    CHECK(sheet.lines[2].result == domain::ItemResult::Pass);
    CHECK(sheet.lines[3].result == domain::ItemResult::NotApplicable);
    CHECK(sheet.lines[4].result == domain::ItemResult::Pending);
    CHECK(view.summaryLabel()->text().startsWith("Draft · 4 of 6 lines checked"));

    // Two lines unchecked: signing off is refused and says so.
    CHECK_FALSE(view.sign());
    CHECK(view.errorLabel()->isVisible());
    CHECK(view.errorLabel()->text() == "2 lines are not checked yet");
    CHECK(stored(f, id).status == domain::SheetStatus::Draft);

    // Starting the same area, place and day again opens this sheet.
    DailySheetView other(*f.session);
    other.setArea(domain::AreaType::Ground);
    REQUIRE(other.start());
    CHECK(other.currentSheet() == id);
    CHECK(resultAt(other.linesModel(), 1) == domain::ItemResult::Fail);

    REQUIRE(view.setLine(4, domain::ItemResult::Pass));
    REQUIRE(view.setLine(5, domain::ItemResult::Fail, QStringLiteral("花坛缺水"), domain::Severity::Severe));
    f.clock.set(at("2025-04-05 09:40"));
    REQUIRE(view.sign());
    sheet = stored(f, id);
    CHECK(sheet.status == domain::SheetStatus::Signed);
    CHECK(sheet.signedBy == "测试员");
    CHECK(sheet.lines[5].severity == domain::Severity::Severe);
    CHECK(view.summaryLabel()->text() == "Signed off by 测试员 at " + shortDate() +
                                             " 09:40 · 2 failed · cleaning rate 50.0 % (80/160) · greening intact rate "
                                             "66.7 % (160/240) · nonconformances raised: 2");
    CHECK(cell(model, 1, SheetModel::Nonconformance) == "NC-2025-0001 · Open");
    CHECK(cell(model, 5, SheetModel::Nonconformance) == "NC-2025-0002 · Open");
    CHECK(cell(model, 0, SheetModel::Nonconformance).isEmpty());

    // Read-only now: no key, no hook and no cell changes it; the amendment is the way.
    CHECK_FALSE(view.setLine(0, domain::ItemResult::Fail));
    grid->setCurrentIndex(model->index(0, SheetModel::Result));
    QTest::keyClick(grid, Qt::Key_F);
    CHECK(resultAt(model, 0) == domain::ItemResult::Pass);
    CHECK_FALSE(model->flags(model->index(0, SheetModel::Note)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(view.signButton()->isVisible());
    CHECK(view.amendButton()->isVisible());
    CHECK_FALSE(view.save());

    // An amendment without a reason is refused; with one the line changes and its nonconformance is raised.
    CHECK_FALSE(view.amend(0, domain::ItemResult::Fail, QStringLiteral("复查发现积水"), QString()));
    CHECK(view.errorLabel()->text() == "an amendment needs a reason");
    grid->setCurrentIndex(model->index(0, SheetModel::Result));
    bool refusedBeside = false;
    REQUIRE(tests::whileModal<gui::AmendLineDialog>(
        [&](gui::AmendLineDialog* dialog) {
            CHECK(dialog->lineCombo()->currentIndex() == 0);
            CHECK(dialog->resultCombo()->currentText() == "Fail");
            dialog->noteEdit()->setText(QStringLiteral("复查发现积水"));
            dialog->accept();
            auto* reasonError = dialog->findChild<QLabel*>(QStringLiteral("reasonError"));
            refusedBeside =
                reasonError && reasonError->isVisibleTo(dialog) && reasonError->text() == "an amendment needs a reason";
            dialog->reasonEdit()->setPlainText(QStringLiteral("主管复查时地面仍有积水"));
            dialog->accept();
            if (dialog->isVisible()) {
                dialog->reject();
            }
        },
        [&] { view.amendCurrent(); }));
    CHECK(refusedBeside);
    sheet = stored(f, id);
    CHECK(sheet.lines[0].result == domain::ItemResult::Fail);
    CHECK(sheet.lines[0].note == "复查发现积水");
    CHECK(sheet.amendments == 1);
    CHECK(cell(model, 0, SheetModel::Result) == "Fail *");
    CHECK(cell(model, 0, SheetModel::Nonconformance) == "NC-2025-0003 · Open");
    REQUIRE(view.amendmentsTable()->rowCount() == 1);
    CHECK(view.amendmentsTable()->item(0, 1)->text() == "测试员");
    CHECK(view.amendmentsTable()->item(0, 2)->text() == "G1 Ground surface");
    CHECK(view.amendmentsTable()->item(0, 3)->text() == "Pass");
    CHECK(view.amendmentsTable()->item(0, 4)->text() == "Fail");
    CHECK(view.amendmentsTable()->item(0, 6)->text() == "主管复查时地面仍有积水");
    CHECK(check.problems().isEmpty());
}

TEST_CASE("photos are attached to a line of a draft from files", "[dailysheet]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 09:00"));
    DailySheetView view(*f.session);
    view.show();
    view.setArea(domain::AreaType::Lobby);
    view.setLocation(QStringLiteral("2栋大堂"));
    REQUIRE(view.start());
    auto* model = view.linesModel();
    REQUIRE(model->rowCount() == 2);

    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(0x80, 0x40, 0x20));
    const QString png = QString::fromStdString(f.dir.file("IMG_2031.png").string());
    REQUIRE(image.save(png));
    const QString text = QString::fromStdString(f.dir.file("notes.txt").string());
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a photo");
    }

    view.grid()->setCurrentIndex(model->index(1, SheetModel::Result));
    REQUIRE(view.attachPhoto(1, png));
    CHECK(cell(model, 1, SheetModel::Photos) == "IMG_2031.png");
    CHECK(view.photoList()->count() == 1);
    CHECK(view.photoList()->item(0)->text() == "IMG_2031.png");
    CHECK_FALSE(view.photoList()->item(0)->icon().isNull());
    CHECK_FALSE(view.attachPhoto(1, text));
    CHECK(view.errorLabel()->text() == "notes.txt: file: is not a JPEG or PNG image");
    CHECK(cell(model, 1, SheetModel::Photos) == "IMG_2031.png");

    REQUIRE(view.setLine(0, domain::ItemResult::Pass));
    REQUIRE(view.setLine(1, domain::ItemResult::Fail, QStringLiteral("玻璃门有手印")));
    REQUIRE(view.save());
    const auto sheet = stored(f, *view.currentSheet());
    REQUIRE(sheet.lines[1].photos.size() == 1);
    CHECK(sheet.lines[1].photos[0].fileName == "IMG_2031.png");
    auto photo = f.workspace().inspections().photo(sheet.lines[1].photos[0].id);
    REQUIRE(photo);
    REQUIRE(*photo);
    CHECK(QImage::fromData((*photo)->bytes.data(), static_cast<int>((*photo)->bytes.size())).size() == QSize(64, 48));
}

TEST_CASE("the blank and the filled sheet print on one A4 page each with their items and results", "[dailysheet]")
{
    GuiFixture f(GuiFixture::Contents::Site, at("2025-04-05 09:00"));
    auto& inspections = f.workspace().inspections();
    auto templates = inspections.templatesInForce("HQ", domain::Date{date::year{2025} / 4 / 5});
    REQUIRE(templates);
    const auto floors = std::find_if(templates->begin(), templates->end(),
                                     [](const auto& t) { return t.area == domain::AreaType::StandardFloors; });
    REQUIRE(floors != templates->end());
    const auto site = *f.session->site();

    const auto blank = gui::SheetPrint::blank(*floors, domain::SheetKind::Daily, site, f.clock.now(), "测试员");
    CHECK(blank.title() == "Daily inspection sheet — Standard floors");
    CHECK(blank.document(gui::SheetPrint::pageLayout())->pageCount() == 1);
    const QString blankPdf = QString::fromStdString(f.dir.file("blank.pdf").string());
    REQUIRE(blank.writePdf(blankPdf));

    auto started = inspections.startDailySheet("HQ", domain::Date{date::year{2025} / 4 / 5},
                                               domain::AreaType::StandardFloors, "3栋", "王主管");
    REQUIRE(started);
    std::vector<services::LineEntry> lines(started->sheet.lines.size());
    for (auto& line : lines) {
        line.result = domain::ItemResult::Pass;
    }
    lines[2].result = domain::ItemResult::Fail;
    lines[2].note = "12楼消防栓箱内有杂物";
    lines[5].result = domain::ItemResult::NotApplicable;
    REQUIRE(inspections.saveDraft(started->sheet.id, lines, "王主管"));
    REQUIRE(inspections.signSheet(started->sheet.id));
    f.clock.set(at("2025-04-05 10:00"));
    REQUIRE(inspections.amendLine(started->sheet.id, 0, domain::ItemResult::Fail, "8楼地面有积水", "复查"));
    auto view = inspections.sheet(started->sheet.id);
    REQUIRE(view);
    REQUIRE(*view);
    const auto filled = gui::SheetPrint::filled(**view, site, f.clock.now(), "测试员");
    CHECK(filled.document(gui::SheetPrint::pageLayout())->pageCount() == 1);
    const QString filledPdf = QString::fromStdString(f.dir.file("filled.pdf").string());
    REQUIRE(filled.writePdf(filledPdf));

    const QString blankText = pdfText(blankPdf);
    const QString filledText = pdfText(filledPdf);
    if (blankText.isEmpty()) {
        WARN("pdftotext is not installed: the PDFs' text is not checked");
        return;
    }
    INFO(blankText.toStdString());
    INFO(filledText.toStdString());
    CHECK(pdfPages(blankPdf) == 1);
    CHECK(pdfPages(filledPdf) == 1);
    CHECK(blankText.contains("Daily inspection sheet — Standard floors"));
    CHECK(blankText.contains("测试小区"));
    CHECK(blankText.contains("Corridor floor tiles"));
    CHECK(blankText.contains("Back-stair handrails"));
    CHECK(blankText.contains("Cleaning supervisor (signature):"));
    CHECK_FALSE(blankText.contains("王主管"));
    CHECK(blankText.count(QStringLiteral("□")) == 21); // 7 items × pass, fail, not applicable

    CHECK(filledText.contains("3栋"));
    CHECK(filledText.contains("王主管"));
    CHECK(filledText.contains("12楼消防栓箱内有杂物"));
    CHECK(filledText.contains("8楼地面有积水"));
    CHECK(filledText.contains("NC-2025-0001"));
    CHECK(filledText.contains("NC-2025-0002"));
    CHECK(filledText.contains("Corridor floor tiles: 8楼地面有积水"));
    CHECK(filledText.contains("Amendments after signing off:"));
    CHECK(filledText.contains("F1: Pass → Fail, by 测试员"));
    CHECK(filledText.contains("reason: 复查"));
    CHECK(filledText.count(QStringLiteral("■")) == 7);
    CHECK_FALSE(filledText.contains(QStringLiteral("□")));
}
