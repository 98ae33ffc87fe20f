#include "profiles.h"

#include "connect/accountmodel.h"
#include "demopayments.h"
#include "server/params.h"
#include "server/sandboxstate.h"

namespace dp::sandbox {

namespace {

constexpr qint64 kDay = 86400;

constexpr int kPaymentDays = 180;

struct DemoDealer
{
    const char* name;
    const char* email;
    const char* mcc;
    const char* url;
    bool onboarded;
    qint64 ageDays;
    DemoStore store;
};

const DemoDealer kDealers[] = {
    {"Main Street Motors",
     "accounting@mainstreetmotors.example",
     "5511",
     "https://mainstreetmotors.example",
     true,
     420,
     {7,
      13,
      184000,
      {QStringLiteral("Dana Whitfield"), QStringLiteral("Luis Ortega"), QStringLiteral("Kim Nguyen"),
       QStringLiteral("Marcus Bell"), QStringLiteral("Erin Shaw")},
      QStringLiteral("217"),
      QStringLiteral("62701")}},
    {"Northside Auto Group",
     "office@northsideauto.example",
     "5511",
     "https://northsideauto.example",
     true,
     390,
     {5,
      11,
      520000,
      {QStringLiteral("Tom Becker"), QStringLiteral("Aisha Rahman"), QStringLiteral("Greg Polanski"),
       QStringLiteral("Sofia Marin")},
      QStringLiteral("312"),
      QStringLiteral("60614")}},
    {"Lakeside Kia", "admin@lakesidekia.example", "5511", "https://lakesidekia.example", false, 12, {}},
};

QString createDealer(SandboxState& state, const DemoDealer& dealer)
{
    const QString name = QString::fromUtf8(dealer.name);
    QVariantMap params{
        {QStringLiteral("type"), QStringLiteral("express")},
        {QStringLiteral("country"), QStringLiteral("US")},
        {QStringLiteral("email"), QString::fromUtf8(dealer.email)},
        {QStringLiteral("business_type"), QStringLiteral("company")},
        {QStringLiteral("business_profile"), QVariantMap{{QStringLiteral("name"), name},
                                                         {QStringLiteral("mcc"), QString::fromUtf8(dealer.mcc)},
                                                         {QStringLiteral("url"), QString::fromUtf8(dealer.url)}}},
        {QStringLiteral("company"), QVariantMap{{QStringLiteral("name"), name}}}};
    const QString id = state.seededId(QStringLiteral("acct_"), 16);
    const QJsonObject account = accounts::create(state, Params(params), id);
    if (dealer.onboarded) {
        OnboardingData data = accounts::testOnboardingData(account);
        data.legalName = name;
        accounts::completeOnboarding(state, id, data);
    }
    return id;
}

void loadDemo(SandboxState& state)
{
    const qint64 realOffset = state.clockOffset();
    for (const DemoDealer& dealer : kDealers) {
        // Each dealership joined `ageDays` ago: run its creation on a clock set back that far.
        state.advanceClock(-dealer.ageDays * kDay);
        const QString id = createDealer(state, dealer);
        state.advanceClock(realOffset - state.clockOffset());
        if (dealer.onboarded)
            generateDemoPayments(state, id, dealer.store, kPaymentDays);
    }
}

} // namespace

bool loadProfile(SandboxState& state, const QString& profile)
{
    if (profile == QLatin1String("empty"))
        return true;
    if (profile != QLatin1String("demo"))
        return false;
    state.setDeterministicIds(true);
    loadDemo(state);
    state.setDeterministicIds(false);
    return true;
}

} // namespace dp::sandbox
