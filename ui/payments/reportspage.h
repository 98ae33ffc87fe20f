#pragma once

#include "auth/session.h"
#include "common/formerrors.h"

#include <QByteArray>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace dp {
class AppContext;
class ReportService;
}

namespace dp::ui {

// PAY-6: choose a report, the days, the time zone and the columns; run it through the Reporting API off the UI
// thread (progress, Cancel); preview it and save its CSV.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    ReportsPage(AppContext& ctx, const Session& session, QWidget* parent = nullptr);
    ~ReportsPage() override;

    // Test seam: what "Save CSV…" asks for instead of the file dialog (empty = cancelled).
    void setSaveFileChooser(std::function<QString(const QString& suggested)> chooser);
    void run();
    void cancel();
    void save();
    QByteArray csv() const { return m_csv; }

signals:
    void finished(bool ok); // a run ended (succeeded, failed or cancelled)
    void saved(const QString& path);

private:
    void typeChanged();
    void setRunning(bool running);

    AppContext& m_ctx;
    Session m_session;
    std::unique_ptr<ReportService> m_service;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::function<QString(const QString&)> m_chooser;
    QByteArray m_csv;
    FormErrors m_errors;
    QComboBox* m_type;
    QLabel* m_description;
    QComboBox* m_rooftop;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_zone;
    QListWidget* m_columns;
    QPushButton* m_run;
    QPushButton* m_cancelButton;
    QPushButton* m_save;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_error;
    QTableWidget* m_preview;
};

} // namespace dp::ui
