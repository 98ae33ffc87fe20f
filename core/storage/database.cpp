#include "database.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace dp::store {

Error storeError(const QString& what, const QString& detail)
{
    return {Error::Code::Store,
            QCoreApplication::translate("Store", "The local database could not %1. (%2)").arg(what, detail), {}};
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(v);
    }
}

Database::Database(Options options)
    : m_options(std::move(options)), m_prefix(QStringLiteral("dp-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

Database::~Database()
{
    // Only this thread's connection can be closed here; the others go with their threads.
    const QString own = m_prefix + QLatin1Char('-') + QString::number(quintptr(QThread::currentThread()), 16);
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString& name : names) {
        if (name == own) {
            { QSqlDatabase::database(name, false).close(); }
            QSqlDatabase::removeDatabase(name);
        }
    }
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/dealerpay.sqlite");
}

QSqlDatabase Database::connection()
{
    // One connection per QThread object; it is closed and removed when that thread finishes, so a later thread that
    // happens to get the same address or native id never inherits a dead connection.
    QThread* thread = QThread::currentThread();
    const QString name = m_prefix + QLatin1Char('-') + QString::number(quintptr(thread), 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, true);
    QMutexLocker lock(&m_mutex); // QSqlDatabase::addDatabase is not reentrant for one name; keep setup serial
    QSqlDatabase db = QSqlDatabase::addDatabase(m_options.driver, name);
    if (thread != QCoreApplication::instance()->thread()) {
        QObject::connect(thread, &QThread::finished, thread, [name] {
            if (QSqlDatabase::contains(name)) {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            }
        }, Qt::DirectConnection);
    }
    if (isSqlite()) {
        db.setDatabaseName(m_options.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_options.host);
        db.setPort(m_options.port);
        db.setDatabaseName(m_options.name);
        db.setUserName(m_options.user);
        db.setPassword(m_options.password);
    }
    if (db.open() && isSqlite()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    return db;
}

Status Database::open()
{
    if (isSqlite()) {
        if (m_options.path.isEmpty())
            m_options.path = defaultPath();
        QDir().mkpath(QFileInfo(m_options.path).absolutePath());
    }
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return storeError(QCoreApplication::translate("Store", "be opened"), db.lastError().text());
    const QString error = migrate(db, isSqlite());
    if (!error.isEmpty())
        return storeError(QCoreApplication::translate("Store", "be updated to this version"), error);
    return Done{};
}

int Database::schemaVersion()
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Database::transaction(const std::function<bool(QSqlDatabase&)>& fn)
{
    QSqlDatabase db = connection();
    // SQLite: take the write lock up front so that read-then-write sequences of two workstations serialize
    // instead of failing with SQLITE_BUSY on the upgrade.
    const bool begun = isSqlite() ? QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")) : db.transaction();
    if (!begun)
        return false;
    if (!fn(db)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace dp::store
