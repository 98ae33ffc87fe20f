// What the customer sees: payment link landing, hosted checkout with test cards, the 3-D Secure challenge,
// the confirmation and the receipt.
#include "connect/accountmodel.h"
#include "server/apierror.h"
#include "payments/checkout.h"
#include "foundation/validators.h"
#include "htmlpage.h"
#include "server/jsonutil.h"
#include "server/router.h"
#include "server/routes.h"
#include "server/sandboxstate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace dp::sandbox {

namespace {

const QString kSession = QStringLiteral("checkout.session");

QString merchantName(SandboxState& state, const QString& account)
{
    return account.isEmpty() ? QStringLiteral("DealerPay") : accounts::displayName(state.store().get(account));
}

QString summary(SandboxState& state, const QJsonObject& session)
{
    const QString id = session.value(QLatin1String("id")).toString();
    const QString currency = session.value(QLatin1String("currency")).toString();
    QString rows;
    for (const QJsonValue& v : checkout::lineItems(state, id)) {
        const QJsonObject item = v.toObject();
        rows += QStringLiteral("<tr><td>%1 &times; %2</td><td style=\"text-align:right\">%3</td></tr>")
                    .arg(html::escape(item.value(QLatin1String("description")).toString()),
                         QString::number(item.value(QLatin1String("quantity")).toInteger()),
                         html::money(item.value(QLatin1String("amount_total")).toInteger(), currency));
    }
    return QStringLiteral("<div class=\"card\"><p class=\"muted\">Pay %1</p><p class=\"big\" "
                          "id=\"total\">%2</p><table>%3</table></div>")
        .arg(html::escape(merchantName(state, state.store().accountOf(id))),
             html::money(session.value(QLatin1String("amount_total")).toInteger(), currency), rows);
}

QString field(const QString& name, const QString& label, const QString& value, const QString& attributes = {})
{
    return QStringLiteral(
               "<div class=\"field\"><label for=\"%1\">%2</label><input id=\"%1\" name=\"%1\" value=\"%3\" %4></div>")
        .arg(name, html::escape(label), html::escape(value), attributes);
}

ApiResponse payForm(SandboxState& state, const QJsonObject& session, const QVariantMap& values, const QString& error,
                    int status = 200)
{
    auto value = [&](const char* key) { return values.value(QLatin1String(key)).toString(); };
    QString body = summary(state, session);
    body += QStringLiteral("<form class=\"card\" method=\"post\">");
    if (!error.isEmpty())
        body += QStringLiteral("<div class=\"banner\" role=\"alert\" id=\"payment-error\">%1</div>")
                    .arg(html::escape(error));
    const QString email =
        value("email").isEmpty() ? session.value(QLatin1String("customer_email")).toString() : value("email");
    body += field(QStringLiteral("email"), QStringLiteral("Email"), email,
                  QStringLiteral("type=\"email\" autocomplete=\"email\""));
    body += QStringLiteral("<h2>Card information</h2>");
    body +=
        field(QStringLiteral("card_number"), QStringLiteral("Card number"), value("card_number"),
              QStringLiteral("inputmode=\"numeric\" autocomplete=\"cc-number\" placeholder=\"1234 1234 1234 1234\""));
    body += QStringLiteral("<div class=\"row\">") +
            field(QStringLiteral("card_expiry"), QStringLiteral("Expiration (MM / YY)"), value("card_expiry"),
                  QStringLiteral("placeholder=\"MM / YY\" autocomplete=\"cc-exp\"")) +
            field(QStringLiteral("card_cvc"), QStringLiteral("CVC"), value("card_cvc"),
                  QStringLiteral("inputmode=\"numeric\" placeholder=\"CVC\"")) +
            QStringLiteral("</div>");
    body += field(QStringLiteral("card_name"), QStringLiteral("Name on card"), value("card_name"),
                  QStringLiteral("autocomplete=\"cc-name\""));
    body += field(QStringLiteral("postal_code"), QStringLiteral("ZIP / postal code"), value("postal_code"),
                  QStringLiteral("autocomplete=\"postal-code\""));
    body += QStringLiteral("<p><button type=\"submit\">Pay %1</button></p></form>")
                .arg(html::money(session.value(QLatin1String("amount_total")).toInteger(),
                                 session.value(QLatin1String("currency")).toString()));
    body += QStringLiteral("<div class=\"card muted\"><h2>Test cards</h2><table>"
                           "<tr><td>4242 4242 4242 4242</td><td>succeeds</td></tr>"
                           "<tr><td>4000 0000 0000 0002</td><td>is declined</td></tr>"
                           "<tr><td>4000 0000 0000 9995</td><td>is declined (insufficient funds)</td></tr>"
                           "<tr><td>4000 0027 6000 3184</td><td>asks for 3-D Secure authentication</td></tr></table>"
                           "<p>Any future expiry date, any CVC and any postal code.</p></div>");
    return ApiResponse::html(html::page(QStringLiteral("Checkout"), body), status);
}

// Checks the form like a card form would; returns the first problem or an empty string.
QString formProblem(const QVariantMap& form, qint64 now)
{
    auto value = [&](const char* key) { return form.value(QLatin1String(key)).toString().trimmed(); };
    if (!validate::email(value("email")).ok)
        return QStringLiteral("Your email address is incomplete.");
    const QString number = validate::digitsOnly(value("card_number"));
    if (number.size() < 12 || !QRegularExpression(QStringLiteral("^\\d+$")).match(number).hasMatch())
        return QStringLiteral("Your card number is incomplete.");
    const auto expiry =
        QRegularExpression(QStringLiteral("^(\\d{1,2})\\s*/?\\s*(\\d{2})$")).match(value("card_expiry"));
    const QDate today = QDateTime::fromSecsSinceEpoch(now).date();
    if (!expiry.hasMatch())
        return QStringLiteral("Your card's expiration date is incomplete.");
    const int month = expiry.captured(1).toInt();
    const int year = 2000 + expiry.captured(2).toInt();
    if (month < 1 || month > 12)
        return QStringLiteral("Your card's expiration date is invalid.");
    if (year < today.year() || (year == today.year() && month < today.month()))
        return QStringLiteral("Your card's expiration year is in the past.");
    if (!QRegularExpression(QStringLiteral("^\\d{3,4}$")).match(value("card_cvc")).hasMatch())
        return QStringLiteral("Your card's security code is incomplete.");
    if (value("card_name").isEmpty())
        return QStringLiteral("Enter the name on the card.");
    if (value("postal_code").isEmpty())
        return QStringLiteral("Your postal code is incomplete.");
    return {};
}

ApiResponse afterPayment(SandboxState& state, const QString& sessionId, const checkout::PayResult& result)
{
    const QString status = result.intent.value(QLatin1String("status")).toString();
    if (status == QLatin1String("requires_action"))
        return ApiResponse::redirect(state.baseUrl() + QStringLiteral("/checkout/pay/") + sessionId +
                                     QStringLiteral("/challenge"));
    const QJsonObject session = state.store().get(sessionId);
    if (status == QLatin1String("succeeded")) {
        const QString success = checkout::successUrl(session);
        return ApiResponse::redirect(success.isEmpty() ? state.baseUrl() + QStringLiteral("/checkout/done/") + sessionId
                                                       : success);
    }
    const QString message = jsonAt(result.intent, QStringLiteral("last_payment_error.message")).toString();
    return payForm(state, session, {}, message.isEmpty() ? QStringLiteral("Your card was declined.") : message, 402);
}

// Finds a session for a page, or answers the page that says why it cannot be paid.
bool openSession(SandboxState& state, const QString& id, QJsonObject* session, ApiResponse* page)
{
    if (state.store().typeOf(id) != kSession) {
        *page = ApiResponse::html(
            html::messagePage(QStringLiteral("Not found"), QStringLiteral("This checkout page does not exist.")), 404);
        return false;
    }
    *session = checkout::refresh(state, id);
    const QString status = session->value(QLatin1String("status")).toString();
    if (status == QLatin1String("complete")) {
        *page = ApiResponse::redirect(state.baseUrl() + QStringLiteral("/checkout/done/") + id);
        return false;
    }
    if (status == QLatin1String("expired")) {
        *page = ApiResponse::html(
            html::messagePage(
                QStringLiteral("Checkout expired"),
                QStringLiteral("This checkout session has expired. Ask the dealership for a new payment link.")),
            410);
        return false;
    }
    return true;
}

ApiResponse checkoutPage(SandboxState& state, const ApiRequest& r)
{
    QJsonObject session;
    ApiResponse page;
    if (!openSession(state, r.arg(0), &session, &page))
        return page;
    if (r.method == QLatin1String("GET")) {
        // The customer opened the link. The live API has no event for this; the sandbox emits one (a DealerPay
        // extension) so that requests can show "Viewed". Once per session.
        QJsonObject& hidden = state.privateData(r.arg(0));
        if (!hidden.contains(QLatin1String("viewed_at"))) {
            hidden.insert(QStringLiteral("viewed_at"), state.now());
            state.emitEvent(QStringLiteral("checkout.session.viewed"), session, state.store().accountOf(r.arg(0)));
        }
        return payForm(state, session, {}, {});
    }
    const QString problem = formProblem(r.params, state.now());
    if (!problem.isEmpty())
        return payForm(state, session, r.params, problem, 400);
    const Payer payer{r.params.value(QStringLiteral("card_name")).toString(),
                      r.params.value(QStringLiteral("email")).toString(),
                      {},
                      r.params.value(QStringLiteral("postal_code")).toString()};
    try {
        return afterPayment(
            state, r.arg(0),
            checkout::pay(state, r.arg(0),
                          validate::digitsOnly(r.params.value(QStringLiteral("card_number")).toString()), payer,
                          payments::Challenge::None));
    } catch (const ApiError& error) {
        return payForm(state, session, r.params, error.message, error.status);
    }
}

ApiResponse challengePage(SandboxState& state, const ApiRequest& r)
{
    QJsonObject session;
    ApiResponse page;
    if (!openSession(state, r.arg(0), &session, &page))
        return page;
    const QString intentId = session.value(QLatin1String("payment_intent")).toString();
    const QString card = intentId.isEmpty() ? QString() : payments::pendingCard(state, intentId);
    if (card.isEmpty())
        return ApiResponse::redirect(state.baseUrl() + QStringLiteral("/checkout/pay/") + r.arg(0));
    if (r.method == QLatin1String("POST")) {
        const bool pass = r.params.value(QStringLiteral("result")).toString() == QLatin1String("pass");
        const QJsonObject intent = state.store().get(intentId);
        const Payer payer{{}, session.value(QLatin1String("customer_email")).toString(), {}, {}};
        return afterPayment(
            state, r.arg(0),
            checkout::pay(state, r.arg(0), card, payer, pass ? payments::Challenge::Pass : payments::Challenge::Fail));
    }
    const QString body =
        QStringLiteral("<div class=\"card\"><h1>3D Secure 2 Test Page</h1><p class=\"lead\" id=\"challenged\">"
                       "Your bank challenged this payment of %1 to %2. This is a test: choose the outcome.</p>"
                       "<form method=\"post\" style=\"display:flex;gap:12px\">"
                       "<button name=\"result\" value=\"pass\" type=\"submit\">Complete authentication</button>"
                       "<button name=\"result\" value=\"fail\" type=\"submit\" style=\"background:#df1b41\">Fail "
                       "authentication</button>"
                       "</form></div>")
            .arg(html::money(session.value(QLatin1String("amount_total")).toInteger(),
                             session.value(QLatin1String("currency")).toString()),
                 html::escape(merchantName(state, state.store().accountOf(r.arg(0)))));
    return ApiResponse::html(html::page(QStringLiteral("Authenticate your payment"), body));
}

ApiResponse donePage(SandboxState& state, const ApiRequest& r)
{
    const QJsonObject session = state.store().get(r.arg(0));
    if (session.value(QLatin1String("status")).toString() != QLatin1String("complete"))
        return ApiResponse::html(
            html::messagePage(QStringLiteral("Not paid"), QStringLiteral("This payment is not complete.")), 404);
    const QJsonObject intent = state.store().get(session.value(QLatin1String("payment_intent")).toString());
    const QJsonObject charge = state.store().get(intent.value(QLatin1String("latest_charge")).toString());
    const QString body =
        QStringLiteral("<div class=\"card\"><h1>Thanks for your payment</h1><p class=\"lead\">%1 received %2.</p>"
                       "<p><a class=\"button\" href=\"%3\">View receipt</a></p></div>")
            .arg(html::escape(merchantName(state, state.store().accountOf(r.arg(0)))),
                 html::money(session.value(QLatin1String("amount_total")).toInteger(),
                             session.value(QLatin1String("currency")).toString()),
                 html::escape(charge.value(QLatin1String("receipt_url")).toString()));
    return ApiResponse::html(html::page(QStringLiteral("Payment complete"), body));
}

ApiResponse receiptPage(SandboxState& state, const ApiRequest& r)
{
    if (state.store().typeOf(r.arg(0)) != QLatin1String("charge"))
        return ApiResponse::html(
            html::messagePage(QStringLiteral("Not found"), QStringLiteral("There is no such receipt.")), 404);
    const QJsonObject charge = state.store().get(r.arg(0));
    const QString currency = charge.value(QLatin1String("currency")).toString();
    const QJsonObject card = jsonAt(charge, QStringLiteral("payment_method_details.card")).toObject();
    QString rows =
        QStringLiteral("<tr><th>Amount paid</th><td id=\"amount\">%1</td></tr><tr><th>Date</th><td>%2</td></tr>"
                       "<tr><th>Payment method</th><td>%3 &middot;&middot;&middot;&middot; %4</td></tr>")
            .arg(html::money(charge.value(QLatin1String("amount")).toInteger(), currency),
                 QDateTime::fromSecsSinceEpoch(charge.value(QLatin1String("created")).toInteger(), Qt::UTC)
                     .toString(QStringLiteral("MMM d, yyyy")),
                 html::escape(card.value(QLatin1String("brand")).toString().toUpper()),
                 html::escape(card.value(QLatin1String("last4")).toString()));
    if (!charge.value(QLatin1String("description")).toString().isEmpty())
        rows += QStringLiteral("<tr><th>Description</th><td>%1</td></tr>")
                    .arg(html::escape(charge.value(QLatin1String("description")).toString()));
    const qint64 refunded = charge.value(QLatin1String("amount_refunded")).toInteger();
    if (refunded > 0)
        rows += QStringLiteral("<tr><th>Refunded</th><td id=\"refunded\">%1</td></tr>")
                    .arg(html::money(refunded, currency));
    const QString body =
        QStringLiteral("<div class=\"card\"><p class=\"muted\">Receipt from %1</p><h1>%2</h1><table>%3</table>"
                       "<p class=\"muted\">Receipt #%4</p></div>")
            .arg(html::escape(merchantName(state, state.store().accountOf(r.arg(0)))),
                 html::money(charge.value(QLatin1String("amount")).toInteger(), currency), rows,
                 html::escape(r.arg(0).mid(3, 8).toUpper()));
    return ApiResponse::html(html::page(QStringLiteral("Receipt"), body));
}

ApiResponse paymentLinkPage(SandboxState& state, const ApiRequest& r)
{
    QString token = r.arg(0);
    if (token.startsWith(QLatin1String("test_")))
        token = token.mid(5);
    const PageLink* page = state.pageLink(token);
    if (!page || page->kind != QLatin1String("payment_link"))
        return ApiResponse::html(
            html::messagePage(QStringLiteral("Not found"), QStringLiteral("This payment link does not exist.")), 404);
    const QJsonObject link = state.store().get(page->objectId);
    if (!checkout::linkAcceptsPayments(link)) {
        const QString message = link.value(QLatin1String("inactive_message")).toString();
        return ApiResponse::html(
            html::messagePage(QStringLiteral("Link unavailable"),
                              message.isEmpty() ? QStringLiteral("This payment link is no longer active.") : message),
            410);
    }
    const QJsonObject session = checkout::createSessionForLink(state, state.store().accountOf(page->objectId), link);
    return ApiResponse::redirect(session.value(QLatin1String("url")).toString());
}

} // namespace

void registerCheckoutPages(Router& router, SandboxState& state)
{
    router.add(
        QStringLiteral("GET"), QStringLiteral("/pay/{token}"),
        [&state](const ApiRequest& r) { return paymentLinkPage(state, r); }, Access::Public);
    const Handler pay = [&state](const ApiRequest& r) { return checkoutPage(state, r); };
    router.add(QStringLiteral("GET"), QStringLiteral("/checkout/pay/{id}"), pay, Access::Public);
    router.add(QStringLiteral("POST"), QStringLiteral("/checkout/pay/{id}"), pay, Access::Public);
    const Handler challenge = [&state](const ApiRequest& r) { return challengePage(state, r); };
    router.add(QStringLiteral("GET"), QStringLiteral("/checkout/pay/{id}/challenge"), challenge, Access::Public);
    router.add(QStringLiteral("POST"), QStringLiteral("/checkout/pay/{id}/challenge"), challenge, Access::Public);
    router.add(
        QStringLiteral("GET"), QStringLiteral("/checkout/done/{id}"),
        [&state](const ApiRequest& r) { return donePage(state, r); }, Access::Public);
    router.add(
        QStringLiteral("GET"), QStringLiteral("/receipts/payment/{id}"),
        [&state](const ApiRequest& r) { return receiptPage(state, r); }, Access::Public);
}

} // namespace dp::sandbox
