#include "htmlprint.h"

#include <QFont>
#include <QPrinter>
#include <QTextDocument>

namespace propdesk::gui {

std::unique_ptr<QTextDocument> htmlDocument(const QString& html, int bodyPixels, const QPageLayout& layout)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    QFont font = doc->defaultFont();
    font.setPixelSize(bodyPixels);
    doc->setDefaultFont(font);
    doc->setPageSize(layout.paintRect(QPageLayout::Point).size());
    doc->setHtml(html);
    return doc;
}

void printHtml(QPrinter* printer, const QString& title, const QString& html, int bodyPixels)
{
    printer->setDocName(title);
    htmlDocument(html, bodyPixels, printer->pageLayout())->print(printer);
}

domain::Result<void> writeHtmlPdf(const QString& fileName, const QPageLayout& layout, const QString& title,
                                  const QString& html, int bodyPixels)
{
    const std::string file = fileName.toStdString();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    if (!printer.setPageLayout(layout)) {
        return domain::fail(domain::ErrorCode::Io, "the page size is not supported", "", file);
    }
    printHtml(&printer, title, html, bodyPixels);
    if (printer.printerState() == QPrinter::Error) {
        return domain::fail(domain::ErrorCode::Io, "could not write the PDF file", "", file);
    }
    return {};
}

} // namespace propdesk::gui
