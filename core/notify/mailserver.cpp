#include "mailserver.h"

#include "auth/authorizer.h"
#include "auth/secretstore.h"
#include "foundation/validators.h"
#include "messenger.h"
#include "context/appcontext.h"
#include "staff/staffmail.h"
#include "auth/userservice.h"
#include "storage/auditlog.h"
#include "foundation/clock.h"
#include "foundation/settings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dp::mailserver {
namespace {

const QString kPasswordSecret = QStringLiteral("smtp-password"); // the name AppContext::configureMessaging reads

} // namespace

MailServerSettings current(AppContext& ctx, bool checkPassword)
{
    MailServerSettings s;
    s.host = ctx.settings().string(Settings::Key::SmtpHost);
    s.port = ctx.settings().integer(Settings::Key::SmtpPort);
    s.user = ctx.settings().string(Settings::Key::SmtpUser);
    s.fromAddress = ctx.settings().string(Settings::Key::SmtpFrom);
    if (checkPassword) {
        const auto stored = ctx.secrets().read(kPasswordSecret);
        s.hasPassword = stored && !stored->isEmpty();
    }
    return s;
}

Status save(AppContext& ctx, const Session& who, const MailServerSettings& s)
{
    if (auto denied = ctx.authorizer().check(who, Permission::ManageStaff))
        return *denied;
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$"));
    const QString host = s.host.trimmed();
    if (auto c = validate::requiredText(host, QCoreApplication::translate("MailServer", "The mail server")); !c.ok)
        return Error::validation(QStringLiteral("host"), c.message);
    if (!hostName.match(host).hasMatch())
        return Error::validation(QStringLiteral("host"), QCoreApplication::translate("MailServer", "Enter the server's name, like smtp.example.com."));
    if (s.port < 1 || s.port > 65535)
        return Error::validation(QStringLiteral("port"), QCoreApplication::translate("MailServer", "The port is a number from 1 to 65535 (usually 587)."));
    if (auto c = validate::email(s.fromAddress); !c.ok)
        return Error::validation(QStringLiteral("from"), c.message);
    if (!s.password.isEmpty() && s.user.trimmed().isEmpty())
        return Error::validation(QStringLiteral("user"), QCoreApplication::translate("MailServer", "Enter the user name that goes with the password."));

    QString error;
    if (!s.password.isEmpty() && !ctx.secrets().write(kPasswordSecret, s.password.toUtf8(), &error))
        return Error{Error::Code::Store, QCoreApplication::translate("MailServer", "The password could not be kept in %1: %2")
                                             .arg(ctx.secrets().backendName(), error), QStringLiteral("password")};
    if (s.password.isEmpty() && (!s.keepPassword || s.user.trimmed().isEmpty()))
        ctx.secrets().remove(kPasswordSecret);
    ctx.settings().setValue(Settings::Key::SmtpHost, host);
    ctx.settings().setValue(Settings::Key::SmtpPort, s.port);
    ctx.settings().setValue(Settings::Key::SmtpUser, s.user.trimmed());
    ctx.settings().setValue(Settings::Key::SmtpFrom, s.fromAddress.trimmed());
    ctx.configureMessaging();
    ctx.audit().record(who, QStringLiteral("mail_server.changed"),
                       {{QStringLiteral("host"), host}, {QStringLiteral("port"), s.port},
                        {QStringLiteral("user"), s.user.trimmed()}, {QStringLiteral("from"), s.fromAddress.trimmed()},
                        {QStringLiteral("password_changed"), !s.password.isEmpty()}},
                       ctx.clock().nowSecs());
    return Done{};
}

Status sendTest(AppContext& ctx, const Session& who, const QString& to)
{
    if (auto denied = ctx.authorizer().check(who, Permission::ManageStaff))
        return *denied;
    if (auto c = validate::email(to); !c.ok)
        return Error::validation(QStringLiteral("to"), c.message);
    const QString org = ctx.users().organizationName();
    const QString text = QCoreApplication::translate("MailServer", "This is a test message from DealerPay. Invitations and payout e-mails of %1 will be "
                           "sent the same way.").arg(org);
    notify::MailMessage m = staffmail::brandedMail(org, QCoreApplication::translate("MailServer", "DealerPay test message"), text,
                                                   QStringLiteral("<p>") + notify::htmlEscape(text)
                                                       + QStringLiteral("</p>"));
    m.to = QStringList{to.trimmed()};
    return ctx.messenger().mail(m);
}

} // namespace dp::mailserver
