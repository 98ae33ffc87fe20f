#pragma once

#include <QByteArray>
#include <QVariantMap>

namespace dp {

// Stripe-style application/x-www-form-urlencoded with nested brackets.
// Values in the map may be QString/number/bool (scalars), QVariantMap (nested object) or QVariantList (array).
// Arrays are written with indexes ("expand[0]=a"); objects inside arrays too ("items[0][price]=p").
// Booleans are written "true"/"false". An empty QString is written as "key=" (Stripe: unset the field).
// Keys are written in sorted order so the same parameters always give the same bytes.
QByteArray encodeForm(const QVariantMap& params);

// The inverse, as the sandbox needs it. Accepts "a[]=x" and "a[0]=x" for arrays, "a[b][c]=x" for objects.
// Every scalar comes back as QString. Malformed input never crashes: a bad key is taken literally.
QVariantMap decodeForm(const QByteArray& body);

} // namespace dp
