// End to end: the three enrollment flows of WIRE-PROFILE 5, driven with core's client codec over
// real HTTP and HTTPS against an in-process devserver on 127.0.0.1.
#include "common/ProtocolClient.h"
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "protocol/Faults.h"

#include <QtCore/QJsonArray>
#include <QtCore/QTemporaryDir>
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

QString describe(const Error &e)
{
    return e.toLogString();
}

} // namespace

class TestDevServerFlows final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;

    QUrl httpsServerUrl() const
    {
        QUrl u(m_server->serverUrl());
        u.setScheme(QStringLiteral("https"));
        return u;
    }

private slots:
    void initTestCase() { QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError())); }

    void init()
    {
        m_server = m_fixture.start();
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
    }

    void cleanup() { m_server.reset(); }

    void manualOverHttpAndHttps_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https on the same port") << true;
    }

    void manualOverHttpAndHttps()
    {
        QFETCH(bool, tls);
        ProtocolClient client(m_server->caPath());
        const QUrl url = tls ? httpsServerUrl() : QUrl(m_server->serverUrl());
        const QString code = codeOf(*m_server, QStringLiteral("bob"));
        // Codes are typed by people: surrounding white space is not part of them.
        const Result<testing::Enrolled> r =
                client.manual(url, QStringLiteral("  ") + code + QStringLiteral("\r\n"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(describe(r.error())));
        // A client that came over TLS is told the https form of the URL (same port).
        QCOMPARE(r->serverUrl, tls ? httpsServerUrl().toString() : m_server->serverUrl());

        MemberState *bob = m_server->state().memberByLogin(QStringLiteral("bob"));
        QVERIFY(bob->enrolled);
        QCOMPARE(bob->accountGuid, r->accountGuid);
        QCOMPARE(bob->identityUrl, r->identityUrl);
        const AccountState *account = m_server->state().account(r->accountGuid, r->domainGuid);
        QVERIFY(account);
        QCOMPARE(account->sharedKey.size(), 24);
        QVERIFY(!account->isDevice);

        // The code works once.
        const Result<testing::Enrolled> again = client.manual(url, code);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().faultCode, 402);
    }

    void autoConfiguration()
    {
        ProtocolClient client(m_server->caPath());
        const Result<testing::Enrolled> r =
                client.autoConfiguration(QUrl(m_server->authenticatedUrl()),
                                         QStringLiteral("alice"), QStringLiteral("correct horse"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(describe(r.error())));
        QCOMPARE(r->code, codeOf(*m_server, QStringLiteral("alice")));
        QVERIFY(m_server->state().memberByLogin(QStringLiteral("alice"))->enrolled);
    }

    void autoActivation()
    {
        ProtocolClient client(m_server->caPath());
        const DomainState *deviceDomain = m_server->state().deviceDomain();
        QVERIFY(deviceDomain);
        const Result<testing::Enrolled> r = client.autoActivation(
                QUrl(m_server->serverUrl()), QUrl(m_server->authenticatedUrl()), deviceDomain->guid,
                deviceDomain->certificate.der(), QStringLiteral("carol"),
                QStringLiteral("tr0ub4dor"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(describe(r.error())));
        QVERIFY(m_server->state().memberByLogin(QStringLiteral("carol"))->enrolled);
        const AccountState *device =
                m_server->state().account(client.device.guid, deviceDomain->guid);
        QVERIFY(device);
        QVERIFY(device->isDevice);
        QCOMPARE(device->deviceName, QStringLiteral("TEST-PC"));
        QVERIFY(m_server->state().account(r->accountGuid, r->domainGuid));
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("fault");
        QTest::newRow("none: challenge") << QByteArray() << 401 << 0;
        QTest::newRow("wrong password")
                << ProtocolClient::basic(QStringLiteral("alice"), QStringLiteral("nope")) << 401
                << 0;
        QTest::newRow("unknown login")
                << ProtocolClient::basic(QStringLiteral("mallory"), QStringLiteral("x")) << 200
                << 211;
        QTest::newRow("empty login")
                << ProtocolClient::basic(QString(), QStringLiteral("x")) << 200 << 222;
        QTest::newRow("other scheme") << QByteArrayLiteral("Bearer abc") << 200 << 221;
        QTest::newRow("not configured")
                << ProtocolClient::basic(QStringLiteral("bob"), QStringLiteral("battery staple"))
                << 200 << 227;
        QTest::newRow("utf-8 password")
                << ProtocolClient::basic(QStringLiteral("alice"), QStringLiteral("correct horse"))
                << 200 << 0;
    }

    void authentication()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(int, fault);
        ProtocolClient client(m_server->caPath());
        const testing::HttpResult r = client.post(
                QUrl(m_server->authenticatedUrl()), protocol::method::AutoAccountCodeConfiguration,
                protocol::client::autoAccountCodeConfigurationRequest(client.device).value(),
                authorization);
        QCOMPARE(r.status, status);
        if (status == 401) {
            QCOMPARE(r.wwwAuthenticate,
                     QByteArrayLiteral("Basic realm=\"Groove\", charset=\"UTF-8\""));
            return;
        }
        const Result<protocol::client::Activation> a =
                protocol::client::autoAccountCodeConfigurationResponse(r.body);
        if (fault == 0) {
            QVERIFY(a.ok());
        } else {
            QVERIFY(!a.ok());
            QCOMPARE(a.error().faultCode, fault);
        }
    }

    void nonAsciiCredentials()
    {
        ServerConfig config = ServerConfig::demo();
        config.domains[0].members[0].login = QStringLiteral("zoë");
        config.domains[0].members[0].password = QStringLiteral("pässwörd ✓");
        DevServer::Options o;
        o.config = config;
        m_server = std::move(DevServer::start(o)).value();
        ProtocolClient client(m_server->caPath());
        const Result<testing::Enrolled> r =
                client.autoConfiguration(QUrl(m_server->authenticatedUrl()), QStringLiteral("zoë"),
                                         QStringLiteral("pässwörd ✓"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(describe(r.error())));
    }

    void startupInfoAndPolicy()
    {
        const QJsonObject info = m_server->startupInfo();
        QCOMPARE(info.value(u"http").toInt(), int(m_server->port()));
        QCOMPARE(info.value(u"https").toInt(), int(m_server->port()));
        QVERIFY(QFile::exists(info.value(u"ca").toString()));
        QCOMPARE(info.value(u"members").toArray().size(), 3);
        const QByteArray policy = m_server->managedPolicy();
        QVERIFY(policy.startsWith("[Managed]\n"));
        QVERIFY(policy.contains(
                QByteArray("DeviceDomainGUID=" + m_server->state().deviceDomain()->guid.toUtf8())));
    }
};

QTEST_GUILESS_MAIN(TestDevServerFlows)
#include "tst_devserverflows.moc"
