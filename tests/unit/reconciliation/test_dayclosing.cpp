// PAY-8 / REL-4: a closed day is read-only; only an Admin reopens it, with a reason; both are audited; a change
// made with a stale version of the day is refused with a clear message.
#include "reconfixture.h"

#include "storage/auditlog.h"

#include <QtTest>

using namespace dp;
using namespace dp::recon;

namespace {

const QDate kDay(2026, 11, 30);
const QString kZone = QStringLiteral("America/Toronto");

DmsImportRequest dmsFile(const QByteArray& content, qint64 rooftopId)
{
    DmsImportRequest r;
    r.content = content;
    r.rooftopId = rooftopId;
    r.timeZone = kZone;
    return r;
}

} // namespace

class TestDayClosing : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ReconFixture> f;
    DayKey m_day;

private slots:
    void init()
    {
        f = std::make_unique<test::ReconFixture>();
        QVERIFY2(f->ok(), qPrintable(f->error()));
        m_day = {kDay, f->rooftopId, kZone};
        QVERIFY(f->addCharge(QStringLiteral("ch_1"), 10000, QStringLiteral("RO-1"),
                             test::ReconFixture::at(kDay, QTime(9, 0), kZone)));
        QVERIFY(f->addCharge(QStringLiteral("ch_2"), 5000, QStringLiteral("RO-2"),
                             test::ReconFixture::at(kDay, QTime(10, 0), kZone)));
        QVERIFY(f->service().importDms(f->manager, dmsFile("Date,RO,Amount\n2026-11-30,RO-1,100.00\n"
                                                           "2026-11-30,RO-X,50.00\n", f->rooftopId)).ok());
        QVERIFY(f->service().reconcile(f->manager, m_day).ok());
    }
    void cleanup() { f.reset(); }

    void closedDayIsReadOnly()
    {
        const auto before = f->service().dayState(f->manager, m_day);
        QVERIFY(before.ok());
        QVERIFY(!before.value().closed);
        const auto closed = f->service().closeDay(f->manager, m_day, before.value().rowVersion);
        QVERIFY2(closed.ok(), qPrintable(closed.ok() ? QString() : closed.error().message));
        QVERIFY(closed.value().closed);
        QCOMPARE(closed.value().closedBy, f->manager.userId);
        QCOMPARE(closed.value().closedByName, f->manager.name);
        QCOMPARE(closed.value().rowVersion, before.value().rowVersion + 1);

        const qint64 version = closed.value().rowVersion;
        // Imports that touch the day, matches and unmatches: refused in core.
        const auto imported = f->service().importDms(f->manager, dmsFile("Date,RO,Amount\n2026-11-30,RO-9,1.00\n",
                                                                         f->rooftopId));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, Error::Code::Validation);
        QCOMPARE(imported.error().field, QStringLiteral("day"));
        BankImportRequest bank;
        bank.content = "Date,Amount\n2026-11-30,10.00\n";
        bank.rooftopId = f->rooftopId;
        QVERIFY(!f->service().importBank(f->manager, bank).ok());
        const auto report = f->service().report(f->manager, m_day);
        QVERIFY(report.ok());
        const qint64 line = report.value().unmatchedDmsLineIds.first();
        const auto manual = f->service().matchManually(
            f->manager, {m_day, {{line}, {QStringLiteral("ch_2")}, {}, {}, {}}, QStringLiteral("typo"), version});
        QVERIFY(!manual.ok());
        QCOMPARE(manual.error().field, QStringLiteral("day"));
        const qint64 matchId = report.value().matches.first().id;
        QVERIFY(!f->service().unmatch(f->manager, m_day, matchId, QStringLiteral("no"), version).ok());
        // Reconciling a closed day shows it as it was closed and matches nothing new.
        const auto again = f->service().reconcile(f->manager, m_day);
        QVERIFY(again.ok());
        QVERIFY(again.value().state.closed);
        QCOMPARE(again.value().matches.size(), report.value().matches.size());
        QCOMPARE(again.value().state.rowVersion, version);
        // A day of another date is not affected.
        QVERIFY(f->service().importDms(f->manager, dmsFile("Date,RO,Amount\n2026-12-01,RO-9,1.00\n", f->rooftopId))
                    .value().linesAdded == 1);
    }

    void closingAllRooftopsClosesEachRooftop()
    {
        const DayKey all{kDay, 0, kZone};
        QVERIFY(f->service().closeDay(f->admin, all, 0).ok());
        const auto rooftopDay = f->service().dayState(f->manager, m_day);
        QVERIFY(rooftopDay.ok());
        QVERIFY(rooftopDay.value().closed);
        QVERIFY(!f->service().importDms(f->manager, dmsFile("Date,RO,Amount\n2026-11-30,RO-9,1.00\n",
                                                            f->secondRooftopId)).ok());
    }

    void onlyAnAdminReopensWithAReason()
    {
        const auto closed = f->service().closeDay(f->manager, m_day, f->service().dayState(f->manager, m_day).value().rowVersion);
        QVERIFY(closed.ok());
        const qint64 version = closed.value().rowVersion;
        for (const Session& who : {f->manager, f->managerOutsideTeams, f->consultant}) {
            const auto refused = f->service().reopenDay(who, m_day, QStringLiteral("a late payment"), version);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, Error::Code::Permission);
        }
        const auto noReason = f->service().reopenDay(f->admin, m_day, QStringLiteral("  "), version);
        QVERIFY(!noReason.ok());
        QCOMPARE(noReason.error().field, QStringLiteral("reason"));
        const auto reopened = f->service().reopenDay(f->admin, m_day, QStringLiteral("A late card payment"), version);
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
        QVERIFY(!reopened.value().closed);
        QCOMPARE(reopened.value().reopenedBy, f->admin.userId);
        QCOMPARE(reopened.value().reopenReason, QStringLiteral("A late card payment"));
        // Open again: changes are accepted.
        QVERIFY(f->service().importDms(f->manager, dmsFile("Date,RO,Amount\n2026-11-30,RO-9,1.00\n", f->rooftopId)).ok());
    }

    void lowerRolesCannotReconcile()
    {
        for (const Session& who : {f->managerOutsideTeams, f->consultant}) {
            QCOMPARE(f->service().closeDay(who, m_day, 0).error().code, Error::Code::Permission);
            QCOMPARE(f->service().report(who, m_day).error().code, Error::Code::Permission);
            QCOMPARE(f->service().dayState(who, m_day).error().code, Error::Code::Permission);
        }
        QVERIFY(roleAllows(Role::Admin, Permission::Reconcile, false));
        QVERIFY(roleAllows(Role::Manager, Permission::Reconcile, true));
        QVERIFY(!roleAllows(Role::Manager, Permission::Reconcile, false));
        QVERIFY(!roleAllows(Role::Consultant, Permission::Reconcile, true));
        QVERIFY(roleAllows(Role::Admin, Permission::ReopenDay, false));
        QVERIFY(!roleAllows(Role::Manager, Permission::ReopenDay, true));
    }

    void staleVersionIsRefusedWithTheCurrentState()
    {
        // Two workstations: two connections to the same store, each with its own service.
        store::Database::Options options;
        options.path = f->storePath();
        store::Database other(options);
        QVERIFY(other.open().ok());
        store::AuditLog otherAudit(other);
        Authorizer otherAuth(other);
        ReconciliationService second(other, otherAudit, otherAuth, f->clock());

        const qint64 seen = f->service().dayState(f->manager, m_day).value().rowVersion;
        const auto report = second.report(f->admin, m_day);
        QVERIFY(report.ok());
        QCOMPARE(report.value().state.rowVersion, seen);
        // The second workstation matches first...
        const auto matched = second.matchManually(
            f->admin, {m_day, {{report.value().unmatchedDmsLineIds.first()}, {QStringLiteral("ch_2")}, {}, {}, {}},
                       QStringLiteral("RO typo"), seen});
        QVERIFY2(matched.ok(), qPrintable(matched.ok() ? QString() : matched.error().message));
        // ... so closing with what the first one saw is refused, with words that say what happened.
        const auto stale = f->service().closeDay(f->manager, m_day, seen);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, Error::Code::Conflict);
        QCOMPARE(stale.error().message, ReconciliationService::staleDayMessage());
        QVERIFY(stale.error().message.contains(QLatin1String("another workstation")));
        const auto fresh = f->service().dayState(f->manager, m_day);
        QCOMPARE(fresh.value().rowVersion, seen + 1);
        QVERIFY(f->service().closeDay(f->manager, m_day, fresh.value().rowVersion).ok());
        // An unmatch with a stale version is refused the same way.
        QCOMPARE(second.unmatch(f->admin, m_day, matched.value().id, QStringLiteral("x"), seen).error().code,
                 Error::Code::Validation); // the day is closed now: closed wins over stale
    }

    void closeAndReopenAreAudited()
    {
        const qint64 v = f->service().dayState(f->manager, m_day).value().rowVersion;
        const auto closed = f->service().closeDay(f->manager, m_day, v);
        QVERIFY(closed.ok());
        QVERIFY(f->service().reopenDay(f->admin, m_day, QStringLiteral("Bank deposit arrived late"),
                                       closed.value().rowVersion).ok());
        const QList<store::AuditLog::Entry> entries = f->audit().latest(10);
        QStringList actions;
        for (const auto& e : entries)
            actions.append(e.action);
        QVERIFY2(actions.contains(QStringLiteral("reconciliation.day_closed")), qPrintable(actions.join(',')));
        QVERIFY(actions.contains(QStringLiteral("reconciliation.day_reopened")));
        QVERIFY(actions.contains(QStringLiteral("reconciliation.auto_matched")));
        QVERIFY(actions.contains(QStringLiteral("reconciliation.dms_imported")));
        for (const auto& e : entries) {
            if (e.action == QLatin1String("reconciliation.day_reopened")) {
                QCOMPARE(e.userId, f->admin.userId);
                QCOMPARE(e.details.value(QLatin1String("reason")).toString(), QStringLiteral("Bank deposit arrived late"));
                QCOMPARE(e.details.value(QLatin1String("date")).toString(), QStringLiteral("2026-11-30"));
            }
            if (e.action == QLatin1String("reconciliation.day_closed"))
                QCOMPARE(e.userId, f->manager.userId);
        }
        QVERIFY(f->audit().verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestDayClosing)
#include "test_dayclosing.moc"
