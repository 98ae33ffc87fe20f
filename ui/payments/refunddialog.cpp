#include "refunddialog.h"

#include "common/async.h"
#include "common/formerrors.h"
#include "paymentstext.h"
#include "context/appcontext.h"
#include "payments/paymentqueries.h"
#include "common/uistyle.h"
#include "foundation/money.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dp::ui {

namespace {
QString summaryRow(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"color:#6b6b6b; padding-right: 16px;\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}
}

QString RefundDialog::confirmationText(const RefundDraft& d, const QString& rooftopName)
{
    const auto money = [&d](qint64 minor) { return formatMoney(minor, d.currency).toHtmlEscaped(); };
    const QString card = cardText(d.cardBrand, d.cardLast4);
    QString text = tr("<b>%1</b> goes back to %2's <b>%3</b>%4.")
                       .arg(money(d.amount), d.customer.toHtmlEscaped(),
                            (card.isEmpty() ? tr("card") : card).toHtmlEscaped(),
                            d.roNumber.isEmpty() ? QString() : tr(" (payment for %1)").arg(d.roNumber.toHtmlEscaped()));
    text += QStringLiteral("<p>");
    if (!d.full())
        text += tr("This is a partial refund: %1 of the %2 payment stays paid.")
                    .arg(money(d.paid - d.alreadyRefunded - d.amount), money(d.paid));
    else if (d.alreadyRefunded > 0)
        text += tr("This refunds the rest of the %1 payment (%2 was refunded before).")
                    .arg(money(d.paid), money(d.alreadyRefunded));
    else
        text += tr("This refunds the whole payment.");
    text += QStringLiteral("</p><p>");
    text += tr("<b>What the customer will see:</b> a refund of %1 from %2 on their card statement, usually within "
               "5 to 10 business days. The receipt lists the refund.")
                .arg(money(d.amount), rooftopName.toHtmlEscaped());
    text += QStringLiteral("</p><p>") + tr("Reason: %1.").arg(refundReasonText(d.reason).toHtmlEscaped());
    text += QStringLiteral(" ") + tr("A refund cannot be undone.") + QStringLiteral("</p>");
    return text;
}

RefundDialog::RefundDialog(AppContext& ctx, const Session& session, const QString& chargeId, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_chargeId(chargeId)
    , m_errors(std::make_unique<FormErrors>())
    , m_pages(new QStackedWidget)
    , m_summary(new QLabel)
    , m_amount(new QLineEdit)
    , m_reason(new QComboBox)
    , m_continue(nullptr)
    , m_confirmTitle(makeHeading(QString(), 2))
    , m_confirmText(new QLabel)
    , m_confirmError(makeErrorLabel(QStringLiteral("refundSubmitError")))
    , m_confirm(nullptr)
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund payment"));
    m_pages->addWidget(buildFormPage());
    m_pages->addWidget(buildConfirmPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumTextWidth(this, 80);

    const auto payment = ctx.payments().byId(session, chargeId);
    if (!payment) {
        m_errors->show({Error::Code::NotFound, tr("This payment is not in the local store. Sync and try again."), {}});
        m_continue->setEnabled(false);
        return;
    }
    m_rooftopName = rooftopNames(ctx).value(payment->accountId, tr("the dealership"));
    const qint64 refundable = canRefund(session, payment.value()).refundable; // core decides (refundeligibility.h)
    const auto money = [&payment](qint64 minor) { return formatMoney(minor, payment->currency).toHtmlEscaped(); };
    QString rows = summaryRow(tr("Customer"), payment->customer.toHtmlEscaped());
    if (!payment->roNumber.isEmpty())
        rows += summaryRow(tr("RO number"), payment->roNumber.toHtmlEscaped());
    rows += summaryRow(tr("Card"), cardText(payment->cardBrand, payment->cardLast4).toHtmlEscaped());
    rows += summaryRow(tr("Paid"), tr("%1 on %2").arg(money(payment->amount), localDate(payment->created)));
    if (payment->refunded > 0)
        rows += summaryRow(tr("Already refunded"), money(payment->refunded));
    rows += summaryRow(tr("Can be refunded"), QStringLiteral("<b>") + money(refundable) + QStringLiteral("</b>"));
    m_summary->setText(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">") + rows
                       + QStringLiteral("</table>"));
    m_amount->setText(formatMoney(refundable, payment->currency));
    m_amount->selectAll();
}

RefundDialog::~RefundDialog() = default;

QWidget* RefundDialog::buildFormPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("refundFormPage"));
    m_summary->setObjectName(QStringLiteral("refundSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_amount->setObjectName(QStringLiteral("refundAmountEdit"));
    m_amount->setAlignment(Qt::AlignRight);
    setMinimumTextWidth(m_amount, 14);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    for (const QString& reason : RefundService::reasons())
        m_reason->addItem(refundReasonText(reason), reason);

    auto* form = new QFormLayout;
    QLabel* amountError = makeErrorLabel(QStringLiteral("refundAmountError"));
    QLabel* reasonError = makeErrorLabel(QStringLiteral("refundReasonError"));
    form->addRow(tr("Amount to refund:"), withError(m_amount, amountError));
    form->addRow(tr("Reason:"), withError(m_reason, reasonError));
    m_errors->add({QStringLiteral("amount")}, m_amount, amountError);
    m_errors->add({QStringLiteral("reason")}, m_reason, reasonError);
    QLabel* general = makeErrorLabel(QStringLiteral("refundError"));
    m_errors->setGeneral(general);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_continue = buttons->addButton(tr("Continue…"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("refundContinueButton"));
    m_continue->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RefundDialog::proceed);
    connect(m_amount, &QLineEdit::textEdited, this, [this] { m_errors->clear(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_summary);
    layout->addWidget(makeSeparator());
    layout->addLayout(form);
    layout->addWidget(makeHintLabel(tr("Enter a smaller amount for a partial refund. You can refund the rest later.")));
    layout->addWidget(general);
    layout->addStretch(1);
    layout->addWidget(buttons);
    return page;
}

QWidget* RefundDialog::buildConfirmPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("refundConfirmPage"));
    m_confirmTitle->setObjectName(QStringLiteral("refundConfirmTitle"));
    m_confirmText->setObjectName(QStringLiteral("refundConfirmText"));
    m_confirmText->setTextFormat(Qt::RichText);
    m_confirmText->setWordWrap(true);

    auto* buttons = new QDialogButtonBox;
    QPushButton* back = buttons->addButton(tr("Back"), QDialogButtonBox::ResetRole);
    back->setObjectName(QStringLiteral("refundBackButton"));
    m_confirm = buttons->addButton(tr("Refund"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("refundConfirmButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(back, &QPushButton::clicked, this, &RefundDialog::back);
    connect(m_confirm, &QPushButton::clicked, this, &RefundDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_confirmTitle);
    layout->addWidget(m_confirmText);
    layout->addWidget(m_confirmError);
    layout->addStretch(1);
    layout->addWidget(buttons);
    return page;
}

void RefundDialog::proceed()
{
    m_errors->clear();
    const auto payment = m_ctx.payments().byId(m_session, m_chargeId);
    const QString currency = payment ? payment->currency : QStringLiteral("usd");
    const auto amount = parseMoney(m_amount->text(), currency);
    if (!amount) {
        m_errors->show(Error::validation(QStringLiteral("amount"),
                                         tr("Enter the amount in dollars and cents, like 125.00.")));
        return;
    }
    // Checks the role, the amount and the reason, and stores the refund with its key; nothing is sent yet.
    auto draft = m_ctx.refunds().prepare(m_session, m_chargeId, *amount, m_reason->currentData().toString());
    if (!draft.ok()) {
        m_errors->show(draft.error());
        return;
    }
    m_draft = draft.value();
    const QString amountText = formatMoney(m_draft->amount, m_draft->currency);
    m_confirmTitle->setText(m_draft->full() ? tr("Refund %1 in full?").arg(amountText)
                                            : tr("Refund %1 of %2?").arg(amountText,
                                                                         formatMoney(m_draft->paid, m_draft->currency)));
    m_confirmText->setText(confirmationText(*m_draft, m_rooftopName));
    m_confirm->setText(tr("Refund %1").arg(amountText));
    showError(m_confirmError, {});
    m_pages->setCurrentIndex(1);
    m_confirm->setFocus();
    growToFit(this);
}

void RefundDialog::back()
{
    m_draft.reset(); // the prepared refund was never sent; a new one is prepared on Continue
    showError(m_confirmError, {});
    m_pages->setCurrentIndex(0);
}

void RefundDialog::submit()
{
    if (!m_draft)
        return;
    setBusy(m_confirm, true, tr("Refunding…"));
    RefundService& refunds = m_ctx.refunds();
    const Session who = m_session;
    const QString key = m_draft->key;
    runAsync<Result<RefundRecord>>(this, [&refunds, who, key] { return refunds.submit(who, key); },
                                   [this](Result<RefundRecord> result) {
                                       setBusy(m_confirm, false);
                                       if (result.ok()) {
                                           emit refunded(result.value());
                                           accept();
                                           return;
                                       }
                                       if (result.error().field == QLatin1String("amount")) {
                                           back();
                                           m_errors->show(result.error());
                                           return;
                                       }
                                       // Outcome unknown or refused: the same key is sent again on retry.
                                       showError(m_confirmError, result.error().message);
                                       m_confirm->setText(tr("Try again"));
                                   });
}

} // namespace dp::ui
