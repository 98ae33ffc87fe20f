// Schema version 5: what the merchant keeps of each payment, stored so that it sorts on an index, and the index
// the team scope of a Manager reads through (SEC-1).
#include "schema.h"

namespace dp::store {

QStringList schemaV5PaymentScope()
{
    return {
        // kept = amount − fee − refunded for a settled payment (succeeded, partially or fully refunded), else 0;
        // written by PaymentStore::upsertCharges from payments/paymentstate.h keptAmount().
        QStringLiteral("ALTER TABLE payments ADD COLUMN kept BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE payments SET kept = amount - fee - refunded"
                       " WHERE status IN ('succeeded', 'partially_refunded', 'refunded')"),
        QStringLiteral("CREATE INDEX payments_kept ON payments (kept, id)"),
        QStringLiteral("CREATE INDEX payments_team_created ON payments (team, created)"),
    };
}

} // namespace dp::store
