#pragma once

#include <QJsonObject>
#include <QString>

namespace dp::sandbox {

class SandboxState;

namespace customers {
// Stores a new customer on `account`'s books (customer.created).
QJsonObject create(SandboxState& state, const QString& account, const QString& name, const QString& email,
                   const QString& phone, const QJsonObject& metadata = {});
} // namespace customers

} // namespace dp::sandbox
