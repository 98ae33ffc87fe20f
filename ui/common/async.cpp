#include "async.h"

#include <QThreadPool>

namespace dp::ui {

namespace {
constexpr const char* kIdleText = "dp_idleText";
}

void setBusy(QPushButton* button, bool busy, const QString& busyText)
{
    if (busy) {
        if (!button->property(kIdleText).isValid())
            button->setProperty(kIdleText, button->text());
        button->setText(busyText.isEmpty() ? button->text() : busyText);
        button->setEnabled(false);
        return;
    }
    const QVariant idle = button->property(kIdleText);
    if (idle.isValid())
        button->setText(idle.toString());
    button->setProperty(kIdleText, QVariant());
    button->setEnabled(true);
}

QThreadPool* workPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // lives as long as the process: calls may still finish during shutdown
        p->setExpiryTimeout(-1);
        p->setMaxThreadCount(4);
        return p;
    }();
    return pool;
}

void waitForPendingWork()
{
    workPool()->waitForDone();
}

} // namespace dp::ui
