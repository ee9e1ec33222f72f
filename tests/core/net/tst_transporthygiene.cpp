// What the transport leaves behind and carries along: no cookie is kept or sent, and the base64
// credentials do not outlive their request, not even in Qt's copies of it (issue 7).
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "devserver/HttpServer.h"
#include "net/Transport.h"
#include "protocol/Envelope.h"

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkCookie>
#include <QtNetwork/QNetworkCookieJar>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtTest/QTest>

#include <memory>
#include <optional>

using namespace groove;
using namespace groove::devserver;
using namespace groove::engine;

namespace {

const QString KeyActivation = QStringLiteral("KeyActivation");
const QString AutoConfig = QStringLiteral("AutoAccountCodeConfiguration");

QByteArray envelope(const QString &method)
{
    return protocol::buildRequestEnvelope(method, "transport test").value();
}

// Keeps (implicitly shared copies of) the requests handed to the manager, to see what becomes
// of their headers afterwards.
class RecordingManager final : public QNetworkAccessManager
{
public:
    QList<QNetworkRequest> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        requests.append(request);
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// A jar that already holds a cookie for every URL, as a jar filled elsewhere would.
class FullJar final : public QNetworkCookieJar
{
public:
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override
    {
        return { QNetworkCookie("planted", "yes") };
    }
};

} // namespace

class TestTransportHygiene final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QList<HttpRequest> m_requests; // as the server received them

    QUrl url(const QString &scheme = QStringLiteral("http")) const
    {
        QUrl u(m_server->serverUrl());
        u.setScheme(scheme);
        return u;
    }

    TransportOptions tlsOptions() const
    {
        TransportOptions o;
        o.caFile = m_server->caPath();
        return o;
    }

    // One call on 'transport' (default: a new one on m_nam), to its end.
    Result<QByteArray> post(const QUrl &target, const QString &method,
                            const Credentials *credentials = nullptr,
                            Transport *transport = nullptr)
    {
        if (!transport)
            transport = new Transport(m_nam.get(), tlsOptions(), m_nam.get());
        std::optional<Result<QByteArray>> result;
        SoapCall *call = transport->post(target, method, envelope(method), credentials);
        connect(call, &SoapCall::finished, this,
                [&result](const Result<QByteArray> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error::make(ErrorKind::Timeout, QStringLiteral("no answer within 20 s"));
        return *result;
    }

    // Every request is kept; 'extra' headers are added to every answer.
    void serve(const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        GmsService *service = &m_server->service();
        m_server->http().setHandler(
                [this, service, extra](const HttpRequest &request,
                                       std::function<void(HttpResponse)> reply) {
                    m_requests.append(request);
                    HttpResponse response = service->handle(request);
                    response.headers.append(extra);
                    reply(response);
                });
    }

private slots:
    void initTestCase() { QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError())); }

    void init()
    {
        m_requests.clear();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_server = m_fixture.start();
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
        serve();
    }

    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    // The base64 credentials are wiped where Qt keeps them too, once the request is done with.
    void authorizationHeaderIsWipedAfterUse()
    {
        auto *manager = new RecordingManager;
        m_nam.reset(manager);
        Credentials c{ QStringLiteral("alice"), QStringLiteral("correct horse") };
        const QByteArray secret = QByteArray("alice:correct horse").toBase64();
        const Result<QByteArray> r = post(QUrl(m_server->authenticatedUrl()), AutoConfig, &c);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toLogString()));
        QCOMPARE(m_requests.size(), 2);
        QCOMPARE(m_requests.at(1).header("authorization"), "Basic " + secret); // sent in full
        QCOMPARE(manager->requests.size(), 2);
        const QByteArray kept = manager->requests.at(1).rawHeader("Authorization");
        QVERIFY(!kept.isEmpty()); // the same buffer as the one sent ...
        QVERIFY2(!kept.contains(secret) && !kept.contains("Basic"), kept.constData());
        QCOMPARE(kept, QByteArray(kept.size(), '\0')); // ... now all zero bytes
    }

    // A cookie set over http reaches neither the next http request nor the https endpoint.
    void cookiesAreNeitherKeptNorSent()
    {
        serve({ { "Set-Cookie", "session=s3cr3t; Path=/" } });
        for (const QString &scheme :
             { QStringLiteral("http"), QStringLiteral("http"), QStringLiteral("https") }) {
            const Result<QByteArray> r = post(url(scheme), KeyActivation);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toLogString()));
        }
        QCOMPARE(m_requests.size(), 3);
        QVERIFY(m_requests.at(2).overTls);
        for (const HttpRequest &q : std::as_const(m_requests))
            QVERIFY2(q.header("cookie").isEmpty(), q.header("cookie").constData());
        QVERIFY(m_nam->cookieJar()->cookiesForUrl(url()).isEmpty());
    }

    // Even a jar put into the manager after the transport was made is never consulted.
    void cookiesFromAnotherJarAreNotSent()
    {
        auto *transport = new Transport(m_nam.get(), tlsOptions(), m_nam.get());
        m_nam->setCookieJar(new FullJar);
        QVERIFY(!m_nam->cookieJar()->cookiesForUrl(url()).isEmpty());
        const Result<QByteArray> r = post(url(), KeyActivation, nullptr, transport);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toLogString()));
        QCOMPARE(m_requests.size(), 1);
        QVERIFY2(m_requests.at(0).header("cookie").isEmpty(),
                 m_requests.at(0).header("cookie").constData());
    }
};

QTEST_GUILESS_MAIN(TestTransportHygiene)
#include "tst_transporthygiene.moc"
