#include "staffmail.h"

#include "auth/invitecode.h"
#include "foundation/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace dp::staffmail {
namespace {

const QString kBrandColor = QStringLiteral("#0d3c61");

QString e(const QString& text)
{
    return notify::htmlEscape(text);
}

// "Wednesday, 25 November 2026 at 10:00" (long) or "25/11/2026 10:00" (short, for texts), in the local zone.
QString localDateTime(qint64 secs, QLocale::FormatType format)
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(secs).toLocalTime();
    if (format == QLocale::ShortFormat)
        return QLocale().toString(when, QLocale::ShortFormat);
    return QCoreApplication::translate("StaffMail", "%1 at %2").arg(QLocale().toString(when.date(), QLocale::LongFormat),
                             QLocale().toString(when.time(), QLocale::ShortFormat));
}

// A bank date (midnight UTC) is a calendar day; shown without shifting it into the local zone.
QString bankDate(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).date(), QLocale::LongFormat);
}

QString roleAndTeams(const InvitationContent& c)
{
    return c.teams.isEmpty() ? roleDisplayName(c.role)
                             : QCoreApplication::translate("StaffMail", "%1 (teams: %2)").arg(roleDisplayName(c.role), c.teams.join(QStringLiteral(", ")));
}

} // namespace

notify::MailMessage brandedMail(const QString& organization, const QString& subject, const QString& text,
                                const QString& htmlBody)
{
    notify::MailMessage m;
    m.fromName = QCoreApplication::translate("StaffMail", "%1 via DealerPay").arg(organization);
    m.subject = subject;
    m.text = text + QStringLiteral("\n\n-- \n") + QCoreApplication::translate("StaffMail", "%1 · sent by DealerPay").arg(organization) + QLatin1Char('\n');
    m.html =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                       "<body style=\"margin:0;background:#f4f6f8;font-family:Helvetica,Arial,sans-serif;"
                       "color:#1f2933\"><table role=\"presentation\" width=\"100%\" cellspacing=\"0\">"
                       "<tr><td style=\"background:%2;color:#ffffff;padding:18px 24px;font-size:20px;"
                       "font-weight:bold\">%3</td></tr>"
                       "<tr><td style=\"background:#ffffff;padding:24px;font-size:15px;line-height:1.5\">%4</td></tr>"
                       "<tr><td style=\"padding:12px 24px;font-size:12px;color:#6b7280\">%5</td></tr>"
                       "</table></body></html>")
            .arg(e(subject), kBrandColor, e(organization), htmlBody, e(QCoreApplication::translate("StaffMail", "%1 · sent by DealerPay").arg(organization)));
    return m;
}

QString invitationText(const InvitationContent& c)
{
    return QCoreApplication::translate("StaffMail", "%1 invited you to DealerPay at %2 as %3. Open %4 or enter the code %5 in DealerPay. "
             "It works once and expires on %6.")
        .arg(c.inviter, c.organization, roleDisplayName(c.role),
             invitecode::registrationUrl(c.code).toString(QUrl::FullyEncoded), c.code,
             localDateTime(c.expiresAt, QLocale::ShortFormat));
}

notify::MailMessage invitationMail(const InvitationContent& c, const QString& to)
{
    const QString link = invitecode::registrationUrl(c.code).toString(QUrl::FullyEncoded);
    const QString subject = QCoreApplication::translate("StaffMail", "%1 invited you to DealerPay").arg(c.organization);
    const QString expires = localDateTime(c.expiresAt, QLocale::LongFormat);
    const QString text =
        QCoreApplication::translate("StaffMail", "Hello %1,").arg(c.invitee) + QStringLiteral("\n\n")
        + QCoreApplication::translate("StaffMail", "%1 invited you to join %2 on DealerPay as %3.").arg(c.inviter, c.organization, roleAndTeams(c))
        + QStringLiteral("\n\n") + QCoreApplication::translate("StaffMail", "To register, open this link on the computer where DealerPay is installed:")
        + QStringLiteral("\n") + link + QStringLiteral("\n\n")
        + QCoreApplication::translate("StaffMail", "Or start DealerPay, choose \"I have an invitation code\" and enter this code:") + QStringLiteral("\n")
        + c.code + QStringLiteral("\n\n") + QCoreApplication::translate("StaffMail", "The invitation works once and expires on %1.").arg(expires)
        + QStringLiteral("\n") + QCoreApplication::translate("StaffMail", "If you did not expect this e-mail, you can ignore it.");
    const QString html =
        QStringLiteral("<p>%1</p><p>%2</p>"
                       "<p><a href=\"%3\" style=\"display:inline-block;background:%4;color:#ffffff;padding:10px 18px;"
                       "border-radius:4px;text-decoration:none;font-weight:bold\">%5</a></p>"
                       "<p>%6<br><span style=\"font-family:Menlo,Consolas,monospace;font-size:18px;"
                       "letter-spacing:1px\">%7</span></p><p style=\"color:#6b7280\">%8<br>%9</p>")
            .arg(e(QCoreApplication::translate("StaffMail", "Hello %1,").arg(c.invitee)),
                 e(QCoreApplication::translate("StaffMail", "%1 invited you to join %2 on DealerPay as %3.").arg(c.inviter, c.organization, roleAndTeams(c))),
                 e(link), kBrandColor, e(QCoreApplication::translate("StaffMail", "Register in DealerPay")),
                 e(QCoreApplication::translate("StaffMail", "Or start DealerPay, choose \"I have an invitation code\" and enter this code:")), e(c.code),
                 e(QCoreApplication::translate("StaffMail", "The invitation works once and expires on %1.").arg(expires)),
                 e(QCoreApplication::translate("StaffMail", "If you did not expect this e-mail, you can ignore it.")));
    notify::MailMessage m = brandedMail(c.organization, subject, text, html);
    m.to = QStringList{to};
    return m;
}

notify::MailMessage payoutMail(const PayoutContent& c, const QStringList& to)
{
    const QString amount = formatMoney(c.amount, c.currency);
    const QString arrival = bankDate(c.arrivalDate);
    const QString count = QLocale().toString(c.paymentCount);
    const QString subject = QCoreApplication::translate("StaffMail", "Payout of %1 for %2 — arrives %3").arg(amount, c.rooftop, arrival);
    const QString intro = QCoreApplication::translate("StaffMail", "The payout of %1 for %2 has been paid to its bank account.").arg(amount, c.rooftop);
    const QString text = intro + QStringLiteral("\n\n") + QCoreApplication::translate("StaffMail", "Amount: %1").arg(amount) + QLatin1Char('\n')
        + QCoreApplication::translate("StaffMail", "Arrival date: %1").arg(arrival) + QLatin1Char('\n') + QCoreApplication::translate("StaffMail", "Payments in this payout: %1").arg(count)
        + QLatin1Char('\n') + QCoreApplication::translate("StaffMail", "Payout reference: %1").arg(c.payoutId);
    const QString row = QStringLiteral("<tr><td style=\"padding:4px 16px 4px 0;color:#6b7280\">%1</td>"
                                       "<td style=\"padding:4px 0;font-weight:bold\">%2</td></tr>");
    const QString html =
        QStringLiteral("<p>%1</p><table cellspacing=\"0\">%2%3%4%5</table>")
            .arg(e(intro), row.arg(e(QCoreApplication::translate("StaffMail", "Amount")), e(amount)), row.arg(e(QCoreApplication::translate("StaffMail", "Arrival date")), e(arrival)),
                 row.arg(e(QCoreApplication::translate("StaffMail", "Payments in this payout")), e(count)), row.arg(e(QCoreApplication::translate("StaffMail", "Payout reference")), e(c.payoutId)));
    notify::MailMessage m = brandedMail(c.organization, subject, text, html);
    m.to = to;
    return m;
}

} // namespace dp::staffmail
