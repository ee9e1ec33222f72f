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
#include <QtCore/QTemporaryDir>
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
    r.secretStore = QStringLiteral("file");
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
    const QSet<QString> allowed{
        QStringLiteral("accountGuid"), QStringLiteral("domainGuid"), QStringLiteral("domainName"),
        QStringLiteral("identityUrl"), QStringLiteral("memberName"), QStringLiteral("serverUrl"),
        QStringLiteral("domainCertificate"), QStringLiteral("managedObjects"),
        QStringLiteral("name"), QStringLiteral("data"), QStringLiteral("enrolledAt"),
        QStringLiteral("isDeviceAccount"), QStringLiteral("deviceGuid"),
        QStringLiteral("deviceName"), QStringLiteral("secretBackend"),
        QStringLiteral("secretStore"),
        // the heartbeat state: health, times and counters only
        QStringLiteral("heartbeat"), QStringLiteral("health"), QStringLiteral("lastHeartbeatAt"),
        QStringLiteral("checkedAt"), QStringLiteral("unreachableSince"),
        QStringLiteral("faultCode"), QStringLiteral("sequence"),
        QStringLiteral("nextHeartbeatSeconds")
    };
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

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
