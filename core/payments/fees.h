#pragma once

#include <QtGlobal>

namespace dp::fees {

// PAY-2: the dealership's fee per successful charge is 3.25 % + $0.30, in integer cents.
// Rounding rule: the percentage part is rounded half up to the cent (1.5 cents -> 2), then 30 cents are added.
constexpr qint64 kRateBasisPoints = 325;
constexpr qint64 kFixedMinor = 30;
qint64 platformFee(qint64 amountMinor);
inline qint64 net(qint64 amountMinor) { return amountMinor - platformFee(amountMinor); }

// PAY-1 limits, in cents.
constexpr qint64 kMaxPaymentMinor = 5'000'000; // $50,000.00
constexpr qint64 kMinPaymentMinor = 50;        // $0.50

} // namespace dp::fees
