#pragma once

#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace dp::sandbox {

class SandboxState;

// The business day whose files carry the deliberately broken lines: the most recent weekday (Monday to Friday)
// before the UTC day of `now`, as the UTC midnight that starts it.
qint64 demoReconciliationDay(qint64 now);

// Writes, for each rooftop of the demo profile that has payments, the paperwork a dealership's accountant would
// reconcile with (PAY-8), deterministically from the state's demo data:
// - `<rooftop>-dms-cashier.csv`: the DMS cashier export of the last two weeks up to demoReconciliationDay(), one
//   line per repair order paid by card (a split payment's RO once, with the total), refunds as negative lines, and
//   on that last day a handful of deliberately broken lines: an RO typo, a wrong amount, a card payment missing from
//   the DMS, a DMS line with no card payment;
// - `<rooftop>-bank-statement.csv` and `.ofx`: the bank account's deposits of the payouts arrived in that period,
//   one of them posted 3 days late and one missing;
// - `README.txt`: what is in the folder and which day to reconcile.
// Dates and times are written in `zone` (the zone the files will be imported in). Returns the written paths, or
// an empty list and `error`.
QStringList writeDemoFiles(const SandboxState& state, const QString& folder, const QTimeZone& zone,
                           QString* error = nullptr);

} // namespace dp::sandbox
