// Keys made ahead of time: the engine takes them when the pool has them, waits for them when it
// has not, keeps them across retry(), and nothing of them outlives their last owner.
#include "engine/EngineTestFixture.h"
#include "engine/KeyGenerator.h"
#include "engine/KeyPool.h"

#include <QtCore/QSemaphore>
#include <QtCore/QThreadPool>

using namespace groove;
using namespace groove::engine;

namespace {

// RSA pairs from DER made once (fast), each handed out only when the test lets it through.
struct KeySource
{
    QList<QByteArray> der; // read-only once the test runs
    QSemaphore gate;
    std::atomic<int> calls{ 0 };
};

KeyGenerator::Source sourceOf(const std::shared_ptr<KeySource> &s)
{
    return [s]() -> Result<crypto::RsaPrivateKey> {
        s->gate.acquire();
        const int i = s->calls++;
        return crypto::RsaPrivateKey::fromPkcs8Der(s->der.at(i % s->der.size()));
    };
}

} // namespace

class TestKeyPool final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    testing::EngineTestFixture m_f;
    QList<QByteArray> m_der;
    std::shared_ptr<KeySource> m_source;

    // A pool whose generation waits for openGate(); owned by the test.
    std::unique_ptr<KeyPool> gatedPool()
    {
        auto pool = std::make_unique<KeyPool>();
        pool->setKeySource(sourceOf(m_source));
        return pool;
    }
    void openGate(int pairs) { m_source->gate.release(pairs); }

    std::unique_ptr<KeyPool> fullPool()
    {
        std::unique_ptr<KeyPool> pool = gatedPool();
        openGate(2);
        QSignalSpy ready(pool.get(), &KeyPool::ready);
        pool->prepare(false);
        if (!ready.wait(30000))
            return {};
        return pool;
    }

    const devserver::AccountState *serverAccount(const EnrollmentResult &r)
    {
        return m_f.server->state().account(r.account.accountGuid, r.account.domainGuid);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError()));
        for (int i = 0; i < 4; ++i) {
            const Result<crypto::RsaPrivateKey> k = crypto::RsaPrivateKey::generate();
            QVERIFY(k);
            m_der.append(k->toPkcs8Der().view().toByteArray());
        }
    }

    void init()
    {
        QVERIFY(m_f.setUp(m_fixture));
        m_source = std::make_shared<KeySource>();
        m_source->der = m_der;
    }

    void cleanup()
    {
        m_f.tearDown();
        openGate(16); // no pool thread may stay blocked
        QThreadPool::globalInstance()->waitForDone();
    }

    void keysUsedWhenReady()
    {
        std::unique_ptr<KeyPool> pool = fullPool();
        QVERIFY(pool);
        QVERIFY(pool->isReady(KeyPool::Kind::User));
        const QString guid = pool->accountGuid(KeyPool::Kind::User);
        const std::weak_ptr<const protocol::client::AccountKeys> keys =
                pool->observe(KeyPool::Kind::User);
        const crypto::RsaPublicKey signature = keys.lock()->signatureKey.publicKey();
        const int generators = KeyGenerator::startedCount();

        m_f.engine->setKeyPool(pool.get());
        m_f.engine->start(m_f.manual());
        QSignalSpy finished(m_f.engine.get(), &EnrollmentEngine::finished);
        const EnrollmentResult r = testing::EngineTestFixture::waitResult(finished);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->toLogString()));

        QCOMPARE(KeyGenerator::startedCount(), generators); // the engine made no keys
        QCOMPARE(pool->taken(), 1);
        QCOMPARE(pool->generationsStarted(), 1); // and the pool did not refill by itself
        QVERIFY(!pool->isReady(KeyPool::Kind::User));
        QVERIFY(!pool->isPreparing(KeyPool::Kind::User));
        QCOMPARE(r.account.accountGuid, guid);
        QVERIFY(serverAccount(r));
        QVERIFY(serverAccount(r)->signatureKey == signature);
        // Enrolled: the engine let go of its keys, and no copy kept them alive.
        QVERIFY(keys.expired());
    }

    void waitedForWhenNotReady()
    {
        std::unique_ptr<KeyPool> pool = gatedPool();
        pool->prepare(false);
        QVERIFY(pool->isPreparing(KeyPool::Kind::User));
        const int generators = KeyGenerator::startedCount();
        m_f.engine->setKeyPool(pool.get());
        m_f.engine->start(m_f.manual());
        QSignalSpy started(m_f.engine.get(), &EnrollmentEngine::stepStarted);
        QSignalSpy stepDone(m_f.engine.get(), &EnrollmentEngine::stepFinished);
        QSignalSpy finished(m_f.engine.get(), &EnrollmentEngine::finished);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 30000);
        QCOMPARE(started.last().first().value<Step>(), Step::GenerateKeys);

        // The run waits for the pool, without making keys of its own.
        QVERIFY(!finished.wait(300));
        QCOMPARE(stepDone.size(), 1); // KeyActivation only
        QCOMPARE(KeyGenerator::startedCount(), generators);

        QSignalSpy ready(pool.get(), &KeyPool::ready);
        openGate(2);
        const EnrollmentResult r = testing::EngineTestFixture::waitResult(finished);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->toLogString()));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(stepDone.at(1).first().value<Step>(), Step::GenerateKeys);
        QCOMPARE(pool->taken(), 1);
        QCOMPARE(pool->generationsStarted(), 1);
        QCOMPARE(KeyGenerator::startedCount(), generators);
    }

    // An empty pool is asked to prepare by the engine; a pool that goes away while the engine
    // waits is replaced by the engine's own keys.
    void emptyOrDestroyedPool_data()
    {
        QTest::addColumn<bool>("destroyWhileWaiting");
        QTest::newRow("empty pool") << false;
        QTest::newRow("pool destroyed while waited for") << true;
    }

    void emptyOrDestroyedPool()
    {
        QFETCH(bool, destroyWhileWaiting);
        std::unique_ptr<KeyPool> pool = gatedPool();
        if (!destroyWhileWaiting)
            openGate(2);
        m_f.engine->setKeyPool(pool.get());
        m_f.engine->start(m_f.manual());
        QSignalSpy started(m_f.engine.get(), &EnrollmentEngine::stepStarted);
        QSignalSpy finished(m_f.engine.get(), &EnrollmentEngine::finished);
        if (destroyWhileWaiting) {
            QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 30000);
            QVERIFY(pool->isPreparing(KeyPool::Kind::User));
            const int generators = KeyGenerator::startedCount();
            pool.reset();
            openGate(2); // its workers end into nothing and free their pool threads
            const EnrollmentResult r = testing::EngineTestFixture::waitResult(finished);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->toLogString()));
            QCOMPARE(KeyGenerator::startedCount(), generators + 1); // its own
            return;
        }
        const EnrollmentResult r = testing::EngineTestFixture::waitResult(finished);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->toLogString()));
        QCOMPARE(pool->generationsStarted(), 1);
        QCOMPARE(pool->taken(), 1);
    }

    void wipedWithThePool()
    {
        std::unique_ptr<KeyPool> pool = fullPool();
        QVERIFY(pool);
        pool->prepare(true); // and device keys, still being made when the pool goes
        QVERIFY(pool->isPreparing(KeyPool::Kind::Device));
        const std::weak_ptr<const protocol::client::AccountKeys> keys =
                pool->observe(KeyPool::Kind::User);
        QVERIFY(!keys.expired());
        QSignalSpy ready(pool.get(), &KeyPool::ready);
        pool.reset();
        QVERIFY(keys.expired());
        // The generation in flight ends into nothing.
        openGate(2);
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(m_source->calls.load(), 4);
    }

    void keptAcrossRetry_data()
    {
        QTest::addColumn<QString>("then"); // retry, start, destroy
        QTest::newRow("retry") << "retry";
        QTest::newRow("new start") << "start";
        QTest::newRow("engine destroyed") << "destroy";
    }

    void keptAcrossRetry()
    {
        QFETCH(QString, then);
        std::unique_ptr<KeyPool> pool = fullPool();
        QVERIFY(pool);
        const QString guid = pool->accountGuid(KeyPool::Kind::User);
        const std::weak_ptr<const protocol::client::AccountKeys> keys =
                pool->observe(KeyPool::Kind::User);
        const crypto::RsaPublicKey signature = keys.lock()->signatureKey.publicKey();
        m_f.inject(QStringLiteral("CreateAccount:http-500:1"));

        m_f.engine->setKeyPool(pool.get());
        m_f.engine->start(m_f.manual());
        QSignalSpy finished(m_f.engine.get(), &EnrollmentEngine::finished);
        const EnrollmentResult failed = testing::EngineTestFixture::waitResult(finished);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.failedStep, Step::CreateAccount);
        QVERIFY(failed.retryable);
        QVERIFY(!keys.expired()); // the attempt keeps them for retry()
        QCOMPARE(pool->taken(), 1);

        if (then == u"destroy") {
            m_f.engine.reset();
            QVERIFY(keys.expired());
            return;
        }
        if (then == u"start") {
            openGate(2);
            m_f.engine->start(m_f.manual());
            QVERIFY(keys.expired()); // a new attempt: the old keys are gone at once
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
            const auto second = finished.last().first().value<EnrollmentResult>();
            QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error->toLogString()));
            QVERIFY(second.account.accountGuid != guid); // new keys, from a refill it asked for
            QCOMPARE(pool->generationsStarted(), 2);
            return;
        }
        QVERIFY(m_f.engine->retry());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        const auto r = finished.last().first().value<EnrollmentResult>();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->toLogString()));
        QCOMPARE(r.account.accountGuid, guid);
        QVERIFY(serverAccount(r));
        QVERIFY(serverAccount(r)->signatureKey == signature);
        QCOMPARE(pool->taken(), 1);
        QCOMPARE(pool->generationsStarted(), 1);
        QVERIFY(keys.expired());
    }
};

QTEST_GUILESS_MAIN(TestKeyPool)
#include "tst_keypool.moc"
