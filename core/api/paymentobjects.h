#pragma once

#include <QJsonObject>
#include <QString>

namespace dp::api {

// Typed views of the payment objects (PAY-*). Metadata keys DealerPay writes and reads on charges and sessions:
// ro_number, consultant, team, customer_name, dealerpay_request.

struct BalanceTransaction
{
    QString id, type, source, currency, payoutId;
    qint64 amount = 0, fee = 0, net = 0, created = 0;
    static BalanceTransaction fromJson(const QJsonObject& o);
};

struct Charge
{
    QString id, currency, status, paymentIntent, description, receiptUrl, receiptNumber, failureMessage;
    QString customerName, email, roNumber, consultant, team, cardBrand, cardLast4, balanceTransactionId;
    qint64 amount = 0, amountRefunded = 0, created = 0;
    qint64 fee = 0, net = 0; // from an expanded balance_transaction; 0 when not expanded
    bool hasBalanceTransaction = false;
    static Charge fromJson(const QJsonObject& o);
};

struct Refund
{
    QString id, charge, currency, reason, status;
    qint64 amount = 0, created = 0;
    static Refund fromJson(const QJsonObject& o);
};

struct Payout
{
    QString id, currency, status;
    qint64 amount = 0, arrivalDate = 0, created = 0;
    static Payout fromJson(const QJsonObject& o);
};

struct CheckoutSession
{
    QString id, url, status, paymentStatus, paymentIntent, clientReferenceId;
    qint64 amountTotal = 0, expiresAt = 0;
    static CheckoutSession fromJson(const QJsonObject& o);
};

} // namespace dp::api
