// Schema version 4: at most one refund in flight per charge (PAY-5, REL-2).
#include "schema.h"

namespace dp::store {

// A refund the app sends lives in pending_ops (kind 'refund', subject = the charge) while it is 'prepared' (stored,
// never sent) or 'sending' (sent, outcome unknown until the server answers or is asked). The partial unique index
// makes a second refund in flight on the same charge impossible, whatever the code above it does.
// Rows written before this version are first brought in line: a 'prepared' refund was never sent and is
// discarded; when several refunds of one charge have an unknown outcome, the oldest keeps 'sending' and the others
// become 'verify' (resolved by asking the server only, never sent again).
QStringList schemaV4Refunds()
{
    return {
        QStringLiteral("UPDATE pending_ops SET state = 'discarded' WHERE kind = 'refund' AND state = 'prepared'"),
        QStringLiteral("UPDATE pending_ops SET state = 'verify' WHERE kind = 'refund' AND state = 'sending' AND EXISTS"
                       " (SELECT 1 FROM pending_ops o WHERE o.kind = 'refund' AND o.state = 'sending'"
                       " AND o.subject = pending_ops.subject AND (o.created_at < pending_ops.created_at"
                       " OR (o.created_at = pending_ops.created_at AND o.idem_key < pending_ops.idem_key)))"),
        QStringLiteral("CREATE UNIQUE INDEX pending_ops_one_refund_in_flight ON pending_ops (subject)"
                       " WHERE kind = 'refund' AND state IN ('prepared', 'sending')"),
        QStringLiteral("CREATE INDEX pending_ops_kind_state ON pending_ops (kind, state)"),
    };
}

} // namespace dp::store
