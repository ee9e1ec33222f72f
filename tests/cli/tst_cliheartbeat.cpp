// `groove-enroll --heartbeat` and the health in `--status` (CLI-CONTRACT.md, WIRE-PROFILE 5.6):
// the real executable against an in-process devserver whose administrator switches the test
// flips, and which it stops and starts again.
#include "common/CliHarness.h"
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"

#include <QtTest/QTest>

using namespace clitest;
using namespace groove;
using namespace groove::devserver;

class TestCliHeartbeat final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<CliHome> m_home;
    QString m_code;
    QString m_guid;

    QJsonObject accountOf(const QJsonObject &answer, const QString &guid) const
    {
        for (const QJsonValue &v : answer.value(u"accounts").toArray()) {
            if (v.toObject().value(u"accountGuid").toString() == guid)
                return v.toObject();
        }
        return {};
    }

    QJsonObject statusOf(const QString &guid) const
    {
        const CliRun r = m_home->run({ QStringLiteral("--status"), QStringLiteral("--json") });
        return r.exitCode == 0 ? accountOf(r.json, guid) : QJsonObject();
    }

    CliRun heartbeat(const QStringList &extra = {}) const
    {
        return m_home->run(QStringList{ QStringLiteral("--heartbeat"), QStringLiteral("--json") }
                           + extra);
    }

private slots:
    void initTestCase()
    {
        if (!haveSessionBus())
            QSKIP(NeedsKeyring);
        QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError()));
    }

    void init()
    {
        m_server = m_fixture.start();
        QVERIFY(m_server);
        m_home = std::make_unique<CliHome>();
        for (const MemberState &m : m_server->state().members()) {
            if (m.login == u"bob")
                m_code = m.code;
        }
        const CliRun r = m_home->run({ QStringLiteral("--headless"), QStringLiteral("--json"),
                                       QStringLiteral("--server"), m_server->serverUrl(),
                                       QStringLiteral("--code-stdin") },
                                     m_code.toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        m_guid = r.json.value(u"accountGuid").toString();
        QVERIFY(!m_guid.isEmpty());
    }

    void cleanup()
    {
        if (m_home && !m_guid.isEmpty())
            (void)m_home->run({ QStringLiteral("--unenroll"), m_guid });
        m_home.reset();
        m_server.reset();
    }

    void statusBeforeAndAfter()
    {
        QJsonObject status = statusOf(m_guid);
        QCOMPARE(status.value(u"health").toString(), QStringLiteral("unknown"));
        QVERIFY(status.contains(u"lastHeartbeatAt"));
        QVERIFY(status.value(u"lastHeartbeatAt").isNull());

        const CliRun r = heartbeat();
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
        const QJsonObject a = accountOf(r.json, m_guid);
        QCOMPARE(a.value(u"health").toString(), QStringLiteral("ok"));
        QVERIFY(isIsoUtc(a.value(u"checkedAt").toString()));
        QVERIFY(a.value(u"nextHeartbeatSeconds").toInt() >= 60);
        QVERIFY(!a.contains(u"faultCode"));
        QVERIFY2(r.leaks({ m_code }).isEmpty(), qPrintable(r.describe()));

        status = statusOf(m_guid);
        QCOMPARE(status.value(u"health").toString(), QStringLiteral("ok"));
        QVERIFY(isIsoUtc(status.value(u"lastHeartbeatAt").toString()));

        // One account by its GUID; the counter went on (0, then 1) on the server.
        const CliRun one = heartbeat({ m_guid });
        QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
        QCOMPARE(one.json.value(u"accounts").toArray().size(), 1);
    }

    void serverNeedsReenrollment_data()
    {
        QTest::addColumn<bool>("remove");
        QTest::addColumn<int>("fault");
        QTest::newRow("re-enrollment required") << false << 210;
        QTest::newRow("removed on the server") << true << 200;
    }

    void serverNeedsReenrollment()
    {
        QFETCH(bool, remove);
        QFETCH(int, fault);
        if (remove)
            QVERIFY(m_server->state().removeAccount(m_guid));
        else
            QVERIFY(m_server->state().requireReenrollment(m_guid));
        const CliRun r = heartbeat();
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        const QJsonObject a = accountOf(r.json, m_guid);
        QCOMPARE(a.value(u"health").toString(), QStringLiteral("reenroll"));
        QCOMPARE(a.value(u"faultCode").toInt(), fault);
        QVERIFY(!a.value(u"message").toString().isEmpty());
        QCOMPARE(statusOf(m_guid).value(u"health").toString(), QStringLiteral("reenroll"));

        // Plain language without --json.
        const CliRun text = m_home->run({ QStringLiteral("--heartbeat") });
        QCOMPARE(text.exitCode, 5);
        QVERIFY2(text.out.contains(m_guid.toUtf8()), qPrintable(text.describe()));
    }

    void unreachableThenBack()
    {
        QCOMPARE(heartbeat().exitCode, 0);
        const quint16 port = m_server->port();
        const QString stateDir = m_fixture.lastStateDir();
        m_server.reset();
        const CliRun down = heartbeat({ QStringLiteral("--timeout"), QStringLiteral("5") });
        QVERIFY2(down.exitCode == 3, qPrintable(down.describe()));
        QCOMPARE(accountOf(down.json, m_guid).value(u"health").toString(),
                 QStringLiteral("unreachable"));
        const QJsonObject status = statusOf(m_guid);
        QCOMPARE(status.value(u"health").toString(), QStringLiteral("unreachable"));
        QVERIFY(isIsoUtc(status.value(u"lastHeartbeatAt").toString())); // the last good one

        DevServer::Options o;
        o.stateDir = stateDir;
        o.port = port;
        auto started = DevServer::start(o);
        QVERIFY2(started, started ? "" : qPrintable(started.error().toLogString()));
        m_server = std::move(started).value();
        const CliRun back = heartbeat();
        QVERIFY2(back.exitCode == 0, qPrintable(back.describe()));
        QCOMPARE(statusOf(m_guid).value(u"health").toString(), QStringLiteral("ok"));
    }

    void unknownAccountIsAUsageError()
    {
        const CliRun r = heartbeat({ QStringLiteral("2222222222222222222222222222222222222") });
        QCOMPARE(r.exitCode, 2);
        const QString problem = checkFailedJson(r.json, QStringLiteral("usage"), -1);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void noAccountsIsFine()
    {
        QCOMPARE(m_home->run({ QStringLiteral("--unenroll"), m_guid }).exitCode, 0);
        m_guid.clear();
        const CliRun r = heartbeat();
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json.value(u"accounts").toArray().size(), 0);
    }

    void guidOnlyWithHeartbeat()
    {
        const CliRun r =
                m_home->run({ QStringLiteral("--status"), QStringLiteral("--json"), m_guid });
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliHeartbeat)
#include "tst_cliheartbeat.moc"
