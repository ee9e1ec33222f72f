// Benchmarks of the devserver (not run by ctest unless GE_BENCHMARKS is ON):
//  - sequential manual enrollments against an in-process server over HTTP(S), and
//  - the server-side handling alone (GmsService::handle on prepared requests).
// RSA key generation happens before the measured blocks: the clients share prepared key pairs.
#include "common/ServerFixture.h"
#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"
#include "devserver/DevServer.h"
#include "protocol/ClientCodec.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslCertificate>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace groove;
using namespace groove::devserver;
using namespace groove::protocol;

namespace {

constexpr int Members = 50;
constexpr int KeyPairs = 2;

QString loginOf(int i)
{
    return QStringLiteral("bench%1").arg(i, 2, 10, QLatin1Char('0'));
}

ServerConfig benchConfig()
{
    ServerConfig c;
    DomainConfig d;
    d.name = QStringLiteral("bench");
    for (int i = 0; i < Members; ++i)
        d.members.append(MemberConfig{ QStringLiteral("Bench User %1").arg(i), QString(),
                                       loginOf(i), QString(), QString(), false });
    c.domains.append(d);
    return c;
}

HttpRequest post(const QByteArray &body)
{
    HttpRequest r;
    r.method = QByteArrayLiteral("POST");
    r.target = QByteArrayLiteral("/gms.dll");
    r.headers = { { QByteArrayLiteral("content-type"),
                    QByteArrayLiteral("text/xml; charset=utf-8") },
                  { QByteArrayLiteral("content-length"), QByteArray::number(body.size()) } };
    r.body = body;
    return r;
}

void report(const char *what, int enrollments, qint64 ms)
{
    qInfo("%s: %d enrollments in %lld ms = %.1f enrollments/s", what, enrollments, ms,
          enrollments * 1000.0 / double(std::max<qint64>(ms, 1)));
}

} // namespace

class BenchDevServer final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::vector<client::AccountKeys> m_keyPairs;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QSslConfiguration m_tls;
    client::Device m_device;
    int m_next = 0;

    client::AccountKeys account()
    {
        const client::AccountKeys &pair = m_keyPairs.at(std::size_t(m_next % KeyPairs));
        client::AccountKeys k;
        k.guid = ids::newGuid().value();
        k.sharedKey = crypto::randomSecret(24).value();
        k.signatureKey = pair.signatureKey;
        k.encryptionKey = pair.encryptionKey;
        return k;
    }

    EventInfo event(const ActivationResponse &r) const
    {
        EventInfo e;
        e.domainGuid = r.domainGuid;
        e.grooveVersion = m_device.grooveVersion;
        e.identityUrl = r.identityUrl;
        e.userDeviceGuid = m_device.guid;
        e.userDeviceName = m_device.name;
        e.created = QDateTime::currentSecsSinceEpoch();
        return e;
    }

    // The next member, made enrollable again (a benchmark repeats its block as often as it likes).
    client::CodeKey nextCode()
    {
        MemberState *m = m_server->state().memberByLogin(loginOf(m_next++ % Members));
        m->enrolled = false;
        m->accountGuid.clear();
        return client::CodeKey::fromCode(m->code);
    }

    Result<QByteArray> send(const QUrl &url, const QString &method, const Result<QByteArray> &body)
    {
        if (!body)
            return body.error();
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("text/xml; charset=utf-8"));
        req.setRawHeader("SOAPAction", QByteArray("\"urn:groove.net#" + method.toUtf8() + '"'));
        req.setSslConfiguration(m_tls);
        QNetworkReply *reply = m_nam->post(req, *body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return Error::make(ErrorKind::Network, reply->errorString());
        return reply->readAll();
    }

    Status enrollOverHttp(const QUrl &url)
    {
        const client::CodeKey code = nextCode();
        const Result<QByteArray> ka =
                send(url, method::KeyActivation, client::keyActivationRequest(code, m_device));
        if (!ka)
            return ka.error();
        const Result<client::Activation> a = client::keyActivationResponse(*ka, code);
        if (!a)
            return a.error();
        const client::AccountKeys k = account();
        const Result<QByteArray> ca =
                send(url, method::CreateAccount,
                     client::createAccountRequest(k, event(a->response),
                                                  a->certificate.encryptionKey()));
        if (!ca)
            return ca.error();
        if (Status s = client::createAccountResponse(*ca); !s)
            return s;
        const Result<DomainEnrollmentRequest> de =
                client::domainEnrollment(code, k, a->response.identityUrl, a->vCardData, m_device);
        if (!de)
            return de.error();
        const Result<QByteArray> answer =
                send(url, method::DomainEnrollment, client::domainEnrollmentRequest(code, *de));
        if (!answer)
            return answer.error();
        return client::domainEnrollmentResponse(*answer, code, *de, a->certificate,
                                                a->response.domainGuid);
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("groove.devserver.info=false"));
        QVERIFY2(m_fixture.prepare(benchConfig()), qPrintable(m_fixture.lastError()));
        for (int i = 0; i < KeyPairs; ++i) {
            Result<client::AccountKeys> k = client::AccountKeys::generate();
            QVERIFY(k.ok());
            m_keyPairs.push_back(std::move(k).value());
        }
        m_device = client::Device{ ids::newGuid().value(), QStringLiteral("BENCH-PC"),
                                   productGrooveVersion() };
    }

    void init()
    {
        m_server = m_fixture.start();
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.addCaCertificates(QSslCertificate::fromPath(m_server->caPath()));
    }

    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    void enrollmentsOverHttp_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }

    // One iteration = one complete manual enrollment (three requests on a kept-alive connection).
    void enrollmentsOverHttp()
    {
        QFETCH(bool, tls);
        QUrl url(m_server->serverUrl());
        if (tls)
            url.setScheme(QStringLiteral("https"));
        QVERIFY(enrollOverHttp(url).ok()); // warm: connection and TLS session up
        int enrollments = 0;
        QElapsedTimer timer;
        timer.start();
        QBENCHMARK
        {
            const Status s = enrollOverHttp(url);
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toLogString()));
            ++enrollments;
        }
        report(tls ? "https" : "http", enrollments, timer.elapsed());
    }

    void serverSide_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("KeyActivation") << QStringLiteral("KeyActivation");
        QTest::newRow("CreateAccount") << QStringLiteral("CreateAccount");
        QTest::newRow("DomainEnrollment") << QStringLiteral("DomainEnrollment");
        QTest::newRow("enrollment (all three)") << QStringLiteral("all");
    }

    // GmsService::handle() on prepared requests: what the server spends per message, without
    // sockets (state saves to disk included, as in a real server).
    void serverSide()
    {
        QFETCH(QString, step);
        GmsService &service = m_server->service();
        const client::CodeKey code = nextCode();
        const QString login = loginOf((m_next - 1) % Members);
        const HttpRequest ka = post(client::keyActivationRequest(code, m_device).value());
        const HttpResponse kaResponse = service.handle(ka);
        const Result<client::Activation> a = client::keyActivationResponse(kaResponse.body, code);
        QVERIFY(a.ok());
        const client::AccountKeys k = account();
        const HttpRequest ca = post(
                client::createAccountRequest(k, event(a->response), a->certificate.encryptionKey())
                        .value());
        QVERIFY(client::createAccountResponse(service.handle(ca).body).ok());
        const DomainEnrollmentRequest deRequest =
                client::domainEnrollment(code, k, a->response.identityUrl, a->vCardData, m_device)
                        .value();
        const HttpRequest de = post(client::domainEnrollmentRequest(code, deRequest).value());
        MemberState *member = m_server->state().memberByLogin(login);
        const auto handleOk = [&service](const HttpRequest &r) {
            const HttpResponse response = service.handle(r);
            return response.status == 200 && !response.body.contains("<Fault>");
        };

        int messages = 0;
        QElapsedTimer timer;
        timer.start();
        QBENCHMARK
        {
            if (step == u"KeyActivation" || step == u"all") {
                QVERIFY(handleOk(ka));
                ++messages;
            }
            if (step == u"CreateAccount" || step == u"all") {
                QVERIFY(handleOk(
                        ca)); // the same account again: replaces its key (WIRE-PROFILE 6.13)
                ++messages;
            }
            if (step == u"DomainEnrollment" || step == u"all") {
                member->enrolled = false;
                QVERIFY(handleOk(de));
                ++messages;
            }
        }
        // The answers were real ones, not faults.
        member->enrolled = false;
        const HttpResponse last = service.handle(de);
        QVERIFY(client::domainEnrollmentResponse(last.body, code, deRequest, a->certificate,
                                                 a->response.domainGuid)
                        .ok());
        const qint64 ms = timer.elapsed();
        qInfo("%s: %d messages in %lld ms = %.1f messages/s", qPrintable(step), messages, ms,
              messages * 1000.0 / double(std::max<qint64>(ms, 1)));
        if (step == u"all")
            report("server side", messages / 3, ms);
    }
};

QTEST_GUILESS_MAIN(BenchDevServer)
#include "bench_devserver.moc"
