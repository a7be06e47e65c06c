#include "rostersheet.h"

#include "domain/timezone.h"
#include "htmlprint.h"
#include "qtconvert.h"
#include "rostermodel.h"
#include "securitylabels.h"

#include <QDate>
#include <QFont>
#include <QLocale>
#include <QPrinter>
#include <QTextDocument>

namespace propdesk::gui {

namespace {

// Text sizes in layout units, which are points on paper (the page size is set in points).
constexpr int kBody = 8;
constexpr int kTitle = 15;

QDate toQDate(domain::Date day)
{
    return QDate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                 static_cast<int>(static_cast<unsigned>(day.day())));
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral(" "));
}

QString shiftTimes(const domain::ShiftDefinition& shift)
{
    const auto end = domain::Seconds{(shift.start + shift.length).count() % (24 * 3600)};
    return QStringLiteral("%1–%2").arg(qs(domain::formatClockTime(shift.start)), qs(domain::formatClockTime(end)));
}

} // namespace

RosterSheet::RosterSheet(const RosterModel& model, domain::Site site, domain::Instant printedAt, std::string printedBy)
    : m_setup(model.setup()), m_roster(model.roster().value_or(services::RosterView{})), m_staff(model.staff()),
      m_site(std::move(site)), m_printedAt(printedAt), m_printedBy(std::move(printedBy))
{}

QPageLayout RosterSheet::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                       QPageLayout::Millimeter);
}

QString RosterSheet::title() const
{
    const QDate first(static_cast<int>(m_roster.roster.month.year()),
                      static_cast<int>(static_cast<unsigned>(m_roster.roster.month.month())), 1);
    return tr("%1 security roster, %2")
        .arg(qs(m_site.name), QLocale().toString(first, tr("MMMM yyyy", "roster month")));
}

QString RosterSheet::html() const
{
    const domain::Roster& roster = m_roster.roster;
    auto zone = domain::TimeZone::find(m_site.timeZone);
    const auto when = [&](domain::Instant at) {
        return zone ? formatInstant(at, *zone) : QString();
    };
    const auto name = [&](const std::optional<domain::StaffId>& guard) {
        if (!guard) {
            return QString();
        }
        const auto found = m_staff.find(*guard);
        return found != m_staff.end() ? qs(found->second) : QStringLiteral("#%1").arg(guard->value);
    };

    QString s;
    s += QStringLiteral("<html><body style=\"font-size: %1px;\">").arg(kBody);
    s += QStringLiteral("<p align=\"center\" style=\"margin: 0; font-size: %1px;\"><b>%2</b></p>")
             .arg(kTitle)
             .arg(escaped(title()));
    QString status = tr("Status: %1").arg(rosterStatusLabel(roster.status));
    if (roster.status == domain::RosterStatus::Published && roster.publishedAt) {
        status +=
            QStringLiteral(" · ") + tr("published by %1 at %2").arg(qs(roster.publishedBy), when(*roster.publishedAt));
    } else {
        status += QStringLiteral(" · ") + tr("not published yet");
    }
    s += QStringLiteral("<p align=\"center\" style=\"margin: 2px 0 6px 0;\">%1</p>").arg(escaped(status));

    // The columns: the posts of each shift, shifts in setup order.
    struct Column
    {
        std::size_t shift;
        const domain::PostDefinition* post;
    };
    std::vector<Column> columns;
    for (std::size_t i = 0; i < m_setup.shifts.size(); ++i) {
        for (const auto* post : m_setup.postsOf(m_setup.shifts[i].code)) {
            columns.push_back(Column{i, post});
        }
    }
    const int dayWidth = 6;
    const double cellWidth = columns.empty() ? 0.0 : (100.0 - dayWidth) / static_cast<double>(columns.size());

    s += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"1\" "
                        "style=\"border-collapse: collapse; border-color: #000000;\">");
    s += QStringLiteral("<thead><tr><th rowspan=\"2\" width=\"%1%\" bgcolor=\"#eeeeee\">%2</th>")
             .arg(dayWidth)
             .arg(escaped(tr("Day")));
    for (std::size_t i = 0; i < m_setup.shifts.size(); ++i) {
        const auto posts = m_setup.postsOf(m_setup.shifts[i].code);
        if (posts.empty()) {
            continue;
        }
        s += QStringLiteral("<th colspan=\"%1\" bgcolor=\"%2\">%3 %4</th>")
                 .arg(posts.size())
                 .arg(shiftColour(i).name(), escaped(shiftLabel(m_setup.shifts[i])), shiftTimes(m_setup.shifts[i]));
    }
    s += QStringLiteral("</tr><tr>");
    for (const Column& column : columns) {
        s += QStringLiteral("<th width=\"%1%\" bgcolor=\"%2\">%3</th>")
                 .arg(cellWidth, 0, 'f', 2)
                 .arg(shiftColour(column.shift).name(), escaped(postLabel(*column.post)));
    }
    s += QStringLiteral("</tr></thead>");

    std::vector<const domain::RosterSlot*> edited;
    const unsigned days = static_cast<unsigned>((roster.month / date::last).day());
    for (unsigned d = 1; d <= days; ++d) {
        const domain::Date day = roster.month / date::day{d};
        const QDate qday = toQDate(day);
        const bool weekend = qday.dayOfWeek() >= 6;
        s += QStringLiteral("<tr><td align=\"center\" bgcolor=\"%1\">%2 %3</td>")
                 .arg(weekend ? QStringLiteral("#f2dede") : QStringLiteral("#ffffff"))
                 .arg(d)
                 .arg(escaped(QLocale().dayName(qday.dayOfWeek(), QLocale::ShortFormat)));
        for (const Column& column : columns) {
            domain::SlotKey key;
            key.day = day;
            key.shift = m_setup.shifts[column.shift].code;
            key.post = column.post->code;
            const domain::RosterSlot* slot = roster.find(key);
            QString text;
            if (slot) {
                text = slot->guard ? name(slot->guard).toHtmlEscaped() : QStringLiteral("—");
                if (slot->change != domain::RosterChange::None) {
                    edited.push_back(slot);
                    text += QStringLiteral("<sup>%1%2</sup>").arg(RosterModel::editMark()).arg(edited.size());
                }
            }
            s += QStringLiteral("<td align=\"center\" bgcolor=\"%1\">%2</td>")
                     .arg(shiftColour(column.shift).name(), text);
        }
        s += QStringLiteral("</tr>");
    }
    s += QStringLiteral("</table>");

    // Legend of the shift times.
    s += QStringLiteral("<p style=\"margin: 4px 0 0 0;\"><b>%1</b> ").arg(escaped(tr("Shifts:")));
    for (std::size_t i = 0; i < m_setup.shifts.size(); ++i) {
        const auto& shift = m_setup.shifts[i];
        s += QStringLiteral("<span style=\"background-color: %1;\">&nbsp;%2 %3&nbsp;</span>&nbsp;&nbsp; ")
                 .arg(shiftColour(i).name(), escaped(shiftLabel(shift)), shiftTimes(shift));
    }
    s += escaped(tr("%1 edited after generation (see the notes below); — post empty.").arg(RosterModel::editMark()));
    s += QStringLiteral("</p>");

    // The edits, numbered as marked in the grid.
    if (!edited.empty()) {
        s += QStringLiteral("<p style=\"margin: 4px 0 0 0;\"><b>%1</b></p>").arg(escaped(tr("Changes:")));
        s += QStringLiteral("<p style=\"margin: 0;\">");
        for (std::size_t i = 0; i < edited.size(); ++i) {
            const domain::RosterSlot& slot = *edited[i];
            const auto* shift = m_setup.shift(slot.key.shift);
            const auto* post = m_setup.post(slot.key.post);
            const QString where =
                QStringLiteral("%1 %2 %3")
                    .arg(QLocale().toString(toQDate(slot.key.day), tr("d MMM", "roster footnote")),
                         shift ? shiftLabel(*shift) : qs(slot.key.shift), post ? postLabel(*post) : qs(slot.key.post));
            const QString who = tr("%1 instead of %2")
                                    .arg(slot.guard ? name(slot.guard) : tr("nobody"),
                                         slot.planned ? name(slot.planned) : tr("nobody"));
            s += QStringLiteral("<sup>%1%2</sup>&nbsp;%3: %4, %5")
                     .arg(RosterModel::editMark())
                     .arg(i + 1)
                     .arg(escaped(where), escaped(rosterChangeLabel(slot.change)), escaped(who));
            if (!slot.note.empty()) {
                s += QStringLiteral(" — ") + escaped(qs(slot.note));
            }
            s += i + 1 < edited.size() ? QStringLiteral("; &nbsp; ") : QString();
        }
        s += QStringLiteral("</p>");
    }

    // The signature line, and who printed the sheet.
    s += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 14px;\"><tr>"
                        "<td width=\"40%\">%1 ______________________</td>"
                        "<td width=\"25%\">%2 ______________</td>"
                        "<td width=\"35%\" align=\"right\" style=\"color: #555555;\">%3</td></tr></table>")
             .arg(escaped(tr("Security supervisor (signature):")), escaped(tr("Date:")),
                  escaped(tr("Printed %1 by %2").arg(when(m_printedAt), qs(m_printedBy))));
    s += QStringLiteral("</body></html>");
    return s;
}

std::unique_ptr<QTextDocument> RosterSheet::document(const QPageLayout& layout) const
{
    return htmlDocument(html(), kBody, layout);
}

void RosterSheet::print(QPrinter* printer) const
{
    printHtml(printer, title(), html(), kBody);
}

domain::Result<void> RosterSheet::writePdf(const QString& fileName) const
{
    return writeHtmlPdf(fileName, pageLayout(), title(), html(), kBody);
}

} // namespace propdesk::gui
