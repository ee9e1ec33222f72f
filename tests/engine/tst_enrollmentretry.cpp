// retry() resumes a failed attempt from its failed step against the real devserver: the steps
// before are not sent again, the same code and keys are used; once DomainEnrollment was sent
// the result says the code may be used up and cannot be retried. The transport's own retries
// of a transient failure are announced with retryScheduled().
#include "engine/EngineTestFixture.h"

#include <QtCore/QTimer>

using namespace groove;
using namespace groove::engine;

namespace {

// The memory store, but write number N (1-based) fails once, as a keyring that refuses.
class FlakySecretStore final : public store::SecretStore
{
    Q_OBJECT

public:
    explicit FlakySecretStore(int failingWrite) : m_failingWrite(failingWrite) { }

    void write(const QString &name, const SecretBytes &value, Done done) override
    {
        if (++m_writes == m_failingWrite) {
            QTimer::singleShot(0, this, [done = std::move(done)] {
                done(Error::make(ErrorKind::Storage, QStringLiteral("flaky write failed")));
            });
            return;
        }
        m_inner.write(name, value, std::move(done));
    }
    void read(const QString &name, ReadDone done) override { m_inner.read(name, std::move(done)); }
    void remove(const QString &name, Done done) override { m_inner.remove(name, std::move(done)); }
    [[nodiscard]] QString backendName() const override { return QStringLiteral("flaky"); }
    [[nodiscard]] QStringList names() const { return m_inner.names(); }
    [[nodiscard]] int writes() const { return m_writes; }

private:
    store::MemorySecretStore m_inner;
    int m_failingWrite;
    int m_writes = 0;
};

} // namespace

class TestEnrollmentRetry final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    testing::EngineTestFixture m_f;

    EnrollmentResult runOnce(QSignalSpy &finished, const EnrollmentRequest &request)
    {
        m_f.engine->start(request);
        return testing::EngineTestFixture::waitResult(finished);
    }

private slots:
    void initTestCase() { QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError())); }
    void cleanup() { m_f.tearDown(); }

    void retryFromFailedStep_data()
    {
        QTest::addColumn<int>("flow");
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<int>("failingWrite"); // 0: none
        QTest::addColumn<int>("failedStep");
        QTest::addColumn<int>("resumedStep");
        // devserver requests per method once enrolled (the failed one counts twice)
        QTest::addColumn<QList<int>>("requests"); // KeyActivation, CreateAccount, DomainEnrollment

        const auto manual = int(Flow::Manual);
        QTest::newRow("KeyActivation 500")
                << manual << QStringList{ QStringLiteral("KeyActivation:http-500:1") } << 0
                << int(Step::KeyActivation) << int(Step::KeyActivation) << QList<int>{ 2, 1, 1 };
        QTest::newRow("CreateAccount 500")
                << manual << QStringList{ QStringLiteral("CreateAccount:http-500:1") } << 0
                << int(Step::CreateAccount) << int(Step::CreateAccount) << QList<int>{ 1, 2, 1 };
        QTest::newRow("CreateAccount closed after the transport's retries")
                << manual
                << QStringList{ QStringLiteral("CreateAccount:close-mid-body:1"),
                                QStringLiteral("CreateAccount:close-mid-body:2"),
                                QStringLiteral("CreateAccount:close-mid-body:3") }
                << 0 << int(Step::CreateAccount) << int(Step::CreateAccount)
                << QList<int>{ 1, 4, 1 };
        QTest::newRow("StoreKeys: second keychain write fails")
                << manual << QStringList() << 2 << int(Step::StoreKeys) << int(Step::StoreKeys)
                << QList<int>{ 1, 1, 1 };
        QTest::newRow("auto activation: AutoActivation 500")
                << int(Flow::AutoActivation)
                << QStringList{ QStringLiteral("AutoActivation:http-500:1") } << 0
                << int(Step::AutoActivation) << int(Step::AutoActivation) << QList<int>{ 1, 2, 1 };
        QTest::newRow("auto activation: device CreateAccount 500")
                << int(Flow::AutoActivation)
                << QStringList{ QStringLiteral("CreateAccount:http-500:1") } << 0
                << int(Step::CreateDeviceAccount) << int(Step::CreateDeviceAccount)
                << QList<int>{ 1, 3, 1 };
    }

    void retryFromFailedStep()
    {
        QFETCH(int, flow);
        QFETCH(QStringList, rules);
        QFETCH(int, failingWrite);
        QFETCH(int, failedStep);
        QFETCH(int, resumedStep);
        QFETCH(QList<int>, requests);
        auto *flaky = new FlakySecretStore(failingWrite);
        QVERIFY(m_f.setUp(m_fixture, std::unique_ptr<store::SecretStore>(flaky)));
        for (const QString &rule : std::as_const(rules))
            m_f.inject(rule);
        const EnrollmentRequest request =
                Flow(flow) == Flow::Manual ? m_f.manual() : m_f.autoActivation();

        QSignalSpy finished(m_f.engine.get(), &EnrollmentEngine::finished);
        const EnrollmentResult failed = runOnce(finished, request);
        QVERIFY(!failed.ok());
        QCOMPARE(int(failed.failedStep), failedStep);
        QVERIFY2(failed.retryable, qPrintable(failed.error->toLogString()));
        QVERIFY(!failed.codeMayBeUsed);
        QVERIFY(m_f.engine->canRetry());
        // The failed run left nothing behind, as any failed run.
        QVERIFY(flaky->names().isEmpty());
        QVERIFY(m_f.accounts->load()->isEmpty());
        QVERIFY(m_f.accounts->pending()->isEmpty());

        QSignalSpy started(m_f.engine.get(), &EnrollmentEngine::stepStarted);
        QVERIFY(m_f.engine->retry());
        QVERIFY(!m_f.engine->retry()); // running
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        const auto r = finished.last().first().value<EnrollmentResult>();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->toLogString()));
        QVERIFY(r.codeMayBeUsed);
        QVERIFY(!r.retryable);
        QVERIFY(!m_f.engine->canRetry());
        QCOMPARE(int(started.first().first().value<Step>()), resumedStep);
        QCOMPARE(r.steps.size(), stepsOf(Flow(flow)).size()); // each step once

        QCOMPARE(m_f.requests(QStringLiteral("KeyActivation")), requests.at(0));
        QCOMPARE(m_f.requests(QStringLiteral("CreateAccount")), requests.at(1));
        QCOMPARE(m_f.requests(QStringLiteral("DomainEnrollment")), requests.at(2));
        const int records = Flow(flow) == Flow::AutoActivation ? 2 : 1;
        QCOMPARE(m_f.accounts->load()->size(), records);
        QCOMPARE(flaky->names().size(), 3 * records);
        QVERIFY(m_f.accounts->pending()->isEmpty());
        const devserver::MemberState *member = m_f.server->state().memberByLogin(
                Flow(flow) == Flow::Manual ? QStringLiteral("bob") : QStringLiteral("carol"));
        QVERIFY(member->enrolled);
        QCOMPARE(member->accountGuid, r.account.accountGuid);
    }

    void notRetryable_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("how"); // fault, cancel, usage
        QTest::addColumn<bool>("codeMayBeUsed");
        QTest::newRow("DomainEnrollment fault") << "DomainEnrollment:fault=403"
                                                << "fault" << true;
        QTest::newRow("DomainEnrollment reset mid-body") << "DomainEnrollment:close-mid-body"
                                                         << "fault" << true;
        QTest::newRow("DomainEnrollment tampered answer") << "DomainEnrollment:flip-signature"
                                                          << "fault" << true;
        QTest::newRow("cancelled in CreateAccount") << QString() << "cancel" << false;
        QTest::newRow("empty code") << QString() << "usage" << false;
    }

    void notRetryable()
    {
        QFETCH(QString, rule);
        QFETCH(QString, how);
        QFETCH(bool, codeMayBeUsed);
        QVERIFY(m_f.setUp(m_fixture));
        if (!rule.isEmpty())
            m_f.inject(rule);
        EnrollmentRequest request = m_f.manual();
        if (how == u"usage")
            request.code.clear();
        if (how == u"cancel") {
            connect(m_f.engine.get(), &EnrollmentEngine::stepStarted, this, [this](Step s) {
                if (s == Step::CreateAccount)
                    m_f.engine->cancel();
            });
        }
        QSignalSpy finished(m_f.engine.get(), &EnrollmentEngine::finished);
        const EnrollmentResult r = runOnce(finished, request);
        QVERIFY(!r.ok());
        QCOMPARE(r.codeMayBeUsed, codeMayBeUsed);
        QVERIFY(!r.retryable);
        QVERIFY(!m_f.engine->canRetry());
        QSignalSpy started(m_f.engine.get(), &EnrollmentEngine::stepStarted);
        QVERIFY(!m_f.engine->retry());
        QVERIFY(!finished.wait(200));
        QVERIFY(started.isEmpty());
        QCOMPARE(finished.size(), 1);
        QVERIFY(m_f.accounts->load()->isEmpty());
    }

    void retryScheduled_data()
    {
        QTest::addColumn<int>("flow");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("retries");
        // (A connection closed before any answer is resent by QNetworkAccessManager itself.)
        QTest::newRow("KeyActivation reset mid-body")
                << int(Flow::Manual) << "KeyActivation:close-mid-body:1" << int(Step::KeyActivation)
                << 1;
        QTest::newRow("CreateAccount reset mid-body")
                << int(Flow::Manual) << "CreateAccount:close-mid-body:1" << int(Step::CreateAccount)
                << 1;
        QTest::newRow("device CreateAccount reset, again and again")
                << int(Flow::AutoActivation) << "CreateAccount:close-mid-body"
                << int(Step::CreateDeviceAccount) << 2;
        // HTTP 500 is an answer, not a transient network failure: the transport does not resend.
        QTest::newRow("KeyActivation 500")
                << int(Flow::Manual) << "KeyActivation:http-500:1" << int(Step::KeyActivation) << 0;
    }

    void retryScheduled()
    {
        QFETCH(int, flow);
        QFETCH(QString, rule);
        QFETCH(int, step);
        QFETCH(int, retries);
        QVERIFY(m_f.setUp(m_fixture));
        m_f.inject(rule);
        QSignalSpy scheduled(m_f.engine.get(), &EnrollmentEngine::retryScheduled);
        QSignalSpy finished(m_f.engine.get(), &EnrollmentEngine::finished);
        const EnrollmentResult r =
                runOnce(finished, Flow(flow) == Flow::Manual ? m_f.manual() : m_f.autoActivation());
        QCOMPARE(scheduled.size(), retries);
        for (int i = 0; i < retries; ++i) {
            QCOMPARE(int(scheduled.at(i).at(0).value<Step>()), step);
            QCOMPARE(scheduled.at(i).at(1).toInt(), i + 1);
            QCOMPARE(scheduled.at(i).at(2).toInt(), 1); // 50 ms, 100 ms: rounded up to 1 s
        }
        if (retries == 1)
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->toLogString()));
        else
            QVERIFY(!r.ok());
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentRetry)
#include "tst_enrollmentretry.moc"
