#include "paymentsguitest.h"

#include "guitest.h"

#include "api/apiclient.h"
#include "payments/paymentssync.h"
#include "payments/paymentstab.h"
#include "context/appcontext.h"
#include "auth/userservice.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

namespace dp::test {

namespace {
constexpr int kSyncTimeoutMs = 180000;
}

bool pseudoTranslated()
{
    return qEnvironmentVariableIntValue("DEALERPAY_PSEUDO_TR") == 1;
}

Session demoUser(AppContext& ctx, Role role)
{
    for (const UserInfo& user : ctx.users().demoUsers()) {
        if (user.role == role) {
            auto session = ctx.users().login(user.email, UserService::kDemoPassword);
            return session.ok() ? session.value() : Session();
        }
    }
    return {};
}

QJsonArray smsLog(AppContext& ctx)
{
    return ctx.api().get(QStringLiteral("/v1/test_helpers/sms/messages")).json.value(QLatin1String("data")).toArray();
}

bool waitForSync(ui::PaymentsTab* tab)
{
    QTest::qWait(0);
    return QTest::qWaitFor([tab] { return !tab->sync()->isRunning(); }, kSyncTimeoutMs);
}

bool syncNow(ui::PaymentsTab* tab)
{
    if (!waitForSync(tab))
        return false;
    QSignalSpy finished(tab->sync(), &ui::PaymentsSync::finished);
    if (!click(visible<QPushButton>(QStringLiteral("syncNowButton"))))
        return false;
    return finished.wait(kSyncTimeoutMs) && finished.first().at(0).toBool();
}

QString renderPdf(const QString& pdf, const QString& dir, const QString& name)
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        return {};
    const QString prefix = QDir(dir).filePath(name);
    QProcess::execute(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                 QStringLiteral("-singlefile"), pdf, prefix});
    const QString png = prefix + QStringLiteral(".png");
    const QString shots = qEnvironmentVariable("DEALERPAY_SCREENSHOT_DIR");
    if (!shots.isEmpty() && QFile::exists(png)) {
        QDir().mkpath(shots);
        const QString copy = QDir(shots).filePath(name + QStringLiteral(".png"));
        QFile::remove(copy);
        QFile::copy(png, copy);
    }
    return png;
}

qint64 latestEventCursor(AppContext& ctx)
{
    QSqlQuery q(ctx.database().connection());
    return q.exec(QStringLiteral("SELECT MAX(events_since) FROM sync_state")) && q.next() ? q.value(0).toLongLong() : 0;
}

int rewindFutureEventCursors(AppContext& ctx)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(ctx.database().connection());
    q.prepare(QStringLiteral("UPDATE sync_state SET events_since = ? WHERE events_since > ?"));
    q.addBindValue(now - 120);
    q.addBindValue(now);
    return q.exec() ? q.numRowsAffected() : 0;
}

} // namespace dp::test
