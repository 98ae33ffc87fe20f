#pragma once

#include "job.h"

namespace dp {
class RefundService;
}

namespace dp::jobs {

// Refund recovery (PAY-5, REL-2) as a job: at start and then on schedule, RefundService::resumePending settles
// every refund whose outcome is unknown. It acts as the system actor, so the audit log names this job.
class RefundRecoveryJob : public Job
{
public:
    static constexpr qint64 kIntervalSecs = 15 * 60;
    static QString jobName() { return QStringLiteral("refund-recovery"); }

    explicit RefundRecoveryJob(RefundService& refunds);
    QString name() const override { return jobName(); }
    QString title() const override;
    qint64 intervalSecs() const override { return kIntervalSecs; }
    Result<JobSummary> run(const JobContext& context) override;

private:
    RefundService& m_refunds;
};

} // namespace dp::jobs
