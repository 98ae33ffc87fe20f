#include "businessdays.h"

namespace dp::sandbox::businessdays {

namespace {

// The n-th (1-based) `weekday` of a month, or the last one when n = -1.
QDate nthWeekday(int year, int month, int weekday, int n)
{
    if (n < 0) {
        QDate d(year, month, QDate(year, month, 1).daysInMonth());
        while (d.dayOfWeek() != weekday)
            d = d.addDays(-1);
        return d;
    }
    QDate d(year, month, 1);
    while (d.dayOfWeek() != weekday)
        d = d.addDays(1);
    return d.addDays(7 * (n - 1));
}

bool observedFixed(const QDate& date, int month, int day)
{
    const QDate holiday(date.year(), month, day);
    return holiday.dayOfWeek() == Qt::Sunday ? date == holiday.addDays(1) : date == holiday;
}

} // namespace

bool isHoliday(const QDate& d)
{
    const int y = d.year();
    return observedFixed(d, 1, 1) || d == nthWeekday(y, 1, Qt::Monday, 3) || d == nthWeekday(y, 2, Qt::Monday, 3) ||
           d == nthWeekday(y, 5, Qt::Monday, -1) || observedFixed(d, 6, 19) || observedFixed(d, 7, 4) ||
           d == nthWeekday(y, 9, Qt::Monday, 1) || d == nthWeekday(y, 10, Qt::Monday, 2) ||
           observedFixed(d, 11, 11) || d == nthWeekday(y, 11, Qt::Thursday, 4) || observedFixed(d, 12, 25);
}

bool isBusinessDay(const QDate& date)
{
    return date.dayOfWeek() < Qt::Saturday && !isHoliday(date);
}

QDate nextBusinessDay(const QDate& date)
{
    QDate d = date.addDays(1);
    while (!isBusinessDay(d))
        d = d.addDays(1);
    return d;
}

} // namespace dp::sandbox::businessdays
