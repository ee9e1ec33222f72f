// One graphical instance per user: the first start listens, a later one hands its arguments over
// (exactly, unicode and links included), a dead instance's socket is taken over, and once the
// first instance is gone the next start is the first again.
#include "ui/SingleInstance.h"

#include <QtCore/QDir>
#include <QtCore/QThread>
#include <QtCore/QUuid>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using groove::ui::SingleInstance;

namespace {

QString uniqueName()
{
    return QStringLiteral("tst-singleinstance-")
            + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

// A socket file bound by a process that then died without closing its server: nobody accepts on
// it any more, connecting is refused.
bool leaveDeadSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray bytes = QFile::encodeName(path);
    if (size_t(bytes.size()) >= sizeof(address.sun_path)) {
        ::close(fd);
        return false;
    }
    std::memcpy(address.sun_path, bytes.constData(), size_t(bytes.size()));
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return bound && QFile::exists(path);
}

} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private slots:
    void firstIsPrimary();
    void secondHandsOver_data();
    void secondHandsOver();
    void deadInstanceIsTakenOver();
    void primaryGoneNextIsPrimary();
    void garbageIsIgnored();
    void hungPrimaryKeepsItsName();
    void defaultNameIsPerUser();
};

void TestSingleInstance::firstIsPrimary()
{
    SingleInstance first(uniqueName());
    QVERIFY(!first.isPrimary());
    QVERIFY(!first.handOver({ QStringLiteral("groove-enroll") }));
    QVERIFY(first.isPrimary());
}

void TestSingleInstance::secondHandsOver_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("program only") << QStringList{ QStringLiteral("groove-enroll") };
    QTest::newRow("tray") << QStringList{ QStringLiteral("/usr/bin/groove-enroll"),
                                          QStringLiteral("--tray") };
    QTest::newRow("link") << QStringList{
        QStringLiteral("groove-enroll"),
        QStringLiteral("groove-enroll://enroll?server=https%3A%2F%2Fgms.example.com%2Fgms.dll"
                       "&code=K7QM-4XHT-93PD-ZWRB&expires=1893456000")
    };
    QTest::newRow("unicode and empty")
            << QStringList{ QStringLiteral("groove-enroll"),
                            QStringLiteral("Gr\u00FC\u00DFe \u043A\u043E\u0434 \U0001F511"),
                            QString(), QStringLiteral("a\nb") };
    QTest::newRow("large") << QStringList{ QStringLiteral("groove-enroll"), QString(100000, u'x') };
}

void TestSingleInstance::secondHandsOver()
{
    QFETCH(QStringList, arguments);
    const QString name = uniqueName();
    SingleInstance first(name);
    QVERIFY(!first.handOver({ QStringLiteral("groove-enroll") }));
    QVERIFY(first.isPrimary());
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    // The second start blocks while it waits for the acknowledgement, which the first sends from
    // its event loop: so the second runs in a thread of its own.
    bool handedOver = false;
    bool secondPrimary = true;
    std::unique_ptr<QThread> second(QThread::create([&] {
        SingleInstance other(name);
        handedOver = other.handOver(arguments, 5000);
        secondPrimary = other.isPrimary();
    }));
    second->start();
    QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), 10000);
    QVERIFY(handedOver);
    QVERIFY(!secondPrimary);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), arguments);
}

void TestSingleInstance::deadInstanceIsTakenOver()
{
    const QString name = QDir::temp().filePath(uniqueName());
    QVERIFY(leaveDeadSocket(name));
    {
        QLocalSocket probe;
        probe.connectToServer(name);
        QVERIFY(!probe.waitForConnected(1000)); // really dead
    }
    SingleInstance next(name);
    QVERIFY(!next.handOver({ QStringLiteral("groove-enroll") }, 1000));
    QVERIFY(next.isPrimary());
}

void TestSingleInstance::primaryGoneNextIsPrimary()
{
    const QString name = uniqueName();
    {
        SingleInstance first(name);
        QVERIFY(!first.handOver({ QStringLiteral("groove-enroll") }));
        QVERIFY(first.isPrimary());
    }
    SingleInstance next(name);
    QVERIFY(!next.handOver({ QStringLiteral("groove-enroll") }, 1000));
    QVERIFY(next.isPrimary());
}

void TestSingleInstance::garbageIsIgnored()
{
    // A client that sends nonsense (or an absurd length) is dropped without a signal, and the
    // primary still serves the next start.
    const QString name = uniqueName();
    SingleInstance first(name);
    QVERIFY(!first.handOver({ QStringLiteral("groove-enroll") }));
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    QLocalSocket garbage;
    garbage.connectToServer(name);
    QVERIFY(garbage.waitForConnected(2000));
    garbage.write(QByteArray("\xff\xff\xff\xff", 4));
    QTRY_COMPARE(garbage.state(), QLocalSocket::UnconnectedState);

    QLocalSocket broken;
    broken.connectToServer(name);
    QVERIFY(broken.waitForConnected(2000));
    broken.write(QByteArray("\x00\x00\x00\x03"
                            "abc",
                            7));
    QTRY_COMPARE(broken.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(received.size(), 0);

    bool handedOver = false;
    std::unique_ptr<QThread> second(QThread::create([&] {
        SingleInstance other(name);
        handedOver = other.handOver({ QStringLiteral("x") }, 5000);
    }));
    second->start();
    QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), 10000);
    QVERIFY(handedOver);
    QCOMPARE(received.size(), 1);
}

void TestSingleInstance::hungPrimaryKeepsItsName()
{
    // Someone listens but never acknowledges (a hung instance): the new start does not claim to
    // have handed over, and does not take the name away either.
    const QString name = uniqueName();
    QLocalServer hung;
    QVERIFY(hung.listen(name));
    SingleInstance next(name);
    QVERIFY(!next.handOver({ QStringLiteral("groove-enroll") }, 300));
    QVERIFY(!next.isPrimary());
    QVERIFY(hung.isListening());
}

void TestSingleInstance::defaultNameIsPerUser()
{
    const SingleInstance a;
    const SingleInstance b;
    QCOMPARE(a.serverName(), b.serverName());
    QVERIFY(a.serverName().contains(QStringLiteral("groove-enroll-")));
    const QByteArray user = qgetenv("USER");
    qputenv("USER", user + "-someone-else");
    const SingleInstance other;
    qputenv("USER", user);
    QVERIFY(other.serverName() != a.serverName());
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
