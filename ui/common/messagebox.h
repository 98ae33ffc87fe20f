#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace dp::ui {

// Every message box of the UI goes through here, so that tests never block on a modal box:
// MessageBox::setNextAnswer(QMessageBox::Yes) makes the next box return at once with that answer.
class MessageBox
{
public:
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    // Yes/No question; `defaultButton` is what Enter chooses.
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // Test seam: the next box is not shown and returns `answer`.
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace dp::ui
