#pragma once

#include "domain/error.h"
#include "domain/inspection.h"
#include "domain/site.h"
#include "services/inspectionservice.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <memory>
#include <optional>
#include <string>

class QPrinter;
class QTextDocument;

namespace propdesk::gui {

// The printed inspection sheet (检查表), A4 portrait, in the interface language:
// - blank, from a template, for walking the area with a clipboard: the site and area type printed, the
//   place, date and inspector left as lines to write on, one row per check item with its standard and
//   weight and empty boxes for pass, fail and not applicable, room for notes, and the signature line;
// - filled, from a stored sheet: the same grid with the results ticked, failures marked with their
//   severity and "corrected on the spot", the notes, amended lines footnoted with the amendment, the
//   scores, the nonconformances the sheet raised, and who signed it off.
class SheetPrint
{
    Q_DECLARE_TR_FUNCTIONS(SheetPrint)

public:
    static SheetPrint blank(const domain::InspectionTemplate& tmpl, domain::SheetKind kind, domain::Site site,
                            domain::Instant printedAt, std::string printedBy);
    static SheetPrint filled(services::SheetView view, domain::Site site, domain::Instant printedAt,
                             std::string printedBy);

    // A4 portrait with the sheet's margins.
    static QPageLayout pageLayout();

    // The sheet laid out for the printable area of `layout`, in points: pageCount() is what prints.
    std::unique_ptr<QTextDocument> document(const QPageLayout& layout) const;
    QString html() const;
    void print(QPrinter* printer) const;
    domain::Result<void> writePdf(const QString& fileName) const;
    QString title() const;

private:
    SheetPrint() = default;

    QString headerHtml() const;
    QString gridHtml() const;
    QString footerHtml() const;

    std::optional<services::SheetView> m_view; // none: blank
    domain::InspectionTemplate m_template;     // blank: the items
    domain::SheetKind m_kind = domain::SheetKind::Daily;
    domain::Site m_site;
    domain::Instant m_printedAt;
    std::string m_printedBy;
};

} // namespace propdesk::gui
