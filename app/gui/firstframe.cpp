#include "firstframe.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace dp::app {

FirstFrameProbe::FirstFrameProbe(QWidget& window, const QElapsedTimer& sinceStart, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_sinceStart(sinceStart)
{
    qApp->installEventFilter(this);
}

void FirstFrameProbe::contextReady()
{
    m_ready = true;
    m_window.update(); // a frame follows even when nothing else asks for one
}

bool FirstFrameProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_done && !m_pending && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget*>(watched)->window() == &m_window) {
        m_pending = true;
        QTimer::singleShot(0, this, &FirstFrameProbe::painted); // once this paint pass is on screen
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrameProbe::painted()
{
    m_pending = false;
    const qint64 now = m_sinceStart.elapsed();
    if (m_firstFrame < 0)
        m_firstFrame = now;
    if (!m_ready)
        return;
    m_done = true;
    std::printf("first frame: %lld ms\ninteractive: %lld ms\n", m_firstFrame, now);
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace dp::app
