#pragma once

#include "auth/session.h"
#include "foundation/result.h"

#include <QString>

namespace dp {
class AppContext;

// The mail server DealerPay sends invitations and payout e-mails through (MNG-2, MNG-5): host, port, user and
// sender address in the settings, the password in the SecretStore (keychain) — never in the settings (SEC-2).
struct MailServerSettings
{
    QString host;
    int port = 587;
    QString user;
    QString password;        // write-only: empty when read back (see hasPassword)
    bool keepPassword = true; // saving with an empty password keeps the stored one
    bool hasPassword = false; // read back: a password is stored
    QString fromAddress;
};

namespace mailserver {

// The settings; hasPassword only when asked (reading the keychain may take a moment).
MailServerSettings current(AppContext& ctx, bool checkPassword = false);
// Validates (Error::field: host, port, user, from), stores and applies the settings. Admins only (ManageStaff).
Status save(AppContext& ctx, const Session& who, const MailServerSettings& settings);
// Sends a short test message to `to` through the configured server. Blocking (SMTP): call off the UI thread.
Status sendTest(AppContext& ctx, const Session& who, const QString& to);

} // namespace mailserver
} // namespace dp
