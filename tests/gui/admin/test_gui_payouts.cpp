// ONB-6 through the real widgets: the payout settings dialog on a connected rooftop of the demo workspace.
#include "guitest.h"
#include "testenv.h"

#include "api/apiclient.h"
#include "common/displaytext.h"
#include "shell/mainwindow.h"
#include "context/appcontext.h"
#include "onboarding/connectionservice.h"
#include "demo/demoseed.h"
#include "auth/userservice.h"
#include "foundation/settings.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace dp;
using dp::test::click;
using dp::test::screenshot;
using dp::test::typeInto;
using dp::test::visible;

class TestGuiPayouts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void intervalShowsItsFields_data();
    void intervalShowsItsFields();
    void badDescriptorIsRefusedAndNothingChanges_data();
    void badDescriptorIsRefusedAndNothingChanges();
    void weeklyFridayIsSavedAndSummarised();
    void cleanupTestCase();

private:
    QDialog* openDialog();
    QJsonObject account();
    void selectInterval(const QString& key);

    std::unique_ptr<test::TestEnv> m_env;
    std::unique_ptr<ui::MainWindow> m_window;
    Rooftop m_rooftop;
};

void TestGuiPayouts::initTestCase()
{
    test::prepareGuiTest();
    m_env = std::make_unique<test::TestEnv>(QStringLiteral("demo"));
    QVERIFY2(m_env->ok(), qPrintable(m_env->error()));
    AppContext& ctx = m_env->app();
    ctx.settings().setValue(Settings::Key::EventPollSeconds, 3600); // nothing changes behind the test's back
    const Status seeded = seedDemoWorkspace(ctx, QStringLiteral("Demo Motors"));
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));

    for (const Rooftop& r : ctx.connections().rooftops()) {
        if (r.status == ConnectionStatus::Connected) {
            m_rooftop = r;
            break;
        }
    }
    if (m_rooftop.id == 0) { // a demo profile without a connected account: connect one as test 1 does
        auto admin = ctx.users().login(ctx.users().demoUsers().first().email, UserService::kDemoPassword);
        QVERIFY(admin.ok());
        auto added = ctx.connections().addRooftop(admin.value(), QStringLiteral("Main Street"));
        QVERIFY(added.ok());
        ConnectRequest request;
        request.rooftopId = added->id;
        request.legalName = QStringLiteral("Demo Motors LLC");
        request.email = QStringLiteral("accounting@demo.example");
        request.signerAttested = true;
        QVERIFY(ctx.connections().startOnboarding(admin.value(), request, {}).ok());
        const QString accountId = ctx.connections().rooftop(added->id)->accountId;
        QVERIFY(ctx.api().post(QStringLiteral("/v1/test_helpers/accounts/") + accountId
                                   + QStringLiteral("/complete_onboarding"),
                               {}, api::ApiClient::newIdempotencyKey())
                    .ok());
        auto refreshed = ctx.connections().refresh(added->id);
        QVERIFY(refreshed.ok());
        m_rooftop = refreshed.value();
    }
    QCOMPARE(m_rooftop.status, ConnectionStatus::Connected);

    m_window = std::make_unique<ui::MainWindow>(ctx);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(visible(QStringLiteral("demoLogin_admin")));
    QVERIFY(click(visible<QPushButton>(QStringLiteral("demoLogin_admin"))));
    QTRY_VERIFY(visible(QStringLiteral("workArea")));
    auto* combo = visible<QComboBox>(QStringLiteral("rooftopCombo"));
    combo->setCurrentIndex(combo->findData(m_rooftop.id));
    QVERIFY(visible(QStringLiteral("payoutPanel")));
    screenshot(m_window.get(), QStringLiteral("20-demo-admin-connected"));
}

QDialog* TestGuiPayouts::openDialog()
{
    if (!click(visible<QPushButton>(QStringLiteral("editPayoutButton"))))
        return nullptr;
    QTest::qWait(0);
    return visible<QDialog>(QStringLiteral("payoutDialog"));
}

QJsonObject TestGuiPayouts::account()
{
    return m_env->app().api().get(QStringLiteral("/v1/accounts/") + m_rooftop.accountId).json;
}

void TestGuiPayouts::selectInterval(const QString& key)
{
    auto* interval = visible<QComboBox>(QStringLiteral("intervalCombo"));
    interval->setCurrentIndex(interval->findData(key));
}

void TestGuiPayouts::intervalShowsItsFields_data()
{
    QTest::addColumn<QString>("interval");
    QTest::addColumn<bool>("weekday");
    QTest::addColumn<bool>("monthDay");
    QTest::addColumn<bool>("delay");
    QTest::newRow("daily") << QStringLiteral("daily") << false << false << true;
    QTest::newRow("weekly") << QStringLiteral("weekly") << true << false << true;
    QTest::newRow("monthly") << QStringLiteral("monthly") << false << true << true;
    QTest::newRow("manual") << QStringLiteral("manual") << false << false << false;
}

void TestGuiPayouts::intervalShowsItsFields()
{
    QFETCH(QString, interval);
    QFETCH(bool, weekday);
    QFETCH(bool, monthDay);
    QFETCH(bool, delay);
    QPointer<QDialog> dialog = openDialog();
    QVERIFY(dialog);
    selectInterval(interval);
    QCOMPARE(visible(QStringLiteral("weekdayCombo")) != nullptr, weekday);
    QCOMPARE(visible(QStringLiteral("monthDaySpin")) != nullptr, monthDay);
    QCOMPARE(visible(QStringLiteral("delaySpin")) != nullptr, delay);
    dialog->reject();
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
}

void TestGuiPayouts::badDescriptorIsRefusedAndNothingChanges_data()
{
    QTest::addColumn<QString>("descriptor");
    QTest::newRow("star") << QStringLiteral("NO*STARS");
    QTest::newRow("too short") << QStringLiteral("ABC");
    QTest::newRow("no letter") << QStringLiteral("12345 678");
    QTest::newRow("quote") << QStringLiteral("JOE'S MOTORS");
    QTest::newRow("too long") << QStringLiteral("MAIN STREET MOTORS DOWNTOWN");
}

void TestGuiPayouts::badDescriptorIsRefusedAndNothingChanges()
{
    QFETCH(QString, descriptor);
    const QJsonObject before = account();
    QPointer<QDialog> dialog = openDialog();
    QVERIFY(dialog);
    selectInterval(QStringLiteral("weekly"));
    auto* weekday = visible<QComboBox>(QStringLiteral("weekdayCombo"));
    weekday->setCurrentIndex(weekday->findData(QStringLiteral("friday")));
    typeInto(visible<QLineEdit>(QStringLiteral("descriptorEdit")), descriptor);
    QVERIFY(click(visible<QPushButton>(QStringLiteral("payoutSaveButton"))));

    QTRY_VERIFY(visible(QStringLiteral("descriptorError")));
    QVERIFY(!visible<QLabel>(QStringLiteral("descriptorError"))->text().isEmpty());
    QVERIFY(dialog && dialog->isVisible()); // stays open on error
    if (QTest::currentDataTag() == QLatin1String("star"))
        screenshot(dialog, QStringLiteral("21-payout-bad-descriptor"));
    QCOMPARE(account(), before); // the account is unchanged
    QCOMPARE(m_env->app().connections().rooftop(m_rooftop.id)->statementDescriptor, m_rooftop.statementDescriptor);
    dialog->reject();
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
}

void TestGuiPayouts::weeklyFridayIsSavedAndSummarised()
{
    QPointer<QDialog> dialog = openDialog();
    QVERIFY(dialog);
    selectInterval(QStringLiteral("weekly"));
    auto* weekday = visible<QComboBox>(QStringLiteral("weekdayCombo"));
    weekday->setCurrentIndex(weekday->findData(QStringLiteral("friday")));
    visible<QSpinBox>(QStringLiteral("delaySpin"))->setValue(3);
    typeInto(visible<QLineEdit>(QStringLiteral("descriptorEdit")), QStringLiteral("MAIN ST MOTORS"));
    QVERIFY(visible<QLabel>(QStringLiteral("descriptorPreview"))->text().contains(QStringLiteral("MAIN ST MOTORS")));
    screenshot(dialog, QStringLiteral("22-payout-settings"));
    QVERIFY(click(visible<QPushButton>(QStringLiteral("payoutSaveButton"))));
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    api::PayoutSchedule expected;
    expected.interval = QStringLiteral("weekly");
    expected.weeklyAnchor = QStringLiteral("friday");
    expected.delayDays = 3;
    const QString summary = visible<QLabel>(QStringLiteral("payoutScheduleLabel"))->text();
    QCOMPARE(summary, ui::payoutScheduleText(expected));
    QVERIFY2(summary.contains(QStringLiteral("Weekly")) && summary.contains(QStringLiteral("Friday")),
             qPrintable(summary));
    QCOMPARE(visible<QLabel>(QStringLiteral("statementDescriptorLabel"))->text(), QStringLiteral("MAIN ST MOTORS"));

    const QJsonObject settings = account().value(QStringLiteral("settings")).toObject();
    const QJsonObject schedule =
        settings.value(QStringLiteral("payouts")).toObject().value(QStringLiteral("schedule")).toObject();
    QCOMPARE(schedule.value(QStringLiteral("interval")).toString(), QStringLiteral("weekly"));
    QCOMPARE(schedule.value(QStringLiteral("weekly_anchor")).toString(), QStringLiteral("friday"));
    QCOMPARE(settings.value(QStringLiteral("payments")).toObject().value(QStringLiteral("statement_descriptor")),
             QJsonValue(QStringLiteral("MAIN ST MOTORS")));
    screenshot(m_window.get(), QStringLiteral("23-payout-summary"));
}

void TestGuiPayouts::cleanupTestCase()
{
    m_window.reset();
    m_env.reset();
}

QTEST_MAIN(TestGuiPayouts)
#include "test_gui_payouts.moc"
