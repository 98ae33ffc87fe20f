#include "paymentsloader.h"

#include "payments/paymentqueries.h"

namespace dp::ui {

PaymentsLoader::PaymentsLoader(PaymentQueries& queries, const Session& session, QObject* parent)
    : QObject(parent)
    , m_queries(queries)
    , m_session(session)
    , m_worker(new QObject)
{
    qRegisterMetaType<dp::ui::PaymentsAnswer>();
    m_thread.setObjectName(QStringLiteral("payments-loader"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

PaymentsLoader::~PaymentsLoader()
{
    m_newest = ~quint64(0); // what is still queued is dropped
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has ended
}

void PaymentsLoader::post(const PaymentsRead& read, const store::PaymentFilter& filter)
{
    if (read.generation > m_newest)
        m_newest = read.generation;
    QMetaObject::invokeMethod(
        m_worker,
        [this, read, filter] {
            if (read.generation < m_newest)
                return; // a newer filter or sort replaced it
            emit answered(run(read, filter)); // queued to the loader's thread
        },
        Qt::QueuedConnection);
}

PaymentsAnswer PaymentsLoader::run(const PaymentsRead& read, const store::PaymentFilter& filter)
{
    PaymentsAnswer out;
    out.read = read;
    if (read.kind == PaymentsRead::Kind::Reload && read.knownTotal >= 0) {
        out.total = read.knownTotal; // a new sort order of the same rows
    } else if (read.kind == PaymentsRead::Kind::Reload) {
        const auto counted = m_queries.count(m_session, filter);
        if (!counted) {
            out.error = counted.error().message;
            out.total = 0;
            return out;
        }
        out.total = counted.value();
    }
    for (const PaymentsRead::Run& r : read.runs) {
        if (out.total == 0 || (out.total > 0 && r.first >= out.total)) {
            out.rows.append(QList<store::PaymentRow>());
            continue;
        }
        auto page = m_queries.keysetPage(m_session, filter, r.key, r.backward, r.skip, r.limit);
        if (!page) {
            out.error = page.error().message;
            break;
        }
        out.rows.append(std::move(page).value());
    }
    while (out.rows.size() < read.runs.size())
        out.rows.append(QList<store::PaymentRow>());
    return out;
}

} // namespace dp::ui
