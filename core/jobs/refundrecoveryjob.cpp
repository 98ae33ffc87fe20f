#include "refundrecoveryjob.h"

#include "auth/systemactor.h"
#include "payments/refundservice.h"

#include <QCoreApplication>

namespace dp::jobs {

RefundRecoveryJob::RefundRecoveryJob(RefundService& refunds) : m_refunds(refunds)
{
}

QString RefundRecoveryJob::title() const
{
    return QCoreApplication::translate("RefundRecoveryJob", "Refund recovery");
}

Result<JobSummary> RefundRecoveryJob::run(const JobContext& context)
{
    if (context.cancelled())
        return Error{Error::Code::Cancelled, QCoreApplication::translate("JobRunner", "The job was stopped."), {}};
    context.report({QCoreApplication::translate("RefundRecoveryJob", "Checking the refunds whose outcome is unknown…"),
                    0, -1});
    const int resumed = m_refunds.resumePending(systemActor(title()));
    return JobSummary{QCoreApplication::translate("RefundRecoveryJob", "%n refund(s) with an unknown outcome settled.",
                                                  nullptr, resumed),
                      resumed > 0};
}

} // namespace dp::jobs
