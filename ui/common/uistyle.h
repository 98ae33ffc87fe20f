#pragma once

#include <QString>

class QLabel;
class QLayout;
class QWidget;

namespace dp::ui {

// The few visual conventions of the UI, in one place: error text, secondary text, headings, status badges.

enum class Tone
{
    Neutral, // grey
    Warning, // amber
    Success, // green
    Danger,  // red
};

// A red, word-wrapped label that stays hidden until an error is shown in it.
QLabel* makeErrorLabel(const QString& objectName, QWidget* parent = nullptr);
void showError(QLabel* label, const QString& message); // empty message hides it
// Small grey text for secondary information (ids, hints).
QLabel* makeHintLabel(const QString& text, QWidget* parent = nullptr);
// A bold heading; level 1 is the largest.
QLabel* makeHeading(const QString& text, int level, QWidget* parent = nullptr);
// A rounded coloured pill ("Connected").
void setBadge(QLabel* label, const QString& text, Tone tone);
// An input with its error label right under it, for a QFormLayout row.
QWidget* withError(QWidget* input, QLabel* error);
// A thin horizontal line between sections.
QWidget* makeSeparator(QWidget* parent = nullptr);
// Minimum width in average characters of the widget's font: follows the font and the language, no fixed pixels.
void setMinimumTextWidth(QWidget* widget, int chars);
// Grows a window until its content (wrapped text included) fits at its current width; never shrinks it.
void growToFit(QWidget* window);

} // namespace dp::ui
