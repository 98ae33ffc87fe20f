#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace dp {
class AppContext;
namespace jobs {
struct JobOutcome;
struct JobProgress;
}
}

namespace dp::ui {

// The status-bar view of the core sync job (core/jobs/syncjob.h, run by the AppContext's JobRunner): its progress
// with a Cancel button while it runs, when it last finished afterwards. "Sync now" triggers the job; the runner
// also runs it on its own schedule, and this view shows those runs too.
class PaymentsSync : public QWidget
{
    Q_OBJECT
public:
    explicit PaymentsSync(AppContext& ctx, QWidget* parent = nullptr);
    ~PaymentsSync() override;

    bool isRunning() const;

public slots:
    void start();  // does nothing while a sync runs
    void cancel();

signals:
    void started();
    // `changed`: the run stored new or updated payments, refunds, payouts or events.
    void finished(bool ok, bool changed);

private:
    void showStarted();
    void showProgress(const jobs::JobProgress& progress);
    void showFinished(const jobs::JobOutcome& outcome);

    AppContext& m_ctx;
    QLabel* m_label;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    bool m_cancelling = false;
};

} // namespace dp::ui
