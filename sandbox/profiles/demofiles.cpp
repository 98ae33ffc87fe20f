#include "demofiles.h"

#include "payments/ledger.h"
#include "server/sandboxstate.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

#include <algorithm>
#include <random>

namespace dp::sandbox {

namespace {

using ledger::kDay;
constexpr int kDmsDays = 14;

struct Charge
{
    QString id, ro, customer, brand, last4;
    qint64 amount = 0, created = 0;
};

struct DmsLine
{
    qint64 at = 0;
    QString ro, customer;
    qint64 amount = 0;
    QString type, reference;
};

struct Deposit
{
    qint64 day = 0; // UTC midnight of the posting date
    qint64 amount = 0;
    QString id, description;
};

qint64 dayStart(qint64 t)
{
    return t - ((t % kDay) + kDay) % kDay;
}

int weekday(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).date().dayOfWeek();
}

QString cardType(const QString& brand)
{
    static const QMap<QString, QString> names{{QStringLiteral("visa"), QStringLiteral("VISA")},
                                              {QStringLiteral("mastercard"), QStringLiteral("MC")},
                                              {QStringLiteral("amex"), QStringLiteral("AMEX")},
                                              {QStringLiteral("discover"), QStringLiteral("DISC")}};
    return names.value(brand, brand.toUpper());
}

QString money(qint64 cents)
{
    const qint64 a = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString slug(const QString& name)
{
    QString out;
    for (const QChar c : name.toLower())
        out += c.isLetterOrNumber() ? c : QLatin1Char('-');
    while (out.contains(QStringLiteral("--")))
        out.replace(QStringLiteral("--"), QStringLiteral("-"));
    return out;
}

// An RO typed with two of its first digits swapped (or one changed when they are the same): far from every RO the
// rooftop uses, so it matches nothing.
QString roTypo(const QString& ro)
{
    QString typo = ro;
    const qsizetype start = typo.lastIndexOf(QLatin1Char('-')) + 1;
    if (typo.size() - start < 3)
        return typo + QLatin1Char('0');
    const QChar a = typo.at(start + 1), b = typo.at(start + 2);
    if (a != b) {
        typo[start + 1] = b;
        typo[start + 2] = a;
    } else {
        typo[start + 1] = QChar(u'0' + (a.unicode() - u'0' + 1) % 10);
    }
    return typo;
}

class RooftopFiles
{
  public:
    RooftopFiles(const SandboxState& state, const QString& account, const QTimeZone& zone)
        : m_state(state), m_account(account), m_zone(zone), m_rng(qHash(account))
    {
    }
    void collect(qint64 lastDay);
    QByteArray dmsCsv() const;
    QByteArray bankCsv() const;
    QByteArray bankOfx() const;
    QString summary() const { return m_summary; }

  private:
    QDateTime local(qint64 t) const { return QDateTime::fromSecsSinceEpoch(t, m_zone); }
    QString postingDate(qint64 day) const // a bank's posting date is a calendar date, whatever the zone
    {
        return QDateTime::fromSecsSinceEpoch(day, Qt::UTC).date().toString(Qt::ISODate);
    }
    void collectDms(qint64 first, qint64 lastDay);
    void collectDeposits(qint64 first, qint64 lastDay);

    const SandboxState& m_state;
    QString m_account;
    QTimeZone m_zone;
    std::mt19937_64 m_rng;
    QList<DmsLine> m_lines;
    QList<Deposit> m_deposits;
    QString m_summary;
};

void RooftopFiles::collect(qint64 lastDay)
{
    const qint64 first = lastDay - (kDmsDays - 1) * kDay;
    collectDms(first, lastDay);
    collectDeposits(first, lastDay);
}

void RooftopFiles::collectDms(qint64 first, qint64 lastDay)
{
    const ObjectStore& store = m_state.store();
    QHash<QString, Charge> charges; // every succeeded charge, for refunds of older ones
    QMap<QString, QList<Charge>> byRo; // RO -> its charges in the period
    int maxRo = 0;
    for (const QString& id : store.collection(QStringLiteral("charge"), m_account)) {
        const QJsonObject c = store.get(id);
        if (c.isEmpty() || c.value(QLatin1String("status")).toString() != QLatin1String("succeeded"))
            continue;
        const QJsonObject card = c.value(QLatin1String("payment_method_details")).toObject().value(QLatin1String("card")).toObject();
        Charge charge{id,
                      c.value(QLatin1String("metadata")).toObject().value(QLatin1String("ro_number")).toString(),
                      c.value(QLatin1String("billing_details")).toObject().value(QLatin1String("name")).toString(),
                      card.value(QLatin1String("brand")).toString(),
                      card.value(QLatin1String("last4")).toString(),
                      c.value(QLatin1String("amount")).toInteger(),
                      c.value(QLatin1String("created")).toInteger()};
        charges.insert(id, charge);
        maxRo = qMax(maxRo, charge.ro.section(QLatin1Char('-'), -1).toInt());
        if (charge.created >= first && charge.created < lastDay + kDay)
            byRo[charge.ro].append(charge);
    }
    // The broken lines: the first payments of the last day that are alone on their RO.
    QList<Charge> lastDayCharges;
    for (const QList<Charge>& group : std::as_const(byRo)) {
        if (group.size() == 1 && dayStart(group.first().created) == lastDay)
            lastDayCharges.append(group.first());
    }
    std::sort(lastDayCharges.begin(), lastDayCharges.end(),
              [](const Charge& a, const Charge& b) { return a.created < b.created; });
    const QString typo = lastDayCharges.value(0).id, wrongAmount = lastDayCharges.value(1).id,
                  missing = lastDayCharges.value(2).id;
    QStringList notes;
    for (auto it = byRo.cbegin(); it != byRo.cend(); ++it) {
        const QList<Charge>& group = it.value();
        DmsLine line{group.last().created, it.key(), group.first().customer, 0,
                     cardType(group.first().brand), {}};
        QStringList refs;
        for (const Charge& c : group) {
            line.amount += c.amount;
            refs << QStringLiteral("x") + c.last4;
        }
        line.reference = refs.join(QStringLiteral(" + "));
        if (group.size() > 1 && dayStart(line.at) == lastDay)
            notes << QStringLiteral("split payment: %1 paid with two cards, one DMS line of %2").arg(line.ro, money(line.amount));
        if (group.first().id == missing) {
            notes << QStringLiteral("card payment missing from the DMS: %1, %2").arg(line.ro, money(line.amount));
            continue;
        }
        if (group.first().id == typo) {
            line.ro = roTypo(line.ro);
            notes << QStringLiteral("RO typo: %1 typed as %2").arg(it.key(), line.ro);
        }
        if (group.first().id == wrongAmount) {
            line.amount += line.amount >= 10000 ? 1000 : 100;
            notes << QStringLiteral("wrong amount: %1 typed as %2 (paid %3)")
                         .arg(line.ro, money(line.amount), money(group.first().amount));
        }
        m_lines.append(line);
    }
    // Refunds: a negative line on the day the refund was made.
    for (const QString& id : store.collection(QStringLiteral("refund"), m_account)) {
        const QJsonObject r = store.get(id);
        const qint64 at = r.value(QLatin1String("created")).toInteger();
        const Charge c = charges.value(r.value(QLatin1String("charge")).toString());
        if (c.id.isEmpty() || r.value(QLatin1String("status")).toString() != QLatin1String("succeeded") ||
            at < first || at >= lastDay + kDay)
            continue;
        m_lines.append({at, c.ro, c.customer, -r.value(QLatin1String("amount")).toInteger(), cardType(c.brand),
                        QStringLiteral("Refund x") + c.last4});
        if (dayStart(at) == lastDay)
            notes << QStringLiteral("refund: %1, %2").arg(c.ro, money(-r.value(QLatin1String("amount")).toInteger()));
    }
    // A line the cashier entered as a card payment that DealerPay never took (the old terminal).
    if (!lastDayCharges.isEmpty()) {
        const Charge& other = lastDayCharges.last();
        const DmsLine extra{lastDay + 16 * 3600 + 45 * 60, QStringLiteral("RO-%1").arg(maxRo + 1), other.customer,
                            qint64(std::uniform_int_distribution<int>(4000, 60000)(m_rng)), QStringLiteral("VISA"),
                            QStringLiteral("x%1").arg(std::uniform_int_distribution<int>(1000, 9999)(m_rng))};
        m_lines.append(extra);
        notes << QStringLiteral("DMS line with no card payment: %1, %2").arg(extra.ro, money(extra.amount));
    }
    std::sort(m_lines.begin(), m_lines.end(), [](const DmsLine& a, const DmsLine& b) { return a.at < b.at; });
    m_summary = notes.join(QLatin1Char('\n'));
}

void RooftopFiles::collectDeposits(qint64 first, qint64 lastDay)
{
    const ObjectStore& store = m_state.store();
    for (const QString& id : store.collection(QStringLiteral("payout"), m_account)) {
        const QJsonObject p = store.get(id);
        if (p.value(QLatin1String("status")).toString() == QLatin1String("failed"))
            continue;
        qint64 day = dayStart(p.value(QLatin1String("arrival_date")).toInteger());
        while (weekday(day) > 5) // the bank posts on its next business day
            day += kDay;
        if (day < first || day > lastDay)
            continue;
        m_deposits.append({day, p.value(QLatin1String("amount")).toInteger(), id,
                           QStringLiteral("STRIPE TRANSFER ST-%1").arg(id.mid(3, 12).toUpper())});
    }
    // On the reconciliation day: the deposit of the payout that arrived 3 business days earlier is posted (late),
    // and the deposit of the payout arriving that day is missing (not on the statement yet).
    qint64 threeBefore = lastDay;
    for (int n = 0; n < 3;) {
        threeBefore -= kDay;
        n += weekday(threeBefore) <= 5 ? 1 : 0;
    }
    int late = -1, missing = -1;
    for (qsizetype i = m_deposits.size() - 1; i >= 0; --i) {
        if (late < 0 && m_deposits.at(i).day <= threeBefore) // a bank holiday may leave that day without a deposit
            late = int(i);
        if (missing < 0 && m_deposits.at(i).day == lastDay)
            missing = int(i);
    }
    if (missing < 0 && !m_deposits.isEmpty() && m_deposits.size() - 1 != late)
        missing = int(m_deposits.size() - 1);
    if (late >= 0) {
        const qint64 arrived = m_deposits.at(late).day;
        m_deposits[late].day = lastDay;
        m_summary += QStringLiteral("\nbank deposit 3 days late: %1 of %2, arrived on %3, posted on %4")
                         .arg(m_deposits.at(late).id, money(m_deposits.at(late).amount), postingDate(arrived),
                              postingDate(lastDay));
    }
    if (missing >= 0) {
        m_summary += QStringLiteral("\nbank deposit missing: %1 of %2")
                         .arg(m_deposits.at(missing).id, money(m_deposits.at(missing).amount));
        m_deposits.removeAt(missing);
    }
    std::stable_sort(m_deposits.begin(), m_deposits.end(), [](const Deposit& a, const Deposit& b) { return a.day < b.day; });
}

QByteArray RooftopFiles::dmsCsv() const
{
    QString out = QStringLiteral("Date,Time,RO Number,Customer,Amount,Payment Type,Reference\r\n");
    for (const DmsLine& l : m_lines) {
        const QDateTime at = local(l.at);
        out += QStringList{at.date().toString(Qt::ISODate), at.time().toString(QStringLiteral("HH:mm")),
                           csvField(l.ro),                  csvField(l.customer),
                           money(l.amount),                 l.type,
                           csvField(l.reference)}
                   .join(QLatin1Char(',')) +
               QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray RooftopFiles::bankCsv() const
{
    QString out = QStringLiteral("Date,Description,Amount,Reference\r\n");
    for (const Deposit& d : m_deposits)
        out += QStringLiteral("%1,%2,%3,%4\r\n")
                   .arg(postingDate(d.day), csvField(d.description), money(d.amount), d.id.mid(3, 12).toUpper());
    return out.toUtf8();
}

// OFX 1.0.2 (SGML), as US banks' business portals export it ("Web Connect").
QByteArray RooftopFiles::bankOfx() const
{
    auto ofxDate = [this](qint64 day) -> QString { return postingDate(day).remove(QLatin1Char('-')) + QStringLiteral("120000"); };
    const qint64 start = m_deposits.isEmpty() ? 0 : m_deposits.first().day;
    const qint64 end = m_deposits.isEmpty() ? 0 : m_deposits.last().day;
    qint64 balance = 0;
    QString out = QStringLiteral("OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\nENCODING:USASCII\r\n"
                                 "CHARSET:1252\r\nCOMPRESSION:NONE\r\nOLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n"
                                 "<OFX>\r\n<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
                                 "<DTSERVER>%1<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>\r\n"
                                 "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>\r\n"
                                 "<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>110000000<ACCTID>000123456789"
                                 "<ACCTTYPE>CHECKING</BANKACCTFROM>\r\n<BANKTRANLIST><DTSTART>%2<DTEND>%1\r\n")
                      .arg(ofxDate(end), ofxDate(start));
    for (const Deposit& d : m_deposits) {
        balance += d.amount;
        out += QStringLiteral("<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>%1<TRNAMT>%2<FITID>%3<NAME>%4<MEMO>%5</STMTTRN>\r\n")
                   .arg(ofxDate(d.day), money(d.amount), d.id.mid(3, 12).toUpper(), d.description.left(32),
                        d.description);
    }
    out += QStringLiteral("</BANKTRANLIST><LEDGERBAL><BALAMT>%1<DTASOF>%2</LEDGERBAL></STMTRS></STMTTRNRS>"
                          "</BANKMSGSRSV1>\r\n</OFX>\r\n")
               .arg(money(balance), ofxDate(end));
    return out.toLatin1();
}

bool writeFile(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
    return false;
}

} // namespace

qint64 demoReconciliationDay(qint64 now)
{
    qint64 day = dayStart(now) - kDay;
    while (weekday(day) > 5)
        day -= kDay;
    return day;
}

QStringList writeDemoFiles(const SandboxState& state, const QString& folder, const QTimeZone& zone, QString* error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(folder);
        return {};
    }
    const qint64 lastDay = demoReconciliationDay(state.now());
    const QString date = QDateTime::fromSecsSinceEpoch(lastDay, Qt::UTC).date().toString(Qt::ISODate);
    QStringList written;
    QString readme = QStringLiteral(
                         "DealerPay demo files (PAY-8 reconciliation)\r\n\r\n"
                         "For each rooftop: the DMS cashier export of the last two weeks, and the bank statement of the\r\n"
                         "payouts' deposits (CSV and OFX). Times are in %1. Reconcile %2: it has these deliberate\r\n"
                         "problems, the other lines match.\r\n")
                         .arg(QString::fromUtf8(zone.id()), date);
    const ObjectStore& store = state.store();
    for (const QString& account : store.collection(QStringLiteral("account"), QString())) {
        if (store.collection(QStringLiteral("charge"), account).isEmpty())
            continue;
        const QString name = store.get(account)
                                 .value(QLatin1String("business_profile"))
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toString(account);
        RooftopFiles files(state, account, zone);
        files.collect(lastDay);
        const QString base = QDir(folder).filePath(slug(name));
        const QList<QPair<QString, QByteArray>> outputs{{base + QStringLiteral("-dms-cashier.csv"), files.dmsCsv()},
                                                        {base + QStringLiteral("-bank-statement.csv"), files.bankCsv()},
                                                        {base + QStringLiteral("-bank-statement.ofx"), files.bankOfx()}};
        for (const auto& [path, data] : outputs) {
            if (!writeFile(path, data, error))
                return {};
            written << path;
        }
        readme += QStringLiteral("\r\n%1:\r\n  %2\r\n").arg(name, files.summary().replace(QLatin1Char('\n'), QStringLiteral("\r\n  ")));
    }
    const QString readmePath = QDir(folder).filePath(QStringLiteral("README.txt"));
    if (!writeFile(readmePath, readme.toUtf8(), error))
        return {};
    written << readmePath;
    return written;
}

} // namespace dp::sandbox
