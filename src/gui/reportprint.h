#pragma once

#include "domain/error.h"
#include "reports/monthlyreport.h"

#include <QImage>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <string>

class QPrinter;
class QTextDocument;

namespace propdesk::gui {

// The printed monthly KPI report (docs/kpi-report.md), A4 portrait, in the report's language whatever the
// interface's: a cover (site, month, as-of time, rule set, target version, when generated and frozen), the
// summary of every indicator against its target, the twelve-month trend of each commitment and each missed
// indicator as small charts, the records behind each missed indicator, the corrective actions, and the
// signature blocks of the office head and the client's representative. Drawn from the document alone, so
// that a frozen report prints the same every time.
class ReportPrint
{
public:
    ReportPrint(reports::MonthlyReport report, reports::Language language);

    // A4 portrait with the report's margins.
    static QPageLayout pageLayout();

    // The report laid out for the printable area of `layout`, in points, with its charts: pageCount() is
    // what prints.
    std::unique_ptr<QTextDocument> document(const QPageLayout& layout) const;
    QString html() const;
    QString title() const;
    void print(QPrinter* printer) const;
    domain::Result<void> writePdf(const QString& fileName) const;

    // The keys of the indicators whose trend is charted, in report order.
    QStringList chartedKeys() const;

private:
    QString text(const char* key) const;
    QString name(const reports::ReportIndicator& indicator) const;
    QString colon() const;
    QString coverHtml() const;
    QString summaryHtml() const;
    QString trendsHtml() const;
    QString exceptionsHtml() const;
    QString actionsHtml() const;
    QString signaturesHtml(bool newPage) const;
    QString html(bool signaturesOnNewPage) const;
    QImage chart(const reports::ReportIndicator& indicator) const;

    reports::MonthlyReport m_report;
    reports::Language m_language;
    // The charts drawn so far: a preview lays the document out again at every change.
    mutable std::map<std::string, QImage> m_charts;
};

} // namespace propdesk::gui
