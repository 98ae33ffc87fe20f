#pragma once

#include <QString>
#include <QStringList>

namespace dp::sandbox {

class SandboxState;

// How busy one demo rooftop is and what its paperwork looks like.
struct DemoStore
{
    int dailyLow = 6; // payments on a weekday, inclusive range
    int dailyHigh = 14;
    int roBase = 100000; // first repair order number
    QStringList consultants;
    QString areaCode = QStringLiteral("312");
    QString postalCode = QStringLiteral("60601");
};

// Fills a connected account's books for the last `days` days, deterministically from the state's seeded generator:
// customers, card payments with metadata[ro_number] and metadata[consultant], some declines and refunds, daily
// automatic payouts with their balance transactions. Events are kept for the last 30 days only.
void generateDemoPayments(SandboxState& state, const QString& account, const DemoStore& store, int days);

} // namespace dp::sandbox
