#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace dp::sandbox {

class SandboxState;

// The Reporting API's report types the sandbox serves and the CSV of one run, with Stripe's documented column names.
namespace reporting {

struct ReportType
{
    QString id;                 // "payouts.itemized.3"
    QString name;               // "Itemized payouts"
    QStringList columns;        // every column it can give
    QStringList defaultColumns; // when the run names none
    bool metadataColumns = false; // payment_metadata[KEY] and refund_metadata[KEY] allowed
};

const QList<ReportType>& reportTypes();
const ReportType* findType(const QString& id);
// Whether `column` is one the type can give.
bool hasColumn(const ReportType& type, const QString& column);

struct RunParameters
{
    qint64 intervalStart = 0; // inclusive
    qint64 intervalEnd = 0;   // exclusive
    QTimeZone zone = QTimeZone::utc();
    QStringList columns; // already checked; never empty
    QString account;     // whose data ("" = the platform)
};

// The report's CSV (header line, then one line per row, RFC 4180 quoting, CRLF line ends).
QByteArray buildCsv(SandboxState& state, const ReportType& type, const RunParameters& parameters);

} // namespace reporting
} // namespace dp::sandbox
