// The API client against the sandbox over real HTTP: retries, idempotency, pagination, errors.
#include "testenv.h"

#include "api/apiclient.h"
#include "net/curltransport.h"
#include "context/appcontext.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace dp;

class TestApiClient : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestEnv> m_env;
    QList<int> m_waits;
    api::ApiClient& client() { return m_env->app().api(); }

    void injectFault(const QVariantMap& fault)
    {
        const auto r = client().post(QStringLiteral("/v1/test_helpers/faults"), fault, api::ApiClient::newIdempotencyKey());
        QVERIFY2(r.ok(), qPrintable(r.error.message));
    }
    int accountCount()
    {
        int n = 0;
        client().forEachPage(QStringLiteral("/v1/accounts"), {}, {}, [&](const QJsonArray& d) {
            n += int(d.size());
            return true;
        });
        return n;
    }
    QJsonArray requestsFor(const QString& path)
    {
        const auto r = client().get(QStringLiteral("/v1/test_helpers/requests"), {{QStringLiteral("path"), path}});
        return r.json.value(QLatin1String("data")).toArray();
    }

private slots:
    void init()
    {
        m_env = std::make_unique<test::TestEnv>();
        QVERIFY2(m_env->ok(), qPrintable(m_env->error()));
        m_waits.clear();
        client().setSleeper([this](int ms) { m_waits.append(ms); });
    }

    void retriesServerErrorsWithTheSameKey()
    {
        injectFault({{QStringLiteral("path"), QStringLiteral("/v1/accounts")}, {QStringLiteral("method"), QStringLiteral("POST")},
                     {QStringLiteral("status"), 500}, {QStringLiteral("count"), 2}});
        const QString key = api::ApiClient::newIdempotencyKey();
        const auto r = client().post(QStringLiteral("/v1/accounts"), {{QStringLiteral("type"), QStringLiteral("express")}}, key);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(m_waits.size(), 2);
        QVERIFY(m_waits[1] >= m_waits[0] / 2); // backoff grows (jitter in [0.5, 1])
        int sameKey = 0;
        for (const QJsonValue& v : requestsFor(QStringLiteral("/v1/accounts"))) {
            if (v.toObject().value(QLatin1String("idempotency_key")).toString() == key)
                ++sameKey;
        }
        QCOMPARE(sameKey, 3);
        QCOMPARE(accountCount(), 1);
    }

    void honoursRetryAfterOn429()
    {
        injectFault({{QStringLiteral("path"), QStringLiteral("/v1/accounts")}, {QStringLiteral("method"), QStringLiteral("GET")},
                     {QStringLiteral("status"), 429}, {QStringLiteral("count"), 1}, {QStringLiteral("retry_after"), 3}});
        const auto r = client().get(QStringLiteral("/v1/accounts"));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(m_waits, QList<int>{3000});
    }

    void stopsWhenTheServerSaysDoNotRetry()
    {
        injectFault({{QStringLiteral("path"), QStringLiteral("/v1/accounts")}, {QStringLiteral("method"), QStringLiteral("POST")},
                     {QStringLiteral("status"), 500}, {QStringLiteral("count"), 1}, {QStringLiteral("should_retry"), QStringLiteral("false")}});
        const auto r = client().post(QStringLiteral("/v1/accounts"), {{QStringLiteral("type"), QStringLiteral("express")}}, {});
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.error.kind, api::ApiError::Kind::Server);
        QVERIFY(!api::userMessage(r.error).isEmpty());
    }

    void truncatedReplyIsRetriedAndCreatesOneAccount()
    {
        // The server executes the request, then cuts the reply: only the idempotency key prevents a second account.
        injectFault({{QStringLiteral("path"), QStringLiteral("/v1/accounts")}, {QStringLiteral("method"), QStringLiteral("POST")},
                     {QStringLiteral("mode"), QStringLiteral("truncate")}, {QStringLiteral("count"), 1}});
        const auto r = client().post(QStringLiteral("/v1/accounts"), {{QStringLiteral("type"), QStringLiteral("express")}},
                                     api::ApiClient::newIdempotencyKey());
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.attempts, 2);
        QVERIFY(r.replayed);
        QCOMPARE(accountCount(), 1);
    }

    void idempotentReplayAndMismatch()
    {
        const QString key = api::ApiClient::newIdempotencyKey();
        const QVariantMap params{{QStringLiteral("type"), QStringLiteral("express")}, {QStringLiteral("email"), QStringLiteral("a@b.co")}};
        const auto first = client().post(QStringLiteral("/v1/accounts"), params, key);
        const auto second = client().post(QStringLiteral("/v1/accounts"), params, key);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(!first.replayed);
        QVERIFY(second.replayed);
        QCOMPARE(second.json.value(QLatin1String("id")), first.json.value(QLatin1String("id")));
        QVariantMap other = params;
        other.insert(QStringLiteral("email"), QStringLiteral("other@b.co"));
        const auto mismatch = client().post(QStringLiteral("/v1/accounts"), other, key);
        QCOMPARE(mismatch.status, 400);
        QCOMPARE(mismatch.error.kind, api::ApiError::Kind::Idempotency);
        QCOMPARE(accountCount(), 1);
    }

    void paginatesAcrossPages()
    {
        for (int i = 0; i < 25; ++i)
            QVERIFY(client().post(QStringLiteral("/v1/accounts"), {{QStringLiteral("type"), QStringLiteral("express")}}, {}).ok());
        QSet<QString> ids;
        int pages = 0;
        const auto r = client().forEachPage(QStringLiteral("/v1/accounts"), {{QStringLiteral("limit"), 10}}, {},
                                            [&](const QJsonArray& data) {
                                                ++pages;
                                                for (const QJsonValue& v : data)
                                                    ids.insert(v.toObject().value(QLatin1String("id")).toString());
                                                return true;
                                            });
        QVERIFY(r.ok());
        QCOMPARE(pages, 3);
        QCOMPARE(ids.size(), 25);
    }

    void rejectsABadKey()
    {
        api::ApiConfig config = client().config();
        config.apiKey = QStringLiteral("sk_live_wrong");
        api::ApiClient other(std::make_shared<http::CurlTransport>(), config);
        const auto r = other.get(QStringLiteral("/v1/accounts"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.error.kind, api::ApiError::Kind::Authentication);
    }

    void networkFailureIsRetriedThenReported()
    {
        api::ApiConfig config = client().config();
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        config.maxRetries = 2;
        api::ApiClient other(std::make_shared<http::CurlTransport>(), config);
        int waits = 0;
        other.setSleeper([&](int) { ++waits; });
        const auto r = other.get(QStringLiteral("/v1/accounts"));
        QCOMPARE(r.error.kind, api::ApiError::Kind::Network);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(waits, 2);
        QVERIFY(api::userMessage(r.error).contains(QLatin1String("cannot be reached")));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "test_apiclient.moc"
