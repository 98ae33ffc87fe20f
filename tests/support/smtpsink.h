#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace dp::test {

// One message as the SMTP server received it, with its MIME structure read back.
struct ReceivedMail
{
    QByteArray raw;
    QStringList envelopeTo;
    QMap<QByteArray, QByteArray> headers; // lower-case names, unfolded
    QString subject;                      // RFC 2047 decoded
    QString from;                         // decoded display form
    QByteArray contentType;               // of the whole message
    QList<QByteArray> partTypes;          // e.g. "text/plain; charset=UTF-8"
    QString text;                         // the decoded text/plain part
    QString html;                         // the decoded text/html part
};

// Parses a message rendered by notify::MailMessage (and any simple multipart/alternative message).
ReceivedMail parseMail(const QByteArray& raw);

// A real SMTP server on 127.0.0.1 (tests/staff/smtpsink.py on aiosmtpd) that keeps every message it receives.
class SmtpSink
{
public:
    SmtpSink();
    ~SmtpSink();
    bool start(QString* error);
    int port() const { return m_port; }
    QList<ReceivedMail> messages() const;
    // Waits until at least `count` messages arrived (they normally have by the time the sender returns).
    bool waitFor(int count, int timeoutMs = 5000) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace dp::test
