// ConnectionService: what an Admin does once a rooftop is connected (ONB-4, ONB-6, ONB-8).
#include "connectionservice.h"

#include "api/apiclient.h"
#include "auth/authorizer.h"
#include "foundation/validators.h"
#include "storage/auditlog.h"
#include "foundation/clock.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dp {
namespace {

const QStringList kWeekdays{QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                            QStringLiteral("thursday"), QStringLiteral("friday"), QStringLiteral("saturday"),
                            QStringLiteral("sunday")};

QString masked(const QString& last4)
{
    return last4.isEmpty() ? QString() : QStringLiteral("\u2022\u2022\u2022\u2022 ") + last4;
}

} // namespace

Result<Rooftop> ConnectionService::connectedRooftop(qint64 rooftopId)
{
    auto found = rooftop(rooftopId);
    if (!found)
        return found;
    if (found->accountId.isEmpty())
        return Error{Error::Code::NotFound, QCoreApplication::translate("ConnectionService", "Connect this rooftop to payments first."), {}};
    return found;
}

Result<Rooftop> ConnectionService::updatePayoutSettings(const Session& who, qint64 rooftopId,
                                                        const api::PayoutSchedule& schedule,
                                                        const QString& statementDescriptor)
{
    if (auto denied = m_auth.check(who, Permission::EditPayoutSettings))
        return *denied;
    const QString descriptor = statementDescriptor.trimmed();
    if (auto c = validate::statementDescriptor(descriptor); !c.ok)
        return Error::validation(QStringLiteral("statement_descriptor"), c.message);
    const QStringList intervals{QStringLiteral("daily"), QStringLiteral("weekly"), QStringLiteral("monthly"),
                                QStringLiteral("manual")};
    if (!intervals.contains(schedule.interval))
        return Error::validation(QStringLiteral("interval"), QCoreApplication::translate("ConnectionService", "Choose how often payouts are sent."));
    if (schedule.interval == QLatin1String("weekly") && !kWeekdays.contains(schedule.weeklyAnchor))
        return Error::validation(QStringLiteral("weekly_anchor"), QCoreApplication::translate("ConnectionService", "Choose the day of the week for payouts."));
    if (schedule.interval == QLatin1String("monthly") && (schedule.monthlyAnchor < 1 || schedule.monthlyAnchor > 31))
        return Error::validation(QStringLiteral("monthly_anchor"), QCoreApplication::translate("ConnectionService", "Choose a day of the month between 1 and 31."));
    if (schedule.interval != QLatin1String("manual") && (schedule.delayDays < 2 || schedule.delayDays > 30))
        return Error::validation(QStringLiteral("delay_days"), QCoreApplication::translate("ConnectionService", "The payout delay must be between 2 and 30 days."));

    auto found = connectedRooftop(rooftopId);
    if (!found)
        return found;

    QVariantMap scheduleParams{{QStringLiteral("interval"), schedule.interval}};
    if (schedule.interval != QLatin1String("manual"))
        scheduleParams.insert(QStringLiteral("delay_days"), schedule.delayDays);
    if (schedule.interval == QLatin1String("weekly"))
        scheduleParams.insert(QStringLiteral("weekly_anchor"), schedule.weeklyAnchor);
    if (schedule.interval == QLatin1String("monthly"))
        scheduleParams.insert(QStringLiteral("monthly_anchor"), schedule.monthlyAnchor);
    const QVariantMap params{
        {QStringLiteral("settings"),
         QVariantMap{{QStringLiteral("payouts"), QVariantMap{{QStringLiteral("schedule"), scheduleParams}}},
                     {QStringLiteral("payments"), QVariantMap{{QStringLiteral("statement_descriptor"), descriptor}}}}}};
    const api::ApiResult updated =
        m_api.post(QStringLiteral("/v1/accounts/") + found->accountId, params, api::ApiClient::newIdempotencyKey());
    if (!updated.ok())
        return apiFailure(updated);
    if (auto stored = storeAccount(rooftopId, api::Account::fromJson(updated.json)); !stored)
        return stored.error();
    m_audit.record(who, QStringLiteral("payments.payout_settings"),
                   {{QStringLiteral("rooftop"), found->name}, {QStringLiteral("account"), found->accountId},
                    {QStringLiteral("interval"), schedule.interval}, {QStringLiteral("delay_days"), schedule.delayDays},
                    {QStringLiteral("weekly_anchor"), schedule.weeklyAnchor},
                    {QStringLiteral("monthly_anchor"), schedule.monthlyAnchor},
                    {QStringLiteral("statement_descriptor"), descriptor}},
                   m_clock.nowSecs());
    return rooftop(rooftopId);
}

Result<QUrl> ConnectionService::expressDashboardLink(const Session& who, qint64 rooftopId)
{
    if (auto denied = m_auth.check(who, Permission::OpenExpressDashboard))
        return *denied;
    auto found = connectedRooftop(rooftopId);
    if (!found)
        return found.error();
    const api::ApiResult link = m_api.post(QStringLiteral("/v1/accounts/%1/login_links").arg(found->accountId), {},
                                           api::ApiClient::newIdempotencyKey());
    if (!link.ok())
        return apiFailure(link);
    m_audit.record(who, QStringLiteral("payments.dashboard_opened"), {{QStringLiteral("account"), found->accountId}},
                   m_clock.nowSecs());
    return QUrl(api::Link::fromJson(link.json).url);
}

Result<SensitiveDetails> ConnectionService::sensitiveDetails(const Session& who, qint64 rooftopId)
{
    if (auto denied = m_auth.check(who, Permission::ViewSensitiveDetails))
        return *denied;
    if (!who.reauthFreshAt(m_clock.nowSecs()))
        return Error{Error::Code::ReauthRequired, QCoreApplication::translate("ConnectionService", "Enter your password again to see bank and tax details."),
                     QStringLiteral("reauth")};
    auto found = connectedRooftop(rooftopId);
    if (!found)
        return found.error();
    const api::ApiResult got = m_api.get(QStringLiteral("/v1/accounts/") + found->accountId);
    if (!got.ok())
        return apiFailure(got);
    const api::Account account = api::Account::fromJson(got.json);
    storeAccount(rooftopId, account);
    SensitiveDetails details;
    if (!found->taxIdLast4.isEmpty())
        details.taxIdMasked = masked(found->taxIdLast4);
    else
        details.taxIdMasked = account.taxIdProvided ? QCoreApplication::translate("ConnectionService", "Provided") : QCoreApplication::translate("ConnectionService", "Not provided yet");
    details.bankMasked = account.bankLast4.isEmpty()
                             ? QCoreApplication::translate("ConnectionService", "No bank account yet")
                             : QString(account.bankName + QLatin1Char(' ') + masked(account.bankLast4)).trimmed();
    details.routingMasked = masked(account.routingNumber.right(4));
    m_audit.record(who, QStringLiteral("payments.sensitive_details_viewed"),
                   {{QStringLiteral("rooftop"), found->name}, {QStringLiteral("account"), found->accountId}},
                   m_clock.nowSecs());
    return details;
}

} // namespace dp
