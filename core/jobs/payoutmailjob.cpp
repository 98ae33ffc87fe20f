#include "payoutmailjob.h"

#include "payments/payoutnotifier.h"

#include <QCoreApplication>

namespace dp::jobs {

PayoutMailJob::PayoutMailJob(PayoutNotifier& notifier, qint64 firstDelaySecs)
    : m_notifier(notifier), m_firstDelay(firstDelaySecs)
{
}

QString PayoutMailJob::title() const
{
    return QCoreApplication::translate("PayoutMailJob", "Payout e-mails");
}

Result<JobSummary> PayoutMailJob::run(const JobContext& context)
{
    context.report({QCoreApplication::translate("PayoutMailJob", "Sending the payout e-mails…"), 0, -1});
    auto ran = m_notifier.run(context.cancelFlag());
    if (!ran)
        return ran.error();
    const PayoutNotifier::Summary& s = ran.value();
    QString text = QCoreApplication::translate("PayoutMailJob", "%n payout e-mail(s) sent.", nullptr, s.sent);
    if (s.failed > 0)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("PayoutMailJob", "%n could not be sent and will be tried again: %1", nullptr,
                                          s.failed)
                  .arg(s.lastError);
    return JobSummary{text, s.queued + s.sent + s.failed > 0};
}

} // namespace dp::jobs
