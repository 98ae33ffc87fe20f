#pragma once

#include <QSet>

#include <QApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <QWidget>

class QLineEdit;
class QAbstractButton;

namespace dp::test {

// Shared helpers of the offscreen GUI tests.

// Call in initTestCase: the Fusion style (what a Linux desktop without a theme shows, the same on every
// machine) and, when DEALERPAY_PSEUDO_TR=1, a pseudo-translation that makes every string about 40 % longer (as
// French is), so that screenshots show whether layouts cope with longer text.
void prepareGuiTest();

// Saves the widget to $DEALERPAY_SCREENSHOT_DIR/<name>.png when that variable is set (no-op otherwise).
void screenshot(QWidget* widget, const QString& name);

// The visible widget with this object name anywhere in the application (dialogs included), or null.
template <class T = QWidget>
T* visible(const QString& objectName)
{
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top->objectName() == objectName && top->isVisible()) {
            if (auto* w = qobject_cast<T*>(top))
                return w;
        }
        for (T* child : top->findChildren<T*>(objectName)) {
            if (child->isVisible())
                return child;
        }
    }
    return nullptr;
}

// Replaces the text of a line edit the way a person does: select all, then type.
void typeInto(QLineEdit* edit, const QString& text);
// Left click on a visible, enabled button.
bool click(QAbstractButton* button);

// Records the URLs the UI opens (UrlOpener) for the lifetime of the object.
class UrlRecorder
{
public:
    UrlRecorder();
    ~UrlRecorder();
    QList<QUrl> urls;
};

// For a test whose slots are the steps of one story on one window (first run, then Connect, ...): call it from
// init(). It runs the slots declared before the current one that have not run yet, so that `test_x slotName` alone
// starts from the state that slot expects. `done` belongs to the test object; a full run replays nothing.
void runEarlierSteps(QObject* test, QSet<QByteArray>& done);

} // namespace dp::test
