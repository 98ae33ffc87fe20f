#pragma once

#include <QString>

#include <optional>

namespace dp::recon {

// Reads an amount as exports write it into integer minor units, never through floating point: "1,234.56",
// "1 234,56" (spaces, no-break spaces, apostrophes as thousands), "1234.56", "-45.00", "(45.00)" (negative),
// "45.00-", "$ 12", "12,5". A `.` or `,` followed by exactly three digits (and not the only separator followed by
// 1–2 digits) groups thousands; the last one followed by at most `decimals` digits is the decimal point.
// nullopt for anything else (letters, two decimal points, more decimals than the currency has).
std::optional<qint64> parseAmountText(const QString& text, int decimals = 2);

// "1234.56" / "-0.05" (no grouping, a dot): the form exports write, for any locale to read back.
QString formatAmountPlain(qint64 minor, int decimals = 2);

// An RO number as matching compares it: letters and digits only, upper case, a leading "RO"/"OR" prefix and
// leading zeros dropped ("RO-004512" and "4512" are the same RO). Empty for an empty RO.
QString normalizeRoNumber(const QString& ro);

} // namespace dp::recon
