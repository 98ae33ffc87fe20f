#pragma once

#include "common/uistyle.h"

#include <QString>

class QLabel;
class QPushButton;

namespace dp::ui {

// Small pieces shared by the boxes of the Manage tab.

// A word-wrapped, selectable notice on a tinted background; hidden until showNotice().
QLabel* makeNoticeLabel(const QString& objectName);
// Shows rich text in the notice with the tone's colours; an empty text hides it.
void showNotice(QLabel* notice, const QString& html, Tone tone);
QPushButton* makeButton(const QString& text, const QString& objectName);

} // namespace dp::ui
