#pragma once

#include <QStringList>

namespace dp::store {

// The statements of each schema version, applied in order by migrate() (store/migrations.cpp).
// A version that has landed is never edited again: a change is a new version.
QStringList schemaV1();        // organization, users, teams, rooftops, events, audit, pending operations
QStringList schemaV2Staff();   // invitations, payout e-mail recipients and notifications (MNG-*)
QStringList schemaV3Payments(); // payment requests, payments, refunds, payouts, balance transactions (PAY-*)
QStringList schemaV4Refunds();  // one refund in flight per charge (PAY-5, REL-2)
QStringList schemaV5PaymentScope(); // payments.kept ("you keep") and the team index of the payment scope (SEC-1)
QStringList schemaV6PaymentIndexes(); // (column, id) indexes for keyset paging of the payments table (PERF-2)
QStringList schemaV7Reconciliation(); // DMS lines, bank deposits, matches, reconciliation days (PAY-8, REL-4)

} // namespace dp::store
