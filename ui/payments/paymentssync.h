#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace dp {
class AppContext;
}

namespace dp::ui {

// Keeps the local payments up to date: runs SyncService off the UI thread on demand ("Sync now") and every
// minute, and shows its progress with a Cancel button (made for the main window's status bar).
class PaymentsSync : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAutoSyncMs = 60 * 1000;

    explicit PaymentsSync(AppContext& ctx, QWidget* parent = nullptr);
    ~PaymentsSync() override;

    bool isRunning() const { return m_running; }
    void setAutoSyncInterval(int ms); // 0 = no automatic sync

public slots:
    void start();  // does nothing while a sync runs
    void cancel();

signals:
    void started();
    // `changed`: the run stored new or updated payments, refunds, payouts or events.
    void finished(bool ok, bool changed);

private:
    struct Shared;
    void showProgress();

    AppContext& m_ctx;
    std::shared_ptr<Shared> m_shared;
    QLabel* m_label;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QTimer m_autoTimer;
    QTimer m_progressTimer;
    bool m_running = false;
};

} // namespace dp::ui
