#pragma once

#include "paymentengine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace dp::sandbox {

class Params;
class SandboxState;

// Checkout Sessions (mode=payment, cards) and the Payment Links that open them, on one account's books.
namespace checkout {

// line_items[i][price_data][currency|unit_amount|product_data][name]] + [quantity] -> line item objects; fills the
// currency and the total and checks them like Stripe (one currency, 50 cents .. $999,999.99).
QJsonArray parseLineItems(SandboxState& state, const Params& params, QString* currency, qint64* total);
// payment_intent_data[description|metadata|receipt_email|statement_descriptor_suffix] as given.
QJsonObject parseIntentData(const Params& params);
void checkCardOnly(const Params& params); // payment_method_types[] may only name "card"

QJsonObject createSession(SandboxState& state, const QString& account, const Params& params);
// A session for one visit of a payment link (its line items, payment_intent_data and after_completion).
QJsonObject createSessionForLink(SandboxState& state, const QString& account, const QJsonObject& link);
// Marks an open session expired when its time is up (checkout.session.expired); returns the current object.
QJsonObject refresh(SandboxState& state, const QString& sessionId);
QJsonObject expire(SandboxState& state, const QString& sessionId);
QJsonArray lineItems(SandboxState& state, const QString& objectId);

struct PayResult
{
    QJsonObject session;
    QJsonObject intent;
};
// The customer pays an open session with a card: creates (or reuses) its PaymentIntent and confirms it; on success
// completes the session (checkout.session.completed) and counts the payment link's completed sessions.
PayResult pay(SandboxState& state, const QString& sessionId, const QString& card, const Payer& payer,
              payments::Challenge challenge);
QString successUrl(const QJsonObject& session);

QJsonObject createLink(SandboxState& state, const QString& account, const Params& params);
QJsonObject updateLink(SandboxState& state, const QString& account, const QString& id, const Params& params);
bool linkAcceptsPayments(const QJsonObject& link);

} // namespace checkout
} // namespace dp::sandbox
