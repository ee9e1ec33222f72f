// ClientContext, the one factory of network, transport, stores and trusted servers: options
// reach what the enrollment and the check use, and a proxy's credentials reach the proxy in both
// (the check used to drop them).
#include "common/AuthProxy.h"
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "engine/ClientContext.h"
#include "engine/EnrollmentEngine.h"
#include "net/ConnectivityCheck.h"
#include "net/Transport.h"
#include "net/TrustStore.h"
#include "store/AccountStore.h"
#include "store/SecretStoreFactory.h"

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace groove;
using namespace groove::engine;
using namespace groove::devserver;

Q_DECLARE_METATYPE(groove::engine::EnrollmentResult)

namespace {

QString codeOf(DevServer &s, const QString &login)
{
    for (const MemberState &m : s.state().members()) {
        if (m.login == login)
            return m.code;
    }
    return {};
}

} // namespace

class TestClientContext final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    QTemporaryDir m_dir;

    [[nodiscard]] ClientOptions base() const
    {
        ClientOptions o;
        o.keyStore = store::KeyStoreKind::Memory;
        o.accountFile = m_dir.filePath(QStringLiteral("accounts.json"));
        o.trustFile = m_dir.filePath(QStringLiteral("trusted-servers.conf"));
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the defaults below point into ~/.qttest
        qRegisterMetaType<EnrollmentResult>();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError()));
    }

    void optionsReachTransportAndCheck()
    {
        ClientOptions o = base();
        o.requestTimeout = std::chrono::seconds(7);
        o.caFile = QStringLiteral("/some/ca.pem");
        o.pinSha256 = QByteArray(32, '\x5a');
        ClientContext context(o);
        const TransportOptions &t = context.transport()->options();
        QCOMPARE(t.requestTimeout, std::chrono::milliseconds(7000));
        QCOMPARE(t.caFile, o.caFile);
        QCOMPARE(t.pinSha256, o.pinSha256);
        QCOMPARE(t.trustStore.get(), context.trust());
        QCOMPARE(context.trust()->filePath(), o.trustFile);

        std::unique_ptr<ConnectivityCheck> check(context.createCheck());
        QCOMPARE(check->network(), context.network());
        QCOMPARE(check->options().requestTimeout, std::chrono::milliseconds(7000));
        QCOMPARE(check->options().caFile, o.caFile);
        QCOMPARE(check->options().pinSha256, o.pinSha256);
        QCOMPARE(check->options().trustStore.get(), context.trust());
    }

    void proxyCredentials_data()
    {
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<quint16>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("user and password")
                << QStringLiteral("http://proxyuser:secret@127.0.0.1:3128") << quint16(3128)
                << QStringLiteral("proxyuser") << QStringLiteral("secret");
        QTest::newRow("percent-encoded")
                << QStringLiteral("http://us%40er:p%3Ass%20w%25@127.0.0.1:3128") << quint16(3128)
                << QStringLiteral("us@er") << QStringLiteral("p:ss w%");
        QTest::newRow("no port, no credentials")
                << QStringLiteral("http://127.0.0.1") << quint16(8080) << QString() << QString();
    }

    void proxyCredentials()
    {
        QFETCH(QString, proxy);
        QFETCH(quint16, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        ClientOptions o = base();
        o.proxy = proxy;
        ClientContext context(o);
        std::unique_ptr<ConnectivityCheck> check(context.createCheck());
        for (QNetworkAccessManager *nam : { context.network(), check->network() }) {
            const QNetworkProxy p = nam->proxy();
            QCOMPARE(p.type(), QNetworkProxy::HttpProxy);
            QCOMPARE(p.hostName(), QStringLiteral("127.0.0.1"));
            QCOMPARE(p.port(), port);
            QCOMPARE(p.user(), user);
            QCOMPARE(p.password(), password);
            QVERIFY(!nam->proxyFactory());
        }
    }

    void systemProxyWithoutOption()
    {
        ClientContext context(base());
        // Per manager, not QNetworkProxyFactory::setUseSystemConfiguration() for the process.
        QVERIFY(context.network()->proxyFactory());
    }

    void keyStoreKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("keychain") << int(store::KeyStoreKind::Keychain);
        QTest::newRow("file (--insecure-keystore)") << int(store::KeyStoreKind::File);
        QTest::newRow("memory (--demo)") << int(store::KeyStoreKind::Memory);
    }

    void keyStoreKind()
    {
        QFETCH(int, kind);
        ClientOptions o = base();
        o.keyStore = store::KeyStoreKind(kind);
        ClientContext context(o);
        QCOMPARE(int(context.secrets()->kind()), kind);
        QCOMPARE(context.secrets()->isInsecure(), o.keyStore == store::KeyStoreKind::File);
    }

    void accountAndTrustFiles()
    {
        ClientContext explicitFiles(base());
        QCOMPARE(explicitFiles.accounts()->filePath(), base().accountFile);
        QCOMPARE(explicitFiles.trust()->filePath(), base().trustFile);

        ClientContext defaults(ClientOptions{});
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCOMPARE(defaults.accounts()->filePath(),
                 QDir(data).filePath(QStringLiteral("accounts.json")));
        QCOMPARE(ClientContext::defaultAccountFile(), defaults.accounts()->filePath());
        QCOMPARE(defaults.trust()->filePath(), TrustStore::defaultPath());
        QVERIFY(TrustStore::defaultPath().endsWith(u"/groove-enroll/trusted-servers.conf"));
        QVERIFY(store::defaultInsecureKeyFolder().startsWith(data));
    }

    // A server key the user trusted passes the check's TLS item as it passes the enrollment.
    void checkHonoursTrustedServer_data()
    {
        QTest::addColumn<bool>("trusted");
        QTest::newRow("trusted") << true;
        QTest::newRow("not trusted") << false;
    }

    void checkHonoursTrustedServer()
    {
        QFETCH(bool, trusted);
        std::unique_ptr<DevServer> server = m_fixture.start();
        QVERIFY(server);
        QTemporaryDir home;
        ClientOptions o = base();
        o.trustFile = home.filePath(QStringLiteral("trusted-servers.conf"));
        ClientContext context(o); // no CA file
        if (trusted)
            QVERIFY(context.trust()
                            ->trust(QStringLiteral("127.0.0.1"), server->port(),
                                    server->serverSpkiSha256())
                            .ok());
        std::unique_ptr<ConnectivityCheck> check(context.createCheck());
        QList<ConnectivityCheck::Item> items;
        bool checked = false;
        connect(check.get(), &ConnectivityCheck::finished, this,
                [&](const QList<ConnectivityCheck::Item> &i, const std::optional<Error> &) {
                    items = i;
                    checked = true;
                });
        const QUrl https(QStringLiteral("https://127.0.0.1:%1/gms.dll").arg(server->port()));
        check->start(https, https);
        QTRY_VERIFY_WITH_TIMEOUT(checked, 30000);
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(2).name, QStringLiteral("TLS"));
        QVERIFY2(items.at(2).ok == trusted, qPrintable(items.at(2).detail));
        QCOMPARE(items.at(3).ok, trusted); // the endpoint, through the transport's own handshake
        // Not trusted: the item names the key to compare and pin.
        const QString hex = QString::fromLatin1(server->serverSpkiSha256().toHex());
        QCOMPARE(items.at(2).detail.contains(u"--pin-sha256 " + hex), !trusted);
    }

    // The enrollment and the check of one context, through a proxy that wants its password.
    void throughAuthenticatingProxy_data()
    {
        QTest::addColumn<QString>("password"); // as given in the proxy URL
        QTest::addColumn<bool>("accepted");
        QTest::newRow("right password") << QStringLiteral("p%40ss%20w") << true;
        QTest::newRow("wrong password") << QStringLiteral("nope") << false;
    }

    void throughAuthenticatingProxy()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        std::unique_ptr<DevServer> server = m_fixture.start();
        QVERIFY(server);
        testing::AuthProxy proxy("proxyuser", "p@ss w");
        QVERIFY(proxy.listen());
        QTemporaryDir home;
        ClientOptions o = base();
        o.accountFile = home.filePath(QStringLiteral("accounts.json"));
        o.caFile = server->caPath();
        o.requestTimeout = std::chrono::seconds(10);
        o.proxy = proxy.url(QStringLiteral("proxyuser:") + password);
        ClientContext context(o);

        // The check over https: TCP and TLS through CONNECT, the endpoint through the manager.
        std::unique_ptr<ConnectivityCheck> check(context.createCheck());
        QList<ConnectivityCheck::Item> items;
        std::optional<Error> error;
        bool checked = false;
        connect(check.get(), &ConnectivityCheck::finished, this,
                [&](const QList<ConnectivityCheck::Item> &i, const std::optional<Error> &e) {
                    items = i;
                    error = e;
                    checked = true;
                });
        const QUrl https(QStringLiteral("https://127.0.0.1:%1/gms.dll").arg(server->port()));
        check->start(https, https);
        QTRY_VERIFY_WITH_TIMEOUT(checked, 30000);
        QStringList shown;
        for (const ConnectivityCheck::Item &i : items)
            shown.append(i.name + (i.ok ? QStringLiteral(" ok: ") : QStringLiteral(" FAIL: "))
                         + i.detail);
        QVERIFY2(!shown.join(u'\n').contains(u"p@ss"), qPrintable(shown.join(u'\n')));
        QVERIFY2(error.has_value() != accepted, qPrintable(shown.join(u'\n')));
        QVERIFY(proxy.challenged > 0);
        if (accepted) {
            QVERIFY(proxy.targets.contains(QByteArray("CONNECT 127.0.0.1:")
                                           + QByteArray::number(server->port())));
        } else {
            QCOMPARE(proxy.authorized, 0);
            QCOMPARE(items.value(1).name, QStringLiteral("TCP"));
            QVERIFY(!items.value(1).ok);
        }

        // The enrollment over http: absolute-form requests to the proxy.
        const int before = proxy.authorized;
        std::unique_ptr<EnrollmentEngine> engine(context.createEngine());
        QSignalSpy finished(engine.get(), &EnrollmentEngine::finished);
        EnrollmentRequest r;
        r.flow = Flow::Manual;
        r.serverUrl = QUrl(server->serverUrl());
        r.code = codeOf(*server, QStringLiteral("bob"));
        engine->start(r);
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<EnrollmentResult>();
        const QString outcome =
                result.ok() ? QStringLiteral("enrolled") : result.error->toLogString();
        QVERIFY2(result.ok() == accepted,
                 qPrintable(outcome
                            + QStringLiteral(" (proxy: %1 challenged, %2 authorized: %3)")
                                      .arg(proxy.challenged)
                                      .arg(proxy.authorized)
                                      .arg(QString::fromLatin1(proxy.targets.join(", ")))));
        if (accepted)
            QVERIFY(proxy.authorized
                    >= before + 3); // KeyActivation, CreateAccount, DomainEnrollment
        else
            QCOMPARE(proxy.authorized, 0);
    }
};

QTEST_GUILESS_MAIN(TestClientContext)
#include "tst_clientcontext.moc"
