#pragma once

#include "auth/session.h"
#include "onboarding/connectionservice.h"

#include <QDateTime>
#include <QGroupBox>
#include <QTimer>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace dp {
class AppContext;
}

namespace dp::ui {

// "Connections" (ONB-1..9): the rooftop selector, the "Receive payments" feature with its status and Connect
// button, what is still due, and once connected the payout summary and the account's actions. Status refreshes
// by itself from the API's events every EventPollSeconds.
class ConnectionsBox : public QGroupBox
{
    Q_OBJECT
public:
    ConnectionsBox(AppContext& ctx, Session& session, QWidget* parent = nullptr);
    ~ConnectionsBox() override;

signals:
    void refreshed(const QDateTime& when);

private:
    void buildFeatureRow(QLayout* layout);
    void buildPayoutPanel(QLayout* layout);
    void reload();          // from the local store, keeping the selection
    void showRooftop();     // the feature row for the selected rooftop
    void poll();            // events -> reload when a status changed
    void refreshCurrent();  // "Refresh"
    void refreshRooftop(qint64 rooftopId); // GET the account, then reload
    void connectClicked();
    void continueOnboarding(qint64 rooftopId);
    void addRooftop();
    void editPayouts();
    void openDashboard();
    void showSensitiveDetails();
    void fetchSensitiveDetails(qint64 rooftopId, const QString& name);
    void editCountries();
    void askAccounting(QWidget* parent);
    void setNotice(const QString& text);
    const Rooftop* current() const;

    AppContext& m_ctx;
    Session& m_session;
    QList<Rooftop> m_rooftops;
    QComboBox* m_combo;
    QPushButton* m_refresh;
    QLabel* m_refreshError;
    QLabel* m_status;
    QLabel* m_account;
    QPushButton* m_connect;
    QWidget* m_duePanel;
    QLabel* m_dueTitle;
    QLabel* m_dueList;
    QLabel* m_notice;
    QGroupBox* m_payoutPanel;
    QLabel* m_schedule;
    QLabel* m_descriptor;
    QPushButton* m_editPayout;
    QPushButton* m_dashboard;
    QPushButton* m_sensitive;
    QLabel* m_countries;
    QTimer m_pollTimer;
    bool m_polling = false;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace dp::ui
