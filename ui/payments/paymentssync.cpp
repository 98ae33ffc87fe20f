#include "paymentssync.h"

#include "common/async.h"
#include "context/appcontext.h"
#include "payments/syncservice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QProgressBar>
#include <QPushButton>

#include <atomic>

namespace dp::ui {

// What the worker thread and the UI share: the latest progress (read by a timer on the UI thread) and the
// cancel flag. Held by shared_ptr so that a run outliving this widget still has it.
struct PaymentsSync::Shared
{
    QMutex mutex;
    SyncProgress progress;
    std::atomic_bool cancel{false};
};

PaymentsSync::PaymentsSync(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_shared(std::make_shared<Shared>())
    , m_label(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel")))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_label->setObjectName(QStringLiteral("syncLabel"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 0); // the number of objects to come is unknown: a busy bar
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(110);
    m_progress->setMaximumHeight(14);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_cancel->setToolTip(tr("Stop this sync; the next one continues where it stopped."));
    m_cancel->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addStretch(1); // keeps the text next to the progress at the right end of the status bar
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QPushButton::clicked, this, &PaymentsSync::cancel);
    m_progressTimer.setInterval(150);
    connect(&m_progressTimer, &QTimer::timeout, this, &PaymentsSync::showProgress);
    connect(&m_autoTimer, &QTimer::timeout, this, &PaymentsSync::start);
    setAutoSyncInterval(kAutoSyncMs);
}

PaymentsSync::~PaymentsSync()
{
    m_shared->cancel = true;
}

void PaymentsSync::setAutoSyncInterval(int ms)
{
    m_autoTimer.stop();
    if (ms > 0) {
        m_autoTimer.setInterval(ms);
        m_autoTimer.start();
    }
}

void PaymentsSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_shared->cancel = false;
    {
        const QMutexLocker lock(&m_shared->mutex);
        m_shared->progress = {};
    }
    m_label->setText(tr("Syncing payments…"));
    m_label->setToolTip({});
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_progressTimer.start();
    emit started();

    SyncService& sync = m_ctx.sync();
    auto shared = m_shared;
    runAsync<Result<SyncStats>>(
        this,
        [&sync, shared] {
            return sync.run(
                [shared](const SyncProgress& p) {
                    const QMutexLocker lock(&shared->mutex);
                    shared->progress = p;
                },
                &shared->cancel);
        },
        [this](Result<SyncStats> result) {
            m_running = false;
            m_progressTimer.stop();
            m_progress->hide();
            m_cancel->hide();
            const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
            if (result.ok()) {
                m_label->setText(tr("Payments synced at %1").arg(time));
                m_label->setToolTip({});
                const SyncStats& s = result.value();
                emit finished(true, s.charges + s.refunds + s.payouts + s.events > 0);
                return;
            }
            const bool stopped = result.error().code == Error::Code::Cancelled;
            m_label->setText(stopped ? tr("Sync stopped at %1").arg(time) : tr("Sync failed at %1").arg(time));
            m_label->setToolTip(result.error().message);
            // A stopped or failed run may still have stored whole pages before it ended.
            emit finished(false, true);
        });
}

void PaymentsSync::cancel()
{
    if (!m_running)
        return;
    m_shared->cancel = true;
    m_cancel->setEnabled(false);
    m_label->setText(tr("Stopping the sync…"));
}

void PaymentsSync::showProgress()
{
    if (m_shared->cancel)
        return;
    SyncProgress p;
    {
        const QMutexLocker lock(&m_shared->mutex);
        p = m_shared->progress;
    }
    if (p.rooftop.isEmpty())
        return;
    m_label->setText(tr("Syncing %1 — %2 (%3)").arg(p.rooftop, p.phase, QLocale().toString(p.items)));
}

} // namespace dp::ui
