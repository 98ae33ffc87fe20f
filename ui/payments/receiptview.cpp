#include "receiptview.h"

#include "common/dialogbuttons.h"
#include "manage/managecommon.h"
#include "paymentstext.h"
#include "context/appcontext.h"
#include "auth/userservice.h"
#include "common/uistyle.h"
#include "foundation/money.h"
#include "payments/paymentqueries.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <utility>

namespace dp::ui {

namespace {
QString g_nextPdfFileName;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QString& label, const QString& value, bool strong = false)
{
    const QString cell = strong ? QStringLiteral("<b>") + value + QStringLiteral("</b>") : value;
    return QStringLiteral("<tr><td style=\"color:#6b6b6b; padding: 3px 12px 3px 0;\">%1</td>"
                          "<td align=\"right\" style=\"padding: 3px 0;\">%2</td></tr>")
        .arg(esc(label), cell);
}
}

void ReceiptView::setNextPdfFileName(const QString& path)
{
    g_nextPdfFileName = path;
}

QString ReceiptView::receiptHtml(const store::PaymentRow& p, const QList<store::RefundRow>& refunds,
                                 const QString& rooftopName, const QString& orgName)
{
    const auto money = [&p](qint64 minor) { return esc(formatMoney(minor, p.currency)); };
    QString html = QStringLiteral("<html><body style=\"font-size: 10pt;\">");
    html += QStringLiteral("<p style=\"font-size: 16pt; font-weight: bold; margin: 0;\">%1</p>").arg(esc(rooftopName));
    if (!orgName.isEmpty() && orgName != rooftopName)
        html += QStringLiteral("<p style=\"color:#6b6b6b; margin: 0;\">%1</p>").arg(esc(orgName));
    html += QStringLiteral("<p style=\"font-size: 13pt; margin-top: 18px; margin-bottom: 2px;\"><b>%1</b></p>")
                .arg(esc(p.receiptNumber.isEmpty() ? tr("Receipt") : tr("Receipt #%1").arg(p.receiptNumber)));
    html += QStringLiteral("<p style=\"color:#6b6b6b; margin: 0;\">%1</p>")
                .arg(esc(tr("Paid on %1").arg(localDateTime(p.created))));
    if (p.refunded > 0)
        html += QStringLiteral("<p style=\"color:#8a5a00; margin-top: 6px;\"><b>%1</b></p>")
                    .arg(esc(paymentStateText(p.state)));

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" style=\"margin-top: 14px;\">");
    html += row(tr("Customer"), esc(p.customer));
    if (!p.email.isEmpty())
        html += row(tr("E-mail"), esc(p.email));
    if (!p.roNumber.isEmpty())
        html += row(tr("Repair order / invoice"), esc(p.roNumber));
    if (!p.description.isEmpty())
        html += row(tr("Description"), esc(p.description));
    const QString card = cardText(p.cardBrand, p.cardLast4);
    html += row(tr("Payment method"), esc(card.isEmpty() ? tr("Card") : card));
    html += QStringLiteral("</table><hr/>");

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    html += row(tr("Amount paid"), money(p.amount), true);
    for (const store::RefundRow& r : refunds) {
        const QString label = tr("Refund on %1 — %2").arg(localDate(r.created), refundReasonText(r.reason));
        const QString status = r.status == QLatin1String("succeeded")
                                   ? QString()
                                   : QStringLiteral(" (%1)").arg(esc(refundStatusText(r.status)));
        html += row(label, QStringLiteral("−") + money(r.amount) + status);
    }
    if (p.refunded > 0) {
        html += row(tr("Total refunded"), QStringLiteral("−") + money(p.refunded));
        html += row(tr("Total charged after refunds"), money(p.amount - p.refunded), true);
    }
    html += QStringLiteral("</table><hr/>");
    QString footnote = esc(tr("Payment reference %1").arg(p.id));
    if (p.refunded > 0)
        footnote += QStringLiteral("<br/>") + esc(tr("Refunds reach the card in 5 to 10 business days."));
    html += QStringLiteral("<p style=\"color:#6b6b6b; font-size: 8pt;\">%1</p>").arg(footnote);
    html += QStringLiteral("<p>%1</p></body></html>").arg(esc(tr("Thank you for your business.")));
    return html;
}

ReceiptView::ReceiptView(AppContext& ctx, const Session& session, const QString& chargeId, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_chargeId(chargeId)
    , m_document(std::make_unique<QTextDocument>())
    , m_browser(new QTextBrowser)
    , m_status(makeNoticeLabel(QStringLiteral("receiptStatus")))
    , m_kept(new QLabel)
    , m_error(makeErrorLabel(QStringLiteral("receiptError")))
    , m_refund(nullptr)
{
    setObjectName(QStringLiteral("receiptView"));
    m_browser->setObjectName(QStringLiteral("receiptBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::StyledPanel);
    m_document->setDocumentMargin(24);

    auto* buttons = makeDialogButtons(this, QDialogButtonBox::Close, QDialogButtonBox::Close);
    QPushButton* print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printButton"));
    QPushButton* pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    if (session.can(Permission::Refund)) {
        m_refund = buttons->addButton(tr("Refund…"), QDialogButtonBox::ActionRole);
        m_refund->setObjectName(QStringLiteral("receiptRefundButton"));
        connect(m_refund, &QPushButton::clicked, this, [this] { emit refundRequested(m_chargeId); });
    }
    connect(print, &QPushButton::clicked, this, &ReceiptView::print);
    connect(pdf, &QPushButton::clicked, this, &ReceiptView::savePdfAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    m_kept->setObjectName(QStringLiteral("receiptKept"));
    m_kept->setWordWrap(true);
    m_kept->setToolTip(moneyFieldDescription(MoneyField::Kept));
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_kept);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumTextWidth(this, 80);
    resize(width(), fontMetrics().height() * 40);
    // No field to type in: the focus starts on the main button, so that Enter closes (not Print, the first button).
    buttons->button(QDialogButtonBox::Close)->setFocus();
    reload();
}

ReceiptView::~ReceiptView() = default;

void ReceiptView::reload()
{
    // Within the session's scope (SEC-1): another team's payment reads as not found.
    const auto payment = m_ctx.payments().byId(m_session, m_chargeId);
    const auto refunds = m_ctx.payments().refundsOf(m_session, m_chargeId);
    if (!payment || !refunds) {
        setWindowTitle(tr("Receipt"));
        m_browser->setPlainText(!payment && payment.error().code != Error::Code::NotFound
                                    ? payment.error().message
                                    : tr("This payment is not in the local store yet. Sync, then open the receipt again."));
        m_kept->clear();
        if (m_refund)
            m_refund->setEnabled(false);
        return;
    }
    const QString rooftop = rooftopNames(m_ctx).value(payment->accountId, tr("Unknown rooftop"));
    const QString html = receiptHtml(payment.value(), refunds.value(), rooftop, m_ctx.users().organizationName());
    m_document->setHtml(html);
    m_browser->setHtml(html);
    const QString subject = payment->roNumber.isEmpty() ? payment->customer : payment->roNumber;
    setWindowTitle(tr("Receipt — %1").arg(subject));
    m_suggestedName = tr("Receipt %1").arg(subject).remove(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")))
                      + QStringLiteral(".pdf");
    const auto money = [&payment](qint64 minor) { return formatMoney(minor, payment->currency); };
    m_kept->setText(isSettled(payment->state)
                        ? tr("Paid %1, fee %2, refunded %3: you keep %4.")
                              .arg(money(payment->amount), money(payment->fee), money(payment->refunded),
                                   money(payment->kept()))
                        : QString());
    if (m_refund) { // core decides (payments/refundeligibility.h) and checks again before anything is sent
        const RefundEligibility eligibility = canRefund(m_session, payment.value());
        m_refund->setEnabled(eligibility.allowed());
        m_refund->setToolTip(eligibility.reason);
    }
}

void ReceiptView::print()
{
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    auto* dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print receipt"));
    connect(dialog, &QDialog::accepted, this, [this] { m_document->print(m_printer.get()); });
    dialog->open();
}

QString ReceiptView::chooseFileName()
{
    if (!g_nextPdfFileName.isEmpty())
        return std::exchange(g_nextPdfFileName, QString());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, tr("Save receipt as PDF"), QDir(dir).filePath(m_suggestedName),
                                        tr("PDF documents (*.pdf)"));
}

void ReceiptView::savePdfAs()
{
    QString path = chooseFileName();
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    savePdf(path);
}

bool ReceiptView::savePdf(const QString& path)
{
    QFile::remove(path); // replaced only by a complete new file (the file dialog asked before overwriting)
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    printer.setDocName(windowTitle());
    printer.setCreator(QStringLiteral("DealerPay"));
    m_document->print(&printer);
    const bool ok = QFileInfo(path).size() > 0;
    showError(m_error, ok ? QString() : tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path)));
    showPlainNotice(m_status, ok ? tr("Saved to %1").arg(QDir::toNativeSeparators(path)) : QString());
    return ok;
}

} // namespace dp::ui
