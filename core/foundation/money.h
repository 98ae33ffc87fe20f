#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace dp {

// Money is always integer minor units plus a lower-case ISO currency ("usd", "cad"). Never floating point.
struct Money
{
    qint64 minor = 0;
    QString currency = QStringLiteral("usd");
    friend bool operator==(const Money&, const Money&) = default;
};

// Number of decimals of a currency (2 for usd/cad/eur, 0 for jpy/krw, ...).
int currencyExponent(const QString& currency);

// "$1,234.56" in the given locale; negative amounts get the locale's minus sign.
QString formatMoney(qint64 minor, const QString& currency, const QLocale& locale = QLocale());

// Parses what a person types ("1234.5", "1,234.50", "$12", "12,50" in fr_CA) into minor units.
// Returns nullopt for anything that is not a plain amount with at most the currency's decimals.
std::optional<qint64> parseMoney(const QString& text, const QString& currency, const QLocale& locale = QLocale());

} // namespace dp
