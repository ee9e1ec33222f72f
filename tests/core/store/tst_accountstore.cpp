#include "crypto/Identifiers.h"
#include "store/AccountStore.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QScopeGuard>
#include <QtCore/QSet>
#include <QtCore/QSysInfo>
#include <QtCore/QTemporaryDir>
#include <QtCore/QLockFile>
#include <QtCore/QProcess>
#include <QtCore/QThread>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace groove;
using namespace groove::store;

namespace {

QString guid()
{
    const Result<QString> g = ids::newGuid();
    return g.ok() ? g.value() : QString();
}

AccountRecord makeRecord(const QString &domainGuid, const QString &domainName, int n,
                         bool device = false)
{
    AccountRecord r;
    r.accountGuid = guid();
    r.domainGuid = domainGuid;
    r.domainName = domainName;
    r.identityUrl = device ? QString() : ids::newIdentityUrl().value();
    r.memberName = device ? QString() : QStringLiteral("Member %1 – Ünïcode").arg(n);
    r.serverUrl = QStringLiteral("https://groove.example.com:8443/gms/%1").arg(n);
    r.domainCertificateDer = QByteArray("\x30\x82\x01\x00\0\0cert", 10) + QByteArray::number(n);
    r.managedObjects = { { QStringLiteral("policy"), QByteArrayLiteral("<p a=\"1\"/>\0\xff") },
                         { QStringLiteral("license"), QByteArray(300, char(n)) } };
    r.enrolledAt = QDateTime::fromSecsSinceEpoch(1700000000 + n, QTimeZone::utc());
    r.isDeviceAccount = device;
    r.deviceGuid = guid();
    r.deviceName = QStringLiteral("PC-%1").arg(n);
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

// A file size limit for this process, as a full disk shows itself to a writer: write() fails
// (EFBIG; SIGXFSZ is ignored so that it does not end the process). Lifted again on destruction.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_ok = m_ok && ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        (void)::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    [[nodiscard]] bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

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

template<typename T>
QString problemOf(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toLogString();
}

void collectKeys(const QJsonValue &v, QSet<QString> &keys)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            keys.insert(it.key());
            collectKeys(it.value(), keys);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collectKeys(item, keys);
    }
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void missingFileIsEmpty();
    void roundTrip_data();
    void roundTrip();
    void putReplacesByGuid();
    void putWithoutGuidIsUsage();
    void remove();
    void removeUnknownIsUsage();
    void deviceGuidIsStable();
    void pendingJournal();
    void enrolledAtIsUtcSeconds();
    void createsParentFolder();
    void fileModeIs0600();
    void jsonHoldsNoKeyMaterial();
    void damagedFile_data();
    void damagedFile();
    void unwritableFolder();
    void emptyFileIsNoAccounts();
    void foldersAre0700();
    void diskFull_data();
    void diskFull();
    void commitIsAllOrNothing();
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

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAccountStore::missingFileIsEmpty()
{
    const AccountStore store(path());
    const auto accounts = store.load();
    QVERIFY(accounts.ok());
    QVERIFY(accounts->isEmpty());
    const auto pending = store.pending();
    QVERIFY(pending.ok());
    QVERIFY(pending->isEmpty());
    const auto found = store.find(guid());
    QVERIFY(found.ok());
    QVERIFY(!found->has_value());
    QVERIFY(!QFileInfo::exists(path())); // reading never creates the file
}

void TestAccountStore::roundTrip_data()
{
    QTest::addColumn<QList<AccountRecord>>("records");
    const QString d1 = guid();
    const QString d2 = guid();
    QTest::newRow("one member account")
            << QList<AccountRecord>{ makeRecord(d1, QStringLiteral("Acme"), 1) };
    QTest::newRow("device account")
            << QList<AccountRecord>{ makeRecord(d1, QStringLiteral("Acme"), 2, true) };
    QTest::newRow("several accounts and domains") << QList<AccountRecord>{
        makeRecord(d1, QStringLiteral("Acme"), 3), makeRecord(d1, QStringLiteral("Acme"), 4, true),
        makeRecord(d2, QStringLiteral("Globex"), 5), makeRecord(d2, QStringLiteral("Globex"), 6)
    };
    AccountRecord sparse;
    sparse.accountGuid = guid();
    QTest::newRow("only a GUID") << QList<AccountRecord>{ sparse };
}

void TestAccountStore::roundTrip()
{
    QFETCH(QList<AccountRecord>, records);
    {
        AccountStore store(path());
        for (const AccountRecord &r : records)
            QVERIFY(store.put(r).ok());
    }
    const AccountStore reopened(path());
    const auto loaded = reopened.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toLogString()));
    QCOMPARE(loaded->size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(loaded->at(i).managedObjects, records.at(i).managedObjects);
        QCOMPARE(loaded->at(i).enrolledAt, records.at(i).enrolledAt);
        QVERIFY(loaded->at(i) == records.at(i));
        const auto found = reopened.find(records.at(i).accountGuid);
        QVERIFY(found.ok() && found->has_value());
        QVERIFY(found->value() == records.at(i));
    }
}

void TestAccountStore::putReplacesByGuid()
{
    AccountStore store(path());
    const QString domain = guid();
    const AccountRecord a = makeRecord(domain, QStringLiteral("Acme"), 1);
    const AccountRecord b = makeRecord(domain, QStringLiteral("Acme"), 2);
    QVERIFY(store.put(a).ok());
    QVERIFY(store.put(b).ok());
    AccountRecord changed = a;
    changed.memberName = QStringLiteral("Renamed");
    changed.managedObjects.clear();
    QVERIFY(store.put(changed).ok());

    const auto loaded = store.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->size(), 2);
    QVERIFY(loaded->at(0) == changed); // replaced in place
    QVERIFY(loaded->at(1) == b);
}

void TestAccountStore::putWithoutGuidIsUsage()
{
    AccountStore store(path());
    const Status s = store.put(AccountRecord());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::Usage);
}

void TestAccountStore::remove()
{
    AccountStore store(path());
    const QString domain = guid();
    const AccountRecord a = makeRecord(domain, QStringLiteral("Acme"), 1);
    const AccountRecord b = makeRecord(domain, QStringLiteral("Acme"), 2);
    QVERIFY(store.put(a).ok());
    QVERIFY(store.put(b).ok());
    QVERIFY(store.remove(a.accountGuid).ok());
    const auto loaded = store.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->size(), 1);
    QVERIFY(loaded->at(0) == b);
    QVERIFY(!store.find(a.accountGuid)->has_value());
}

void TestAccountStore::removeUnknownIsUsage()
{
    AccountStore store(path());
    QVERIFY(store.put(makeRecord(guid(), QStringLiteral("Acme"), 1)).ok());
    const QByteArray before = fileBytes(path());
    const QString unknown = guid();
    const Status s = store.remove(unknown);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::Usage);
    QVERIFY(s.error().detail.contains(unknown));
    QCOMPARE(fileBytes(path()), before);

    AccountStore empty(m_dir->filePath(QStringLiteral("none.json")));
    QCOMPARE(empty.remove(unknown).error().kind, ErrorKind::Usage);
}

void TestAccountStore::deviceGuidIsStable()
{
    QString first;
    {
        AccountStore store(path());
        const auto g = store.deviceGuid();
        QVERIFY(g.ok());
        QVERIFY(ids::isValidGuid(g.value()));
        first = g.value();
        QCOMPARE(store.deviceGuid().value(), first);
        QVERIFY(store.put(makeRecord(guid(), QStringLiteral("Acme"), 1)).ok());
    }
    AccountStore reopened(path());
    QCOMPARE(reopened.deviceGuid().value(), first);

    AccountStore other(m_dir->filePath(QStringLiteral("other.json")));
    QVERIFY(other.deviceGuid().value() != first);
}

void TestAccountStore::pendingJournal()
{
    AccountStore store(path());
    const QString a = guid();
    const QString b = guid();
    const QStringList namesA{ QStringLiteral("h:%1:sharedKey").arg(a),
                              QStringLiteral("h:%1:signatureKey").arg(a) };
    const QStringList namesB{ QStringLiteral("h:%1:encryptionKey").arg(b) };
    QVERIFY(store.beginPending(a, namesA).ok());
    QVERIFY(store.beginPending(b, namesB).ok());
    // A second begin for the same account adds names, without duplicates.
    QVERIFY(store.beginPending(a, { namesA.at(1), QStringLiteral("h:%1:encryptionKey").arg(a) })
                    .ok());

    const AccountStore reopened(path());
    auto pending = reopened.pending();
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 2);
    QCOMPARE(pending->value(a),
             namesA + QStringList{ QStringLiteral("h:%1:encryptionKey").arg(a) });
    QCOMPARE(pending->value(b), namesB);

    QVERIFY(store.endPending(a).ok());
    QVERIFY(store.endPending(a).ok()); // twice is harmless
    pending = reopened.pending();
    QVERIFY(pending.ok());
    QCOMPARE(pending->keys(), QStringList{ b });
    QVERIFY(store.endPending(b).ok());
    QVERIFY(reopened.pending()->isEmpty());
    QVERIFY(reopened.load()->isEmpty()); // the journal is not an account
}

void TestAccountStore::enrolledAtIsUtcSeconds()
{
    AccountStore store(path());
    AccountRecord r = makeRecord(guid(), QStringLiteral("Acme"), 1);
    r.enrolledAt = QDateTime(QDate(2024, 2, 29), QTime(23, 30, 15, 789), QTimeZone(2 * 3600));
    QVERIFY(store.put(r).ok());
    const QJsonObject root = QJsonDocument::fromJson(fileBytes(path())).object();
    const QString stored = root.value(QLatin1StringView("accounts"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1StringView("enrolledAt"))
                                   .toString();
    QCOMPARE(stored, QStringLiteral("2024-02-29T21:30:15Z"));
    const auto loaded = store.find(r.accountGuid);
    QVERIFY(loaded.ok() && loaded->has_value());
    QCOMPARE(loaded->value().enrolledAt,
             QDateTime(QDate(2024, 2, 29), QTime(21, 30, 15), QTimeZone::utc()));
}

void TestAccountStore::createsParentFolder()
{
    const QString nested = m_dir->filePath(QStringLiteral("a/b/c/accounts.json"));
    AccountStore store(nested);
    QVERIFY(store.put(makeRecord(guid(), QStringLiteral("Acme"), 1)).ok());
    QVERIFY(QFileInfo::exists(nested));
}

void TestAccountStore::fileModeIs0600()
{
    // A file someone made readable to others is narrowed again by the next write.
    QVERIFY(writeBytes(path(), QByteArrayLiteral(R"({"version":1,"accounts":[]})")));
    QVERIFY(QFile::setPermissions(path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    AccountStore store(path());
    QVERIFY(store.put(makeRecord(guid(), QStringLiteral("Acme"), 1)).ok());
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(path()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);

    const QString fresh = m_dir->filePath(QStringLiteral("fresh.json"));
    AccountStore freshStore(fresh);
    QVERIFY(freshStore.deviceGuid().ok());
    QCOMPARE(::stat(QFile::encodeName(fresh).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
}

void TestAccountStore::jsonHoldsNoKeyMaterial()
{
    AccountStore store(path());
    const QString domain = guid();
    const AccountRecord member = makeRecord(domain, QStringLiteral("Acme"), 1);
    QVERIFY(store.put(member).ok());
    QVERIFY(store.put(makeRecord(domain, QStringLiteral("Acme"), 2, true)).ok());
    QVERIFY(store.deviceGuid().ok());
    QVERIFY(store.beginPending(member.accountGuid, { QStringLiteral("h:g:sharedKey") }).ok());

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(fileBytes(path()), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QLatin1StringView("version")).toInt(), 1);

    // Only known, non-secret fields; pending maps account GUIDs to entry names (not values).
    QSet<QString> keys;
    collectKeys(doc.object().value(QLatin1StringView("accounts")), keys);
    const QSet<QString> allowed{ QStringLiteral("accountGuid"),
                                 QStringLiteral("domainGuid"),
                                 QStringLiteral("domainName"),
                                 QStringLiteral("identityUrl"),
                                 QStringLiteral("memberName"),
                                 QStringLiteral("serverUrl"),
                                 QStringLiteral("domainCertificate"),
                                 QStringLiteral("managedObjects"),
                                 QStringLiteral("name"),
                                 QStringLiteral("data"),
                                 QStringLiteral("enrolledAt"),
                                 QStringLiteral("isDeviceAccount"),
                                 QStringLiteral("deviceGuid"),
                                 QStringLiteral("deviceName"),
                                 QStringLiteral("secretBackend") };
    QCOMPARE(keys - allowed, QSet<QString>());
    const QStringList topLevel = doc.object().keys();
    QCOMPARE(QSet<QString>(topLevel.cbegin(), topLevel.cend()),
             (QSet<QString>{ QStringLiteral("version"), QStringLiteral("deviceGuid"),
                             QStringLiteral("accounts"), QStringLiteral("pending") }));
    for (const QString &k : std::as_const(keys)) {
        const QString lower = k.toLower();
        QVERIFY2(!lower.contains(QLatin1StringView("key"))
                         && !lower.contains(QLatin1StringView("password"))
                         && !lower.contains(QLatin1StringView("private")),
                 qPrintable(k));
    }
}

void TestAccountStore::damagedFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not JSON") << QByteArrayLiteral("{\"version\":1,\"accounts\":[");
    QTest::newRow("binary") << QByteArrayLiteral("\0\xff\x13garbage");
    QTest::newRow("array at top") << QByteArrayLiteral("[]");
    QTest::newRow("no version") << QByteArrayLiteral(R"({"accounts":[]})");
    QTest::newRow("version 2") << QByteArrayLiteral(R"({"version":2,"accounts":[]})");
    QTest::newRow("version as text") << QByteArrayLiteral(R"({"version":"1","accounts":[]})");
    QTest::newRow("accounts not an array") << QByteArrayLiteral(R"({"version":1,"accounts":{}})");
    QTest::newRow("account without GUID")
            << QByteArrayLiteral(R"({"version":1,"accounts":[{"domainName":"x"}]})");
    QTest::newRow("account GUID twice") << QByteArrayLiteral(
            R"({"version":1,"accounts":[{"accountGuid":"a"},{"accountGuid":"a"}]})");
    QTest::newRow("bad base64") << QByteArrayLiteral(
            R"({"version":1,"accounts":[{"accountGuid":"a","domainCertificate":"@@@"}]})");
    QTest::newRow("bad time") << QByteArrayLiteral(
            R"({"version":1,"accounts":[{"accountGuid":"a","enrolledAt":"yesterday"}]})");
    QTest::newRow("wrong field type") << QByteArrayLiteral(
            R"({"version":1,"accounts":[{"accountGuid":"a","isDeviceAccount":"yes"}]})");
    QTest::newRow("pending not a list")
            << QByteArrayLiteral(R"({"version":1,"accounts":[],"pending":{"a":"h:a:sharedKey"}})");
}

void TestAccountStore::damagedFile()
{
    QFETCH(QByteArray, content);
    QVERIFY(writeBytes(path(), content));
    AccountStore store(path());

    const auto loaded = store.load();
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ErrorKind::Storage);
    QVERIFY2(loaded.error().detail.contains(path()), qPrintable(loaded.error().detail));
    QVERIFY(loaded.error().message.contains(QDir::toNativeSeparators(path())));
    QVERIFY(!loaded.error().hint.isEmpty());

    // No change may replace what is there: the user or an administrator can still look at it.
    QCOMPARE(store.put(makeRecord(guid(), QStringLiteral("Acme"), 1)).error().kind,
             ErrorKind::Storage);
    QCOMPARE(store.remove(QStringLiteral("a")).error().kind, ErrorKind::Storage);
    QCOMPARE(store.deviceGuid().error().kind, ErrorKind::Storage);
    QCOMPARE(store.beginPending(guid(), { QStringLiteral("n") }).error().kind, ErrorKind::Storage);
    QCOMPARE(store.endPending(QStringLiteral("a")).error().kind, ErrorKind::Storage);
    QCOMPARE(store.pending().error().kind, ErrorKind::Storage);
    QCOMPARE(store.find(QStringLiteral("a")).error().kind, ErrorKind::Storage);
    QCOMPARE(fileBytes(path()), content);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{ QStringLiteral("accounts.json") }); // no leftover temporary files
}

void TestAccountStore::unwritableFolder()
{
    if (::geteuid() == 0)
        QSKIP("root ignores file permissions, so a read-only folder cannot be tested as root");
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0500), 0);
    const auto restore = qScopeGuard([&] { ::chmod(QFile::encodeName(folder).constData(), 0700); });

    AccountStore store(folder + QStringLiteral("/accounts.json"));
    QVERIFY(store.load().ok()); // a missing file is fine for reading
    const Status put = store.put(makeRecord(guid(), QStringLiteral("Acme"), 1));
    QVERIFY(!put.ok());
    QCOMPARE(put.error().kind, ErrorKind::Storage);
    QVERIFY2(put.error().detail.contains(folder), qPrintable(put.error().detail));
    QVERIFY(!put.error().hint.isEmpty());
    QCOMPARE(store.deviceGuid().error().kind, ErrorKind::Storage);

    AccountStore nested(folder + QStringLiteral("/sub/accounts.json"));
    QCOMPARE(nested.put(makeRecord(guid(), QStringLiteral("Acme"), 2)).error().kind,
             ErrorKind::Storage);
}

void TestAccountStore::emptyFileIsNoAccounts()
{
    // What a full disk left behind with earlier versions must not lock the user out.
    QVERIFY(writeBytes(path(), QByteArray()));
    AccountStore store(path());
    const auto loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(problemOf(loaded)));
    QVERIFY(loaded->isEmpty());
    const AccountRecord r = makeRecord(guid(), QStringLiteral("Acme"), 1);
    QVERIFY(store.put(r).ok());
    const auto reloaded = store.load();
    QVERIFY2(reloaded.ok(), qPrintable(problemOf(reloaded)));
    QCOMPARE(reloaded->size(), 1);
}

void TestAccountStore::foldersAre0700()
{
    const QString nested = m_dir->filePath(QStringLiteral("share/groove-enroll/accounts.json"));
    AccountStore store(nested);
    QVERIFY(store.deviceGuid().ok());
    for (const char *folder : { "share", "share/groove-enroll" }) {
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(m_dir->filePath(QLatin1StringView(folder))).constData(),
                        &st),
                 0);
        QVERIFY2((st.st_mode & 0777) == 0700, folder);
    }
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(nested).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
}

void TestAccountStore::diskFull_data()
{
    QTest::addColumn<int>("enrolled"); // accounts in the file before
    QTest::newRow("no account yet") << 0;
    QTest::newRow("accounts enrolled") << 2;
}

void TestAccountStore::diskFull()
{
    QFETCH(int, enrolled);
    AccountStore store(path());
    QList<AccountRecord> before;
    for (int i = 0; i < enrolled; ++i) {
        before.append(makeRecord(guid(), QStringLiteral("Acme"), i));
        QVERIFY(store.put(before.constLast()).ok());
    }
    const QByteArray bytesBefore = fileBytes(path());
    const bool existed = QFileInfo::exists(path());
    const AccountRecord next = makeRecord(guid(), QStringLiteral("Acme"), 99);
    {
        // Room for the lock file (a few dozen bytes), not for the account file.
        const FileSizeLimit limit(rlim_t(qMax<qsizetype>(bytesBefore.size(), 200) + 16));
        QVERIFY(limit.ok());
        const Status journal = store.beginPending(next.accountGuid, { QStringLiteral("h:g:n") });
        const Status put = store.put(next);
        for (const Status &s : { journal, put }) {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind, ErrorKind::Storage);
            QVERIFY2(s.error().detail.contains(QLatin1StringView("no space left")),
                     qPrintable(s.error().detail));
            QVERIFY2(s.error().message.contains(QLatin1StringView("disk is full")),
                     qPrintable(s.error().message));
            QVERIFY2(s.error().hint.contains(QLatin1StringView("Free space")),
                     qPrintable(s.error().hint));
        }
    }
    // Nothing changed, nothing partial, no temporary file left.
    QCOMPARE(QFileInfo::exists(path()), existed);
    QCOMPARE(fileBytes(path()), bytesBefore);
    const QStringList expected =
            existed ? QStringList{ QStringLiteral("accounts.json") } : QStringList();
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), expected);
    QCOMPARE(store.load().value(), before);

    // Space again: the next change works.
    QVERIFY(store.put(next).ok());
    QCOMPARE(store.load().value(), before + QList<AccountRecord>{ next });
}

void TestAccountStore::commitIsAllOrNothing()
{
    AccountStore store(path());
    const QString domain = guid();
    const AccountRecord device = makeRecord(domain, QStringLiteral("Devices"), 1, true);
    const AccountRecord user = makeRecord(domain, QStringLiteral("Acme"), 2);
    QVERIFY(store.beginPending(device.accountGuid, { QStringLiteral("h:d:sharedKey") }).ok());
    QVERIFY(store.beginPending(user.accountGuid, { QStringLiteral("h:u:sharedKey") }).ok());
    const QByteArray journalOnly = fileBytes(path());
    {
        // Room for one record, not for two.
        AccountStore probe(m_dir->filePath(QStringLiteral("probe.json")));
        QVERIFY(probe.put(device).ok());
        const FileSizeLimit limit(rlim_t(journalOnly.size() + QFileInfo(probe.filePath()).size()));
        QVERIFY(limit.ok());
        QVERIFY(!store.commit({ device, user }, { device.accountGuid, user.accountGuid }).ok());
    }
    QCOMPARE(fileBytes(path()), journalOnly);
    QVERIFY(store.commit({ device, user }, { device.accountGuid, user.accountGuid }).ok());
    QCOMPARE(store.load().value(), (QList<AccountRecord>{ device, user }));
    QVERIFY(store.pending()->isEmpty());
}

void TestAccountStore::journalEntriesHaveOwners()
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

void TestAccountStore::claimOrphansSparesLiveOwners()
{
    const QString live = guid();
    const QString ended = guid();
    const QString own = guid();
    const QString committed = guid();
    const QStringList liveNames{ QStringLiteral("h:%1:sharedKey").arg(live) };
    const QStringList endedNames{ QStringLiteral("h:%1:sharedKey").arg(ended) };
    const QStringList ownNames{ QStringLiteral("h:%1:sharedKey").arg(own) };
    AccountRecord record = makeRecord(guid(), QStringLiteral("Acme"), 1);
    record.accountGuid = committed;
    QJsonObject accounts;
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

void TestAccountStore::beginPendingRefusesAnotherRunningOwner()
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

void TestAccountStore::abandonedEntriesAreOrphans()
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

void TestAccountStore::legacyJournalEntriesAreOrphans()
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

void TestAccountStore::removeJournalsTheSecrets()
{
    AccountStore store(path());
    const AccountRecord r = makeRecord(guid(), QStringLiteral("Acme"), 1);
    QVERIFY(store.put(r).ok());
    const QStringList names{ QStringLiteral("h:%1:sharedKey").arg(r.accountGuid) };
    QVERIFY(store.remove(r.accountGuid, names).ok());
    QVERIFY(store.load()->isEmpty());
    const PendingEntry entry = store.pendingEntries()->value(r.accountGuid);
    QCOMPARE(entry.names, names);
    QVERIFY(entry.owner.isCurrentProcess());
}

void TestAccountStore::heldLockTimesOut()
{
    AccountStore store(path());
    QVERIFY(store.put(makeRecord(guid(), QStringLiteral("Acme"), 1)).ok());
    const QByteArray before = fileBytes(path());
    store.setLockTimeout(std::chrono::milliseconds(300));
    {
        QLockFile held(store.lockFilePath()); // as another process holds it during its change
        QVERIFY(held.tryLock(0));
        const Status s = store.put(makeRecord(guid(), QStringLiteral("Acme"), 2));
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
    QVERIFY(store.put(makeRecord(guid(), QStringLiteral("Acme"), 3)).ok());
    QVERIFY(!QFileInfo::exists(store.lockFilePath())); // released after each change
}

void TestAccountStore::staleLockIsTakenOver()
{
    AccountStore store(path());
    store.setLockTimeout(std::chrono::milliseconds(2000));
    // What a process killed in the middle of a change leaves: a lock naming a pid that is gone.
    const JournalOwner gone = endedProcess();
    QVERIFY(writeBytes(store.lockFilePath(),
                       QByteArray::number(gone.pid) + "\ngroove-enroll\n"
                               + QSysInfo::machineHostName().toUtf8() + '\n'));
    QVERIFY(store.put(makeRecord(guid(), QStringLiteral("Acme"), 1)).ok());
}

void TestAccountStore::concurrentChangesLoseNothing()
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
                if (!store.put(makeRecord(guid(), QStringLiteral("T%1").arg(t), i)).ok())
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

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
