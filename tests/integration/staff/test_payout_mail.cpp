// MNG-5 / PAY-7 mail: when payouts of a connected rooftop are paid (payout.paid), the chosen recipients get one
// e-mail per payout with its amount, arrival date and number of payments — once, even when the notifier runs twice,
// after a restart, or after a failed send.
#include "stafffixture.h"

#include "api/apiclient.h"
#include "context/appcontext.h"
#include "onboarding/connectionservice.h"
#include "payments/payoutnotifier.h"
#include "staff/staffservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "foundation/money.h"
#include "foundation/settings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>
#include <QTest>

using namespace dp;

namespace {

constexpr qint64 kDay = 86400;
const QString kRooftop = QStringLiteral("Main Street Honda");

struct PaidPayout
{
    QString id;
    qint64 amount = 0;
    qint64 arrival = 0;
    int payments = 0;
};

} // namespace

class TestPayoutMail : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::StaffFixture> f;
    QString m_account;
    Session m_manager, m_consultant;

    api::ApiClient& api() { return f->app().api(); }

    // A connected, onboarded rooftop with `charges` card payments, then the sandbox's clock moved on so that their
    // automatic payouts are created and paid.
    void connectedRooftopWithPaidPayouts(int charges)
    {
        const api::ApiResult account = api().post(
            QStringLiteral("/v1/accounts"),
            {{QStringLiteral("type"), QStringLiteral("express")}, {QStringLiteral("country"), QStringLiteral("US")},
             {QStringLiteral("email"), QStringLiteral("honda@mainstreet.test")}},
            api::ApiClient::newIdempotencyKey());
        QVERIFY2(account.ok(), qPrintable(account.error.message));
        m_account = account.json.value(QLatin1String("id")).toString();
        QVERIFY(api().post(QStringLiteral("/v1/test_helpers/accounts/%1/complete_onboarding").arg(m_account), {},
                           api::ApiClient::newIdempotencyKey()).ok());
        QVERIFY(f->app().connections().adoptAccount(f->admin(), kRooftop, m_account).ok());
        for (int i = 0; i < charges; ++i) {
            const api::ApiResult charge = api().post(
                QStringLiteral("/v1/charges"),
                {{QStringLiteral("amount"), 10000 + 2500 * i}, {QStringLiteral("currency"), QStringLiteral("usd")},
                 {QStringLiteral("source"), QStringLiteral("tok_visa")}},
                api::ApiClient::newIdempotencyKey(), m_account);
            QVERIFY2(charge.ok(), qPrintable(charge.error.message));
        }
        QVERIFY(api().post(QStringLiteral("/v1/test_helpers/sandbox_clock"), {{QStringLiteral("advance_by"), 6 * kDay}},
                           api::ApiClient::newIdempotencyKey()).ok());
    }

    QList<PaidPayout> paidPayouts()
    {
        QList<PaidPayout> out;
        api().forEachPage(QStringLiteral("/v1/payouts"), {{QStringLiteral("status"), QStringLiteral("paid")}},
                          m_account, [&](const QJsonArray& data) {
                              for (const QJsonValue& v : data) {
                                  const QJsonObject o = v.toObject();
                                  out.append({o.value(QLatin1String("id")).toString(),
                                               qint64(o.value(QLatin1String("amount")).toDouble()),
                                               qint64(o.value(QLatin1String("arrival_date")).toDouble()), 0});
                              }
                              return true;
                          });
        for (PaidPayout& p : out) {
            api().forEachPage(QStringLiteral("/v1/balance_transactions"), {{QStringLiteral("payout"), p.id}}, m_account,
                              [&](const QJsonArray& data) {
                                  for (const QJsonValue& v : data)
                                      p.payments += v.toObject().value(QLatin1String("type")).toString() ==
                                                    QLatin1String("charge");
                                  return true;
                              });
        }
        return out;
    }

    PayoutNotifier::Summary run()
    {
        auto ran = f->app().payoutNotifier().run();
        if (!ran.ok())
            qWarning("notifier: %s", qPrintable(ran.error().message));
        return ran.ok() ? ran.value() : PayoutNotifier::Summary{-1, -1, -1, ran.error().message};
    }

private slots:
    void init()
    {
        f = std::make_unique<test::StaffFixture>();
        QVERIFY2(f->ok(), qPrintable(f->error()));
        QVERIFY(f->admin().isValid());
        m_manager = f->join(QStringLiteral("Marco Alvarez"), Role::Manager);
        m_consultant = f->join(QStringLiteral("Chloe Tremblay"), Role::Consultant);
        QVERIFY(m_manager.isValid() && m_consultant.isValid());
    }
    void cleanup() { f.reset(); }

    void paidPayoutIsMailedOnceEvenWhenRunTwiceOrAfterARestart()
    {
        QVERIFY(f->app().staff().setPayoutRecipients(f->admin(), {f->admin().userId, m_manager.userId}).ok());
        connectedRooftopWithPaidPayouts(3);
        const int invitationMails = int(f->smtp().messages().size());

        const PayoutNotifier::Summary first = run();
        const QList<PaidPayout> payouts = paidPayouts();
        QVERIFY(!payouts.isEmpty());
        int charged = 0;
        for (const PaidPayout& p : payouts)
            charged += p.payments;
        QCOMPARE(charged, 3);
        QCOMPARE(first.queued, int(payouts.size()));
        QCOMPARE(first.sent, int(payouts.size()));
        QCOMPARE(first.failed, 0);

        QVERIFY(f->smtp().waitFor(invitationMails + int(payouts.size())));
        const QList<test::ReceivedMail> mails = f->smtp().messages().mid(invitationMails);
        QCOMPARE(mails.size(), payouts.size());
        for (const PaidPayout& p : payouts) {
            const QString amount = formatMoney(p.amount, QStringLiteral("usd"));
            const QString arrival = QLocale().toString(QDateTime::fromSecsSinceEpoch(p.arrival, Qt::UTC).date(),
                                                       QLocale::LongFormat);
            int found = 0;
            for (const test::ReceivedMail& m : mails) {
                if (!m.text.contains(p.id))
                    continue;
                ++found;
                QCOMPARE(m.envelopeTo, (QStringList{QStringLiteral("dana@mainstreet.test"), m_manager.email}));
                QVERIFY2(m.subject.contains(amount), qPrintable(m.subject));
                QVERIFY(m.subject.contains(kRooftop));
                QVERIFY(m.from.contains(QStringLiteral("Main Street Motors via DealerPay")));
                QVERIFY(m.contentType.startsWith("multipart/alternative;"));
                for (const QString& part : {m.text, m.html}) {
                    QVERIFY(part.contains(amount));
                    QVERIFY2(part.contains(arrival), qPrintable(arrival));
                    QVERIFY(part.contains(p.id));
                }
                QVERIFY(m.text.contains(QStringLiteral("Payments in this payout: %1").arg(p.payments)));
                QVERIFY(m.html.contains(QStringLiteral(">%1</td>").arg(p.payments)));
            }
            QCOMPARE(found, 1);
        }

        // Again, then after a restart: nothing new.
        const PayoutNotifier::Summary second = run();
        QCOMPARE(second.queued, 0);
        QCOMPARE(second.sent, 0);
        QVERIFY(f->restartApp());
        const PayoutNotifier::Summary third = run();
        QCOMPARE(third.queued, 0);
        QCOMPARE(third.sent, 0);
        QCOMPARE(f->smtp().messages().size(), invitationMails + payouts.size());

        int audited = 0;
        for (const auto& e : f->app().audit().latest(100))
            audited += e.action == QLatin1String("payout.mail_sent");
        QCOMPARE(audited, int(payouts.size()));
        QVERIFY(f->app().audit().verify().ok);
    }

    void nobodyChosenMeansNoMail()
    {
        connectedRooftopWithPaidPayouts(1);
        const int before = int(f->smtp().messages().size());
        const PayoutNotifier::Summary ran = run();
        QCOMPARE(ran.queued, 0);
        QCOMPARE(ran.sent, 0);
        QCOMPARE(f->smtp().messages().size(), before);
    }

    void payoutsPaidBeforeRecipientsWereChosenAreNotAnnounced()
    {
        connectedRooftopWithPaidPayouts(1);
        const int before = int(f->smtp().messages().size());
        QVERIFY(!paidPayouts().isEmpty());
        // Chosen only now (the sandbox's clock is days ahead, so move the workstation's clock past those payouts).
        f->clock().advance(30 * kDay);
        QVERIFY(f->app().staff().setPayoutRecipients(f->admin(), {m_manager.userId}).ok());
        const PayoutNotifier::Summary ran = run();
        QCOMPARE(ran.sent, 0);
        QCOMPARE(f->smtp().messages().size(), before);
    }

    void failedSendIsRetriedAndThenSentOnce()
    {
        QVERIFY(f->app().staff().setPayoutRecipients(f->admin(), {m_manager.userId}).ok());
        connectedRooftopWithPaidPayouts(2);
        const int before = int(f->smtp().messages().size());
        const int smtpPort = f->app().settings().integer(Settings::Key::SmtpPort);
        f->app().settings().setValue(Settings::Key::SmtpPort, 1); // nothing listens there
        f->app().configureMessaging();
        const PayoutNotifier::Summary failed = run();
        QVERIFY(failed.queued > 0);
        QCOMPARE(failed.sent, 0);
        QCOMPARE(failed.failed, failed.queued);
        QVERIFY(!failed.lastError.isEmpty());
        QSqlQuery q(f->app().database().connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT COUNT(*) FROM payout_notifications WHERE state = 'pending' AND attempts = 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), failed.queued);

        f->app().settings().setValue(Settings::Key::SmtpPort, smtpPort);
        f->app().configureMessaging();
        QCOMPARE(run().sent, 0); // not before its retry time
        f->clock().advance(PayoutNotifier::kRetrySecs);
        const PayoutNotifier::Summary retried = run();
        QCOMPARE(retried.queued, 0);
        QCOMPARE(retried.sent, failed.queued);
        QCOMPARE(run().sent, 0);
        QCOMPARE(f->smtp().messages().size(), before + failed.queued);
        for (const test::ReceivedMail& m : f->smtp().messages().mid(before))
            QCOMPARE(m.envelopeTo, QStringList{m_manager.email});
    }

    void withoutMailServerTheEmailsWait()
    {
        QVERIFY(f->app().staff().setPayoutRecipients(f->admin(), {m_manager.userId}).ok());
        connectedRooftopWithPaidPayouts(1);
        const int before = int(f->smtp().messages().size());
        const QString host = f->app().settings().string(Settings::Key::SmtpHost);
        f->app().settings().setValue(Settings::Key::SmtpHost, QString());
        f->app().configureMessaging();
        for (int i = 0; i < PayoutNotifier::kMaxAttempts + 1; ++i) {
            const PayoutNotifier::Summary waiting = run();
            QCOMPARE(waiting.sent, 0);
            QCOMPARE(waiting.failed, 0); // nothing claimed, no attempt used up
            QVERIFY(waiting.lastError.contains(QStringLiteral("not set up")));
            f->clock().advance(PayoutNotifier::kRetrySecs * (i + 1));
        }
        f->app().settings().setValue(Settings::Key::SmtpHost, host);
        f->app().configureMessaging();
        const PayoutNotifier::Summary sent = run();
        QVERIFY(sent.sent > 0);
        QCOMPARE(f->smtp().messages().size(), before + sent.sent);
    }

    void deactivatedRecipientsGetNothing()
    {
        QVERIFY(f->app().staff().setPayoutRecipients(f->admin(), {f->admin().userId, m_manager.userId}).ok());
        QVERIFY(f->app().staff().setActive(f->admin(), m_manager.userId, false).ok());
        connectedRooftopWithPaidPayouts(1);
        const int before = int(f->smtp().messages().size());
        const PayoutNotifier::Summary ran = run();
        QVERIFY(ran.sent > 0);
        for (const test::ReceivedMail& m : f->smtp().messages().mid(before))
            QCOMPARE(m.envelopeTo, QStringList{QStringLiteral("dana@mainstreet.test")});
    }
};

QTEST_GUILESS_MAIN(TestPayoutMail)
#include "test_payout_mail.moc"
