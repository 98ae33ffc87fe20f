#include "chargerefresh.h"

#include "api/apiclient.h"
#include "api/paymentobjects.h"
#include "storage/database.h"
#include "storage/paymentstore.h"

#include <QCoreApplication>

namespace dp {

Status fetchAndStoreCharge(api::ApiClient& api, store::Database& db, const QString& account, const QString& chargeId)
{
    const api::ApiResult got = api.get(QStringLiteral("/v1/charges/") + chargeId,
                                       {{QStringLiteral("expand"), QVariantList{QStringLiteral("balance_transaction")}}},
                                       account);
    if (!got.ok())
        return Error{Error::Code::Api, api::userMessage(got.error), {}};
    QString error;
    const bool ok = db.transaction([&](QSqlDatabase& tx) {
        return store::PaymentStore::upsertCharges(tx, account, {api::Charge::fromJson(got.json)}, &error);
    });
    if (!ok)
        return store::storeError(QCoreApplication::translate("Store", "save the payment"), error);
    return Done{};
}

} // namespace dp
