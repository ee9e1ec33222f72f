// WIRE-PROFILE 6.8: the client follows the ServerURL of a response, but never from https down to
// plain http (the code-key messages would then travel in clear to a server the user chose to
// reach over TLS). The devserver tells a client that came over TLS the https form of its URL.
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "engine/EnrollmentEngine.h"
#include "net/Transport.h"
#include "store/AccountStore.h"
#include "store/SecretStore.h"

#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace groove;
using namespace groove::engine;
using namespace groove::devserver;

Q_DECLARE_METATYPE(groove::engine::EnrollmentResult)

class TestServerUrlSwitch final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<store::MemorySecretStore> m_secrets;
    std::unique_ptr<store::AccountStore> m_accounts;
    std::unique_ptr<EnrollmentEngine> m_engine;

    QString withScheme(const QString &scheme) const
    {
        QUrl u(m_server->serverUrl());
        u.setScheme(scheme);
        return u.toString();
    }

private slots:
    void initTestCase() { QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError())); }

    void init()
    {
        m_server = m_fixture.start();
        QVERIFY(m_server);
        m_home = std::make_unique<QTemporaryDir>();
        m_nam = std::make_unique<QNetworkAccessManager>();
        TransportOptions o;
        o.caFile = m_server->caPath();
        o.requestTimeout = std::chrono::seconds(5);
        m_transport = std::make_unique<Transport>(m_nam.get(), o);
        m_secrets = std::make_unique<store::MemorySecretStore>();
        m_accounts = std::make_unique<store::AccountStore>(
                m_home->filePath(QStringLiteral("accounts.json")));
        m_engine = std::make_unique<EnrollmentEngine>(m_transport.get(), m_secrets.get(),
                                                      m_accounts.get());
        m_engine->setDevice({ QString(), QStringLiteral("ENGINE-PC") });
    }

    void cleanup()
    {
        m_engine.reset();
        m_transport.reset();
        m_nam.reset();
        m_server.reset();
    }

    void followsOrRefuses_data()
    {
        QTest::addColumn<QString>("clientScheme");
        QTest::addColumn<QString>("advertisedScheme");
        QTest::addColumn<bool>("mirror"); // the devserver answers in the scheme of the request
        QTest::addColumn<bool>("enrolled");
        QTest::addColumn<QString>("recordedScheme");
        QTest::newRow("https, server says http") << "https"
                                                 << "http" << false << false << "";
        QTest::newRow("https, server mirrors") << "https"
                                               << "http" << true << true << "https";
        QTest::newRow("https, server says https") << "https"
                                                  << "https" << false << true << "https";
        QTest::newRow("http, server says http") << "http"
                                                << "http" << false << true << "http";
        QTest::newRow("http, server says https") << "http"
                                                 << "https" << false << true << "https";
    }

    void followsOrRefuses()
    {
        QFETCH(QString, clientScheme);
        QFETCH(QString, advertisedScheme);
        QFETCH(bool, mirror);
        QFETCH(bool, enrolled);
        QFETCH(QString, recordedScheme);
        m_server->service().setServerUrl(withScheme(advertisedScheme));
        m_server->service().setAdvertiseRequestScheme(mirror);
        const MemberState *bob = m_server->state().memberByLogin(QStringLiteral("bob"));
        QVERIFY(bob);

        EnrollmentRequest request;
        request.flow = Flow::Manual;
        request.serverUrl = QUrl(withScheme(clientScheme));
        request.code = bob->code;
        QSignalSpy finished(m_engine.get(), &EnrollmentEngine::finished);
        m_engine->start(request);
        QVERIFY(finished.wait(60000));
        const auto r = finished.first().first().value<EnrollmentResult>();

        QCOMPARE(r.ok(), enrolled);
        if (enrolled) {
            QCOMPARE(QUrl(r.account.serverUrl).scheme(), recordedScheme);
            return;
        }
        QCOMPARE(int(r.error->kind), int(ErrorKind::Insecure));
        QCOMPARE(exitCodeOf(r.error->errorClass()), 4);
        QCOMPARE(int(r.failedStep), int(Step::KeyActivation));
        QVERIFY(r.error->message.contains(QStringLiteral("http")));
        // Refused before anything else was sent: nothing stored, the code still unused.
        QVERIFY(m_accounts->load()->isEmpty());
        QVERIFY(m_secrets->names().isEmpty());
        QVERIFY(m_accounts->pending()->isEmpty());
        QVERIFY(!m_server->state().memberByLogin(QStringLiteral("bob"))->enrolled);
    }
};

QTEST_GUILESS_MAIN(TestServerUrlSwitch)
#include "tst_serverurlswitch.moc"
