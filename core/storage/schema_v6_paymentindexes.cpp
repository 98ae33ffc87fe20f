// Schema version 6: the payments table on a million rows (PERF-2). Every sortable column of the table has an index
// on (column, id): a page is read by keyset (the sort key and the id of the row next to it), never by OFFSET, and a
// sort on any column reads only the rows it shows. The single-column indexes they replace are dropped.
// Search keeps the FTS5 external-content index of schema 3 (prefix queries, kept in sync by its triggers).
#include "schema.h"

namespace dp::store {

QStringList schemaV6PaymentIndexes()
{
    return {
        QStringLiteral("CREATE INDEX payments_k_created ON payments (created, id)"),
        QStringLiteral("CREATE INDEX payments_k_customer ON payments (customer, id)"),
        QStringLiteral("CREATE INDEX payments_k_ro ON payments (ro_number, id)"),
        QStringLiteral("CREATE INDEX payments_k_amount ON payments (amount, id)"),
        QStringLiteral("CREATE INDEX payments_k_fee ON payments (fee, id)"),
        QStringLiteral("CREATE INDEX payments_k_refunded ON payments (refunded, id)"),
        QStringLiteral("CREATE INDEX payments_k_status ON payments (status, id)"),
        QStringLiteral("CREATE INDEX payments_k_consultant ON payments (consultant, id)"),
        QStringLiteral("CREATE INDEX payments_k_team ON payments (team, id)"),
        QStringLiteral("CREATE INDEX payments_k_account ON payments (account_id, id)"),
        QStringLiteral("CREATE INDEX payments_k_payout ON payments (payout_id, id)"),
        // "You keep" has (kept, id) since schema 5. These lead with the same column as one above:
        QStringLiteral("DROP INDEX payments_created"),
        QStringLiteral("DROP INDEX payments_ro"),
        QStringLiteral("DROP INDEX payments_payout"),
    };
}

} // namespace dp::store
