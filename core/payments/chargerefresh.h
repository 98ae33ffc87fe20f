#pragma once

#include "foundation/result.h"

namespace dp {
namespace api {
class ApiClient;
}
namespace store {
class Database;
}

// Reads one charge with its balance transaction (fee, net) from the API and stores it in the payments table.
// Used by sync (charge and refund events) and after a refund.
Status fetchAndStoreCharge(api::ApiClient& api, store::Database& db, const QString& account, const QString& chargeId);

} // namespace dp
