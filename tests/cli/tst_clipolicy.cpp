// groove-enroll as a real process under an organisation's policy (XDG_CONFIG_DIRS pointing to a
// temporary folder with groove-enroll/*.conf): locked values cannot be contradicted on the
// command line, unlocked ones are defaults, methods outside AllowedMethods are refused, and a
// broken policy fails closed (exit 2) for the modes that talk to a server.
#include "common/CliHarness.h"
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace clitest;
using namespace groove;
using namespace groove::devserver;

class TestCliPolicy final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    QTemporaryDir m_xdg; // XDG_CONFIG_DIRS of the CLI runs
    QTemporaryDir m_config; // XDG_CONFIG_HOME (trusted servers of the runs)

    [[nodiscard]] QString policyFile() const
    {
        return m_xdg.filePath(QStringLiteral("groove-enroll/50-test.conf"));
    }

    [[nodiscard]] QString codeOf(const QString &login) const
    {
        const MemberState *m = m_server->state().memberByLogin(login);
        return m ? m->code : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(programPath()), qPrintable(programPath()));
        QVERIFY(m_xdg.isValid());
        QVERIFY(m_config.isValid());
        QVERIFY(QDir().mkpath(m_xdg.filePath(QStringLiteral("groove-enroll"))));
        qputenv("XDG_CONFIG_DIRS", QFile::encodeName(m_xdg.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError()));
    }

    void init()
    {
        m_server = m_fixture.start();
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
    }

    void cleanup()
    {
        m_server.reset();
        QFile::remove(policyFile());
    }

    void runs_data()
    {
        QTest::addColumn<QString>("policy"); // %SERVER%: the devserver's URL
        QTest::addColumn<QStringList>("args"); // %SERVER% likewise; the code is given on stdin
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("message"); // fragments of the JSON message (failures)

        const QString locked = QStringLiteral("[Policy]\nServerURL=%SERVER%\nLocked=ServerURL\n"
                                              "SupportContact=the service desk, phone 1234\n");
        const QStringList manual{ QStringLiteral("--headless"), QStringLiteral("--json"),
                                  QStringLiteral("--code-stdin") };
        const QString server = QStringLiteral("--server");
        const QString lockedText = QStringLiteral("locked by your organisation's policy");

        QTest::newRow("locked server contradicted")
                << locked
                << manual + QStringList{ server, QStringLiteral("http://127.0.0.2:1/gms.dll") } << 2
                << QStringList{ lockedText, QStringLiteral("50-test.conf"), server };
        QTest::newRow("locked server, the same value")
                << locked << manual + QStringList{ server, QStringLiteral("%SERVER%") } << 0
                << QStringList();
        QTest::newRow("locked server, no --server") << locked << manual << 0 << QStringList();
        QTest::newRow("unlocked server is the default")
                << QStringLiteral("[Policy]\nServerURL=%SERVER%\n") << manual << 0 << QStringList();
        QTest::newRow("method not allowed")
                << QStringLiteral("[Policy]\nAllowedMethods=auto-configuration\n")
                << manual + QStringList{ server, QStringLiteral("%SERVER%") } << 2
                << QStringList{ QStringLiteral("does not allow"), QStringLiteral("manual"),
                                QStringLiteral("50-test.conf") };
        QTest::newRow("locked proxy contradicted")
                << QStringLiteral("[Policy]\nProxy=http://127.0.0.1:9/\nLocked=Proxy\n")
                << manual
                        + QStringList{ server, QStringLiteral("%SERVER%"),
                                       QStringLiteral("--proxy"),
                                       QStringLiteral("http://127.0.0.1:8/") }
                << 2 << QStringList{ lockedText, QStringLiteral("--proxy") };
        QTest::newRow("locked pin contradicted")
                << QStringLiteral("[Policy]\nPinSha256=%1\nLocked=PinSha256\n")
                           .arg(QString(64, u'a'))
                << manual
                        + QStringList{ server, QStringLiteral("%SERVER%"),
                                       QStringLiteral("--pin-sha256"), QString(64, u'b') }
                << 2 << QStringList{ lockedText, QStringLiteral("--pin-sha256") };
        QTest::newRow("broken policy fails closed")
                << QStringLiteral("[Policy]\nServerURL=%SERVER%\nLocked=ServerURL, Colour\n")
                << manual + QStringList{ server, QStringLiteral("%SERVER%") } << 2
                << QStringList{ QStringLiteral("50-test.conf"), QStringLiteral("key Locked") };
        QTest::newRow("broken policy fails --check closed")
                << QStringLiteral("[Policy]\nProxy=ftp://proxy\n")
                << QStringList{ QStringLiteral("--check"), QStringLiteral("--json"), server,
                                QStringLiteral("%SERVER%") }
                << 2 << QStringList{ QStringLiteral("50-test.conf"), QStringLiteral("key Proxy") };
        QTest::newRow("--check uses the policy's server")
                << QStringLiteral("[Policy]\nServerURL=%SERVER%\n")
                << QStringList{ QStringLiteral("--check"), QStringLiteral("--json") } << 0
                << QStringList();
        QTest::newRow("--check against a locked server refused")
                << locked
                << QStringList{ QStringLiteral("--check"), QStringLiteral("--json"), server,
                                QStringLiteral("http://127.0.0.2:1/gms.dll") }
                << 2 << QStringList{ lockedText };
        // Listing accounts talks to no server: a broken policy does not hide them.
        QTest::newRow("--status with a broken policy")
                << QStringLiteral("[Policy]\nLocked=Colour\n")
                << QStringList{ QStringLiteral("--status"), QStringLiteral("--json") } << 0
                << QStringList();
    }

    void runs()
    {
        QFETCH(QString, policy);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QStringList, message);
        const bool enrolls = args.contains(QStringLiteral("--code-stdin")) && exitCode == 0;
        if (enrolls && !haveSessionBus())
            QSKIP(NeedsKeyring);
        const QString url = m_server->serverUrl();
        QFile file(policyFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(policy.replace(QStringLiteral("%SERVER%"), url).toUtf8()) > 0);
        file.close();
        args.replaceInStrings(QStringLiteral("%SERVER%"), url);
        const QString code = codeOf(QStringLiteral("bob"));
        QVERIFY(!code.isEmpty());

        CliHome home;
        const CliRun run = home.run(args, code.toUtf8());
        QVERIFY2(run.finished, qPrintable(run.describe()));
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        QVERIFY2(run.jsonProblem.isEmpty(), qPrintable(run.jsonProblem + run.describe()));
        QVERIFY2(run.leaks({ code }).isEmpty(), qPrintable(run.describe()));
        if (exitCode != 0) {
            const QString problem = checkFailedJson(run.json, QStringLiteral("usage"), -1);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + run.describe()));
            const QString text = run.json.value(u"message").toString();
            for (const QString &fragment : message)
                QVERIFY2(text.contains(fragment), qPrintable(fragment + u'\n' + text));
            QString left = home.leftovers(m_server.get());
            QVERIFY2(left.isEmpty(), qPrintable(left));
        } else if (enrolls) {
            const QString problem = checkEnrolledJson(run.json, QStringLiteral("manual"), url);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + run.describe()));
        } else if (args.contains(QStringLiteral("--check"))) {
            QCOMPARE(run.json.value(u"result").toString(), QStringLiteral("ok"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliPolicy)
#include "tst_clipolicy.moc"
