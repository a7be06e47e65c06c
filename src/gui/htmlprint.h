#pragma once

#include "domain/error.h"

#include <QPageLayout>
#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;

// The printed sheets (the roster, the inspection sheet, the KPI report) are HTML laid out by QTextDocument
// on the page of their layout; these put one on paper or into a PDF file.
namespace propdesk::gui {

// The HTML as a document for the paint rectangle of `layout`, in `bodyPixels` type, without margin.
std::unique_ptr<QTextDocument> htmlDocument(const QString& html, int bodyPixels, const QPageLayout& layout);
// Prints the HTML on `printer`'s page, the document named `title`.
void printHtml(QPrinter* printer, const QString& title, const QString& html, int bodyPixels);
// Writes the HTML as a PDF with `layout`; Io naming the file when it cannot.
domain::Result<void> writeHtmlPdf(const QString& fileName, const QPageLayout& layout, const QString& title,
                                  const QString& html, int bodyPixels);

} // namespace propdesk::gui
