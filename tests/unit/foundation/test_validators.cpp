#include "foundation/validators.h"

#include <QtTest>

#include <functional>

using namespace dp;

namespace {
using Validator = std::function<validate::Check(const QString&)>;
}
Q_DECLARE_METATYPE(Validator)

class TestValidators : public QObject
{
    Q_OBJECT

    static void row(const char* name, const Validator& v, const QString& text, bool ok, const QString& message = {})
    {
        QTest::newRow(name) << v << text << ok << message;
    }

private slots:
    void digitsOnly()
    {
        QCOMPARE(validate::digitsOnly(QStringLiteral(" 12-34 56 ")), QStringLiteral("123456"));
        QCOMPARE(validate::digitsOnly(QStringLiteral("12.34")), QStringLiteral("12.34"));
    }

    void checks_data()
    {
        QTest::addColumn<Validator>("validator");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message"); // expected message when set

        const Validator aba = validate::abaRoutingNumber;
        const QString abaLength = QStringLiteral("A routing number has 9 digits.");
        const QString abaSum = QStringLiteral("This routing number is not valid: check the digits.");
        row("aba 110000000", aba, "110000000", true);
        row("aba 011000015", aba, "011000015", true);
        row("aba 021000021", aba, "021000021", true);
        row("aba 121000358", aba, "121000358", true);
        row("aba 322271627", aba, "322271627", true);
        row("aba with spaces", aba, " 011 000 015 ", true);
        row("aba checksum", aba, "123456789", false, abaSum);
        row("aba one digit off", aba, "011000016", false, abaSum);
        row("aba all zeros", aba, "000000000", false, abaSum);
        row("aba bad prefix 50", aba, "500000005", false, abaSum);
        row("aba short", aba, "11000000", false, abaLength);
        row("aba long", aba, "1100000000", false, abaLength);
        row("aba letters", aba, "11000000A", false, abaLength);
        row("aba empty", aba, "", false, abaLength);

        const Validator ein = validate::ein;
        const QString einPrefix = QStringLiteral("This EIN is not valid: the IRS never issues numbers starting with "
                                                 "these two digits. Check the first digits.");
        row("ein dashed", ein, "12-3456789", true);
        row("ein plain", ein, "123456789", true);
        const char* validPrefixes[] = {"01", "06", "10", "16", "20", "27", "30", "39", "40", "48",
                                       "50", "68", "71", "77", "80", "88", "90", "95", "98", "99"};
        for (const char* p : validPrefixes)
            QTest::addRow("ein prefix %s ok", p) << ein << QString::fromLatin1(p) + "-1234567" << true << QString();
        const char* badPrefixes[] = {"00", "07", "08", "09", "17", "18", "19", "28", "29",
                                     "49", "69", "70", "78", "79", "89", "96", "97"};
        for (const char* p : badPrefixes)
            QTest::addRow("ein prefix %s refused", p)
                << ein << QString::fromLatin1(p) + "-1234567" << false << einPrefix;
        row("ein short", ein, "12-345678", false, "An EIN has 9 digits, written like 12-3456789.");
        row("ein letter", ein, "12-345678X", false);
        row("ein slash", ein, "12/3456789", false);

        const Validator bn = validate::businessNumberCA;
        row("bn", bn, "123456789", true);
        row("bn spaced", bn, "123 456 789", true);
        row("bn short", bn, "12345678", false, "A business number (BN) has 9 digits.");
        row("bn long", bn, "1234567890", false);
        row("bn program suffix", bn, "123456789RT0001", false);

        const Validator neq = validate::neq;
        row("neq", neq, "1143920093", true);
        row("neq short", neq, "114392009", false,
            QString::fromUtf8("A Québec enterprise number (NEQ) has 10 digits."));
        row("neq letters", neq, "11439200AB", false);

        const Validator transit = validate::caTransitNumber;
        row("transit", transit, "00012", true);
        row("transit short", transit, "0001", false, "A transit number has 5 digits.");
        row("transit long", transit, "000123", false);
        const Validator institution = validate::caInstitutionNumber;
        row("institution", institution, "001", true);
        row("institution short", institution, "01", false, "An institution number has 3 digits.");
        row("institution long", institution, "0012", false);

        const Validator usAccount = [](const QString& t) { return validate::bankAccountNumber(t, "US"); };
        const Validator caAccount = [](const QString& t) { return validate::bankAccountNumber(t, "ca"); };
        row("us account 4", usAccount, "0001", true);
        row("us account 17", usAccount, "00012345678901234", true);
        row("us account 3", usAccount, "123", false, "An account number has 4 to 17 digits.");
        row("us account 18", usAccount, "000123456789012345", false);
        row("us account letters", usAccount, "0001234A", false);
        row("ca account 7", caAccount, "1234567", true);
        row("ca account 12", caAccount, "123456789012", true);
        row("ca account 6", caAccount, "123456", false, "A Canadian account number has 7 to 12 digits.");
        row("ca account 13", caAccount, "1234567890123", false);

        const Validator sd = validate::statementDescriptor;
        row("sd ok", sd, "ACME MOTORS", true);
        row("sd 5", sd, "ACME1", true);
        row("sd 22", sd, "ACME MOTORS SERVICE 22", true);
        row("sd punctuation", sd, "ACME-MOTORS & CO.", true);
        row("sd accented latin", sd, QString::fromUtf8("Québec Autos"), true);
        row("sd too short", sd, "ACME", false, "A statement descriptor has at least 5 characters.");
        row("sd too long", sd, "ACME MOTORS SERVICE 123", false, "A statement descriptor has at most 22 characters.");
        row("sd no letter", sd, "12345", false, "A statement descriptor needs at least one letter.");
        const QString forbidden = QStringLiteral("A statement descriptor cannot contain any of < > \\ ' \" *.");
        row("sd <", sd, "ACME <MOTORS", false, forbidden);
        row("sd >", sd, "ACME MOTORS>", false, forbidden);
        row("sd backslash", sd, "ACME\\MOTORS", false, forbidden);
        row("sd quote", sd, "ACME'S MOTORS", false, forbidden);
        row("sd double quote", sd, "ACME \"MOTORS\"", false, forbidden);
        row("sd star", sd, "ACME*MOTORS", false, forbidden);
        row("sd cyrillic", sd, QString::fromUtf8("АВТО МОТОРС"), false);
        row("sd emoji", sd, QString::fromUtf8("ACME 🚗 MOTORS"), false);
        row("sd spaces only", sd, "       ", false);

        const Validator email = validate::email;
        const QString emailMessage = QStringLiteral("Enter an e-mail address like name@example.com.");
        row("email", email, "ana@example.com", true);
        row("email plus and subdomain", email, "ana.b+pay@mail.dealer.example.ca", true);
        row("email trimmed", email, " ana@example.com ", true);
        row("email no at", email, "ana.example.com", false, emailMessage);
        row("email two at", email, "ana@b@example.com", false);
        row("email no tld", email, "ana@example", false);
        row("email space", email, "ana b@example.com", false);
        row("email double dot", email, "ana..b@example.com", false);
        row("email leading dot", email, ".ana@example.com", false);
        row("email domain hyphen", email, "ana@-example.com", false);
        row("email empty", email, "", false);

        const Validator phone = validate::phoneE164;
        row("phone", phone, "+15145550100", true);
        row("phone spaced", phone, "+1 514-555-0100", true);
        row("phone shortest", phone, "+12345678", true);
        row("phone longest", phone, "+123456789012345", true);
        row("phone no plus", phone, "15145550100", false);
        row("phone zero country", phone, "+05145550100", false);
        row("phone too short", phone, "+1234567", false);
        row("phone too long", phone, "+1234567890123456", false);
        row("phone parentheses", phone, "+1 (514) 555-0100", false);

        const Validator pw = validate::password;
        row("password", pw, "correct horse 1", true);
        row("password 10", pw, "abcdefghi1", true);
        row("password 9", pw, "abcdefgh1", false,
            "A password has at least 10 characters, with at least one letter and one digit.");
        row("password no digit", pw, "abcdefghijkl", false);
        row("password no letter", pw, "123456789012", false);

        const Validator required = [](const QString& t) { return validate::requiredText(t, "The legal name"); };
        row("required", required, "Acme", true);
        row("required empty", required, "", false, "The legal name is required.");
        row("required blank", required, "   ", false);

        const Validator usTax = [](const QString& t) { return validate::taxId(t, "US"); };
        const Validator caTax = [](const QString& t) { return validate::taxId(t, "CA"); };
        row("tax us ein", usTax, "12-3456789", true);
        row("tax us bad prefix", usTax, "07-1234567", false, einPrefix);
        row("tax ca bn", caTax, "123456789", true);
        row("tax ca neq", caTax, "1143920093", true);
        row("tax ca 8 digits", caTax, "12345678", false);
        row("tax ca 11 digits", caTax, "12345678901", false);
    }

    void checks()
    {
        QFETCH(Validator, validator);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        const validate::Check check = validator(text);
        QCOMPARE(check.ok, ok);
        QCOMPARE(check.message.isEmpty(), ok); // a failure always says what is expected
        if (!message.isEmpty())
            QCOMPARE(check.message, message);
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "test_validators.moc"
