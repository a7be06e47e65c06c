#include "reportprint.h"

#include "qtconvert.h"

#include <QAbstractTextDocumentLayout>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QPen>
#include <QPrinter>
#include <QScatterSeries>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>
#include <QValueAxis>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace propdesk::gui {

namespace {

// Text sizes in layout units, which are points on paper (the page size is set in points).
constexpr int kBody = 8;
constexpr int kSmall = 7;
constexpr int kHeading = 12;
constexpr int kTitle = 20;

// A chart's place on paper, in points (three to a row of the 182 mm text width), and the scale it is drawn
// at: four pixels to the point, about 290 dpi.
constexpr int kChartWidth = 166;
constexpr int kChartHeight = 112;
constexpr int kChartScale = 4;
// A chart is laid out at twice its size in points, so that its type is 8 points at the scale above.
constexpr int kChartLayout = 2;

const QString kMissedBackground = QStringLiteral("#fbdada");
const QString kMissedText = QStringLiteral("#b00000");
const QString kHeaderBackground = QStringLiteral("#e8e8e8");

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral(" "));
}

QString escaped(std::string_view text)
{
    return escaped(qs(text));
}

// "2026-04-05T00:00:00+08:00" → "2026-04-05 00:00".
QString localTime(const std::string& iso)
{
    if (iso.size() < 16) {
        return qs(iso);
    }
    QString text = qs(iso.substr(0, 16));
    text[10] = QLatin1Char(' ');
    return text;
}

QString chartName(const std::string& key)
{
    return QStringLiteral("chart-%1").arg(qs(key));
}

double inUnit(double ratio, const std::string& unit)
{
    if (unit == "percent") {
        return ratio * 100.0;
    }
    if (unit == "per_mille") {
        return ratio * 1000.0;
    }
    return ratio;
}

QString unitSymbol(const std::string& unit)
{
    if (unit == "percent") {
        return QStringLiteral("%");
    }
    if (unit == "per_mille") {
        return QStringLiteral("‰");
    }
    return {};
}

std::optional<double> targetInUnit(const reports::ReportIndicator& indicator)
{
    if (!indicator.targetE4) {
        return std::nullopt;
    }
    return inUnit(static_cast<double>(*indicator.targetE4) / 10000.0, indicator.unit);
}

QString sectionHeading(const QString& title, bool newPage)
{
    return QStringLiteral("<h2 style=\"font-size: %1px; margin-top: 18px; margin-bottom: 6px;%2\">%3</h2>")
        .arg(kHeading)
        .arg(newPage ? QStringLiteral(" page-break-before: always;") : QString())
        .arg(escaped(title));
}

QString tableStart(int cellPadding = 3)
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\" "
                          "style=\"border-collapse: collapse; border-color: #000000;\">")
        .arg(cellPadding);
}

// A header row repeated on every page the table runs onto.
QString headerRow(const QStringList& titles, const QList<int>& widths)
{
    QString s = QStringLiteral("<thead><tr bgcolor=\"%1\">").arg(kHeaderBackground);
    for (qsizetype c = 0; c < titles.size(); ++c) {
        s += QStringLiteral("<th width=\"%1%\" align=\"left\">%2</th>").arg(widths.value(c)).arg(escaped(titles[c]));
    }
    return s + QStringLiteral("</tr></thead>");
}

} // namespace

ReportPrint::ReportPrint(reports::MonthlyReport report, reports::Language language)
    : m_report(std::move(report)), m_language(language)
{}

QPageLayout ReportPrint::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(14, 14, 14, 14),
                       QPageLayout::Millimeter);
}

QString ReportPrint::text(const char* key) const
{
    return qs(reports::reportText(m_language, key));
}

QString ReportPrint::colon() const
{
    return m_language == reports::Language::English ? QStringLiteral(": ") : QStringLiteral("：");
}

QString ReportPrint::name(const reports::ReportIndicator& indicator) const
{
    return qs(m_language == reports::Language::English ? indicator.nameEn : indicator.nameZh);
}

QString ReportPrint::title() const
{
    const QString site = qs(m_report.siteName.empty() ? m_report.siteCode : m_report.siteName);
    return QStringLiteral("%1 — %2 %3").arg(text("title"), site, qs(m_report.month));
}

QStringList ReportPrint::chartedKeys() const
{
    QStringList keys;
    for (const auto& i : m_report.indicators) {
        if (i.commitment > 0 || i.met == false) {
            keys << qs(i.key);
        }
    }
    return keys;
}

QString ReportPrint::coverHtml() const
{
    QString s;
    s += QStringLiteral("<p align=\"center\" style=\"margin-top: 120px; font-size: %1px;\"><b>%2</b></p>")
             .arg(kTitle)
             .arg(escaped(text("title")));
    const QString site =
        qs(m_report.siteName.empty() ? m_report.siteCode : m_report.siteCode + " " + m_report.siteName);
    s += QStringLiteral("<p align=\"center\" style=\"margin-top: 8px; font-size: %1px;\">%2 · %3</p>")
             .arg(kHeading)
             .arg(escaped(site), escaped(m_report.month));

    const auto fact = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td width=\"35%\" align=\"right\"><b>%1</b></td><td width=\"65%\">%2</td></tr>")
            .arg(escaped(label), escaped(value));
    };
    s += QStringLiteral("<table width=\"70%\" align=\"center\" cellspacing=\"0\" cellpadding=\"4\" "
                        "style=\"margin-top: 40px; font-size: 10px;\">");
    s += fact(text("cover.site"), site);
    s += fact(text("cover.month"), qs(m_report.month));
    s += fact(text("cover.as_of"), localTime(m_report.asOf));
    s += fact(text("cover.rule_set"), m_report.ruleSet.empty() ? text("none") : qs(m_report.ruleSet));
    QString targets = text("cover.default_targets");
    if (!m_report.targetsFrom.empty()) {
        targets = qs(m_report.targetsFrom);
        if (!m_report.targetsContract.empty()) {
            targets += QStringLiteral(" · ") + qs(m_report.targetsContract);
        }
    }
    s += fact(text("cover.targets_version"), targets);
    s += fact(text("cover.generated"), localTime(m_report.generatedAt));
    if (!m_report.frozenAt.empty()) {
        s += fact(text("cover.frozen"),
                  QStringLiteral("%1 · %2").arg(localTime(m_report.frozenAt), qs(m_report.frozenBy)));
    }
    s += fact(text("cover.missed_count"), QString::number(m_report.missedCount()));
    s += QStringLiteral("</table>");

    // The missed indicators by name, so that the cover says what the report is about.
    QStringList missed;
    for (const auto& i : m_report.indicators) {
        if (i.met == false) {
            missed << escaped(name(i));
        }
    }
    if (!missed.isEmpty()) {
        s += QStringLiteral("<p align=\"center\" style=\"margin-top: 16px; color: %1;\">%2</p>")
                 .arg(kMissedText, missed.join(QStringLiteral(" · ")));
    }
    return s;
}

QString ReportPrint::summaryHtml() const
{
    QString s = sectionHeading(text("section.summary"), true);
    s += tableStart();
    s += headerRow({text("column.no"), text("column.indicator"), text("column.formula"), text("column.value"),
                    text("column.target"), text("column.verdict")},
                   {6, 27, 33, 13, 10, 11});
    const bool english = m_language == reports::Language::English;
    for (const auto& i : m_report.indicators) {
        const bool missed = i.met == false;
        const QString cell =
            missed ? QStringLiteral("<td bgcolor=\"%1\"").arg(kMissedBackground) : QStringLiteral("<td");
        const QString formula = QStringLiteral("%1 / %2").arg(qs(english ? i.numeratorEn : i.numeratorZh),
                                                              qs(english ? i.denominatorEn : i.denominatorZh));
        QString value = escaped(reports::formatRate(i.rate, i.unit));
        if (i.denominator > 0) {
            value += QStringLiteral("<br/><span style=\"font-size: %1px; color: #555555;\">%2/%3</span>")
                         .arg(kSmall)
                         .arg(i.numerator)
                         .arg(i.denominator);
        }
        QString verdict;
        if (!i.comparator) {
            verdict = text("verdict.no_target");
        } else if (!i.met) {
            verdict = text("verdict.no_data");
        } else {
            verdict = text(*i.met ? "verdict.met" : "verdict.missed");
        }
        verdict = escaped(verdict);
        if (missed) {
            verdict = QStringLiteral("<b style=\"color: %1;\">%2</b>").arg(kMissedText, verdict);
        }
        s += QStringLiteral("<tr>%1>%2</td>%1>%3</td>%1><span style=\"font-size: %4px;\">%5</span></td>"
                            "%1>%6</td>%1>%7</td>%1>%8</td></tr>")
                 .arg(cell, i.commitment > 0 ? QString::number(i.commitment) : QString(), escaped(name(i)))
                 .arg(kSmall)
                 .arg(escaped(formula), value, escaped(reports::formatTarget(i)), verdict);
    }
    s += QStringLiteral("</table>");
    return s;
}

QString ReportPrint::trendsHtml() const
{
    const QStringList keys = chartedKeys();
    if (keys.isEmpty() || m_report.trendMonths.empty()) {
        return {};
    }
    QString s = sectionHeading(text("section.trends"), true);
    s += QStringLiteral("<p style=\"margin-bottom: 6px; color: #555555;\">%1 – %2</p>")
             .arg(escaped(m_report.trendMonths.front()), escaped(m_report.trendMonths.back()));
    constexpr int kPerRow = 3;
    s += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    int column = 0;
    for (const QString& key : keys) {
        if (column == 0) {
            s += QStringLiteral("<tr>");
        }
        s += QStringLiteral("<td width=\"33%\" align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"/></td>")
                 .arg(chartName(key.toStdString()))
                 .arg(kChartWidth)
                 .arg(kChartHeight);
        if (++column == kPerRow) {
            s += QStringLiteral("</tr>");
            column = 0;
        }
    }
    if (column != 0) {
        for (; column < kPerRow; ++column) {
            s += QStringLiteral("<td width=\"33%\"></td>");
        }
        s += QStringLiteral("</tr>");
    }
    s += QStringLiteral("</table>");
    return s;
}

QString ReportPrint::exceptionsHtml() const
{
    if (m_report.missedCount() == 0) {
        return {};
    }
    QString s = sectionHeading(text("section.exceptions"), true);
    const bool english = m_language == reports::Language::English;
    const auto word = [this](const char* prefix, const std::string& value) {
        const std::string key = fmt::format("{}.{}", prefix, value);
        const auto found = reports::reportText(m_language, key);
        return found == key ? qs(value) : qs(found);
    };
    for (const auto& i : m_report.indicators) {
        if (i.met != false) {
            continue;
        }
        s += QStringLiteral("<h3 style=\"font-size: 10px; margin-top: 12px; margin-bottom: 2px;\">%1%2</h3>")
                 .arg(i.commitment > 0 ? QStringLiteral("%1. ").arg(i.commitment) : QString(), escaped(name(i)));
        s +=
            QStringLiteral("<p style=\"margin-top: 0; margin-bottom: 4px;\">%1<b style=\"color: %2;\">%3</b>"
                           " · %4%5 · %6%7 / %8 (%9/%10)</p>")
                .arg(escaped(text("column.value") + colon()), kMissedText, escaped(reports::formatRate(i.rate, i.unit)),
                     escaped(text("column.target") + colon()), escaped(reports::formatTarget(i)),
                     escaped(text("column.formula") + colon()), escaped(english ? i.numeratorEn : i.numeratorZh),
                     escaped(english ? i.denominatorEn : i.denominatorZh))
                .arg(i.numerator)
                .arg(i.denominator);
        if (!i.note.empty()) {
            s += QStringLiteral("<p style=\"margin-top: 0; margin-bottom: 4px;\"><b>%1</b>%2</p>")
                     .arg(escaped(text("section.note") + colon()), escaped(i.note));
        }
        if (i.exceptions.empty()) {
            s += QStringLiteral("<p style=\"margin-top: 0; color: #555555;\">%1</p>")
                     .arg(escaped(text("no_exceptions")));
            continue;
        }
        s += tableStart(2);
        s += headerRow({text("column.no"), text("column.subject"), text("column.code"), text("column.location"),
                        text("column.outcome"), text("column.deadline"), text("column.over_by"), text("column.detail")},
                       {5, 11, 14, 12, 10, 15, 11, 22});
        int number = 0;
        for (const auto& e : i.exceptions) {
            s += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>"
                                "<td align=\"right\"><span style=\"white-space: nowrap;\">%7</span></td><td><span "
                                "style=\"font-size: %8px;\">%9</span></td></tr>")
                     .arg(++number)
                     .arg(escaped(word("subject", e.subject)), escaped(e.code), escaped(e.location),
                          escaped(word("outcome", e.outcome)), escaped(e.deadline),
                          e.overBySeconds > 0 ? qs(reports::formatDuration(m_language, e.overBySeconds)) : QString())
                     .arg(kSmall)
                     .arg(escaped(reports::detailText(m_language, e.detail)));
        }
        s += QStringLiteral("</table>");
        if (i.exceptionCount > static_cast<std::int64_t>(i.exceptions.size())) {
            s += QStringLiteral("<p style=\"margin-top: 2px; color: #555555;\">%1</p>")
                     .arg(escaped(fmt::format(fmt::runtime(reports::reportText(m_language, "exceptions_truncated")),
                                              i.exceptions.size(), i.exceptionCount)));
        }
    }
    return s;
}

QString ReportPrint::actionsHtml() const
{
    QString s = sectionHeading(text("section.corrective_actions"), m_report.missedCount() == 0);
    if (m_report.actions.empty()) {
        return s + QStringLiteral("<p style=\"color: #555555;\">%1</p>").arg(escaped(text("no_actions")));
    }
    s += tableStart(2);
    s += headerRow({text("column.date"), text("column.action"), text("column.owner"), text("column.source"),
                    text("column.reference")},
                   {12, 46, 12, 14, 16});
    for (const auto& a : m_report.actions) {
        const std::string sourceKey = "source." + a.source;
        const auto source = reports::reportText(m_language, sourceKey);
        QString reference = qs(a.reference);
        if (a.source == "note") {
            // A note is about an indicator: its name rather than its key.
            const auto found = std::find_if(m_report.indicators.begin(), m_report.indicators.end(),
                                            [&](const auto& i) { return i.key == a.reference; });
            if (found != m_report.indicators.end()) {
                reference = name(*found);
            }
        }
        s += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(escaped(a.date), escaped(a.what), escaped(a.who),
                      escaped(source == sourceKey ? qs(a.source) : qs(source)), escaped(reference));
    }
    s += QStringLiteral("</table>");
    return s;
}

QString ReportPrint::signaturesHtml(bool newPage) const
{
    const QString line =
        QStringLiteral("<span style=\"text-decoration: underline;\">%1</span>").arg(QString(36, QChar(0x00a0)));
    const QString dateLine =
        QStringLiteral("<span style=\"text-decoration: underline;\">%1</span>").arg(QString(24, QChar(0x00a0)));
    const auto block = [&](const QString& who) {
        return QStringLiteral("<td width=\"50%\"><p style=\"margin-bottom: 24px;\"><b>%1</b></p>"
                              "<p style=\"margin-bottom: 14px;\">%2</p><p>%3%4</p></td>")
            .arg(escaped(who), line, escaped(text("signature.date") + colon()), dateLine);
    };
    QString s = sectionHeading(text("section.signatures"), newPage);
    s += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"margin-top: 8px;\">"
                        "<tr>%1%2</tr></table>")
             .arg(block(text("signature.head")), block(text("signature.client")));
    return s;
}

QString ReportPrint::html() const
{
    return html(false);
}

QString ReportPrint::html(bool signaturesOnNewPage) const
{
    QString s;
    s += QStringLiteral("<html><body style=\"font-size: %1px;\">").arg(kBody);
    s += coverHtml();
    s += summaryHtml();
    s += trendsHtml();
    s += exceptionsHtml();
    s += actionsHtml();
    s += signaturesHtml(signaturesOnNewPage);
    s += QStringLiteral("</body></html>");
    return s;
}

QImage ReportPrint::chart(const reports::ReportIndicator& indicator) const
{
    const QSize layoutSize(kChartWidth * kChartLayout, kChartHeight * kChartLayout);
    QFont font;
    font.setPixelSize(8 * kChartLayout);
    QFont titleFont = font;
    titleFont.setBold(true);

    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->hide();
    chart->setTitleFont(titleFont);
    QString title = name(indicator);
    if (indicator.commitment > 0) {
        title = QStringLiteral("%1. %2").arg(indicator.commitment).arg(title);
    }
    chart->setTitle(title);
    if (indicator.met == false) {
        chart->setTitleBrush(QColor(kMissedText));
    }

    const QColor lineColour(0x1f, 0x5f, 0xa8);
    const QPen linePen(lineColour, 2.0);
    auto* points = new QScatterSeries;
    points->setMarkerSize(4.0 * kChartLayout);
    points->setColor(lineColour);
    points->setBorderColor(lineColour);
    const auto target = targetInUnit(indicator);
    double low = target.value_or(0.0);
    double high = target.value_or(0.0);
    bool any = target.has_value();
    // A month without a figure breaks the line.
    QLineSeries* segment = nullptr;
    for (std::size_t k = 0; k < indicator.trend.size(); ++k) {
        if (!indicator.trend[k]) {
            segment = nullptr;
            continue;
        }
        if (segment == nullptr) {
            segment = new QLineSeries;
            segment->setPen(linePen);
            chart->addSeries(segment);
        }
        const double v = inUnit(*indicator.trend[k], indicator.unit);
        segment->append(static_cast<double>(k), v);
        points->append(static_cast<double>(k), v);
        low = any ? std::min(low, v) : v;
        high = any ? std::max(high, v) : v;
        any = true;
    }
    chart->addSeries(points);
    if (target && !indicator.trend.empty()) {
        auto* targetLine = new QLineSeries;
        targetLine->setPen(QPen(QColor(0xc0, 0x30, 0x30), 1.5, Qt::DashLine));
        targetLine->append(0.0, *target);
        targetLine->append(static_cast<double>(indicator.trend.size() - 1), *target);
        chart->addSeries(targetLine);
    }

    // Every other month is labelled, ending with the report's month; the range is printed above the charts.
    auto* months = new QCategoryAxis;
    months->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const auto count = static_cast<int>(m_report.trendMonths.size());
    months->setRange(-0.5, std::max(count, 1) - 0.5);
    for (int k = (count + 1) % 2; k < count; k += 2) {
        const std::string& month = m_report.trendMonths[static_cast<std::size_t>(k)];
        months->append(QString::number(qs(month.size() >= 7 ? month.substr(5, 2) : month).toInt()), k);
    }
    months->setLabelsFont(font);
    months->setGridLineVisible(false);
    chart->addAxis(months, Qt::AlignBottom);

    // A range of round numbers around the figures and the target, three or four steps.
    if (!any) {
        low = 0.0;
        high = unitSymbol(indicator.unit).isEmpty() ? 1.0 : 100.0;
    }
    const double wanted = std::max(high - low, std::max(std::abs(high) * 0.01, 0.1)) / 3.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
    double step = magnitude * 10.0;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (magnitude * factor >= wanted) {
            step = magnitude * factor;
            break;
        }
    }
    double bottom = std::floor(low / step) * step;
    double top = std::ceil(high / step) * step;
    if (bottom == low && low > 0.0) {
        bottom -= step;
    }
    if (top == high && !(indicator.unit == "percent" && high >= 100.0)) {
        top += step;
    }
    if (bottom < 0.0 && low >= 0.0) {
        bottom = 0.0;
    }
    auto* axis = new QValueAxis;
    axis->setRange(bottom, top);
    axis->setTickCount(static_cast<int>(std::lround((top - bottom) / step)) + 1);
    const int decimals = step >= 1.0 ? 0 : (step >= 0.1 ? 1 : 2);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    axis->setLabelsFont(font);
    axis->setTitleText(unitSymbol(indicator.unit));
    axis->setTitleFont(font);
    chart->addAxis(axis, Qt::AlignLeft);
    for (auto* series : chart->series()) {
        series->attachAxis(months);
        series->attachAxis(axis);
    }

    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart now
    chart->setGeometry(QRectF(QPointF(0, 0), layoutSize));
    // The chart lays itself out on posted events; the event loop is not run (printing may be inside a paint).
    QCoreApplication::sendPostedEvents();

    const int scale = kChartScale * kChartWidth / layoutSize.width();
    QImage image(layoutSize * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), QRectF(QPointF(0, 0), layoutSize));
    painter.end();
    return image;
}

std::unique_ptr<QTextDocument> ReportPrint::document(const QPageLayout& layout) const
{
    // As htmlDocument(), with the charts added as resources before the HTML refers to them.
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    QFont font = doc->defaultFont();
    font.setPixelSize(kBody);
    doc->setDefaultFont(font);
    doc->setPageSize(layout.paintRect(QPageLayout::Point).size());
    if (!m_report.trendMonths.empty()) {
        for (const auto& i : m_report.indicators) {
            if (i.commitment > 0 || i.met == false) {
                auto cached = m_charts.find(i.key);
                if (cached == m_charts.end()) {
                    cached = m_charts.emplace(i.key, chart(i)).first;
                }
                doc->addResource(QTextDocument::ImageResource, QUrl(chartName(i.key)), cached->second);
            }
        }
    }
    doc->setHtml(html(false));
    // The signature blocks are never split across two pages: when they would be, they start a page.
    const QString heading = text("section.signatures");
    for (QTextBlock block = doc->lastBlock(); block.isValid(); block = block.previous()) {
        if (block.text() != heading) {
            continue;
        }
        const double page = doc->pageSize().height();
        const double top = doc->documentLayout()->blockBoundingRect(block).top();
        const double bottom = doc->documentLayout()->blockBoundingRect(doc->lastBlock()).bottom();
        if (std::floor(top / page) != std::floor((bottom - 1.0) / page)) {
            doc->setHtml(html(true));
        }
        break;
    }
    return doc;
}

void ReportPrint::print(QPrinter* printer) const
{
    printer->setDocName(title());
    document(printer->pageLayout())->print(printer);
}

domain::Result<void> ReportPrint::writePdf(const QString& fileName) const
{
    const std::string file = fileName.toStdString();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    if (!printer.setPageLayout(pageLayout())) {
        return domain::fail(domain::ErrorCode::Io, "the page size is not supported", "", file);
    }
    print(&printer);
    if (printer.printerState() == QPrinter::Error) {
        return domain::fail(domain::ErrorCode::Io, "could not write the PDF file", "", file);
    }
    return {};
}

} // namespace propdesk::gui
