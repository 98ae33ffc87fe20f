#pragma once

#include "auth/session.h"
#include "foundation/result.h"
#include "reconciliation/reconciliationservice.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace dp {
class AppContext;
}

namespace dp::ui {

class ReconTableModel;

// PAY-8, one business day at a time, for one rooftop or all: import the DMS cashier export and the bank statement,
// see what matched (DMS line ↔ card payments), what did not on each side and the differences, with totals; the
// payouts and their bank deposits; match and unmatch by hand with a note; close the day (read-only) and reopen it;
// export the day's journal. Every rule is core's (recon::ReconciliationService); the page shows what core refuses
// to do as hidden or disabled. Imports and matching run off the UI thread.
class ReconciliationPage : public QWidget
{
    Q_OBJECT
public:
    ReconciliationPage(AppContext& ctx, Session& session, QWidget* parent = nullptr);

    QDate businessDate() const;
    qint64 rooftopId() const; // 0 = all rooftops
    const recon::DayReport& report() const { return m_report; }
    bool isBusy() const { return m_busy; }
    // Where the file dialogs start: the demo's files when the app has them, else the user's documents.
    QString suggestedFolder() const;

public slots:
    void setBusinessDate(const QDate& date);
    void setRooftop(qint64 rooftopId);
    // The seams the buttons use once a file is chosen (tests call them directly).
    void importDmsFile(const QString& path);
    void importBankFile(const QString& path);
    void exportJournalTo(const QString& path);
    void reload(); // matches what is new and shows the day

signals:
    void dayShown();             // after each load of the day (the lists are up to date)
    void busyChanged(bool busy);
    void messageShown(const QString& text); // the status line under the buttons

protected:
    void showEvent(QShowEvent* event) override; // the day loads when the page is first shown

private:
    void buildLayout();
    QTableView* makeTable(ReconTableModel* model, QSortFilterProxyModel* proxy, const QString& objectName,
                          bool multiSelect);
    recon::DayKey dayKey() const;
    void setBusy(bool busy, const QString& text = {});
    void showDay(const recon::DayReport& report);
    void updateButtons();
    void showMessage(const QString& text);
    void showFailure(const Error& error); // a conflict reloads the day
    void runDmsImport(const QString& path, const QByteArray& content, std::optional<recon::DmsColumnMapping> mapping,
                      const QString& dmsName);
    void afterImport(const QList<QDate>& dates);
    void openMatchDialog();
    void openUnmatchDialog();
    void closeDay();
    void openReopenDialog();
    void chooseDmsFile();
    void chooseBankFile();
    void chooseJournalFile();
    // Runs `call` on a worker and hands its error (if any) to `done` on the UI thread, then reloads the day.
    void runChange(const QString& busyText, std::function<std::optional<Error>()> call,
                   std::function<void(std::optional<Error>)> done = {});

    AppContext& m_ctx;
    Session& m_session;
    recon::DayReport m_report;
    bool m_busy = false;
    bool m_loaded = false;
    QString m_dmsName;
    QString m_pendingMessage; // shown once the day is loaded again

    QDateEdit* m_date = nullptr;
    QComboBox* m_rooftop = nullptr;
    QPushButton* m_importDms = nullptr;
    QPushButton* m_importBank = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_match = nullptr;
    QPushButton* m_unmatch = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_dmsTotal = nullptr;
    QLabel* m_paymentsTotal = nullptr;
    QLabel* m_matchedTotal = nullptr;
    QLabel* m_payoutsTotal = nullptr;
    QTabWidget* m_tabs = nullptr;
    ReconTableModel* m_dmsModel = nullptr;
    ReconTableModel* m_paymentsModel = nullptr;
    ReconTableModel* m_matchedModel = nullptr;
    ReconTableModel* m_payoutsModel = nullptr;
    QSortFilterProxyModel* m_dmsProxy = nullptr;
    QSortFilterProxyModel* m_paymentsProxy = nullptr;
    QSortFilterProxyModel* m_matchedProxy = nullptr;
    QSortFilterProxyModel* m_payoutsProxy = nullptr;
    QTableView* m_dmsTable = nullptr;
    QTableView* m_paymentsTable = nullptr;
    QTableView* m_matchedTable = nullptr;
    QTableView* m_payoutsTable = nullptr;
};

} // namespace dp::ui
