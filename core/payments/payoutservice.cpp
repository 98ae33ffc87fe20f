#include "payoutservice.h"

#include "api/apiclient.h"
#include "auth/authorizer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace dp {

namespace {


PayoutLine::Kind kindOf(const QString& type)
{
    if (type == QLatin1String("charge") || type == QLatin1String("payment"))
        return PayoutLine::Kind::Payment;
    if (type == QLatin1String("refund") || type == QLatin1String("payment_refund"))
        return PayoutLine::Kind::Refund;
    if (type == QLatin1String("stripe_fee") || type == QLatin1String("application_fee") ||
        type == QLatin1String("tax_fee"))
        return PayoutLine::Kind::Fee;
    if (type == QLatin1String("adjustment"))
        return PayoutLine::Kind::Adjustment;
    return PayoutLine::Kind::Other;
}

Error apiFailure(const api::ApiResult& r)
{
    return Error{Error::Code::Api,
                 QCoreApplication::translate("PayoutService", "The payout could not be read from the payments server: %1")
                     .arg(r.error.message),
                 {}};
}

} // namespace

QString payoutStatusText(const QString& status)
{
    if (status == QLatin1String("paid"))
        return QCoreApplication::translate("PayoutService", "Paid");
    if (status == QLatin1String("in_transit"))
        return QCoreApplication::translate("PayoutService", "In transit");
    if (status == QLatin1String("pending"))
        return QCoreApplication::translate("PayoutService", "Pending");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("PayoutService", "Failed");
    if (status == QLatin1String("canceled"))
        return QCoreApplication::translate("PayoutService", "Canceled");
    return status;
}

QString payoutLineKindText(PayoutLine::Kind kind)
{
    switch (kind) {
    case PayoutLine::Kind::Payment:
        return QCoreApplication::translate("PayoutService", "Payment");
    case PayoutLine::Kind::Refund:
        return QCoreApplication::translate("PayoutService", "Refund");
    case PayoutLine::Kind::Fee:
        return QCoreApplication::translate("PayoutService", "Fee");
    case PayoutLine::Kind::Adjustment:
        return QCoreApplication::translate("PayoutService", "Adjustment");
    case PayoutLine::Kind::Other:
        break;
    }
    return QCoreApplication::translate("PayoutService", "Other");
}

PayoutService::PayoutService(api::ApiClient& api, store::Database& db, Authorizer& auth)
    : m_api(api), m_repo(db), m_auth(auth)
{
}

Result<QList<store::PayoutListRow>> PayoutService::list(const Session& who, std::optional<qint64> from,
                                                        std::optional<qint64> to, std::optional<qint64> rooftopId)
{
    if (auto denied = m_auth.check(who, Permission::ViewAllPayments))
        return *denied;
    return m_repo.list(from, to, rooftopId);
}

Result<PayoutDetail> PayoutService::detail(const Session& who, const QString& accountId, const QString& payoutId,
                                           const std::atomic_bool* cancel)
{
    if (auto denied = m_auth.check(who, Permission::ViewAllPayments))
        return *denied;
    PayoutDetail detail;
    auto stored = m_repo.find(payoutId);
    if (!stored)
        return stored.error();
    if (stored.value()) {
        detail.payout = *stored.value();
    } else {
        const api::ApiResult po = m_api.get(QStringLiteral("/v1/payouts/") + payoutId, {}, accountId);
        if (!po.ok())
            return apiFailure(po);
        detail.payout.id = payoutId;
        detail.payout.accountId = accountId;
        detail.payout.amount = po.json.value(QLatin1String("amount")).toInteger();
        detail.payout.currency = po.json.value(QLatin1String("currency")).toString();
        detail.payout.status = po.json.value(QLatin1String("status")).toString();
        detail.payout.arrivalDate = po.json.value(QLatin1String("arrival_date")).toInteger();
        detail.payout.created = po.json.value(QLatin1String("created")).toInteger();
    }
    QList<QJsonObject> txns; // the API lists newest first
    const api::ApiResult listed = m_api.forEachPage(
        QStringLiteral("/v1/balance_transactions"), {{QStringLiteral("payout"), payoutId}}, accountId,
        [&](const QJsonArray& data) {
            for (const QJsonValue& v : data)
                txns.append(v.toObject());
            return !(cancel && cancel->load());
        });
    if (cancel && cancel->load())
        return Error{Error::Code::Cancelled, QCoreApplication::translate("PayoutService", "Cancelled."), {}};
    if (!listed.ok())
        return apiFailure(listed);
    std::reverse(txns.begin(), txns.end());
    std::stable_sort(txns.begin(), txns.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QLatin1String("created")).toInteger() < b.value(QLatin1String("created")).toInteger();
    });
    for (const QJsonObject& txn : txns) {
        const QString type = txn.value(QLatin1String("type")).toString();
        if (type == QLatin1String("payout"))
            continue; // the payout's own transaction
        PayoutLine line;
        line.kind = kindOf(type);
        line.transactionId = txn.value(QLatin1String("id")).toString();
        line.type = type;
        line.source = txn.value(QLatin1String("source")).toString();
        line.description = txn.value(QLatin1String("description")).toString();
        line.currency = txn.value(QLatin1String("currency")).toString();
        line.created = txn.value(QLatin1String("created")).toInteger();
        line.amount = txn.value(QLatin1String("amount")).toInteger();
        detail.lines.append(line);
        const qint64 fee = txn.value(QLatin1String("fee")).toInteger();
        if (fee != 0) { // the fee of a payment is its own line, right after it
            PayoutLine feeLine = line;
            feeLine.kind = PayoutLine::Kind::Fee;
            feeLine.amount = -fee;
            detail.lines.append(feeLine);
        }
    }
    for (const PayoutLine& line : detail.lines) {
        detail.total += line.amount;
        switch (line.kind) {
        case PayoutLine::Kind::Payment:
            detail.payments += line.amount;
            ++detail.paymentCount;
            break;
        case PayoutLine::Kind::Refund:
            detail.refunds += line.amount;
            break;
        case PayoutLine::Kind::Fee:
            detail.fees += line.amount;
            break;
        case PayoutLine::Kind::Adjustment:
            detail.adjustments += line.amount;
            break;
        case PayoutLine::Kind::Other:
            detail.other += line.amount;
            break;
        }
    }
    return detail;
}

} // namespace dp
