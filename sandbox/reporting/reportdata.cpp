#include "reportdata.h"

#include "payments/ledger.h"
#include "server/jsonutil.h"
#include "server/sandboxstate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace dp::sandbox::reporting {

namespace {

using Row = QHash<QString, QString>;

const QStringList kPayoutColumns{
    QStringLiteral("payout_id"),          QStringLiteral("effective_at_utc"),
    QStringLiteral("effective_at"),       QStringLiteral("currency"),
    QStringLiteral("gross"),              QStringLiteral("fee"),
    QStringLiteral("net"),                QStringLiteral("reporting_category"),
    QStringLiteral("source_id"),          QStringLiteral("description"),
    QStringLiteral("payout_expected_arrival_date"), QStringLiteral("payout_status"),
    QStringLiteral("payout_reversed_at_utc"), QStringLiteral("payout_reversed_at"),
    QStringLiteral("payout_type"),        QStringLiteral("payout_description"),
    QStringLiteral("payout_destination_id")};

const QStringList kActivityColumns{
    QStringLiteral("balance_transaction_id"), QStringLiteral("created_utc"),
    QStringLiteral("created"),                QStringLiteral("available_on_utc"),
    QStringLiteral("available_on"),           QStringLiteral("currency"),
    QStringLiteral("gross"),                  QStringLiteral("fee"),
    QStringLiteral("net"),                    QStringLiteral("reporting_category"),
    QStringLiteral("source_id"),              QStringLiteral("description"),
    QStringLiteral("customer_facing_amount"), QStringLiteral("customer_facing_currency"),
    QStringLiteral("automatic_payout_id"),    QStringLiteral("automatic_payout_effective_at_utc"),
    QStringLiteral("automatic_payout_effective_at"), QStringLiteral("customer_id"),
    QStringLiteral("customer_email"),         QStringLiteral("customer_name"),
    QStringLiteral("customer_description"),   QStringLiteral("charge_id"),
    QStringLiteral("payment_intent_id"),      QStringLiteral("charge_created_utc"),
    QStringLiteral("charge_created"),         QStringLiteral("payment_method_type"),
    QStringLiteral("card_brand"),             QStringLiteral("card_funding"),
    QStringLiteral("card_country"),           QStringLiteral("statement_descriptor"),
    QStringLiteral("connected_account")};

QString amountText(qint64 minor)
{
    const qint64 whole = (minor < 0 ? -minor : minor);
    return QStringLiteral("%1%2.%3")
        .arg(minor < 0 ? QStringLiteral("-") : QString())
        .arg(whole / 100)
        .arg(whole % 100, 2, 10, QLatin1Char('0'));
}

QString timeText(qint64 t, const QTimeZone& zone)
{
    return QDateTime::fromSecsSinceEpoch(t, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString dateText(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd"));
}

QByteArray csvField(const QString& value)
{
    QByteArray out = value.toUtf8();
    if (out.contains(',') || out.contains('"') || out.contains('\n') || out.contains('\r')) {
        out.replace("\"", "\"\"");
        out = '"' + out + '"';
    }
    return out;
}

QByteArray toCsv(const QStringList& columns, const QList<Row>& rows)
{
    QByteArray out;
    QByteArrayList header;
    for (const QString& c : columns)
        header.append(csvField(c));
    out += header.join(',') + "\r\n";
    for (const Row& row : rows) {
        QByteArrayList cells;
        for (const QString& c : columns)
            cells.append(csvField(row.value(c)));
        out += cells.join(',') + "\r\n";
    }
    return out;
}

// The account's balance transactions created in [from, to), oldest first.
QList<QJsonObject> transactions(const SandboxState& state, const QString& account, qint64 from, qint64 to)
{
    QList<QJsonObject> out;
    for (const QString& id : state.store().collection(QStringLiteral("balance_transaction"), account)) {
        if (id.isEmpty())
            continue;
        const QJsonObject txn = state.store().get(id);
        const qint64 created = txn.value(QLatin1String("created")).toInteger();
        if (created >= from && created < to)
            out.append(txn);
    }
    std::stable_sort(out.begin(), out.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QLatin1String("created")).toInteger() < b.value(QLatin1String("created")).toInteger();
    });
    return out;
}

QString text(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

QList<Row> summaryRows(const SandboxState& state, const RunParameters& p)
{
    struct Sums
    {
        qint64 start = 0, gross = 0, fee = 0, payouts = 0;
    };
    QMap<QString, Sums> byCurrency;
    for (const QJsonObject& txn : transactions(state, p.account, 0, p.intervalEnd)) {
        Sums& s = byCurrency[txn.value(QLatin1String("currency")).toString()];
        const qint64 net = txn.value(QLatin1String("net")).toInteger();
        if (txn.value(QLatin1String("created")).toInteger() < p.intervalStart) {
            s.start += net;
        } else if (txn.value(QLatin1String("type")).toString() == QLatin1String("payout")) {
            s.payouts += net;
        } else {
            s.gross += txn.value(QLatin1String("amount")).toInteger();
            s.fee -= txn.value(QLatin1String("fee")).toInteger();
        }
    }
    if (byCurrency.isEmpty())
        byCurrency.insert(QStringLiteral("usd"), {});
    QList<Row> rows;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
        const Sums& s = it.value();
        const QList<QPair<QString, QPair<QString, qint64>>> lines{
            {QStringLiteral("starting_balance"), {QStringLiteral("Starting balance"), s.start}},
            {QStringLiteral("activity_gross"), {QStringLiteral("Activity before fees"), s.gross}},
            {QStringLiteral("activity_fee"), {QStringLiteral("Less fees"), s.fee}},
            {QStringLiteral("activity"), {QStringLiteral("Net balance change from activity"), s.gross + s.fee}},
            {QStringLiteral("payouts"), {QStringLiteral("Total payouts"), s.payouts}},
            {QStringLiteral("ending_balance"),
             {QStringLiteral("Ending balance"), s.start + s.gross + s.fee + s.payouts}}};
        for (const auto& [category, line] : lines)
            rows.append({{QStringLiteral("category"), category},
                         {QStringLiteral("description"), line.first},
                         {QStringLiteral("net_amount"), amountText(line.second)},
                         {QStringLiteral("currency"), it.key()}});
    }
    return rows;
}

QList<Row> payoutRows(const SandboxState& state, const RunParameters& p)
{
    QList<QJsonObject> payouts;
    for (const QString& id : state.store().collection(QStringLiteral("payout"), p.account)) {
        const QJsonObject po = id.isEmpty() ? QJsonObject() : state.store().get(id);
        const qint64 effective = po.value(QLatin1String("arrival_date")).toInteger();
        if (!po.isEmpty() && effective >= p.intervalStart && effective < p.intervalEnd)
            payouts.append(po);
    }
    std::stable_sort(payouts.begin(), payouts.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QLatin1String("arrival_date")).toInteger() < b.value(QLatin1String("arrival_date")).toInteger();
    });
    QList<Row> rows;
    for (const QJsonObject& po : payouts) {
        const qint64 effective = po.value(QLatin1String("arrival_date")).toInteger();
        const qint64 amount = po.value(QLatin1String("amount")).toInteger();
        rows.append({{QStringLiteral("payout_id"), text(po, "id")},
                     {QStringLiteral("effective_at_utc"), timeText(effective, QTimeZone::utc())},
                     {QStringLiteral("effective_at"), timeText(effective, p.zone)},
                     {QStringLiteral("currency"), text(po, "currency")},
                     {QStringLiteral("gross"), amountText(amount)},
                     {QStringLiteral("fee"), amountText(0)},
                     {QStringLiteral("net"), amountText(amount)},
                     {QStringLiteral("reporting_category"), QStringLiteral("payout")},
                     {QStringLiteral("source_id"), text(po, "id")},
                     {QStringLiteral("description"), text(po, "description")},
                     {QStringLiteral("payout_expected_arrival_date"), dateText(effective)},
                     {QStringLiteral("payout_status"), text(po, "status")},
                     {QStringLiteral("payout_type"), text(po, "type")},
                     {QStringLiteral("payout_description"), text(po, "description")},
                     {QStringLiteral("payout_destination_id"), text(po, "destination")}});
    }
    return rows;
}

// What a charge-backed transaction adds: customer, card, and the PaymentIntent's metadata.
void addPaymentColumns(const SandboxState& state, const QJsonObject& charge, const RunParameters& p, Row& row)
{
    const QJsonObject customer = state.store().get(text(charge, "customer"));
    const QJsonObject card = jsonAt(charge, QStringLiteral("payment_method_details.card")).toObject();
    const qint64 created = charge.value(QLatin1String("created")).toInteger();
    row.insert(QStringLiteral("customer_id"), text(charge, "customer"));
    row.insert(QStringLiteral("customer_email"), text(customer, "email"));
    row.insert(QStringLiteral("customer_name"), text(customer, "name"));
    row.insert(QStringLiteral("customer_description"), text(customer, "description"));
    row.insert(QStringLiteral("charge_id"), text(charge, "id"));
    row.insert(QStringLiteral("payment_intent_id"), text(charge, "payment_intent"));
    row.insert(QStringLiteral("charge_created_utc"), timeText(created, QTimeZone::utc()));
    row.insert(QStringLiteral("charge_created"), timeText(created, p.zone));
    row.insert(QStringLiteral("payment_method_type"), QStringLiteral("card"));
    row.insert(QStringLiteral("card_brand"), text(card, "brand"));
    row.insert(QStringLiteral("card_funding"), text(card, "funding"));
    row.insert(QStringLiteral("card_country"), text(card, "country"));
    row.insert(QStringLiteral("statement_descriptor"), text(charge, "calculated_statement_descriptor"));
    const QJsonObject metadata = state.store().get(text(charge, "payment_intent")).value(QLatin1String("metadata"))
                                     .toObject();
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        row.insert(QStringLiteral("payment_metadata[%1]").arg(it.key()), it.value().toString());
}

QList<Row> activityRows(const SandboxState& state, const RunParameters& p)
{
    QList<Row> rows;
    for (const QJsonObject& txn : transactions(state, p.account, p.intervalStart, p.intervalEnd)) {
        if (txn.value(QLatin1String("type")).toString() == QLatin1String("payout"))
            continue; // payouts are not activity
        const qint64 created = txn.value(QLatin1String("created")).toInteger();
        const qint64 available = txn.value(QLatin1String("available_on")).toInteger();
        const QString source = text(txn, "source");
        Row row{{QStringLiteral("balance_transaction_id"), text(txn, "id")},
                {QStringLiteral("created_utc"), timeText(created, QTimeZone::utc())},
                {QStringLiteral("created"), timeText(created, p.zone)},
                {QStringLiteral("available_on_utc"), timeText(available, QTimeZone::utc())},
                {QStringLiteral("available_on"), timeText(available, p.zone)},
                {QStringLiteral("currency"), text(txn, "currency")},
                {QStringLiteral("gross"), amountText(txn.value(QLatin1String("amount")).toInteger())},
                {QStringLiteral("fee"), amountText(txn.value(QLatin1String("fee")).toInteger())},
                {QStringLiteral("net"), amountText(txn.value(QLatin1String("net")).toInteger())},
                {QStringLiteral("reporting_category"), text(txn, "reporting_category")},
                {QStringLiteral("source_id"), source},
                {QStringLiteral("description"), text(txn, "description")},
                {QStringLiteral("customer_facing_amount"), amountText(txn.value(QLatin1String("amount")).toInteger())},
                {QStringLiteral("customer_facing_currency"), text(txn, "currency")},
                {QStringLiteral("connected_account"), p.account}};
        const QString payout = state.ledger().payoutOfTxn.value(text(txn, "id"));
        if (!payout.isEmpty()) {
            const qint64 effective = state.store().get(payout).value(QLatin1String("arrival_date")).toInteger();
            row.insert(QStringLiteral("automatic_payout_id"), payout);
            row.insert(QStringLiteral("automatic_payout_effective_at_utc"), timeText(effective, QTimeZone::utc()));
            row.insert(QStringLiteral("automatic_payout_effective_at"), timeText(effective, p.zone));
        }
        if (source.startsWith(QLatin1String("ch_"))) {
            addPaymentColumns(state, state.store().get(source), p, row);
        } else if (source.startsWith(QLatin1String("re_"))) {
            const QJsonObject refund = state.store().get(source);
            addPaymentColumns(state, state.store().get(text(refund, "charge")), p, row);
            const QJsonObject metadata = refund.value(QLatin1String("metadata")).toObject();
            for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
                row.insert(QStringLiteral("refund_metadata[%1]").arg(it.key()), it.value().toString());
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

const QList<ReportType>& reportTypes()
{
    static const QList<ReportType> types{
        {QStringLiteral("balance.summary.1"),
         QStringLiteral("Balance summary"),
         {QStringLiteral("category"), QStringLiteral("description"), QStringLiteral("net_amount"),
          QStringLiteral("currency")},
         {QStringLiteral("category"), QStringLiteral("currency"), QStringLiteral("description"),
          QStringLiteral("net_amount")},
         false},
        {QStringLiteral("balance_change_from_activity.itemized.3"),
         QStringLiteral("Itemized balance change from activity"),
         kActivityColumns,
         kActivityColumns.mid(0, 12),
         true},
        {QStringLiteral("payouts.itemized.3"),
         QStringLiteral("Itemized payouts"),
         kPayoutColumns,
         {QStringLiteral("payout_id"), QStringLiteral("effective_at"), QStringLiteral("currency"),
          QStringLiteral("gross"), QStringLiteral("fee"), QStringLiteral("net"), QStringLiteral("reporting_category"),
          QStringLiteral("description"), QStringLiteral("payout_expected_arrival_date"),
          QStringLiteral("payout_status"), QStringLiteral("payout_type"), QStringLiteral("payout_description"),
          QStringLiteral("payout_destination_id")},
         false},
    };
    return types;
}

const ReportType* findType(const QString& id)
{
    for (const ReportType& type : reportTypes()) {
        if (type.id == id)
            return &type;
    }
    return nullptr;
}

bool hasColumn(const ReportType& type, const QString& column)
{
    if (type.columns.contains(column))
        return true;
    return type.metadataColumns &&
           (column.startsWith(QLatin1String("payment_metadata[")) ||
            column.startsWith(QLatin1String("refund_metadata["))) &&
           column.endsWith(QLatin1Char(']'));
}

QByteArray buildCsv(SandboxState& state, const ReportType& type, const RunParameters& parameters)
{
    if (!parameters.account.isEmpty())
        ledger::catchUp(state, parameters.account);
    const QList<Row> rows = type.id.startsWith(QLatin1String("balance.summary"))
                                ? summaryRows(state, parameters)
                            : type.id.startsWith(QLatin1String("payouts.itemized"))
                                ? payoutRows(state, parameters)
                                : activityRows(state, parameters);
    return toCsv(parameters.columns, rows);
}

} // namespace dp::sandbox::reporting
