#include "fees.h"

namespace dp::fees {

qint64 platformFee(qint64 amountMinor)
{
    if (amountMinor <= 0)
        return 0;
    // amount * 325 / 10000, rounded half up, in integers only.
    const qint64 percentage = (amountMinor * kRateBasisPoints + 5000) / 10000;
    return percentage + kFixedMinor;
}

} // namespace dp::fees
