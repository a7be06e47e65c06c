#pragma once

#include "domain/error.h"
#include "domain/site.h"
#include "domain/workorder.h"
#include "rules/evaluation.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <memory>
#include <string>

class QPrinter;
class QTextDocument;
class QWidget;

namespace propdesk::gui {

class AppSession;

// The dispatch slip (派工单) a technician takes to the job: the order, its arrival and completion deadlines,
// and blanks for the times, the result, the materials, the resident's signature and satisfaction. Printed in
// the interface language on A4 or A5; the layout follows the printer's page, so that each fits one page.
class DispatchSlip
{
    Q_DECLARE_TR_FUNCTIONS(DispatchSlip)

public:
    // Reads the order, its site and its deadlines as of now.
    static domain::Result<DispatchSlip> load(AppSession& session, domain::WorkOrderId id);
    DispatchSlip(domain::WorkOrder order, domain::Site site, rules::WorkOrderEvaluation evaluation,
                 domain::Instant printedAt, std::string printedBy);

    // A4 or A5 portrait with the slip's margins.
    static QPageLayout pageLayout(QPageSize::PageSizeId size);

    // The slip laid out for the printable area of `layout`, in points: pageCount() is what prints.
    std::unique_ptr<QTextDocument> document(const QPageLayout& layout) const;
    // Prints on the printer's current page layout (the preview calls this whenever the page changes).
    void print(QPrinter* printer) const;
    // Writes the slip as a PDF file on A4 or A5.
    domain::Result<void> writePdf(const QString& fileName, QPageSize::PageSizeId size) const;

    const domain::WorkOrder& order() const { return m_order; }

private:
    QString html(const QPageLayout& layout) const;
    QString deadline(const rules::MilestoneResult& result) const;

    domain::WorkOrder m_order;
    domain::Site m_site;
    rules::WorkOrderEvaluation m_evaluation;
    domain::Instant m_printedAt;
    std::string m_printedBy;
};

// Print ▸ dispatch slip: a print preview of the order's slip with a choice of A5 or A4 (remembered); shows a
// message box over `parent` when the order cannot be read.
void previewSlip(AppSession& session, domain::WorkOrderId id, QWidget* parent);

} // namespace propdesk::gui
