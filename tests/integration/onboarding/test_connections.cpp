// "Receive payments" end to end in core: roles, validation, onboarding, events, payout settings (ONB-1..9).
#include "testenv.h"

#include "api/apiclient.h"
#include "context/appcontext.h"
#include "storage/database.h"
#include "onboarding/connectionservice.h"
#include "auth/userservice.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace dp;

class TestConnections : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestEnv> m_env;
    Session m_admin;
    ConnectionService& svc() { return m_env->app().connections(); }

    int sandboxAccounts()
    {
        const auto r = m_env->app().api().get(QStringLiteral("/v1/accounts"), {{QStringLiteral("limit"), 100}});
        return int(r.json.value(QLatin1String("data")).toArray().size());
    }
    ConnectRequest goodRequest(qint64 rooftopId)
    {
        ConnectRequest r;
        r.rooftopId = rooftopId;
        r.legalName = QStringLiteral("Main Street Motors LLC");
        r.email = QStringLiteral("owner@mainstreet.test");
        r.taxId = QStringLiteral("12-3456789");
        r.productDescription = QStringLiteral("New and used vehicles, service and parts");
        r.signerAttested = true;
        return r;
    }
    // A real user of the store: the Authorizer re-reads role and teams from there.
    Session userWithRole(Role role, bool inTeam = false)
    {
        static int n = 0;
        return test::addTestUser(m_env->app(), QStringLiteral("User %1").arg(++n), role, inTeam);
    }
    const QUrl m_return{QStringLiteral("https://dealerpay.app/onboarding/return")};

private slots:
    void init()
    {
        m_env = std::make_unique<test::TestEnv>();
        QVERIFY2(m_env->ok(), qPrintable(m_env->error()));
        auto admin = m_env->app().users().createOrganization(QStringLiteral("Main Street Group"), QStringLiteral("Ann Admin"),
                                                             QStringLiteral("ann@mainstreet.test"), QStringLiteral("correct horse 42"));
        QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().message));
        m_admin = admin.value();
    }

    void lowerRolesAreRefusedInCore()
    {
        for (Role role : {Role::Consultant, Role::Manager}) {
            const Session who = userWithRole(role, true);
            auto added = svc().addRooftop(who, QStringLiteral("Nope Motors"));
            QVERIFY(!added.ok());
            QCOMPARE(added.error().code, Error::Code::Permission);
            QCOMPARE(svc().setAllowedCountries(who, {QStringLiteral("US"), QStringLiteral("CA")}).error().code,
                     Error::Code::Permission);
        }
        QVERIFY(svc().rooftops().isEmpty());
    }

    void badInputIsRefusedAndNothingIsSent_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("EIN bad prefix") << "taxId" << "07-1234567" << "tax_id";
        QTest::newRow("EIN too short") << "taxId" << "12-345" << "tax_id";
        QTest::newRow("e-mail") << "email" << "not-an-email" << "email";
        QTest::newRow("legal name") << "legalName" << "  " << "legal_name";
        QTest::newRow("routing checksum") << "routing" << "123456789" << "routing_number";
        QTest::newRow("country not allowed") << "country" << "CA" << "country";
        QTest::newRow("not attested") << "attest" << "" << "attestation";
    }
    void badInputIsRefusedAndNothingIsSent()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, errorField);
        auto rooftop = svc().addRooftop(m_admin, QStringLiteral("Main Street Motors"));
        QVERIFY(rooftop.ok());
        ConnectRequest r = goodRequest(rooftop->id);
        if (field == QLatin1String("taxId")) r.taxId = value;
        if (field == QLatin1String("email")) r.email = value;
        if (field == QLatin1String("legalName")) r.legalName = value;
        if (field == QLatin1String("country")) r.country = value;
        if (field == QLatin1String("attest")) r.signerAttested = false;
        if (field == QLatin1String("routing")) {
            r.routingNumber = value;
            r.accountNumber = QStringLiteral("000123456789");
        }
        m_env->app().users().reauthenticate(m_admin, QStringLiteral("correct horse 42"));
        auto started = svc().startOnboarding(m_admin, r, m_return);
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, Error::Code::Validation);
        QCOMPARE(started.error().field, errorField);
        QVERIFY(!started.error().message.isEmpty());
        QCOMPARE(sandboxAccounts(), 0);
        QVERIFY(svc().rooftop(rooftop->id)->accountId.isEmpty());
    }

    void sensitiveDetailsNeedReauthentication()
    {
        auto rooftop = svc().addRooftop(m_admin, QStringLiteral("Main Street Motors"));
        ConnectRequest r = goodRequest(rooftop->id);
        m_admin.reauthenticatedAt = 0; // signed in earlier, no password re-entry since
        auto started = svc().startOnboarding(m_admin, r, m_return);
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, Error::Code::ReauthRequired);
        QCOMPARE(sandboxAccounts(), 0);
        QVERIFY(!m_env->app().users().reauthenticate(m_admin, QStringLiteral("wrong password 1")).ok());
        QVERIFY(m_env->app().users().reauthenticate(m_admin, QStringLiteral("correct horse 42")).ok());
        QVERIFY(svc().startOnboarding(m_admin, r, m_return).ok());
    }

    void connectCompleteAndSeeConnected()
    {
        auto rooftop = svc().addRooftop(m_admin, QStringLiteral("Main Street Motors"));
        QCOMPARE(rooftop->status, ConnectionStatus::NotConnected);
        QVERIFY(m_env->app().users().reauthenticate(m_admin, QStringLiteral("correct horse 42")).ok());
        ConnectRequest r = goodRequest(rooftop->id);
        r.routingNumber = QStringLiteral("110000000");
        r.accountNumber = QStringLiteral("000123456789");
        auto url = svc().startOnboarding(m_admin, r, m_return);
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
        QVERIFY(url->toString().contains(QLatin1String("/connect/onboarding/")));
        Rooftop pending = svc().rooftop(rooftop->id).value();
        QVERIFY(pending.accountId.startsWith(QLatin1String("acct_")));
        QCOMPARE(pending.status, ConnectionStatus::OnboardingIncomplete);
        QVERIFY(!pending.currentlyDue.isEmpty());

        // Clicking Connect again continues with the same account.
        QVERIFY(svc().startOnboarding(m_admin, r, m_return).ok());
        QCOMPARE(sandboxAccounts(), 1);

        const auto done = m_env->app().api().post(
            QStringLiteral("/v1/test_helpers/accounts/%1/complete_onboarding").arg(pending.accountId), {}, {});
        QVERIFY2(done.ok(), qPrintable(done.error.message));
        auto changed = svc().pollEvents();
        QVERIFY(changed.ok());
        QVERIFY(changed->contains(rooftop->id));
        const Rooftop connected = svc().rooftop(rooftop->id).value();
        QCOMPARE(connected.status, ConnectionStatus::Connected);
        QVERIFY(connected.currentlyDue.isEmpty());
        QVERIFY(svc().pollEvents()->isEmpty()); // events are handled once

        // Sensitive details: masked, last 4 only.
        auto details = svc().sensitiveDetails(m_admin, rooftop->id);
        QVERIFY2(details.ok(), details.ok() ? "" : qPrintable(details.error().message));
        QVERIFY(details->taxIdMasked.endsWith(QLatin1String("6789")));
        QVERIFY(!details->taxIdMasked.contains(QLatin1String("123456789")));
        QVERIFY(details->bankMasked.endsWith(QLatin1String("6789")));

        auto dashboard = svc().expressDashboardLink(m_admin, rooftop->id);
        QVERIFY(dashboard.ok());
        QVERIFY(dashboard->isValid());
    }

    void everyMistakeIsReportedAtOnce()
    {
        auto rooftop = svc().addRooftop(m_admin, QStringLiteral("Main Street Motors"));
        ConnectRequest r = goodRequest(rooftop->id);
        r.email = QStringLiteral("owner@");
        r.taxId = QStringLiteral("12-345");
        r.routingNumber = QStringLiteral("123456789");
        r.accountNumber = QStringLiteral("12");
        r.signerAttested = false;
        QStringList fields;
        const auto all = svc().validateRequest(r);
        QVERIFY(all);
        for (const FieldError& e : all->fieldErrors) {
            fields.append(e.field);
            QVERIFY(!e.message.isEmpty());
        }
        QCOMPARE(fields, (QStringList{QStringLiteral("email"), QStringLiteral("tax_id"), QStringLiteral("routing_number"),
                                      QStringLiteral("account_number"), QStringLiteral("attestation")}));
        // The wizard's step 2 checks the same without the attestation (asked on step 3).
        fields.clear();
        const auto details = svc().validateDetails(r);
        QVERIFY(details);
        for (const FieldError& e : details->fieldErrors)
            fields.append(e.field);
        QCOMPARE(fields, (QStringList{QStringLiteral("email"), QStringLiteral("tax_id"), QStringLiteral("routing_number"),
                                      QStringLiteral("account_number")}));
        QVERIFY(!svc().validateDetails(goodRequest(rooftop->id)));
        QCOMPARE(sandboxAccounts(), 0);
    }

    // The rooftop keeps its own name (not the organization's), and the hosted onboarding page does not ask again
    // for the EIN and the bank account that the account already has.
    void theRooftopHasItsOwnNameAndNothingIsAskedTwice()
    {
        auto rooftop = svc().addRooftop(m_admin, QStringLiteral("Main Street Motors"));
        auto other = svc().addRooftop(m_admin, QStringLiteral("Main Street Motors — Airport"));
        QVERIFY(rooftop.ok() && other.ok());
        QVERIFY(m_env->app().users().reauthenticate(m_admin, QStringLiteral("correct horse 42")).ok());
        ConnectRequest r = goodRequest(rooftop->id);
        r.routingNumber = QStringLiteral("110000000");
        r.accountNumber = QStringLiteral("000123456789");
        r.rooftopName = QStringLiteral("Main Street Motors — Airport"); // another rooftop's name
        QCOMPARE(svc().validateDetails(r)->field, QStringLiteral("rooftop_name"));
        r.rooftopName = QStringLiteral("Main Street Motors — Downtown");
        auto url = svc().startOnboarding(m_admin, r, m_return);
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
        const Rooftop created = svc().rooftop(rooftop->id).value();
        QCOMPARE(created.name, QStringLiteral("Main Street Motors — Downtown"));

        const auto account = m_env->app().api().get(QStringLiteral("/v1/accounts/%1").arg(created.accountId));
        QVERIFY2(account.ok(), qPrintable(account.error.message));
        const QJsonObject json = account.json;
        QCOMPARE(json.value(QLatin1String("business_profile")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Main Street Motors — Downtown"));
        QCOMPARE(json.value(QLatin1String("company")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Main Street Motors LLC"));
        const QJsonArray due = json.value(QLatin1String("requirements")).toObject().value(QLatin1String("currently_due")).toArray();
        QVERIFY(!due.isEmpty());
        QVERIFY(!due.contains(QStringLiteral("company.tax_id")));
        QVERIFY(!due.contains(QStringLiteral("external_account")));

        // The hosted page: named after the rooftop, no EIN nor bank account asked.
        QNetworkAccessManager net;
        QNetworkReply* reply = net.get(QNetworkRequest(url.value()));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        const QString page = QString::fromUtf8(reply->readAll());
        reply->deleteLater();
        QVERIFY2(page.contains(QStringLiteral("Set up payments for Main Street Motors — Downtown")),
                 qPrintable(page.mid(page.indexOf(QLatin1String("<h1>")), 200)));
        QVERIFY(!page.contains(QLatin1String("name=\"tax_id\"")));
        QVERIFY(page.contains(QLatin1String("id=\"tax_id_provided\"")));
        QVERIFY(!page.contains(QLatin1String("name=\"account_number\"")));
        QVERIFY(page.contains(QLatin1String("name=\"rep_first_name\""))); // what the account lacks is still asked
    }

    void payoutSettings()
    {
        auto rooftop = svc().addRooftop(m_admin, QStringLiteral("Main Street Motors"));
        ConnectRequest r = goodRequest(rooftop->id);
        r.taxId.clear();
        QVERIFY(svc().startOnboarding(m_admin, r, m_return).ok());
        const QString account = svc().rooftop(rooftop->id)->accountId;
        QVERIFY(m_env->app().api().post(QStringLiteral("/v1/test_helpers/accounts/%1/complete_onboarding").arg(account), {}, {}).ok());

        api::PayoutSchedule weekly;
        weekly.interval = QStringLiteral("weekly");
        weekly.weeklyAnchor = QStringLiteral("friday");
        weekly.delayDays = 3;
        auto bad = svc().updatePayoutSettings(m_admin, rooftop->id, weekly, QStringLiteral("NO*STARS"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("statement_descriptor"));
        QCOMPARE(svc().updatePayoutSettings(userWithRole(Role::Manager, true), rooftop->id, weekly,
                                            QStringLiteral("MAIN ST MOTORS")).error().code, Error::Code::Permission);
        auto good = svc().updatePayoutSettings(m_admin, rooftop->id, weekly, QStringLiteral("Main St Motors"));
        QVERIFY2(good.ok(), good.ok() ? "" : qPrintable(good.error().message));
        QCOMPARE(good->payoutSchedule.interval, QStringLiteral("weekly"));
        QCOMPARE(good->payoutSchedule.weeklyAnchor, QStringLiteral("friday"));
        QCOMPARE(good->payoutSchedule.delayDays, 3);
        QCOMPARE(good->statementDescriptor, QStringLiteral("Main St Motors"));
        const auto remote = m_env->app().api().get(QStringLiteral("/v1/accounts/") + account);
        const auto schedule = api::Account::fromJson(remote.json).payoutSchedule;
        QCOMPARE(schedule.interval, QStringLiteral("weekly"));
        QCOMPARE(ConnectionService::descriptorPreview(QStringLiteral("Main St Motörs")), QStringLiteral("MAIN ST MOTRS"));
    }

    void canadaWhenAllowed()
    {
        QVERIFY(svc().setAllowedCountries(m_admin, {QStringLiteral("US"), QStringLiteral("CA")}).ok());
        QCOMPARE(svc().allowedCountries(), (QStringList{QStringLiteral("US"), QStringLiteral("CA")}));
        auto rooftop = svc().addRooftop(m_admin, QStringLiteral("Laval Auto"));
        QVERIFY(m_env->app().users().reauthenticate(m_admin, QStringLiteral("correct horse 42")).ok());
        ConnectRequest r = goodRequest(rooftop->id);
        r.country = QStringLiteral("CA");
        r.taxId = QStringLiteral("1234567890"); // NEQ
        r.transitNumber = QStringLiteral("1100");
        r.institutionNumber = QStringLiteral("000");
        r.accountNumber = QStringLiteral("000123456789");
        auto bad = svc().startOnboarding(m_admin, r, m_return);
        QCOMPARE(bad.error().field, QStringLiteral("transit_number"));
        r.transitNumber = QStringLiteral("11000");
        auto ok = svc().startOnboarding(m_admin, r, m_return);
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
    }

    void accountingRequestListsWhatIsNeeded()
    {
        const QString body = ConnectionService::accountingRequestBody(QStringLiteral("Main Street Group"), QStringLiteral("Ann Admin"));
        for (const char* needle : {"EIN", "BN", "NEQ", "routing number", "transit number", "institution number", "Ann Admin"})
            QVERIFY2(body.contains(QLatin1String(needle)), needle);
    }
};

QTEST_GUILESS_MAIN(TestConnections)
#include "test_connections.moc"
