#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dp::api {

// Typed views of the API objects DealerPay reads. fromJson never throws; missing keys give defaults.

struct PayoutSchedule
{
    QString interval = QStringLiteral("daily"); // daily | weekly | monthly | manual
    int delayDays = 2;
    QString weeklyAnchor;  // monday..sunday when weekly
    int monthlyAnchor = 0; // 1..31 when monthly
    friend bool operator==(const PayoutSchedule&, const PayoutSchedule&) = default;
    static PayoutSchedule fromJson(const QJsonObject& schedule);
};

struct Requirements
{
    QStringList currentlyDue, pastDue, eventuallyDue, pendingVerification;
    QString disabledReason;
    qint64 currentDeadline = 0;
    static Requirements fromJson(const QJsonObject& o);
};

struct Account
{
    QString id, type, country, email, businessName, defaultCurrency, statementDescriptor;
    bool chargesEnabled = false, payoutsEnabled = false, detailsSubmitted = false;
    bool taxIdProvided = false;
    QString bankLast4, bankName, routingNumber;
    Requirements requirements;
    PayoutSchedule payoutSchedule;
    qint64 created = 0;
    static Account fromJson(const QJsonObject& o);
};

struct Link // account_link and login_link
{
    QString url;
    qint64 created = 0, expiresAt = 0;
    static Link fromJson(const QJsonObject& o);
};

struct Event
{
    QString id, type, account;
    qint64 created = 0;
    QJsonObject object;   // data.object
    QJsonObject previous; // data.previous_attributes
    static Event fromJson(const QJsonObject& o);
};

} // namespace dp::api
