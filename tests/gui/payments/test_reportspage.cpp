// PAY-6 in the window's Reports page, offscreen on the real widgets: all the form's errors at once, a report run
// off the UI thread with its preview, saved through the save seam (no file dialog), and Cancel.
#include "guitest.h"
#include "paymentfixture.h"

#include "api/apiclient.h"
#include "context/appcontext.h"
#include "payments/reportspage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;

class TestReportsPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::PaymentFixture> f;

private slots:
    void initTestCase()
    {
        test::prepareEnvironment();
        test::prepareGuiTest();
        f = std::make_unique<test::PaymentFixture>();
        QVERIFY2(f->ok(), qPrintable(f->error()));
        for (qint64 amount : {12000, 34500}) {
            QVERIFY(f->app().api().post(
                QStringLiteral("/v1/charges"),
                {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), QStringLiteral("usd")},
                 {QStringLiteral("source"), QStringLiteral("tok_visa")}},
                api::ApiClient::newIdempotencyKey(), f->account).ok());
        }
        // Reports cover what happened before the server's data_available_end (its now): a minute later.
        QVERIFY(f->app().api().post(QStringLiteral("/v1/test_helpers/sandbox_clock"),
                                    {{QStringLiteral("advance_by"), 60}}, api::ApiClient::newIdempotencyKey()).ok());
    }

    void formShowsItsErrorsNextToTheFields()
    {
        ui::ReportsPage page(f->app(), f->admin);
        page.show();
        auto* from = page.findChild<QDateEdit*>(QStringLiteral("reportFrom"));
        auto* to = page.findChild<QDateEdit*>(QStringLiteral("reportTo"));
        auto* zone = page.findChild<QComboBox*>(QStringLiteral("reportTimeZone"));
        to->setDate(from->date().addDays(-3));
        from->setDate(to->date().addDays(3));
        zone->setCurrentText(QStringLiteral("Mars/Olympus"));
        QSignalSpy finished(&page, &ui::ReportsPage::finished);
        test::click(page.findChild<QPushButton*>(QStringLiteral("reportRun")));
        QCOMPARE(finished.size(), 0); // nothing sent
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("reportToError"))->isVisible());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("reportTimeZoneError"))->isVisible());
    }

    void runPreviewAndSave()
    {
        ui::ReportsPage page(f->app(), f->admin);
        page.resize(1100, 760);
        page.show();
        auto* type = page.findChild<QComboBox*>(QStringLiteral("reportType"));
        type->setCurrentIndex(type->findData(QStringLiteral("balance_change_from_activity.itemized.3")));
        auto* columns = page.findChild<QListWidget*>(QStringLiteral("reportColumns"));
        QVERIFY(columns->count() > 10);
        // Uncheck every column but three.
        for (int i = 0; i < columns->count(); ++i) {
            const QString name = columns->item(i)->text();
            columns->item(i)->setCheckState(name == QLatin1String("balance_transaction_id") ||
                                                    name == QLatin1String("gross") || name == QLatin1String("net")
                                                ? Qt::Checked
                                                : Qt::Unchecked);
        }
        page.findChild<QDateEdit*>(QStringLiteral("reportFrom"))->setDate(QDate::currentDate().addDays(-7));
        QSignalSpy finished(&page, &ui::ReportsPage::finished);
        test::click(page.findChild<QPushButton*>(QStringLiteral("reportRun")));
        QString shown;
        for (QLabel* label : page.findChildren<QLabel*>()) {
            if (label->objectName().endsWith(QLatin1String("Error")) && label->isVisible())
                shown += label->objectName() + QLatin1String(": ") + label->text() + QLatin1Char('\n');
        }
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("reportRun"))->isEnabled()); // running, off the UI thread
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("reportCancel"))->isEnabled());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        auto* preview = page.findChild<QTableWidget*>(QStringLiteral("reportPreview"));
        QCOMPARE(preview->columnCount(), 3);
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("balance_transaction_id"));
        QCOMPARE(preview->rowCount(), 2);
        test::screenshot(&page, QStringLiteral("reports-page"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        QString suggested;
        page.setSaveFileChooser([&](const QString& s) {
            suggested = s;
            return path;
        });
        QSignalSpy saved(&page, &ui::ReportsPage::saved);
        test::click(page.findChild<QPushButton*>(QStringLiteral("reportSave")));
        QCOMPARE(saved.size(), 1);
        QVERIFY(suggested.endsWith(QLatin1String(".csv")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("balance_transaction_id,gross,net"));
        QCOMPARE(lines.size(), 3);
    }

    void cancelStopsTheWait()
    {
        ui::ReportsPage page(f->app(), f->admin);
        page.show();
        QSignalSpy finished(&page, &ui::ReportsPage::finished);
        page.run();
        page.cancel();
        QVERIFY(finished.wait(20000));
        // Cancel may come after the (fast) sandbox finished; either way the page is usable again.
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("reportRun"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("reportCancel"))->isEnabled());
    }

    void cleanupTestCase() { f.reset(); }
};

QTEST_MAIN(TestReportsPage)
#include "test_reportspage.moc"
