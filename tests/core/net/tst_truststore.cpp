// TrustStore: the user's trusted server keys. One pin per host:port, saved privately (0600) and
// read fresh by every process; damaged values never turn into pins; a pin the file cannot take
// still holds for this process.
#include "net/TrustStore.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <sys/stat.h>

using namespace groove;
using namespace groove::engine;

namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray pin(char c)
{
    return QByteArray(32, c);
}

} // namespace

class TestTrustStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    [[nodiscard]] QString path(const QString &name) const
    {
        return m_dir.filePath(name + QStringLiteral("/trusted-servers.conf"));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void savedPerHostAndPort()
    {
        const QString file = path(QStringLiteral("per-host"));
        TrustStore store(file);
        QVERIFY(store.pinFor(QStringLiteral("server.example"), 443).isEmpty());
        QVERIFY(store.trust(QStringLiteral("Server.Example"), 443, pin('a')).ok());
        QVERIFY(store.trust(QStringLiteral("server.example"), 8443, pin('b')).ok());
        QVERIFY(store.trust(QStringLiteral("::1"), 443, pin('c')).ok());
        QCOMPARE(modeOf(file), 0600);

        // Another process (a fresh store on the same file) sees them; host names ignore case.
        const TrustStore other(file);
        QCOMPARE(other.pinFor(QStringLiteral("SERVER.example"), 443), pin('a'));
        QCOMPARE(other.pinFor(QStringLiteral("server.example"), 8443), pin('b'));
        QCOMPARE(other.pinFor(QStringLiteral("::1"), 443), pin('c'));
        QVERIFY(other.pinFor(QStringLiteral("server.example"), 80).isEmpty());
        QVERIFY(other.pinFor(QStringLiteral("other.example"), 443).isEmpty());
        QCOMPARE(other.entries().size(), 3);

        // Replaced, then forgotten.
        QVERIFY(store.trust(QStringLiteral("server.example"), 443, pin('d')).ok());
        QCOMPARE(TrustStore(file).pinFor(QStringLiteral("server.example"), 443), pin('d'));
        QVERIFY(store.forget(QStringLiteral("server.example"), 443).ok());
        QVERIFY(TrustStore(file).pinFor(QStringLiteral("server.example"), 443).isEmpty());
        QVERIFY(store.pinFor(QStringLiteral("server.example"), 443).isEmpty());
        QCOMPARE(modeOf(file), 0600);
    }

    void wrongPinLength()
    {
        TrustStore store(path(QStringLiteral("length")));
        QCOMPARE(store.trust(QStringLiteral("h"), 443, QByteArray(20, 'x')).error().kind,
                 ErrorKind::Usage);
        QVERIFY(store.pinFor(QStringLiteral("h"), 443).isEmpty());
    }

    void damagedValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("too short") << QStringLiteral("abcd");
        QTest::newRow("not hex") << QString(64, u'g');
        QTest::newRow("65 digits") << QString(65, u'a');
        QTest::newRow("prefixed") << (QStringLiteral("sha256//") + QString(64, u'a'));
        QTest::newRow("empty") << QString();
    }

    void damagedValues()
    {
        QFETCH(QString, value);
        const QString file = path(QStringLiteral("damaged-") + QString::number(qHash(value)));
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        const TrustStore store(file);
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(QStringLiteral("TrustedServers/host.example:443"), value);
            settings.setValue(QStringLiteral("TrustedServers/good.example:443"), QString(64, u'A'));
        }
        QVERIFY(store.pinFor(QStringLiteral("host.example"), 443).isEmpty());
        QCOMPARE(store.pinFor(QStringLiteral("good.example"), 443), QByteArray(32, '\xaa'));
        QCOMPARE(store.entries().size(), 1);
    }

    void unwritableFileHoldsForThisProcess()
    {
        // A file where the folder should be: no one, not even root, can create the file.
        const QString notAFolder = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile blocker(notAFolder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString file = notAFolder + QStringLiteral("/trusted-servers.conf");
        TrustStore store(file);
        const Status saved = store.trust(QStringLiteral("h.example"), 443, pin('e'));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, ErrorKind::Storage);
        QCOMPARE(store.pinFor(QStringLiteral("h.example"), 443), pin('e'));
        QVERIFY(TrustStore(file).pinFor(QStringLiteral("h.example"), 443).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_truststore.moc"
