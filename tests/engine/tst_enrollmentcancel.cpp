// Cancel (or the deadline) while a keychain write is in flight: the rollback must wait for the
// write's answer and then remove everything, the key just written included, and finished() may
// come only once that is done. A gated store holds each write until the test lets it through.
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "engine/EnrollmentEngine.h"
#include "net/Transport.h"
#include "store/AccountStore.h"
#include "store/SecretStore.h"

#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <deque>

using namespace groove;
using namespace groove::engine;
using namespace groove::devserver;

Q_DECLARE_METATYPE(groove::engine::EnrollmentResult)

namespace {

// Like a keyring that waits for the user: a write is answered only when the test releases it.
// Reads and removals go straight to the memory store behind it.
class GatedSecretStore final : public store::SecretStore
{
    Q_OBJECT

public:
    void write(const QString &name, const SecretBytes &value, Done done) override
    {
        ++m_writesStarted;
        m_held.push_back(Held{ name, value.clone(), std::move(done) });
    }
    void read(const QString &name, ReadDone done) override { m_inner.read(name, std::move(done)); }
    void remove(const QString &name, Done done) override { m_inner.remove(name, std::move(done)); }
    [[nodiscard]] QString backendName() const override { return QStringLiteral("gated"); }

    // Lets the oldest held write through: stored (answered later, as the memory store does),
    // or answered with a failure without storing anything.
    void releaseOne(bool fail = false)
    {
        Q_ASSERT(!m_held.empty());
        Held h = std::move(m_held.front());
        m_held.pop_front();
        if (fail) {
            QTimer::singleShot(0, this, [done = std::move(h.done)] {
                done(Error::make(ErrorKind::Storage, QStringLiteral("gated write failed")));
            });
            return;
        }
        m_inner.write(h.name, h.value, std::move(h.done));
    }

    [[nodiscard]] qsizetype held() const { return qsizetype(m_held.size()); }
    [[nodiscard]] int writesStarted() const { return m_writesStarted; }
    [[nodiscard]] QStringList names() const { return m_inner.names(); }

private:
    struct Held
    {
        QString name;
        SecretBytes value;
        Done done;
    };
    store::MemorySecretStore m_inner;
    std::deque<Held> m_held;
    int m_writesStarted = 0;
};

QString codeOf(DevServer &s, const QString &login)
{
    const MemberState *m = s.state().memberByLogin(login);
    return m ? m->code : QString();
}

} // namespace

class TestEnrollmentCancel final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<GatedSecretStore> m_secrets;
    std::unique_ptr<store::AccountStore> m_accounts;
    std::unique_ptr<EnrollmentEngine> m_engine;

    // What was left in the stores at the moment finished() was emitted.
    struct Snapshot
    {
        QStringList secrets;
        qsizetype records = -1;
        qsizetype pending = -1;
        qsizetype heldWrites = -1;
    };

    Snapshot snapshot() const
    {
        Snapshot s;
        s.secrets = m_secrets->names();
        s.records = m_accounts->load().value_or(QList<store::AccountRecord>()).size();
        const auto pending = m_accounts->pending();
        s.pending = pending ? pending->size() : -1;
        s.heldWrites = m_secrets->held();
        return s;
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
        m_secrets = std::make_unique<GatedSecretStore>();
        m_accounts = std::make_unique<store::AccountStore>(
                m_home->filePath(QStringLiteral("accounts.json")));
        m_engine = std::make_unique<EnrollmentEngine>(m_transport.get(), m_secrets.get(),
                                                      m_accounts.get());
    }

    void cleanup()
    {
        m_engine.reset();
        m_transport.reset();
        m_nam.reset();
        m_server.reset();
    }

    void cancelDuringSlowWrite_data()
    {
        QTest::addColumn<int>("heldWrite"); // 1..3: sharedKey, signatureKey, encryptionKey
        QTest::addColumn<bool>("byDeadline"); // else cancel()
        QTest::addColumn<bool>("writeFails"); // the held write answers with a failure
        QTest::newRow("cancel during write 1") << 1 << false << false;
        QTest::newRow("cancel during write 2") << 2 << false << false;
        QTest::newRow("cancel during write 3") << 3 << false << false;
        QTest::newRow("cancel, then the write fails") << 2 << false << true;
        QTest::newRow("deadline during write 1") << 1 << true << false;
        QTest::newRow("deadline during write 3") << 3 << true << false;
    }

    void cancelDuringSlowWrite()
    {
        QFETCH(int, heldWrite);
        QFETCH(bool, byDeadline);
        QFETCH(bool, writeFails);

        EnrollmentRequest request;
        request.flow = Flow::Manual;
        request.serverUrl = QUrl(m_server->serverUrl());
        request.code = codeOf(*m_server, QStringLiteral("bob"));
        if (byDeadline)
            request.deadline = std::chrono::seconds(3);

        std::optional<Snapshot> atFinish;
        QSignalSpy finished(m_engine.get(), &EnrollmentEngine::finished);
        QSignalSpy failed(m_engine.get(), &EnrollmentEngine::stepFailed);
        connect(m_engine.get(), &EnrollmentEngine::finished, this,
                [this, &atFinish] { atFinish = snapshot(); });
        m_engine->start(request);

        for (int i = 1; i <= heldWrite; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(m_secrets->held() == 1 || !finished.isEmpty(), 30000);
            QVERIFY2(finished.isEmpty(), "the run ended before the keychain write");
            if (i < heldWrite)
                m_secrets->releaseOne();
        }
        // Write number 'heldWrite' hangs, as at a keyring's unlock prompt.
        const int writesBefore = m_secrets->writesStarted();
        QCOMPARE(writesBefore, heldWrite);
        if (byDeadline)
            QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        else
            m_engine->cancel();
        QTRY_COMPARE(failed.size(), 1); // from the event loop, not from inside cancel()

        // The run must not end while its write is unanswered: what it wrote could not be
        // removed yet. (All the fakes answer through zero-time timers; this is ample.)
        QTest::qWait(300);
        QVERIFY2(finished.isEmpty(), "finished() before the write in flight was answered");
        QVERIFY(m_engine->isRunning());
        QCOMPARE(m_secrets->writesStarted(), writesBefore);

        m_secrets->releaseOne(writeFails);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const auto result = finished.first().first().value<EnrollmentResult>();
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, byDeadline ? ErrorKind::Timeout : ErrorKind::Cancelled);
        QCOMPARE(result.failedStep, Step::StoreKeys);

        // Everything was gone already when finished() came.
        QVERIFY(atFinish);
        QVERIFY2(atFinish->secrets.isEmpty(), qPrintable(atFinish->secrets.join(u' ')));
        QCOMPARE(atFinish->records, 0);
        QCOMPARE(atFinish->pending, 0);
        QCOMPARE(atFinish->heldWrites, 0);

        // And nothing comes afterwards: no further write, no late store.
        QTest::qWait(300);
        QCOMPARE(m_secrets->writesStarted(), writesBefore);
        QCOMPARE(m_secrets->held(), 0);
        QVERIFY2(m_secrets->names().isEmpty(), qPrintable(m_secrets->names().join(u' ')));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!m_engine->isRunning());
        QCOMPARE(m_server->state().memberByLogin(QStringLiteral("bob"))->enrolled, false);
    }

    // The run after a cancelled one works with the same code (DomainEnrollment was never sent).
    void nextRunSucceeds()
    {
        EnrollmentRequest request;
        request.flow = Flow::Manual;
        request.serverUrl = QUrl(m_server->serverUrl());
        request.code = codeOf(*m_server, QStringLiteral("bob"));
        QSignalSpy finished(m_engine.get(), &EnrollmentEngine::finished);
        m_engine->start(request);
        QTRY_VERIFY_WITH_TIMEOUT(m_secrets->held() == 1, 30000);
        m_engine->cancel();
        m_secrets->releaseOne();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

        m_engine->start(request);
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(m_secrets->held() == 1, 30000);
            m_secrets->releaseOne();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        const auto result = finished.last().first().value<EnrollmentResult>();
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error->toLogString()));
        QCOMPARE(m_secrets->names().size(), 3);
        QCOMPARE(m_accounts->load()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentCancel)
#include "tst_enrollmentcancel.moc"
