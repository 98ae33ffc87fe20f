#include "paymentssync.h"

#include "context/appcontext.h"
#include "jobs/jobrunner.h"
#include "jobs/syncjob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTime>

namespace dp::ui {

PaymentsSync::PaymentsSync(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
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
    jobs::JobRunner* runner = &m_ctx.jobs();
    const QString job = jobs::SyncJob::jobName();
    connect(runner, &jobs::JobRunner::started, this, [this, job](const QString& name) {
        if (name == job)
            showStarted();
    });
    connect(runner, &jobs::JobRunner::progressed, this, [this, job](const QString& name, const jobs::JobProgress& p) {
        if (name == job)
            showProgress(p);
    });
    connect(runner, &jobs::JobRunner::finished, this, [this, job](const QString& name, const jobs::JobOutcome& o) {
        if (name == job)
            showFinished(o);
    });
    if (isRunning()) { // a scheduled run started before this view
        showStarted();
        showProgress(runner->lastProgress(job));
    }
}

PaymentsSync::~PaymentsSync()
{
    // The view goes with the signed-in user: so does a sync it shows.
    m_ctx.jobs().cancel(jobs::SyncJob::jobName());
}

bool PaymentsSync::isRunning() const
{
    return m_ctx.jobs().isRunning(jobs::SyncJob::jobName());
}

void PaymentsSync::start()
{
    m_ctx.jobs().trigger(jobs::SyncJob::jobName()); // refused while a run goes on
}

void PaymentsSync::cancel()
{
    if (!isRunning())
        return;
    m_cancelling = true;
    m_ctx.jobs().cancel(jobs::SyncJob::jobName());
    m_cancel->setEnabled(false);
    m_label->setText(tr("Stopping the sync…"));
}

void PaymentsSync::showStarted()
{
    m_cancelling = false;
    m_label->setText(tr("Syncing payments…"));
    m_label->setToolTip({});
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    emit started();
}

void PaymentsSync::showProgress(const jobs::JobProgress& progress)
{
    if (m_cancelling || progress.text.isEmpty())
        return;
    m_label->setText(progress.text);
}

void PaymentsSync::showFinished(const jobs::JobOutcome& outcome)
{
    m_cancelling = false;
    m_progress->hide();
    m_cancel->hide();
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (outcome.ok) {
        m_label->setText(tr("Payments synced at %1").arg(time));
        m_label->setToolTip({}); // only a failure's reason goes there
        emit finished(true, outcome.summary.changed);
        return;
    }
    m_label->setText(outcome.cancelled ? tr("Sync stopped at %1").arg(time) : tr("Sync failed at %1").arg(time));
    m_label->setToolTip(outcome.error);
    // A stopped or failed run may still have stored whole pages before it ended.
    emit finished(false, true);
}

} // namespace dp::ui
