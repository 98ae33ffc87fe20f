#include "requestdialog.h"

#include "common/dialogbuttons.h"
#include "common/async.h"
#include "payments/fees.h"
#include "common/formerrors.h"
#include "context/appcontext.h"
#include "onboarding/connectionservice.h"
#include "common/uistyle.h"
#include "foundation/money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dp::ui {

namespace {
QLineEdit* makeEdit(const QString& objectName, const QString& placeholder = {})
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}
}

RequestDialog::RequestDialog(AppContext& ctx, const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_errors(std::make_unique<FormErrors>())
    , m_rooftop(new QComboBox)
    , m_customer(makeEdit(QStringLiteral("customerEdit"), tr("First and last name")))
    , m_mobile(makeEdit(QStringLiteral("mobileEdit"), tr("(514) 555-0123")))
    , m_email(makeEdit(QStringLiteral("emailEdit"), tr("Optional")))
    , m_amount(makeEdit(QStringLiteral("amountEdit"), tr("0.00")))
    , m_method(new QComboBox)
    , m_ro(makeEdit(QStringLiteral("roEdit"), tr("RO-10452")))
    , m_description(makeEdit(QStringLiteral("descriptionEdit"), tr("Brake pads and rotors (optional)")))
    , m_bySms(new QCheckBox(tr("Text message")))
    , m_byEmail(new QCheckBox(tr("E-mail")))
    , m_preview(new QLabel)
    , m_general(makeErrorLabel(QStringLiteral("requestError")))
    , m_send(nullptr)
{
    setObjectName(QStringLiteral("requestDialog"));
    setWindowTitle(tr("Request payment"));
    buildForm();
    setMinimumTextWidth(this, 90);
    updatePreview();
}

RequestDialog::~RequestDialog() = default;

void RequestDialog::buildForm()
{
    m_rooftop->setObjectName(QStringLiteral("requestRooftopCombo"));
    for (const Rooftop& r : m_ctx.connections().rooftops()) {
        if (r.status == ConnectionStatus::Connected && !r.accountId.isEmpty())
            m_rooftop->addItem(r.name, r.id);
    }
    m_rooftop->setPlaceholderText(tr("No rooftop takes payments yet"));
    m_amount->setAlignment(Qt::AlignRight);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->addItem(tr("Credit or debit card"), QStringLiteral("card"));
    m_method->addItem(tr("Bank transfer (ACH)"), QStringLiteral("us_bank_account"));
    m_bySms->setObjectName(QStringLiteral("smsCheck"));
    m_bySms->setChecked(true);
    m_byEmail->setObjectName(QStringLiteral("emailCheck"));
    m_preview->setObjectName(QStringLiteral("feePreview"));
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setWordWrap(true);
    m_errors->setGeneral(m_general);

    struct Row
    {
        QString label;
        QWidget* input;
        QString errorName;
        QStringList fields;
    };
    auto* channels = new QWidget;
    auto* channelRow = new QHBoxLayout(channels);
    channelRow->setContentsMargins(0, 0, 0, 0);
    channelRow->addWidget(m_bySms);
    channelRow->addWidget(m_byEmail);
    channelRow->addStretch(1);
    const Row customerRows[] = {
        {tr("Customer:"), m_customer, QStringLiteral("customerError"), {QStringLiteral("customer_name")}},
        {tr("Mobile:"), m_mobile, QStringLiteral("mobileError"), {QStringLiteral("mobile")}},
        {tr("E-mail:"), m_email, QStringLiteral("emailError"), {QStringLiteral("email")}},
        {tr("Send by:"), channels, QStringLiteral("channelError"), {QStringLiteral("channel")}},
    };
    const Row paymentRows[] = {
        {tr("Rooftop:"), m_rooftop, QStringLiteral("rooftopError"), {QStringLiteral("rooftop")}},
        {tr("Amount:"), m_amount, QStringLiteral("amountError"), {QStringLiteral("amount")}},
        {tr("Pay with:"), m_method, QStringLiteral("methodError"), {QStringLiteral("payment_method")}},
        {tr("RO / invoice number:"), m_ro, QStringLiteral("roError"), {QStringLiteral("ro_number")}},
        {tr("Description:"), m_description, QStringLiteral("descriptionError"), {QStringLiteral("description")}},
    };
    auto addRows = [this](QFormLayout* form, const auto& rows) {
        for (const Row& row : rows) {
            QLabel* error = makeErrorLabel(row.errorName);
            form->addRow(row.label, withError(row.input, error));
            m_errors->add(row.fields, row.input, error);
        }
    };
    auto* customerBox = new QGroupBox(tr("Customer"));
    auto* customerForm = new QFormLayout(customerBox);
    addRows(customerForm, customerRows);
    auto* paymentBox = new QGroupBox(tr("Payment"));
    auto* paymentForm = new QFormLayout(paymentBox);
    addRows(paymentForm, paymentRows);
    paymentForm->addRow(QString(), m_preview);
    // One label column for both boxes, so that their inputs line up.
    QList<QWidget*> labels;
    int labelWidth = 0;
    for (QFormLayout* form : {customerForm, paymentForm}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                labels.append(item->widget());
                labelWidth = qMax(labelWidth, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget* label : std::as_const(labels))
        label->setMinimumWidth(labelWidth);

    auto* buttons = makeDialogButtons(this, QDialogButtonBox::Cancel);
    m_send = buttons->addButton(tr("Send request"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendRequestButton"));
    setMainButton(m_send);
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(makeHintLabel(tr("The customer receives a secure link and pays by card on their phone. "
                                       "The link expires after 24 hours.")));
    layout->addWidget(customerBox);
    layout->addWidget(paymentBox);
    layout->addWidget(m_general);
    layout->addWidget(buttons);

    connect(m_amount, &QLineEdit::textChanged, this, &RequestDialog::updatePreview);
    for (QLineEdit* edit : {m_customer, m_mobile, m_email, m_amount, m_ro, m_description})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_errors->clear(); });
    // Typing an address means "send it there too", until the person decides otherwise.
    connect(m_email, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!m_byEmail->property("dp_touched").toBool())
            m_byEmail->setChecked(!text.trimmed().isEmpty());
    });
    connect(m_byEmail, &QCheckBox::clicked, this, [this] { m_byEmail->setProperty("dp_touched", true); });
    connect(m_rooftop, &QComboBox::currentIndexChanged, this, &RequestDialog::updatePreview);
}

QString RequestDialog::currency() const
{
    const auto rooftop = m_ctx.connections().rooftop(m_rooftop->currentData().toLongLong());
    return rooftop.ok() && rooftop->country == QLatin1String("CA") ? QStringLiteral("cad") : QStringLiteral("usd");
}

std::optional<qint64> RequestDialog::amount() const
{
    return parseMoney(m_amount->text(), currency());
}

void RequestDialog::updatePreview()
{
    const auto value = amount();
    if (!value || *value < fees::kMinPaymentMinor || *value > fees::kMaxPaymentMinor) {
        m_preview->setText(tr("<span style=\"color: #6b6b6b\">Card fee: 3.25 % + %1 per payment.</span>")
                               .arg(formatMoney(fees::kFixedMinor, currency())));
        return;
    }
    const QString cur = currency();
    m_preview->setText(tr("Card fee <b>%1</b> · The rooftop receives <b>%2</b>")
                           .arg(formatMoney(fees::platformFee(*value), cur), formatMoney(fees::net(*value), cur)));
}

void RequestDialog::send()
{
    m_errors->clear();
    QList<FieldError> errors; // all of them at once, shown in the order of the form
    const auto value = amount();
    const bool unreadableAmount = !value && !m_amount->text().trimmed().isEmpty();
    if (unreadableAmount)
        errors.append({QStringLiteral("amount"), tr("Enter the amount in dollars and cents, like 1,250.00.")});
    if (m_rooftop->currentIndex() < 0)
        errors.append({QStringLiteral("rooftop"), tr("No rooftop takes payments yet: an Admin must connect one first.")});
    PaymentRequestInput input;
    input.rooftopId = m_rooftop->currentData().toLongLong();
    input.customerName = m_customer->text().trimmed();
    input.mobile = m_mobile->text().trimmed(); // as typed: core reads "(514) 555-0142" and stores E.164
    input.email = m_email->text().trimmed();
    input.amount = value.value_or(0);
    input.currency = currency();
    input.roNumber = m_ro->text().trimmed();
    input.description = m_description->text().trimmed();
    input.paymentMethod = m_method->currentData().toString();
    input.sendSms = m_bySms->isChecked();
    input.sendEmail = m_byEmail->isChecked();
    // Core delivers to every address it is given: an unticked channel gets nothing.
    if (!input.sendSms)
        input.mobile.clear();
    if (!input.sendEmail)
        input.email.clear();
    if (auto invalid = m_ctx.requests().validate(input)) {
        for (const FieldError& error : std::as_const(invalid->fieldErrors)) {
            if (!(unreadableAmount && error.field == QLatin1String("amount")))
                errors.append(error);
        }
    }
    if (auto invalid = Error::validation(errors)) {
        m_errors->show(*invalid);
        return;
    }

    setBusy(m_send, true, tr("Sending…"));
    PaymentRequestService& requests = m_ctx.requests();
    const Session who = m_session;
    runAsync<Result<PaymentRequest>>(
        this, [&requests, who, input] { return requests.create(who, input); },
        [this](Result<PaymentRequest> result) {
            setBusy(m_send, false);
            emit requestsChanged();
            if (!result.ok()) {
                m_errors->show(result.error());
                return;
            }
            emit sent(result.value());
            accept();
        });
}

} // namespace dp::ui
