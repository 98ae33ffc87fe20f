// One source of truth for teams: every team a payment of the demo workspace names (metadata "team", shown in the
// payments table) is a team of the Teams list, which the demo seed creates; the seeded staff are in them.
#include "testenv.h"

#include "api/apiclient.h"
#include "context/appcontext.h"
#include "demo/demoseed.h"
#include "onboarding/connectionservice.h"
#include "staff/staffservice.h"
#include "auth/userservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace dp;

class TestDemoTeams : public QObject
{
    Q_OBJECT

private slots:
    void everyPaymentTeamExistsUnderTeams()
    {
        test::prepareEnvironment();
        test::TestEnv env(QStringLiteral("demo"), 3);
        QVERIFY2(env.ok(), qPrintable(env.error()));
        AppContext& ctx = env.app();
        const Status seeded = seedDemoWorkspace(ctx, QStringLiteral("Demo Motors"));
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));

        // What the server's payments name.
        QSet<QString> named;
        for (const Rooftop& rooftop : ctx.connections().rooftops()) {
            if (rooftop.accountId.isEmpty())
                continue;
            const api::ApiResult listed = ctx.api().forEachPage(
                QStringLiteral("/v1/charges"), {{QStringLiteral("limit"), 100}}, rooftop.accountId,
                [&named](const QJsonArray& data) {
                    for (const QJsonValue& charge : data) {
                        const QString team = charge.toObject().value(QLatin1String("metadata")).toObject()
                                                 .value(QLatin1String("team")).toString();
                        if (!team.isEmpty())
                            named.insert(team);
                    }
                    return true;
                });
            QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        }
        QVERIFY2(named.size() >= 2, qPrintable(QStringList(named.cbegin(), named.cend()).join(QLatin1Char(','))));

        // What the Teams list holds.
        Session admin;
        for (const UserInfo& user : ctx.users().demoUsers()) {
            if (user.role == Role::Admin)
                admin = ctx.users().login(user.email, UserService::kDemoPassword).value();
        }
        QVERIFY(admin.isValid());
        auto teams = ctx.staff().teams(admin);
        QVERIFY(teams.ok());
        QSet<QString> listed;
        for (const Team& team : teams.value()) {
            listed.insert(team.name);
            QVERIFY2(team.takesPayments, qPrintable(team.name));
        }
        for (const QString& team : std::as_const(named))
            QVERIFY2(listed.contains(team), qPrintable(team + QStringLiteral(" is not under Teams")));

        // Seeding again (a second start of the demo) creates no duplicate.
        QVERIFY(seedDemoWorkspace(ctx, QStringLiteral("Demo Motors")).ok());
        QCOMPARE(ctx.staff().teams(admin)->size(), teams->size());
    }
};

QTEST_GUILESS_MAIN(TestDemoTeams)
#include "test_demo_teams.moc"
