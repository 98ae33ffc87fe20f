// PAY-8: bank statements as business portals export them — CSV (English, French, Italian; amount or
// credit/debit columns) and OFX (SGML 1.x and XML 2.x) — and their import without duplicates.
#include "reconfixture.h"

#include "reconciliation/bankparser.h"

#include <QtTest>

using namespace dp;
using namespace dp::recon;

namespace {

const QByteArray kOfxSgml(
    "OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\nENCODING:USASCII\r\nCHARSET:1252\r\n"
    "COMPRESSION:NONE\r\nOLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n"
    "<OFX>\r\n<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20261202</SONRS></SIGNONMSGSRSV1>\r\n"
    "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STMTRS><CURDEF>USD\r\n"
    "<BANKACCTFROM><BANKID>021000021<ACCTID>1234<ACCTTYPE>CHECKING</BANKACCTFROM>\r\n"
    "<BANKTRANLIST><DTSTART>20261101<DTEND>20261202\r\n"
    "<STMTTRN>\r\n<TRNTYPE>CREDIT\r\n<DTPOSTED>20261130120000[-5:EST]\r\n<TRNAMT>1234.56\r\n<FITID>2026113001\r\n"
    "<NAME>STRIPE PAYOUT\r\n<MEMO>ST-ABC123 &amp; more\r\n</STMTTRN>\r\n"
    "<STMTTRN>\r\n<TRNTYPE>DEBIT\r\n<DTPOSTED>20261201\r\n<TRNAMT>-45.00\r\n<FITID>2026120101\r\n<NAME>BANK FEE\r\n"
    "</STMTTRN>\r\n"
    "</BANKTRANLIST><LEDGERBAL><BALAMT>1189.56<DTASOF>20261202</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\r\n");

const QByteArray kOfxXml(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
    "<?OFX OFXHEADER=\"200\" VERSION=\"220\" SECURITY=\"NONE\" OLDFILEUID=\"NONE\" NEWFILEUID=\"NONE\"?>\n"
    "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>CAD</CURDEF><BANKTRANLIST>\n"
    "  <STMTTRN>\n    <TRNTYPE>CREDIT</TRNTYPE>\n    <DTPOSTED>20261130</DTPOSTED>\n    <TRNAMT>500.00</TRNAMT>\n"
    "    <FITID>X-1</FITID>\n    <NAME>Payout po_1</NAME>\n    <REFNUM>R-77</REFNUM>\n  </STMTTRN>\n"
    "  <STMTTRN><TRNTYPE>CREDIT</TRNTYPE><DTPOSTED>20261201093000.000[-5:EST]</DTPOSTED><TRNAMT>20.5</TRNAMT>"
    "<FITID>X-2</FITID><NAME>D&#233;p&amp;ocirc;t</NAME><MEMO>Second</MEMO></STMTTRN>\n"
    "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n");

} // namespace

class TestBankImport : public QObject
{
    Q_OBJECT

private slots:
    void ofxSgml()
    {
        QVERIFY(BankParser::looksLikeOfx(kOfxSgml));
        const BankParseResult r = BankParser::parse(kOfxSgml);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.format, QStringLiteral("ofx-sgml"));
        QCOMPARE(r.deposits.size(), 2);
        const BankDeposit& d = r.deposits.first();
        QCOMPARE(d.postedDate, QDate(2026, 11, 30));
        QCOMPARE(d.amount, qint64(123456));
        QCOMPARE(d.fitId, QStringLiteral("2026113001"));
        QCOMPARE(d.name, QStringLiteral("STRIPE PAYOUT"));
        QCOMPARE(d.memo, QStringLiteral("ST-ABC123 & more"));
        QCOMPARE(d.currency, QStringLiteral("usd"));
        QCOMPARE(r.deposits.at(1).amount, qint64(-4500));
        QCOMPARE(r.deposits.at(1).postedDate, QDate(2026, 12, 1));
    }

    void ofxXml()
    {
        const BankParseResult r = BankParser::parse(kOfxXml);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.format, QStringLiteral("ofx-xml"));
        QCOMPARE(r.deposits.size(), 2);
        QCOMPARE(r.deposits.first().amount, qint64(50000));
        QCOMPARE(r.deposits.first().reference, QStringLiteral("R-77"));
        QCOMPARE(r.deposits.first().currency, QStringLiteral("cad"));
        QCOMPARE(r.deposits.at(1).amount, qint64(2050));
        QCOMPARE(r.deposits.at(1).postedDate, QDate(2026, 12, 1));
        QCOMPARE(r.deposits.at(1).memo, QStringLiteral("Second"));
        QCOMPARE(r.deposits.at(1).name, QStringLiteral("D\u00E9p&ocirc;t")); // numeric entities decoded
    }

    void ofxBadTransactionIsReported()
    {
        QByteArray broken = kOfxSgml;
        broken.replace("<TRNAMT>1234.56", "<TRNAMT>12x");
        const BankParseResult r = BankParser::parse(broken);
        QCOMPARE(r.badLines.size(), 1);
        QVERIFY(r.badLines.first().line > 10);
        QVERIFY(r.badLines.first().reason.contains(QLatin1String("TRNAMT")));
        QVERIFY(!BankParser::parse("OFXHEADER:100\n<OFX></OFX>").error.isEmpty());
    }

    void csv_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("count");
        QTest::addColumn<QDate>("firstDate");
        QTest::addColumn<qint64>("firstAmount");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<qint64>("secondAmount");
        QTest::newRow("English, amount column, month first")
            << QByteArray("Posting Date,Description,Amount,Reference\n"
                          "11/30/2026,STRIPE TRANSFER,\"1,234.56\",REF1\n"
                          "12/01/2026,Card fee,-45.00,REF2\n")
            << 2 << QDate(2026, 11, 30) << qint64(123456) << "STRIPE TRANSFER" << qint64(-4500);
        QTest::newRow("French, credit and debit, semicolon")
            << QStringLiteral("Date de l'opération;Libellé;Débit;Crédit\n"
                              "30/11/2026;VIR STRIPE;;1 234,56\n"
                              "01/12/2026;FRAIS;45,00;\n")
                   .toUtf8()
            << 2 << QDate(2026, 11, 30) << qint64(123456) << "VIR STRIPE" << qint64(-4500);
        QTest::newRow("Italian, importo")
            << QByteArray("Data operazione;Descrizione;Importo\n30/11/2026;Bonifico;500,00\n02/12/2026;Spese;-1,50\n")
            << 2 << QDate(2026, 11, 30) << qint64(50000) << "Bonifico" << qint64(-150);
    }
    void csv()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, count);
        QFETCH(QDate, firstDate);
        QFETCH(qint64, firstAmount);
        QFETCH(QString, firstName);
        QFETCH(qint64, secondAmount);
        QVERIFY(!BankParser::looksLikeOfx(content));
        const BankParseResult r = BankParser::parse(content);
        QVERIFY2(r.ok(), qPrintable(r.error + r.badLines.value(0).reason));
        QCOMPARE(r.format, QStringLiteral("csv"));
        QCOMPARE(int(r.deposits.size()), count);
        QCOMPARE(r.deposits.first().postedDate, firstDate);
        QCOMPARE(r.deposits.first().amount, firstAmount);
        QCOMPARE(r.deposits.first().name, firstName);
        QCOMPARE(r.deposits.at(1).amount, secondAmount);
    }

    void csvBadLinesAndUnknownColumns()
    {
        const BankParseResult bad = BankParser::parse("Date,Amount\n2026-11-30,1.00\nyesterday,2.00\n2026-11-30,x\n");
        QCOMPARE(bad.badLines.size(), 2);
        QCOMPARE(bad.badLines.at(0).line, 3);
        QCOMPARE(bad.badLines.at(1).line, 4);
        QVERIFY(!BankParser::parse("Foo,Bar\n1,2\n").error.isEmpty());
    }

    void importDeduplicatesOnFitIdOrDateAmountReference()
    {
        test::ReconFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        BankImportRequest ofx;
        ofx.content = kOfxSgml;
        ofx.fileName = QStringLiteral("statement.ofx");
        const auto first = f.service().importBank(f.manager, ofx);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first.value().depositsAdded, 2);
        // The next statement overlaps: the same FITID is not added again.
        ofx.content = QByteArray(kOfxSgml).replace("<FITID>2026120101", "<FITID>2026120199");
        const auto second = f.service().importBank(f.manager, ofx);
        QVERIFY(second.ok());
        QCOMPARE(second.value().depositsAdded, 1);
        // CSV without ids: date + amount + reference.
        BankImportRequest csv;
        csv.content = "Date,Amount,Reference\n2026-11-30,10.00,A\n2026-11-30,10.00,B\n";
        QCOMPARE(f.service().importBank(f.manager, csv).value().depositsAdded, 2);
        QCOMPARE(f.service().importBank(f.manager, csv).value().depositsAdded, 0);
        // Bad lines: nothing imported.
        csv.content = "Date,Amount,Reference\n2026-11-30,12.00,C\n2026-11-30,zz,D\n";
        const auto bad = f.service().importBank(f.manager, csv);
        QVERIFY(bad.ok());
        QCOMPARE(bad.value().badLines.size(), 1);
        QCOMPARE(bad.value().depositsAdded, 0);
        const auto report = f.service().report(f.manager, {QDate(2026, 11, 30), 0, QString()});
        QVERIFY(report.ok());
        QCOMPARE(report.value().deposits.size(), 3); // the OFX credit and the two CSV lines
    }
};

QTEST_GUILESS_MAIN(TestBankImport)
#include "test_bankimport.moc"
