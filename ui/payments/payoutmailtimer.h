#pragma once

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace dp {
class AppContext;
}

namespace dp::ui {

// Sends the payout e-mails (MNG-5) while DealerPay is open: PayoutNotifier::run() off the UI thread, shortly after
// start and then every minute. The notifier's outbox makes a run harmless when another workstation does the same.
class PayoutMailTimer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 60 * 1000;
    explicit PayoutMailTimer(AppContext& ctx, QObject* parent = nullptr);
    ~PayoutMailTimer() override;
    void runNow();

private:
    AppContext& m_ctx;
    QTimer m_timer;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace dp::ui
