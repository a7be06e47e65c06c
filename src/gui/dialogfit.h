#pragma once

class QDialog;
class QEvent;

namespace propdesk::gui {

// Call from a dialog's event() after the base class has handled `event`. An error or hint shown, hidden or
// reworded changes how many lines the form needs, and neither the size the form gives the dialog nor the
// minimum its layout sets counts wrapped lines: this fits the height to them when the dialog is shown or
// lays itself out again.
void fitHeightToWrappedText(QDialog& dialog, const QEvent& event);

} // namespace propdesk::gui
