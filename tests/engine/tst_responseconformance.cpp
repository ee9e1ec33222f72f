// A server that seals its responses correctly but over a header other than the response header
// of WIRE-PROFILE 4 step 1 / 6.2 (devserver --inject METHOD:wrapper=NAME or METHOD:seattr):
// the engine fails with an integrity error and leaves nothing behind.
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

class TestResponseConformance final : public QObject
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

    EnrollmentResult run(const EnrollmentRequest &request)
    {
        QSignalSpy finished(m_engine.get(), &EnrollmentEngine::finished);
        m_engine->start(request);
        if (finished.isEmpty())
            finished.wait(60000);
        [&] { QCOMPARE(finished.size(), 1); }();
        return finished.isEmpty() ? EnrollmentResult{}
                                  : finished.first().first().value<EnrollmentResult>();
    }

    EnrollmentRequest request(Flow flow)
    {
        EnrollmentRequest r;
        r.flow = flow;
        if (flow == Flow::Manual) {
            r.serverUrl = QUrl(m_server->serverUrl());
            r.code = m_server->state().memberByLogin(QStringLiteral("bob"))->code;
        } else {
            const DomainState *d = m_server->state().deviceDomain();
            r.managed.serverUrl = QUrl(m_server->serverUrl());
            r.managed.deviceDomainGuid = d->guid;
            r.managed.deviceDomainCertificate = d->certificate.der();
            r.login = QStringLiteral("carol");
            r.password = QStringLiteral("tr0ub4dor");
        }
        return r;
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
        o.retryBackoff = std::chrono::milliseconds(50);
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

    void nonConformingHeaderIsIntegrityError_data()
    {
        QTest::addColumn<int>("flow");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("step");
        const int manual = int(Flow::Manual);
        const int managed = int(Flow::AutoActivation);
        QTest::newRow("KeyActivation wrapper")
                << manual << QStringLiteral("KeyActivation:wrapper=Foo")
                << int(Step::KeyActivation);
        QTest::newRow("KeyActivation wrapper = method")
                << manual << QStringLiteral("KeyActivation:wrapper=KeyActivation")
                << int(Step::KeyActivation);
        QTest::newRow("KeyActivation SE KeyID")
                << manual << QStringLiteral("KeyActivation:seattr") << int(Step::KeyActivation);
        QTest::newRow("DomainEnrollment wrapper")
                << manual << QStringLiteral("DomainEnrollment:wrapper=Foo")
                << int(Step::DomainEnrollment);
        QTest::newRow("DomainEnrollment SE attribute")
                << manual << QStringLiteral("DomainEnrollment:seattr=Extra")
                << int(Step::DomainEnrollment);
        QTest::newRow("AutoActivation wrapper")
                << managed << QStringLiteral("AutoActivation:wrapper=Event")
                << int(Step::AutoActivation);
        QTest::newRow("AutoActivation SE KeyID")
                << managed << QStringLiteral("AutoActivation:seattr") << int(Step::AutoActivation);
    }

    void nonConformingHeaderIsIntegrityError()
    {
        QFETCH(int, flow);
        QFETCH(QString, rule);
        QFETCH(int, step);
        m_server->service().faults().add(FaultRule::parse(rule).value());
        const EnrollmentResult r = run(request(Flow(flow)));
        QVERIFY(!r.ok());
        QVERIFY2(r.error->kind == ErrorKind::BadMac, qPrintable(r.error->toLogString()));
        QCOMPARE(errorClassName(r.error->errorClass()), QStringLiteral("integrity"));
        QCOMPARE(exitCodeOf(r.error->errorClass()), 6);
        QCOMPARE(int(r.failedStep), step);
        QVERIFY(!r.error->message.isEmpty());
        // Nothing stored: no record, no secret, no journal entry.
        QVERIFY(m_accounts->load()->isEmpty());
        QVERIFY2(m_secrets->names().isEmpty(), qPrintable(m_secrets->names().join(u',')));
        QVERIFY(m_accounts->pending()->isEmpty());
    }

    void conformingServerStillEnrolls()
    {
        // The knobs only apply where asked: the same server without a rule enrolls.
        const EnrollmentResult r = run(request(Flow::Manual));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->toLogString()));
        QCOMPARE(m_accounts->load()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestResponseConformance)
#include "tst_responseconformance.moc"
