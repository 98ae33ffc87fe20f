#include "storeopen.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dp::app::cli {

std::unique_ptr<store::Database> openExistingStore(const QString& path, QString* error)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("Cli", text); };
    if (path.startsWith(QLatin1String("postgres://")) || path.startsWith(QLatin1String("postgresql://"))) {
        *error = tr("PostgreSQL stores are not supported yet: pass the path of a SQLite file to --db.");
        return nullptr;
    }
    const QFileInfo file(path);
    if (path.isEmpty() || !file.isFile()) {
        *error = tr("There is no store at %1: give the SQLite file of DealerPay to --db.").arg(path);
        return nullptr;
    }
    store::Database::Options options;
    options.path = file.absoluteFilePath();
    auto db = std::make_unique<store::Database>(options);
    if (auto opened = db->open(); !opened) {
        *error = opened.error().message;
        return nullptr;
    }
    return db;
}

} // namespace dp::app::cli
