#include "syncjob.h"

#include <QCoreApplication>
#include <QLocale>

namespace dp::jobs {

SyncJob::SyncJob(SyncService& sync, SyncService::Scope scope, qint64 intervalSecs)
    : m_sync(sync), m_scope(scope), m_interval(intervalSecs)
{
}

QString SyncJob::title() const
{
    return QCoreApplication::translate("SyncJob", "Payments sync");
}

QString SyncJob::progressText(const SyncProgress& p)
{
    return QCoreApplication::translate("SyncJob", "Syncing %1 — %2 (%3)")
        .arg(p.rooftop, p.phase, QLocale().toString(p.items));
}

QString SyncJob::summaryText(const SyncStats& s)
{
    return QCoreApplication::translate("SyncJob", "Synced %n payment(s), %1 refund(s), %2 payout(s) and %3 change(s).",
                                       nullptr, int(s.charges))
        .arg(s.refunds)
        .arg(s.payouts)
        .arg(s.events);
}

Result<JobSummary> SyncJob::run(const JobContext& context)
{
    auto ran = m_sync.run([&context](const SyncProgress& p) { context.report({progressText(p), p.items, -1}); },
                          context.cancelFlag(), m_scope);
    if (!ran)
        return ran.error();
    const SyncStats& s = ran.value();
    return JobSummary{summaryText(s), s.charges + s.refunds + s.payouts + s.events > 0};
}

} // namespace dp::jobs
