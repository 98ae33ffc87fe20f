#pragma once

#include <QString>
#include <QUrl>

namespace dp::invitecode {

// The single-use code of an invitation (MNG-2): 24 characters of Crockford base32 (120 random bits), shown in
// groups of four ("7K3M-Q9XD-..."). Only its SHA-256 is stored. People may type it in lower case, with or without
// hyphens and spaces, and with O for 0 or I/L for 1.
constexpr int kLength = 24;

QString generate();                          // formatted, e.g. "7K3M-Q9XD-2HPA-0RWN-5EVB-TC1Y"
QString normalize(const QString& typed);     // the 24 canonical characters, or empty when it cannot be a code
QString format(const QString& normalized);   // groups of four joined by '-'
QString hash(const QString& normalized);     // lower-case hex SHA-256, what the store keeps

// dealerpay://register?code=<code>: the link of the invitation e-mail and text (the .desktop file registers the
// dealerpay scheme, so it opens DealerPay on the register page).
QUrl registrationUrl(const QString& code);
// The code of a dealerpay://register link, normalized; empty for any other URL.
QString codeFromUrl(const QUrl& url);

} // namespace dp::invitecode
