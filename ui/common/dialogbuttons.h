#pragma once

#include <QDialogButtonBox>

class QDialog;
class QPushButton;

namespace dp::ui {

// The button row of every dialog, so that Enter in any field means the dialog's main action and Escape cancels.
//
// The box is created inside the dialog: QPushButton::setDefault() only reaches a dialog the button is already in,
// and a dialog shown without a default button makes the first button of its focus chain the default (Cancel, which
// then throws away what was typed). `main` (optional) is the standard button Enter presses.
QDialogButtonBox* makeDialogButtons(QDialog* dialog, QDialogButtonBox::StandardButtons standard = {},
                                    QDialogButtonBox::StandardButton main = QDialogButtonBox::NoButton);

// Makes `button` (a button of a box from makeDialogButtons, or any button already inside its dialog) the one Enter
// presses from any field of the dialog. Call it again to change the main action (a wizard's Next, then Connect).
void setMainButton(QPushButton* button);

} // namespace dp::ui
