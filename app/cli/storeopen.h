#pragma once

#include "storage/database.h"

#include <QString>

#include <memory>
#include <optional>

namespace dp::app::cli {

// Opens an existing SQLite store for the commands that need no payments API (reconcile, export): the path must
// name a store file that exists; the schema is brought up to date. nullopt and `error` (translated) otherwise.
std::unique_ptr<store::Database> openExistingStore(const QString& path, QString* error);

} // namespace dp::app::cli
