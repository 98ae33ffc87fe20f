#pragma once

#include "recontypes.h"

#include <QDate>
#include <QStringList>
#include <QTime>

namespace dp::recon {

// A date as exports write it, with the time when the same cell holds one ("2026-11-30 14:05").
struct DateTimeText
{
    QDate date;   // invalid when the text is not a date
    QTime time;   // invalid when there is none
};

// "2026-11-30", "2026/11/30", "20261130", "30/11/2026", "11/30/2026", "30.11.2026", "30-11-26", with an optional
// time after a space or a T. `order` says how to read d/m/y forms (Auto: day first unless the day cannot be).
DateTimeText parseDateText(const QString& text, DmsColumnMapping::DateOrder order);
// "14:05", "14:05:33", "2:05 PM", "14h05", "1405".
QTime parseTimeText(const QString& text);
// The order of a column of dates: a value whose first part is above 12 proves day first, whose second is above
// 12 proves month first; ISO dates say nothing; `fallback` when nothing proves either.
DmsColumnMapping::DateOrder detectDateOrder(const QStringList& values, DmsColumnMapping::DateOrder fallback);
// Dates as the OFX and bank files write them: "20261130", "20261130120000[-5:EST]", "2026-11-30".
QDate parseBankDate(const QString& text);

} // namespace dp::recon
