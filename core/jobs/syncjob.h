#pragma once

#include "job.h"
#include "payments/syncservice.h"

namespace dp::jobs {

// The payments sync as a job: SyncService::run with its progress and cancel flag. Every minute in the GUI;
// `dealerpay-cli sync` runs it once over every account the platform lists.
class SyncJob : public Job
{
public:
    static constexpr qint64 kIntervalSecs = 60;
    static QString jobName() { return QStringLiteral("sync"); }

    explicit SyncJob(SyncService& sync, SyncService::Scope scope = SyncService::Scope::Rooftops,
                     qint64 intervalSecs = kIntervalSecs);
    QString name() const override { return jobName(); }
    QString title() const override;
    qint64 intervalSecs() const override { return m_interval; }
    Result<JobSummary> run(const JobContext& context) override;

    static QString progressText(const SyncProgress& progress);
    static QString summaryText(const SyncStats& stats);

private:
    SyncService& m_sync;
    SyncService::Scope m_scope;
    qint64 m_interval;
};

} // namespace dp::jobs
