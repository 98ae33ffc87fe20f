#pragma once

#include "auth/session.h"
#include "storage/paymentstore.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>

namespace dp {
class PaymentQueries;
}

namespace dp::ui {

// One read of the payments table for PaymentsModel (PERF-2): optionally the count of the filter's rows, then runs of
// rows, each read by keyset from the nearest row whose key is known (or from either end), `skip` rows passed over.
struct PaymentsRead
{
    enum class Kind
    {
        Reload, // a new filter or sort, or a refresh: counted, then the first rows (and the runs that were shown)
        Grow,   // the next block at the end of what the view has (fetchMore)
        Fill,   // a block of rows the view shows but that are not in the cache (evicted, or never read)
    };
    struct Run
    {
        qint64 first = 0; // row number of the first row of the run
        int limit = 0;
        store::PageKey key;
        bool backward = false;
        qint64 skip = 0;
    };
    Kind kind = Kind::Reload;
    quint64 generation = 0;
    qint64 rowsWanted = 0; // Reload: how many rows the view had
    qint64 knownTotal = -1; // Reload: the count when only the sort order changed (not counted again), else -1
    QList<Run> runs;
};

struct PaymentsAnswer
{
    PaymentsRead read;
    qint64 total = -1; // counted (a Reload), else -1
    QList<QList<store::PaymentRow>> rows; // one list per run
    QString error;
};

// Runs the reads of one PaymentsModel on a thread of its own, with that thread's own store connection (the store
// keeps one per thread), one read at a time, in order. A read of an older generation than the newest posted is
// dropped before it runs. Answers come back through `answered`, queued to the thread of the loader.
class PaymentsLoader : public QObject
{
    Q_OBJECT
public:
    PaymentsLoader(PaymentQueries& queries, const Session& session, QObject* parent = nullptr);
    ~PaymentsLoader() override; // waits for the read in progress

    void post(const PaymentsRead& read, const store::PaymentFilter& filter);

signals:
    void answered(const dp::ui::PaymentsAnswer& answer);

private:
    PaymentsAnswer run(const PaymentsRead& read, const store::PaymentFilter& filter);

    PaymentQueries& m_queries;
    Session m_session;
    QThread m_thread;
    QObject* m_worker = nullptr; // lives in m_thread
    std::atomic<quint64> m_newest{0};
};

} // namespace dp::ui

Q_DECLARE_METATYPE(dp::ui::PaymentsAnswer)
