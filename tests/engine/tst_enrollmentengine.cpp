// The engine against a real devserver over HTTP/HTTPS, with an in-memory secret store.
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

class TestEnrollmentEngine final : public QObject
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

    EnrollmentResult run(const EnrollmentRequest &request, std::function<void()> onStart = {})
    {
        QSignalSpy finished(m_engine.get(), &EnrollmentEngine::finished);
        m_engine->start(request);
        if (onStart)
            onStart();
        if (finished.isEmpty())
            finished.wait(60000);
        [&] { QCOMPARE(finished.size(), 1); }();
        return finished.isEmpty() ? EnrollmentResult{}
                                  : finished.first().first().value<EnrollmentResult>();
    }

    EnrollmentRequest manual(const QString &login = QStringLiteral("bob")) const
    {
        EnrollmentRequest r;
        r.flow = Flow::Manual;
        r.serverUrl = QUrl(m_server->serverUrl());
        r.code = codeOf(*m_server, login);
        return r;
    }

    EnrollmentRequest autoConfiguration() const
    {
        EnrollmentRequest r;
        r.flow = Flow::AutoConfiguration;
        r.serverUrl = QUrl(m_server->serverUrl());
        r.login = QStringLiteral("alice");
        r.password = QStringLiteral("correct horse");
        return r;
    }

    EnrollmentRequest autoActivation() const
    {
        EnrollmentRequest r;
        r.flow = Flow::AutoActivation;
        const DomainState *d = m_server->state().deviceDomain();
        r.managed.serverUrl = QUrl(m_server->serverUrl());
        r.managed.deviceDomainGuid = d->guid;
        r.managed.deviceDomainCertificate = d->certificate.der();
        r.login = QStringLiteral("carol");
        r.password = QStringLiteral("tr0ub4dor");
        return r;
    }

    void assertNothingLeft()
    {
        QVERIFY(m_accounts->load()->isEmpty());
        QVERIFY2(m_secrets->names().isEmpty(), qPrintable(m_secrets->names().join(u',')));
        QVERIFY(m_accounts->pending()->isEmpty());
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

    void flows_data()
    {
        QTest::addColumn<int>("flow");
        QTest::addColumn<QString>("login");
        QTest::newRow("manual") << int(Flow::Manual) << QStringLiteral("bob");
        QTest::newRow("auto configuration")
                << int(Flow::AutoConfiguration) << QStringLiteral("alice");
        QTest::newRow("auto activation") << int(Flow::AutoActivation) << QStringLiteral("carol");
    }

    void flows()
    {
        QFETCH(int, flow);
        QFETCH(QString, login);
        const EnrollmentRequest request = Flow(flow) == Flow::Manual ? manual()
                : Flow(flow) == Flow::AutoConfiguration              ? autoConfiguration()
                                                                     : autoActivation();
        QSignalSpy started(m_engine.get(), &EnrollmentEngine::stepStarted);
        QSignalSpy stepDone(m_engine.get(), &EnrollmentEngine::stepFinished);
        const EnrollmentResult r = run(request);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->toLogString()));
        QCOMPARE(int(r.flow), flow);
        QCOMPARE(started.size(), stepsOf(Flow(flow)).size());
        QCOMPARE(stepDone.size(), started.size());
        QCOMPARE(r.steps.size(), started.size());

        const MemberState *member = m_server->state().memberByLogin(login);
        QVERIFY(member->enrolled);
        QCOMPARE(member->accountGuid, r.account.accountGuid);
        QCOMPARE(r.account.identityUrl, member->identityUrl);
        // The authenticated endpoint is https only, and the server then names its https URL.
        QString expectedUrl = m_server->serverUrl();
        if (Flow(flow) != Flow::Manual)
            expectedUrl.replace(QStringLiteral("http://"), QStringLiteral("https://"));
        QCOMPARE(r.account.serverUrl, expectedUrl);
        QCOMPARE(r.account.deviceName, QStringLiteral("ENGINE-PC"));

        const QList<store::AccountRecord> records = m_accounts->load().value();
        QCOMPARE(records.size(), Flow(flow) == Flow::AutoActivation ? 2 : 1);
        QCOMPARE(m_secrets->names().size(), 3 * records.size());
        QVERIFY(m_accounts->pending()->isEmpty());
        if (Flow(flow) == Flow::AutoActivation) {
            QVERIFY(r.deviceAccount);
            QCOMPARE(r.deviceAccount->accountGuid, m_accounts->deviceGuid().value());
        }
    }

    void deviceAccountIsReused()
    {
        QVERIFY(run(autoActivation()).ok());
        const int deviceCreates =
                m_server->service().faults().count(QStringLiteral("CreateAccount"));
        QCOMPARE(deviceCreates, 2); // device + user
        // Another member on the same device: the device account is not created again.
        EnrollmentRequest second = autoActivation();
        second.login = QStringLiteral("alice");
        second.password = QStringLiteral("correct horse");
        const EnrollmentResult r = run(second);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->toLogString()));
        QCOMPARE(m_server->service().faults().count(QStringLiteral("CreateAccount")), 3);
        QVERIFY(!r.deviceAccount);
        QCOMPARE(m_accounts->load()->size(), 3);
    }

    void failureAtEachStepLeavesNothing_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("errorClass");
        QTest::newRow("KeyActivation fault")
                << QStringLiteral("KeyActivation:fault=401") << int(ErrorClass::ServerFault);
        QTest::newRow("CreateAccount 500")
                << QStringLiteral("CreateAccount:http-500") << int(ErrorClass::Network);
        QTest::newRow("DomainEnrollment fault")
                << QStringLiteral("DomainEnrollment:fault=403") << int(ErrorClass::ServerFault);
        QTest::newRow("DomainEnrollment bad signature")
                << QStringLiteral("DomainEnrollment:flip-signature") << int(ErrorClass::Integrity);
        QTest::newRow("DomainEnrollment wrong key")
                << QStringLiteral("DomainEnrollment:wrong-key") << int(ErrorClass::Integrity);
        QTest::newRow("KeyActivation bad MAC")
                << QStringLiteral("KeyActivation:flip-mac") << int(ErrorClass::Integrity);
        QTest::newRow("KeyActivation bad object signature")
                << QStringLiteral("KeyActivation:flip-signature") << int(ErrorClass::Integrity);
        QTest::newRow("malformed")
                << QStringLiteral("CreateAccount:malformed-xml") << int(ErrorClass::Protocol);
        QTest::newRow("oversized")
                << QStringLiteral("KeyActivation:oversized") << int(ErrorClass::Protocol);
        QTest::newRow("cross-host redirect")
                << QStringLiteral("CreateAccount:redirect-cross-host") << int(ErrorClass::Protocol);
        QTest::newRow("reset mid-body, not retryable")
                << QStringLiteral("DomainEnrollment:close-mid-body") << int(ErrorClass::Network);
    }

    void failureAtEachStepLeavesNothing()
    {
        QFETCH(QString, rule);
        QFETCH(int, errorClass);
        m_server->service().faults().add(FaultRule::parse(rule).value());
        const EnrollmentResult r = run(manual());
        QVERIFY(!r.ok());
        QCOMPARE(errorClassName(r.error->errorClass()), errorClassName(ErrorClass(errorClass)));
        QVERIFY(!r.error->message.isEmpty());
        QVERIFY(!r.error->hint.isEmpty());
        assertNothingLeft();
    }

    void transientFailureIsRetried()
    {
        m_server->service().faults().add(
                FaultRule::parse(QStringLiteral("CreateAccount:close-mid-body:1")).value());
        const EnrollmentResult r = run(manual());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->toLogString()));
    }

    void keychainFailureLeavesNothingAndKeepsTheCode()
    {
        m_secrets->setFailing(true);
        const EnrollmentResult r = run(manual());
        QVERIFY(!r.ok());
        QCOMPARE(r.error->errorClass(), ErrorClass::Storage);
        QCOMPARE(r.failedStep, Step::StoreKeys);
        QVERIFY(m_accounts->load()->isEmpty());
        // DomainEnrollment was never sent, so the code still works.
        m_secrets->setFailing(false);
        QVERIFY(run(manual()).ok());
    }

    void cancelAtEachStep_data()
    {
        QTest::addColumn<int>("step");
        for (Step s : stepsOf(Flow::AutoActivation))
            QTest::newRow(qPrintable(stepName(s))) << int(s);
    }

    void cancelAtEachStep()
    {
        QFETCH(int, step);
        // Slow the server so that every network step is still in flight when we cancel.
        connect(m_engine.get(), &EnrollmentEngine::stepStarted, this, [this, step](Step s) {
            if (int(s) == step)
                m_engine->cancel();
        });
        const EnrollmentResult r = run(autoActivation());
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, ErrorKind::Cancelled);
        QCOMPARE(int(r.failedStep), step);
        assertNothingLeft();
        QVERIFY(!m_engine->isRunning());
    }

    void cancelWhileRequestInFlight()
    {
        m_server->service().faults().add(
                FaultRule::parse(QStringLiteral("KeyActivation:stall")).value());
        QElapsedTimer t;
        t.start();
        const EnrollmentResult r = run(manual(), [this] {
            QTimer::singleShot(200, m_engine.get(), &EnrollmentEngine::cancel);
        });
        QCOMPARE(r.error->kind, ErrorKind::Cancelled);
        QVERIFY(t.elapsed() < 4000); // did not wait for the 5 s request timeout
    }

    void stallTimesOut()
    {
        m_server->service().faults().add(
                FaultRule::parse(QStringLiteral("KeyActivation:stall")).value());
        EnrollmentRequest req = manual();
        req.deadline = std::chrono::milliseconds(1500);
        const EnrollmentResult r = run(req);
        QCOMPARE(r.error->errorClass(), ErrorClass::Timeout);
        assertNothingLeft();
    }

    void badInputCostsNothing_data()
    {
        QTest::addColumn<int>("flow");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("authUrl");
        QTest::addColumn<int>("errorClass");
        QTest::newRow("empty code") << int(Flow::Manual) << QStringLiteral(" \t ") << QString()
                                    << int(ErrorClass::Usage);
        QTest::newRow("http auth endpoint")
                << int(Flow::AutoConfiguration) << QString()
                << QStringLiteral("http://127.0.0.1:1/AutoActivate/gms.dll")
                << int(ErrorClass::Insecure);
    }

    void badInputCostsNothing()
    {
        QFETCH(int, flow);
        QFETCH(QString, code);
        QFETCH(QString, authUrl);
        QFETCH(int, errorClass);
        EnrollmentRequest req = Flow(flow) == Flow::Manual ? manual() : autoConfiguration();
        req.code = code;
        req.authenticatedUrl = QUrl(authUrl);
        const EnrollmentResult r = run(req);
        QCOMPARE(errorClassName(r.error->errorClass()), errorClassName(ErrorClass(errorClass)));
        QCOMPARE(m_server->service().faults().count(QStringLiteral("KeyActivation")), 0);
        QCOMPARE(m_server->service().faults().count(QStringLiteral("AutoAccountCodeConfiguration")),
                 0);
    }

    void wrongPasswordIsAuthentication()
    {
        EnrollmentRequest req = autoConfiguration();
        req.password = QStringLiteral("wrong");
        const EnrollmentResult r = run(req);
        QCOMPARE(r.error->errorClass(), ErrorClass::Authentication);
        assertNothingLeft();
    }

    void orphanSecretsOfACrashAreRemoved()
    {
        // What a crash after StoreKeys leaves: a journal entry and secrets, no record.
        const QString name = store::secretName(
                QStringLiteral("127.0.0.1"), QStringLiteral("orphan"), QStringLiteral("sharedKey"));
        QVERIFY(m_accounts->beginPending(QStringLiteral("orphan"), { name }).ok());
        QSignalSpy written(this, &QObject::objectNameChanged);
        m_secrets->write(name, SecretBytes(QByteArrayView("x")),
                         [this](Status) { setObjectName(QStringLiteral("w")); });
        QVERIFY(written.wait(1000));
        QVERIFY(run(manual()).ok());
        QVERIFY(!m_secrets->contains(name));
        QVERIFY(m_accounts->pending()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentEngine)
#include "tst_enrollmentengine.moc"
