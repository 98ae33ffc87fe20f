#pragma once

#include "apitypes.h"
#include "faults.h"
#include "idempotency.h"
#include "store.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <random>

namespace dp::sandbox {

inline constexpr auto kDefaultApiVersion = "2025-03-31.basil";

// A single-use page link the sandbox hosts (account onboarding, Express dashboard login, hosted checkout).
struct PageLink
{
    QString kind;     // "onboarding", "login", ...
    QString objectId; // the account (or session) the page is about
    QString type;     // account link type
    QString refreshUrl;
    QString returnUrl;
    qint64 expiresAt = 0; // 0 = never
    bool visited = false;
    bool done = false;
};

// Money bookkeeping per connected account that the JSON objects do not show.
struct LedgerBook
{
    QHash<QString, QStringList> unpaid;      // account -> balance transactions not yet in a payout (oldest first)
    QHash<QString, QString> payoutOfTxn;     // balance transaction -> payout that paid it
    QHash<QString, qint64> processedThrough; // account -> last day (UTC midnight) the payout schedule ran for
    QHash<QString, QStringList> inTransit;   // account -> payouts not yet paid or failed (pending, in transit)
    QHash<QString, QStringList> txnsOfPayout; // payout -> its balance transactions, oldest first, its own last
};

// Everything the sandbox knows: objects, the sandbox clock, ids, events, hosted page links. Lives in the server's
// thread; handlers get it by reference.
class SandboxState
{
  public:
    explicit SandboxState(quint64 seed);

    // The sandbox clock: real time plus an offset that test clocks move forward.
    qint64 now() const;
    qint64 clockOffset() const { return m_clockOffset; }
    void advanceClock(qint64 seconds) { m_clockOffset += seconds; }
    // Profile generation pins the clock to the historical moment it is writing (0 = run freely).
    void pinClock(qint64 at) { m_pinned = at; }
    qint64 pinnedClock() const { return m_pinned; }
    // Profile generation records events only for its last 30 days, like Stripe's event retention.
    void setEventsEnabled(bool on) { m_eventsEnabled = on; }
    bool eventsEnabled() const { return m_eventsEnabled; }

    // Ids of objects created at run time are random (so that a restarted sandbox never reuses one);
    // profile data uses seededId() and is the same for the same seed.
    QString newId(const QString& prefix, int length = 24);
    QString seededId(const QString& prefix, int length = 24);
    // While true (profile generation), newId() draws from the seeded generator too.
    void setDeterministicIds(bool on) { m_deterministic = on; }
    std::mt19937_64& seededRng() { return m_seeded; }
    static QString randomAlnum(std::mt19937_64& rng, int length);

    LedgerBook& ledger() { return m_ledger; }
    const LedgerBook& ledger() const { return m_ledger; }
    ObjectStore& store() { return m_store; }
    const ObjectStore& store() const { return m_store; }
    IdempotencyCache& idempotency() { return m_idempotency; }
    FaultTable& faults() { return m_faults; }
    QList<RequestRecord>& requestLog() { return m_requestLog; }

    QString baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QString& url) { m_baseUrl = url; }

    // Extra data of an object that its JSON does not show (full tax id, representative, ...).
    QJsonObject& privateData(const QString& id) { return m_private[id]; }

    // Stores and returns a new event. `account` = the connected account it is about ("" for the platform).
    // The current request (if any) fills event.request.
    QJsonObject emitEvent(const QString& type, const QJsonObject& object, const QString& account,
                          const QJsonObject& previousAttributes = {});
    void setCurrentRequest(const ApiRequest* request) { m_request = request; }
    const ApiRequest* currentRequest() const { return m_request; }

    // A JSON response with the request's expand[] applied ("balance_transaction", "data.customer", ...).
    ApiResponse render(const ApiRequest& request, const QJsonObject& object, int status = 200) const;
    QJsonObject expand(QJsonObject object, const QStringList& paths) const;

    // Hosted pages: token -> link.
    QString addPageLink(const PageLink& link);
    PageLink* pageLink(const QString& token);

    // An object of `type` in the collection of `account`, or a 404 resource_missing error.
    QJsonObject require(const QString& type, const QString& account, const QString& id, const QString& what,
                        const QString& param = QStringLiteral("id")) const;

  private:
    ObjectStore m_store;
    IdempotencyCache m_idempotency;
    FaultTable m_faults;
    QList<RequestRecord> m_requestLog;
    std::mt19937_64 m_random;
    std::mt19937_64 m_seeded;
    qint64 m_clockOffset = 0;
    qint64 m_pinned = 0;
    bool m_eventsEnabled = true;
    LedgerBook m_ledger;
    bool m_deterministic = false;
    QString m_baseUrl;
    QHash<QString, QJsonObject> m_private;
    QHash<QString, PageLink> m_links;
    const ApiRequest* m_request = nullptr;
};

} // namespace dp::sandbox
