#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace dp::app {

// `--time-to-first-frame` (PERF-6): prints to stdout the milliseconds from the start of the program to the first
// frame painted in the main window, and to the first frame painted once the local store is open and the first page
// shown (the window is interactive), then quits. Benchmarks read the second figure (tests/bench).
class FirstFrameProbe : public QObject
{
    Q_OBJECT
public:
    FirstFrameProbe(QWidget& window, const QElapsedTimer& sinceStart, QObject* parent = nullptr);
    void contextReady(); // the next frame painted is the interactive one

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void painted();

    QWidget& m_window;
    QElapsedTimer m_sinceStart;
    qint64 m_firstFrame = -1;
    bool m_ready = false;
    bool m_pending = false;
    bool m_done = false;
};

} // namespace dp::app
