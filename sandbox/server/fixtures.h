#pragma once

#include <QJsonObject>
#include <QString>

namespace dp::sandbox {

// The starting point of every object the sandbox returns: the fixture of `type` (sandbox/fixtures/
// stripe-fixtures.json, resources.<type>) with the same keys, its example values blanked: strings and numbers
// become null, arrays empty, booleans and the "object" names stay. Builders then fill in the real values.
QJsonObject skeleton(const QString& type);

// The fixture object itself, unchanged (tests compare key sets against it).
QJsonObject fixture(const QString& type);

} // namespace dp::sandbox
