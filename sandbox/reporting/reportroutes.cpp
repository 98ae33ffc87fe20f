// The Reporting API: report types, report runs (pending -> succeeded on the next read) and the files holding their
// CSV, downloaded with the API key from `/v1/files/{id}/contents`.
#include "reportdata.h"

#include "server/apierror.h"
#include "server/fixtures.h"
#include "server/jsonutil.h"
#include "server/pagination.h"
#include "server/params.h"
#include "server/router.h"
#include "server/routes.h"
#include "server/sandboxstate.h"

#include <QJsonArray>

namespace dp::sandbox {

namespace {

const QString kRun = QStringLiteral("reporting.report_run");
const QString kFile = QStringLiteral("file");
constexpr qint64 kHistory = 5LL * 365 * 86400; // how far back data is available
const QStringList kListParams{QStringLiteral("limit"), QStringLiteral("starting_after"),
                              QStringLiteral("ending_before"), QStringLiteral("created")};

qint64 availableStart(const SandboxState& state)
{
    const qint64 t = state.now() - kHistory;
    return t - t % 86400;
}

QJsonObject typeObject(const SandboxState& state, const reporting::ReportType& type)
{
    QJsonObject o = skeleton(QStringLiteral("reporting.report_type"));
    o.insert(QStringLiteral("id"), type.id);
    o.insert(QStringLiteral("name"), type.name);
    o.insert(QStringLiteral("data_available_start"), availableStart(state));
    o.insert(QStringLiteral("data_available_end"), state.now());
    o.insert(QStringLiteral("default_columns"), QJsonArray::fromStringList(type.defaultColumns));
    o.insert(QStringLiteral("livemode"), false);
    o.insert(QStringLiteral("updated"), state.now());
    o.insert(QStringLiteral("version"), type.id.section(QLatin1Char('.'), -1).toInt());
    return o;
}

ApiResponse createRun(SandboxState& state, const ApiRequest& r)
{
    const Params p(r.params);
    p.allowOnly({QStringLiteral("report_type"), QStringLiteral("parameters")});
    const QString typeId = p.required(QStringLiteral("report_type"));
    const reporting::ReportType* type = reporting::findType(typeId);
    if (!type)
        fail::invalid(QStringLiteral("report_type"), QStringLiteral("Invalid report type: %1").arg(typeId));
    const QStringList allowed{QStringLiteral("interval_start"), QStringLiteral("interval_end"),
                              QStringLiteral("timezone"),       QStringLiteral("columns"),
                              QStringLiteral("connected_account"), QStringLiteral("currency")};
    for (const QString& key : p.map(QStringLiteral("parameters")).keys()) {
        if (!allowed.contains(key))
            fail::unknownParam(Params::join({QStringLiteral("parameters"), key}));
    }
    const QString start = QStringLiteral("parameters[interval_start]");
    const QString end = QStringLiteral("parameters[interval_end]");
    p.required(start);
    p.required(end);
    const qint64 from = *p.integer(start);
    const qint64 to = *p.integer(end);
    if (from < availableStart(state))
        fail::invalid(start, QStringLiteral("interval_start must be on or after data_available_start (%1).")
                                 .arg(availableStart(state)));
    if (to > state.now())
        fail::invalid(end, QStringLiteral("interval_end must be on or before data_available_end (%1).")
                               .arg(state.now()));
    if (to <= from)
        fail::invalid(end, QStringLiteral("interval_end must be after interval_start."));
    QJsonObject parameters{{QStringLiteral("interval_start"), from}, {QStringLiteral("interval_end"), to}};
    const QString zoneParam = QStringLiteral("parameters[timezone]");
    if (p.has(zoneParam)) {
        const QString zone = p.text(zoneParam);
        if (!QTimeZone(zone.toUtf8()).isValid())
            fail::invalid(zoneParam, QStringLiteral("Invalid timezone: %1").arg(zone));
        parameters.insert(QStringLiteral("timezone"), zone);
    }
    const QString columnsParam = QStringLiteral("parameters[columns]");
    if (p.has(columnsParam)) {
        const QStringList columns = p.strings(columnsParam);
        for (const QString& column : columns) {
            if (!reporting::hasColumn(*type, column))
                fail::invalid(columnsParam,
                              QStringLiteral("Invalid column for report type %1: %2").arg(type->id, column));
        }
        parameters.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
    }
    const QString accountParam = QStringLiteral("parameters[connected_account]");
    if (p.has(accountParam)) {
        const QString account = p.text(accountParam);
        state.require(QStringLiteral("account"), {}, account, QStringLiteral("account"), accountParam);
        parameters.insert(QStringLiteral("connected_account"), account);
    }
    QJsonObject run = skeleton(kRun);
    run.insert(QStringLiteral("id"), state.newId(QStringLiteral("frr_")));
    run.insert(QStringLiteral("created"), state.now());
    run.insert(QStringLiteral("error"), QJsonValue::Null);
    run.insert(QStringLiteral("livemode"), false);
    run.insert(QStringLiteral("parameters"), parameters);
    run.insert(QStringLiteral("report_type"), type->id);
    run.insert(QStringLiteral("result"), QJsonValue::Null);
    run.insert(QStringLiteral("status"), QStringLiteral("pending"));
    run.insert(QStringLiteral("succeeded_at"), QJsonValue::Null);
    state.store().insert(kRun, r.account, run);
    return state.render(r, run);
}

// Runs a pending report: builds its CSV into a new file and marks the run succeeded.
QJsonObject complete(SandboxState& state, const QString& owner, QJsonObject run)
{
    if (run.value(QLatin1String("status")).toString() != QLatin1String("pending"))
        return run;
    const reporting::ReportType* type = reporting::findType(run.value(QLatin1String("report_type")).toString());
    const QJsonObject parameters = run.value(QLatin1String("parameters")).toObject();
    reporting::RunParameters rp;
    rp.intervalStart = parameters.value(QLatin1String("interval_start")).toInteger();
    rp.intervalEnd = parameters.value(QLatin1String("interval_end")).toInteger();
    if (parameters.contains(QLatin1String("timezone")))
        rp.zone = QTimeZone(parameters.value(QLatin1String("timezone")).toString().toUtf8());
    for (const QJsonValue& c : parameters.value(QLatin1String("columns")).toArray())
        rp.columns.append(c.toString());
    if (rp.columns.isEmpty())
        rp.columns = type->defaultColumns;
    rp.account = parameters.value(QLatin1String("connected_account")).toString(owner);
    const QByteArray csv = reporting::buildCsv(state, *type, rp);

    const QString fileId = state.newId(QStringLiteral("file_"));
    QJsonObject file = skeleton(kFile);
    file.insert(QStringLiteral("id"), fileId);
    file.insert(QStringLiteral("created"), state.now());
    file.insert(QStringLiteral("expires_at"), state.now() + 365 * 86400);
    file.insert(QStringLiteral("filename"), fileId);
    file.insert(QStringLiteral("links"), listObject(QStringLiteral("/v1/file_links?file=") + fileId, {}));
    file.insert(QStringLiteral("purpose"), QStringLiteral("finance_report_run"));
    file.insert(QStringLiteral("size"), csv.size());
    file.insert(QStringLiteral("title"), QJsonValue::Null);
    file.insert(QStringLiteral("type"), QStringLiteral("csv"));
    file.insert(QStringLiteral("url"), QString(state.baseUrl() + QStringLiteral("/v1/files/%1/contents").arg(fileId)));
    state.store().insert(kFile, owner, file);
    state.privateData(fileId).insert(QStringLiteral("contents"), QString::fromUtf8(csv));

    run.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
    run.insert(QStringLiteral("succeeded_at"), state.now());
    run.insert(QStringLiteral("result"), file);
    state.store().replace(run.value(QLatin1String("id")).toString(), run);
    state.emitEvent(QStringLiteral("reporting.report_run.succeeded"), run, owner);
    return run;
}

} // namespace

void registerReportingRoutes(Router& router, SandboxState& state)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/reporting/report_types"), [&state](const ApiRequest& r) {
        QJsonArray data;
        for (const reporting::ReportType& type : reporting::reportTypes())
            data.append(typeObject(state, type));
        return state.render(r, listObject(QStringLiteral("/v1/reporting/report_types"), data));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/reporting/report_types/{id}"),
               [&state](const ApiRequest& r) {
                   const reporting::ReportType* type = reporting::findType(r.arg(0));
                   if (!type)
                       fail::noSuch(QStringLiteral("report type"), r.arg(0));
                   return state.render(r, typeObject(state, *type));
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/reporting/report_runs"),
               [&state](const ApiRequest& r) { return createRun(state, r); });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/reporting/report_runs"), [&state](const ApiRequest& r) {
        Params(r.params).allowOnly(kListParams);
        const QList<QString> ids = state.store().collection(kRun, r.account); // a copy: completing adds files
        for (const QString& id : ids) {
            if (!id.isEmpty())
                complete(state, r.account, state.store().get(id));
        }
        return state.render(r, listPage(state, r,
                                        {kRun, r.account, QStringLiteral("/v1/reporting/report_runs"),
                                         QStringLiteral("report run"), {}}));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/reporting/report_runs/{id}"),
               [&state](const ApiRequest& r) {
                   return state.render(
                       r, complete(state, r.account,
                                   state.require(kRun, r.account, r.arg(0), QStringLiteral("report run"))));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/files/{id}"), [&state](const ApiRequest& r) {
        return state.render(r, state.require(kFile, r.account, r.arg(0), kFile));
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/files/{id}/contents"), [&state](const ApiRequest& r) {
        state.require(kFile, r.account, r.arg(0), kFile);
        ApiResponse response;
        response.contentType = QByteArrayLiteral("text/csv; charset=utf-8");
        response.body = state.privateData(r.arg(0)).value(QLatin1String("contents")).toString().toUtf8();
        return response;
    });
}

} // namespace dp::sandbox
