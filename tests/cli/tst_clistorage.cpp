// The account folder under pressure: a full disk (a file size limit on the CLI process, as
// RLIMIT_FSIZE with SIGXFSZ ignored makes write() fail like a full disk does) is reported as
// such, changes nothing and locks nobody out; an empty account file left by earlier versions is
// no account; the folder is private.
#include "common/CliHarness.h"
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtTest/QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace clitest;
using namespace groove::devserver;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

unsigned modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

} // namespace

class TestCliStorage final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;

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

    CliRun enroll(const CliHome &home, const QString &login, rlim_t fileSizeLimit = 0) const
    {
        QProcess p;
        p.setProgram(programPath());
        p.setArguments(manualArgs());
        p.setProcessEnvironment(home.environment());
        if (fileSizeLimit > 0) {
            p.setChildProcessModifier([fileSizeLimit] {
                ::signal(SIGXFSZ, SIG_IGN);
                const rlimit limit{ fileSizeLimit, fileSizeLimit };
                ::setrlimit(RLIMIT_FSIZE, &limit);
            });
        }
        startWithInput(p, codeOf(login).toUtf8() + '\n');
        return collect(p, 90000);
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
    }

    void cleanup() { m_server.reset(); }

    void diskFull_data()
    {
        QTest::addColumn<bool>("withAccount"); // alice enrolled before
        QTest::addColumn<int>("room"); // bytes the CLI may write to a file (0: the file's size)
        QTest::addColumn<bool>("sends"); // whether the run gets as far as the network
        QTest::newRow("no account, no room") << false << 64 << false;
        QTest::newRow("no account, room for the device GUID") << false << 300 << true;
        QTest::newRow("account enrolled") << true << 0 << true;
    }

    void diskFull()
    {
        QFETCH(bool, withAccount);
        QFETCH(int, room);
        QFETCH(bool, sends);
        const CliHome home;
        QString enrolled;
        if (withAccount) {
            const CliRun first = enroll(home, QStringLiteral("alice"));
            QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
            enrolled = first.json.value(u"accountGuid").toString();
        }
        const QByteArray before = bytesOf(home.accountsPath());
        QStringList serverAccountsBefore;
        for (const AccountState &a : m_server->state().accounts())
            serverAccountsBefore.append(a.guid);

        const rlim_t limit = rlim_t(room > 0 ? room : before.size() + 64);
        const CliRun full = enroll(home, QStringLiteral("bob"), limit);
        QVERIFY2(full.exitCode == 7, qPrintable(full.describe()));
        QVERIFY2(checkFailedJson(full.json, QStringLiteral("storage"), -1).isEmpty(),
                 qPrintable(full.describe()));
        QVERIFY2(full.json.value(u"message").toString().contains(QLatin1StringView("disk is full")),
                 qPrintable(full.describe()));
        QVERIFY2(full.json.value(u"hint").toString().contains(QLatin1StringView("Free space")),
                 qPrintable(full.describe()));
        QCOMPARE(m_server->service().faults().count(QStringLiteral("KeyActivation")) > 0, sends);

        // Nothing partial: the file is what it was (or holds the device GUID alone), nothing
        // else lies in the folder, and no key of the failed attempt is in the keychain.
        const QByteArray after = bytesOf(home.accountsPath());
        if (withAccount || !sends)
            QCOMPARE(after, before);
        else
            QVERIFY2(after.contains("deviceGuid") && !after.contains("accountGuid"),
                     after.constData());
        const QDir folder = QFileInfo(home.accountsPath()).absoluteDir();
        const QStringList files = folder.entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(files.isEmpty() || files == QStringList{ QStringLiteral("accounts.json") },
                 qPrintable(files.join(u' ')));
        QStringList failedAttempt;
        for (const AccountState &a : m_server->state().accounts()) {
            if (!serverAccountsBefore.contains(a.guid))
                failedAttempt += secretNamesOf(a.guid);
        }
        QVERIFY2(keychainMismatches(failedAttempt, Presence::Absent).isEmpty(),
                 qPrintable(failedAttempt.join(u' ')));
        if (withAccount)
            QVERIFY(keychainMismatches(secretNamesOf(enrolled), Presence::Present).isEmpty());

        // Not locked out: --status works and, with room again, the next enrollment too.
        QString problem;
        QCOMPARE(home.status(&problem).size(), withAccount ? 1 : 0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const CliRun next = enroll(home, QStringLiteral("bob"));
        QVERIFY2(next.exitCode == 0, qPrintable(next.describe()));
        QCOMPARE(home.status(&problem).size(), withAccount ? 2 : 1);
        for (const QJsonValue &a : home.status(&problem))
            (void)home.run({ QStringLiteral("--unenroll"),
                             a.toObject().value(u"accountGuid").toString() });
    }

    // Earlier versions left an empty account file on a full disk, and every later run failed
    // with "damaged".
    void emptyAccountFileLocksNobodyOut()
    {
        const CliHome home;
        QVERIFY(QDir().mkpath(QFileInfo(home.accountsPath()).absolutePath()));
        QFile empty(home.accountsPath());
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QString problem;
        QCOMPARE(home.status(&problem).size(), 0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const CliRun r = enroll(home, QStringLiteral("alice"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        (void)home.run({ QStringLiteral("--unenroll"), r.json.value(u"accountGuid").toString() });
    }

    void dataFolderIsPrivate()
    {
        const CliHome home;
        const CliRun r = enroll(home, QStringLiteral("alice"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(modeOf(QFileInfo(home.accountsPath()).absolutePath()), 0700u);
        QCOMPARE(modeOf(home.accountsPath()), 0600u);
        (void)home.run({ QStringLiteral("--unenroll"), r.json.value(u"accountGuid").toString() });
    }
};

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_clistorage.moc"
