#include "datetext.h"

#include <QRegularExpression>

namespace dp::recon {
namespace {

int expandYear(int y)
{
    return y < 100 ? 2000 + y : y;
}

// Splits "date[ T]time" into its two parts.
void splitDateTime(const QString& text, QString& datePart, QString& timePart)
{
    const QString t = text.trimmed();
    static const QRegularExpression sep(QStringLiteral("[ T]+"));
    const qsizetype i = t.indexOf(sep);
    if (i < 0) {
        datePart = t;
        timePart.clear();
        return;
    }
    datePart = t.left(i);
    timePart = t.mid(i).trimmed();
    if (timePart.startsWith(QLatin1Char('T')))
        timePart = timePart.mid(1);
}

} // namespace

QTime parseTimeText(const QString& input)
{
    QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return {};
    bool pm = false, am = false;
    if (text.endsWith(QLatin1String("pm")) || text.endsWith(QLatin1String("p.m."))) {
        pm = true;
        text = text.left(text.indexOf(QLatin1Char('p'))).trimmed();
    } else if (text.endsWith(QLatin1String("am")) || text.endsWith(QLatin1String("a.m."))) {
        am = true;
        text = text.left(text.indexOf(QLatin1Char('a'))).trimmed();
    }
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})(?:[:h.](\\d{2}))?(?::(\\d{2}))?(?:[.,]\\d+)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2})?$"));
    QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch() || (m.captured(2).isEmpty() && !am && !pm))
        m = compact.match(text);
    if (!m.hasMatch())
        return {};
    int h = m.captured(1).toInt();
    const int mi = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    const int s = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (am || pm) {
        if (h < 1 || h > 12)
            return {};
        if (pm && h != 12)
            h += 12;
        if (am && h == 12)
            h = 0;
    }
    const QTime t(h, mi, s);
    return t.isValid() ? t : QTime();
}

DateTimeText parseDateText(const QString& text, DmsColumnMapping::DateOrder order)
{
    DateTimeText out;
    QString datePart, timePart;
    splitDateTime(text, datePart, timePart);
    if (datePart.isEmpty())
        return out;
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2}|\\d{4})$"));
    QDate date;
    if (auto m = iso.match(datePart); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (auto c = compact.match(datePart); c.hasMatch()) {
        date = QDate(c.captured(1).toInt(), c.captured(2).toInt(), c.captured(3).toInt());
    } else if (auto d = dmy.match(datePart); d.hasMatch()) {
        const int a = d.captured(1).toInt(), b = d.captured(2).toInt(), y = expandYear(d.captured(3).toInt());
        switch (order) {
        case DmsColumnMapping::DateOrder::MonthDayYear:
            date = QDate(y, a, b);
            break;
        case DmsColumnMapping::DateOrder::DayMonthYear:
            date = QDate(y, b, a);
            break;
        case DmsColumnMapping::DateOrder::YearMonthDay:
            break;
        case DmsColumnMapping::DateOrder::Auto:
            date = a > 12 ? QDate(y, b, a) : (b > 12 ? QDate(y, a, b) : QDate(y, b, a));
            break;
        }
    }
    if (!date.isValid())
        return out;
    if (!timePart.isEmpty()) {
        // "2026-11-30T14:05:00Z" / "+01:00": the zone of the cell is dropped, the day's zone applies.
        QString t = timePart;
        static const QRegularExpression zone(QStringLiteral("(z|[+-]\\d{2}:?\\d{2})$"),
                                             QRegularExpression::CaseInsensitiveOption);
        t.remove(zone);
        out.time = parseTimeText(t);
        if (!out.time.isValid())
            return out; // a cell with something after the date that is no time: not a date
    }
    out.date = date;
    return out;
}

DmsColumnMapping::DateOrder detectDateOrder(const QStringList& values, DmsColumnMapping::DateOrder fallback)
{
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2}|\\d{4})"));
    bool dayFirst = false, monthFirst = false;
    for (const QString& v : values) {
        const auto m = dmy.match(v.trimmed());
        if (!m.hasMatch())
            continue;
        if (m.captured(1).toInt() > 12)
            dayFirst = true;
        if (m.captured(2).toInt() > 12)
            monthFirst = true;
    }
    if (dayFirst && !monthFirst)
        return DmsColumnMapping::DateOrder::DayMonthYear;
    if (monthFirst && !dayFirst)
        return DmsColumnMapping::DateOrder::MonthDayYear;
    return fallback == DmsColumnMapping::DateOrder::Auto ? DmsColumnMapping::DateOrder::DayMonthYear : fallback;
}

QDate parseBankDate(const QString& input)
{
    const QString text = input.trimmed();
    static const QRegularExpression ofx(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})"));
    if (const auto m = ofx.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return parseDateText(text, DmsColumnMapping::DateOrder::Auto).date;
}

} // namespace dp::recon
