#include "smtpsink.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

#ifndef DP_SMTPSINK_SCRIPT
#error "DP_SMTPSINK_SCRIPT must name tests/staff/smtpsink.py"
#endif

namespace dp::test {
namespace {

// Header block and body of one entity; header names lower-cased, continuation lines unfolded.
QMap<QByteArray, QByteArray> readHeaders(const QByteArray& entity, QByteArray* body)
{
    QMap<QByteArray, QByteArray> headers;
    const qsizetype end = entity.indexOf("\r\n\r\n");
    const QByteArray block = end < 0 ? entity : entity.left(end);
    *body = end < 0 ? QByteArray() : entity.mid(end + 4);
    QByteArray name;
    for (const QByteArray& line : block.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if ((l.startsWith(' ') || l.startsWith('\t')) && !name.isEmpty()) {
            headers[name] += ' ' + l.trimmed();
            continue;
        }
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            continue;
        name = l.left(colon).trimmed().toLower();
        headers.insert(name, l.mid(colon + 1).trimmed());
    }
    return headers;
}

QString decodeWords(const QByteArray& value)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="));
    QString text = QString::fromLatin1(value);
    QString out;
    qsizetype last = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QByteArray data = m.captured(3).toLatin1();
        out += m.captured(2).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0
            ? QString::fromUtf8(QByteArray::fromBase64(data))
            : QString::fromUtf8(QByteArray::fromPercentEncoding(QByteArray(data).replace('_', ' ').replace('=', '%')));
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

QString decodeBody(const QMap<QByteArray, QByteArray>& headers, const QByteArray& body)
{
    const QByteArray encoding = headers.value("content-transfer-encoding").toLower();
    if (encoding == "base64") {
        QByteArray compact = body;
        compact.replace("\r", "").replace("\n", "");
        return QString::fromUtf8(QByteArray::fromBase64(compact));
    }
    return QString::fromUtf8(body);
}

} // namespace

ReceivedMail parseMail(const QByteArray& raw)
{
    ReceivedMail mail;
    mail.raw = raw;
    QByteArray body;
    mail.headers = readHeaders(raw, &body);
    mail.subject = decodeWords(mail.headers.value("subject"));
    mail.from = decodeWords(mail.headers.value("from"));
    mail.contentType = mail.headers.value("content-type");
    static const QRegularExpression boundaryRe(QStringLiteral("boundary=\"?([^\";]+)\"?"));
    const auto m = boundaryRe.match(QString::fromLatin1(mail.contentType));
    if (!m.hasMatch()) {
        mail.text = decodeBody(mail.headers, body);
        return mail;
    }
    const QByteArray delimiter = "--" + m.captured(1).toLatin1();
    const QList<QByteArray> chunks = body.split('\n');
    QList<QByteArray> parts;
    QByteArray current;
    bool inPart = false;
    for (const QByteArray& line : chunks) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (l == delimiter || l == delimiter + "--") {
            if (inPart)
                parts.append(current);
            current.clear();
            inPart = l == delimiter;
            continue;
        }
        if (inPart)
            current += l + "\r\n";
    }
    for (const QByteArray& part : parts) {
        QByteArray partBody;
        const auto headers = readHeaders(part, &partBody);
        const QByteArray type = headers.value("content-type");
        mail.partTypes.append(type);
        if (type.toLower().startsWith("text/plain"))
            mail.text = decodeBody(headers, partBody);
        else if (type.toLower().startsWith("text/html"))
            mail.html = decodeBody(headers, partBody);
    }
    return mail;
}

SmtpSink::SmtpSink() = default;

SmtpSink::~SmtpSink()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel(); // the script stops when its stdin closes
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(1000);
        }
    }
}

bool SmtpSink::start(QString* error)
{
    m_process.setProgram(QStringLiteral("/usr/bin/python3"));
    m_process.setArguments({QStringLiteral(DP_SMTPSINK_SCRIPT), m_dir.filePath(QStringLiteral("mail"))});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot start the SMTP sink: ") + m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(200);
    m_port = QString::fromLatin1(m_process.readLine()).trimmed().toInt();
    if (m_port <= 0) {
        *error = QStringLiteral("the SMTP sink did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    return true;
}

QList<ReceivedMail> SmtpSink::messages() const
{
    QList<ReceivedMail> out;
    const QDir dir(m_dir.filePath(QStringLiteral("mail")));
    for (const QString& name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ReceivedMail mail = parseMail(file.readAll());
        QFile envelope(dir.filePath(name.chopped(4) + QStringLiteral(".json")));
        if (envelope.open(QIODevice::ReadOnly)) {
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(envelope.readAll()).object().value(QLatin1String("to")).toArray())
                mail.envelopeTo.append(v.toString());
        }
        out.append(mail);
    }
    return out;
}

bool SmtpSink::waitFor(int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (messages().size() < count) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    return true;
}

} // namespace dp::test
