// The Report tab (issue #8): a manager freezes March's report; a figure corrected afterwards changes the
// report made now, while the frozen one reprints from the stored document with the old figure.

#include "gui/reportprint.h"
#include "gui/reportview.h"
#include "guifixture.h"
#include "services/indicatorservice.h"
#include "services/workspace.h"

#include <QAbstractItemModel>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace propdesk;
using gui::ReportView;
using propdesk::tests::at;
using propdesk::tests::GuiFixture;

namespace {

const reports::ReportIndicator& indicatorOf(const reports::MonthlyReport& report, const std::string& key)
{
    const auto found =
        std::find_if(report.indicators.begin(), report.indicators.end(), [&](const auto& i) { return i.key == key; });
    REQUIRE(found != report.indicators.end());
    return *found;
}

QString pdfText(const QString& file)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        return {};
    }
    QProcess process;
    process.start(tool, {file, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    // Ligatures undone.
    text.replace(QChar(0xfb00), QStringLiteral("ff"))
        .replace(QChar(0xfb01), QStringLiteral("fi"))
        .replace(QChar(0xfb02), QStringLiteral("fl"));
    return text.simplified();
}

} // namespace

TEST_CASE("a frozen report reprints its old figures after the records change", "[reportview]")
{
    GuiFixture fixture;
    const auto march = date::year{2025} / date::month{3};
    auto& indicators = fixture.workspace().indicators();
    REQUIRE(indicators.enterFigure("HQ", march, "building_intact_rate", 95, 100, "首次录入"));

    ReportView view(*fixture.session);
    CHECK(view.month() == march); // the previous month of 2025-04-05
    view.setLanguage(reports::Language::English);
    auto before = view.currentDocument();
    REQUIRE(before);
    CHECK(indicatorOf(*before, "building_intact_rate").rate.value_or(0) == Approx(0.95));
    CHECK(indicatorOf(*before, "building_intact_rate").met == false);
    CHECK(view.snapshotsModel()->rowCount() == 0);

    // A report as of a chosen time of the site's clock.
    view.setAsOf(at("2025-04-02 12:00"));
    auto chosen = view.currentDocument();
    REQUIRE(chosen);
    CHECK(chosen->asOf == "2025-04-02T12:00:00+08:00");
    view.setAsOf(std::nullopt);

    fixture.clock.set(at("2025-04-05 17:00"));
    REQUIRE(view.freezeReport());
    CHECK(view.errorMessage().isEmpty());
    REQUIRE(view.snapshotsModel()->rowCount() == 1);
    CHECK(view.snapshotsModel()->index(0, 0).data().toString() == "2025-03");
    CHECK(view.snapshotsModel()->index(0, 2).data().toString() == "测试员");

    // The figure is corrected after the freeze.
    fixture.clock.set(at("2025-04-06 09:00"));
    REQUIRE(indicators.enterFigure("HQ", march, "building_intact_rate", 99, 100, "更正"));
    auto now = view.currentDocument();
    REQUIRE(now);
    CHECK(indicatorOf(*now, "building_intact_rate").rate.value_or(0) == Approx(0.99));
    CHECK(indicatorOf(*now, "building_intact_rate").met == true);

    auto frozen = view.frozenDocument(0);
    INFO((frozen ? std::string() : frozen.error().describe()));
    REQUIRE(frozen);
    CHECK(indicatorOf(*frozen, "building_intact_rate").rate.value_or(0) == Approx(0.95));
    CHECK(indicatorOf(*frozen, "building_intact_rate").numerator == 95);
    CHECK(frozen->frozenBy == "测试员");
    CHECK(frozen->frozenAt == "2025-04-05T17:00:00+08:00");
    CHECK(frozen->asOf == "2025-04-05T17:00:00+08:00");

    const QString file = QString::fromStdString(fixture.dir.file("frozen.pdf").string());
    REQUIRE(gui::ReportPrint(*frozen, reports::Language::English).writePdf(file));
    const QString text = pdfText(file);
    if (text.isEmpty()) {
        WARN("pdftotext is not installed: the PDF's text is not checked");
        return;
    }
    INFO(text.toStdString());
    CHECK(text.contains("95.00 %"));
    CHECK_FALSE(text.contains("99.00 %"));
    CHECK(text.contains("2025-04-05 17:00 · 测试员"));
}

TEST_CASE("only a manager may freeze a report", "[reportview]")
{
    GuiFixture fixture;
    fixture.addAccount("supervisor", "王主管", domain::Role::Supervisor);
    fixture.signIn("supervisor");
    ReportView view(*fixture.session);
    bool freezeShown = false;
    for (auto* button : view.findChildren<QPushButton*>()) {
        if (button->text() == "Freeze…") {
            freezeShown = !button->isHidden();
        }
    }
    CHECK_FALSE(freezeShown);
    CHECK_FALSE(view.freezeReport());
    CHECK_FALSE(view.errorMessage().isEmpty());
    CHECK(view.snapshotsModel()->rowCount() == 0);
}

// Not run by default: the tab at 1200×700 in both languages, to look at (/tmp/reportview-LANG.png).
TEST_CASE("the report tab renders in English and Chinese", "[.][reportview-shots]")
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        propdesk::tests::LanguageScope scope(language);
        GuiFixture fixture;
        const auto march = date::year{2025} / date::month{3};
        REQUIRE(fixture.workspace().indicators().enterFigure("HQ", march, "building_intact_rate", 95, 100, ""));
        ReportView view(*fixture.session);
        REQUIRE(view.freezeReport());
        view.resize(1200, 700);
        view.show();
        propdesk::tests::waitFor([] { return false; }, 200);
        CHECK(view.grab().save(QStringLiteral("/tmp/reportview-%1.png").arg(language)));
    }
}
