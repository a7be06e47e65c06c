#include "ordersummary.h"

#include "domain/timezone.h"
#include "domain/workorder.h"
#include "labels.h"
#include "qtconvert.h"

#include <QCoreApplication>

namespace propdesk::gui {

QString orderSummary(const domain::WorkOrderHeader& order, const domain::TimeZone& zone)
{
    QString text = QStringLiteral("<b>%1</b> · %2 · %3 · %4")
                       .arg(qs(order.code).toHtmlEscaped(), qs(order.location).toHtmlEscaped(),
                            categoryLabel(order.category), urgencyLabel(order.urgency));
    text += QStringLiteral("<br>") + QCoreApplication::translate("OrderSummary", "Reported %1 by %2")
                                         .arg(formatInstant(order.reportedAt, zone),
                                              order.reporter.empty()
                                                  ? QCoreApplication::translate("OrderSummary", "an unnamed caller")
                                                  : qs(order.reporter).toHtmlEscaped());
    if (!order.description.empty()) {
        text += QStringLiteral("<br><i>%1</i>").arg(qs(order.description).toHtmlEscaped());
    }
    return text;
}

} // namespace propdesk::gui
