#include "clock.h"

#include <QDateTime>

namespace dp {

qint64 Clock::nowSecs() const
{
    return QDateTime::currentSecsSinceEpoch();
}

Clock& Clock::system()
{
    static Clock clock;
    return clock;
}

} // namespace dp
