// The printed monthly KPI report (issue #8): a hand-made report document printed to PDF in both languages
// has its cover, its summary, the charts of its trends, the records behind the missed indicator, the
// corrective actions and the signature blocks; a frozen document prints the same text every time.

#include "gui/reportprint.h"
#include "guifixture.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace propdesk;
using gui::ReportPrint;
using propdesk::tests::TempDir;

namespace {

// The text pdftotext reads from the file, ligatures undone and white space collapsed; empty when the tool is missing.
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

reports::ReportException lateOrder(const std::string& code, std::int64_t overBy)
{
    reports::ReportException e;
    e.subject = "work_order";
    e.code = code;
    e.location = "3栋1201";
    e.outcome = "missed";
    e.deadline = "2025-03-12 10:00";
    e.overBySeconds = overBy;
    e.detail = "漏水维修";
    return e;
}

reports::ReportIndicator indicator(const std::string& key, const std::string& zh, const std::string& en, int commitment)
{
    reports::ReportIndicator i;
    i.key = key;
    i.nameZh = zh;
    i.nameEn = en;
    i.origin = "work_orders";
    i.unit = "percent";
    i.period = "month";
    i.commitment = commitment;
    i.source = "002";
    i.numeratorZh = "按时完成数";
    i.numeratorEn = "done in time";
    i.denominatorZh = "应完成数";
    i.denominatorEn = "due";
    return i;
}

// A month with one missed commitment (two of its three late orders kept), one met, one without data and
// one without a target, a note and a preventive action.
reports::MonthlyReport sampleReport()
{
    reports::MonthlyReport r;
    r.siteCode = "HQ";
    r.siteName = "测试小区";
    r.month = "2025-03";
    r.asOf = "2025-04-05T00:00:00+08:00";
    r.ruleSet = "2025 规则";
    r.targetsFrom = "2025-01-01";
    r.targetsContract = "2025 物业服务合同";
    r.generatedAt = "2025-04-05T16:00:00+08:00";
    r.trendMonths = {"2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09",
                     "2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03"};

    auto timely = indicator("repair_timeliness", "零修急修及时率", "Repair timeliness", 3);
    timely.numerator = 7;
    timely.denominator = 10;
    timely.rate = 0.7;
    timely.comparator = ">=";
    timely.targetE4 = 10000;
    timely.met = false;
    for (int k = 0; k < 11; ++k) {
        timely.trend.emplace_back(k == 4 ? std::optional<double>{} : std::optional<double>{0.9 + 0.01 * k});
    }
    timely.trend.emplace_back(0.7);
    timely.exceptions = {lateOrder("WO-2025-0007", 5400), lateOrder("WO-2025-0011", 600)};
    timely.exceptionCount = 3;
    timely.note = "增派维修人员";
    r.indicators.push_back(timely);

    auto building = indicator("building_intact_rate", "房屋完好率", "Building intact rate", 1);
    building.origin = "manual";
    building.numerator = 99;
    building.denominator = 100;
    building.rate = 0.99;
    building.comparator = ">=";
    building.targetE4 = 9800;
    building.met = true;
    building.trend.assign(12, 0.99);
    r.indicators.push_back(building);

    auto arrival = indicator("arrival_timeliness", "到场及时率", "Arrival timeliness", 0);
    arrival.comparator = ">=";
    arrival.targetE4 = 9500;
    arrival.trend.assign(12, std::nullopt);
    r.indicators.push_back(arrival);

    auto fires = indicator("fire_rate", "火灾年发生率", "Fire rate", 15);
    fires.unit = "per_mille";
    fires.numerator = 0;
    fires.denominator = 1200;
    fires.rate = 0.0;
    fires.trend.assign(12, 0.0);
    r.indicators.push_back(fires);

    reports::ReportAction action;
    action.date = "2025-03-20";
    action.what = "更换水泵密封圈";
    action.who = "王主管";
    action.source = "preventive_action";
    action.reference = "NC-2025-0003";
    r.actions.push_back(action);
    reports::ReportAction note;
    note.date = "2025-04-02";
    note.what = "增派维修人员";
    note.who = "测试员";
    note.source = "note";
    note.reference = "repair_timeliness";
    r.actions.push_back(note);
    return r;
}

} // namespace

TEST_CASE("the report charts the trend of every commitment and every missed indicator", "[reportprint]")
{
    const ReportPrint print(sampleReport(), reports::Language::English);
    CHECK(print.chartedKeys() ==
          QStringList{"repair_timeliness", "building_intact_rate", "fire_rate"}); // not arrival_timeliness

    const auto doc = print.document(ReportPrint::pageLayout());
    const QImage chart =
        doc->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-repair_timeliness"))).value<QImage>();
    REQUIRE_FALSE(chart.isNull());
    CHECK(chart.width() == 664); // 166 points at four pixels a point
    CHECK(chart.height() == 448);
    // Something is drawn: the line, the target, the axes and the title are not white.
    int inked = 0;
    for (int y = 0; y < chart.height(); y += 2) {
        for (int x = 0; x < chart.width(); x += 2) {
            inked += qGray(chart.pixel(x, y)) < 200 ? 1 : 0;
        }
    }
    CHECK(inked > 500);
    CHECK(doc->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-arrival_timeliness"))).isNull());
    CHECK(doc->pageCount() >= 4); // cover, summary, trends, exceptions
    CHECK(doc->pageCount() <= 6);
}

TEST_CASE("the report prints to PDF in English and in Chinese", "[reportprint]")
{
    TempDir dir;
    const QString english = QString::fromStdString(dir.file("report-en.pdf").string());
    const QString chinese = QString::fromStdString(dir.file("report-zh.pdf").string());
    REQUIRE(ReportPrint(sampleReport(), reports::Language::English).writePdf(english));
    REQUIRE(ReportPrint(sampleReport(), reports::Language::Chinese).writePdf(chinese));
    const QString en = pdfText(english);
    const QString zh = pdfText(chinese);
    if (en.isEmpty()) {
        WARN("pdftotext is not installed: the PDFs' text is not checked");
        return;
    }
    INFO(en.toStdString());
    INFO(zh.toStdString());
    CHECK(pdfPages(english) >= 4);
    CHECK(pdfPages(english) <= 6);
    CHECK(pdfPages(chinese) >= 4);
    CHECK(pdfPages(chinese) <= 6);

    CHECK(en.contains("Monthly KPI report"));
    CHECK(en.contains("HQ 测试小区"));
    CHECK(en.contains("2025-04-05 00:00"));
    CHECK(en.contains("2025-01-01 · 2025 物业服务合同"));
    CHECK(en.contains("Repair timeliness"));
    CHECK(en.contains("70.00 %"));
    CHECK(en.contains("≥ 100 %"));
    CHECK(en.contains("missed"));
    CHECK(en.contains("no data"));
    CHECK(en.contains("no target"));
    CHECK(en.contains("WO-2025-0007"));
    CHECK(en.contains("WO-2025-0011"));
    CHECK(en.contains("1 h 30 min")); // 5400 s over
    CHECK(en.contains("The first 2 of 3 are listed"));
    CHECK(en.contains("更换水泵密封圈"));
    CHECK(en.contains("preventive action"));
    CHECK(en.contains("Head of the service centre (signature)"));
    CHECK(en.contains("Client's representative (signature)"));
    CHECK_FALSE(en.contains("零修急修及时率"));

    CHECK(zh.contains("物业服务月度KPI报告"));
    CHECK(zh.contains("零修急修及时率"));
    CHECK(zh.contains("未达标"));
    CHECK(zh.contains("WO-2025-0007"));
    CHECK(zh.contains("仅列出前 2 条，共 3 条"));
    CHECK(zh.contains("1小时30分钟"));
    CHECK(zh.contains("物业服务中心负责人（签字）"));
    CHECK(zh.contains("委托方代表（签字）"));
    CHECK_FALSE(zh.contains("Repair timeliness"));
}

TEST_CASE("a frozen report prints the same text twice", "[reportprint]")
{
    auto report = sampleReport();
    report.frozenAt = "2025-04-05T17:00:00+08:00";
    report.frozenBy = "李经理";
    TempDir dir;
    const QString first = QString::fromStdString(dir.file("first.pdf").string());
    const QString second = QString::fromStdString(dir.file("second.pdf").string());
    REQUIRE(ReportPrint(report, reports::Language::Chinese).writePdf(first));
    REQUIRE(ReportPrint(report, reports::Language::Chinese).writePdf(second));
    const QString a = pdfText(first);
    if (a.isEmpty()) {
        WARN("pdftotext is not installed: the PDFs' text is not checked");
        return;
    }
    CHECK(a.contains("2025-04-05 17:00 · 李经理"));
    CHECK(a == pdfText(second));
}
