#pragma once

#include "job.h"

namespace dp {
class PayoutNotifier;
}

namespace dp::jobs {

// The payout e-mails (MNG-5) as a job: PayoutNotifier::run, whose outbox sends each e-mail exactly once even when
// another workstation or the CLI runs the same job.
class PayoutMailJob : public Job
{
public:
    static constexpr qint64 kIntervalSecs = 60;
    static constexpr qint64 kFirstDelaySecs = 5;
    static QString jobName() { return QStringLiteral("payout-mail"); }

    explicit PayoutMailJob(PayoutNotifier& notifier, qint64 firstDelaySecs = kFirstDelaySecs);
    QString name() const override { return jobName(); }
    QString title() const override;
    qint64 intervalSecs() const override { return kIntervalSecs; }
    qint64 firstDelaySecs() const override { return m_firstDelay; }
    Result<JobSummary> run(const JobContext& context) override;

private:
    PayoutNotifier& m_notifier;
    qint64 m_firstDelay;
};

} // namespace dp::jobs
