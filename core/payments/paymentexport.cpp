#include "paymentexport.h"

#include "paymentqueries.h"

#include "auth/authorizer.h"
#include "foundation/csvwriter.h"
#include "foundation/money.h"
#include "storage/database.h"
#include "storage/paymentexportrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

namespace dp {
namespace {

enum class Kind { Text, Amount, LocalTime, UtcTime, Zone };

struct Column
{
    QString name;
    QString sql; // the payments column it reads
    Kind kind = Kind::Text;
};

const QList<Column>& columns()
{
    static const QList<Column> all = {
        {QStringLiteral("id"), QStringLiteral("id"), Kind::Text},
        {QStringLiteral("created"), QStringLiteral("created"), Kind::LocalTime},
        {QStringLiteral("created_utc"), QStringLiteral("created"), Kind::UtcTime},
        {QStringLiteral("time_zone"), QString(), Kind::Zone},
        {QStringLiteral("account_id"), QStringLiteral("account_id"), Kind::Text},
        {QStringLiteral("customer"), QStringLiteral("customer"), Kind::Text},
        {QStringLiteral("email"), QStringLiteral("email"), Kind::Text},
        {QStringLiteral("ro_number"), QStringLiteral("ro_number"), Kind::Text},
        {QStringLiteral("amount"), QStringLiteral("amount"), Kind::Amount},
        {QStringLiteral("fee"), QStringLiteral("fee"), Kind::Amount},
        {QStringLiteral("refunded"), QStringLiteral("refunded"), Kind::Amount},
        {QStringLiteral("net"), QStringLiteral("net"), Kind::Amount},
        {QStringLiteral("kept"), QStringLiteral("kept"), Kind::Amount},
        {QStringLiteral("currency"), QStringLiteral("currency"), Kind::Text},
        {QStringLiteral("status"), QStringLiteral("status"), Kind::Text},
        {QStringLiteral("consultant"), QStringLiteral("consultant"), Kind::Text},
        {QStringLiteral("team"), QStringLiteral("team"), Kind::Text},
        {QStringLiteral("description"), QStringLiteral("description"), Kind::Text},
        {QStringLiteral("card_brand"), QStringLiteral("card_brand"), Kind::Text},
        {QStringLiteral("card_last4"), QStringLiteral("card_last4"), Kind::Text},
        {QStringLiteral("payout_id"), QStringLiteral("payout_id"), Kind::Text},
        {QStringLiteral("receipt_number"), QStringLiteral("receipt_number"), Kind::Text},
    };
    return all;
}

// "2026-11-30 14:05:09" for UTC seconds + an offset, without QDateTime per row (a civil-from-days conversion).
int formatTime(qint64 secs, char* out)
{
    qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    qint64 rest = secs - days * 86400;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    if (m <= 2)
        ++y;
    const int hh = int(rest / 3600), mm = int(rest % 3600 / 60), ss = int(rest % 60);
    return std::snprintf(out, 32, "%04lld-%02d-%02d %02d:%02d:%02d", static_cast<long long>(y), m, d, hh, mm, ss);
}

// Minor units as "1234.56" into out; returns the length.
int formatAmount(qint64 minor, int decimals, char* out)
{
    const bool negative = minor < 0;
    unsigned long long abs = negative ? 0ULL - static_cast<unsigned long long>(minor) : static_cast<unsigned long long>(minor);
    char tmp[32];
    int n = 0;
    for (int i = 0; i < decimals; ++i) {
        tmp[n++] = char('0' + abs % 10);
        abs /= 10;
    }
    if (decimals > 0)
        tmp[n++] = '.';
    do {
        tmp[n++] = char('0' + abs % 10);
        abs /= 10;
    } while (abs);
    if (negative)
        tmp[n++] = '-';
    for (int i = 0; i < n; ++i)
        out[i] = tmp[n - 1 - i];
    return n;
}

} // namespace

PaymentExport::PaymentExport(store::Database& db, Authorizer& auth) : m_db(db), m_auth(auth) {}

QStringList PaymentExport::availableColumns()
{
    QStringList names;
    for (const Column& c : columns())
        names.append(c.name);
    return names;
}

QStringList PaymentExport::defaultColumns()
{
    return {QStringLiteral("id"), QStringLiteral("created"), QStringLiteral("time_zone"), QStringLiteral("account_id"),
            QStringLiteral("ro_number"), QStringLiteral("customer"), QStringLiteral("amount"), QStringLiteral("fee"),
            QStringLiteral("refunded"), QStringLiteral("currency"), QStringLiteral("status"),
            QStringLiteral("payout_id")};
}

std::optional<Error> PaymentExport::validate(const PaymentExportRequest& request)
{
    QList<FieldError> errors;
    if (!request.from.isValid())
        errors.append({QStringLiteral("from"), QCoreApplication::translate("PaymentExport", "Give the first day to export (YYYY-MM-DD).")});
    if (!request.to.isValid())
        errors.append({QStringLiteral("to"), QCoreApplication::translate("PaymentExport", "Give the last day to export (YYYY-MM-DD).")});
    if (request.from.isValid() && request.to.isValid() && request.to < request.from)
        errors.append({QStringLiteral("to"), QCoreApplication::translate("PaymentExport", "The last day comes before the first day.")});
    if (request.timeZone.isEmpty() || !QTimeZone(request.timeZone.toUtf8()).isValid())
        errors.append({QStringLiteral("tz"),
                       QCoreApplication::translate("PaymentExport", "\"%1\" is not a time zone: give an IANA zone such as America/Toronto.").arg(request.timeZone)});
    const QStringList known = availableColumns();
    for (const QString& c : request.columns) {
        if (!known.contains(c)) {
            errors.append({QStringLiteral("columns"),
                           QCoreApplication::translate("PaymentExport", "\"%1\" is not a column of the export. The columns are: %2.").arg(c, known.join(QStringLiteral(", ")))});
            break;
        }
    }
    return Error::validation(errors);
}

Result<qint64> PaymentExport::writeCsv(const Session& who, const PaymentExportRequest& request, QIODevice& out,
                                       const std::function<bool(qint64)>& progress)
{
    Session current;
    if (auto denied = m_auth.check(who, Permission::RequestPayment, &current))
        return *denied;
    if (auto bad = validate(request))
        return *bad;
    const QTimeZone zone(request.timeZone.toUtf8());
    const qint64 from = QDateTime(request.from, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 to = QDateTime(request.to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();

    const QStringList names = request.columns.isEmpty() ? defaultColumns() : request.columns;
    QList<Column> chosen;
    QStringList sql;
    QList<int> sqlIndex; // per chosen column: its index in the query, -1 for time_zone
    for (const QString& name : names) {
        for (const Column& c : columns()) {
            if (c.name != name)
                continue;
            chosen.append(c);
            if (c.sql.isEmpty()) {
                sqlIndex.append(-1);
            } else {
                if (!sql.contains(c.sql))
                    sql.append(c.sql);
                sqlIndex.append(int(sql.indexOf(c.sql)));
            }
        }
    }
    int currencyIndex = int(sql.indexOf(QStringLiteral("currency")));
    if (currencyIndex < 0) {
        sql.append(QStringLiteral("currency"));
        currencyIndex = int(sql.size() - 1);
    }

    CsvWriter csv(out);
    csv.writeRow(names);
    const QByteArray zoneName = request.timeZone.toUtf8();
    QHash<qint64, int> offsets; // hour -> offset from UTC in the zone
    QHash<QString, int> exponents;
    bool cancelled = false;
    char buf[64];
    const auto count = store::PaymentExportRepository(m_db.connection())
                           .forEachPayment(paymentScopeFor(current), from, to, sql, [&](const QSqlQuery& q) {
                               const QString currency = q.value(currencyIndex).toString();
                               auto e = exponents.constFind(currency);
                               if (e == exponents.constEnd())
                                   e = exponents.insert(currency, currencyExponent(currency));
                               for (qsizetype i = 0; i < chosen.size(); ++i) {
                                   const Column& c = chosen.at(i);
                                   switch (c.kind) {
                                   case Kind::Zone:
                                       csv.addCell(QByteArrayView(zoneName));
                                       break;
                                   case Kind::Text:
                                       csv.addCell(QByteArrayView(q.value(sqlIndex.at(i)).toString().toUtf8()));
                                       break;
                                   case Kind::Amount:
                                       csv.addCell(QByteArrayView(buf, formatAmount(q.value(sqlIndex.at(i)).toLongLong(),
                                                                                    *e, buf)));
                                       break;
                                   case Kind::UtcTime:
                                   case Kind::LocalTime: {
                                       const qint64 secs = q.value(sqlIndex.at(i)).toLongLong();
                                       int offset = 0;
                                       if (c.kind == Kind::LocalTime) {
                                           const qint64 hour = secs / 3600;
                                           auto o = offsets.constFind(hour);
                                           if (o == offsets.constEnd())
                                               o = offsets.insert(hour, zone.offsetFromUtc(
                                                                            QDateTime::fromSecsSinceEpoch(hour * 3600, QTimeZone::utc())));
                                           offset = *o;
                                       }
                                       csv.addCell(QByteArrayView(buf, formatTime(secs + offset, buf)));
                                       break;
                                   }
                                   }
                               }
                               csv.endRow();
                               if (progress && csv.rows() % 10000 == 0 && !progress(csv.rows() - 1)) {
                                   cancelled = true;
                                   return false;
                               }
                               return csv.ok();
                           });
    if (!count)
        return count.error();
    if (cancelled)
        return Error{Error::Code::Cancelled, QCoreApplication::translate("PaymentExport", "The export was cancelled."), {}};
    if (!csv.flush())
        return Error{Error::Code::Store, QCoreApplication::translate("PaymentExport", "The export file could not be written: %1").arg(out.errorString()), {}};
    return count.value();
}

} // namespace dp
