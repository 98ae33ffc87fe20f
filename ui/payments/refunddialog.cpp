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
    , m_outcome(new QLabel)
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
    showPage(0); // the buttons are in the dialog now: Continue becomes its default button

    const auto payment = ctx.payments().byId(session, chargeId);
    if (!payment) {
        m_errors->show({Error::Code::NotFound, tr("This payment is not in the local store. Sync and try again."), {}});
        m_continue->setEnabled(false);
        return;
    }
    m_rooftopName = rooftopNames(ctx).value(payment->accountId, tr("the dealership"));
    loadPayment();
    // A refund of this payment whose outcome is unknown is shown, and checked with the server, before anything else.
    if (auto pending = ctx.refunds().unresolvedFor(chargeId)) {
        m_draft = *pending;
        m_unresolved = true;
        showUnresolved(tr("Refund outcome unknown — checking whether the payments server made the refund of %1…")
                           .arg(formatMoney(pending->amount, pending->currency)));
        startCheck(false);
    }
}

void RefundDialog::loadPayment()
{
    const auto payment = m_ctx.payments().byId(m_session, m_chargeId);
    if (!payment)
        return;
    const qint64 refundable = canRefund(m_session, payment.value()).refundable; // core decides (refundeligibility.h)
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
    m_continue->setEnabled(refundable > 0);
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
    connect(buttons, &QDialogButtonBox::accepted, this, &RefundDialog::proceed);
    connect(m_amount, &QLineEdit::textEdited, this, [this] { m_errors->clear(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_summary);
    m_outcome->setObjectName(QStringLiteral("refundOutcomeStatus"));
    m_outcome->setWordWrap(true);
    m_outcome->setVisible(false);
    layout->addWidget(m_outcome);
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

void RefundDialog::showPage(int page)
{
    m_pages->setCurrentIndex(page);
    // Enter does the main action of the page on show; set after the buttons are in the dialog, or the dialog never
    // learns about it and Enter closes it.
    QPushButton* main = page == 0 ? m_continue : m_confirm;
    main->setDefault(true);
    (page == 0 ? m_confirm : m_continue)->setDefault(false);
    if (page == 0)
        m_amount->setFocus();
    else
        m_confirm->setFocus();
}

void RefundDialog::showOutcome(const QString& status)
{
    m_outcome->setText(status);
    m_outcome->setVisible(!status.isEmpty());
    // The stacked pages do not ask a wrapped label for its height at their width: reserve it, then grow.
    m_outcome->setMinimumHeight(status.isEmpty() ? 0 : m_outcome->heightForWidth(m_pages->width()));
    growToFit(this);
}

void RefundDialog::showUnresolved(const QString& status)
{
    if (m_draft) {
        m_amount->setText(formatMoney(m_draft->amount, m_draft->currency));
        const int reason = m_reason->findData(m_draft->reason);
        if (reason >= 0)
            m_reason->setCurrentIndex(reason);
    }
    // The amount and reason are those of the refund already sent: it is resolved before anything else is made.
    m_amount->setEnabled(false);
    m_reason->setEnabled(false);
    showOutcome(status);
}

void RefundDialog::startNewRefund(const QString& status)
{
    m_draft.reset();
    m_unresolved = false;
    m_amount->setEnabled(true);
    m_reason->setEnabled(true);
    loadPayment();
    showOutcome(status);
}

void RefundDialog::startCheck(bool userAction)
{
    if (!m_draft)
        return;
    setBusy(m_continue, true, tr("Checking…"));
    RefundService& refunds = m_ctx.refunds();
    const Session who = m_session;
    const QString key = m_draft->key;
    const QString amount = formatMoney(m_draft->amount, m_draft->currency);
    runAsync<Result<RefundCheck>>(this, [&refunds, who, key] { return refunds.check(who, key); },
                                  [this, userAction, amount](Result<RefundCheck> checked) {
                                      setBusy(m_continue, false);
                                      showPage(0); // focus back in the form: Enter is Continue, not Cancel
                                      if (!checked.ok()) {
                                          showUnresolved(checked.error().message);
                                          return;
                                      }
                                      switch (checked->outcome) {
                                      case RefundCheck::Outcome::Refunded:
                                          emit refunded(*checked->refund);
                                          if (userAction) {
                                              accept();
                                              return;
                                          }
                                          startNewRefund(tr("The refund of %1 was made. The customer gets it back "
                                                            "once.").arg(amount));
                                          return;
                                      case RefundCheck::Outcome::NotSent:
                                          startNewRefund(tr("The earlier refund of %1 was not made: the payments "
                                                            "server never received it. You can start a new refund.")
                                                             .arg(amount));
                                          return;
                                      case RefundCheck::Outcome::NotAtServer:
                                          showUnresolved(tr("Refund outcome unknown — the payments server has not "
                                                            "made the refund of %1. Continue to send it again; it "
                                                            "cannot be made twice.").arg(amount));
                                          if (userAction)
                                              showConfirmation();
                                          return;
                                      }
                                  });
}

void RefundDialog::showConfirmation()
{
    const QString amountText = formatMoney(m_draft->amount, m_draft->currency);
    m_confirmTitle->setText(m_draft->full() ? tr("Refund %1 in full?").arg(amountText)
                                            : tr("Refund %1 of %2?").arg(amountText,
                                                                         formatMoney(m_draft->paid, m_draft->currency)));
    m_confirmText->setText(confirmationText(*m_draft, m_rooftopName));
    m_confirm->setText(m_unresolved ? tr("Send the refund of %1 again").arg(amountText)
                                    : tr("Refund %1").arg(amountText));
    showError(m_confirmError, {});
    showPage(1);
    growToFit(this);
}

void RefundDialog::proceed()
{
    m_errors->clear();
    if (m_draft && m_unresolved) {
        startCheck(true); // the server is asked before anything is sent again
        return;
    }
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
        if (auto pending = m_ctx.refunds().unresolvedFor(m_chargeId)) { // someone else's, of unknown outcome
            m_draft = *pending;
            m_unresolved = true;
            showUnresolved(draft.error().message);
            return;
        }
        m_errors->show(draft.error());
        return;
    }
    m_draft = draft.value();
    showConfirmation();
}

void RefundDialog::back()
{
    // A refund that was sent and whose outcome is unknown is kept (with its key) until the server says what became
    // of it; one that was never sent is replaced by the next Continue.
    if (!m_unresolved)
        m_draft.reset();
    else
        showUnresolved(tr("Refund outcome unknown — checking. Continue asks the payments server whether the refund "
                          "of %1 was made before anything is sent again.")
                           .arg(formatMoney(m_draft->amount, m_draft->currency)));
    showError(m_confirmError, {});
    showPage(0);
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
                                   [this, key](Result<RefundRecord> result) {
                                       setBusy(m_confirm, false);
                                       if (result.ok()) {
                                           emit refunded(result.value());
                                           accept();
                                           return;
                                       }
                                       const auto pending = m_ctx.refunds().unresolvedFor(m_chargeId);
                                       m_unresolved = pending && pending->key == key;
                                       if (!m_unresolved && (result.error().field == QLatin1String("amount")
                                                             || result.error().code == Error::Code::Conflict)) {
                                           back(); // refused or never made: a new refund can be prepared
                                           m_errors->show(result.error());
                                           return;
                                       }
                                       // Outcome unknown: kept; the next try asks the server first.
                                       showError(m_confirmError, result.error().message);
                                       m_confirm->setText(tr("Try again"));
                                       showPage(1); // Enter means Try again, not the button focus fell on
                                       growToFit(this);
                                   });
}

} // namespace dp::ui
