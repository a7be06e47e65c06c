#include "dispatchslip.h"

#include "appsession.h"
#include "domain/clock.h"
#include "errortext.h"
#include "guilog.h"
#include "labels.h"
#include "milestonemodel.h"
#include "qtconvert.h"

#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSettings>
#include <QTextDocument>
#include <QToolBar>

namespace propdesk::gui {

namespace {

const QString kPageSizeKey = QStringLiteral("slip/pageSize");

QString escaped(const std::string& text)
{
    return qs(text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

bool isA4(const QPageLayout& layout)
{
    return layout.pageSize().id() == QPageSize::A4 ||
           layout.fullRect(QPageLayout::Millimeter).width() > 170; // wider than A5 portrait, or landscape
}

// Text size in layout units, which are points on paper (the page size is set in points).
int bodySize(const QPageLayout& layout)
{
    return isA4(layout) ? 12 : 10;
}

// A blank to write in by hand.
QString blank(int lines)
{
    QString html;
    for (int i = 0; i < lines; ++i) {
        html += QStringLiteral("&nbsp;<br/>");
    }
    return html + QStringLiteral("&nbsp;");
}

} // namespace

domain::Result<DispatchSlip> DispatchSlip::load(AppSession& session, domain::WorkOrderId id)
{
    if (!session.isOpen()) {
        return domain::fail(domain::ErrorCode::NotFound, "no database is open");
    }
    auto& workspace = session.workspace();
    auto order = workspace.workOrders().get(id);
    if (!order) {
        return std::unexpected(order.error());
    }
    auto site = workspace.sites().get(order->header.siteId);
    if (!site) {
        return std::unexpected(site.error());
    }
    auto evaluation = workspace.workOrders().evaluate(*order);
    if (!evaluation) {
        return std::unexpected(evaluation.error());
    }
    return DispatchSlip(std::move(*order), std::move(*site), std::move(*evaluation), session.clock().now(),
                        session.user().name);
}

DispatchSlip::DispatchSlip(domain::WorkOrder order, domain::Site site, rules::WorkOrderEvaluation evaluation,
                           domain::Instant printedAt, std::string printedBy)
    : m_order(std::move(order)), m_site(std::move(site)), m_evaluation(std::move(evaluation)), m_printedAt(printedAt),
      m_printedBy(std::move(printedBy))
{}

QPageLayout DispatchSlip::pageLayout(QPageSize::PageSizeId size)
{
    const qreal margin = size == QPageSize::A5 ? 10 : 15;
    return QPageLayout(QPageSize(size), QPageLayout::Portrait, QMarginsF(margin, margin, margin, margin),
                       QPageLayout::Millimeter);
}

QString DispatchSlip::deadline(const rules::MilestoneResult& r) const
{
    auto zone = domain::TimeZone::find(m_site.timeZone);
    if (!zone || !r.measured()) {
        return QStringLiteral("—");
    }
    if (!r.deadline) {
        return tr("paused (on hold)");
    }
    const QString when = formatInstant(*r.deadline, *zone).toHtmlEscaped();
    return r.byDueAt ? tr("%1 (agreed time)").arg(when)
                     : tr("%1 (%2)").arg(when, MilestoneModel::limitText(r).toHtmlEscaped());
}

QString DispatchSlip::html(const QPageLayout& layout) const
{
    const auto& h = m_order.header;
    const auto& t = m_evaluation.timeline;
    auto found = domain::TimeZone::find(m_site.timeZone);
    const auto time = [&](const std::optional<domain::Instant>& at) {
        return at && found ? formatInstant(*at, *found).toHtmlEscaped() : QStringLiteral("&nbsp;");
    };
    // Layout units are points (the page size is set in points), so px in the style sheet are points on paper.
    const bool a4 = isA4(layout);
    const int body = bodySize(layout);
    const int title = a4 ? 20 : 15;
    const int lines = a4 ? 4 : 3;
    const QString label = QStringLiteral("<td width=\"21%\" bgcolor=\"#eeeeee\"><b>%1</b></td>");
    const QString value = QStringLiteral("<td width=\"29%\">%1</td>");
    const QString wide = QStringLiteral("<td colspan=\"3\">%1</td>");
    const auto row2 = [&](const QString& l1, const QString& v1, const QString& l2, const QString& v2) {
        return QStringLiteral("<tr>") + label.arg(l1.toHtmlEscaped()) + value.arg(v1) + label.arg(l2.toHtmlEscaped()) +
               value.arg(v2) + QStringLiteral("</tr>");
    };
    const auto row1 = [&](const QString& l, const QString& v) {
        return QStringLiteral("<tr>") + label.arg(l.toHtmlEscaped()) + wide.arg(v) + QStringLiteral("</tr>");
    };
    const QString table = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\" "
                                         "style=\"border-collapse: collapse; border-color: #000000;\">")
                              .arg(a4 ? 5 : 3);

    QString s;
    s += QStringLiteral("<html><body style=\"font-size: %1px;\">").arg(body);
    s += QStringLiteral("<p align=\"center\" style=\"margin: 0; font-size: %1px;\">%2</p>")
             .arg(body + 2)
             .arg(escaped(m_site.name));
    s += QStringLiteral("<p align=\"center\" style=\"margin: 2px 0 %1px 0; font-size: %2px;\"><b>%3</b></p>")
             .arg(a4 ? 10 : 6)
             .arg(title)
             .arg(tr("Dispatch slip").toHtmlEscaped());

    s += table;
    s += row2(tr("Order no."), QStringLiteral("<b>%1</b>").arg(escaped(h.code)), tr("Reported"), time(h.reportedAt));
    s += row1(tr("Location"), QStringLiteral("<b>%1</b>").arg(escaped(h.location)));
    s += row2(tr("Reporter"), escaped(h.reporter), tr("Phone"), escaped(h.phone));
    s += row2(tr("Category"), categoryLabel(h.category).toHtmlEscaped(), tr("Urgency"),
              urgencyLabel(h.urgency).toHtmlEscaped());
    s += row1(tr("Description"), escaped(h.description) + QStringLiteral("&nbsp;"));
    s += row2(tr("Technician"), h.technician.empty() ? QStringLiteral("&nbsp;") : escaped(h.technician),
              tr("Dispatched"), time(t.dispatched));
    s += row2(tr("Arrive by"), deadline(m_evaluation.arrival), tr("Complete by"), deadline(m_evaluation.completion));
    s += QStringLiteral("</table>");

    s += QStringLiteral("<p style=\"margin: %1px 0 %2px 0;\"><b>%3</b></p>")
             .arg(a4 ? 12 : 7)
             .arg(a4 ? 4 : 2)
             .arg(tr("To be filled in on site").toHtmlEscaped());
    s += table;
    s += row2(tr("Arrived at"), time(t.arrived), tr("Completed at"), time(t.completed));
    s += row1(tr("Result"), blank(lines));
    s += row1(tr("Materials used"), blank(lines - 1));
    QString boxes;
    for (int rating = 5; rating >= 1; --rating) {
        boxes += QStringLiteral("□&nbsp;%1&nbsp;&nbsp; ").arg(satisfactionLabel(rating).toHtmlEscaped());
    }
    s += row1(tr("Satisfaction"), boxes);
    s += row2(tr("Resident's signature"), blank(1), tr("Technician's signature"), blank(1));
    s += QStringLiteral("</table>");

    s += QStringLiteral("<p style=\"margin-top: %1px; font-size: %2px; color: #555555;\">%3</p>")
             .arg(a4 ? 8 : 5)
             .arg(body - 2)
             .arg(tr("Printed %1 by %2 · PropDesk")
                      .arg(found ? formatInstant(m_printedAt, *found) : QString(), qs(m_printedBy))
                      .toHtmlEscaped());
    s += QStringLiteral("</body></html>");
    return s;
}

std::unique_ptr<QTextDocument> DispatchSlip::document(const QPageLayout& layout) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    QFont font = doc->defaultFont();
    font.setPixelSize(bodySize(layout));
    doc->setDefaultFont(font);
    doc->setPageSize(layout.paintRect(QPageLayout::Point).size());
    doc->setHtml(html(layout));
    return doc;
}

void DispatchSlip::print(QPrinter* printer) const
{
    printer->setDocName(tr("Dispatch slip %1").arg(qs(m_order.header.code)));
    document(printer->pageLayout())->print(printer);
}

domain::Result<void> DispatchSlip::writePdf(const QString& fileName, QPageSize::PageSizeId size) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    if (!printer.setPageLayout(pageLayout(size))) {
        return domain::fail(domain::ErrorCode::Io, "the page size is not supported", "", utf8(fileName));
    }
    print(&printer);
    if (printer.printerState() == QPrinter::Error) {
        return domain::fail(domain::ErrorCode::Io, "could not write the PDF file", "", utf8(fileName));
    }
    return {};
}

void previewSlip(AppSession& session, domain::WorkOrderId id, QWidget* parent)
{
    auto slip = DispatchSlip::load(session, id);
    if (!slip) {
        logger()->error("cannot print work order {}: {}", id.value, slip.error().describe());
        auto* box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("DispatchSlip", "PropDesk"),
                                    QCoreApplication::translate("DispatchSlip", "The dispatch slip cannot be printed."),
                                    QMessageBox::Ok, parent);
        box->setInformativeText(errorText(slip.error()));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    QSettings settings;
    const auto saved = static_cast<QPageSize::PageSizeId>(settings.value(kPageSizeKey, QPageSize::A5).toInt());
    const auto size = saved == QPageSize::A4 ? QPageSize::A4 : QPageSize::A5;

    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(DispatchSlip::pageLayout(size));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(
        QCoreApplication::translate("DispatchSlip", "Dispatch slip %1").arg(qs(slip->order().header.code)));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter* target) { slip->print(target); });

    // The paper choice where the user looks, rather than only behind the page setup dialog.
    auto* sizes = new QComboBox(&dialog);
    sizes->setObjectName(QStringLiteral("slipPageSize"));
    sizes->addItem(QCoreApplication::translate("DispatchSlip", "A5"), QPageSize::A5);
    sizes->addItem(QCoreApplication::translate("DispatchSlip", "A4"), QPageSize::A4);
    sizes->setCurrentIndex(size == QPageSize::A4 ? 1 : 0);
    if (auto* toolBar = dialog.findChild<QToolBar*>()) {
        toolBar->addSeparator();
        toolBar->addWidget(new QLabel(QCoreApplication::translate("DispatchSlip", "Paper:") + QLatin1Char(' ')));
        toolBar->addWidget(sizes);
    }
    auto* preview = dialog.findChild<QPrintPreviewWidget*>();
    QObject::connect(sizes, &QComboBox::currentIndexChanged, &dialog, [&, sizes, preview] {
        const auto chosen = static_cast<QPageSize::PageSizeId>(sizes->currentData().toInt());
        printer.setPageLayout(DispatchSlip::pageLayout(chosen));
        QSettings().setValue(kPageSizeKey, static_cast<int>(chosen));
        if (preview) {
            preview->updatePreview();
        }
    });
    dialog.exec();
}

} // namespace propdesk::gui
