#include "foundation/money.h"

#include <QtTest>

#include <limits>

using namespace dp;

namespace {
const QChar nbsp(0x00A0);
}

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void exponent_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("expected");
        QTest::newRow("usd") << "usd" << 2;
        QTest::newRow("cad") << "cad" << 2;
        QTest::newRow("eur upper case") << "EUR" << 2;
        QTest::newRow("jpy") << "jpy" << 0;
        QTest::newRow("krw") << "krw" << 0;
        QTest::newRow("kwd") << "kwd" << 3;
        QTest::newRow("unknown") << "xyz" << 2;
    }
    void exponent()
    {
        QFETCH(QString, currency);
        QFETCH(int, expected);
        QCOMPARE(currencyExponent(currency), expected);
    }

    void format_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US usd") << qint64(123456) << "usd" << "en_US" << "$1,234.56";
        QTest::newRow("en_US cents") << qint64(5) << "usd" << "en_US" << "$0.05";
        QTest::newRow("en_US zero") << qint64(0) << "usd" << "en_US" << "$0.00";
        QTest::newRow("en_US negative") << qint64(-123456) << "usd" << "en_US" << "-$1,234.56";
        QTest::newRow("en_US millions") << qint64(123456789) << "usd" << "en_US" << "$1,234,567.89";
        QTest::newRow("en_US cad") << qint64(100) << "cad" << "en_US" << "CA$1.00";
        QTest::newRow("en_CA cad") << qint64(250075) << "cad" << "en_CA" << "$2,500.75";
        QTest::newRow("en_CA usd") << qint64(100) << "usd" << "en_CA" << "US$1.00";
        QTest::newRow("fr_CA cad") << qint64(123456) << "cad" << "fr_CA"
                                   << QString(QStringLiteral("1") + nbsp + QStringLiteral("234,56") + nbsp + "$");
        QTest::newRow("fr_CA negative") << qint64(-5) << "cad" << "fr_CA"
                                        << QString(QStringLiteral("-0,05") + nbsp + "$");
        QTest::newRow("it_IT eur") << qint64(123456) << "eur" << "it_IT"
                                   << QString(QStringLiteral("1.234,56") + nbsp + QString::fromUtf8("€"));
        QTest::newRow("C locale acts as en_US") << qint64(123456) << "usd" << "C" << "$1,234.56";
        QTest::newRow("jpy no decimals") << qint64(1234) << "jpy" << "en_US" << QString::fromUtf8("¥1,234");
        QTest::newRow("kwd three decimals") << qint64(1005) << "kwd" << "en_US" << "KWD1.005";
        QTest::newRow("max") << std::numeric_limits<qint64>::max() << "usd" << "en_US"
                             << "$92,233,720,368,547,758.07";
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << "usd" << "en_US"
                             << "-$92,233,720,368,547,758.08";
    }
    void format()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const QString text = formatMoney(minor, currency, QLocale(locale));
        QCOMPARE(text, expected);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("expected");
        const auto ok = [](const char* name, const QString& text, const char* cur, const char* loc, qint64 v) {
            QTest::newRow(name) << text << QString::fromLatin1(cur) << QString::fromLatin1(loc) << true << v;
        };
        const auto bad = [](const char* name, const QString& text, const char* cur, const char* loc) {
            QTest::newRow(name) << text << QString::fromLatin1(cur) << QString::fromLatin1(loc) << false << qint64(0);
        };
        ok("plain", "1234.5", "usd", "en_US", 123450);
        ok("grouped", "1,234.50", "usd", "en_US", 123450);
        ok("dollar sign", "$12", "usd", "en_US", 1200);
        ok("spaces", "  $ 12.00 ", "usd", "en_US", 1200);
        ok("iso code", "USD 7", "usd", "en_US", 700);
        ok("zero", "0", "usd", "en_US", 0);
        ok("leading point", ".5", "usd", "en_US", 50);
        ok("trailing point", "12.", "usd", "en_US", 1200);
        ok("one cent", "0.01", "usd", "en_US", 1);
        ok("fr_CA comma", "12,50", "cad", "fr_CA", 1250);
        ok("fr_CA nbsp group", QStringLiteral("1") + nbsp + QStringLiteral("234,56") + nbsp + "$", "cad", "fr_CA",
           123456);
        ok("fr_CA plain space group", "1 234,56", "cad", "fr_CA", 123456);
        ok("fr_CA point typed", "12.50", "cad", "fr_CA", 1250);
        ok("it_IT groups", "1.234,50", "eur", "it_IT", 123450);
        ok("it_IT dot group of three", "1.234", "eur", "it_IT", 123400);
        ok("en_US comma decimal", "12,5", "usd", "en_US", 1250);
        ok("jpy", QString::fromUtf8("¥1,234"), "jpy", "en_US", 1234);
        ok("kwd three decimals", "1.005", "kwd", "en_US", 1005);
        ok("C locale", "1,234.56", "usd", "C", 123456);
        ok("max", "92233720368547758.07", "usd", "en_US", std::numeric_limits<qint64>::max());
        ok("round trip of format", formatMoney(987654321, "usd", QLocale("en_US")), "usd", "en_US", 987654321);
        ok("CA$ in en_US", "CA$5", "cad", "en_US", 500);

        bad("empty", "", "usd", "en_US");
        bad("only symbol", "$", "usd", "en_US");
        bad("only point", ".", "usd", "en_US");
        bad("three decimals", "1.234", "usd", "en_US");
        bad("decimals on jpy", "12.5", "jpy", "en_US");
        bad("negative", "-5", "usd", "en_US");
        bad("negative with symbol", "-$5.00", "usd", "en_US");
        bad("accounting negative", "($5.00)", "usd", "en_US");
        bad("plus sign", "+5", "usd", "en_US");
        bad("letters", "12abc", "usd", "en_US");
        bad("words", "twelve", "usd", "en_US");
        bad("exponent", "1e5", "usd", "en_US");
        bad("two points", "1.2.3", "usd", "en_US");
        bad("bad grouping", "1,23,456.00", "usd", "en_US");
        bad("group after point", "1.234,5", "usd", "en_US");
        bad("empty group", "1,,234", "usd", "en_US");
        bad("leading group", ",123", "usd", "en_US");
        bad("overflow", "92233720368547758.08", "usd", "en_US");
        bad("huge", "99999999999999999999999", "usd", "en_US");
        bad("two symbols", "$$5", "usd", "en_US");
        bad("other currency symbol", QString::fromUtf8("€5"), "usd", "en_US");
        bad("nan", "nan", "usd", "en_US");
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(bool, valid);
        QFETCH(qint64, expected);
        const std::optional<qint64> parsed = parseMoney(text, currency, QLocale(locale));
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, expected);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
