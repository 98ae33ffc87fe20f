#include "paymentfixture.h"

#include "api/apiclient.h"
#include "context/appcontext.h"
#include "onboarding/connectionservice.h"
#include "payments/syncservice.h"
#include "auth/userservice.h"
#include "storage/database.h"


namespace dp::test {

PaymentFixture::PaymentFixture() : m_env(std::make_unique<TestEnv>())
{
    if (!m_env->ok()) {
        m_error = m_env->error();
        return;
    }
    auto created = app().users().createOrganization(QStringLiteral("Main Street Group"), QStringLiteral("Ann Admin"),
                                                    QStringLiteral("ann@dealer.test"), QStringLiteral("correct horse 42"));
    if (!created) {
        m_error = created.error().message;
        return;
    }
    admin = created.value();
    manager = addTestUser(app(), QStringLiteral("Marco Manager"), Role::Manager, true);
    outsideManager = addTestUser(app(), QStringLiteral("Olga Outside"), Role::Manager, false);
    consultant = addTestUser(app(), QStringLiteral("Chloe Consultant"), Role::Consultant, true);

    auto rooftop = app().connections().addRooftop(admin, QStringLiteral("Main Street Motors"));
    ConnectRequest r;
    r.rooftopId = rooftop->id;
    r.legalName = QStringLiteral("Main Street Motors LLC");
    r.email = QStringLiteral("owner@dealer.test");
    r.signerAttested = true;
    auto started = app().connections().startOnboarding(admin, r, QUrl(QStringLiteral("https://dealerpay.app/return")));
    if (!started) {
        m_error = started.error().message;
        return;
    }
    rooftopId = rooftop->id;
    account = app().connections().rooftop(rooftopId)->accountId;
    app().api().post(QStringLiteral("/v1/test_helpers/accounts/%1/complete_onboarding").arg(account), {}, {});
    auto refreshed = app().connections().refresh(rooftopId);
    m_ok = refreshed.ok() && refreshed->status == ConnectionStatus::Connected;
    if (!m_ok)
        m_error = QStringLiteral("rooftop did not connect");
}

PaymentRequestInput PaymentFixture::input(qint64 amount) const
{
    PaymentRequestInput in;
    in.rooftopId = rooftopId;
    in.customerName = QStringLiteral("John Carter");
    in.mobile = QStringLiteral("+15145550123");
    in.amount = amount;
    in.roNumber = QStringLiteral("RO-10452");
    in.description = QStringLiteral("Brake pads and rotors");
    return in;
}

bool PaymentFixture::pay(const PaymentRequest& request, const QString& card)
{
    const auto paid = app().api().post(QStringLiteral("/v1/test_helpers/checkout/sessions/%1/pay").arg(request.sessionId),
                                       {{QStringLiteral("card"), card}}, {}, request.accountId);
    return paid.ok();
}

Result<PaymentRequest> PaymentFixture::paidRequest(const Session& who, qint64 amount, const QString& card)
{
    PaymentRequestInput in = input(amount);
    in.roNumber = QStringLiteral("RO-%1").arg(amount);
    auto request = app().requests().create(who, in);
    if (!request)
        return request;
    if (!pay(request.value(), card))
        return Error{Error::Code::Api, QStringLiteral("test helper pay failed"), {}};
    if (auto synced = app().sync().run(); !synced)
        return synced.error();
    return app().requests().get(request->id);
}

} // namespace dp::test
