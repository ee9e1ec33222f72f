// FileSecretStore (--insecure-keystore): the contract every SecretStore keeps, the permissions
// (0700 folder, 0600 file, whatever the umask), atomic rewrites and removal.
#include "store/FileSecretStore.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <optional>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace groove;
using namespace groove::store;

namespace {

constexpr int AnswerTimeoutMs = 5000;

struct Answer
{
    std::optional<Status> status;
    std::optional<QByteArray> value; // read only, on success
    bool answeredAfterReturn = false;
};

QString describe(const std::optional<Status> &s)
{
    if (!s)
        return QStringLiteral("no answer");
    return s->ok() ? QStringLiteral("ok") : s->error().toLogString();
}

Answer writeAndWait(SecretStore &store, const QString &name, const QByteArray &value)
{
    Answer a;
    bool returned = false;
    store.write(name, SecretBytes(value), [&](Status s) {
        a.status = s;
        a.answeredAfterReturn = returned;
    });
    returned = true;
    (void)QTest::qWaitFor([&] { return a.status.has_value(); }, AnswerTimeoutMs);
    return a;
}

Answer readAndWait(SecretStore &store, const QString &name)
{
    Answer a;
    bool returned = false;
    store.read(name, [&](Result<SecretBytes> r) {
        a.status = r.ok() ? Status() : Status(r.error());
        if (r.ok())
            a.value = r->view().toByteArray();
        a.answeredAfterReturn = returned;
    });
    returned = true;
    (void)QTest::qWaitFor([&] { return a.status.has_value(); }, AnswerTimeoutMs);
    return a;
}

Answer removeAndWait(SecretStore &store, const QString &name)
{
    Answer a;
    bool returned = false;
    store.remove(name, [&](Status s) {
        a.status = s;
        a.answeredAfterReturn = returned;
    });
    returned = true;
    (void)QTest::qWaitFor([&] { return a.status.has_value(); }, AnswerTimeoutMs);
    return a;
}

// The permission bits as the kernel has them (not as Qt maps them).
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

QString name(const char *item)
{
    return secretName(QStringLiteral("127.0.0.1"), QStringLiteral("{ACCOUNT}"),
                      QString::fromLatin1(item));
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class UmaskGuard final
{
public:
    explicit UmaskGuard(mode_t mask) : m_old(::umask(mask)) { }
    ~UmaskGuard() { ::umask(m_old); }
    Q_DISABLE_COPY_MOVE(UmaskGuard)

private:
    mode_t m_old;
};

} // namespace

class TestFileSecretStore final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FileSecretStore> m_store;

    QString folder() const { return m_dir->filePath(QStringLiteral("data/insecure-keys")); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<FileSecretStore>(folder());
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void describesItself()
    {
        QCOMPARE(m_store->kind(), KeyStoreKind::File);
        QCOMPARE(keyStoreKindName(m_store->kind()), QStringLiteral("file"));
        QVERIFY(m_store->isInsecure());
        QCOMPARE(m_store->filePath(), QDir(folder()).filePath(QStringLiteral("keys")));
        QVERIFY(m_store->backendName().contains(m_store->filePath()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("text") << QByteArrayLiteral("a shared key");
        QTest::newRow("NUL bytes") << QByteArrayLiteral("\0\0lead\0mid\0trail\0");
        QByteArray all(256, Qt::Uninitialized);
        for (int i = 0; i < 256; ++i)
            all[i] = char(i);
        QTest::newRow("every byte value") << all;
        QTest::newRow("2 KiB random") << randomBytes(2048);
        QTest::newRow("one byte") << QByteArrayLiteral("\n");
    }

    void roundTrip()
    {
        QFETCH(QByteArray, value);
        const Answer written = writeAndWait(*m_store, name("sharedKey"), value);
        QVERIFY2(written.status && written.status->ok(), qPrintable(describe(written.status)));
        QVERIFY(written.answeredAfterReturn);
        // Another store on the same folder (another process, a later run) sees it.
        FileSecretStore again(folder());
        const Answer read = readAndWait(again, name("sharedKey"));
        QVERIFY2(read.status && read.status->ok(), qPrintable(describe(read.status)));
        QVERIFY(read.answeredAfterReturn);
        QCOMPARE(read.value.value(), value);
    }

    void overwriteReplaces()
    {
        QVERIFY(writeAndWait(*m_store, name("sharedKey"), "first, longer value").status->ok());
        QVERIFY(writeAndWait(*m_store, name("signatureKey"), "other").status->ok());
        QVERIFY(writeAndWait(*m_store, name("sharedKey"), "second").status->ok());
        QCOMPARE(readAndWait(*m_store, name("sharedKey")).value.value(),
                 QByteArrayLiteral("second"));
        QCOMPARE(readAndWait(*m_store, name("signatureKey")).value.value(),
                 QByteArrayLiteral("other"));
        QCOMPARE(contentOf(m_store->filePath()).count('\n'), 3); // header and two entries
    }

    void callsKeepTheirOrder()
    {
        // Not waited for in between: each takes effect in the order of the calls.
        std::optional<QByteArray> seen;
        m_store->write(name("sharedKey"), SecretBytes(QByteArrayLiteral("v1")), [](Status) {});
        m_store->read(name("sharedKey"), [&seen](Result<SecretBytes> r) {
            seen = r ? r->view().toByteArray() : QByteArray("failed");
        });
        m_store->remove(name("sharedKey"), [](Status) {});
        QTRY_VERIFY(seen.has_value());
        QCOMPARE(*seen, QByteArrayLiteral("v1"));
        QTRY_VERIFY(!QFileInfo::exists(m_store->filePath()));
    }

    // The folder is 0700 and the file 0600 whatever the umask: the protection is ours, not the
    // user's setting.
    void permissions_data()
    {
        QTest::addColumn<int>("umask");
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 000") << 0;
        QTest::newRow("umask 077") << 077;
    }

    void permissions()
    {
        QFETCH(int, umask);
        const UmaskGuard guard{ mode_t(umask) };
        const Answer written = writeAndWait(*m_store, name("sharedKey"), "secret");
        QVERIFY2(written.status && written.status->ok(), qPrintable(describe(written.status)));
        QCOMPARE(modeOf(folder()), 0700);
        QCOMPARE(modeOf(m_store->filePath()), 0600);
        const QFileInfo info(m_store->filePath());
        QCOMPARE(info.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // A rewrite keeps them.
        QVERIFY(writeAndWait(*m_store, name("signatureKey"), "more").status->ok());
        QCOMPARE(modeOf(m_store->filePath()), 0600);
        // Only the key file and its lock are in the folder: no temporary file is left.
        const QStringList left = QDir(folder()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(left.size() <= 2 && left.contains(QStringLiteral("keys")),
                 qPrintable(left.join(u' ')));
    }

    void looseExistingPermissionsAreTightened()
    {
        QVERIFY(QDir().mkpath(folder()));
        QVERIFY(::chmod(QFile::encodeName(folder()).constData(), 0755) == 0);
        QFile old(m_store->filePath());
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("groove-enroll insecure keys 1\n");
        old.close();
        QVERIFY(::chmod(QFile::encodeName(old.fileName()).constData(), 0644) == 0);
        QCOMPARE(modeOf(folder()), 0755);

        QVERIFY(writeAndWait(*m_store, name("sharedKey"), "secret").status->ok());
        QCOMPARE(modeOf(folder()), 0700);
        QCOMPARE(modeOf(m_store->filePath()), 0600);
    }

    // A rewrite that cannot complete (here: the file size limit) leaves the previous file as it
    // was, not a partial or empty one, and no temporary file behind.
    void failedRewriteKeepsThePreviousFile()
    {
        QVERIFY(writeAndWait(*m_store, name("sharedKey"), "kept").status->ok());
        const QByteArray before = contentOf(m_store->filePath());
        QVERIFY(!before.isEmpty());

        struct rlimit saved = {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = saved;
        small.rlim_cur = rlim_t(before.size() + 16);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const Answer failed = writeAndWait(*m_store, name("signatureKey"), randomBytes(4096));
        (void)::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(failed.status.has_value());
        QVERIFY(!failed.status->ok());
        QCOMPARE(failed.status->error().kind, ErrorKind::Storage);
        QCOMPARE(contentOf(m_store->filePath()), before);
        QCOMPARE(modeOf(m_store->filePath()), 0600);
        const QStringList left = QDir(folder()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(left.size() <= 2, qPrintable(left.join(u' ')));
        QCOMPARE(readAndWait(*m_store, name("sharedKey")).value.value(), QByteArrayLiteral("kept"));
        QVERIFY(isNoSuchEntry(readAndWait(*m_store, name("signatureKey")).status->error()));
    }

    void removal()
    {
        QVERIFY(writeAndWait(*m_store, name("sharedKey"), "one").status->ok());
        QVERIFY(writeAndWait(*m_store, name("signatureKey"), "two").status->ok());

        const Answer removed = removeAndWait(*m_store, name("sharedKey"));
        QVERIFY2(removed.status && removed.status->ok(), qPrintable(describe(removed.status)));
        QVERIFY(removed.answeredAfterReturn);
        QVERIFY(isNoSuchEntry(readAndWait(*m_store, name("sharedKey")).status->error()));
        QCOMPARE(readAndWait(*m_store, name("signatureKey")).value.value(),
                 QByteArrayLiteral("two"));
        QVERIFY(!contentOf(m_store->filePath()).contains(name("sharedKey").toUtf8()));
        QCOMPARE(modeOf(m_store->filePath()), 0600);

        // Removing what is not there succeeds; the last entry takes the file with it.
        QVERIFY(removeAndWait(*m_store, name("sharedKey")).status->ok());
        QVERIFY(removeAndWait(*m_store, name("signatureKey")).status->ok());
        QVERIFY(!QFileInfo::exists(m_store->filePath()));
    }

    void nothingIsCreatedByReadsAndRemovals()
    {
        const Answer read = readAndWait(*m_store, name("sharedKey"));
        QVERIFY(read.status.has_value());
        QVERIFY2(!read.status->ok() && isNoSuchEntry(read.status->error()),
                 qPrintable(describe(read.status)));
        QVERIFY(read.answeredAfterReturn);
        const Answer removed = removeAndWait(*m_store, name("sharedKey"));
        QVERIFY2(removed.status && removed.status->ok(), qPrintable(describe(removed.status)));
        QVERIFY(!QFileInfo::exists(folder()));
    }

    void damagedFileIsReportedAndKept_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("no header") << QByteArrayLiteral("x\tYQ==\n");
        QTest::newRow("no tab") << QByteArrayLiteral("groove-enroll insecure keys 1\nxYQ==\n");
        QTest::newRow("unterminated")
                << QByteArrayLiteral("groove-enroll insecure keys 1\nx\tYQ==");
        QTest::newRow("repeated name")
                << QByteArrayLiteral("groove-enroll insecure keys 1\nx\tYQ==\nx\tYQ==\n");
    }

    void damagedFileIsReportedAndKept()
    {
        QFETCH(QByteArray, content);
        QVERIFY(QDir().mkpath(folder()));
        QFile f(m_store->filePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();

        const Answer read = readAndWait(*m_store, QStringLiteral("x"));
        QVERIFY(read.status.has_value() && !read.status->ok());
        QCOMPARE(read.status->error().kind, ErrorKind::Storage);
        QVERIFY2(!isNoSuchEntry(read.status->error()), "a damaged file is not an empty one");
        // What cannot be read is not overwritten: the user may still rescue it.
        const Answer written = writeAndWait(*m_store, name("sharedKey"), "secret");
        QVERIFY(written.status.has_value() && !written.status->ok());
        QCOMPARE(contentOf(m_store->filePath()), content);
    }

    // A zero-length file holds nothing to rescue (whatever left it), so it must not lock the
    // user out: it counts as no entries.
    void emptyFileIsNoEntries()
    {
        QVERIFY(QDir().mkpath(folder()));
        QFile f(m_store->filePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(isNoSuchEntry(readAndWait(*m_store, name("sharedKey")).status->error()));
        QVERIFY(writeAndWait(*m_store, name("sharedKey"), "secret").status->ok());
        QCOMPARE(readAndWait(*m_store, name("sharedKey")).value.value(),
                 QByteArrayLiteral("secret"));
    }

    void badBase64IsDamage()
    {
        QVERIFY(QDir().mkpath(folder()));
        QFile f(m_store->filePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("groove-enroll insecure keys 1\nx\tnot*base64\n");
        f.close();
        const Answer read = readAndWait(*m_store, QStringLiteral("x"));
        QVERIFY(read.status.has_value() && !read.status->ok());
        QVERIFY(!isNoSuchEntry(read.status->error()));
    }

    void symlinkedFolderIsRefused()
    {
        const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("data"))));
        QVERIFY(QFile::link(elsewhere, folder()));
        const Answer written = writeAndWait(*m_store, name("sharedKey"), "secret");
        QVERIFY(written.status.has_value() && !written.status->ok());
        QVERIFY(QDir(elsewhere).isEmpty());
    }

    void unusableNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("tab") << QStringLiteral("a\tb");
        QTest::newRow("newline") << QStringLiteral("a\nb");
    }

    void unusableNamesAreRefused()
    {
        QFETCH(QString, name);
        const Answer written = writeAndWait(*m_store, name, "secret");
        QVERIFY(written.status.has_value() && !written.status->ok());
        QVERIFY(!QFileInfo::exists(m_store->filePath()));
    }
};

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "tst_filesecretstore.moc"
