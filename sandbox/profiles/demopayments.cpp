#include "demopayments.h"

#include "demofiles.h"

#include "demo/demoteams.h"

#include "payments/customers.h"
#include "payments/ledger.h"
#include "payments/paymentengine.h"
#include "server/sandboxstate.h"

#include <QDateTime>
#include <QMap>

#include <algorithm>

namespace dp::sandbox {

namespace {

using ledger::kDay;
constexpr int kCustomersPerStore = 240;
constexpr qint64 kEventRetention = 30 * kDay;

const char* const kFirstNames[] = {
    "James",     "Maria",  "Robert",   "Linda",  "Michael", "Patricia", "David",  "Jennifer", "William",
    "Elizabeth", "Carlos", "Susan",    "Daniel", "Jessica", "Kevin",    "Sarah",  "Brian",    "Karen",
    "Anthony",   "Nancy",  "Jose",     "Lisa",   "Mark",    "Betty",    "Steven", "Ashley",   "Paul",
    "Emily",     "Andrew", "Michelle", "Joshua", "Amanda",  "Thi",      "Priya",  "Ahmed",    "Olga"};
const char* const kLastNames[] = {"Smith",    "Johnson",   "Williams", "Brown",     "Jones",  "Garcia", "Miller",
                                  "Davis",    "Rodriguez", "Martinez", "Hernandez", "Lopez",  "Wilson", "Anderson",
                                  "Thomas",   "Taylor",    "Moore",    "Jackson",   "Martin", "Lee",    "Perez",
                                  "Thompson", "White",     "Harris",   "Clark",     "Lewis",  "Nguyen", "Patel",
                                  "Kowalski", "O'Brien",   "Schmidt",  "Rossi"};

struct Customer
{
    QString name, email, phone, postalCode;
    QString id; // created on first payment
};

class Generator
{
  public:
    Generator(SandboxState& state, const QString& account, const DemoStore& store)
        : m_state(state), m_rng(state.seededRng()), m_account(account), m_store(store)
    {
    }
    void run(int days);

  private:
    int uniform(int low, int high) { return low + int(m_rng() % quint64(high - low + 1)); } // inclusive
    bool chance(int percent) { return uniform(1, 100) <= percent; }
    QString cardNumber();
    qint64 serviceAmount();
    void pinAt(qint64 t);
    void payment(qint64 at);
    void refunds(qint64 day);

    SandboxState& m_state;
    std::mt19937_64& m_rng;
    QString m_account;
    DemoStore m_store;
    QList<Customer> m_customers;
    QMap<qint64, QList<QPair<QString, qint64>>> m_refundsDue; // day -> (charge, amount or 0 = full)
    int m_roNumber = 0;
    qint64 m_now = 0;
    // On the demo files' reconciliation day, the first two payments are one repair order paid with two cards.
    enum class Split { None, First, Second } m_split = Split::None;
    QString m_splitRo, m_splitDescription;
    int m_splitCustomer = 0;
};

// A random card number of a common brand that passes the Luhn check.
QString Generator::cardNumber()
{
    const int brand = uniform(1, 100);
    QString digits = brand <= 55   ? QStringLiteral("4")
                     : brand <= 85 ? QStringLiteral("5") + QString::number(uniform(1, 5))
                     : brand <= 95 ? QStringLiteral("37")
                                   : QStringLiteral("6011");
    const int length = digits.startsWith(QLatin1String("37")) ? 15 : 16;
    while (digits.size() < length - 1)
        digits += QChar(QLatin1Char(char('0' + uniform(0, 9))));
    for (int check = 0; check < 10; ++check) {
        if (luhnValid(digits + QString::number(check)))
            return digits + QString::number(check);
    }
    return QStringLiteral("4242424242424242");
}

// Repair orders: mostly a few hundred dollars, some large jobs. Integer cents throughout.
qint64 Generator::serviceAmount()
{
    const int bucket = uniform(1, 100);
    const int dollars = bucket <= 25   ? uniform(40, 149)
                        : bucket <= 55 ? uniform(150, 399)
                        : bucket <= 80 ? uniform(400, 899)
                        : bucket <= 95 ? uniform(900, 2499)
                                       : uniform(2500, 5999);
    return qint64(dollars) * 100 + uniform(0, 99);
}

void Generator::pinAt(qint64 t)
{
    m_state.pinClock(t);
    m_state.setEventsEnabled(t >= m_now - kEventRetention);
}

void Generator::payment(qint64 at)
{
    pinAt(at);
    const int drawn = uniform(0, int(m_customers.size()) - 1);
    Customer& customer = m_customers[m_split == Split::Second ? m_splitCustomer : drawn];
    if (customer.id.isEmpty())
        customer.id = customers::create(m_state, m_account, customer.name, customer.email, customer.phone)
                          .value(QLatin1String("id"))
                          .toString();
    PaymentSpec spec;
    const int kind = uniform(1, 100);
    const QString ro = QString::number(m_store.roBase + ++m_roNumber);
    if (kind <= 72) {
        spec.amount = serviceAmount();
        spec.description = QStringLiteral("Service RO %1").arg(ro);
        spec.metadata.insert(QStringLiteral("ro_number"), QString(QStringLiteral("RO-") + ro));
    } else if (kind <= 92) {
        spec.amount = qint64(uniform(20, 640)) * 100 + uniform(0, 99);
        spec.description = QStringLiteral("Parts invoice P-%1").arg(ro);
        spec.metadata.insert(QStringLiteral("ro_number"), QString(QStringLiteral("P-") + ro));
    } else {
        static const int deposits[] = {500, 1000, 1000, 2000, 2500, 5000};
        spec.amount = qint64(deposits[uniform(0, 5)]) * 100;
        spec.description = QStringLiteral("Vehicle deposit, stock #%1").arg(ro.right(5));
        spec.metadata.insert(QStringLiteral("ro_number"), QString(QStringLiteral("DEP-") + ro));
    }
    spec.metadata.insert(QStringLiteral("consultant"),
                         m_store.consultants.at(uniform(0, int(m_store.consultants.size()) - 1)));
    // The team that took the payment: service cashiers for repair orders and parts, the sales desk for deposits.
    // The names are the demo workspace's Teams (demo::kDemoTeams), which the demo seed creates.
    spec.metadata.insert(QStringLiteral("team"), demo::teamName(kind <= 92 ? demo::kServiceTeam : demo::kSalesTeam));
    spec.metadata.insert(QStringLiteral("channel"),
                         chance(80) ? QStringLiteral("text_to_pay") : QStringLiteral("payment_link"));
    if (m_split == Split::Second) { // the same customer pays the rest of the same RO with another card
        spec.metadata.insert(QStringLiteral("ro_number"), m_splitRo);
        spec.description = m_splitDescription;
    }
    spec.customer = customer.id;
    spec.receiptEmail = customer.email;
    const QString intent = payments::createIntent(m_state, m_account, spec).value(QLatin1String("id")).toString();
    const Payer payer{customer.name, customer.email, customer.phone, customer.postalCode};
    if (chance(3)) { // a declined first attempt; most customers then pay with another card
        static const char* declines[] = {"4000000000000002", "4000000000009995", "4000000000000069"};
        payments::confirm(m_state, m_account, intent, QString::fromLatin1(declines[uniform(0, 2)]), payer,
                          payments::Challenge::None);
        if (chance(40))
            return;
        pinAt(qMin(at + uniform(60, 240), m_now));
    }
    const QJsonObject paid =
        payments::confirm(m_state, m_account, intent, cardNumber(), payer, payments::Challenge::None);
    if (m_split == Split::First) {
        m_splitRo = spec.metadata.value(QLatin1String("ro_number")).toString();
        m_splitDescription = spec.description;
        m_splitCustomer = drawn;
        m_split = Split::Second;
    } else if (m_split == Split::Second) {
        m_split = Split::None;
    }
    if (chance(5)) {
        const qint64 due = (at / kDay + uniform(1, 12)) * kDay;
        const qint64 partial = chance(40) ? spec.amount * uniform(10, 60) / 100 : 0;
        m_refundsDue[due].append({paid.value(QLatin1String("latest_charge")).toString(), partial});
    }
}

void Generator::refunds(qint64 day)
{
    static const char* reasons[] = {"requested_by_customer", "duplicate", "requested_by_customer"};
    int minute = 0;
    for (const auto& [charge, amount] : m_refundsDue.take(day)) {
        const qint64 at = day + 12 * 3600 + 30 * 60 + 60 * minute++;
        if (at > m_now)
            break; // nothing happens after "now": later refunds simply never were
        pinAt(at);
        payments::refund(m_state, m_account, charge, amount > 0 ? std::optional<qint64>(amount) : std::nullopt,
                         QString::fromLatin1(reasons[uniform(0, 2)]), {});
    }
}

void Generator::run(int days)
{
    m_now = m_state.now();
    for (int i = 0; i < kCustomersPerStore; ++i) {
        const QString first = QString::fromUtf8(kFirstNames[uniform(0, int(std::size(kFirstNames)) - 1)]);
        const QString last = QString::fromUtf8(kLastNames[uniform(0, int(std::size(kLastNames)) - 1)]);
        const QString mail = (first + QLatin1Char('.') + last).toLower().remove(QLatin1Char('\'')) +
                             QString::number(uniform(1, 99)) + QStringLiteral("@example.com");
        m_customers.append(
            {first + QLatin1Char(' ') + last,
             mail,
             QStringLiteral("+1%1555%2").arg(m_store.areaCode).arg(uniform(0, 9999), 4, 10, QLatin1Char('0')),
             m_store.postalCode,
             {}});
    }
    const qint64 today = m_now / kDay * kDay;
    for (qint64 day = today - days * kDay; day <= today; day += kDay) {
        pinAt(day + 300);
        ledger::catchUp(m_state, m_account); // yesterday's funds leave in today's payout
        refunds(day);
        const int weekday = QDateTime::fromSecsSinceEpoch(day, Qt::UTC).date().dayOfWeek();
        const int count = weekday == 7   ? uniform(0, 2)
                          : weekday == 6 ? uniform(3, 8)
                                         : uniform(m_store.dailyLow, m_store.dailyHigh);
        QList<qint64> times;
        for (int i = 0; i < count; ++i)
            times.append(day + 13 * 3600 + uniform(0, 10 * 3600 - 1)); // 8 am - 6 pm Eastern
        std::sort(times.begin(), times.end());
        m_split = day == demoReconciliationDay(m_now) ? Split::First : Split::None;
        for (const qint64 at : times) {
            if (at <= m_now)
                payment(at);
        }
    }
    m_state.pinClock(0);
    m_state.setEventsEnabled(true);
    ledger::catchUp(m_state, m_account);
}

} // namespace

void generateDemoPayments(SandboxState& state, const QString& account, const DemoStore& store, int days)
{
    Generator(state, account, store).run(days);
}

} // namespace dp::sandbox
