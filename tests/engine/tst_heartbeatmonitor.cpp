// The heartbeat monitor against a real devserver over HTTP (WIRE-PROFILE 5.6): accounts enrolled
// for real by the engine, then confirmed, refused, unreachable and back.
#include "EngineTestFixture.h"
#include "engine/HeartbeatMonitor.h"

#include <QtCore/QTimeZone>

using namespace groove;
using namespace groove::engine;
using namespace groove::devserver;

class TestHeartbeatMonitor final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    testing::EngineTestFixture m_f;
    std::unique_ptr<HeartbeatMonitor> m_monitor;
    QString m_account;

    [[nodiscard]] QString enroll(const EnrollmentRequest &request)
    {
        QSignalSpy finished(m_f.engine.get(), &EnrollmentEngine::finished);
        m_f.engine->start(request);
        const EnrollmentResult result = testing::EngineTestFixture::waitResult(finished);
        return result.ok() ? result.account.accountGuid : QString();
    }

    [[nodiscard]] QStringList secretNames() const
    {
        return static_cast<store::MemorySecretStore *>(m_f.secrets.get())->names();
    }

    HeartbeatOutcome checkOnce(const QString &guid)
    {
        QSignalSpy checked(m_monitor.get(), &HeartbeatMonitor::accountChecked);
        m_monitor->checkNow({ guid });
        // Never synchronously: a caller connects after checkNow() returns.
        [&] { QCOMPARE(checked.size(), 0); }();
        [&] { QVERIFY(checked.wait(20000)); }();
        return checked.isEmpty() ? HeartbeatOutcome{}
                                 : checked.first().first().value<HeartbeatOutcome>();
    }

    store::HeartbeatState stored(const QString &guid) const
    {
        const auto record = m_f.accounts->find(guid);
        return record && record->has_value() ? (*record)->heartbeat : store::HeartbeatState{};
    }

private slots:
    void initTestCase() { QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError())); }

    void init()
    {
        QVERIFY(m_f.setUp(m_fixture));
        m_account = enroll(m_f.manual());
        QVERIFY(!m_account.isEmpty());
        m_monitor = std::make_unique<HeartbeatMonitor>(m_f.transport.get(), m_f.secrets.get(),
                                                       m_f.accounts.get());
    }

    void cleanup()
    {
        m_monitor.reset();
        m_f.tearDown();
    }

    void okTwiceCountsUp()
    {
        QCOMPARE(stored(m_account).health, store::Health::Unknown);
        const HeartbeatOutcome first = checkOnce(m_account);
        QVERIFY2(!first.error, first.error ? qPrintable(first.error->toLogString()) : "");
        QCOMPARE(first.state.health, store::Health::Ok);
        QCOMPARE(first.state.sequence, 1); // 0 was sent
        QVERIFY(first.state.lastHeartbeatAt.isValid());
        QVERIFY(first.state.nextHeartbeatSeconds >= 60);
        QCOMPARE(stored(m_account), first.state);
        QCOMPARE(m_f.server->state()
                         .account(m_account, (*m_f.accounts->find(m_account))->domainGuid)
                         ->lastSequenceNumber,
                 0);

        const HeartbeatOutcome second = checkOnce(m_account);
        QVERIFY(!second.error);
        QCOMPARE(second.state.health, store::Health::Ok);
        QCOMPARE(second.state.sequence, 2);
        QCOMPARE(m_f.server->state()
                         .account(m_account, (*m_f.accounts->find(m_account))->domainGuid)
                         ->lastSequenceNumber,
                 1);
    }

    void serverRefusesAccount_data()
    {
        QTest::addColumn<bool>("remove");
        QTest::addColumn<int>("fault");
        QTest::newRow("re-enrollment required") << false << 210;
        QTest::newRow("account removed") << true << 200;
    }

    void serverRefusesAccount()
    {
        QFETCH(bool, remove);
        QFETCH(int, fault);
        QCOMPARE(checkOnce(m_account).state.health, store::Health::Ok);
        if (remove)
            QVERIFY(m_f.server->state().removeAccount(m_account));
        else
            QVERIFY(m_f.server->state().requireReenrollment(m_account));
        const HeartbeatOutcome o = checkOnce(m_account);
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, ErrorKind::ServerFault);
        QCOMPARE(o.state.health, store::Health::Reenroll);
        QCOMPARE(o.state.faultCode, fault);
        QCOMPARE(stored(m_account).health, store::Health::Reenroll);
        // The account stays on this computer: only the server can say it is fine again.
        QVERIFY(m_f.accounts->find(m_account)->has_value());
        QCOMPARE(secretNames().size(), 3);
    }

    void unreachableThenBack()
    {
        QCOMPARE(checkOnce(m_account).state.health, store::Health::Ok);
        const quint16 port = m_f.server->port();
        const QString stateDir = m_fixture.lastStateDir();
        m_f.server.reset(); // saves its state

        const HeartbeatOutcome down = checkOnce(m_account);
        QVERIFY(down.error);
        QCOMPARE(down.error->errorClass(), ErrorClass::Network);
        QCOMPARE(down.state.health, store::Health::Unreachable);
        QVERIFY(down.state.unreachableSince.isValid());
        QCOMPARE(down.state.sequence, 1); // a heartbeat nobody answered changes nothing
        QVERIFY(m_f.accounts->find(m_account)->has_value());

        const HeartbeatOutcome stillDown = checkOnce(m_account);
        QCOMPARE(stillDown.state.unreachableSince, down.state.unreachableSince);

        DevServer::Options o;
        o.stateDir = stateDir;
        o.port = port;
        auto restarted = DevServer::start(o);
        QVERIFY2(restarted, restarted ? "" : qPrintable(restarted.error().toLogString()));
        m_f.server = std::move(restarted).value();
        const HeartbeatOutcome back = checkOnce(m_account);
        QVERIFY2(!back.error, back.error ? qPrintable(back.error->toLogString()) : "");
        QCOMPARE(back.state.health, store::Health::Ok);
        QVERIFY(!back.state.unreachableSince.isValid());
        QCOMPARE(back.state.sequence, 2);
    }

    void tamperedResponseIsNeverOk_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("flipped MAC") << QStringLiteral("AccountHeartbeat:flip-mac");
        QTest::newRow("wrong key") << QStringLiteral("AccountHeartbeat:wrong-key");
        QTest::newRow("malformed") << QStringLiteral("AccountHeartbeat:malformed-xml");
    }

    void tamperedResponseIsNeverOk()
    {
        QFETCH(QString, rule);
        const auto parsed = FaultRule::parse(rule);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().toLogString()));
        m_f.server->service().faults().add(*parsed);
        const HeartbeatOutcome o = checkOnce(m_account);
        QVERIFY(o.error);
        QVERIFY(o.state.health != store::Health::Ok);
        QVERIFY(!o.state.lastHeartbeatAt.isValid());
        QVERIFY(stored(m_account).health != store::Health::Ok);
    }

    void scheduledHeartbeatsFollowTheServer()
    {
        // One "second" lasts a millisecond: the first heartbeat comes at once, the next after
        // NextHeartbeatSeconds (at least 60, so 60 ms here) without anyone asking.
        m_monitor->setSecondLength(std::chrono::milliseconds(1));
        m_monitor->setInitialDelay(0, 0);
        QSignalSpy checked(m_monitor.get(), &HeartbeatMonitor::accountChecked);
        m_monitor->start();
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 2, 20000);
        for (const QList<QVariant> &args : std::as_const(checked))
            QCOMPARE(args.first().value<HeartbeatOutcome>().state.health, store::Health::Ok);
        m_monitor->stop();
        const int after = int(checked.size());
        QTest::qWait(200); // stopped: nothing more may come (asserting absence needs a wait)
        QCOMPARE(int(checked.size()), after);
    }

    void backsOffWhileUnreachable()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, QTimeZone::utc());
        m_monitor->setClock([now] { return now; });
        m_monitor->setSecondLength(std::chrono::milliseconds(1));
        m_monitor->setInitialDelay(0, 0);
        m_f.server.reset();
        QSignalSpy checked(m_monitor.get(), &HeartbeatMonitor::accountChecked);
        m_monitor->start();
        // The next attempt is 60 "seconds" after the failure, then 120, ... (WIRE-PROFILE 5.6).
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 3, 20000);
        m_monitor->stop();
        const int expected[] = { 60, 120, 240 };
        for (int i = 0; i < 3; ++i) {
            const HeartbeatOutcome o = checked.at(i).first().value<HeartbeatOutcome>();
            QCOMPARE(o.state.health, store::Health::Unreachable);
            QCOMPARE(o.state.unreachableSince, now);
            QCOMPARE(o.state.checkedAt.secsTo(o.nextCheckAt), expected[i]);
        }
    }

    void deviceAccountIsConfirmedToo()
    {
        // Auto activation adds carol's account and the device account (sealed with K_dev).
        QVERIFY(!enroll(m_f.autoActivation()).isEmpty());
        QCOMPARE(m_f.accounts->load()->size(), 3);

        QSignalSpy checked(m_monitor.get(), &HeartbeatMonitor::accountChecked);
        m_monitor->checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 3, 20000);
        int devices = 0;
        const QList<store::AccountRecord> records = m_f.accounts->load().value();
        for (const store::AccountRecord &a : records) {
            QVERIFY2(a.heartbeat.health == store::Health::Ok, qPrintable(a.accountGuid));
            devices += a.isDeviceAccount ? 1 : 0;
        }
        QCOMPARE(devices, 1);
    }

    void removedAccountIsNotChecked()
    {
        QVERIFY(m_f.accounts->remove(m_account));
        const HeartbeatOutcome o = checkOnce(m_account);
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, ErrorKind::Usage);
        QCOMPARE(m_f.server->service().faults().count(QStringLiteral("AccountHeartbeat")), 0);
    }
};

QTEST_GUILESS_MAIN(TestHeartbeatMonitor)
#include "tst_heartbeatmonitor.moc"
