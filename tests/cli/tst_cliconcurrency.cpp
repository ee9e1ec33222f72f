// Two groove-enroll processes at once on one account folder: a run whose DomainEnrollment answer
// is slow keeps its keys while another run starts, cleans up and enrolls; an --unenroll in the
// middle of an enrollment removes only its account; a change of the account file waits for
// another's lock a bounded time, then fails as storage (exit 7).
// The in-process server holds back the slow run's DomainEnrollment answer until the test lets
// it go, so the order of events is fixed, not timed.
#include "common/CliHarness.h"
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "devserver/HttpServer.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLockFile>
#include <QtTest/QTest>

using namespace clitest;
using namespace groove::devserver;

class TestCliConcurrency final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    bool m_holdDomainEnrollment = false;
    std::function<void()> m_release; // sends the held DomainEnrollment answer

    QString codeOf(const QString &login) const
    {
        const MemberState *m = m_server->state().memberByLogin(login);
        return m ? m->code : QString();
    }

    QStringList manualArgs() const
    {
        return { QStringLiteral("--headless"), QStringLiteral("--json"), QStringLiteral("--server"),
                 m_server->serverUrl(), QStringLiteral("--code-stdin") };
    }

    QByteArray codeInput(const QString &login) const { return codeOf(login).toUtf8() + '\n'; }

    // Starts an enrollment of 'login' and returns once its keys are staged and its
    // DomainEnrollment answer is held back.
    std::unique_ptr<QProcess> startSlow(const CliHome &home, const QString &login)
    {
        m_holdDomainEnrollment = true;
        std::unique_ptr<QProcess> p = home.start(manualArgs(), codeInput(login));
        if (!QTest::qWaitFor([&] { return m_release || p->state() == QProcess::NotRunning; }, 60000)
            || !m_release) {
            qWarning("the slow run did not reach DomainEnrollment: %s",
                     qPrintable(collect(*p, 5000).describe()));
            return nullptr;
        }
        return p;
    }

    CliRun enroll(const CliHome &home, const QString &login) const
    {
        return home.run(manualArgs(), codeInput(login));
    }

    static QStringList guidsOf(const QJsonArray &accounts)
    {
        QStringList guids;
        for (const QJsonValue &a : accounts)
            guids.append(a.toObject().value(u"accountGuid").toString());
        guids.sort();
        return guids;
    }

    static void tidy(const CliHome &home, const QStringList &guids)
    {
        for (const QString &guid : guids)
            (void)home.run({ QStringLiteral("--unenroll"), guid });
    }

    std::unique_ptr<QProcess> startWithLockTimeout(const CliHome &home, const QStringList &args,
                                                   const QByteArray &input, int ms) const
    {
        auto p = std::make_unique<QProcess>();
        p->setProgram(programPath());
        p->setArguments(args);
        QProcessEnvironment env = home.environment();
        env.insert(QStringLiteral("GROOVE_ENROLL_LOCK_TIMEOUT_MS"), QString::number(ms));
        p->setProcessEnvironment(env);
        startWithInput(*p, input);
        return p;
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
        m_holdDomainEnrollment = false;
        m_release = nullptr;
        GmsService *service = &m_server->service();
        m_server->http().setHandler([this, service](const HttpRequest &request,
                                                    std::function<void(HttpResponse)> reply) {
            const QString method = QStringLiteral("DomainEnrollment");
            const int before = service->faults().count(method);
            HttpResponse response = service->handle(request);
            if (m_holdDomainEnrollment && service->faults().count(method) > before) {
                m_holdDomainEnrollment = false;
                m_release = [reply = std::move(reply), response = std::move(response)] {
                    reply(response);
                };
                return;
            }
            reply(std::move(response));
        });
    }

    void cleanup()
    {
        if (m_release)
            m_release();
        m_release = nullptr;
        m_server.reset();
    }

    // Reproduces the data loss: run B's start-up clean-up removed the keys run A had staged
    // while A waited for its DomainEnrollment answer; A then recorded an account without keys.
    void slowRunKeepsItsKeysWhileAnotherEnrolls()
    {
        const CliHome home;
        const std::unique_ptr<QProcess> a = startSlow(home, QStringLiteral("alice"));
        QVERIFY(a);
        QCOMPARE(m_server->state().accounts().size(), 1);
        const QString guidA = m_server->state().accounts().constFirst().guid;
        QVERIFY2(keychainMismatches(secretNamesOf(guidA), Presence::Present).isEmpty(),
                 "the slow run has not staged its keys");

        const CliRun b = enroll(home, QStringLiteral("bob"));
        QVERIFY2(b.exitCode == 0, qPrintable(b.describe()));
        const QString guidB = b.json.value(u"accountGuid").toString();
        QVERIFY2(keychainMismatches(secretNamesOf(guidA), Presence::Present).isEmpty(),
                 "the other run's start-up clean-up removed the keys of the running one");

        m_release();
        m_release = nullptr;
        const CliRun ra = collect(*a, 60000);
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.describe()));
        QCOMPARE(ra.json.value(u"accountGuid").toString(), guidA);

        QString problem;
        QStringList expected{ guidA, guidB };
        expected.sort();
        QCOMPARE(guidsOf(home.status(&problem)), expected);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QStringList missing =
                keychainMismatches(secretNamesOf(guidA) + secretNamesOf(guidB), Presence::Present);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
        QVERIFY(home.pendingSecretNames(&problem).isEmpty());
        tidy(home, expected);
    }

    void unenrollDuringAnotherEnrollment()
    {
        const CliHome home;
        const CliRun first = enroll(home, QStringLiteral("bob"));
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        const QString removedGuid = first.json.value(u"accountGuid").toString();

        const std::unique_ptr<QProcess> a = startSlow(home, QStringLiteral("alice"));
        QVERIFY(a);
        const CliRun removed = home.run({ QStringLiteral("--unenroll"), removedGuid });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        m_release();
        m_release = nullptr;
        const CliRun ra = collect(*a, 60000);
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.describe()));
        const QString keptGuid = ra.json.value(u"accountGuid").toString();

        QString problem;
        QCOMPARE(guidsOf(home.status(&problem)), QStringList{ keptGuid });
        QVERIFY(keychainMismatches(secretNamesOf(removedGuid), Presence::Absent).isEmpty());
        QVERIFY(keychainMismatches(secretNamesOf(keptGuid), Presence::Present).isEmpty());
        QVERIFY(home.pendingSecretNames(&problem).isEmpty());
        tidy(home, { keptGuid });
    }

    void heldLockFailsAfterBoundedWait_data()
    {
        QTest::addColumn<bool>("unenroll");
        QTest::newRow("enrollment") << false;
        QTest::newRow("--unenroll") << true;
    }

    void heldLockFailsAfterBoundedWait()
    {
        QFETCH(bool, unenroll);
        const CliHome home;
        QString enrolled;
        if (unenroll) {
            const CliRun first = enroll(home, QStringLiteral("bob"));
            QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
            enrolled = first.json.value(u"accountGuid").toString();
        }
        const QByteArray before = [&] {
            QFile f(home.accountsPath());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(QDir().mkpath(QFileInfo(home.accountsPath()).absolutePath()));
        const QStringList args = unenroll
                ? QStringList{ QStringLiteral("--unenroll"), enrolled, QStringLiteral("--json") }
                : manualArgs();
        const QByteArray input = unenroll ? QByteArray() : codeInput(QStringLiteral("alice"));
        {
            QLockFile held(home.accountsPath() + QStringLiteral(".lock"));
            QVERIFY(held.tryLock(0));
            QElapsedTimer t;
            t.start();
            const std::unique_ptr<QProcess> p = startWithLockTimeout(home, args, input, 1500);
            const CliRun r = collect(*p, 60000);
            QVERIFY2(r.exitCode == 7, qPrintable(r.describe()));
            QVERIFY2(t.elapsed() >= 1500, "the CLI did not wait for the lock");
            QVERIFY2(checkFailedJson(r.json, QStringLiteral("storage"), -1).isEmpty(),
                     qPrintable(checkFailedJson(r.json, QStringLiteral("storage"), -1)));
            QVERIFY2(r.json.value(u"message")
                             .toString()
                             .contains(QLatin1StringView("Another enrollment is running")),
                     qPrintable(r.describe()));
            QCOMPARE(m_server->service().faults().count(QStringLiteral("KeyActivation")),
                     unenroll ? 1 : 0); // nothing sent for a blocked enrollment
        }
        QFile after(home.accountsPath());
        QCOMPARE(after.open(QIODevice::ReadOnly) ? after.readAll() : QByteArray(), before);
        if (unenroll)
            QVERIFY(keychainMismatches(secretNamesOf(enrolled), Presence::Present).isEmpty());

        // Once the lock is free the same command works.
        const std::unique_ptr<QProcess> again = startWithLockTimeout(home, args, input, 1500);
        const CliRun r = collect(*again, 60000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        if (!unenroll)
            tidy(home, { r.json.value(u"accountGuid").toString() });
    }
};

QTEST_GUILESS_MAIN(TestCliConcurrency)
#include "tst_cliconcurrency.moc"
