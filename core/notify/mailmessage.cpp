#include "mailmessage.h"

#include <QDateTime>
#include <QLocale>
#include <QUuid>

namespace dp::notify {
namespace {

// RFC 2047 encoded-word for a header value that is not plain ASCII.
QByteArray encodeHeader(const QString& value)
{
    bool ascii = true;
    for (const QChar c : value)
        ascii = ascii && c.unicode() >= 32 && c.unicode() < 127;
    if (ascii)
        return value.toLatin1();
    return "=?UTF-8?B?" + value.toUtf8().toBase64() + "?=";
}

// Base64 body wrapped at 76 columns.
QByteArray wrappedBase64(const QString& text)
{
    const QByteArray b64 = text.toUtf8().toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray address(const QString& name, const QString& email)
{
    if (name.isEmpty())
        return email.toLatin1();
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1Char('\''));
    bool ascii = true;
    for (const QChar c : quoted)
        ascii = ascii && c.unicode() < 127;
    return (ascii ? "\"" + quoted.toLatin1() + "\"" : encodeHeader(quoted)) + " <" + email.toLatin1() + ">";
}

} // namespace

QString htmlEscape(const QString& text)
{
    return text.toHtmlEscaped();
}

QByteArray MailMessage::render(const QString& date) const
{
    const QByteArray boundary = "dp-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    const QString domain = fromAddress.section(QLatin1Char('@'), 1);
    const QString id = messageId.isEmpty()
                           ? QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain
                           : messageId;
    const QString when = date.isEmpty()
                             ? QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) +
                                   QStringLiteral(" +0000")
                             : date;
    QByteArray out;
    out += "From: " + address(fromName, fromAddress) + "\r\n";
    out += "To: " + to.join(QStringLiteral(", ")).toLatin1() + "\r\n";
    out += "Subject: " + encodeHeader(subject) + "\r\n";
    out += "Date: " + when.toLatin1() + "\r\n";
    out += "Message-ID: <" + id.toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
    out += "\r\n";
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    out += wrappedBase64(text);
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    out += wrappedBase64(html);
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace dp::notify
