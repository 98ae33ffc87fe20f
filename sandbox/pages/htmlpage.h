#pragma once

#include <QString>

namespace dp::sandbox::html {

QString escape(const QString& text);
// "$1,234.56" (usd) / "CA$1,234.56" (cad) from integer minor units.
QString money(qint64 amount, const QString& currency);
// A complete page in the sandbox's look (inline CSS, no external resources). `body` is trusted HTML.
QString page(const QString& title, const QString& body, const QString& extraHead = {});
// A page with one message box (expired links, errors, confirmations).
QString messagePage(const QString& title, const QString& message, const QString& linkUrl = {},
                    const QString& linkText = {});

} // namespace dp::sandbox::html
