#pragma once

#include "auth/roles.h"
#include "notify/mailmessage.h"

#include <QString>
#include <QStringList>

namespace dp::staffmail {

// The texts and e-mails of the staff features (MNG-2, MNG-5), translated, in the organization's branding: the
// sender shows as "<organization> via DealerPay" and the HTML part carries the organization's name in its header.

struct InvitationContent
{
    QString organization;
    QString inviter;
    QString invitee;
    Role role = Role::Consultant;
    QStringList teams;
    QString code;      // formatted
    qint64 expiresAt = 0;
};

QString invitationText(const InvitationContent& c); // the SMS
notify::MailMessage invitationMail(const InvitationContent& c, const QString& to);

struct PayoutContent
{
    QString organization;
    QString rooftop;
    QString payoutId;
    qint64 amount = 0; // minor units
    QString currency;
    qint64 arrivalDate = 0; // UTC midnight of the bank date (Stripe's arrival_date)
    int paymentCount = 0;
};

notify::MailMessage payoutMail(const PayoutContent& c, const QStringList& to);

// A message in the organization's branding around the given plain text and HTML body (escaped by the caller).
notify::MailMessage brandedMail(const QString& organization, const QString& subject, const QString& text,
                                const QString& htmlBody);

} // namespace dp::staffmail
