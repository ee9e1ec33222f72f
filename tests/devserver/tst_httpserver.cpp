#include "common/RawHttpClient.h"
#include "devserver/HttpServer.h"
#include "devserver/TlsIdentity.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslSocket>
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

namespace {

struct NamResult
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray overTls;
};

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void plainPostThroughNam_data();
    void plainPostThroughNam();
    void plainPostThroughRawSocket();
    void tlsOnTheSamePort_data();
    void tlsOnTheSamePort();
    void tlsWithoutTheCaFails();
    void tlsOnlyPort();
    void keepAliveTwoRequests();
    void pipelinedRequestsInOrder();
    void connectionCloseHonoured_data();
    void connectionCloseHonoured();
    void rejected_data();
    void rejected();
    void idleTimeoutCloses_data();
    void idleTimeoutCloses();
    void closeMidBody_data();
    void closeMidBody();
    void stallHoldsUntilIdleTimeout();
    void closeNoAnswer();
    void replyAfterTheClientLeftIsHarmless();
    void hundredConcurrentConnections();
    void connectionLimit();

private:
    void handle(const HttpRequest &request, std::function<void(HttpResponse)> reply);
    NamResult namPost(const QUrl &url, const QByteArray &body, bool trustCa = true);
    [[nodiscard]] QUrl url(const QString &scheme, const QString &host, quint16 port) const;

    QTemporaryDir m_stateDir;
    std::optional<TlsIdentity> m_tls;
    std::unique_ptr<HttpServer> m_server;
    QList<HttpRequest> m_requests;
    std::function<void(HttpResponse)> m_heldReply;
};

void TestHttpServer::initTestCase()
{
    QVERIFY(m_stateDir.isValid());
    Result<TlsIdentity> id = TlsIdentity::loadOrCreate(m_stateDir.path());
    QVERIFY(id.ok());
    m_tls = std::move(id).value();
}

void TestHttpServer::init()
{
    m_requests.clear();
    m_server = std::make_unique<HttpServer>();
    m_server->setTlsConfiguration(m_tls->serverConfiguration());
    m_server->setHandler(
            [this](const HttpRequest &request, std::function<void(HttpResponse)> reply) {
                handle(request, std::move(reply));
            });
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_server->port() != 0);
}

void TestHttpServer::cleanup()
{
    m_heldReply = nullptr;
    m_server.reset();
}

// The target picks the behaviour; everything else echoes the body.
void TestHttpServer::handle(const HttpRequest &request, std::function<void(HttpResponse)> reply)
{
    m_requests.append(request);
    HttpResponse response;
    response.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain") });
    response.headers.append({ QByteArrayLiteral("X-Over-Tls"), request.overTls ? "1" : "0" });
    response.headers.append({ QByteArrayLiteral("X-Target"), request.target });
    response.body = request.body;
    if (request.target == "/midbody") {
        response.body = QByteArray(1000, 'm');
        response.delivery = Delivery::CloseMidBody;
    } else if (request.target == "/stall") {
        response.delivery = Delivery::Stall;
    } else if (request.target == "/noanswer") {
        response.delivery = Delivery::CloseNoAnswer;
    } else if (request.target == "/hold") {
        m_heldReply = std::move(reply);
        return;
    } else if (request.target == "/slow") {
        QTimer::singleShot(50ms, m_server.get(), [reply, response] { reply(response); });
        return;
    }
    reply(std::move(response));
}

QUrl TestHttpServer::url(const QString &scheme, const QString &host, quint16 port) const
{
    QUrl u;
    u.setScheme(scheme);
    u.setHost(host);
    u.setPort(port);
    u.setPath(QStringLiteral("/gms.dll"));
    return u;
}

NamResult TestHttpServer::namPost(const QUrl &url, const QByteArray &body, bool trustCa)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("text/xml; charset=utf-8"));
    if (trustCa) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates({ m_tls->caCertificate() });
        request.setSslConfiguration(ssl);
    }
    std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10'000))
        return { QNetworkReply::TimeoutError, 0, {}, {} };
    return { reply->error(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             reply->readAll(), reply->rawHeader("X-Over-Tls") };
}

void TestHttpServer::plainPostThroughNam_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("small") << QByteArrayLiteral("<Envelope/>");
    QTest::newRow("exactly 1 MiB") << QByteArray(1'048'576, 'x');
}

void TestHttpServer::plainPostThroughNam()
{
    QFETCH(QByteArray, body);
    QSignalSpy served(m_server.get(), &HttpServer::requestServed);
    const NamResult r = namPost(
            url(QStringLiteral("http"), QStringLiteral("127.0.0.1"), m_server->port()), body);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, body);
    QCOMPARE(r.overTls, QByteArray("0"));
    QCOMPARE(served.size(), 1);
    QCOMPARE(served.at(0).at(1).toByteArray(), QByteArray("POST"));
    QCOMPARE(served.at(0).at(2).toByteArray(), QByteArray("/gms.dll"));
    QCOMPARE(served.at(0).at(3).toInt(), 200);
    QCOMPARE(m_requests.size(), 1);
    QCOMPARE(m_requests.at(0).header("content-type"), QByteArray("text/xml; charset=utf-8"));
    QCOMPARE(m_requests.at(0).localPort, m_server->port());
}

void TestHttpServer::plainPostThroughRawSocket()
{
    RawClient c(m_server->port());
    c.send(post("/gms.dll", "hello", "X-Mixed-Case:   spaced value  \r\n"));
    QTRY_COMPARE(c.responses.size(), 1);
    QCOMPARE(c.responses.at(0).status, 200);
    QCOMPARE(c.responses.at(0).body, QByteArray("hello"));
    QCOMPARE(c.responses.at(0).header("connection"), QByteArray("keep-alive"));
    QCOMPARE(c.responses.at(0).header("x-target"), QByteArray("/gms.dll"));
    QCOMPARE(m_requests.at(0).header("x-mixed-case"), QByteArray("spaced value"));
    QCOMPARE(m_requests.at(0).overTls, false);
    QVERIFY(!c.closed);
}

void TestHttpServer::tlsOnTheSamePort_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("localhost") << QStringLiteral("localhost") << QByteArray("secret");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << QByteArray("secret");
    QTest::newRow("1 MiB") << QStringLiteral("localhost") << QByteArray(1'048'576, 't');
}

void TestHttpServer::tlsOnTheSamePort()
{
    QFETCH(QString, host);
    QFETCH(QByteArray, body);
    const NamResult r = namPost(url(QStringLiteral("https"), host, m_server->port()), body);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, body);
    QCOMPARE(r.overTls, QByteArray("1"));
    QCOMPARE(m_requests.size(), 1);
    QVERIFY(m_requests.at(0).overTls);
}

void TestHttpServer::tlsWithoutTheCaFails()
{
    const NamResult r =
            namPost(url(QStringLiteral("https"), QStringLiteral("localhost"), m_server->port()),
                    "x", false);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(m_requests.isEmpty());
    QTRY_COMPARE(m_server->activeConnections(), 0);
}

void TestHttpServer::tlsOnlyPort()
{
    HttpServer tlsOnly;
    tlsOnly.setTlsConfiguration(m_tls->serverConfiguration());
    tlsOnly.setHandler([this](const HttpRequest &request, std::function<void(HttpResponse)> reply) {
        handle(request, std::move(reply));
    });
    QVERIFY(tlsOnly.listenTlsOnly(QHostAddress::LocalHost, 0));
    QVERIFY(tlsOnly.isTlsOnly());

    const NamResult r = namPost(
            url(QStringLiteral("https"), QStringLiteral("localhost"), tlsOnly.port()), "tls");
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.body, QByteArray("tls"));
    QCOMPARE(r.overTls, QByteArray("1"));

    // Plain HTTP is a failed handshake there: closed without an answer.
    RawClient c(tlsOnly.port());
    c.send(post("/gms.dll", "plain"));
    QTRY_VERIFY(c.closed);
    QVERIFY(c.responses.isEmpty());
    QCOMPARE(m_requests.size(), 1);
}

void TestHttpServer::keepAliveTwoRequests()
{
    QSignalSpy served(m_server.get(), &HttpServer::requestServed);
    RawClient c(m_server->port());
    c.send(post("/one", "1"));
    QTRY_COMPARE(c.responses.size(), 1);
    c.send(post("/two", "22"));
    QTRY_COMPARE(c.responses.size(), 2);
    QCOMPARE(c.responses.at(1).body, QByteArray("22"));
    QCOMPARE(m_server->activeConnections(), 1);
    QCOMPARE(served.size(), 2);
    QCOMPARE(served.at(0).at(0), served.at(1).at(0)); // one connection id
    QCOMPARE(m_requests.at(0).connectionId, m_requests.at(1).connectionId);
}

void TestHttpServer::pipelinedRequestsInOrder()
{
    RawClient c(m_server->port());
    // The first answer comes late, the others at once: the order must still be the requests'.
    c.send(post("/slow", "first") + post("/a", "second") + post("/b", "third"));
    QTRY_COMPARE(c.responses.size(), 3);
    QCOMPARE(c.responses.at(0).body, QByteArray("first"));
    QCOMPARE(c.responses.at(1).body, QByteArray("second"));
    QCOMPARE(c.responses.at(2).body, QByteArray("third"));
    QVERIFY(!c.closed);
}

void TestHttpServer::connectionCloseHonoured_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("Connection: close") << post("/gms.dll", "bye", "connection: Close\r\n");
    QTest::newRow("HTTP/1.0") << QByteArray(
            "POST /gms.dll HTTP/1.0\r\nContent-Length: 3\r\n\r\nbye");
}

void TestHttpServer::connectionCloseHonoured()
{
    QFETCH(QByteArray, request);
    RawClient c(m_server->port());
    c.send(request);
    QTRY_VERIFY(c.closed);
    QCOMPARE(c.responses.size(), 1);
    QCOMPARE(c.responses.at(0).body, QByteArray("bye"));
    QCOMPARE(c.responses.at(0).header("connection"), QByteArray("close"));
    QTRY_COMPARE(m_server->activeConnections(), 0);
}

void TestHttpServer::rejected_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    const QByteArray line = "POST /gms.dll HTTP/1.1\r\nHost: h\r\n";
    QTest::newRow("garbage line") << QByteArray("hello world\r\n") << 400;
    QTest::newRow("binary") << QByteArray("\x01\x02garbage\x00\x03\r\n", 13) << 400;
    QTest::newRow("bare LF") << QByteArray("POST / HTTP/1.1\nHost: h\n\n") << 400;
    QTest::newRow("no colon") << line + "NoColon\r\n\r\n" << 400;
    QTest::newRow("space before colon") << line + "X-A : b\r\n\r\n" << 400;
    QTest::newRow("folded header") << line + "X-A: b\r\n c\r\n\r\n" << 400;
    QTest::newRow("control in value") << line + "X-A: b\x01\r\n\r\n" << 400;
    QTest::newRow("bad Content-Length") << line + "Content-Length: 12abc\r\n\r\n" << 400;
    QTest::newRow("negative Content-Length") << line + "Content-Length: -1\r\n\r\n" << 400;
    QTest::newRow("two Content-Lengths")
            << line + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab" << 400;
    QTest::newRow("relative target") << QByteArray("POST gms.dll HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("POST /gms.dll HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("oversized body") << line + "Content-Length: 1048577\r\n\r\n" << 413;
    QTest::newRow("huge body") << line + "Content-Length: 99999999999999\r\n\r\nxxxx" << 413;
    QTest::newRow("chunked") << line + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
                             << 411;
    QTest::newRow("100-continue") << line + "Content-Length: 5\r\nExpect: 100-continue\r\n\r\n"
                                  << 417;
    QTest::newRow("header too large") << line + "X-Big: " + QByteArray(16'384, 'a') + "\r\n\r\n"
                                      << 431;
    QTest::newRow("endless headers") << line + "X-Big: " + QByteArray(20'000, 'a') << 431;
}

void TestHttpServer::rejected()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QSignalSpy served(m_server.get(), &HttpServer::requestServed);
    RawClient c(m_server->port());
    c.send(request);
    QTRY_VERIFY(c.closed);
    QCOMPARE(c.responses.size(), 1);
    QCOMPARE(c.responses.at(0).status, status);
    QCOMPARE(c.responses.at(0).header("connection"), QByteArray("close"));
    QVERIFY(m_requests.isEmpty());
    QCOMPARE(served.size(), 1);
    QCOMPARE(served.at(0).at(3).toInt(), status);
    QTRY_COMPARE(m_server->activeConnections(), 0);
}

void TestHttpServer::idleTimeoutCloses_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("answers");
    QTest::newRow("silent client") << QByteArray() << 0;
    QTest::newRow("half a request line") << QByteArray("POST /gms") << 0;
    QTest::newRow("body never completes") << post("/gms.dll", "0123456789").chopped(5) << 0;
    QTest::newRow("idle after an answer") << post("/gms.dll", "x") << 1;
}

void TestHttpServer::idleTimeoutCloses()
{
    QFETCH(QByteArray, request);
    QFETCH(int, answers);
    m_server->setIdleTimeout(300ms);
    QElapsedTimer timer;
    timer.start();
    RawClient c(m_server->port());
    if (!request.isEmpty())
        c.send(request);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed, 5000);
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(c.responses.size(), answers);
    QTRY_COMPARE(m_server->activeConnections(), 0);
}

void TestHttpServer::closeMidBody_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("http") << QStringLiteral("http");
    QTest::newRow("https") << QStringLiteral("https");
}

void TestHttpServer::closeMidBody()
{
    QFETCH(QString, scheme);
    // 127.0.0.1, not localhost: where localhost also names ::1 (Debian's default hosts file),
    // QNetworkAccessManager (Qt 6.4) races IPv6 against IPv4 ("happy eyeballs") and, over TLS,
    // drops the RemoteHostClosedError of the IPv4 connection that carried the request: the reply
    // never finishes although the server closed the connection. Nothing the server does changes
    // that; the TLS close itself is checked on the wire below.
    QUrl u = url(scheme, QStringLiteral("127.0.0.1"), m_server->port());
    u.setPath(QStringLiteral("/midbody"));
    // What a client sees: never the whole answer. Usually an error; but the server ends the
    // connection with a reset right after the partial body, and when Qt 6.4's HTTP channel reads
    // the end of the connection before the reset (a race of the kernel, seen once in CI), it
    // ends the reply without an error and with the truncated body. The exact bytes are checked
    // on the wire below.
    const NamResult r = namPost(u, "x");
    QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError
                     || (r.error == QNetworkReply::NoError && r.body.size() <= 500),
             qPrintable(QStringLiteral("error %1, %2 bytes").arg(r.error).arg(r.body.size())));
    QVERIFY(r.body.size() < 1000);

    // On the wire: the full header, half the body, then the end of the connection.
    QByteArray received;
    bool closed = false;
    QSslSocket socket; // unencrypted until startClientEncryption(), like RawClient
    connect(&socket, &QSslSocket::readyRead, this, [&] { received += socket.readAll(); });
    connect(&socket, &QSslSocket::disconnected, this, [&] { closed = true; });
    if (scheme == QLatin1StringView("https")) {
        QSslConfiguration ssl = socket.sslConfiguration();
        ssl.addCaCertificates({ m_tls->caCertificate() });
        socket.setSslConfiguration(ssl);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
        QTRY_VERIFY(socket.isEncrypted()); // the server runs on this thread: no waitFor...()
    } else {
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    }
    socket.write(post("/midbody", "x"));
    QTRY_VERIFY(closed);
    QVERIFY(received.contains("Content-Length: 1000\r\n"));
    const QByteArray tail = "\r\n\r\n" + QByteArray(500, 'm');
    QVERIFY(received.endsWith(tail));
}

void TestHttpServer::stallHoldsUntilIdleTimeout()
{
    m_server->setIdleTimeout(400ms);
    QSignalSpy served(m_server.get(), &HttpServer::requestServed);
    QElapsedTimer timer;
    RawClient c(m_server->port());
    c.send(post("/stall", "x"));
    QTRY_COMPARE(m_requests.size(), 1);
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(c.closed, 5000);
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(c.received.isEmpty());
    QCOMPARE(served.size(), 1);
    QCOMPARE(served.at(0).at(3).toInt(), 0);
}

void TestHttpServer::closeNoAnswer()
{
    RawClient c(m_server->port());
    c.send(post("/noanswer", "x"));
    QTRY_VERIFY(c.closed);
    QVERIFY(c.received.isEmpty());
    QTRY_COMPARE(m_server->activeConnections(), 0);
}

void TestHttpServer::replyAfterTheClientLeftIsHarmless()
{
    QSignalSpy counts(m_server.get(), &HttpServer::connectionCountChanged);
    {
        RawClient c(m_server->port());
        c.send(post("/hold", "x"));
        QTRY_VERIFY(m_heldReply);
        QCOMPARE(m_server->activeConnections(), 1);
    }
    QTRY_COMPARE(m_server->activeConnections(), 0);
    QCOMPARE(counts.last().at(0).toInt(), 0);
    HttpResponse late;
    late.body = "too late";
    m_heldReply(late); // the connection is gone: nothing happens
    m_heldReply(late);
    m_server.reset();
    m_heldReply(late); // so is the server
}

void TestHttpServer::hundredConcurrentConnections()
{
    constexpr int kClients = 100;
    int maxActive = 0;
    QObject context;
    connect(m_server.get(), &HttpServer::connectionCountChanged, &context,
            [&maxActive](int n) { maxActive = std::max(maxActive, n); });
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < kClients; ++i)
        clients.push_back(std::make_unique<RawClient>(m_server->port()));
    for (int i = 0; i < kClients; ++i)
        clients[size_t(i)]->send(post("/gms.dll", QByteArray("client " + QByteArray::number(i))));
    const auto answered = [&clients] {
        return std::all_of(clients.cbegin(), clients.cend(),
                           [](const auto &c) { return c->responses.size() == 1; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(answered(), 10'000);
    for (int i = 0; i < kClients; ++i) {
        QCOMPARE(clients[size_t(i)]->responses.at(0).status, 200);
        const QByteArray expected = "client " + QByteArray::number(i);
        QCOMPARE(clients[size_t(i)]->responses.at(0).body, expected);
    }
    QCOMPARE(m_server->activeConnections(), kClients);
    QCOMPARE(maxActive, kClients);
    clients.clear();
    QTRY_COMPARE(m_server->activeConnections(), 0);
}

void TestHttpServer::connectionLimit()
{
    m_server->setMaxConnections(2);
    RawClient a(m_server->port());
    RawClient b(m_server->port());
    QTRY_COMPARE(m_server->activeConnections(), 2);
    RawClient refused(m_server->port());
    QTRY_VERIFY(refused.closed);
    QVERIFY(refused.received.isEmpty());
    QCOMPARE(m_server->activeConnections(), 2);
    a.send(post("/gms.dll", "still served"));
    QTRY_COMPARE(a.responses.size(), 1);
    QVERIFY(!b.closed);
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
