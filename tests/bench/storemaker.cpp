#include "storemaker.h"

#include "auth/roles.h"
#include "payments/paymentstate.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QPair>

#include <sqlite3.h>

#include <array>
#include <cstdio>
#include <random>

namespace dp::bench {
namespace {

const std::array<const char*, 24> kFirst = {"Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James",
                                            "Isabella", "William", "Mia", "Benjamin", "Charlotte", "Lucas", "Amelia",
                                            "Henry", "Harper", "Alexander", "Evelyn", "Daniel", "Chloe", "Mateo",
                                            "Zoe", "Gabriel"};
const std::array<const char*, 24> kLast = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
                                           "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez",
                                           "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
                                           "Lee", "Tremblay", "Gagnon", "Roy"};
const std::array<const char*, 6> kWork = {"Oil change and filters", "Brake pads, front axle", "Tire rotation",
                                          "Transmission service", "Vehicle deposit", "Windshield replacement"};
const std::array<const char*, 4> kBrands = {"visa", "mastercard", "amex", "discover"};

QString token(std::mt19937_64& rng, const char* prefix)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out = QLatin1String(prefix);
    for (int i = 0; i < 24; ++i)
        out.append(QLatin1Char(alphabet[rng() % 62]));
    return out;
}

bool exec(sqlite3* db, const QString& sql, QString* error)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QStringLiteral("%1: %2").arg(sql.left(80), QString::fromUtf8(message));
    sqlite3_free(message);
    return false;
}

QString createAdmin(const QString& path)
{
    store::Database::Options options;
    options.path = path;
    store::Database db(options);
    if (const Status opened = db.open(); !opened)
        return opened.error().message;
    store::UserRepository users(db.connection());
    if (const Status org = users.insertOrganization(QStringLiteral("Bench Motors Group"), 1'700'000'000); !org)
        return org.error().message;
    store::NewUser admin;
    admin.name = QStringLiteral("Bench Admin");
    admin.email = QLatin1String(kBenchAdminEmail);
    admin.role = roleKey(Role::Admin);
    admin.passwordHash = QStringLiteral("-");
    admin.createdAt = 1'700'000'000;
    const auto id = users.insertUser(admin);
    return id ? QString() : id.error().message;
}

} // namespace

QString makePaymentStore(const QString& path, qint64 rows, quint64 seed)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (QString error = createAdmin(path); !error.isEmpty())
        return error;

    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return QStringLiteral("cannot open %1").arg(path);
    QString error;
    // The payments' indexes and triggers: dropped for the insert, created again after it.
    QList<QPair<QString, QString>> later; // type, sql
    {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, "SELECT type, sql FROM sqlite_master WHERE tbl_name = 'payments'"
                               " AND type IN ('index', 'trigger') AND sql IS NOT NULL", -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW)
            later.append({QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))),
                          QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)))});
        sqlite3_finalize(st);
    }
    // A new file nobody else reads yet: no journal while it is built, a large cache for the index sorts.
    bool ok = exec(db, QStringLiteral("PRAGMA journal_mode=OFF"), &error)
              && exec(db, QStringLiteral("PRAGMA synchronous=OFF"), &error)
              && exec(db, QStringLiteral("PRAGMA cache_size=-262144"), &error)
              && exec(db, QStringLiteral("PRAGMA temp_store=MEMORY"), &error)
              && exec(db, QStringLiteral("PRAGMA threads=2"), &error); // index sorts on two threads
    QElapsedTimer phase;
    phase.start();
    for (const auto& [type, sql] : later) {
        const QString name = sql.section(QLatin1Char(' '), 2, 2);
        ok = ok && exec(db, QStringLiteral("DROP %1 %2").arg(type.toUpper(), name), &error);
    }
    ok = ok && exec(db, QStringLiteral("BEGIN"), &error);
    sqlite3_stmt* ins = nullptr;
    if (ok && sqlite3_prepare_v2(db,
            "INSERT INTO payments (id, account_id, created, amount, currency, fee, net, refunded, status, customer,"
            " email, ro_number, consultant, team, description, card_brand, card_last4, receipt_url, receipt_number,"
            " payment_intent, balance_txn, payout_id, failure, kept) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
            "?,?,?,?)", -1, &ins, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        ok = false;
    }
    std::mt19937_64 rng(seed);
    const qint64 start = 1'700'000'000, span = 2 * 365 * 86400;
    QList<QByteArray> accounts, consultants, teams;
    for (int i = 0; i < 20; ++i) {
        accounts.append(token(rng, "acct_").toUtf8());
        teams.append(QStringLiteral("Service cashiers %1").arg(i + 1).toUtf8());
        for (int c = 0; c < 5; ++c)
            consultants.append(QStringLiteral("%1 %2").arg(QLatin1String(kFirst[(i * 5 + c) % 24]),
                                                           QLatin1String(kLast[(i * 7 + c * 5) % 24])).toUtf8());
    }
    for (qint64 n = 0; ok && n < rows; ++n) {
        const int rooftop = int(rng() % 20);
        const qint64 created = start + qint64(rng() % quint64(span));
        const qint64 amount = 1'000 + qint64(rng() % 499'000);
        const qint64 fee = (amount * 325 + 5'000) / 10'000 + 30;
        const quint64 roll = rng() % 100;
        const QString status = roll < 3 ? QStringLiteral("failed") : roll < 5 ? QStringLiteral("pending") : QStringLiteral("succeeded");
        qint64 refunded = 0;
        if (status == QLatin1String("succeeded") && roll >= 95)
            refunded = roll >= 98 ? amount : amount / 2; // 5 % refunded, fully or in part
        const PaymentState state = paymentStateFor(status, amount, refunded);
        const QString first = QLatin1String(kFirst[rng() % 24]), last = QLatin1String(kLast[rng() % 24]);
        const QByteArray customer = (first + QLatin1Char(' ') + last).toUtf8();
        const QByteArray email = (first.toLower() + QLatin1Char('.') + last.toLower() + QString::number(n % 9973)
                                  + QStringLiteral("@mail.test")).toUtf8();
        const QByteArray id = token(rng, "ch_").toUtf8();
        const QByteArray ro = QStringLiteral("RO-%1").arg(100'000 + n).toUtf8();
        const QByteArray payout = isSettled(state) ? QStringLiteral("po_%1_%2").arg(rooftop).arg((created - start) / 86400).toUtf8() : QByteArray();
        const QByteArray values[] = {id, accounts.at(rooftop), {}, {}, "usd", {}, {}, {},
                                     paymentStateKey(state).toUtf8(), customer, email, ro,
                                     consultants.at(rooftop * 5 + int(rng() % 5)), teams.at(rooftop),
                                     kWork[rng() % kWork.size()], kBrands[rng() % kBrands.size()],
                                     QByteArray::number(1000 + int(rng() % 9000)), {}, QByteArray::number(n),
                                     token(rng, "pi_").toUtf8(), token(rng, "txn_").toUtf8(), payout,
                                     status == QLatin1String("failed") ? QByteArray("Your card was declined.") : QByteArray(), {}};
        const qint64 numbers[] = {0, 0, created, amount, 0, isSettled(state) ? fee : 0, isSettled(state) ? amount - fee : 0,
                                  refunded};
        for (int i = 0; i < 24; ++i) {
            if (i >= 2 && i <= 7 && i != 4)
                sqlite3_bind_int64(ins, i + 1, numbers[i]);
            else if (i == 23)
                sqlite3_bind_int64(ins, i + 1, keptAmount(state, amount, fee, refunded));
            else
                sqlite3_bind_text(ins, i + 1, values[i].constData(), int(values[i].size()), SQLITE_TRANSIENT);
        }
        if (sqlite3_step(ins) != SQLITE_DONE) {
            error = QString::fromUtf8(sqlite3_errmsg(db));
            ok = false;
        }
        sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    ok = ok && exec(db, QStringLiteral("COMMIT"), &error);
    std::fprintf(stderr, "rows inserted: %.1f s\n", phase.restart() / 1000.0);
    // The indexes once, then the full-text index from the table, then the triggers that keep it in sync.
    for (const auto& [type, sql] : later)
        ok = ok && (type != QLatin1String("index") || exec(db, sql, &error));
    std::fprintf(stderr, "indexes: %.1f s\n", phase.restart() / 1000.0);
    ok = ok && exec(db, QStringLiteral("INSERT INTO payments_fts (payments_fts) VALUES ('rebuild')"), &error);
    std::fprintf(stderr, "full-text index: %.1f s\n", phase.restart() / 1000.0);
    for (const auto& [type, sql] : later)
        ok = ok && (type != QLatin1String("trigger") || exec(db, sql, &error));
    ok = ok && exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), &error); // as the app keeps it
    sqlite3_close(db);
    return ok ? QString() : error;
}

} // namespace dp::bench
