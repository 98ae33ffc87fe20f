// PAY-8: reading DMS cashier exports (encodings, separators, quoting, English/French/Italian headers, amounts)
// and importing them all or nothing, once.
#include "reconfixture.h"

#include "foundation/csvreader.h"
#include "reconciliation/amounttext.h"
#include "reconciliation/dmsparser.h"

#include <QtTest>

using namespace dp;
using namespace dp::recon;

namespace {

// Windows-1252 bytes of a Latin-1 text (the tests only use characters Latin-1 and cp1252 share), plus the euro.
QByteArray cp1252(const QString& text)
{
    QByteArray out;
    for (const QChar c : text)
        out.append(c == QChar(0x20AC) ? char(0x80) : char(c.unicode()));
    return out;
}

const QDate kDay(2026, 11, 30);

} // namespace

class TestDmsImport : public QObject
{
    Q_OBJECT

private slots:
    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("plain") << "1234.56" << true << qint64(123456);
        QTest::newRow("comma thousands") << "1,234.56" << true << qint64(123456);
        QTest::newRow("space thousands, comma decimals") << "1 234,56" << true << qint64(123456);
        QTest::newRow("no-break space") << QStringLiteral("1\u00A0234,56") << true << qint64(123456);
        QTest::newRow("dot thousands, comma decimals") << "1.234,56" << true << qint64(123456);
        QTest::newRow("negative") << "-45.00" << true << qint64(-4500);
        QTest::newRow("parentheses") << "(45.00)" << true << qint64(-4500);
        QTest::newRow("trailing minus") << "45.00-" << true << qint64(-4500);
        QTest::newRow("dollar") << "$12" << true << qint64(1200);
        QTest::newRow("negative dollar") << "-$1,000.10" << true << qint64(-100010);
        QTest::newRow("one decimal") << "12,5" << true << qint64(1250);
        QTest::newRow("thousands only") << "1,234" << true << qint64(123400);
        QTest::newRow("millions") << "1,234,567.89" << true << qint64(123456789);
        QTest::newRow("euro suffix") << QStringLiteral("45,00 €") << true << qint64(4500);
        QTest::newRow("three decimals") << "1.2345" << false << qint64(0);
        QTest::newRow("letters") << "12a" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("bad grouping") << "12,34,56" << false << qint64(0);
        QTest::newRow("two signs") << "(-45.00)" << false << qint64(0);
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        const auto parsed = parseAmountText(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, minor);
    }

    void roNumbers_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("prefix and dash") << "RO-004512" << "4512" << true;
        QTest::newRow("case and spaces") << "ro 4512" << "RO4512" << true;
        QTest::newRow("French OR") << "OR-4512" << "4512" << true;
        QTest::newRow("typo") << "RO-4512" << "RO-4521" << false;
        QTest::newRow("letters kept") << "A4512" << "4512" << false;
    }
    void roNumbers()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(normalizeRoNumber(a) == normalizeRoNumber(b), same);
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QString>("firstRo");
        QTest::addColumn<qint64>("firstAmount");
        QTest::addColumn<QDate>("firstDate");
        QTest::addColumn<QString>("firstCustomer");
        QTest::addColumn<int>("secondLineNumber");

        QTest::newRow("UTF-8 BOM, comma, English, quoted comma")
            << QByteArray("\xEF\xBB\xBF"
                          "Date,Time,RO Number,Customer,Amount,Payment Type,Reference\r\n"
                          "2026-11-30,09:15,RO-1001,\"Smith, John\",\"1,234.56\",Visa,A1\r\n"
                          "2026-11-30,09:45,RO-1002,Jane Roe,45.00,MC,A2\r\n")
            << "UTF-8 (BOM)" << "," << 2 << "RO-1001" << qint64(123456) << kDay << "Smith, John" << 3;
        QTest::newRow("UTF-8, semicolon, French")
            << QStringLiteral("Date;Heure;N° facture;Nom du client;Montant;Mode de paiement;Référence\n"
                              "30/11/2026;14:05;F-77;Élodie Brûlé;1 234,56;CB;X1\n"
                              "30/11/2026;15:05;F-78;Zoé;(12,00);CB;X2\n")
                   .toUtf8()
            << "UTF-8" << ";" << 2 << "F-77" << qint64(123456) << kDay << QStringLiteral("Élodie Brûlé") << 3;
        QTest::newRow("Windows-1252, tab, Italian")
            << cp1252(QStringLiteral("Data\tOra\tFattura\tCliente\tImporto\tTipo pagamento\tRiferimento\n"
                                     "30/11/2026\t10:00\t55\tNiccolò €\t45,00\tVisa\tR1\n"
                                     "30/11/2026\t11:00\t56\tLucà\t10,00\tVisa\tR2\n"))
            << "Windows-1252" << "\t" << 2 << "55" << qint64(4500) << kDay << QStringLiteral("Niccolò €") << 3;
        QTest::newRow("quoted line break and doubled quotes")
            << QByteArray("Invoice,Date,Customer,Amount\n"
                          "INV-9,11/30/2026,\"He said \"\"hi\"\"\nsecond line\",10.00\n"
                          "INV-10,11/30/2026,Bob,20.00\n")
            << "UTF-8" << "," << 2 << "INV-9" << qint64(1000) << kDay << "He said \"hi\"\nsecond line" << 4;
        QTest::newRow("repair order words, month first")
            << QByteArray("Repair Order,Invoice Date,Customer Name,Total\n"
                          "RO-1,11/30/2026,Ann,10.00\n"
                          "RO-2,12/01/2026,Ben,20.00\n")
            << "UTF-8" << "," << 2 << "RO-1" << qint64(1000) << kDay << "Ann" << 3;
        QTest::newRow("ordine di riparazione, day first proven")
            << QByteArray("Ordine di riparazione;Data;Importo\n"
                          "OR-5;30/11/2026;-45,00\n"
                          "OR-6;01/12/2026;10,00\n")
            << "UTF-8" << ";" << 2 << "OR-5" << qint64(-4500) << kDay << "" << 3;
        QTest::newRow("bon de travail, date with time, blank lines")
            << QByteArray("N\xC2\xB0 BT,Date,Montant\n"
                          "BT-1,2026-11-30 08:30,5.00\n\n"
                          "BT-2,2026-11-30T09:30:00Z,6.00\n")
            << "UTF-8" << "," << 2 << "BT-1" << qint64(500) << kDay << "" << 4;
    }
    void parse()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, encoding);
        QFETCH(QString, separator);
        QFETCH(int, lines);
        QFETCH(QString, firstRo);
        QFETCH(qint64, firstAmount);
        QFETCH(QDate, firstDate);
        QFETCH(QString, firstCustomer);
        QFETCH(int, secondLineNumber);
        DmsParseOptions options;
        options.timeZone = QStringLiteral("America/Toronto");
        const DmsParseResult r = DmsParser::parse(content, options);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(r.badLines.isEmpty(), qPrintable(r.badLines.value(0).reason));
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(QString(r.separator), separator);
        QCOMPARE(int(r.lines.size()), lines);
        QCOMPARE(r.lines.first().roNumber, firstRo);
        QCOMPARE(r.lines.first().amount, firstAmount);
        QCOMPARE(r.lines.first().businessDate, firstDate);
        QCOMPARE(r.lines.first().customer, firstCustomer);
        QCOMPARE(r.lines.first().lineNumber, 2);
        QCOMPARE(r.lines.at(1).lineNumber, secondLineNumber);
        QCOMPARE(r.lines.first().currency, QStringLiteral("usd"));
    }

    void timeIsReadInTheDayZone()
    {
        DmsParseOptions options;
        options.timeZone = QStringLiteral("America/Toronto");
        const DmsParseResult r = DmsParser::parse("Date,Time,RO,Amount\n2026-11-30,2:05 PM,1,1.00\n", options);
        QVERIFY(r.ok());
        QCOMPARE(r.lines.first().at, test::ReconFixture::at(kDay, QTime(14, 5)));
    }

    void badLinesAreAllReportedWithTheirLineNumbers()
    {
        const QByteArray content("Date,RO,Amount\n"
                                 "2026-11-30,RO-1,10.00\n"
                                 "31/02/2026,RO-2,10.00\n"     // line 3: no such date
                                 "2026-11-30,RO-3,ten\n"       // line 4: no amount
                                 "2026-11-30,RO-4\n"           // line 5: a cell missing
                                 "2026-11-30,RO-5,\n");        // line 6: empty amount
        const DmsParseResult r = DmsParser::parse(content, {});
        QCOMPARE(r.lines.size(), 1);
        QCOMPARE(r.badLines.size(), 4);
        QCOMPARE(r.badLines.at(0).line, 3);
        QVERIFY(r.badLines.at(0).reason.contains(QLatin1String("31/02/2026")));
        QCOMPARE(r.badLines.at(1).line, 4);
        QVERIFY(r.badLines.at(1).reason.contains(QLatin1String("ten")));
        QCOMPARE(r.badLines.at(2).line, 5);
        QCOMPARE(r.badLines.at(3).line, 6);
    }

    void unrecognizedHeaderAsksForAMapping()
    {
        const QByteArray content("Col A,Col B,Col C\n2026-11-30,RO-1,10.00\n");
        const DmsFilePreview p = DmsParser::preview(content);
        QVERIFY(!p.recognized);
        QCOMPARE(p.header, QStringList({"Col A", "Col B", "Col C"}));
        QCOMPARE(p.mapping.date, 0); // the guess for the dialog
        QCOMPARE(p.mapping.amount, 2);
        QVERIFY(!DmsParser::parse(content, {}).error.isEmpty());
        DmsParseOptions options;
        DmsColumnMapping m;
        m.date = 0;
        m.roNumber = 1;
        m.amount = 2;
        options.mapping = m;
        const DmsParseResult r = DmsParser::parse(content, options);
        QVERIFY(r.ok());
        QCOMPARE(r.lines.first().roNumber, QStringLiteral("RO-1"));
        QCOMPARE(DmsColumnMapping::fromJson(m.toJson()), m);
    }

    void separatorDetectionIgnoresQuotedSeparators()
    {
        QCOMPARE(detectCsvSeparator(QStringLiteral("a;b;c\n\"1,2\";\"3,4\";5\n")), QChar(QLatin1Char(';')));
        QCOMPARE(detectCsvSeparator(QStringLiteral("a\tb\n1,5\t2\n")), QChar(QLatin1Char('\t')));
    }

    void importIsAllOrNothing()
    {
        test::ReconFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        DmsImportRequest request;
        request.content = "Date,RO,Amount\n2026-11-30,RO-1,10.00\n2026-11-30,RO-2,oops\n";
        request.fileName = QStringLiteral("bad.csv");
        request.timeZone = QStringLiteral("America/Toronto");
        const auto out = f.service().importDms(f.manager, request);
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().message));
        QCOMPARE(out.value().badLines.size(), 1);
        QCOMPARE(out.value().badLines.first().line, 3);
        QCOMPARE(out.value().linesAdded, 0);
        const auto report = f.service().report(f.manager, {kDay, 0, QStringLiteral("America/Toronto")});
        QVERIFY(report.ok());
        QCOMPARE(report.value().dmsLines.size(), 0); // the good line was not stored either
    }

    void reimportDoesNotDuplicate()
    {
        test::ReconFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        DmsImportRequest request;
        request.content = "Date,RO,Amount\n2026-11-30,RO-1,10.00\n2026-11-30,RO-1,10.00\n";
        request.fileName = QStringLiteral("day.csv");
        const auto first = f.service().importDms(f.manager, request);
        QVERIFY(first.ok());
        QCOMPARE(first.value().linesAdded, 2); // two identical lines are two lines
        const auto again = f.service().importDms(f.manager, request);
        QVERIFY(again.ok());
        QVERIFY(again.value().alreadyImported);
        QCOMPARE(again.value().linesAdded, 0);
        // The next export repeats the day's lines and adds one: only that one is new.
        request.content = "Date,RO,Amount,Customer\n2026-11-30,RO-1,10.00,\n2026-11-30,RO-1,10.00,\n"
                          "2026-11-30,RO-3,30.00,\n";
        const auto superset = f.service().importDms(f.manager, request);
        QVERIFY(superset.ok());
        QVERIFY(!superset.value().alreadyImported);
        QCOMPARE(superset.value().linesRead, 3);
        QCOMPARE(superset.value().linesAdded, 1);
        const auto report = f.service().report(f.manager, {kDay, 0, QString()});
        QVERIFY(report.ok());
        QCOMPARE(report.value().dmsLines.size(), 3);
    }

    void mappingIsRememberedPerDms()
    {
        test::ReconFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        DmsImportRequest request;
        request.content = "C1,C2,C3\n2026-11-30,RO-1,10.00\n";
        request.dmsName = QStringLiteral("CDK");
        const auto asked = f.service().importDms(f.manager, request);
        QVERIFY(asked.ok());
        QVERIFY(asked.value().needsMapping);
        QCOMPARE(asked.value().linesAdded, 0);
        DmsColumnMapping m;
        m.date = 0;
        m.roNumber = 1;
        m.amount = 2;
        request.mapping = m;
        const auto mapped = f.service().importDms(f.manager, request);
        QVERIFY(mapped.ok());
        QCOMPARE(mapped.value().linesAdded, 1);
        const auto saved = f.service().savedMapping(f.manager, QStringLiteral("CDK"));
        QVERIFY(saved.ok() && saved.value());
        QCOMPARE(*saved.value(), m);
        // The next file of that DMS is read without asking.
        request.mapping.reset();
        request.content = "C1,C2,C3\n2026-12-01,RO-2,20.00\n";
        const auto next = f.service().importDms(f.manager, request);
        QVERIFY(next.ok());
        QVERIFY(!next.value().needsMapping);
        QCOMPARE(next.value().linesAdded, 1);
    }

    void importNeedsTheReconcilePermission()
    {
        test::ReconFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        DmsImportRequest request;
        request.content = "Date,RO,Amount\n2026-11-30,RO-1,10.00\n";
        for (const Session& who : {f.consultant, f.managerOutsideTeams}) {
            const auto out = f.service().importDms(who, request);
            QVERIFY(!out.ok());
            QCOMPARE(out.error().code, Error::Code::Permission);
        }
        QVERIFY(f.service().importDms(f.admin, request).ok());
    }
};

QTEST_GUILESS_MAIN(TestDmsImport)
#include "test_dmsimport.moc"
