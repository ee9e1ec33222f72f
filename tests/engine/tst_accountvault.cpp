// The account vault's journal: the start-up clean-up spares what a running process has staged,
// a commit is one write, and what a rollback could not remove is left for the next start.
#include "crypto/Identifiers.h"
#include "engine/AccountVault.h"
#include "store/AccountStore.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <csignal>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

using namespace groove;
using namespace groove::engine;
using groove::store::JournalOwner;

namespace {

QString newGuid()
{
    return ids::newGuid().value_or(QString());
}

// Runs an asynchronous vault call to its answer.
Status await(const std::function<void(AccountVault::Done)> &call)
{
    std::optional<Status> answer;
    call([&answer](Status s) { answer = s; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        return Error::make(ErrorKind::Timeout, QStringLiteral("no answer"));
    return *answer;
}

JournalOwner otherProcess(qint64 pid)
{
    JournalOwner o = JournalOwner::currentProcess();
    o.pid = pid;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    o.startTime = QStringLiteral("1");
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        o.startTime = QString::fromLatin1(
                line.mid(line.lastIndexOf(')') + 1).simplified().split(' ').value(19));
    }
    return o;
}

QJsonObject entry(const QStringList &names, const JournalOwner &owner)
{
    return QJsonObject{ { QStringLiteral("names"), QJsonArray::fromStringList(names) },
                        { QStringLiteral("owner"),
                          QJsonObject{ { QStringLiteral("pid"), owner.pid },
                                       { QStringLiteral("bootId"), owner.bootId },
                                       { QStringLiteral("startTime"), owner.startTime } } } };
}

store::AccountRecord record(const QString &guid)
{
    store::AccountRecord r;
    r.accountGuid = guid;
    r.domainGuid = newGuid();
    r.domainName = QStringLiteral("Fabrikam");
    r.serverUrl = QStringLiteral("http://127.0.0.1:9/gms.dll");
    r.domainCertificateDer = QByteArray(600, 'c');
    r.secretBackend = QStringLiteral("memory");
    return r;
}

} // namespace

class TestAccountVault final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::MemorySecretStore> m_secrets;
    std::unique_ptr<store::AccountStore> m_accounts;
    protocol::client::AccountKeys m_keysA;
    protocol::client::AccountKeys m_keysB;

    QStringList namesOf(const QString &guid) const
    {
        QStringList names;
        for (const QString &item : store::SecretItems)
            names.append(store::secretName(QStringLiteral("127.0.0.1"), guid, item));
        return names;
    }

    void putSecrets(const QStringList &names)
    {
        for (const QString &name : names)
            QVERIFY(await([&](AccountVault::Done done) {
                        m_secrets->write(name, SecretBytes(QByteArrayView("x")), done);
                    }).ok());
    }

private slots:
    void initTestCase()
    {
        auto a = protocol::client::AccountKeys::generate(newGuid());
        auto b = protocol::client::AccountKeys::generate(newGuid());
        QVERIFY(a.ok() && b.ok());
        m_keysA = std::move(a).value();
        m_keysB = std::move(b).value();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets = std::make_unique<store::MemorySecretStore>();
        m_accounts = std::make_unique<store::AccountStore>(
                m_dir->filePath(QStringLiteral("accounts.json")));
    }

    // Run B's start-up clean-up while run A (another process) waits for its DomainEnrollment
    // answer: A's staged keys must survive; a dead process's are removed.
    void cleanupSparesARunningOwner()
    {
        QProcess ended;
        ended.start(QStringLiteral("true"), {});
        QVERIFY(ended.waitForStarted());
        const qint64 endedPid = ended.processId();
        QVERIFY(ended.waitForFinished());
        const QString running = newGuid();
        const QString crashed = newGuid();
        const QJsonObject pending{
            { running, entry(namesOf(running), otherProcess(::getppid())) },
            { crashed, entry(namesOf(crashed), otherProcess(endedPid)) },
        };
        QFile file(m_accounts->filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{ { QStringLiteral("version"), 1 },
                                              { QStringLiteral("accounts"), QJsonArray() },
                                              { QStringLiteral("pending"), pending } })
                           .toJson());
        file.close();
        putSecrets(namesOf(running) + namesOf(crashed));

        QVERIFY(await([&](AccountVault::Done done) {
                    AccountVault::cleanupPending(m_secrets.get(), m_accounts.get(), done);
                }).ok());
        for (const QString &name : namesOf(running))
            QVERIFY2(m_secrets->contains(name), qPrintable(name));
        for (const QString &name : namesOf(crashed))
            QVERIFY2(!m_secrets->contains(name), qPrintable(name));
        QCOMPARE(m_accounts->pending()->keys(), QStringList{ running });
    }

    // User and device account of one attempt: a failed commit leaves neither on disk.
    void commitIsOneWrite()
    {
        const QString device = newGuid();
        const QString user = newGuid();
        store::AccountStore probe(m_dir->filePath(QStringLiteral("probe.json")));
        QVERIFY(probe.put(record(device)).ok());
        rlimit old{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = old;
        limited.rlim_cur = rlim_t(QFile(probe.filePath()).size() + 64); // one record fits
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
        AccountVault vault(m_secrets.get(), m_accounts.get());
        const Status s = await([&](AccountVault::Done done) {
            vault.commit({ record(device), record(user) }, done);
        });
        const auto afterFailure = m_accounts->load();
        (void)::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!s.ok());
        QVERIFY(afterFailure.ok());
        QVERIFY2(afterFailure->isEmpty(), "a part of the attempt's records was committed");
    }

    // A rollback that cannot remove a secret keeps the journal entry for the next start, even
    // when the same vault goes on with another attempt that commits.
    void failedRollbackLeavesJournalForNextStart()
    {
        AccountVault vault(m_secrets.get(), m_accounts.get());
        QVERIFY(await([&](AccountVault::Done done) {
                    vault.stage({ { QStringLiteral("127.0.0.1"), &m_keysA } }, done);
                }).ok());
        m_secrets->setFailing(true);
        QVERIFY(!await([&](AccountVault::Done done) { vault.rollback(done); }).ok());
        m_secrets->setFailing(false);
        QVERIFY(m_accounts->pending()->contains(m_keysA.guid));
        QVERIFY(m_accounts->pendingEntries()->value(m_keysA.guid).owner.isNull());

        QVERIFY(await([&](AccountVault::Done done) {
                    vault.stage({ { QStringLiteral("127.0.0.1"), &m_keysB } }, done);
                }).ok());
        QVERIFY(await([&](AccountVault::Done done) {
                    vault.commit({ record(m_keysB.guid) }, done);
                }).ok());
        QCOMPARE(m_accounts->pending()->keys(), QStringList{ m_keysA.guid });
        for (const QString &name : namesOf(m_keysA.guid))
            QVERIFY(m_secrets->contains(name));

        QVERIFY(await([&](AccountVault::Done done) {
                    AccountVault::cleanupPending(m_secrets.get(), m_accounts.get(), done);
                }).ok());
        QVERIFY(m_accounts->pending()->isEmpty());
        for (const QString &name : namesOf(m_keysA.guid))
            QVERIFY(!m_secrets->contains(name));
        for (const QString &name : namesOf(m_keysB.guid))
            QVERIFY(m_secrets->contains(name));
    }

    // --unenroll: the record goes first, its secrets into the journal in the same write.
    void removeAccountThatCannotRemoveSecrets()
    {
        const store::AccountRecord r = record(newGuid());
        QVERIFY(m_accounts->put(r).ok());
        putSecrets(namesOf(r.accountGuid));
        m_secrets->setFailing(true);
        QVERIFY(!await([&](AccountVault::Done done) {
                     AccountVault::removeAccount(m_secrets.get(), m_accounts.get(), r, done);
                 }).ok());
        m_secrets->setFailing(false);
        QVERIFY(m_accounts->load()->isEmpty());
        QCOMPARE(m_accounts->pending()->value(r.accountGuid), namesOf(r.accountGuid));
        QVERIFY(await([&](AccountVault::Done done) {
                    AccountVault::cleanupPending(m_secrets.get(), m_accounts.get(), done);
                }).ok());
        QVERIFY(m_secrets->names().isEmpty());
        QVERIFY(m_accounts->pending()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountVault)
#include "tst_accountvault.moc"
