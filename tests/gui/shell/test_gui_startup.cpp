// The demo starts without blocking the window (issue 7, section 4): the window shows "Preparing the demo…" at
// once while the sandbox starts and the demo workspace is seeded on worker threads (HTTP calls, password hashes),
// then the sign-in page with the demo users.
#include "guitest.h"

#include "context/appcontext.h"
#include "gui/startup.h"
#include "shell/mainwindow.h"
#include "auth/userservice.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;
using dp::test::visible;

class TestGuiStartup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareGuiTest(); }

    void windowShowsBeforeTheDemoIsReady()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AppConfig config;
        config.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        config.secretsDir = dir.filePath(QStringLiteral("secrets"));
        config.databasePath = dir.filePath(QStringLiteral("sandbox-demo.sqlite"));
        config.apiKey = QStringLiteral("sk_test_embedded_sandbox");
        config.sandbox = true;
        app::Startup startup(config);
        sandbox::SandboxOptions options;
        options.profile = QStringLiteral("demo");
        startup.useEmbeddedSandbox(options);
        startup.seedDemo(QStringLiteral("Demo Motors Group"));

        ui::MainWindow window;
        window.showPreparing(QStringLiteral("Preparing the demo…"));
        connect(&startup, &app::Startup::progress, &window, &ui::MainWindow::showPreparing);
        QSignalSpy ready(&startup, &app::Startup::ready);
        QSignalSpy failed(&startup, &app::Startup::failed);
        connect(&startup, &app::Startup::ready, &window, &ui::MainWindow::setContext);
        window.show();

        QElapsedTimer clock;
        clock.start();
        startup.start();
        QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed()))); // returns at once
        QVERIFY(startup.isRunning());
        QVERIFY(!window.hasContext());
        // The window is drawn and answers while the work goes on.
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(visible(QStringLiteral("preparingPage")));
        QVERIFY(visible(QStringLiteral("preparingProgress")));
        QVERIFY(ready.isEmpty());
        test::screenshot(&window, QStringLiteral("30-preparing-demo"));

        QVERIFY(ready.wait(120000) || !ready.isEmpty());
        QVERIFY(failed.isEmpty());
        QVERIFY(window.hasContext());
        QVERIFY(!startup.isRunning());
        QVERIFY(startup.context()->users().hasOrganization());
        QTRY_VERIFY(visible(QStringLiteral("loginPage")));
        QVERIFY(!visible(QStringLiteral("preparingPage")));
        QVERIFY(visible<QPushButton>(QStringLiteral("demoLogin_manager")));
    }

    void sandboxFailureIsReported()
    {
        QTemporaryDir dir;
        AppConfig config;
        config.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        config.secretsDir = dir.filePath(QStringLiteral("secrets"));
        config.databasePath = dir.filePath(QStringLiteral("sandbox.sqlite"));
        config.sandbox = true;
        // A port already taken by a first sandbox: the second cannot listen on it.
        app::Startup first(config);
        first.useEmbeddedSandbox({});
        QSignalSpy firstReady(&first, &app::Startup::ready);
        first.start();
        QVERIFY(firstReady.wait(30000));
        sandbox::SandboxOptions taken;
        taken.port = quint16(first.context()->config().apiBaseUrl.port());
        AppConfig second = config;
        second.databasePath = dir.filePath(QStringLiteral("second.sqlite"));
        app::Startup startup(second);
        startup.useEmbeddedSandbox(taken);
        QSignalSpy failed(&startup, &app::Startup::failed);
        startup.start();
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("sandbox")));
        QVERIFY(!startup.context());
    }
};

QTEST_MAIN(TestGuiStartup)
#include "test_gui_startup.moc"
