#include "paymentengine.h"

#include "server/apierror.h"
#include "server/fixtures.h"
#include "server/jsonutil.h"
#include "ledger.h"
#include "server/sandboxstate.h"

#include <QJsonArray>

namespace dp::sandbox::payments {

namespace {

const QString kIntent = QStringLiteral("payment_intent");
const QString kCharge = QStringLiteral("charge");
const QString kRefund = QStringLiteral("refund");
constexpr qint64 kMinimumAmount = 50;
constexpr qint64 kMaximumAmount = 99999999;

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

qint64 delayDays(const SandboxState& state, const QString& account)
{
    if (account.isEmpty())
        return 2;
    return jsonAt(state.store().get(account), QStringLiteral("settings.payouts.schedule.delay_days")).toInteger(2);
}

QString statementDescriptor(const SandboxState& state, const QString& account)
{
    return account.isEmpty()
               ? QStringLiteral("DEALERPAY")
               : jsonAt(state.store().get(account), QStringLiteral("settings.payments.statement_descriptor"))
                     .toString();
}

QJsonObject cardDetails(const TestCard& card, bool authenticated)
{
    QJsonObject details = skeleton(kCharge).value(QLatin1String("payment_method_details")).toObject();
    QJsonObject c = details.value(QLatin1String("card")).toObject();
    c.insert(QStringLiteral("brand"), card.brand);
    c.insert(QStringLiteral("checks"),
             QJsonObject{{QStringLiteral("address_line1_check"), QJsonValue::Null},
                         {QStringLiteral("address_postal_code_check"), QStringLiteral("pass")},
                         {QStringLiteral("cvc_check"), card.failureCode == QLatin1String("incorrect_cvc")
                                                           ? QStringLiteral("fail")
                                                           : QStringLiteral("pass")}});
    c.insert(QStringLiteral("country"), card.country);
    c.insert(QStringLiteral("exp_month"), 12);
    c.insert(QStringLiteral("exp_year"), 2034);
    c.insert(QStringLiteral("fingerprint"), card.fingerprint);
    c.insert(QStringLiteral("funding"), card.funding);
    c.insert(QStringLiteral("last4"), card.last4);
    c.insert(QStringLiteral("network"), card.brand);
    nullify(c, {QStringLiteral("installments"), QStringLiteral("wallet"), QStringLiteral("mandate")});
    QJsonObject threeDs = c.value(QLatin1String("three_d_secure")).toObject();
    if (authenticated) {
        threeDs.insert(QStringLiteral("authentication_flow"), QStringLiteral("challenge"));
        threeDs.insert(QStringLiteral("result"), QStringLiteral("authenticated"));
        threeDs.insert(QStringLiteral("version"), QStringLiteral("2.2.0"));
        c.insert(QStringLiteral("three_d_secure"), threeDs);
    } else {
        c.insert(QStringLiteral("three_d_secure"), QJsonValue::Null);
    }
    details.insert(QStringLiteral("card"), c);
    details.insert(QStringLiteral("type"), QStringLiteral("card"));
    return details;
}

QJsonObject billingDetails(const Payer& payer)
{
    QJsonObject billing = skeleton(kCharge).value(QLatin1String("billing_details")).toObject();
    QJsonObject address = billing.value(QLatin1String("address")).toObject();
    address.insert(QStringLiteral("postal_code"), textOrNull(payer.postalCode));
    billing.insert(QStringLiteral("address"), address);
    billing.insert(QStringLiteral("email"), textOrNull(payer.email));
    billing.insert(QStringLiteral("name"), textOrNull(payer.name));
    billing.insert(QStringLiteral("phone"), textOrNull(payer.phone));
    return billing;
}

QJsonObject newCharge(SandboxState& state, const QString& account, const QJsonObject& intent, const TestCard& card,
                      const Payer& payer, bool authenticated)
{
    QJsonObject charge = skeleton(kCharge);
    const QString id = state.newId(QStringLiteral("ch_"));
    const qint64 amount = intent.value(QLatin1String("amount")).toInteger();
    charge.insert(QStringLiteral("id"), id);
    charge.insert(QStringLiteral("amount"), amount);
    charge.insert(QStringLiteral("amount_refunded"), 0);
    charge.insert(QStringLiteral("billing_details"), billingDetails(payer));
    charge.insert(QStringLiteral("calculated_statement_descriptor"), textOrNull(statementDescriptor(state, account)));
    charge.insert(QStringLiteral("created"), state.now());
    for (const char* key : {"currency", "customer", "description", "metadata", "receipt_email", "payment_intent"})
        charge.insert(QLatin1String(key), intent.value(QLatin1String(key)));
    charge.insert(QStringLiteral("payment_intent"), intent.value(QLatin1String("id")));
    charge.insert(QStringLiteral("fraud_details"), QJsonObject());
    charge.insert(QStringLiteral("livemode"), false);
    charge.insert(QStringLiteral("payment_method"), state.newId(QStringLiteral("pm_")));
    charge.insert(QStringLiteral("payment_method_details"), cardDetails(card, authenticated));
    charge.insert(QStringLiteral("receipt_url"), QString(state.baseUrl() + QStringLiteral("/receipts/payment/") + id));
    charge.insert(QStringLiteral("refunds"), listObject(QStringLiteral("/v1/charges/%1/refunds").arg(id), {}));
    nullify(charge, {QStringLiteral("shipping"), QStringLiteral("source"), QStringLiteral("transfer_data"),
                     QStringLiteral("review"), QStringLiteral("failure_balance_transaction")});
    const bool ok = card.outcome == TestCard::Outcome::Succeed || card.outcome == TestCard::Outcome::Authenticate;
    charge.insert(QStringLiteral("paid"), ok);
    charge.insert(QStringLiteral("captured"), ok);
    charge.insert(QStringLiteral("amount_captured"), ok ? amount : 0);
    charge.insert(QStringLiteral("status"), ok ? QStringLiteral("succeeded") : QStringLiteral("failed"));
    charge.insert(QStringLiteral("failure_code"), textOrNull(card.failureCode));
    charge.insert(QStringLiteral("failure_message"), textOrNull(card.message));
    charge.insert(
        QStringLiteral("outcome"),
        QJsonObject{{QStringLiteral("advice_code"), QJsonValue::Null},
                    {QStringLiteral("network_advice_code"), QJsonValue::Null},
                    {QStringLiteral("network_decline_code"), QJsonValue::Null},
                    {QStringLiteral("network_status"),
                     ok ? QStringLiteral("approved_by_network") : QStringLiteral("declined_by_network")},
                    {QStringLiteral("reason"), textOrNull(card.declineCode)},
                    {QStringLiteral("risk_level"), QStringLiteral("normal")},
                    {QStringLiteral("seller_message"),
                     ok ? QStringLiteral("Payment complete.")
                        : QStringLiteral("The bank did not return any further details with this decline.")},
                    {QStringLiteral("type"), ok ? QStringLiteral("authorized") : QStringLiteral("issuer_declined")}});
    if (ok) {
        const qint64 fee = ledger::processingFee(amount);
        const qint64 availableOn = (state.now() / ledger::kDay + delayDays(state, account)) * ledger::kDay;
        const QJsonObject txn = ledger::record(state, account,
                                               {QStringLiteral("charge"), QStringLiteral("charge"), amount, fee,
                                                charge.value(QLatin1String("currency")).toString(), id,
                                                charge.value(QLatin1String("description")).toString(), availableOn});
        charge.insert(QStringLiteral("balance_transaction"), txn.value(QLatin1String("id")));
    } else {
        charge.insert(QStringLiteral("balance_transaction"), QJsonValue::Null);
    }
    state.store().insert(kCharge, account, charge);
    state.emitEvent(ok ? QStringLiteral("charge.succeeded") : QStringLiteral("charge.failed"), charge, account);
    return charge;
}

QJsonObject requireIntent(SandboxState& state, const QString& account, const QString& id)
{
    return state.require(kIntent, account, id, kIntent);
}

} // namespace

void validateAmount(qint64 amount, const QString& currency, const QString& amountParam)
{
    if (currency != QLatin1String("usd") && currency != QLatin1String("cad"))
        fail::invalid(QStringLiteral("currency"),
                      QStringLiteral("Invalid currency: %1. The sandbox supports usd and cad.").arg(currency));
    if (amount < kMinimumAmount)
        fail::invalid(amountParam, QStringLiteral("Amount must be at least 50 cents."),
                      QStringLiteral("amount_too_small"));
    if (amount > kMaximumAmount)
        fail::invalid(amountParam, QStringLiteral("Amount must be no more than $999,999.99."),
                      QStringLiteral("amount_too_large"));
}

QJsonObject createIntent(SandboxState& state, const QString& account, const PaymentSpec& spec)
{
    validateAmount(spec.amount, spec.currency);
    QJsonObject pi = skeleton(kIntent);
    const QString id = state.newId(QStringLiteral("pi_"));
    pi.insert(QStringLiteral("id"), id);
    pi.insert(QStringLiteral("amount"), spec.amount);
    pi.insert(QStringLiteral("amount_capturable"), 0);
    pi.insert(QStringLiteral("amount_details"), QJsonObject{{QStringLiteral("tip"), QJsonObject()}});
    pi.insert(QStringLiteral("amount_received"), 0);
    pi.insert(QStringLiteral("capture_method"), QStringLiteral("automatic"));
    pi.insert(QStringLiteral("client_secret"), QString(id + QStringLiteral("_secret_") + state.newId({}, 25)));
    pi.insert(QStringLiteral("confirmation_method"), QStringLiteral("automatic"));
    pi.insert(QStringLiteral("created"), state.now());
    pi.insert(QStringLiteral("currency"), spec.currency);
    pi.insert(QStringLiteral("customer"), textOrNull(spec.customer));
    pi.insert(QStringLiteral("description"), textOrNull(spec.description));
    pi.insert(QStringLiteral("livemode"), false);
    pi.insert(QStringLiteral("metadata"), spec.metadata);
    pi.insert(QStringLiteral("payment_method_options"),
              QJsonObject{{QStringLiteral("card"),
                           QJsonObject{{QStringLiteral("request_three_d_secure"), QStringLiteral("automatic")}}}});
    pi.insert(QStringLiteral("payment_method_types"), QJsonArray{QStringLiteral("card")});
    pi.insert(QStringLiteral("receipt_email"), textOrNull(spec.receiptEmail));
    pi.insert(QStringLiteral("statement_descriptor_suffix"), textOrNull(spec.statementDescriptorSuffix));
    pi.insert(QStringLiteral("status"), QStringLiteral("requires_payment_method"));
    nullify(pi, {QStringLiteral("automatic_payment_methods"), QStringLiteral("canceled_at"),
                 QStringLiteral("last_payment_error"), QStringLiteral("next_action"), QStringLiteral("processing"),
                 QStringLiteral("shipping"), QStringLiteral("transfer_data"),
                 QStringLiteral("payment_method_configuration_details"), QStringLiteral("managed_payments")});
    state.store().insert(kIntent, account, pi);
    state.emitEvent(QStringLiteral("payment_intent.created"), pi, account);
    return pi;
}

QString pendingCard(SandboxState& state, const QString& intentId)
{
    return state.privateData(intentId).value(QLatin1String("pending_card")).toString();
}

QJsonObject confirm(SandboxState& state, const QString& account, const QString& intentId, const QString& cardNumber,
                    const Payer& payer, Challenge challenge)
{
    QJsonObject pi = requireIntent(state, account, intentId);
    const QString status = pi.value(QLatin1String("status")).toString();
    if (status == QLatin1String("succeeded") || status == QLatin1String("canceled")) {
        fail::with(
            ApiError(400, QStringLiteral("invalid_request_error"), QStringLiteral("payment_intent_unexpected_state"),
                     QStringLiteral("This PaymentIntent's status is %1, so it cannot be confirmed.").arg(status)));
    }
    const TestCard card = testCard(cardNumber);
    if (card.outcome == TestCard::Outcome::InvalidNumber) {
        ApiError error(402, QStringLiteral("card_error"), card.failureCode, card.message, QStringLiteral("number"));
        error.executed = true;
        fail::with(error);
    }
    QJsonObject& extra = state.privateData(intentId);
    if (card.outcome == TestCard::Outcome::Authenticate && challenge == Challenge::None) {
        extra.insert(QStringLiteral("pending_card"), cardNumber);
        pi.insert(QStringLiteral("status"), QStringLiteral("requires_action"));
        pi.insert(QStringLiteral("next_action"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("use_stripe_sdk")},
                              {QStringLiteral("use_stripe_sdk"),
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("three_d_secure_redirect")}}}});
        pi.insert(QStringLiteral("payment_method"), state.newId(QStringLiteral("pm_")));
        state.store().replace(intentId, pi);
        state.emitEvent(QStringLiteral("payment_intent.requires_action"), pi, account);
        return pi;
    }
    extra.remove(QStringLiteral("pending_card"));
    pi.insert(QStringLiteral("next_action"), QJsonValue::Null);
    if (card.outcome == TestCard::Outcome::Authenticate && challenge == Challenge::Fail) {
        pi.insert(QStringLiteral("status"), QStringLiteral("requires_payment_method"));
        pi.insert(QStringLiteral("last_payment_error"),
                  QJsonObject{{QStringLiteral("code"), QStringLiteral("payment_intent_authentication_failure")},
                              {QStringLiteral("message"),
                               QStringLiteral("The provided PaymentMethod has failed authentication.")},
                              {QStringLiteral("type"), QStringLiteral("invalid_request_error")}});
        state.store().replace(intentId, pi);
        state.emitEvent(QStringLiteral("payment_intent.payment_failed"), pi, account);
        return pi;
    }
    const QJsonObject charge =
        newCharge(state, account, pi, card, payer, card.outcome == TestCard::Outcome::Authenticate);
    pi.insert(QStringLiteral("latest_charge"), charge.value(QLatin1String("id")));
    pi.insert(QStringLiteral("payment_method"), charge.value(QLatin1String("payment_method")));
    if (charge.value(QLatin1String("paid")).toBool()) {
        pi.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
        pi.insert(QStringLiteral("amount_received"), pi.value(QLatin1String("amount")));
        pi.insert(QStringLiteral("last_payment_error"), QJsonValue::Null);
        state.store().replace(intentId, pi);
        state.emitEvent(QStringLiteral("payment_intent.succeeded"), pi, account);
    } else {
        pi.insert(QStringLiteral("status"), QStringLiteral("requires_payment_method"));
        pi.insert(QStringLiteral("last_payment_error"),
                  QJsonObject{{QStringLiteral("charge"), charge.value(QLatin1String("id"))},
                              {QStringLiteral("code"), card.failureCode},
                              {QStringLiteral("decline_code"), card.declineCode},
                              {QStringLiteral("message"), card.message},
                              {QStringLiteral("payment_method"),
                               QJsonObject{{QStringLiteral("id"), charge.value(QLatin1String("payment_method"))},
                                           {QStringLiteral("object"), QStringLiteral("payment_method")},
                                           {QStringLiteral("type"), QStringLiteral("card")}}},
                              {QStringLiteral("type"), QStringLiteral("card_error")}});
        state.store().replace(intentId, pi);
        state.emitEvent(QStringLiteral("payment_intent.payment_failed"), pi, account);
    }
    return pi;
}

QJsonObject cancelIntent(SandboxState& state, const QString& account, const QString& intentId, const QString& reason)
{
    QJsonObject pi = requireIntent(state, account, intentId);
    const QString status = pi.value(QLatin1String("status")).toString();
    if (status == QLatin1String("succeeded") || status == QLatin1String("canceled")) {
        fail::with(ApiError(
            400, QStringLiteral("invalid_request_error"), QStringLiteral("payment_intent_unexpected_state"),
            QStringLiteral("You cannot cancel this PaymentIntent because it has a status of %1.").arg(status)));
    }
    pi.insert(QStringLiteral("status"), QStringLiteral("canceled"));
    pi.insert(QStringLiteral("canceled_at"), state.now());
    pi.insert(QStringLiteral("cancellation_reason"), textOrNull(reason));
    pi.insert(QStringLiteral("next_action"), QJsonValue::Null);
    state.store().replace(intentId, pi);
    state.emitEvent(QStringLiteral("payment_intent.canceled"), pi, account);
    return pi;
}

QJsonObject refund(SandboxState& state, const QString& account, const QString& chargeId, std::optional<qint64> amount,
                   const QString& reason, const QJsonObject& metadata)
{
    QJsonObject charge = state.require(kCharge, account, chargeId, kCharge, QStringLiteral("charge"));
    if (charge.value(QLatin1String("status")).toString() != QLatin1String("succeeded"))
        fail::request(QStringLiteral("Charge %1 has not succeeded, so it cannot be refunded.").arg(chargeId),
                      QStringLiteral("charge"));
    const qint64 left =
        charge.value(QLatin1String("amount")).toInteger() - charge.value(QLatin1String("amount_refunded")).toInteger();
    if (left <= 0) {
        fail::with(ApiError(400, QStringLiteral("invalid_request_error"), QStringLiteral("charge_already_refunded"),
                            QStringLiteral("Charge %1 has already been refunded.").arg(chargeId),
                            QStringLiteral("charge")));
    }
    const qint64 value = amount.value_or(left);
    if (value <= 0)
        fail::invalid(QStringLiteral("amount"), QStringLiteral("Refund amount must be positive."));
    if (value > left) {
        fail::with(ApiError(
            400, QStringLiteral("invalid_request_error"), QStringLiteral("amount_too_large"),
            QStringLiteral("Refund amount (%1) is greater than unrefunded amount on charge (%2)").arg(value).arg(left),
            QStringLiteral("amount")));
    }
    QJsonObject refund = skeleton(kRefund);
    const QString id = state.newId(QStringLiteral("re_"));
    const QString currency = charge.value(QLatin1String("currency")).toString();
    const QJsonObject txn = ledger::record(state, account,
                                           {QStringLiteral("refund"), QStringLiteral("refund"), -value, 0, currency, id,
                                            QStringLiteral("REFUND FOR CHARGE (%1)").arg(chargeId), 0});
    refund.insert(QStringLiteral("id"), id);
    refund.insert(QStringLiteral("amount"), value);
    refund.insert(QStringLiteral("balance_transaction"), txn.value(QLatin1String("id")));
    refund.insert(QStringLiteral("charge"), chargeId);
    refund.insert(QStringLiteral("created"), state.now());
    refund.insert(QStringLiteral("currency"), currency);
    refund.insert(QStringLiteral("metadata"), metadata);
    refund.insert(QStringLiteral("payment_intent"), charge.value(QLatin1String("payment_intent")));
    refund.insert(QStringLiteral("payment_method"), charge.value(QLatin1String("payment_method")));
    refund.insert(QStringLiteral("reason"), textOrNull(reason));
    refund.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
    refund.insert(QStringLiteral("customer"), charge.value(QLatin1String("customer")));
    state.store().insert(kRefund, account, refund);

    const QJsonObject before = charge;
    const qint64 refunded = charge.value(QLatin1String("amount_refunded")).toInteger() + value;
    charge.insert(QStringLiteral("amount_refunded"), refunded);
    charge.insert(QStringLiteral("refunded"), refunded == charge.value(QLatin1String("amount")).toInteger());
    QJsonObject refunds = charge.value(QLatin1String("refunds")).toObject();
    QJsonArray data = refunds.value(QLatin1String("data")).toArray();
    data.prepend(refund);
    refunds.insert(QStringLiteral("data"), data);
    refunds.insert(QStringLiteral("total_count"), data.size());
    charge.insert(QStringLiteral("refunds"), refunds);
    state.store().replace(chargeId, charge);
    state.emitEvent(QStringLiteral("refund.created"), refund, account);
    state.emitEvent(QStringLiteral("charge.refunded"), charge, account, jsonDiff(before, charge));
    return refund;
}

} // namespace dp::sandbox::payments
