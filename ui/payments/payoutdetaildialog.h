#pragma once

#include "auth/session.h"
#include "storage/payoutlistrepository.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QTableWidget;

namespace dp {
class PayoutService;
struct PayoutDetail;
}

namespace dp::ui {

// What one payout contains (PAY-7): every payment, refund, fee and adjustment, read from the API off the UI thread,
// with the totals by kind and a total line that equals the payout's amount (or says by how much it differs).
class PayoutDetailDialog : public QDialog
{
    Q_OBJECT
public:
    PayoutDetailDialog(PayoutService& service, const Session& session, const store::PayoutListRow& payout,
                       QWidget* parent = nullptr);
    ~PayoutDetailDialog() override;

signals:
    void loaded(bool ok);

private:
    void showDetail(const PayoutDetail& detail);

    store::PayoutListRow m_payout;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QLabel* m_status;
    QTableWidget* m_lines;
    QLabel* m_totals;
    QLabel* m_total;
    QLabel* m_check;
};

} // namespace dp::ui
