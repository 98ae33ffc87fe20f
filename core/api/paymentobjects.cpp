#include "paymentobjects.h"

namespace dp::api {
namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 num(const QJsonObject& o, const char* key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

// A field that is an id, or the expanded object carrying that id.
QString idOf(const QJsonValue& v)
{
    return v.isObject() ? v.toObject().value(QLatin1String("id")).toString() : v.toString();
}

} // namespace

BalanceTransaction BalanceTransaction::fromJson(const QJsonObject& o)
{
    BalanceTransaction t;
    t.id = str(o, "id");
    t.type = str(o, "type");
    t.source = idOf(o.value(QLatin1String("source")));
    t.currency = str(o, "currency");
    t.amount = num(o, "amount");
    t.fee = num(o, "fee");
    t.net = num(o, "net");
    t.created = num(o, "created");
    t.payoutId = idOf(o.value(QLatin1String("payout")));
    return t;
}

Charge Charge::fromJson(const QJsonObject& o)
{
    Charge c;
    c.id = str(o, "id");
    c.currency = str(o, "currency");
    c.status = str(o, "status");
    c.paymentIntent = idOf(o.value(QLatin1String("payment_intent")));
    c.description = str(o, "description");
    c.receiptUrl = str(o, "receipt_url");
    c.receiptNumber = str(o, "receipt_number");
    c.failureMessage = str(o, "failure_message");
    c.amount = num(o, "amount");
    c.amountRefunded = num(o, "amount_refunded");
    c.created = num(o, "created");
    const QJsonObject metadata = o.value(QLatin1String("metadata")).toObject();
    c.roNumber = str(metadata, "ro_number");
    c.consultant = str(metadata, "consultant");
    c.team = str(metadata, "team");
    const QJsonObject billing = o.value(QLatin1String("billing_details")).toObject();
    c.customerName = str(metadata, "customer_name");
    if (c.customerName.isEmpty())
        c.customerName = str(billing, "name");
    c.email = str(o, "receipt_email");
    if (c.email.isEmpty())
        c.email = str(billing, "email");
    const QJsonObject card = o.value(QLatin1String("payment_method_details")).toObject().value(QLatin1String("card")).toObject();
    c.cardBrand = str(card, "brand");
    c.cardLast4 = str(card, "last4");
    const QJsonValue txn = o.value(QLatin1String("balance_transaction"));
    c.balanceTransactionId = idOf(txn);
    if (txn.isObject()) {
        c.hasBalanceTransaction = true;
        c.fee = num(txn.toObject(), "fee");
        c.net = num(txn.toObject(), "net");
    }
    return c;
}

Refund Refund::fromJson(const QJsonObject& o)
{
    return {str(o, "id"), idOf(o.value(QLatin1String("charge"))), str(o, "currency"), str(o, "reason"), str(o, "status"),
            num(o, "amount"), num(o, "created")};
}

Payout Payout::fromJson(const QJsonObject& o)
{
    return {str(o, "id"), str(o, "currency"), str(o, "status"), num(o, "amount"), num(o, "arrival_date"), num(o, "created")};
}

CheckoutSession CheckoutSession::fromJson(const QJsonObject& o)
{
    CheckoutSession s;
    s.id = str(o, "id");
    s.url = str(o, "url");
    s.status = str(o, "status");
    s.paymentStatus = str(o, "payment_status");
    s.paymentIntent = idOf(o.value(QLatin1String("payment_intent")));
    s.clientReferenceId = str(o, "client_reference_id");
    s.amountTotal = num(o, "amount_total");
    s.expiresAt = num(o, "expires_at");
    return s;
}

} // namespace dp::api
