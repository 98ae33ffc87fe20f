#pragma once

#include "auth/session.h"
#include "payments/refundservice.h"
#include "storage/paymentstore.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPrinter;
class QPushButton;
class QTextBrowser;
class QTextDocument;

namespace dp {
class AppContext;
}

namespace dp::ui {

// PAY-4: the customer's receipt for one payment (what was paid, with which card, and every refund), with Print
// (Qt Print Support) and Save as PDF.
class ReceiptView : public QDialog
{
    Q_OBJECT
public:
    ReceiptView(AppContext& ctx, const Session& session, const QString& chargeId, QWidget* parent = nullptr);
    ~ReceiptView() override;

    QString chargeId() const { return m_chargeId; }
    // The receipt as HTML (QTextDocument's subset), in the user's language and time zone.
    static QString receiptHtml(const store::PaymentRow& payment, const QList<store::RefundRow>& refunds,
                               const QString& rooftopName, const QString& orgName);
    // Writes the receipt to `path` as a PDF; false (and a message on the dialog) when it could not.
    bool savePdf(const QString& path);

    // Test seam: the next "Save as PDF…" writes to this file instead of asking with a file dialog.
    static void setNextPdfFileName(const QString& path);

public slots:
    void reload(); // from the local store (after a refund)

signals:
    void refundRequested(const QString& chargeId);

private:
    void print();
    void savePdfAs();
    QString chooseFileName();

    AppContext& m_ctx;
    Session m_session;
    QString m_chargeId;
    QString m_suggestedName;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<QPrinter> m_printer;
    QTextBrowser* m_browser;
    QLabel* m_status;
    QLabel* m_kept; // for the dealership, not on the customer's receipt: amount, fee, refunded, you keep
    QLabel* m_error;
    QPushButton* m_refund;
};

} // namespace dp::ui
