// Invitations (MNG-1, MNG-2): validation, a real text through the sandbox's SMS gateway and a real MIME e-mail
// through SMTP on loopback, single use, expiry, resend and revoke.
#include "stafffixture.h"

#include "auth/invitecode.h"
#include "context/appcontext.h"
#include "staff/staffservice.h"
#include "auth/userservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "foundation/settings.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace dp;

namespace {

const QString kMobile = QStringLiteral("+15145550123");

InviteRequest marco(const QList<qint64>& teams = {})
{
    return {QStringLiteral("Marco Alvarez"), QStringLiteral("Marco.Alvarez@MainStreet.test"),
            QStringLiteral("+1 514-555-0123"), Role::Manager, teams};
}

QStringList auditActions(AppContext& app)
{
    QStringList out;
    for (const auto& e : app.audit().latest(100))
        out.append(e.action);
    return out;
}

} // namespace

class TestStaffInvitations : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::StaffFixture> f;
    StaffService& staff() { return f->app().staff(); }

private slots:
    void init()
    {
        f = std::make_unique<test::StaffFixture>();
        QVERIFY2(f->ok(), qPrintable(f->error()));
        QVERIFY(f->admin().isValid());
    }
    void cleanup() { f.reset(); }

    void inviteValidates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<bool>("unknownTeam");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << " " << "a@mainstreet.test" << "+15145550123" << false << "name";
        QTest::newRow("bad e-mail") << "Ann" << "ann@" << "+15145550123" << false << "email";
        QTest::newRow("e-mail of a user") << "Ann" << "DANA@mainstreet.test" << "+15145550123" << false << "email";
        QTest::newRow("no area code") << "Ann" << "a@mainstreet.test" << "555 0123" << false << "mobile";
        QTest::newRow("letters in mobile") << "Ann" << "a@mainstreet.test" << "+1514555CALL" << false << "mobile";
        QTest::newRow("too short") << "Ann" << "a@mainstreet.test" << "+1514" << false << "mobile";
        QTest::newRow("unknown team") << "Ann" << "a@mainstreet.test" << "+15145550123" << true << "teams";
    }
    void inviteValidates()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, mobile);
        QFETCH(bool, unknownTeam);
        QFETCH(QString, field);
        const InviteRequest request{name, email, mobile, Role::Consultant,
                                    unknownTeam ? QList<qint64>{4242} : QList<qint64>{}};
        auto invited = staff().invite(f->admin(), request);
        QVERIFY(!invited.ok());
        QCOMPARE(invited.error().code, Error::Code::Validation);
        QCOMPARE(invited.error().field, field);
        QVERIFY(!invited.error().message.isEmpty());
        // Nothing stored, nothing sent.
        QVERIFY(staff().invitations(f->admin())->isEmpty());
        QVERIFY(f->smsTo(kMobile).isEmpty());
        QVERIFY(f->smtp().messages().isEmpty());
    }

    void secondPendingInvitationToTheSameAddressIsRefused()
    {
        QVERIFY(staff().invite(f->admin(), marco()).ok());
        auto again = staff().invite(f->admin(), marco());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().field, QStringLiteral("email"));
        QCOMPARE(staff().invitations(f->admin())->size(), 1);
    }

    void inviteSendsTextAndMimeMail()
    {
        auto team = staff().createTeam(f->admin(), QStringLiteral("Service cashiers"), true);
        QVERIFY(team.ok());
        const qint64 now = f->clock().nowSecs();
        auto invited = staff().invite(f->admin(), marco({team->id}));
        QVERIFY2(invited.ok(), qPrintable(invited.ok() ? QString() : invited.error().message));
        QVERIFY2(invited->textSent, qPrintable(invited->invitation.textError));
        QVERIFY2(invited->mailSent, qPrintable(invited->invitation.mailError));
        const Invitation& inv = invited->invitation;
        QCOMPARE(inv.state, InvitationState::Pending);
        QCOMPARE(inv.email, QStringLiteral("marco.alvarez@mainstreet.test"));
        QCOMPARE(inv.mobile, kMobile);
        QCOMPARE(inv.role, Role::Manager);
        QCOMPARE(inv.teamIds, QList<qint64>{team->id});
        QCOMPARE(inv.expiresAt, now + StaffService::kInvitationValidSecs);
        const QString code = invitecode::normalize(invited->code);
        QCOMPARE(code.size(), invitecode::kLength);

        // The text, as the sandbox's SMS gateway recorded it.
        const QList<test::SmsRecord> texts = f->smsTo(kMobile);
        QCOMPARE(texts.size(), 1);
        QCOMPARE(texts[0].from, QStringLiteral("+15005550006"));
        QVERIFY(texts[0].body.contains(QStringLiteral("dealerpay://register?code=")));
        QVERIFY(texts[0].body.contains(organizationName()));
        QCOMPARE(test::StaffFixture::codeIn(texts[0].body), code);

        // The e-mail, as the SMTP server received it.
        QVERIFY(f->smtp().waitFor(1));
        const QList<test::ReceivedMail> mails = f->smtp().messages();
        QCOMPARE(mails.size(), 1);
        const test::ReceivedMail& mail = mails[0];
        QCOMPARE(mail.envelopeTo, QStringList{QStringLiteral("marco.alvarez@mainstreet.test")});
        QCOMPARE(mail.subject, QStringLiteral("Main Street Motors invited you to DealerPay"));
        QVERIFY2(mail.from.contains(QStringLiteral("Main Street Motors via DealerPay")), qPrintable(mail.from));
        QVERIFY(mail.from.contains(QStringLiteral("<dealerpay@mainstreet.test>")));
        QVERIFY(mail.headers.contains("message-id"));
        QVERIFY(mail.headers.contains("date"));
        QCOMPARE(mail.headers.value("mime-version"), QByteArray("1.0"));
        QVERIFY(mail.contentType.startsWith("multipart/alternative;"));
        QCOMPARE(mail.partTypes.size(), 2);
        QVERIFY(mail.partTypes[0].startsWith("text/plain; charset=UTF-8"));
        QVERIFY(mail.partTypes[1].startsWith("text/html; charset=UTF-8"));
        for (const QString& part : {mail.text, mail.html}) {
            QVERIFY(part.contains(QStringLiteral("Marco Alvarez")));
            QVERIFY(part.contains(QStringLiteral("Dana Whitfield")));
            QVERIFY(part.contains(QStringLiteral("Manager")));
            QVERIFY(part.contains(QStringLiteral("Service cashiers")));
            QVERIFY(part.contains(invitecode::format(code)));
            QVERIFY(part.contains(QStringLiteral("I have an invitation code")));
            QCOMPARE(test::StaffFixture::codeIn(part), code);
        }
        QVERIFY(mail.html.contains(QStringLiteral("href=\"dealerpay://register?code=")));
        QVERIFY(mail.html.contains(QStringLiteral("<td style=\"background:#0d3c61")));
        QVERIFY(mail.html.contains(QStringLiteral(">Main Street Motors</td>")));

        // Only a hash of the code is stored.
        QSqlQuery q(f->app().database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM invitations")));
        QVERIFY(q.next());
        for (int i = 0; i < q.record().count(); ++i) {
            QVERIFY(!q.value(i).toString().contains(code));
            QVERIFY(!q.value(i).toString().contains(invitecode::format(code)));
        }
        QCOMPARE(q.value(QStringLiteral("token_hash")).toString(), invitecode::hash(code));
        QVERIFY(auditActions(f->app()).contains(QStringLiteral("invitation.created")));
    }

    void acceptCreatesTheUserOnce()
    {
        auto team = staff().createTeam(f->admin(), QStringLiteral("Service cashiers"), true);
        auto invited = staff().invite(f->admin(), marco({team->id}));
        QVERIFY(invited.ok());
        const QString code = test::StaffFixture::codeIn(f->smsTo(kMobile).value(0).body);
        QVERIFY(!code.isEmpty());

        auto preview = staff().lookup(code.toLower());
        QVERIFY(preview.ok());
        QCOMPARE(preview->organization, organizationName());
        QCOMPARE(preview->name, QStringLiteral("Marco Alvarez"));
        QCOMPARE(preview->role, Role::Manager);
        QCOMPARE(preview->invitedBy, QStringLiteral("Dana Whitfield"));

        auto weak = staff().accept(code, QStringLiteral("short"));
        QVERIFY(!weak.ok());
        QCOMPARE(weak.error().field, QStringLiteral("password"));

        auto accepted = staff().accept(invitecode::format(code), QStringLiteral("marco password 1"));
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
        QCOMPARE(accepted->role, Role::Manager);
        QVERIFY(accepted->inPaymentTeam);
        QCOMPARE(accepted->email, QStringLiteral("marco.alvarez@mainstreet.test"));
        QCOMPARE(staff().invitations(f->admin())->value(0).state, InvitationState::Accepted);

        auto again = staff().accept(code, QStringLiteral("another password 2"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().field, QStringLiteral("code"));
        QVERIFY(again.error().message.contains(QStringLiteral("already been used")));
        QVERIFY(!staff().lookup(code).ok());

        auto login =
            f->app().users().login(QStringLiteral("marco.alvarez@mainstreet.test"), QStringLiteral("marco password 1"));
        QVERIFY(login.ok());
        QCOMPARE(login->userId, accepted->userId);
        QVERIFY(!f->app()
                     .users()
                     .login(QStringLiteral("marco.alvarez@mainstreet.test"), QStringLiteral("another password 2"))
                     .ok());
        QVERIFY(auditActions(f->app()).contains(QStringLiteral("invitation.accepted")));
        QVERIFY(f->app().audit().verify().ok);
    }

    void unknownCodeIsRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("not a code") << "hello";
        QTest::newRow("well-formed, never issued") << "7K3M-Q9XD-2HPA-0RWN-5EVB-TC1Y";
        QTest::newRow("empty") << "";
    }
    void unknownCodeIsRefused()
    {
        QFETCH(QString, code);
        QVERIFY(staff().invite(f->admin(), marco()).ok());
        auto accepted = staff().accept(code, QStringLiteral("marco password 1"));
        QVERIFY(!accepted.ok());
        QCOMPARE(accepted.error().code, Error::Code::Validation);
        QCOMPARE(accepted.error().field, QStringLiteral("code"));
        QCOMPARE(f->app().users().users().size(), 1);
    }

    void expiresAfterSevenDaysAndResendIssuesANewCode()
    {
        QVERIFY(staff().invite(f->admin(), marco()).ok());
        const QString first = test::StaffFixture::codeIn(f->smsTo(kMobile).value(0).body);
        f->clock().advance(StaffService::kInvitationValidSecs - 60);
        QVERIFY(staff().lookup(first).ok());
        f->clock().advance(120);
        QCOMPARE(staff().invitations(f->admin())->value(0).state, InvitationState::Expired);
        auto late = staff().accept(first, QStringLiteral("marco password 1"));
        QVERIFY(!late.ok());
        QVERIFY(late.error().message.contains(QStringLiteral("expired")));

        const qint64 id = staff().invitations(f->admin())->value(0).id;
        auto resent = staff().resend(f->admin(), id);
        QVERIFY(resent.ok());
        QCOMPARE(resent->invitation.state, InvitationState::Pending);
        QCOMPARE(resent->invitation.expiresAt, f->clock().nowSecs() + StaffService::kInvitationValidSecs);
        const QList<test::SmsRecord> texts = f->smsTo(kMobile);
        QCOMPARE(texts.size(), 2);
        QVERIFY(f->smtp().waitFor(2));
        QString second;
        for (const test::SmsRecord& t : texts) {
            const QString c = test::StaffFixture::codeIn(t.body);
            if (c != first)
                second = c;
        }
        QVERIFY(!second.isEmpty());
        QCOMPARE(second, invitecode::normalize(resent->code));
        QCOMPARE(test::StaffFixture::codeIn(f->smtp().messages().last().text), second);
        QVERIFY(!staff().accept(first, QStringLiteral("marco password 1")).ok()); // the old code no longer works
        QVERIFY(staff().accept(second, QStringLiteral("marco password 1")).ok());
        QVERIFY(auditActions(f->app()).contains(QStringLiteral("invitation.resent")));
    }

    void revokedInvitationCannotBeUsedOrResent()
    {
        QVERIFY(staff().invite(f->admin(), marco()).ok());
        const QString code = test::StaffFixture::codeIn(f->smsTo(kMobile).value(0).body);
        const qint64 id = staff().invitations(f->admin())->value(0).id;
        QVERIFY(staff().revoke(f->admin(), id).ok());
        QCOMPARE(staff().invitations(f->admin())->value(0).state, InvitationState::Revoked);
        auto accepted = staff().accept(code, QStringLiteral("marco password 1"));
        QVERIFY(!accepted.ok());
        QVERIFY(accepted.error().message.contains(QStringLiteral("withdrawn")));
        QCOMPARE(staff().resend(f->admin(), id).error().code, Error::Code::Conflict);
        QCOMPARE(f->smsTo(kMobile).size(), 1);
        QVERIFY(auditActions(f->app()).contains(QStringLiteral("invitation.revoked")));
        // A new invitation to the same address is possible once the old one is revoked.
        QVERIFY(staff().invite(f->admin(), marco()).ok());
    }

    void acceptedInvitationCannotBeRevoked()
    {
        auto invited = staff().invite(f->admin(), marco());
        QVERIFY(staff().accept(invited->code, QStringLiteral("marco password 1")).ok());
        QCOMPARE(staff().revoke(f->admin(), invited->invitation.id).error().code, Error::Code::Conflict);
        QCOMPARE(staff().resend(f->admin(), invited->invitation.id).error().code, Error::Code::Conflict);
    }

    void failedChannelIsReportedAndTheCodeStillWorks()
    {
        // No mail server: the text goes out, the e-mail's failure is kept with the invitation.
        f->app().settings().setValue(Settings::Key::SmtpHost, QString());
        f->app().configureMessaging();
        auto invited = staff().invite(f->admin(), marco());
        QVERIFY(invited.ok());
        QVERIFY(invited->textSent);
        QVERIFY(!invited->mailSent);
        QVERIFY(!invited->invitation.mailError.isEmpty());
        QVERIFY(invited->invitation.textError.isEmpty());
        QCOMPARE(staff().invitations(f->admin())->value(0).mailError, invited->invitation.mailError);
        QVERIFY(staff().accept(invited->code, QStringLiteral("marco password 1")).ok());
    }

private:
    static QString organizationName() { return test::StaffFixture::organization(); }
};

QTEST_GUILESS_MAIN(TestStaffInvitations)
#include "test_staff_invitations.moc"
