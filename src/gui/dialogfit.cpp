#include "dialogfit.h"

#include <QDialog>
#include <QEvent>
#include <QLayout>

namespace propdesk::gui {

void fitHeightToWrappedText(QDialog& dialog, const QEvent& event)
{
    const bool relayout = event.type() == QEvent::Show || event.type() == QEvent::LayoutRequest;
    if (relayout && dialog.isVisible() && dialog.layout() && dialog.layout()->hasHeightForWidth()) {
        dialog.resize(dialog.width(), dialog.layout()->totalHeightForWidth(dialog.width()));
    }
}

} // namespace propdesk::gui
