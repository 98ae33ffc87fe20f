#pragma once

#include <QtGlobal>

namespace dp {

// Wall clock in UTC seconds, injectable so that lockouts, expiries and cursors can be tested.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowSecs() const;
    static Clock& system();
};

class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 now) : m_now(now) {}
    qint64 nowSecs() const override { return m_now; }
    void advance(qint64 secs) { m_now += secs; }
    void set(qint64 now) { m_now = now; }

private:
    qint64 m_now;
};

} // namespace dp
