#include "auth/secretstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace dp;

namespace {

QByteArray allFilesContent(const QString& dir)
{
    QByteArray all;
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile f(info.filePath());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QStringList secretFiles(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.secret")}, QDir::Files);
}

bool ownerOnly(const QString& path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & 0777) == 0600;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qunsetenv("DEALERPAY_SECRETS"); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("api key") << "api_key" << QByteArray("sk_live_51HxYzAbCdEf");
        QTest::newRow("empty secret") << "empty" << QByteArray();
        QTest::newRow("binary") << "binary" << QByteArray("\x00\x01\xff\xfe\x00", 5);
        QTest::newRow("unicode name") << QString::fromUtf8("smtp/mot de passe é") << QByteArray("p@ss w0rd");
        QTest::newRow("path-like name") << "../../etc/passwd" << QByteArray("not escaping");
        QTest::newRow("long") << "long" << QByteArray(100000, 'x');
    }
    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, secret);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets"));
        auto store = SecretStore::createEncryptedFile(path);
        QCOMPARE(store->backendName(), QStringLiteral("encrypted file"));
        QString error;
        QVERIFY2(store->write(name, secret, &error), qPrintable(error));
        QCOMPARE(store->read(name, &error), std::optional<QByteArray>(secret));
        // A fresh instance (another run of the app) reads it back from disk.
        auto again = SecretStore::createEncryptedFile(path);
        QCOMPARE(again->read(name, &error), std::optional<QByteArray>(secret));
        QCOMPARE(secretFiles(path).size(), 1); // stays inside the folder whatever the name
    }

    void fileDoesNotContainPlaintext()
    {
        QTemporaryDir dir;
        auto store = SecretStore::createEncryptedFile(dir.path());
        const QByteArray secret("sk_live_VERY_SECRET_VALUE_123");
        QVERIFY(store->write(QStringLiteral("stripe_api_key"), secret));
        const QByteArray onDisk = allFilesContent(dir.path());
        QVERIFY(!onDisk.isEmpty());
        QVERIFY(!onDisk.contains(secret));
        QVERIFY(!onDisk.contains("VERY_SECRET"));
        QVERIFY(!onDisk.contains(secret.toBase64()));
        QVERIFY(!onDisk.contains("stripe_api_key")); // names are not readable either
        for (const QString& f : QDir(dir.path()).entryList(QDir::Files))
            QVERIFY2(!f.contains(QStringLiteral("stripe")), qPrintable(f));
    }

    void sameSecretEncryptsDifferently()
    {
        QTemporaryDir dir;
        auto store = SecretStore::createEncryptedFile(dir.path());
        QVERIFY(store->write(QStringLiteral("a"), "same"));
        const QByteArray first = allFilesContent(dir.path());
        QVERIFY(store->write(QStringLiteral("a"), "same"));
        QVERIFY(allFilesContent(dir.path()) != first); // fresh nonce on every write
    }

    void permissionsOwnerOnly()
    {
        const mode_t previous = ::umask(0); // even with a permissive umask
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets"));
        auto store = SecretStore::createEncryptedFile(path);
        const bool written = store->write(QStringLiteral("smtp_password"), "hunter2hunter2");
        ::umask(previous);
        QVERIFY(written);
        QVERIFY(ownerOnly(path + QStringLiteral("/master.key")));
        const QStringList files = secretFiles(path);
        QCOMPARE(files.size(), 1);
        QVERIFY(ownerOnly(path + QLatin1Char('/') + files.first()));
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0700);
        QCOMPARE(QDir(path).entryList(QDir::Files).size(), 2); // no temporary file left behind
    }

    void wrongMasterKeyFails()
    {
        QTemporaryDir dir;
        auto store = SecretStore::createEncryptedFile(dir.path());
        QVERIFY(store->write(QStringLiteral("api_key"), "sk_live_abc"));
        QFile key(dir.filePath(QStringLiteral("master.key")));
        QCOMPARE(key.size(), 32);
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write(QByteArray(32, '\x42'));
        key.close();
        QString error;
        auto other = SecretStore::createEncryptedFile(dir.path());
        QCOMPARE(other->read(QStringLiteral("api_key"), &error), std::nullopt);
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(QStringLiteral("sk_live")));
    }

    void damagedMasterKeyFails()
    {
        QTemporaryDir dir;
        QVERIFY(SecretStore::createEncryptedFile(dir.path())->write(QStringLiteral("k"), "v"));
        QFile key(dir.filePath(QStringLiteral("master.key")));
        QVERIFY(key.resize(10));
        QString error;
        auto store = SecretStore::createEncryptedFile(dir.path());
        QCOMPARE(store->read(QStringLiteral("k"), &error), std::nullopt);
        QVERIFY(!error.isEmpty());
        QVERIFY(!store->write(QStringLiteral("k2"), "v2", &error)); // never silently replaces the key
        QCOMPARE(QFileInfo(key.fileName()).size(), 10);
    }

    void tamperedFileFails()
    {
        QTemporaryDir dir;
        auto store = SecretStore::createEncryptedFile(dir.path());
        QVERIFY(store->write(QStringLiteral("api_key"), "sk_live_abc"));
        QFile file(dir.filePath(secretFiles(dir.path()).first()));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray data = file.readAll();
        data[data.size() - 1] = char(data.at(data.size() - 1) ^ 0x01);
        file.seek(0);
        file.write(data);
        file.close();
        QString error;
        QCOMPARE(store->read(QStringLiteral("api_key"), &error), std::nullopt);
        QVERIFY(!error.isEmpty());
    }

    void fileCopiedUnderAnotherNameFails()
    {
        QTemporaryDir dir;
        auto store = SecretStore::createEncryptedFile(dir.path());
        QVERIFY(store->write(QStringLiteral("a"), "secret-a"));
        const QString fileA = dir.filePath(secretFiles(dir.path()).first());
        QVERIFY(store->write(QStringLiteral("b"), "secret-b"));
        QString fileB;
        for (const QString& f : secretFiles(dir.path())) {
            if (dir.filePath(f) != fileA)
                fileB = dir.filePath(f);
        }
        QVERIFY(QFile::remove(fileB));
        QVERIFY(QFile::copy(fileA, fileB));
        QString error;
        QCOMPARE(store->read(QStringLiteral("b"), &error), std::nullopt);
        QVERIFY(!error.isEmpty());
        QCOMPARE(store->read(QStringLiteral("a")), std::optional<QByteArray>("secret-a"));
    }

    void missingAndRemove()
    {
        QTemporaryDir dir;
        auto store = SecretStore::createEncryptedFile(dir.path());
        QString error = QStringLiteral("unchanged?");
        QCOMPARE(store->read(QStringLiteral("nothing"), &error), std::nullopt);
        QVERIFY(error.isEmpty()); // absent is not an error
        QVERIFY(store->write(QStringLiteral("k"), "one"));
        QVERIFY(store->write(QStringLiteral("k"), "two"));
        QCOMPARE(store->read(QStringLiteral("k")), std::optional<QByteArray>("two"));
        QVERIFY(store->remove(QStringLiteral("k")));
        QCOMPARE(store->read(QStringLiteral("k")), std::nullopt);
        QVERIFY(secretFiles(dir.path()).isEmpty());
        QVERIFY(store->remove(QStringLiteral("k"))); // removing twice is fine
    }

    void emptyNameRefused()
    {
        QTemporaryDir dir;
        auto store = SecretStore::createEncryptedFile(dir.path());
        QString error;
        QVERIFY(!store->write(QString(), "x", &error));
        QVERIFY(!error.isEmpty());
    }

    void twoInstancesShareTheKey()
    {
        QTemporaryDir dir;
        auto a = SecretStore::createEncryptedFile(dir.path());
        auto b = SecretStore::createEncryptedFile(dir.path());
        QVERIFY(a->write(QStringLiteral("x"), "from a"));
        QVERIFY(b->write(QStringLiteral("y"), "from b"));
        QCOMPARE(a->read(QStringLiteral("y")), std::optional<QByteArray>("from b"));
        QCOMPARE(b->read(QStringLiteral("x")), std::optional<QByteArray>("from a"));
    }

    void defaultHonoursFileSetting()
    {
        QTemporaryDir dir;
        qputenv("DEALERPAY_SECRETS", "file");
        auto store = SecretStore::createDefault(QStringLiteral("DealerPayTest"), dir.path());
        qunsetenv("DEALERPAY_SECRETS");
        QCOMPARE(store->backendName(), QStringLiteral("encrypted file"));
        QVERIFY(store->write(QStringLiteral("k"), "v"));
        QCOMPARE(secretFiles(dir.path()).size(), 1);
    }

    void defaultProbeIsQuick()
    {
        // Without a keychain service (CI) the probe must fall back within its short timeout.
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        auto store = SecretStore::createDefault(QStringLiteral("DealerPayTest"), dir.path());
        QVERIFY(store);
        QVERIFY(store->backendName() == QLatin1String("keychain")
                || store->backendName() == QLatin1String("encrypted file"));
        QVERIFY2(timer.elapsed() < 4500, qPrintable(QString::number(timer.elapsed())));
        timer.restart();
        SecretStore::createDefault(QStringLiteral("DealerPayTest"), dir.path()); // probed once per process
        QVERIFY(timer.elapsed() < 500);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "test_secretstore.moc"
