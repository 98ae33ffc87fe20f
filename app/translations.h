#pragma once

#include <QString>

namespace dp::app {

// Installs DealerPay's and Qt's own translations for `language` ("fr", "it", "en"); empty = the system locale.
// Returns the language actually used.
QString installTranslations(const QString& language);

} // namespace dp::app
