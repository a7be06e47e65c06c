// Screenshots of the inspections module over the demo site (a supervisor's draft sheet of the day, the
// review, the month's sample plan, the nonconformance board, the contractors and the templates) in English
// and Chinese, and the printed blank and filled sheets rendered from their PDFs, for looking at the layout
// and for docs/images. Hidden: run it on purpose with
//
//   PROPDESK_INSPECTION_SHOTS=DIR test_gui "[inspection-shots]"
//
// which writes DIR/inspection-<view>-<language>.png, DIR/inspection-sheet-{blank,filled}.png (Chinese) and
// DIR/inspection-sheet-filled-en.png (pdftoppm renders the PDFs; without it only the PDFs are written).

#include "domain/inspection.h"
#include "gui/contractorsview.h"
#include "gui/dailysheetview.h"
#include "gui/inspectionreviewview.h"
#include "gui/inspectiontemplatesview.h"
#include "gui/nonconformanceboard.h"
#include "gui/samplingplanview.h"
#include "gui/sheetmodel.h"
#include "gui/sheetprint.h"
#include "guifixture.h"
#include "services/workspace.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>

#include <catch2/catch.hpp>

#include <string>

using namespace propdesk;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

QString shotsDir()
{
    return qEnvironmentVariable("PROPDESK_INSPECTION_SHOTS");
}

void save(QWidget& widget, const QString& name, QSize size = QSize(1200, 640))
{
    const QString file = QDir(shotsDir()).filePath(name);
    INFO(file.toStdString());
    widget.resize(size);
    widget.show();
    QCoreApplication::processEvents();
    if (auto* focus = QApplication::focusWidget()) {
        focus->clearFocus();
    }
    QCoreApplication::processEvents();
    CHECK(widget.grab().save(file));
}

// Renders the PDF's first page as DIR/<stem>.png at 80 dpi.
void render(const QString& pdf, const QString& stem)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (tool.isEmpty()) {
        WARN("pdftoppm is not installed: the printed sheets stay PDF");
        return;
    }
    QProcess process;
    process.start(tool, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                         QStringLiteral("-singlefile"), pdf, QDir(shotsDir()).filePath(stem)});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 0);
}

// A signed daily sheet of the demo with failures, the one with the most (amended ones first).
std::optional<services::SheetView> sheetWithFailures(GuiFixture& f, domain::Date first, domain::Date last)
{
    auto& inspections = f.workspace().inspections();
    const auto code = f.session->site()->code;
    auto sheets = inspections.sheets(code, first, last, domain::SheetKind::Daily);
    REQUIRE(sheets);
    const domain::InspectionSheet* best = nullptr;
    for (const auto& s : *sheets) {
        const auto weight = [](const domain::InspectionSheet& sheet) {
            return sheet.amendments * 100 + sheet.failedLines();
        };
        if (s.status == domain::SheetStatus::Signed && s.failedLines() > 0 && (!best || weight(s) > weight(*best))) {
            best = &s;
        }
    }
    if (!best) {
        return std::nullopt;
    }
    auto view = inspections.sheet(best->id);
    REQUIRE(view);
    return *view;
}

void shoot(const QString& language)
{
    tests::LanguageScope scope(language);
    GuiFixture f(GuiFixture::Contents::Demo, at("2025-04-18 10:30"));
    auto& inspections = f.workspace().inspections();
    const auto site = *f.session->site();
    const domain::Date today{date::year{2025} / 4 / 18};

    {
        // The supervisor half-way down the standard floors of building 5: two failures, one severe with a
        // photo, the rest still to check.
        gui::DailySheetView view(*f.session);
        view.setArea(domain::AreaType::StandardFloors);
        view.setLocation(QStringLiteral("5栋"));
        REQUIRE(view.start());
        auto* model = view.linesModel();
        if (view.sheetModel()->isEditable()) {
            REQUIRE(view.setLine(0, domain::ItemResult::Pass));
            REQUIRE(view.setLine(1, domain::ItemResult::Fail, QStringLiteral("12楼墙面砖有小广告")));
            REQUIRE(view.setLine(2, domain::ItemResult::Fail, QStringLiteral("18楼消防栓箱内堆放杂物"),
                                 domain::Severity::Severe));
            REQUIRE(view.setLine(3, domain::ItemResult::Pass));
            REQUIRE(view.setLine(4, domain::ItemResult::NotApplicable, QStringLiteral("排风口检修中")));
            QImage photo(320, 240, QImage::Format_RGB32);
            photo.fill(QColor(0x9e, 0x8a, 0x6c));
            const QString file = QString::fromStdString(f.dir.file("IMG_2031.jpg").string());
            REQUIRE(photo.save(file, "JPG"));
            REQUIRE(view.attachPhoto(2, file));
            REQUIRE(view.save());
        }
        view.grid()->setCurrentIndex(model->index(2, gui::SheetModel::Result));
        save(view, QStringLiteral("inspection-sheet-%1.png").arg(language));
    }
    {
        // Yesterday: a whole day of signed sheets and the nonconformances they raised.
        gui::InspectionReviewView view(*f.session);
        view.dateEdit()->setDate(QDate(2025, 4, 17));
        // The first sheet with a failure, to show its nonconformances.
        for (int row = 0; row < view.sheetsTable()->rowCount(); ++row) {
            if (view.sheetsTable()->item(row, 6)->text() != QStringLiteral("0")) {
                view.selectRow(row);
                break;
            }
        }
        save(view, QStringLiteral("inspection-review-%1.png").arg(language));
    }
    {
        gui::SamplingPlanView view(*f.session);
        save(view, QStringLiteral("inspection-sampling-%1.png").arg(language));
    }
    {
        gui::NonconformanceBoard view(*f.session);
        save(view, QStringLiteral("inspection-board-%1.png").arg(language), QSize(1280, 700));
    }
    {
        gui::ContractorsView view(*f.session);
        save(view, QStringLiteral("inspection-contractors-%1.png").arg(language), QSize(1200, 700));
    }
    {
        gui::InspectionTemplatesView view(*f.session);
        save(view, QStringLiteral("inspection-templates-%1.png").arg(language), QSize(1200, 640));
    }

    // The printed sheets: the blank form of the standard floors, and the demo's signed sheet with the most
    // failures in the last week.
    const QString suffix = language == QStringLiteral("en") ? QStringLiteral("-en") : QString();
    if (language != QStringLiteral("en")) {
        auto templates = inspections.templatesInForce(site.code, today);
        REQUIRE(templates);
        const auto floors = std::find_if(templates->begin(), templates->end(),
                                         [](const auto& t) { return t.area == domain::AreaType::StandardFloors; });
        REQUIRE(floors != templates->end());
        const auto blank = gui::SheetPrint::blank(*floors, domain::SheetKind::Daily, site, f.clock.now(), "刘洁");
        const QString pdf = QDir(shotsDir()).filePath(QStringLiteral("inspection-sheet-blank.pdf"));
        REQUIRE(blank.writePdf(pdf));
        render(pdf, QStringLiteral("inspection-sheet-blank"));
    }
    const auto filledView =
        sheetWithFailures(f, domain::Date{date::year{2025} / 4 / 1}, domain::Date{date::year{2025} / 4 / 17});
    REQUIRE(filledView);
    const auto filled = gui::SheetPrint::filled(*filledView, site, f.clock.now(), "刘洁");
    const QString pdf = QDir(shotsDir()).filePath(QStringLiteral("inspection-sheet-filled%1.pdf").arg(suffix));
    REQUIRE(filled.writePdf(pdf));
    render(pdf, QStringLiteral("inspection-sheet-filled%1").arg(suffix));
}

} // namespace

TEST_CASE("screenshots of the inspections module", "[.][inspection-shots]")
{
    REQUIRE(qEnvironmentVariableIsSet("PROPDESK_INSPECTION_SHOTS"));
    QDir().mkpath(shotsDir());
    shoot(QStringLiteral("en"));
    shoot(QStringLiteral("zh_CN"));
}
