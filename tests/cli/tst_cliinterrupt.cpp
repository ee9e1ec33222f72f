// groove-enroll interrupted at each step: SIGTERM must cancel cleanly (exit 8, nothing left),
// and after kill -9 the next run must remove what the killed one left in the keychain.
// A stalled answer from the in-process server holds the CLI in the step under test.
#include "common/CliHarness.h"
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <csignal>

using namespace clitest;
using namespace groove::devserver;

namespace {

QByteArray peekStderr(QProcess &process)
{
    const QProcess::ProcessChannel channel = process.readChannel();
    process.setReadChannel(QProcess::StandardError);
    const QByteArray seen = process.peek(process.bytesAvailable());
    process.setReadChannel(channel);
    return seen;
}

// Where the process's main thread sleeps in the kernel (Linux), e.g. "anon_pipe_read".
QByteArray wchanOf(const QProcess &process)
{
    QFile f(QStringLiteral("/proc/%1/wchan").arg(process.processId()));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliInterrupt final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_secrets; // codes and passwords: never on any output

    QString codeOf(const QString &login) const
    {
        const MemberState *m = m_server->state().memberByLogin(login);
        return m ? m->code : QString();
    }

    QStringList argsFor(const QString &flow, bool json) const
    {
        // A long request timeout: only the cancellation can end a stalled request quickly.
        QStringList args{ QStringLiteral("--headless"), QStringLiteral("--timeout"),
                          QStringLiteral("120") };
        if (json)
            args.append(QStringLiteral("--json"));
        if (flow == u"manual")
            return args
                    + QStringList{ QStringLiteral("--server"), m_server->serverUrl(),
                                   QStringLiteral("--code-stdin") };
        const QStringList login{ QStringLiteral("--password-stdin"), QStringLiteral("--ca-file"),
                                 m_server->caPath() };
        if (flow == u"auto-configuration")
            return args
                    + QStringList{ QStringLiteral("--server"), m_server->serverUrl(),
                                   QStringLiteral("--login"), QStringLiteral("alice") }
            + login;
        return args
                + QStringList{ QStringLiteral("--managed"), QStringLiteral("--policy"),
                               m_dir->filePath(QStringLiteral("policy.conf")),
                               QStringLiteral("--login"), QStringLiteral("carol") }
        + login;
    }

    QByteArray inputFor(const QString &flow) const
    {
        if (flow == u"manual")
            return QByteArray(codeOf(QStringLiteral("bob")).toUtf8() + '\n');
        return flow == u"auto-configuration" ? QByteArray("correct horse\n")
                                             : QByteArray("tr0ub4dor\n");
    }

    // Starts the CLI with 'rule' in force and returns once it is in the step under test: the
    // server has counted the stalled request, or (human output) stderr shows the step's "[k/n]".
    std::unique_ptr<QProcess> startInStep(const CliHome &home)
    {
        QFETCH(QString, flow);
        QFETCH(QString, rule);
        QFETCH(QString, stalled);
        QFETCH(QString, marker);
        m_server->service().faults().add(FaultRule::parse(rule).value());
        std::unique_ptr<QProcess> p = home.start(argsFor(flow, marker.isEmpty()), inputFor(flow));
        const auto reached = [&] {
            if (p->state() == QProcess::NotRunning)
                return true;
            return marker.isEmpty() ? m_server->service().faults().count(stalled) >= 1
                                    : peekStderr(*p).contains(marker.toUtf8());
        };
        if (!QTest::qWaitFor(reached, 60000) || p->state() == QProcess::NotRunning) {
            qWarning("the CLI did not reach the step: %s",
                     qPrintable(collect(*p, 5000).describe()));
            return nullptr;
        }
        return p;
    }

    static void steps()
    {
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QString>("rule"); // holds the CLI in the step
        QTest::addColumn<QString>("stalled"); // the message whose arrival tells the step has begun
        QTest::addColumn<QString>("marker"); // or: the progress line that tells it (human output)
        QTest::addColumn<QString>("step"); // the step the JSON names (JSON output only)
        QTest::addColumn<QString>("fresh"); // the member who enrolls after a kill
        const QString manual = QStringLiteral("manual");
        const QString activation = QStringLiteral("auto-activation");
        const auto row = [](const char *name, const QString &flow, const char *rule,
                            const char *stalled, const char *marker, const char *fresh) {
            QTest::newRow(name) << flow << QString::fromLatin1(rule) << QString::fromLatin1(stalled)
                                << QString::fromLatin1(marker)
                                << (*marker ? QString() : QString::fromLatin1(name))
                                << QString::fromLatin1(fresh);
        };
        row("AutoAccountCodeConfiguration", QStringLiteral("auto-configuration"),
            "AutoAccountCodeConfiguration:stall", "AutoAccountCodeConfiguration", "", "bob");
        row("CreateDeviceAccount", activation, "CreateAccount:stall:1", "CreateAccount", "", "bob");
        row("AutoActivation", activation, "AutoActivation:stall", "AutoActivation", "", "bob");
        row("KeyActivation", manual, "KeyActivation:stall", "KeyActivation", "", "alice");
        // Local steps: the stall of the next message keeps the run from getting past them.
        row("GenerateKeys", manual, "CreateAccount:stall", "", "[2/6]", "alice");
        row("CreateAccount", manual, "CreateAccount:stall", "CreateAccount", "", "alice");
        row("StoreKeys", manual, "DomainEnrollment:stall", "", "[4/6]", "alice");
        row("DomainEnrollment", manual, "DomainEnrollment:stall", "DomainEnrollment", "", "alice");
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
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets = QStringList{ QStringLiteral("correct horse"), QStringLiteral("battery staple"),
                                 QStringLiteral("tr0ub4dor") };
        for (const MemberState &m : m_server->state().members())
            m_secrets.append(m.code);
        QFile policy(m_dir->filePath(QStringLiteral("policy.conf")));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        QVERIFY(policy.write(m_server->managedPolicy()) > 0);
    }

    void cleanup() { m_server.reset(); }

    void cancelAtEachStep_data() { steps(); }

    void cancelAtEachStep()
    {
        QFETCH(QString, step);
        const CliHome home;
        const std::unique_ptr<QProcess> p = startInStep(home);
        QVERIFY(p);
        QElapsedTimer t;
        t.start();
        p->terminate(); // SIGTERM
        const CliRun r = collect(*p, 60000);
        QVERIFY2(r.finished && r.exitCode == 8, qPrintable(r.describe()));
        QVERIFY2(r.leaks(m_secrets).isEmpty(), qPrintable(r.leaks(m_secrets).join(u' ')));
        QVERIFY2(t.elapsed() < 20000, "the stalled request was not aborted");
        if (!step.isEmpty()) {
            QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem + u'\n' + r.describe()));
            const QString problem = checkFailedJson(r.json, QStringLiteral("cancelled"), -1);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(r.json.value(u"step").toString(), step);
        } else {
            QVERIFY2(r.out.isEmpty(), r.out.constData());
            QVERIFY2(r.err.contains("failed"), r.err.constData());
        }
        const QString left = home.leftovers(m_server.get());
        QVERIFY2(left.isEmpty(), qPrintable(left));
    }

    void sigintCancels()
    {
        m_server->service().faults().add(
                FaultRule::parse(QStringLiteral("KeyActivation:stall")).value());
        const CliHome home;
        const std::unique_ptr<QProcess> p = home.start(argsFor(QStringLiteral("manual"), true),
                                                       inputFor(QStringLiteral("manual")));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->service().faults().count(QStringLiteral("KeyActivation"))
                                                 >= 1
                                         || p->state() == QProcess::NotRunning,
                                 60000);
        QCOMPARE(p->state(), QProcess::Running);
        QCOMPARE(::kill(pid_t(p->processId()), SIGINT), 0);
        const CliRun r = collect(*p, 30000);
        QVERIFY2(r.finished && r.exitCode == 8, qPrintable(r.describe()));
        QVERIFY2(r.leaks(m_secrets).isEmpty(), qPrintable(r.leaks(m_secrets).join(u' ')));
        QVERIFY2(checkFailedJson(r.json, QStringLiteral("cancelled"), -1).isEmpty(),
                 qPrintable(r.describe()));
        QVERIFY2(home.leftovers(m_server.get()).isEmpty(),
                 qPrintable(home.leftovers(m_server.get())));
    }

    // A deployment script that is stopped while the CLI still waits for the code or password
    // (its standard input not yet closed) must see the CLI end, as cancelled.
    void sigtermWhileReadingStdin_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::newRow("--code-stdin") << QStringLiteral("manual");
        QTest::newRow("--password-stdin") << QStringLiteral("auto-configuration");
    }

    void sigtermWhileReadingStdin()
    {
        QFETCH(QString, flow);
        const CliHome home;
        const std::unique_ptr<QProcess> p = home.start(argsFor(flow, true), QByteArray(), false);
        QTRY_VERIFY2_WITH_TIMEOUT(blockedReadingInput(*p) || p->state() == QProcess::NotRunning,
                                  qPrintable(QString::fromLatin1(wchanOf(*p))), 30000);
        QCOMPARE(p->state(), QProcess::Running); // blocked reading standard input
        QSignalSpy finished(p.get(), &QProcess::finished);
        p->terminate();
        const bool ended = finished.wait(8000);
        if (!ended)
            p->closeWriteChannel(); // to show what it makes of the signal once the input ends
        const CliRun r = collect(*p, 30000);
        QVERIFY2(ended,
                 qPrintable(
                         QStringLiteral(
                                 "SIGTERM was ignored while standard input was open; after it was "
                                 "closed: ")
                         + r.describe()));
        QVERIFY2(r.exitCode == 8, qPrintable(r.describe()));
        QVERIFY2(checkFailedJson(r.json, QStringLiteral("cancelled"), -1).isEmpty(),
                 qPrintable(r.describe()));
        QCOMPARE(m_server->service().faults().count(QStringLiteral("KeyActivation")), 0);
        QVERIFY2(home.leftovers(m_server.get()).isEmpty(),
                 qPrintable(home.leftovers(m_server.get())));
    }

    void killAtEachStep_data() { steps(); }

    void killAtEachStep()
    {
        QFETCH(QString, step);
        QFETCH(QString, fresh);
        const CliHome home;
        const std::unique_ptr<QProcess> p = startInStep(home);
        QVERIFY(p);
        p->kill(); // SIGKILL: no chance to clean up
        const CliRun killed = collect(*p, 30000);
        QVERIFY2(killed.finished && killed.crashed, qPrintable(killed.describe()));
        QVERIFY2(killed.leaks(m_secrets).isEmpty(), qPrintable(killed.leaks(m_secrets).join(u' ')));

        QString problem;
        QCOMPARE(home.status(&problem).size(), 0); // the record is the commit point: none yet
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QStringList orphans = home.pendingSecretNames(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (step == u"DomainEnrollment") {
            // Killed after StoreKeys: the keys of the account the server created are in the
            // keychain, named in the journal.
            QCOMPARE(m_server->state().accounts().size(), 1);
            QStringList expected = secretNamesOf(m_server->state().accounts().constFirst().guid);
            QStringList journal = orphans;
            expected.sort();
            journal.sort();
            QCOMPARE(journal, expected);
            QVERIFY2(keychainMismatches(orphans, Presence::Present).isEmpty(),
                     qPrintable(orphans.join(u' ')));
        }

        // The next run, another member, another code: it succeeds and removes the orphans.
        m_server->service().faults().clear();
        const CliRun next = home.run({ QStringLiteral("--headless"), QStringLiteral("--json"),
                                       QStringLiteral("--server"), m_server->serverUrl(),
                                       QStringLiteral("--code-stdin") },
                                     QByteArray(codeOf(fresh).toUtf8() + '\n'));
        QVERIFY2(next.exitCode == 0, qPrintable(next.describe()));
        QVERIFY2(next.leaks(m_secrets).isEmpty(), qPrintable(next.leaks(m_secrets).join(u' ')));
        QVERIFY2(home.pendingSecretNames(&problem).isEmpty(),
                 "the journal of the killed run is still there");
        QVERIFY2(keychainMismatches(orphans, Presence::Absent).isEmpty(),
                 qPrintable(orphans.join(u' ')));
        const QJsonArray accounts = home.status(&problem);
        QCOMPARE(accounts.size(), 1);
        const QString guid = next.json.value(u"accountGuid").toString();
        QCOMPARE(accounts.at(0).toObject().value(u"accountGuid").toString(), guid);
        const MemberState *member = m_server->state().memberByLogin(fresh);
        QVERIFY(member && member->enrolled);
        QCOMPARE(member->accountGuid, guid);

        const CliRun removed =
                home.run({ QStringLiteral("--unenroll"), guid }); // leave the keyring tidy
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliInterrupt)
#include "tst_cliinterrupt.moc"
