#include "sheetprint.h"

#include "domain/timezone.h"
#include "htmlprint.h"
#include "inspectionlabels.h"
#include "qtconvert.h"

#include <QDate>
#include <QFont>
#include <QLocale>
#include <QPrinter>
#include <QTextDocument>

#include <map>

namespace propdesk::gui {

namespace {

// Text sizes in layout units, which are points on paper (the page size is set in points).
constexpr int kBody = 9;
constexpr int kSmall = 8;
constexpr int kTitle = 15;

const QString kBox = QStringLiteral("□");
const QString kTicked = QStringLiteral("■");

QDate toQDate(domain::Date day)
{
    return QDate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                 static_cast<int>(static_cast<unsigned>(day.day())));
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral(" "));
}

QString blankLine(int width)
{
    return QStringLiteral("<span style=\"text-decoration: underline;\">%1</span>").arg(QString(width, QChar(0x00a0)));
}

QString rateText(const domain::AreaScore& score)
{
    const auto rate = score.rate();
    if (!rate) {
        return QStringLiteral("—");
    }
    return QStringLiteral("%1 % (%2/%3)")
        .arg(QLocale().toString(*rate * 100.0, 'f', 1))
        .arg(score.met)
        .arg(score.inspected);
}

} // namespace

SheetPrint SheetPrint::blank(const domain::InspectionTemplate& tmpl, domain::SheetKind kind, domain::Site site,
                             domain::Instant printedAt, std::string printedBy)
{
    SheetPrint print;
    print.m_template = tmpl;
    print.m_kind = kind;
    print.m_site = std::move(site);
    print.m_printedAt = printedAt;
    print.m_printedBy = std::move(printedBy);
    return print;
}

SheetPrint SheetPrint::filled(services::SheetView view, domain::Site site, domain::Instant printedAt,
                              std::string printedBy)
{
    SheetPrint print;
    print.m_kind = view.sheet.kind;
    print.m_template.area = view.sheet.area;
    print.m_view = std::move(view);
    print.m_site = std::move(site);
    print.m_printedAt = printedAt;
    print.m_printedBy = std::move(printedBy);
    return print;
}

QPageLayout SheetPrint::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(14, 12, 14, 12),
                       QPageLayout::Millimeter);
}

QString SheetPrint::title() const
{
    const QString kind =
        m_kind == domain::SheetKind::Daily ? tr("Daily inspection sheet") : tr("Monthly sample inspection sheet");
    return QStringLiteral("%1 — %2").arg(kind, areaTypeLabel(m_template.area));
}

QString SheetPrint::headerHtml() const
{
    QString s;
    s += QStringLiteral("<p align=\"center\" style=\"margin: 0; font-size: %1px;\"><b>%2</b></p>")
             .arg(kTitle)
             .arg(escaped(title()));
    const auto cellPair = [](const QString& label, const QString& value) {
        return QStringLiteral("<td width=\"12%\"><b>%1</b></td><td width=\"38%\">%2</td>").arg(escaped(label), value);
    };
    s += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"margin-top: 6px;\">");
    if (!m_view) {
        const QString tmplName = templateNameLabel(m_template);
        s += QStringLiteral("<tr>%1%2</tr>")
                 .arg(cellPair(tr("Site:"), escaped(qs(m_site.name))), cellPair(tr("Area:"), escaped(tmplName)));
        s += QStringLiteral("<tr>%1%2</tr>")
                 .arg(cellPair(tr("Place:"), blankLine(44)), cellPair(tr("Date:"), blankLine(44)));
        s += QStringLiteral("<tr>%1%2</tr>")
                 .arg(cellPair(tr("Inspector:"), blankLine(44)), cellPair(tr("Time:"), blankLine(44)));
    } else {
        const auto& sheet = m_view->sheet;
        s += QStringLiteral("<tr>%1%2</tr>")
                 .arg(cellPair(tr("Site:"), escaped(qs(m_site.name))),
                      cellPair(tr("Area:"), escaped(areaTypeLabel(sheet.area))));
        s += QStringLiteral("<tr>%1%2</tr>")
                 .arg(cellPair(tr("Place:"), escaped(qs(sheet.location))),
                      cellPair(tr("Date:"), escaped(QLocale().toString(toQDate(sheet.day), QLocale::LongFormat))));
        QString status = sheetStatusLabel(sheet.status);
        if (sheet.status == domain::SheetStatus::Draft) {
            status += QStringLiteral(" — ") + tr("not signed off yet");
        }
        s += QStringLiteral("<tr>%1%2</tr>")
                 .arg(cellPair(tr("Inspector:"), escaped(qs(sheet.inspector))),
                      cellPair(tr("Status:"), escaped(status)));
    }
    s += QStringLiteral("</table>");
    return s;
}

QString SheetPrint::gridHtml() const
{
    const std::vector<domain::CheckItem>* items = &m_template.items;
    std::vector<domain::CheckItem> fromSheet;
    if (m_view) {
        for (const auto& line : m_view->sheet.lines) {
            fromSheet.push_back(line.item);
        }
        items = &fromSheet;
    }
    // The amendments, numbered in the order made; a line shows the numbers of its own.
    std::map<int, QStringList> marks;
    if (m_view) {
        for (std::size_t i = 0; i < m_view->amendments.size(); ++i) {
            marks[m_view->amendments[i].line] << QString::number(i + 1);
        }
    }

    QString s;
    s += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                        "style=\"margin-top: 8px; border-collapse: collapse; border-color: #000000;\">");
    s += QStringLiteral("<thead><tr bgcolor=\"#eeeeee\">"
                        "<th width=\"5%\">%1</th><th width=\"15%\">%2</th><th width=\"26%\">%3</th>"
                        "<th width=\"9%\">%4</th><th width=\"7%\">%5</th><th width=\"7%\">%6</th>"
                        "<th width=\"7%\">%7</th><th width=\"24%\">%8</th></tr></thead>")
             .arg(escaped(tr("No.")), escaped(tr("Item")), escaped(tr("Standard")), escaped(tr("Weight")),
                  escaped(tr("Pass")), escaped(tr("Fail")), escaped(tr("N/A")), escaped(tr("Note")));
    for (std::size_t i = 0; i < items->size(); ++i) {
        const auto& item = (*items)[i];
        const domain::SheetLine* line = m_view ? &m_view->sheet.lines[i] : nullptr;
        const auto result = line ? line->result : domain::ItemResult::Pending;
        const bool failed = result == domain::ItemResult::Fail;
        const auto box = [&](domain::ItemResult which) {
            if (!line) {
                return QStringLiteral("<td align=\"center\" style=\"font-size: 13px;\">%1</td>").arg(kBox);
            }
            const bool ticked = result == which;
            return QStringLiteral("<td align=\"center\" style=\"font-size: 13px;\">%1</td>")
                .arg(ticked ? kTicked : QStringLiteral("&nbsp;"));
        };
        QString note;
        if (line) {
            QStringList parts;
            if (failed) {
                QString severity = severityLabel(line->severity);
                if (line->severity == domain::Severity::Severe) {
                    severity = QStringLiteral("<b>%1</b>").arg(escaped(severity));
                } else {
                    severity = escaped(severity);
                }
                parts << severity;
                if (line->correctedOnSpot) {
                    parts << escaped(tr("corrected on the spot"));
                }
            }
            if (!line->note.empty()) {
                parts << escaped(qs(line->note));
            }
            if (!line->photos.empty()) {
                parts << escaped(tr("photos: %1").arg(line->photos.size()));
            }
            note = parts.join(QStringLiteral("; "));
            if (const auto found = marks.find(static_cast<int>(i)); found != marks.end()) {
                note += QStringLiteral(" <sup>%1</sup>").arg(found->second.join(QLatin1Char(',')));
            }
        }
        s += QStringLiteral("<tr%1><td align=\"center\">%2</td><td>%3</td><td>%4</td><td align=\"center\">%5</td>")
                 .arg(failed ? QStringLiteral(" bgcolor=\"#fbdada\"") : QString())
                 .arg(escaped(qs(item.code)), escaped(checkItemTextLabel(item)), escaped(checkItemStandardLabel(item)),
                      escaped(weightText(item.weight, item.unit)));
        s += box(domain::ItemResult::Pass) + box(domain::ItemResult::Fail) + box(domain::ItemResult::NotApplicable);
        s += QStringLiteral("<td>%1</td></tr>").arg(line ? note : QStringLiteral("&nbsp;<br/>&nbsp;"));
    }
    s += QStringLiteral("</table>");
    return s;
}

QString SheetPrint::footerHtml() const
{
    auto zone = domain::TimeZone::find(m_site.timeZone);
    const auto when = [&](domain::Instant at) {
        return zone ? formatInstant(at, *zone) : QString();
    };
    QString s;
    if (!m_view) {
        s += QStringLiteral("<p style=\"margin: 6px 0 0 0; font-size: %1px;\">%2</p>")
                 .arg(kSmall)
                 .arg(escaped(tr("Tick one box per line: pass, fail or not applicable. Write what is wrong next to "
                                 "every failure, whether it was corrected on the spot, and mark severe ones. Every "
                                 "failure becomes a nonconformance to rectify the same day.")));
        s += QStringLiteral("<p style=\"margin: 10px 0 0 0;\"><b>%1</b></p>").arg(escaped(tr("Other findings:")));
        for (int i = 0; i < 5; ++i) {
            s += QStringLiteral("<p style=\"margin: 0;\">&nbsp;</p><hr/>");
        }
    } else {
        const auto& sheet = m_view->sheet;
        const auto cleaning = domain::scoreSheet(sheet, domain::InspectionService::Cleaning);
        const auto greening = domain::scoreSheet(sheet, domain::InspectionService::Greening);
        QStringList scores;
        scores << tr("Lines: %1, failed: %2").arg(sheet.lines.size()).arg(sheet.failedLines());
        if (cleaning.inspected > 0) {
            scores << tr("cleaning rate %1").arg(rateText(cleaning));
        }
        if (greening.inspected > 0) {
            scores << tr("greening intact rate %1").arg(rateText(greening));
        }
        s += QStringLiteral("<p style=\"margin: 6px 0 0 0;\">%1</p>").arg(escaped(scores.join(QStringLiteral(" · "))));

        if (!m_view->amendments.empty()) {
            s += QStringLiteral("<p style=\"margin: 8px 0 0 0;\"><b>%1</b></p>")
                     .arg(escaped(tr("Amendments after signing off:")));
            s += QStringLiteral("<p style=\"margin: 0; font-size: %1px;\">").arg(kSmall);
            for (std::size_t i = 0; i < m_view->amendments.size(); ++i) {
                const auto& a = m_view->amendments[i];
                const auto index = static_cast<std::size_t>(a.line);
                const QString code =
                    index < sheet.lines.size() ? qs(sheet.lines[index].item.code) : QString::number(a.line + 1);
                s += QStringLiteral("<sup>%1</sup>&nbsp;%2<br/>")
                         .arg(i + 1)
                         .arg(escaped(tr("%1: %2 → %3, by %4 at %5; reason: %6")
                                          .arg(code, itemResultLabel(a.before), itemResultLabel(a.after), qs(a.by),
                                               when(a.at), qs(a.reason))));
            }
            s += QStringLiteral("</p>");
        }

        if (!m_view->nonconformances.empty()) {
            s += QStringLiteral("<p style=\"margin: 8px 0 2px 0;\"><b>%1</b></p>")
                     .arg(escaped(tr("Nonconformances raised:")));
            s += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                                "style=\"border-collapse: collapse; border-color: #000000; font-size: %1px;\">")
                     .arg(kSmall);
            s += QStringLiteral("<tr bgcolor=\"#eeeeee\"><th width=\"16%\">%1</th><th width=\"34%\">%2</th>"
                                "<th width=\"10%\">%3</th><th width=\"22%\">%4</th><th width=\"18%\">%5</th></tr>")
                     .arg(escaped(tr("Code")), escaped(tr("What is wrong")), escaped(tr("Severity")),
                          escaped(tr("Deadline")), escaped(tr("State")));
            for (const auto& nc : m_view->nonconformances) {
                // "<item>: <note>", the item in the interface language.
                QString description = qs(nc.description);
                if (nc.line >= 0 && static_cast<std::size_t>(nc.line) < sheet.lines.size()) {
                    const auto& item = sheet.lines[static_cast<std::size_t>(nc.line)].item;
                    if (nc.description.starts_with(item.text)) {
                        description = checkItemTextLabel(item) + qs(nc.description.substr(item.text.size()));
                    }
                }
                s += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                         .arg(escaped(qs(nc.code)), escaped(description), escaped(severityLabel(nc.severity)),
                              escaped(when(nc.deadline)), escaped(ncStateLabel(nc.state)));
            }
            s += QStringLiteral("</table>");
        }
    }

    // The signature line, and who printed the sheet.
    QString signedText;
    if (m_view && m_view->sheet.status == domain::SheetStatus::Signed && m_view->sheet.signedAt) {
        signedText =
            tr("Signed off in PropDesk by %1 at %2").arg(qs(m_view->sheet.signedBy), when(*m_view->sheet.signedAt));
    }
    s += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 18px;\"><tr>"
                        "<td width=\"55%\">%1 ______________________</td>"
                        "<td width=\"45%\">%2 ______________</td></tr></table>")
             .arg(escaped(tr("Cleaning supervisor (signature):")), escaped(tr("Date:")));
    if (!signedText.isEmpty()) {
        s += QStringLiteral("<p style=\"margin: 4px 0 0 0;\">%1</p>").arg(escaped(signedText));
    }
    s += QStringLiteral("<p align=\"right\" style=\"margin: 6px 0 0 0; color: #555555; font-size: %1px;\">%2</p>")
             .arg(kSmall)
             .arg(escaped(tr("Printed %1 by %2").arg(when(m_printedAt), qs(m_printedBy))));
    return s;
}

QString SheetPrint::html() const
{
    QString s;
    s += QStringLiteral("<html><body style=\"font-size: %1px;\">").arg(kBody);
    s += headerHtml();
    s += gridHtml();
    s += footerHtml();
    s += QStringLiteral("</body></html>");
    return s;
}

std::unique_ptr<QTextDocument> SheetPrint::document(const QPageLayout& layout) const
{
    return htmlDocument(html(), kBody, layout);
}

void SheetPrint::print(QPrinter* printer) const
{
    printHtml(printer, title(), html(), kBody);
}

domain::Result<void> SheetPrint::writePdf(const QString& fileName) const
{
    return writeHtmlPdf(fileName, pageLayout(), title(), html(), kBody);
}

} // namespace propdesk::gui
