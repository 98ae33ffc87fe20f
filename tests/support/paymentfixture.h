#pragma once

#include "testenv.h"

#include "auth/session.h"
#include "payments/paymentrequests.h"

#include <memory>

namespace dp::test {

// An organization with an Admin, a Manager in a payment-taking team, a Manager outside it and a Consultant,
// and one connected rooftop on the sandbox.
class PaymentFixture
{
public:
    PaymentFixture();
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    TestEnv& env() { return *m_env; }
    AppContext& app() { return m_env->app(); }
    Session admin, manager, outsideManager, consultant;
    qint64 rooftopId = 0;
    QString account;

    // A request sent by `who` for `amount`, then paid on the sandbox with `card`; returns the request.
    Result<PaymentRequest> paidRequest(const Session& who, qint64 amount,
                                       const QString& card = QStringLiteral("4242424242424242"));
    bool pay(const PaymentRequest& request, const QString& card);
    PaymentRequestInput input(qint64 amount) const;

private:
    std::unique_ptr<TestEnv> m_env;
    bool m_ok = false;
    QString m_error;
};

} // namespace dp::test
