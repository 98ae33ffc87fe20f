// Phone numbers as people type them: read in the national format of the organization's country, stored as
// E.164, shown formatted (phone::parse, phone::format, validate::phoneNumber).
#include "foundation/phone.h"
#include "foundation/validators.h"

#include <QtTest>

using namespace dp;

class TestPhone : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("e164"); // empty: refused

        const QString us = QStringLiteral("US");
        const QString ca = QStringLiteral("CA");
        const QString fr = QStringLiteral("FR");
        const QString mtl = QStringLiteral("+15145550142");
        auto row = [](const char* name, const QString& text, const QString& country, const QString& e164) {
            QTest::newRow(name) << text << country << e164;
        };
        // North America: 10 digits with the separators people type, optional leading 1 or +1.
        row("parentheses", QStringLiteral("(514) 555-0142"), ca, mtl);
        row("parentheses US", QStringLiteral("(514) 555-0142"), us, mtl);
        row("dashes", QStringLiteral("514-555-0142"), us, mtl);
        row("dots", QStringLiteral("514.555.0142"), us, mtl);
        row("spaces", QStringLiteral(" 514 555 0142 "), us, mtl);
        row("bare digits", QStringLiteral("5145550142"), us, mtl);
        row("leading 1", QStringLiteral("1 514 555 0142"), us, mtl);
        row("leading 1 dashes", QStringLiteral("1-514-555-0142"), ca, mtl);
        row("leading +1", QStringLiteral("+1 (514) 555-0142"), us, mtl);
        row("e164", QStringLiteral("+15145550142"), us, mtl);
        row("e164 other country", QStringLiteral("+33 1 23 45 67 89"), us, QStringLiteral("+33123456789"));
        row("e164 in a non-NANP organization", QStringLiteral("+33123456789"), fr, QStringLiteral("+33123456789"));
        // Refused.
        row("empty", QString(), us, QString());
        row("9 digits", QStringLiteral("514 555 014"), us, QString());
        row("11 digits not starting with 1", QStringLiteral("25145550142"), us, QString());
        row("12 digits", QStringLiteral("115145550142"), us, QString());
        row("area code starting with 1", QStringLiteral("(114) 555-0142"), us, QString());
        row("area code starting with 0", QStringLiteral("014 555 0142"), us, QString());
        row("exchange starting with 0", QStringLiteral("514 055 0142"), us, QString());
        row("letters", QStringLiteral("514-555-CALL"), us, QString());
        row("extension", QStringLiteral("514 555 0142 x12"), us, QString());
        row("plus in the middle", QStringLiteral("514+5550142"), us, QString());
        row("+1 with 9 digits", QStringLiteral("+1 514 555 014"), us, QString());
        row("e164 too short", QStringLiteral("+1234567"), us, QString());
        row("e164 too long", QStringLiteral("+1234567890123456"), us, QString());
        row("e164 country code 0", QStringLiteral("+0145550142"), us, QString());
        row("national number abroad", QStringLiteral("01 23 45 67 89"), fr, QString());
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, country);
        QFETCH(QString, e164);
        const auto parsed = phone::parse(text, country);
        QCOMPARE(parsed.value_or(QString()), e164);
        // The validator says the same, with a message that shows the format to type.
        const validate::Check check = validate::phoneNumber(text, country);
        QCOMPARE(check.ok, !e164.isEmpty());
        QCOMPARE(check.message.isEmpty(), check.ok);
    }

    void format_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        QTest::newRow("NANP") << QStringLiteral("+15145550142") << QStringLiteral("(514) 555-0142");
        QTest::newRow("US") << QStringLiteral("+12125550199") << QStringLiteral("(212) 555-0199");
        QTest::newRow("France stays E.164") << QStringLiteral("+33123456789") << QStringLiteral("+33123456789");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("old raw value unchanged") << QStringLiteral("514-555-0142") << QStringLiteral("514-555-0142");
    }

    void format()
    {
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        QCOMPARE(phone::format(stored), shown);
    }

    void formatThenParseIsTheSameNumber()
    {
        const QString stored = QStringLiteral("+14165550100");
        QCOMPARE(phone::parse(phone::format(stored), QStringLiteral("CA")).value_or(QString()), stored);
    }
};

QTEST_GUILESS_MAIN(TestPhone)
#include "test_phone.moc"
