// What keeps one client from holding the devserver's connection slots: the request deadline
// (slowloris), the cap per client address, and the bound on closing a connection whose peer
// never reads. Raw sockets on 127.0.0.1; deadlines and caps are made small through the setters.
#include "common/RawHttpClient.h"
#include "devserver/HttpServer.h"
#include "devserver/TlsIdentity.h"

#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>
#include <optional>
#include <vector>

using namespace groove;
using namespace groove::devserver;
using namespace groove::testing;
using namespace std::chrono_literals;

class TestHttpLimits final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_stateDir;
    std::optional<TlsIdentity> m_tls;
    std::unique_ptr<HttpServer> m_server;
    int m_requests = 0;

    // Sends 'bytes' one at a time, every 100 ms, as long as the connection is open.
    static void dribble(RawClient &c, const QByteArray &bytes, qsizetype *sent, QTimer &timer)
    {
        QObject::connect(&timer, &QTimer::timeout, &c.socket, [&c, bytes, sent, &timer] {
            if (c.closed || *sent >= bytes.size()) {
                timer.stop();
                return;
            }
            c.send(bytes.mid(*sent, 1));
            ++*sent;
        });
        timer.start(100ms);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_stateDir.isValid());
        Result<TlsIdentity> id = TlsIdentity::loadOrCreate(m_stateDir.path());
        QVERIFY(id.ok());
        m_tls = std::move(id).value();
    }

    void init()
    {
        m_requests = 0;
        m_server = std::make_unique<HttpServer>();
        m_server->setTlsConfiguration(m_tls->serverConfiguration());
        m_server->setHandler(
                [this](const HttpRequest &request, std::function<void(HttpResponse)> reply) {
                    ++m_requests;
                    HttpResponse response;
                    response.body = request.target;
                    if (request.target == "/midbody-huge") {
                        response.body = QByteArray(64 * 1024 * 1024, 'm');
                        response.delivery = Delivery::CloseMidBody;
                    }
                    reply(response);
                });
        m_server->setIdleTimeout(20s); // longer than any test: only the limit under test acts
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

    void cleanup() { m_server.reset(); }

    void slowClientIsCutOffAtTheDeadline_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status"); // what the server reports having served
        QTest::newRow("plain HTTP head")
                << QByteArray(post("/gms.dll", QByteArray(40, 'x'))) << 408;
        // A ClientHello that never ends: the TLS handshake has the same deadline.
        QTest::newRow("TLS ClientHello")
                << QByteArray(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)
                              + QByteArray(80, '\0'))
                << -1;
    }

    void slowClientIsCutOffAtTheDeadline()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        m_server->setRequestTimeout(600ms);
        QSignalSpy served(m_server.get(), &HttpServer::requestServed);
        RawClient c(m_server->port());
        QTRY_COMPARE(m_server->activeConnections(), 1);
        qsizetype sent = 0;
        QTimer timer;
        dribble(c, bytes, &sent, timer);
        // Each byte resets the idle timeout (20 s); the whole would take bytes.size() / 10 s.
        QTRY_VERIFY_WITH_TIMEOUT(c.closed, 5000);
        QVERIFY2(sent < bytes.size(), qPrintable(QString::number(sent)));
        QTRY_COMPARE(m_server->activeConnections(), 0);
        QCOMPARE(m_requests, 0);
        if (status > 0) {
            QCOMPARE(served.size(), 1);
            QCOMPARE(served.at(0).at(3).toInt(), status);
        } else {
            QCOMPARE(served.size(), 0);
        }
    }

    // The deadline runs from a request's first byte: time between requests does not count.
    void quietTimeBetweenRequestsDoesNotCount()
    {
        m_server->setRequestTimeout(300ms);
        RawClient c(m_server->port());
        c.send(post("/one", "x"));
        QTRY_COMPARE(c.responses.size(), 1);
        QTest::qWait(700);
        QVERIFY(!c.closed);
        c.send(post("/two", "x"));
        QTRY_COMPARE(c.responses.size(), 2);
        QCOMPARE(c.responses.at(1).status, 200);
        QCOMPARE(c.responses.at(1).body, QByteArray("/two"));
        QVERIFY(!c.closed);
    }

    void connectionsPerAddressAreCapped()
    {
        m_server->setMaxConnectionsPerAddress(3);
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 3; ++i)
            clients.push_back(std::make_unique<RawClient>(m_server->port()));
        QTRY_COMPARE(m_server->activeConnections(), 3);

        RawClient extra(m_server->port());
        QTRY_VERIFY(extra.closed);
        QVERIFY(extra.received.isEmpty());
        QCOMPARE(m_server->activeConnections(), 3);
        for (const auto &c : clients) {
            QVERIFY(!c->closed);
            c->send(post("/still-served", "x"));
            QTRY_COMPARE(c->responses.size(), 1);
            QCOMPARE(c->responses.at(0).status, 200);
        }

        // A slot given back can be taken again.
        clients.pop_back();
        QTRY_COMPARE(m_server->activeConnections(), 2);
        RawClient again(m_server->port());
        again.send(post("/again", "x"));
        QTRY_COMPARE(again.responses.size(), 1);
        QVERIFY(!again.closed);
    }

    // A peer that never reads cannot keep a connection the server wants to close.
    void closingWithoutAReaderIsBounded()
    {
        m_server->setIdleTimeout(500ms);
        QTcpSocket socket;
        socket.setReadBufferSize(1024); // Qt stops reading: the kernel buffers fill up
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        socket.write(post("/midbody-huge", "x"));
        QTRY_COMPARE(m_requests, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->activeConnections(), 0, 5000);
    }
};

QTEST_GUILESS_MAIN(TestHttpLimits)
#include "tst_httplimits.moc"
