#include "payoutmailtimer.h"

#include "common/async.h"
#include "context/appcontext.h"
#include "payments/payoutnotifier.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPayoutMail, "dp.ui.payoutmail")

namespace dp::ui {

PayoutMailTimer::PayoutMailTimer(AppContext& ctx, QObject* parent) : QObject(parent), m_ctx(ctx)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PayoutMailTimer::runNow);
    m_timer.start();
    QTimer::singleShot(5000, this, &PayoutMailTimer::runNow);
}

PayoutMailTimer::~PayoutMailTimer()
{
    m_cancel->store(true);
}

void PayoutMailTimer::runNow()
{
    if (m_running)
        return;
    m_running = true;
    PayoutNotifier& notifier = m_ctx.payoutNotifier();
    auto cancel = m_cancel;
    runAsync<Result<PayoutNotifier::Summary>>(
        this, [&notifier, cancel] { return notifier.run(cancel.get()); },
        [this](Result<PayoutNotifier::Summary> result) {
            m_running = false;
            if (!result.ok()) {
                if (result.error().code != Error::Code::Cancelled)
                    qCWarning(lcPayoutMail) << "payout e-mails:" << result.error().message;
                return;
            }
            if (result->sent || result->failed)
                qCInfo(lcPayoutMail) << "payout e-mails sent:" << result->sent << "failed:" << result->failed;
        });
}

} // namespace dp::ui
