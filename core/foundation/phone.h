#pragma once

#include <QString>

#include <optional>

namespace dp::phone {

// Phone numbers as people type them, stored as E.164 ("+15145550142"), shown in the national format.
//
// `country` is the ISO code of the organization's country: in the US and Canada (the North American Numbering
// Plan) a number is 10 digits (area code and exchange starting with 2-9), with any of spaces, dashes, dots and
// parentheses, optionally preceded by 1 or +1: "(514) 555-0142", "514.555.0142", "1 514 555 0142". A number
// starting with + is read as E.164 in every country (separators allowed): "+33 1 23 45 67 89".
// Returns the E.164 form, or nullopt when the text is not a phone number.
std::optional<QString> parse(const QString& text, const QString& country = QStringLiteral("US"));

// How a stored number is shown: "(514) 555-0142" for a North American number (+1), E.164 otherwise. Text that is
// not E.164 (an old row, an empty value) is returned unchanged.
QString format(const QString& e164);

// True for the countries whose national format parse() reads (the North American Numbering Plan).
bool isNanpCountry(const QString& country);

} // namespace dp::phone
