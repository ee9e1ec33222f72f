#include "store/KeychainSecretStore.h"

#include <QtCore/QRandomGenerator>
#include <QtTest/QTest>

#include <optional>

using namespace groove;
using namespace groove::store;

// Runs against the real Secret Service. scripts/with-keyring.sh provides a private session bus
// with a fresh, unlocked gnome-keyring, so nothing touches the user's own keyring:
//   scripts/with-keyring.sh ctest --test-dir <build> -L keychain --output-on-failure

namespace {

// Generous: a keyring that has to start on first use can take a few seconds.
constexpr int AnswerTimeoutMs = 30000;

struct Answer
{
    std::optional<Status> status;
    std::optional<QByteArray> value;
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

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip_data();
    void roundTrip();
    void overwriteReplaces();
    void removeMissingSucceeds();
    void readMissingIsNoSuchEntry();
    void servicesAreSeparate();
    void probeSucceeds();
    void neverPlainText();

private:
    QString name(const QString &item) const;

    QString m_service;
    std::unique_ptr<KeychainSecretStore> m_store;
    QStringList m_written;
};

QString TestKeychainSecretStore::name(const QString &item) const
{
    return secretName(QStringLiteral("test.invalid"), QStringLiteral("account"), item);
}

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus, so no Secret Service: run this test through "
              "scripts/with-keyring.sh, which starts a private bus with an unlocked "
              "gnome-keyring.");
    // A fresh service per run: parallel or aborted runs cannot see each other's entries.
    m_service = QStringLiteral("groove-enroll-test-%1")
                        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    m_store = std::make_unique<KeychainSecretStore>(m_service);
    QCOMPARE(m_store->service(), m_service);
}

void TestKeychainSecretStore::cleanupTestCase()
{
    if (!m_store)
        return;
    for (const QString &n : std::as_const(m_written))
        (void)removeAndWait(*m_store, n);
}

void TestKeychainSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("text") << QStringLiteral("sharedKey") << QByteArrayLiteral("a shared key");
    QTest::newRow("NUL bytes") << QStringLiteral("signatureKey")
                               << QByteArrayLiteral("\0\0lead\0mid\0trail\0");
    QByteArray all(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        all[i] = char(i);
    QTest::newRow("every byte value") << QStringLiteral("encryptionKey") << all;
    QTest::newRow("2 KiB random") << QStringLiteral("big") << randomBytes(2048);
    QTest::newRow("2 KiB zeros") << QStringLiteral("zeros") << QByteArray(2048, '\0');
}

void TestKeychainSecretStore::roundTrip()
{
    QFETCH(QString, item);
    QFETCH(QByteArray, value);
    const QString n = name(item);
    m_written << n;

    const Answer written = writeAndWait(*m_store, n, value);
    QVERIFY2(written.status && written.status->ok(), qPrintable(describe(written.status)));
    QVERIFY(written.answeredAfterReturn);

    const Answer read = readAndWait(*m_store, n);
    QVERIFY2(read.status && read.status->ok(), qPrintable(describe(read.status)));
    QVERIFY(read.answeredAfterReturn);
    QCOMPARE(read.value.value().size(), value.size());
    QCOMPARE(read.value.value(), value);

    const Answer removed = removeAndWait(*m_store, n);
    QVERIFY2(removed.status && removed.status->ok(), qPrintable(describe(removed.status)));
    QVERIFY(removed.answeredAfterReturn);

    const Answer gone = readAndWait(*m_store, n);
    QVERIFY(gone.status.has_value());
    QVERIFY(!gone.status->ok());
    QCOMPARE(gone.status->error().kind, ErrorKind::Storage);
    QCOMPARE(gone.status->error().detail, QStringLiteral("no such entry"));
}

void TestKeychainSecretStore::overwriteReplaces()
{
    const QString n = name(QStringLiteral("overwrite"));
    m_written << n;
    QVERIFY(writeAndWait(*m_store, n, QByteArrayLiteral("first, longer value")).status->ok());
    QVERIFY(writeAndWait(*m_store, n, QByteArrayLiteral("second")).status->ok());
    const Answer read = readAndWait(*m_store, n);
    QVERIFY2(read.status && read.status->ok(), qPrintable(describe(read.status)));
    QCOMPARE(read.value.value(), QByteArrayLiteral("second"));
    QVERIFY(removeAndWait(*m_store, n).status->ok());
}

void TestKeychainSecretStore::removeMissingSucceeds()
{
    const Answer a = removeAndWait(*m_store, name(QStringLiteral("never-written")));
    QVERIFY2(a.status && a.status->ok(), qPrintable(describe(a.status)));
    QVERIFY(a.answeredAfterReturn);
}

void TestKeychainSecretStore::readMissingIsNoSuchEntry()
{
    const Answer a = readAndWait(*m_store, name(QStringLiteral("never-written")));
    QVERIFY(a.status.has_value());
    QVERIFY(!a.status->ok());
    QVERIFY2(isNoSuchEntry(a.status->error()), qPrintable(describe(a.status)));
    QVERIFY(a.answeredAfterReturn);
}

void TestKeychainSecretStore::servicesAreSeparate()
{
    const QString n = name(QStringLiteral("separate"));
    m_written << n;
    QVERIFY(writeAndWait(*m_store, n, QByteArrayLiteral("mine")).status->ok());
    KeychainSecretStore other(m_service + QStringLiteral("-other"));
    const Answer a = readAndWait(other, n);
    QVERIFY(a.status.has_value());
    QVERIFY2(!a.status->ok() && isNoSuchEntry(a.status->error()), qPrintable(describe(a.status)));
    QVERIFY(removeAndWait(*m_store, n).status->ok());
}

void TestKeychainSecretStore::probeSucceeds()
{
    QObject context;
    std::optional<Status> result;
    bool returned = false;
    bool answeredAfterReturn = false;
    KeychainSecretStore::probe(
            [&](Status s) {
                result = s;
                answeredAfterReturn = returned;
            },
            &context, m_service);
    returned = true;
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 3 * AnswerTimeoutMs);
    QVERIFY2(result->ok(), qPrintable(describe(result)));
    QVERIFY(answeredAfterReturn);

    // The probe cleans up after itself.
    const Answer a = readAndWait(*m_store, KeychainSecretStore::ProbeKey);
    QVERIFY(a.status.has_value());
    QVERIFY2(!a.status->ok() && isNoSuchEntry(a.status->error()), qPrintable(describe(a.status)));
}

void TestKeychainSecretStore::neverPlainText()
{
    // --insecure-keystore selects FileSecretStore; QtKeychain's own plain-text fallback (the
    // settings file, with the umask's permissions) is never used.
    const KeychainSecretStore store(m_service);
    QVERIFY(!store.isInsecure());
    QCOMPARE(store.kind(), KeyStoreKind::Keychain);
    QVERIFY(!store.backendName().isEmpty());
    QCOMPARE(KeychainSecretStore().service(), QStringLiteral("groove-enroll"));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
