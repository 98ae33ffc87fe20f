#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

class QThreadPool;

namespace dp::ui {

// The threads that run core calls for the UI. They never expire: the store keeps one database connection per
// thread, and a new thread must not inherit the id (and so the connection name) of one that ended.
QThreadPool* workPool();

// Runs `work` on the work pool (core calls block on the network) and delivers its result to `done` on the UI
// thread. When `context` is destroyed first, the result is dropped (the work itself still finishes).
template <class T>
void runAsync(QObject* context, std::function<T()> work, std::function<void(T)> done)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(workPool(), std::move(work)));
}

// The busy state of the button that started a call: disabled and showing `busyText` ("Connecting…") until
// setBusy(button, false) puts the original text back.
void setBusy(QPushButton* button, bool busy, const QString& busyText = {});

// Blocks until every call started with runAsync has finished (window teardown, before the services go away).
void waitForPendingWork();

} // namespace dp::ui
