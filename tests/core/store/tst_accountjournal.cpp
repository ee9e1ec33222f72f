// The journal of enrollments in progress and the lock around every change of the account file:
// whose entries a start-up clean-up may take over, and that concurrent changes lose nothing.
#include "crypto/Identifiers.h"
#include "store/AccountStore.h"

#include <QtCore/QAtomicInt>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLockFile>
#include <QtCore/QProcess>
#include <QtCore/QSysInfo>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtTest/QTest>

#include <unistd.h>

using namespace groove;
using namespace groove::store;

namespace {

QString guid()
{
    const Result<QString> g = ids::newGuid();
    return g.ok() ? g.value() : QString();
}

AccountRecord makeRecord(const QString &domainName, int n)
{
    AccountRecord r;
    r.accountGuid = guid();
    r.domainGuid = guid();
    r.domainName = domainName;
    r.memberName = QStringLiteral("Member %1").arg(n);
    r.serverUrl = QStringLiteral("https://groove.example.com/gms/%1").arg(n);
    r.domainCertificateDer = QByteArray(500, char(n));
    r.secretBackend = QStringLiteral("memory");
    return r;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

template<typename T>
QString problemOf(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toLogString();
}

QString entryJson(const QString &guid, const QStringList &names, const JournalOwner &owner)
{
    QJsonObject o{ { QStringLiteral("names"), QJsonArray::fromStringList(names) } };
    if (!owner.isNull())
        o.insert(QStringLiteral("owner"),
                 QJsonObject{ { QStringLiteral("pid"), owner.pid },
                              { QStringLiteral("bootId"), owner.bootId },
                              { QStringLiteral("startTime"), owner.startTime } });
    return QStringLiteral("\"%1\":%2")
            .arg(guid, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

// A process that has ended: its pid as recorded while it ran.
JournalOwner endedProcess()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    if (!p.waitForStarted())
        return {};
    JournalOwner o = JournalOwner::currentProcess();
    o.pid = p.processId();
    o.startTime = QStringLiteral("1");
    p.waitForFinished();
    return o;
}

// The parent process (ctest, or the shell): it outlives this test.
JournalOwner liveOtherProcess()
{
    JournalOwner o = JournalOwner::currentProcess();
    o.pid = ::getppid();
    QFile stat(QStringLiteral("/proc/%1/stat").arg(o.pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields =
                line.mid(line.lastIndexOf(')') + 1).simplified().split(' ');
        o.startTime = QString::fromLatin1(fields.value(19));
    }
    return o;
}

} // namespace

class TestAccountJournal final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void journalEntriesHaveOwners();
    void claimOrphansSparesLiveOwners();
    void beginPendingRefusesAnotherRunningOwner();
    void abandonedEntriesAreOrphans();
    void legacyJournalEntriesAreOrphans();
    void removeJournalsTheSecrets();
    void heldLockTimesOut();
    void staleLockIsTakenOver();
    void concurrentChangesLoseNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("accounts.json")); }
};

void TestAccountJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAccountJournal::journalEntriesHaveOwners()
{
    AccountStore store(path());
    const QString a = guid();
    QVERIFY(store.beginPending(a, { QStringLiteral("h:a:sharedKey") }).ok());
    const auto entries = store.pendingEntries();
    QVERIFY(entries.ok());
    const JournalOwner owner = entries->value(a).owner;
    QCOMPARE(owner.pid, QCoreApplication::applicationPid());
    QVERIFY(owner.isCurrentProcess());
    QVERIFY(owner.isAlive());
#ifdef Q_OS_LINUX
    QVERIFY(!owner.bootId.isEmpty());
    QVERIFY(!owner.startTime.isEmpty());
    // Another process that got the same id later is not the owner.
    JournalOwner reused = owner;
    reused.startTime = QStringLiteral("1");
    QVERIFY(!reused.isAlive());
    JournalOwner rebooted = owner;
    rebooted.bootId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    QVERIFY(!rebooted.isAlive());
#endif
    QVERIFY(!endedProcess().isAlive());
    QVERIFY(liveOtherProcess().isAlive());
    QVERIFY(!JournalOwner().isAlive());
}

void TestAccountJournal::claimOrphansSparesLiveOwners()
{
    const QString live = guid();
    const QString ended = guid();
    const QString own = guid();
    const QString committed = guid();
    const QStringList liveNames{ QStringLiteral("h:%1:sharedKey").arg(live) };
    const QStringList endedNames{ QStringLiteral("h:%1:sharedKey").arg(ended) };
    const QStringList ownNames{ QStringLiteral("h:%1:sharedKey").arg(own) };
    AccountRecord record = makeRecord(QStringLiteral("Acme"), 1);
    record.accountGuid = committed;
    QVERIFY(writeBytes(
            path(),
            QStringLiteral(R"({"version":1,"accounts":[],"pending":{%1,%2,%3}})")
                    .arg(entryJson(live, liveNames, liveOtherProcess()),
                         entryJson(ended, endedNames, endedProcess()),
                         entryJson(committed, { QStringLiteral("h:c:sharedKey") }, endedProcess()))
                    .toUtf8()));
    AccountStore store(path());
    QVERIFY(store.put(record).ok());
    QVERIFY(store.beginPending(own, ownNames).ok()); // a run of this process that has ended

    const auto claimed = store.claimOrphans();
    QVERIFY2(claimed.ok(), qPrintable(problemOf(claimed)));
    QCOMPARE(claimed->size(), 2);
    QCOMPARE(claimed->value(ended), endedNames);
    QCOMPARE(claimed->value(own), ownNames);
    const auto entries = store.pendingEntries().value();
    QCOMPARE(entries.size(), 3); // the committed account's entry is gone, its secrets stay
    QCOMPARE(entries.value(live).owner, liveOtherProcess());
    QVERIFY(entries.value(ended).owner.isCurrentProcess()); // taken over

    QVERIFY(store.endPending(QStringList{ live, ended, own }).ok());
    QCOMPARE(store.pending()->keys(), QStringList{ live }); // not ours to end
    QCOMPARE(store.load()->size(), 1);
}

void TestAccountJournal::beginPendingRefusesAnotherRunningOwner()
{
    const QString device = guid();
    QVERIFY(writeBytes(
            path(),
            QStringLiteral(R"({"version":1,"accounts":[],"pending":{%1}})")
                    .arg(entryJson(device, { QStringLiteral("h:d:sharedKey") }, liveOtherProcess()))
                    .toUtf8()));
    AccountStore store(path());
    const Status s = store.beginPending(device, { QStringLiteral("h:d:signatureKey") });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::Storage);
    QVERIFY2(s.error().message.contains(QLatin1StringView("Another enrollment")),
             qPrintable(s.error().message));
    QCOMPARE(store.pending()->value(device), QStringList{ QStringLiteral("h:d:sharedKey") });
}

void TestAccountJournal::abandonedEntriesAreOrphans()
{
    AccountStore store(path());
    const QString a = guid();
    const QString b = guid();
    QVERIFY(store.beginPending(a, { QStringLiteral("h:a:sharedKey") }).ok());
    QVERIFY(store.beginPending(b, { QStringLiteral("h:b:sharedKey") }).ok());
    QVERIFY(store.abandonPending({ a }).ok());
    const auto entries = store.pendingEntries().value();
    QVERIFY(entries.value(a).owner.isNull());
    QVERIFY(!entries.value(a).owner.isAlive());
    QVERIFY(entries.value(b).owner.isCurrentProcess());
    // The file keeps the entry without an owner.
    const QJsonObject pending = QJsonDocument::fromJson(fileBytes(path()))
                                        .object()
                                        .value(QLatin1StringView("pending"))
                                        .toObject();
    QVERIFY(!pending.value(a).toObject().contains(QLatin1StringView("owner")));
    QVERIFY(pending.value(b).toObject().contains(QLatin1StringView("owner")));
}

void TestAccountJournal::legacyJournalEntriesAreOrphans()
{
    const QString a = guid();
    QVERIFY(writeBytes(path(),
                       QStringLiteral(R"({"version":1,"accounts":[],"pending":{"%1":["h:a:x"]}})")
                               .arg(a)
                               .toUtf8()));
    AccountStore store(path());
    const auto entries = store.pendingEntries();
    QVERIFY2(entries.ok(), qPrintable(problemOf(entries)));
    QCOMPARE(entries->value(a).names, QStringList{ QStringLiteral("h:a:x") });
    QVERIFY(entries->value(a).owner.isNull());
    QCOMPARE(store.claimOrphans()->value(a), QStringList{ QStringLiteral("h:a:x") });
}

void TestAccountJournal::removeJournalsTheSecrets()
{
    AccountStore store(path());
    const AccountRecord r = makeRecord(QStringLiteral("Acme"), 1);
    QVERIFY(store.put(r).ok());
    const QStringList names{ QStringLiteral("h:%1:sharedKey").arg(r.accountGuid) };
    QVERIFY(store.remove(r.accountGuid, names).ok());
    QVERIFY(store.load()->isEmpty());
    const PendingEntry entry = store.pendingEntries()->value(r.accountGuid);
    QCOMPARE(entry.names, names);
    QVERIFY(entry.owner.isCurrentProcess());
}

void TestAccountJournal::heldLockTimesOut()
{
    AccountStore store(path());
    QVERIFY(store.put(makeRecord(QStringLiteral("Acme"), 1)).ok());
    const QByteArray before = fileBytes(path());
    store.setLockTimeout(std::chrono::milliseconds(300));
    {
        QLockFile held(store.lockFilePath()); // as another process holds it during its change
        QVERIFY(held.tryLock(0));
        const Status s = store.put(makeRecord(QStringLiteral("Acme"), 2));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Storage);
        QVERIFY2(s.error().message.contains(QLatin1StringView("Another enrollment is running")),
                 qPrintable(s.error().message));
        QVERIFY(!s.error().hint.isEmpty());
        QCOMPARE(store.deviceGuid().error().kind, ErrorKind::Storage);
        QCOMPARE(store.beginPending(guid(), { QStringLiteral("n") }).error().kind,
                 ErrorKind::Storage);
        QVERIFY(store.load().ok()); // reading needs no lock
    }
    QCOMPARE(fileBytes(path()), before);
    QVERIFY(store.put(makeRecord(QStringLiteral("Acme"), 3)).ok());
    QVERIFY(!QFileInfo::exists(store.lockFilePath())); // released after each change
}

void TestAccountJournal::staleLockIsTakenOver()
{
    AccountStore store(path());
    store.setLockTimeout(std::chrono::milliseconds(2000));
    // What a process killed in the middle of a change leaves: a lock naming a pid that is gone.
    const JournalOwner gone = endedProcess();
    QVERIFY(writeBytes(store.lockFilePath(),
                       QByteArray::number(gone.pid) + "\ngroove-enroll\n"
                               + QSysInfo::machineHostName().toUtf8() + '\n'));
    QVERIFY(store.put(makeRecord(QStringLiteral("Acme"), 1)).ok());
}

void TestAccountJournal::concurrentChangesLoseNothing()
{
    // Each thread has its own store, as each process has: only the lock file keeps them apart.
    constexpr int Threads = 4;
    constexpr int Each = 15;
    std::vector<std::unique_ptr<QThread>> threads;
    QAtomicInt failures = 0;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([this, t, &failures] {
            AccountStore store(path());
            for (int i = 0; i < Each; ++i) {
                if (!store.put(makeRecord(QStringLiteral("T%1").arg(t), i)).ok())
                    failures.ref();
                if (!store.beginPending(guid(), { QStringLiteral("n") }).ok())
                    failures.ref();
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(120000));
    QCOMPARE(failures.loadRelaxed(), 0);
    AccountStore store(path());
    QCOMPARE(store.load()->size(), Threads * Each);
    QCOMPARE(store.pending()->size(), Threads * Each);
}

QTEST_GUILESS_MAIN(TestAccountJournal)
#include "tst_accountjournal.moc"
