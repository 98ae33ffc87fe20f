#pragma once

#include <QDate>

namespace dp::sandbox::businessdays {

// US bank business days: Monday to Friday except the Federal Reserve holidays (a Sunday holiday moves to Monday;
// a Saturday one is not made up). Payouts are created and arrive on business days only.
bool isHoliday(const QDate& date);
bool isBusinessDay(const QDate& date);
// The first business day strictly after `date`.
QDate nextBusinessDay(const QDate& date);

} // namespace dp::sandbox::businessdays
