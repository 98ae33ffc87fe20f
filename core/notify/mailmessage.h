#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dp::notify {

// One e-mail, rendered as a MIME multipart/alternative message (plain text + HTML), UTF-8, RFC 2047 subject.
struct MailMessage
{
    QString fromName;    // the sender's branding, e.g. "Main Street Motors via DealerPay"
    QString fromAddress;
    QStringList to;      // addresses
    QString subject;
    QString text;        // plain-text part
    QString html;        // HTML part
    QString messageId;   // generated when empty

    // The message as sent over SMTP (CRLF line ends, dot-stuffing left to the transport). `date` is RFC 2822.
    QByteArray render(const QString& date = {}) const;
};

// Escapes text for inclusion in the HTML part.
QString htmlEscape(const QString& text);

} // namespace dp::notify
