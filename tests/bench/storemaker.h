#pragma once

#include <QString>

namespace dp::bench {

// A local store of `rows` payments for the benchmarks (PERF-2, PERF-6): the real schema (migrations), an
// organization and an Admin (admin@bench.test), then the payments of 20 rooftops over two years, deterministic from
// `seed`. Fast: one transaction of prepared inserts with the payments' indexes and full-text triggers dropped, then
// the indexes and the FTS index built once. Returns an error message, empty on success.
QString makePaymentStore(const QString& path, qint64 rows, quint64 seed);

inline constexpr const char* kBenchAdminEmail = "admin@bench.test";

} // namespace dp::bench
