#include "reportservice.h"

#include "reportcsv.h"

#include "api/apiclient.h"
#include "auth/authorizer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QThread>
#include <QTimeZone>
#include <QUrl>

namespace dp {

namespace {

constexpr int kMaxWaitMs = 10 * 60 * 1000;

Error cancelled()
{
    return Error{Error::Code::Cancelled, QCoreApplication::translate("ReportService", "The report was cancelled."), {}};
}

Error apiFailure(const api::ApiResult& r)
{
    return Error{Error::Code::Api, QCoreApplication::translate("ReportService", "The payments server could not run the report: %1").arg(r.error.message), {}};
}

// Sleeps `ms` in small steps; false when cancelled meanwhile.
bool pause(int ms, const std::atomic_bool* cancel)
{
    for (int waited = 0; waited < ms; waited += 50) {
        if (cancel && cancel->load())
            return false;
        QThread::msleep(50);
    }
    return !(cancel && cancel->load());
}

} // namespace

ReportService::ReportService(api::ApiClient& api, Authorizer& auth) : m_api(api), m_auth(auth)
{
}

QStringList ReportService::typeIds()
{
    return {QStringLiteral("payouts.itemized.3"), QStringLiteral("balance_change_from_activity.itemized.3"),
            QStringLiteral("balance.summary.1")};
}

QString ReportService::typeName(const QString& type)
{
    if (type == QLatin1String("payouts.itemized.3"))
        return QCoreApplication::translate("ReportService", "Itemized payouts");
    if (type == QLatin1String("balance_change_from_activity.itemized.3"))
        return QCoreApplication::translate("ReportService", "Balance change from activity (itemized)");
    if (type == QLatin1String("balance.summary.1"))
        return QCoreApplication::translate("ReportService", "Balance summary");
    return type;
}

QString ReportService::typeDescription(const QString& type)
{
    if (type == QLatin1String("payouts.itemized.3"))
        return QCoreApplication::translate("ReportService", "One line per payout that arrived in the period, with its amount, status and bank account.");
    if (type == QLatin1String("balance_change_from_activity.itemized.3"))
        return QCoreApplication::translate("ReportService", "One line per payment, refund, fee and adjustment of the period, with the payout that paid it.");
    if (type == QLatin1String("balance.summary.1"))
        return QCoreApplication::translate("ReportService", "The starting balance, the activity, the payouts and the ending balance of the period.");
    return {};
}

QStringList ReportService::columns(const QString& type)
{
    if (type == QLatin1String("payouts.itemized.3"))
        return {QStringLiteral("payout_id"),          QStringLiteral("effective_at_utc"),
                QStringLiteral("effective_at"),       QStringLiteral("currency"),
                QStringLiteral("gross"),              QStringLiteral("fee"),
                QStringLiteral("net"),                QStringLiteral("reporting_category"),
                QStringLiteral("source_id"),          QStringLiteral("description"),
                QStringLiteral("payout_expected_arrival_date"), QStringLiteral("payout_status"),
                QStringLiteral("payout_reversed_at_utc"), QStringLiteral("payout_reversed_at"),
                QStringLiteral("payout_type"),        QStringLiteral("payout_description"),
                QStringLiteral("payout_destination_id")};
    if (type == QLatin1String("balance_change_from_activity.itemized.3"))
        return {QStringLiteral("balance_transaction_id"), QStringLiteral("created_utc"),
                QStringLiteral("created"),                QStringLiteral("available_on_utc"),
                QStringLiteral("available_on"),           QStringLiteral("currency"),
                QStringLiteral("gross"),                  QStringLiteral("fee"),
                QStringLiteral("net"),                    QStringLiteral("reporting_category"),
                QStringLiteral("source_id"),              QStringLiteral("description"),
                QStringLiteral("customer_facing_amount"), QStringLiteral("customer_facing_currency"),
                QStringLiteral("automatic_payout_id"),    QStringLiteral("automatic_payout_effective_at"),
                QStringLiteral("customer_id"),            QStringLiteral("customer_email"),
                QStringLiteral("customer_name"),          QStringLiteral("charge_id"),
                QStringLiteral("payment_intent_id"),      QStringLiteral("card_brand"),
                QStringLiteral("payment_metadata[ro_number]"), QStringLiteral("payment_metadata[consultant]")};
    if (type == QLatin1String("balance.summary.1"))
        return {QStringLiteral("category"), QStringLiteral("description"), QStringLiteral("net_amount"),
                QStringLiteral("currency")};
    return {};
}

QStringList ReportService::defaultColumns(const QString& type)
{
    if (type == QLatin1String("payouts.itemized.3"))
        return {QStringLiteral("payout_id"), QStringLiteral("effective_at"), QStringLiteral("currency"),
                QStringLiteral("gross"), QStringLiteral("fee"), QStringLiteral("net"),
                QStringLiteral("payout_expected_arrival_date"), QStringLiteral("payout_status"),
                QStringLiteral("payout_description"), QStringLiteral("payout_destination_id")};
    if (type == QLatin1String("balance_change_from_activity.itemized.3"))
        return {QStringLiteral("balance_transaction_id"), QStringLiteral("created"), QStringLiteral("currency"),
                QStringLiteral("gross"), QStringLiteral("fee"), QStringLiteral("net"),
                QStringLiteral("reporting_category"), QStringLiteral("description"),
                QStringLiteral("automatic_payout_id"), QStringLiteral("payment_metadata[ro_number]")};
    return columns(type);
}

std::optional<Error> ReportService::validate(const ReportRequest& r)
{
    QList<FieldError> errors;
    if (!typeIds().contains(r.type))
        errors.append({QStringLiteral("type"), QCoreApplication::translate("ReportService", "Choose a report.")});
    if (r.connectedAccount.isEmpty())
        errors.append({QStringLiteral("rooftop"), QCoreApplication::translate("ReportService", "Choose a rooftop with a connected payments account.")});
    if (!r.from.isValid())
        errors.append({QStringLiteral("from"), QCoreApplication::translate("ReportService", "Enter the first day of the report.")});
    if (!r.to.isValid())
        errors.append({QStringLiteral("to"), QCoreApplication::translate("ReportService", "Enter the last day of the report.")});
    else if (r.from.isValid() && r.to < r.from)
        errors.append({QStringLiteral("to"), QCoreApplication::translate("ReportService", "The last day must not be before the first day.")});
    if (!QTimeZone(r.timeZone.toUtf8()).isValid())
        errors.append({QStringLiteral("timeZone"), QCoreApplication::translate("ReportService", "Choose a time zone from the list.")});
    const QStringList known = columns(r.type);
    for (const QString& c : r.columns) {
        if (!known.isEmpty() && !known.contains(c)) {
            errors.append({QStringLiteral("columns"), QCoreApplication::translate("ReportService", "The column \"%1\" is not one of this report's.").arg(c)});
            break;
        }
    }
    return Error::validation(errors);
}

std::pair<qint64, qint64> ReportService::interval(const ReportRequest& r)
{
    const QTimeZone zone(r.timeZone.toUtf8());
    return {QDateTime(r.from, QTime(0, 0), zone).toSecsSinceEpoch(),
            QDateTime(r.to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch()};
}

Result<QByteArray> ReportService::run(const Session& who, const ReportRequest& request,
                                      const std::function<void(ReportStage)>& progress,
                                      const std::atomic_bool* cancel, int pollMs)
{
    if (auto denied = m_auth.check(who, Permission::ViewAllPayments))
        return *denied;
    if (auto invalid = validate(request))
        return *invalid;
    auto say = [&](ReportStage stage) {
        if (progress)
            progress(stage);
    };
    say(ReportStage::Creating);
    // The run must end by the type's data_available_end: today's report stops at what the server has.
    const api::ApiResult type = m_api.get(QStringLiteral("/v1/reporting/report_types/") + request.type);
    if (!type.ok())
        return apiFailure(type);
    auto [start, end] = interval(request);
    end = qMin(end, type.json.value(QLatin1String("data_available_end")).toInteger());
    start = qMax(start, type.json.value(QLatin1String("data_available_start")).toInteger());
    if (end <= start)
        return Error::validation(QStringLiteral("from"), QCoreApplication::translate("ReportService", "The payments server has no data for these days yet."));
    QVariantMap params{{QStringLiteral("report_type"), request.type},
                       {QStringLiteral("parameters[interval_start]"), start},
                       {QStringLiteral("parameters[interval_end]"), end},
                       {QStringLiteral("parameters[timezone]"), request.timeZone},
                       {QStringLiteral("parameters[connected_account]"), request.connectedAccount}};
    const QStringList columns = request.columns.isEmpty() ? defaultColumns(request.type) : request.columns;
    for (int i = 0; i < columns.size(); ++i)
        params.insert(QStringLiteral("parameters[columns][%1]").arg(i), columns.at(i));
    if (cancel && cancel->load())
        return cancelled();
    api::ApiResult run = m_api.post(QStringLiteral("/v1/reporting/report_runs"), params,
                                    api::ApiClient::newIdempotencyKey());
    if (!run.ok())
        return apiFailure(run);
    const QString id = run.json.value(QLatin1String("id")).toString();
    QElapsedTimer waited;
    waited.start();
    bool first = true;
    while (run.json.value(QLatin1String("status")).toString() == QLatin1String("pending")) {
        say(ReportStage::Waiting);
        if (waited.elapsed() > kMaxWaitMs)
            return Error{Error::Code::Api, QCoreApplication::translate("ReportService", "The payments server did not finish the report in time."), {}};
        if (!pause(first ? qMin(pollMs, 100) : pollMs, cancel))
            return cancelled();
        first = false;
        run = m_api.get(QStringLiteral("/v1/reporting/report_runs/") + id);
        if (!run.ok())
            return apiFailure(run);
    }
    if (run.json.value(QLatin1String("status")).toString() != QLatin1String("succeeded"))
        return Error{Error::Code::Api,
                     QCoreApplication::translate("ReportService", "The payments server could not run the report: %1")
                         .arg(run.json.value(QLatin1String("error")).toString()),
                     {}};
    if (cancel && cancel->load())
        return cancelled();
    say(ReportStage::Downloading);
    QByteArray csv;
    const QUrl url(run.json.value(QLatin1String("result")).toObject().value(QLatin1String("url")).toString());
    const api::ApiResult file = m_api.download(url, &csv);
    if (!file.ok())
        return apiFailure(file);
    return csv;
}

Status ReportService::saveCsv(const QByteArray& csv, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reports::neutralizeCsv(csv)) < 0 || !file.commit())
        return Error{Error::Code::Store, QCoreApplication::translate("ReportService", "The report could not be saved to %1: %2").arg(path, file.errorString()),
                     {}};
    return Done{};
}

} // namespace dp
