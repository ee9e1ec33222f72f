// DevServer::startInBackground: the same server as start(), made without blocking the thread
// that asked for it (the graphical demo paints its wizard while the keys are made).
#include "common/ProtocolClient.h"
#include "devserver/DevServer.h"

#include <QtCore/QTemporaryDir>
#include <QtCore/QThreadPool>
#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace groove;
using namespace groove::devserver;
using testing::ProtocolClient;

namespace {

QString codeOf(DevServer &s, const QString &login)
{
    for (const MemberState &m : s.state().members()) {
        if (m.login == login)
            return m.code;
    }
    return {};
}

// Receives the result on the main thread and says so with a signal (for QSignalSpy).
class Receiver final : public QObject
{
    Q_OBJECT

public:
    Result<std::unique_ptr<DevServer>> result = Error::make(ErrorKind::Usage);
    bool timerFiredBefore = false;
    bool called = false;

signals:
    void done();
};

} // namespace

class TestDevServerBackground final : public QObject
{
    Q_OBJECT

private slots:
    void servesLikeStart_data()
    {
        QTest::addColumn<bool>("ownStateDir");
        QTest::newRow("temporary state") << false;
        QTest::newRow("given state folder") << true;
    }

    void servesLikeStart()
    {
        QFETCH(bool, ownStateDir);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DevServer::Options options;
        if (ownStateDir)
            options.stateDir = dir.filePath(QStringLiteral("server"));

        Receiver receiver;
        bool timerFired = false;
        // The event loop must turn while the keys are made: a 0 ms timer started now fires
        // before the result arrives (the keys take far longer than one turn of the loop).
        QTimer::singleShot(0, &receiver, [&timerFired] { timerFired = true; });
        QSignalSpy spy(&receiver, &Receiver::done);
        DevServer::startInBackground(options, &receiver,
                                     [&](Result<std::unique_ptr<DevServer>> server) {
                                         receiver.timerFiredBefore = timerFired;
                                         receiver.called = true;
                                         receiver.result = std::move(server);
                                         emit receiver.done();
                                     });
        QVERIFY(!receiver.called); // never from inside the call
        QVERIFY(spy.wait(60000));
        QVERIFY(receiver.timerFiredBefore);
        QVERIFY2(receiver.result,
                 qPrintable(receiver.result ? QString() : receiver.result.error().toLogString()));
        DevServer &server = **receiver.result;
        QCOMPARE(server.thread(), QThread::currentThread());
        QVERIFY(server.port() > 0);
        if (ownStateDir)
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("server/tls/ca.pem"))));

        // It serves: a KeyActivation with Bob's code succeeds over plain http.
        ProtocolClient client(server.caPath());
        const Result<protocol::client::Activation> activation = client.keyActivation(
                QUrl(server.serverUrl()),
                protocol::client::CodeKey::fromCode(codeOf(server, QStringLiteral("bob"))));
        QVERIFY2(activation, qPrintable(activation ? QString() : activation.error().toLogString()));
    }

    void errorsArriveLikeStart()
    {
        DevServer::Options options;
        options.address = QHostAddress(QStringLiteral("192.0.2.1")); // not loopback, not allowed
        Receiver receiver;
        QSignalSpy spy(&receiver, &Receiver::done);
        DevServer::startInBackground(options, &receiver,
                                     [&](Result<std::unique_ptr<DevServer>> server) {
                                         receiver.called = true;
                                         receiver.result = std::move(server);
                                         emit receiver.done();
                                     });
        QVERIFY(spy.wait(10000));
        QVERIFY(!receiver.result);
        QCOMPARE(receiver.result.error().kind, ErrorKind::Usage);
    }

    void nothingArrivesAfterTheContextIsGone()
    {
        bool called = false;
        {
            QObject context;
            DevServer::startInBackground(
                    {}, &context, [&called](Result<std::unique_ptr<DevServer>>) { called = true; });
        }
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        // The queued result is delivered (and dropped) on the next turn of the loop.
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestDevServerBackground)
#include "tst_devserverbackground.moc"
