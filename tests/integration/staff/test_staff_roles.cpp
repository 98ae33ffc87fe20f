// Roles, teams and users (MNG-3, MNG-4, MNG-5 recipients, SEC-1): every StaffService call is refused below Admin,
// team membership decides the Payments tab, deactivation ends a session at its next action, and every change is
// in the audit log.
#include "stafffixture.h"

#include "auth/authorizer.h"
#include "context/appcontext.h"
#include "staff/staffservice.h"
#include "auth/userservice.h"
#include "storage/auditlog.h"

#include <QTest>

#include <functional>

using namespace dp;

namespace {

QStringList auditActions(AppContext& app)
{
    QStringList out;
    for (const auto& e : app.audit().latest(200))
        out.append(e.action);
    return out;
}

// The tabs the user would get if they signed in now (roles and teams read again from the store).
TabVisibility tabsNow(AppContext& app, Session session)
{
    if (!app.authorizer().refresh(session))
        return {};
    return tabsFor(session.role, session.inPaymentTeam);
}

using Call = std::function<std::optional<Error>(StaffService&, const Session&, qint64 userId, qint64 teamId,
                                                qint64 invitationId)>;

template <class R>
std::optional<Error> errorOf(const R& result)
{
    return result.ok() ? std::nullopt : std::optional<Error>(result.error());
}

} // namespace

Q_DECLARE_METATYPE(Call)

class TestStaffRoles : public QObject
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

    // SEC-1: a Manager (even in a payment-taking team), a Consultant and a deactivated Admin are refused every
    // restricted staff call, and nothing changes.
    void restrictedCallsAreRefusedBelowAdmin_data()
    {
        QTest::addColumn<Call>("call");
        const InviteRequest request{QStringLiteral("Eve"), QStringLiteral("eve@mainstreet.test"),
                                    QStringLiteral("+15145550999"), Role::Admin, {}};
        QTest::newRow("invite") << Call([request](StaffService& s, const Session& w, qint64, qint64, qint64) {
            return errorOf(s.invite(w, request));
        });
        QTest::newRow("invitations") << Call([](StaffService& s, const Session& w, qint64, qint64, qint64) {
            return errorOf(s.invitations(w));
        });
        QTest::newRow("resend") << Call([](StaffService& s, const Session& w, qint64, qint64, qint64 i) {
            return errorOf(s.resend(w, i));
        });
        QTest::newRow("revoke") << Call([](StaffService& s, const Session& w, qint64, qint64, qint64 i) {
            return errorOf(s.revoke(w, i));
        });
        QTest::newRow("staff") << Call([](StaffService& s, const Session& w, qint64, qint64, qint64) {
            return errorOf(s.staff(w));
        });
        QTest::newRow("change role") << Call([](StaffService& s, const Session& w, qint64 u, qint64, qint64) {
            return errorOf(s.changeRole(w, u, Role::Admin));
        });
        QTest::newRow("deactivate") << Call([](StaffService& s, const Session& w, qint64 u, qint64, qint64) {
            return errorOf(s.setActive(w, u, false));
        });
        QTest::newRow("teams") << Call([](StaffService& s, const Session& w, qint64, qint64, qint64) {
            return errorOf(s.teams(w));
        });
        QTest::newRow("create team") << Call([](StaffService& s, const Session& w, qint64, qint64, qint64) {
            return errorOf(s.createTeam(w, QStringLiteral("Shadow team"), true));
        });
        QTest::newRow("rename team") << Call([](StaffService& s, const Session& w, qint64, qint64 t, qint64) {
            return errorOf(s.renameTeam(w, t, QStringLiteral("Renamed")));
        });
        QTest::newRow("takes payments") << Call([](StaffService& s, const Session& w, qint64, qint64 t, qint64) {
            return errorOf(s.setTakesPayments(w, t, false));
        });
        QTest::newRow("add member") << Call([](StaffService& s, const Session& w, qint64 u, qint64 t, qint64) {
            return errorOf(s.addMember(w, t, u));
        });
        QTest::newRow("remove member") << Call([](StaffService& s, const Session& w, qint64 u, qint64 t, qint64) {
            return errorOf(s.removeMember(w, t, u));
        });
        QTest::newRow("payout recipients") << Call([](StaffService& s, const Session& w, qint64, qint64, qint64) {
            return errorOf(s.payoutRecipients(w));
        });
        QTest::newRow("set payout recipients") << Call([](StaffService& s, const Session& w, qint64 u, qint64, qint64) {
            return errorOf(s.setPayoutRecipients(w, {u}));
        });
    }
    void restrictedCallsAreRefusedBelowAdmin()
    {
        QFETCH(Call, call);
        auto team = staff().createTeam(f->admin(), QStringLiteral("Service cashiers"), true);
        QVERIFY(team.ok());
        const Session manager = f->join(QStringLiteral("Marco"), Role::Manager, {team->id});
        const Session consultant = f->join(QStringLiteral("Chloe"), Role::Consultant, {team->id});
        const Session formerAdmin = f->join(QStringLiteral("Frank"), Role::Admin);
        QVERIFY(manager.isValid() && consultant.isValid() && formerAdmin.isValid());
        QVERIFY(manager.inPaymentTeam);
        QVERIFY(staff().setActive(f->admin(), formerAdmin.userId, false).ok());
        auto pending = staff().invite(f->admin(), {QStringLiteral("Pat"), QStringLiteral("pat@mainstreet.test"),
                                                   QStringLiteral("+15145550777"), Role::Consultant, {}});
        QVERIFY(pending.ok());
        const int auditRows = f->app().audit().latest(1000).size();

        const struct { const char* who; Session session; Error::Code expected; } cases[] = {
            {"manager", manager, Error::Code::Permission},
            {"consultant", consultant, Error::Code::Permission},
            {"deactivated admin", formerAdmin, Error::Code::Auth},
        };
        for (const auto& c : cases) {
            const auto error = call(staff(), c.session, consultant.userId, team->id, pending->invitation.id);
            QVERIFY2(error.has_value(), c.who);
            QVERIFY2(error->code == c.expected, c.who);
            QVERIFY2(!error->message.isEmpty(), c.who);
        }
        // The same call works for the Admin; the refused ones changed nothing.
        QCOMPARE(f->app().audit().latest(1000).size(), auditRows);
        QCOMPARE(staff().invitations(f->admin())->size(), 4);
        QCOMPARE(staff().teams(f->admin())->size(), 1);
        QCOMPARE(staff().teams(f->admin())->value(0).name, QStringLiteral("Service cashiers"));
        QVERIFY(!call(staff(), f->admin(), consultant.userId, team->id, pending->invitation.id).has_value());
    }

    void paymentsTabFollowsPaymentTeams()
    {
        const Session manager = f->join(QStringLiteral("Marco"), Role::Manager);
        QVERIFY(manager.isValid());
        TabVisibility tabs = tabsNow(f->app(), manager);
        QVERIFY(!tabs.payments && !tabs.manage && !tabs.admin);

        auto team = staff().createTeam(f->admin(), QStringLiteral("Accounting"), false);
        QVERIFY(team.ok());
        QVERIFY(staff().addMember(f->admin(), team->id, manager.userId).ok());
        QVERIFY(!tabsNow(f->app(), manager).payments); // a team, but not one that takes payments
        QVERIFY(staff().setTakesPayments(f->admin(), team->id, true).ok());
        QVERIFY(tabsNow(f->app(), manager).payments);
        QVERIFY(!tabsNow(f->app(), manager).paymentsOwnRequestsOnly);
        QVERIFY(staff().renameTeam(f->admin(), team->id, QStringLiteral("Accounting office")).ok());
        QCOMPARE(staff().teams(f->admin())->value(0).name, QStringLiteral("Accounting office"));
        QCOMPARE(staff().teams(f->admin())->value(0).memberIds, QList<qint64>{manager.userId});
        QVERIFY(staff().removeMember(f->admin(), team->id, manager.userId).ok());
        QVERIFY(!tabsNow(f->app(), manager).payments);

        // A Consultant sees their own requests only and never Manage, in a team or not.
        const Session consultant = f->join(QStringLiteral("Chloe"), Role::Consultant, {team->id});
        tabs = tabsNow(f->app(), consultant);
        QVERIFY(tabs.payments && tabs.paymentsOwnRequestsOnly && !tabs.manage && !tabs.admin);

        const QStringList actions = auditActions(f->app());
        for (const char* a : {"team.created", "team.member_added", "team.takes_payments_changed", "team.renamed",
                              "team.member_removed"})
            QVERIFY2(actions.contains(QLatin1String(a)), a);
        QVERIFY(f->app().audit().verify().ok);
    }

    void teamNameValidates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << "  ";
        QTest::newRow("too long") << QString(61, QLatin1Char('x'));
        QTest::newRow("duplicate, other case") << "service CASHIERS";
    }
    void teamNameValidates()
    {
        QFETCH(QString, name);
        auto first = staff().createTeam(f->admin(), QStringLiteral("Service cashiers"), true);
        QVERIFY(first.ok());
        auto other = staff().createTeam(f->admin(), QStringLiteral("Sales"), false);
        QVERIFY(other.ok());
        auto created = staff().createTeam(f->admin(), name, false);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().field, QStringLiteral("team_name"));
        auto renamed = staff().renameTeam(f->admin(), other->id, name);
        QVERIFY(!renamed.ok());
        QCOMPARE(renamed.error().field, QStringLiteral("team_name"));
        QCOMPARE(staff().teams(f->admin())->size(), 2);
    }

    void deactivatedUserIsSignedOutAtTheirNextAction()
    {
        const Session otherAdmin = f->join(QStringLiteral("Sam"), Role::Admin);
        QVERIFY(staff().staff(otherAdmin).ok());
        QVERIFY(staff().setActive(f->admin(), otherAdmin.userId, false).ok());
        auto refused = staff().staff(otherAdmin); // the open session
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Auth);
        QVERIFY(!f->app().users().login(otherAdmin.email, test::StaffFixture::password()).ok());
        QVERIFY(!f->app().users().stillActive(otherAdmin));
        QVERIFY(staff().setActive(f->admin(), otherAdmin.userId, true).ok());
        QVERIFY(f->app().users().login(otherAdmin.email, test::StaffFixture::password()).ok());
        const QStringList actions = auditActions(f->app());
        QVERIFY(actions.contains(QStringLiteral("user.deactivated")));
        QVERIFY(actions.contains(QStringLiteral("user.reactivated")));
    }

    void adminCannotDeactivateOrDemoteThemselves()
    {
        auto self = staff().setActive(f->admin(), f->admin().userId, false);
        QVERIFY(!self.ok());
        QCOMPARE(self.error().field, QStringLiteral("active"));
        auto demote = staff().changeRole(f->admin(), f->admin().userId, Role::Manager);
        QVERIFY(!demote.ok());
        QCOMPARE(demote.error().field, QStringLiteral("role"));
        QCOMPARE(f->app().users().users().value(0).role, Role::Admin);
        QVERIFY(f->app().users().users().value(0).active);
    }

    void roleChangeTakesEffectAndIsAudited()
    {
        const Session chloe = f->join(QStringLiteral("Chloe"), Role::Consultant);
        QVERIFY(staff().changeRole(f->admin(), chloe.userId, Role::Admin).ok());
        QVERIFY(staff().staff(chloe).ok()); // her open session now has Admin rights
        QVERIFY(staff().changeRole(f->admin(), chloe.userId, Role::Manager).ok());
        QCOMPARE(staff().staff(chloe).error().code, Error::Code::Permission);
        const auto entries = f->app().audit().latest(200);
        int changes = 0;
        for (const auto& e : entries) {
            if (e.action == QLatin1String("user.role_changed")) {
                ++changes;
                QCOMPARE(e.userId, f->admin().userId);
                QCOMPARE(e.details.value(QLatin1String("user_id")).toInteger(), chloe.userId);
            }
        }
        QCOMPARE(changes, 2);
        QVERIFY(f->app().audit().verify().ok);
    }

    void passwordChange_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("field");
        QTest::newRow("wrong current") << "wrong password 1" << "brand new pass 7" << "current_password";
        QTest::newRow("weak new") << test::StaffFixture::password() << "short1" << "new_password";
        QTest::newRow("same as before") << test::StaffFixture::password() << test::StaffFixture::password()
                                        << "new_password";
        QTest::newRow("ok") << test::StaffFixture::password() << "brand new pass 7" << "";
    }
    void passwordChange()
    {
        QFETCH(QString, current);
        QFETCH(QString, next);
        QFETCH(QString, field);
        const Session chloe = f->join(QStringLiteral("Chloe"), Role::Consultant);
        auto changed = staff().changePassword(chloe, current, next);
        QCOMPARE(changed.ok(), field.isEmpty());
        if (!changed.ok())
            QCOMPARE(changed.error().field, field);
        const QString works = field.isEmpty() ? next : test::StaffFixture::password();
        QVERIFY(f->app().users().login(chloe.email, works).ok());
        QCOMPARE(auditActions(f->app()).contains(QStringLiteral("user.password_changed")), field.isEmpty());
    }

    void payoutRecipientsAreActiveStaff()
    {
        const Session marco = f->join(QStringLiteral("Marco"), Role::Manager);
        const Session chloe = f->join(QStringLiteral("Chloe"), Role::Consultant);
        QVERIFY(staff().payoutRecipients(f->admin())->isEmpty());
        QVERIFY(staff().setPayoutRecipients(f->admin(), {marco.userId, f->admin().userId}).ok());
        QCOMPARE(staff().payoutRecipients(f->admin()).value(), (QList<qint64>{f->admin().userId, marco.userId}));
        QVERIFY(staff().setActive(f->admin(), chloe.userId, false).ok());
        auto refused = staff().setPayoutRecipients(f->admin(), {chloe.userId});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("recipients"));
        QCOMPARE(staff().payoutRecipients(f->admin())->size(), 2);
        QVERIFY(staff().setPayoutRecipients(f->admin(), {marco.userId}).ok());
        QCOMPARE(staff().payoutRecipients(f->admin()).value(), QList<qint64>{marco.userId});
        QVERIFY(auditActions(f->app()).contains(QStringLiteral("payout_recipients.changed")));
    }
};

QTEST_GUILESS_MAIN(TestStaffRoles)
#include "test_staff_roles.moc"
