#pragma once

#include "auth/session.h"
#include "foundation/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace dp {
class Authorizer;
namespace api {
class ApiClient;
}

// A report to run through the Reporting API (PAY-6): its type, the days it covers (both included) in `timeZone`
// (IANA), the columns, and the rooftop's connected account.
struct ReportRequest
{
    QString type; // "payouts.itemized.3", "balance.summary.1", "balance_change_from_activity.itemized.3"
    QDate from, to;
    QString timeZone = QStringLiteral("America/New_York");
    QStringList columns; // empty = the type's default columns
    QString connectedAccount;
};

// Where a run is, for the progress shown while waiting.
enum class ReportStage
{
    Creating,
    Waiting, // the run is pending at the server
    Downloading,
};

class ReportService
{
public:
    ReportService(api::ApiClient& api, Authorizer& auth);

    static QStringList typeIds();                         // the report types DealerPay offers, in menu order
    static QString typeName(const QString& type);         // translated
    static QString typeDescription(const QString& type);  // translated, one sentence
    static QStringList columns(const QString& type);      // the documented columns of the type
    static QStringList defaultColumns(const QString& type);
    // Every error of the request at once (field names: type, from, to, timeZone, columns, rooftop).
    static std::optional<Error> validate(const ReportRequest& request);
    // [start, end) in UTC seconds for the request's days in its time zone.
    static std::pair<qint64, qint64> interval(const ReportRequest& request);

    // Creates the run, waits until it succeeded (polling every `pollMs`), downloads its CSV. Cancel stops the
    // waiting (the run itself stays at the server). Needs ViewAllPayments.
    Result<QByteArray> run(const Session& who, const ReportRequest& request,
                           const std::function<void(ReportStage)>& progress = {},
                           const std::atomic_bool* cancel = nullptr, int pollMs = 500);
    // Writes the CSV to `path` all at once (SEC-4 neutralized cells); nothing is left behind on failure.
    static Status saveCsv(const QByteArray& csv, const QString& path);

private:
    api::ApiClient& m_api;
    Authorizer& m_auth;
};

} // namespace dp
