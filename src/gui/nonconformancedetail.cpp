#include "nonconformancedetail.h"

#include "appsession.h"
#include "inspectionlabels.h"
#include "qtconvert.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace propdesk::gui {

namespace {

constexpr int kThumbnail = 72;

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QString row(const QString& name, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:12px; color:#555;'>%1</td><td>%2</td></tr>").arg(name, value);
}

QString escaped(const std::string& text)
{
    return qs(text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString dateText(domain::Date day)
{
    return QLocale().toString(QDate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                                    static_cast<int>(static_cast<unsigned>(day.day()))),
                              QLocale::ShortFormat);
}

} // namespace

NonconformanceDetail::NonconformanceDetail(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("ncSummary"));
    m_summary->setOpenLinks(false);
    m_summary->setFrameShape(QFrame::NoFrame);

    auto* eventsLabel = new QLabel(tr("History"), this);
    QFont bold = eventsLabel->font();
    bold.setBold(true);
    eventsLabel->setFont(bold);
    m_events = new QTableWidget(0, 4, this);
    m_events->setObjectName(QStringLiteral("ncEventsTable"));
    m_events->setHorizontalHeaderLabels({tr("Time"), tr("Event"), tr("By"), tr("Note")});
    m_events->verticalHeader()->hide();
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setWordWrap(false);
    m_events->horizontalHeader()->setStretchLastSection(true);

    m_photosLabel = new QLabel(tr("Evidence photos"), this);
    m_photosLabel->setFont(bold);
    m_photos = new QListWidget(this);
    m_photos->setObjectName(QStringLiteral("ncPhotosList"));
    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize(QSize(kThumbnail, kThumbnail));
    m_photos->setResizeMode(QListView::Adjust);
    m_photos->setMovement(QListView::Static);
    m_photos->setFixedHeight(kThumbnail + m_photos->fontMetrics().height() * 2 + 16);

    m_reportLabel = new QLabel(tr("Corrective action report"), this);
    m_reportLabel->setFont(bold);
    m_report = new QTextBrowser(this);
    m_report->setObjectName(QStringLiteral("ncReport"));
    m_report->setFrameShape(QFrame::NoFrame);
    m_report->setMaximumHeight(m_report->fontMetrics().lineSpacing() * 6 + 12);

    // What it is and its report on the left, what happened to it on the right.
    auto* left = new QVBoxLayout;
    left->addWidget(m_summary, 3);
    left->addWidget(m_reportLabel);
    left->addWidget(m_report, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(eventsLabel);
    right->addWidget(m_events, 1);
    right->addWidget(m_photosLabel);
    right->addWidget(m_photos);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    showNonconformance(std::nullopt);
}

NonconformanceDetail::~NonconformanceDetail() = default;

void NonconformanceDetail::showNonconformance(const std::optional<domain::Nonconformance>& nc,
                                              const QString& contractor)
{
    m_nc = nc;
    m_events->setRowCount(0);
    m_photos->clear();
    if (!nc) {
        m_summary->setHtml(QStringLiteral("<p style='color:#777;'>%1</p>")
                               .arg(tr("Select a nonconformance to see its history.").toHtmlEscaped()));
        m_photosLabel->hide();
        m_photos->hide();
        m_reportLabel->hide();
        m_report->hide();
        return;
    }
    const auto zone = m_session.zone();
    const auto now = m_session.clock().now();
    const bool overdue = nc->overdue(now);
    const QColor colour = ncStateColour(nc->state, overdue);
    QString state = ncStateLabel(nc->state).toHtmlEscaped();
    if (overdue) {
        state =
            tr("%1, overdue by %2").arg(ncStateLabel(nc->state), formatDuration(now - nc->deadline)).toHtmlEscaped();
    }
    if (colour.isValid()) {
        state = QStringLiteral("<span style='background-color:%1; font-weight:bold;'>&nbsp;%2&nbsp;</span>")
                    .arg(colour.name(), state);
    }
    QString html = QStringLiteral("<h3 style='margin:0 0 6px 0;'>%1 — %2</h3><table>").arg(escaped(nc->code), state);
    QString source =
        nc->sheet ? tr("%1 sheet, line %2").arg(sheetKindLabel(nc->source)).arg(nc->line + 1) : tr("raised by hand");
    html += row(tr("Raised:"),
                tr("%1 by %2 (%3)").arg(formatInstant(nc->raisedAt, zone), qs(nc->raisedBy), source).toHtmlEscaped());
    QString place = areaTypeLabel(nc->area).toHtmlEscaped();
    if (!nc->location.empty()) {
        place += QStringLiteral(", ") + escaped(nc->location);
    }
    html += row(tr("Where:"), place);
    html += row(tr("What is wrong:"), escaped(nc->description));
    QString severity = severityLabel(nc->severity).toHtmlEscaped();
    if (nc->reportRequired) {
        severity +=
            QStringLiteral(" · ") + (nc->report ? tr("report recorded") : tr("report required")).toHtmlEscaped();
    }
    html += row(tr("Service / severity:"),
                QStringLiteral("%1 · %2").arg(inspectionServiceLabel(nc->service).toHtmlEscaped(), severity));
    html += row(tr("Cause:"), nc->cause.empty() ? tr("not assigned").toHtmlEscaped() : escaped(nc->cause));
    html +=
        row(tr("Contractor:"), contractor.isEmpty() ? tr("not assigned").toHtmlEscaped() : contractor.toHtmlEscaped());
    html += row(tr("Deadline:"), formatInstant(nc->deadline, zone).toHtmlEscaped());
    if (nc->rectifiedAt) {
        html += row(tr("Rectified:"),
                    tr("%1 by %2").arg(formatInstant(*nc->rectifiedAt, zone), qs(nc->rectifiedBy)).toHtmlEscaped());
        html += row(tr("Evidence:"), escaped(nc->evidence));
    }
    if (nc->verifiedAt) {
        html += row(tr("Verified:"),
                    tr("%1 by %2").arg(formatInstant(*nc->verifiedAt, zone), qs(nc->verifiedBy)).toHtmlEscaped());
    }
    if (nc->closedAt) {
        html += row(tr("Closed:"),
                    tr("%1 by %2").arg(formatInstant(*nc->closedAt, zone), qs(nc->closedBy)).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_summary->setHtml(html);

    for (const auto& event : nc->events) {
        const int r = m_events->rowCount();
        m_events->insertRow(r);
        m_events->setItem(r, 0, cell(formatInstant(event.at, zone)));
        auto* kind = cell(ncEventLabel(event.kind));
        if (event.kind == domain::NcEventKind::VerificationFailed) {
            kind->setForeground(QColor(0x9b, 0x00, 0x00));
        }
        m_events->setItem(r, 1, kind);
        m_events->setItem(r, 2, cell(qs(event.by)));
        auto* note = cell(qs(event.note).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
        note->setToolTip(qs(event.note));
        m_events->setItem(r, 3, note);
    }
    m_events->resizeColumnsToContents();
    for (int column = 0; column < 3; ++column) {
        m_events->setColumnWidth(column, m_events->columnWidth(column) + 12);
    }

    const bool photos = !nc->evidencePhotos.empty();
    m_photosLabel->setVisible(photos);
    m_photos->setVisible(photos);
    for (const auto& ref : nc->evidencePhotos) {
        auto* item = new QListWidgetItem(qs(ref.fileName), m_photos);
        item->setToolTip(qs(ref.fileName));
        auto stored = m_session.workspace().inspections().photo(ref.id);
        if (stored && *stored) {
            QPixmap pixmap;
            const auto& bytes = (*stored)->bytes;
            if (pixmap.loadFromData(bytes.data(), static_cast<uint>(bytes.size()))) {
                item->setIcon(
                    QIcon(pixmap.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            }
        }
    }

    const bool report = nc->report || nc->reportRequired;
    m_reportLabel->setVisible(report);
    m_report->setVisible(report);
    if (nc->report) {
        const auto& r = *nc->report;
        QString text = QStringLiteral("<table>");
        text += row(tr("Cause analysis:"), escaped(r.causeAnalysis));
        text += row(tr("Action:"), escaped(r.action));
        text +=
            row(tr("Owner, due:"), QStringLiteral("%1 · %2").arg(escaped(r.owner), dateText(r.due).toHtmlEscaped()));
        text += row(tr("Recorded:"),
                    tr("%1 by %2").arg(formatInstant(r.recordedAt, zone), qs(r.recordedBy)).toHtmlEscaped());
        text += QStringLiteral("</table>");
        m_report->setHtml(text);
    } else if (nc->reportRequired) {
        m_report->setHtml(QStringLiteral("<p style='color:#9b0000;'>%1</p>")
                              .arg(tr("Required before closing and not recorded yet.").toHtmlEscaped()));
    }
}

} // namespace propdesk::gui
