#pragma once

#include "domain/error.h"
#include "domain/security.h"
#include "domain/site.h"
#include "services/securityservice.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <map>
#include <memory>
#include <string>

class QPrinter;
class QTextDocument;

namespace propdesk::gui {

class RosterModel;

// The month's roster sheet (排班表) the supervisor pins up and signs: the site, month and status, the grid of
// days × shifts and posts with the guards' names on the shifts' colours, edited slots marked and listed in
// a footnote with their notes, a legend of the shift times, and a signature line. A4 landscape, in the
// interface language; the grid fits one page, a long footnote runs on to the next.
class RosterSheet
{
    Q_DECLARE_TR_FUNCTIONS(RosterSheet)

public:
    // What `model` shows (it must hold a roster), for `site`, printed by `printedBy` at `printedAt`.
    RosterSheet(const RosterModel& model, domain::Site site, domain::Instant printedAt, std::string printedBy);

    // A4 landscape with the sheet's margins.
    static QPageLayout pageLayout();

    // The sheet laid out for the printable area of `layout`, in points: pageCount() is what prints.
    std::unique_ptr<QTextDocument> document(const QPageLayout& layout) const;
    QString html() const;
    void print(QPrinter* printer) const;
    domain::Result<void> writePdf(const QString& fileName) const;
    QString title() const;

private:
    domain::SecuritySetup m_setup;
    services::RosterView m_roster;
    std::map<domain::StaffId, std::string> m_staff;
    domain::Site m_site;
    domain::Instant m_printedAt;
    std::string m_printedBy;
};

} // namespace propdesk::gui
