#pragma once

#include <QString>

namespace dp::validate {

// The outcome of one field check. `message` is translated (QCoreApplication::translate("Validation", ...)) and
// names the problem in words a dealership admin understands; empty when ok.
struct Check
{
    bool ok = true;
    QString message;
    static Check pass() { return {}; }
    static Check fail(QString m) { return {false, std::move(m)}; }
};

QString digitsOnly(const QString& text); // strips spaces and hyphens; keeps other characters so they fail checks

Check abaRoutingNumber(const QString& text);   // 9 digits, ABA checksum 3-7-1
Check ein(const QString& text);                // US EIN: 9 digits ("12-3456789"), valid IRS campus prefix
Check businessNumberCA(const QString& text);   // Canada BN: 9 digits
Check neq(const QString& text);                // Québec enterprise number: 10 digits
Check caTransitNumber(const QString& text);    // 5 digits
Check caInstitutionNumber(const QString& text); // 3 digits
Check bankAccountNumber(const QString& text, const QString& country); // US 4-17 digits, CA 7-12 digits
Check statementDescriptor(const QString& text); // 5-22 Latin chars, >=1 letter, none of < > \ ' " *
Check email(const QString& text);
Check phoneE164(const QString& text);          // +[1-9] then 7..14 more digits
// A phone number as people type it in `country` (see phone::parse): "(514) 555-0142", "+1 514 555 0142".
Check phoneNumber(const QString& text, const QString& country = QStringLiteral("US"));
Check password(const QString& text);           // at least 10 characters with a letter and a digit
Check requiredText(const QString& text, const QString& fieldLabel);
// Tax id for the country: US -> EIN, CA -> BN (9) or NEQ (10, Québec).
Check taxId(const QString& text, const QString& country);

} // namespace dp::validate
