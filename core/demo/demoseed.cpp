#include "demoseed.h"

#include "api/apiclient.h"
#include "api/objects.h"
#include "context/appcontext.h"
#include "onboarding/connectionservice.h"
#include "auth/userservice.h"
#include "demoteams.h"
#include "staff/staffservice.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace dp {

Status seedDemoWorkspace(AppContext& ctx, const QString& orgName)
{
    if (ctx.users().hasOrganization())
        return Done{};
    if (auto seeded = ctx.users().seedDemo(orgName); !seeded)
        return seeded;
    const QList<UserInfo> demo = ctx.users().demoUsers();
    auto admin = ctx.users().login(demo.first().email, UserService::kDemoPassword);
    if (!admin)
        return admin.error();
    QList<api::Account> accounts;
    const api::ApiResult listed = ctx.api().forEachPage(QStringLiteral("/v1/accounts"), {}, {},
                                                        [&](const QJsonArray& data) {
                                                            for (const QJsonValue& v : data)
                                                                accounts.prepend(api::Account::fromJson(v.toObject()));
                                                            return true;
                                                        });
    if (!listed.ok())
        return Error{Error::Code::Api, api::userMessage(listed.error), {}};
    for (const api::Account& account : accounts) {
        const QString name = account.businessName.isEmpty() ? account.id : account.businessName;
        if (auto adopted = ctx.connections().adoptAccount(admin.value(), name, account.id); !adopted)
            return adopted.error();
    }
    // Every team the demo payments name exists under Teams (the Teams list is the truth about teams).
    auto teams = ctx.staff().teams(admin.value());
    if (!teams)
        return teams.error();
    for (const demo::DemoTeam& wanted : demo::kDemoTeams) {
        const bool exists = std::any_of(teams->cbegin(), teams->cend(),
                                        [&wanted](const Team& t) { return t.name == demo::teamName(wanted); });
        if (exists)
            continue;
        if (auto created = ctx.staff().createTeam(admin.value(), demo::teamName(wanted), wanted.takesPayments); !created)
            return created.error();
    }
    return Done{};
}

} // namespace dp
