#pragma once

#include "foundation/result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <QString>

#include <functional>

namespace dp::store {

// The local store: SQLite by default (WAL, one connection per thread), PostgreSQL when configured.
// Opening runs the versioned migrations in store/migrations.cpp. SQL is kept portable between the two.
class Database
{
public:
    struct Options
    {
        QString driver = QStringLiteral("QSQLITE");
        QString path;          // SQLite file
        QString host, name, user, password;
        int port = 5432;
    };

    explicit Database(Options options);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Status open();                  // connects on this thread and migrates
    QSqlDatabase connection();      // this thread's connection (opened on first use)
    int schemaVersion();
    bool isSqlite() const { return m_options.driver == QLatin1String("QSQLITE"); }
    const Options& options() const { return m_options; }
    static QString defaultPath();   // <AppDataLocation>/dealerpay.sqlite

    // Runs fn inside a transaction on this thread's connection; rolls back when fn returns false.
    bool transaction(const std::function<bool(QSqlDatabase&)>& fn);

private:
    Options m_options;
    QString m_prefix;
    QMutex m_mutex;
};

// Small helpers used by every store class.
Error storeError(const QString& what, const QString& detail);
// Adds the values as positional bind values; a null QString becomes '' (columns are NOT NULL DEFAULT '').
void bindAll(QSqlQuery& query, const QVariantList& values);

} // namespace dp::store
