// The heartbeat monitor against a real devserver over HTTP (WIRE-PROFILE 5.6): accounts enrolled
// for real by the engine, then confirmed, refused, unreachable and back.
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "engine/EnrollmentEngine.h"
#include "engine/HeartbeatMonitor.h"
#include "net/Transport.h"
#include "store/AccountStore.h"
#include "store/SecretStore.h"

#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
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

class TestHeartbeatMonitor final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<store::MemorySecretStore> m_secrets;
    std::unique_ptr<store::AccountStore> m_accounts;
    std::unique_ptr<HeartbeatMonitor> m_monitor;
    QString m_account;

    // Enrolls 'login' (manual flow) and returns its account GUID.
    QString enroll(const QString &login)
    {
        EnrollmentEngine engine(m_transport.get(), m_secrets.get(), m_accounts.get());
        engine.setDevice({ QString(), QStringLiteral("HEARTBEAT-PC") });
        QSignalSpy finished(&engine, &EnrollmentEngine::finished);
        EnrollmentRequest r;
        r.serverUrl = QUrl(m_server->serverUrl());
        r.code = codeOf(*m_server, login);
        engine.start(r);
        if (!finished.wait(60000) && finished.isEmpty())
            return {};
        const auto result = finished.first().first().value<EnrollmentResult>();
        return result.ok() ? result.account.accountGuid : QString();
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
        const auto record = m_accounts->find(guid);
        return record && record->has_value() ? (*record)->heartbeat : store::HeartbeatState{};
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
        m_account = enroll(QStringLiteral("bob"));
        QVERIFY(!m_account.isEmpty());
        m_monitor = std::make_unique<HeartbeatMonitor>(m_transport.get(), m_secrets.get(),
                                                       m_accounts.get());
    }

    void cleanup()
    {
        m_monitor.reset();
        m_transport.reset();
        m_nam.reset();
        m_server.reset();
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
        QCOMPARE(m_server->state()
                         .account(m_account, (*m_accounts->find(m_account))->domainGuid)
                         ->lastSequenceNumber,
                 0);

        const HeartbeatOutcome second = checkOnce(m_account);
        QVERIFY(!second.error);
        QCOMPARE(second.state.health, store::Health::Ok);
        QCOMPARE(second.state.sequence, 2);
        QCOMPARE(m_server->state()
                         .account(m_account, (*m_accounts->find(m_account))->domainGuid)
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
            QVERIFY(m_server->state().removeAccount(m_account));
        else
            QVERIFY(m_server->state().requireReenrollment(m_account));
        const HeartbeatOutcome o = checkOnce(m_account);
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, ErrorKind::ServerFault);
        QCOMPARE(o.state.health, store::Health::Reenroll);
        QCOMPARE(o.state.faultCode, fault);
        QCOMPARE(stored(m_account).health, store::Health::Reenroll);
        // The account stays on this computer: only the server can say it is fine again.
        QVERIFY(m_accounts->find(m_account)->has_value());
        QCOMPARE(m_secrets->names().size(), 3);
    }

    void unreachableThenBack()
    {
        QCOMPARE(checkOnce(m_account).state.health, store::Health::Ok);
        const quint16 port = m_server->port();
        const QString stateDir = m_fixture.lastStateDir();
        m_server.reset(); // saves its state

        const HeartbeatOutcome down = checkOnce(m_account);
        QVERIFY(down.error);
        QCOMPARE(down.error->errorClass(), ErrorClass::Network);
        QCOMPARE(down.state.health, store::Health::Unreachable);
        QVERIFY(down.state.unreachableSince.isValid());
        QCOMPARE(down.state.sequence, 1); // a heartbeat nobody answered changes nothing
        QVERIFY(m_accounts->find(m_account)->has_value());

        const HeartbeatOutcome stillDown = checkOnce(m_account);
        QCOMPARE(stillDown.state.unreachableSince, down.state.unreachableSince);

        DevServer::Options o;
        o.stateDir = stateDir;
        o.port = port;
        auto restarted = DevServer::start(o);
        QVERIFY2(restarted, restarted ? "" : qPrintable(restarted.error().toLogString()));
        m_server = std::move(restarted).value();
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
        m_server->service().faults().add(*parsed);
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
        m_server.reset();
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
        EnrollmentEngine engine(m_transport.get(), m_secrets.get(), m_accounts.get());
        engine.setDevice({ QString(), QStringLiteral("HEARTBEAT-PC") });
        QSignalSpy finished(&engine, &EnrollmentEngine::finished);
        EnrollmentRequest r;
        r.flow = Flow::AutoActivation;
        const DomainState *d = m_server->state().deviceDomain();
        r.managed.serverUrl = QUrl(m_server->serverUrl());
        r.managed.deviceDomainGuid = d->guid;
        r.managed.deviceDomainCertificate = d->certificate.der();
        r.login = QStringLiteral("carol");
        r.password = QStringLiteral("tr0ub4dor");
        engine.start(r);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().value<EnrollmentResult>().ok());
        QCOMPARE(m_accounts->load()->size(), 3);

        QSignalSpy checked(m_monitor.get(), &HeartbeatMonitor::accountChecked);
        m_monitor->checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 3, 20000);
        int devices = 0;
        const QList<store::AccountRecord> records = m_accounts->load().value();
        for (const store::AccountRecord &a : records) {
            QVERIFY2(a.heartbeat.health == store::Health::Ok, qPrintable(a.accountGuid));
            devices += a.isDeviceAccount ? 1 : 0;
        }
        QCOMPARE(devices, 1);
    }

    void removedAccountIsNotChecked()
    {
        QVERIFY(m_accounts->remove(m_account));
        const HeartbeatOutcome o = checkOnce(m_account);
        QVERIFY(o.error);
        QCOMPARE(o.error->kind, ErrorKind::Usage);
        QCOMPARE(m_server->service().faults().count(QStringLiteral("AccountHeartbeat")), 0);
    }
};

QTEST_GUILESS_MAIN(TestHeartbeatMonitor)
#include "tst_heartbeatmonitor.moc"
