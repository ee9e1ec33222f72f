#include "store/SecretStore.h"

#include <QtTest/QTest>

#include <optional>

using namespace groove;
using namespace groove::store;

namespace {

constexpr int AnswerTimeoutMs = 5000;

// Runs one call to its answer. 'returned' records whether the call had returned before the answer
// came, which the SecretStore contract demands.
struct Answer
{
    std::optional<Status> status;
    std::optional<QByteArray> value; // read only, on success
    bool answeredAfterReturn = false;
    int answers = 0;
};

Answer writeAndWait(SecretStore &store, const QString &name, const QByteArray &value)
{
    Answer a;
    bool returned = false;
    store.write(name, SecretBytes(value), [&](Status s) {
        a.status = s;
        a.answeredAfterReturn = returned;
        ++a.answers;
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
        a.status = Status(r.ok() ? Status() : Status(r.error()));
        if (r.ok())
            a.value = r->view().toByteArray();
        a.answeredAfterReturn = returned;
        ++a.answers;
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
        ++a.answers;
    });
    returned = true;
    (void)QTest::qWaitFor([&] { return a.status.has_value(); }, AnswerTimeoutMs);
    return a;
}

} // namespace

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void secretNameFormat();
    void writeReadRemove_data();
    void writeReadRemove();
    void overwriteReplaces();
    void callbacksNeverSynchronous_data();
    void callbacksNeverSynchronous();
    void failingMode_data();
    void failingMode();
    void missingEntry();
    void removeMissingSucceeds();
    void callsKeepTheirOrder();
    void noAnswerAfterDestruction();
};

void TestMemorySecretStore::secretNameFormat()
{
    QCOMPARE(secretName(QStringLiteral("groove.example.com"), QStringLiteral("abc"),
                        QStringLiteral("sharedKey")),
             QStringLiteral("groove.example.com:abc:sharedKey"));
    QCOMPARE(SecretItems.size(), 3);
}

void TestMemorySecretStore::writeReadRemove_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("ascii") << QByteArrayLiteral("secret");
    QTest::newRow("binary with NUL") << QByteArrayLiteral("\0a\0\xff\x01\0");
    QByteArray big(2048, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char(i * 7 + 3);
    QTest::newRow("2 KiB") << big;
    QTest::newRow("empty") << QByteArray();
}

void TestMemorySecretStore::writeReadRemove()
{
    QFETCH(QByteArray, value);
    MemorySecretStore store;
    const QString name =
            secretName(QStringLiteral("h"), QStringLiteral("g"), QStringLiteral("sharedKey"));

    const Answer written = writeAndWait(store, name, value);
    QVERIFY(written.status.has_value());
    QVERIFY(written.status->ok());
    QVERIFY(store.contains(name));
    QCOMPARE(store.names(), QStringList{ name });

    const Answer read = readAndWait(store, name);
    QVERIFY(read.status.has_value());
    QVERIFY(read.status->ok());
    QCOMPARE(read.value.value(), value);

    const Answer removed = removeAndWait(store, name);
    QVERIFY(removed.status.has_value());
    QVERIFY(removed.status->ok());
    QVERIFY(!store.contains(name));

    const Answer gone = readAndWait(store, name);
    QVERIFY(gone.status.has_value());
    QVERIFY(!gone.status->ok());
    QVERIFY(isNoSuchEntry(gone.status->error()));
}

void TestMemorySecretStore::overwriteReplaces()
{
    MemorySecretStore store;
    const QString name = QStringLiteral("h:g:signatureKey");
    QVERIFY(writeAndWait(store, name, QByteArrayLiteral("first value")).status->ok());
    QVERIFY(writeAndWait(store, name, QByteArrayLiteral("2nd")).status->ok());
    const Answer read = readAndWait(store, name);
    QVERIFY(read.status->ok());
    QCOMPARE(read.value.value(), QByteArrayLiteral("2nd"));
    QCOMPARE(store.names().size(), 1);
}

void TestMemorySecretStore::callbacksNeverSynchronous_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("failing");
    for (const char *op : { "write", "read", "read missing", "remove", "remove missing" }) {
        QTest::addRow("%s", op) << QString::fromLatin1(op) << false;
        QTest::addRow("%s, failing", op) << QString::fromLatin1(op) << true;
    }
}

void TestMemorySecretStore::callbacksNeverSynchronous()
{
    QFETCH(QString, operation);
    QFETCH(bool, failing);
    MemorySecretStore store;
    const QString present = QStringLiteral("h:g:present");
    const QString missing = QStringLiteral("h:g:missing");
    QVERIFY(writeAndWait(store, present, QByteArrayLiteral("x")).status->ok());
    store.setFailing(failing);

    Answer a;
    if (operation == QLatin1StringView("write"))
        a = writeAndWait(store, present, QByteArrayLiteral("y"));
    else if (operation == QLatin1StringView("read"))
        a = readAndWait(store, present);
    else if (operation == QLatin1StringView("read missing"))
        a = readAndWait(store, missing);
    else if (operation == QLatin1StringView("remove"))
        a = removeAndWait(store, present);
    else
        a = removeAndWait(store, missing);

    QVERIFY(a.status.has_value());
    QVERIFY(a.answeredAfterReturn);
    // Exactly once: nothing more arrives later.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(a.answers, 1);
}

void TestMemorySecretStore::failingMode_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("write") << QStringLiteral("write");
    QTest::newRow("read") << QStringLiteral("read");
    QTest::newRow("remove") << QStringLiteral("remove");
}

void TestMemorySecretStore::failingMode()
{
    QFETCH(QString, operation);
    MemorySecretStore store;
    const QString name = QStringLiteral("h:g:encryptionKey");
    QVERIFY(writeAndWait(store, name, QByteArrayLiteral("kept")).status->ok());
    store.setFailing(true);

    Answer a;
    if (operation == QLatin1StringView("write"))
        a = writeAndWait(store, name, QByteArrayLiteral("new"));
    else if (operation == QLatin1StringView("read"))
        a = readAndWait(store, name);
    else
        a = removeAndWait(store, name);
    QVERIFY(a.status.has_value());
    QVERIFY(!a.status->ok());
    QCOMPARE(a.status->error().kind, ErrorKind::Storage);
    QVERIFY(!isNoSuchEntry(a.status->error()));

    // A failed call changes nothing.
    store.setFailing(false);
    const Answer read = readAndWait(store, name);
    QVERIFY(read.status->ok());
    QCOMPARE(read.value.value(), QByteArrayLiteral("kept"));
}

void TestMemorySecretStore::missingEntry()
{
    MemorySecretStore store;
    const Answer a = readAndWait(store, QStringLiteral("h:g:sharedKey"));
    QVERIFY(a.status.has_value());
    QVERIFY(!a.status->ok());
    QCOMPARE(a.status->error().kind, ErrorKind::Storage);
    QCOMPARE(a.status->error().detail, QStringLiteral("no such entry"));
    QVERIFY(!a.status->error().message.isEmpty());
}

void TestMemorySecretStore::removeMissingSucceeds()
{
    MemorySecretStore store;
    const Answer a = removeAndWait(store, QStringLiteral("h:g:sharedKey"));
    QVERIFY(a.status.has_value());
    QVERIFY(a.status->ok());
}

void TestMemorySecretStore::callsKeepTheirOrder()
{
    MemorySecretStore store;
    const QString name = QStringLiteral("h:g:sharedKey");
    QStringList events;
    std::optional<QByteArray> seen;
    store.write(name, SecretBytes(QByteArrayLiteral("v1")), [&](Status s) {
        QVERIFY(s.ok());
        events << QStringLiteral("write");
    });
    store.read(name, [&](Result<SecretBytes> r) {
        QVERIFY(r.ok());
        seen = r->view().toByteArray();
        events << QStringLiteral("read");
    });
    store.remove(name, [&](Status s) {
        QVERIFY(s.ok());
        events << QStringLiteral("remove");
    });
    QVERIFY(events.isEmpty());
    QTRY_COMPARE(events.size(), 3);
    QCOMPARE(events,
             (QStringList{ QStringLiteral("write"), QStringLiteral("read"),
                           QStringLiteral("remove") }));
    QCOMPARE(seen.value(), QByteArrayLiteral("v1"));
    QVERIFY(!store.contains(name));
}

void TestMemorySecretStore::noAnswerAfterDestruction()
{
    bool answered = false;
    {
        MemorySecretStore store;
        store.write(QStringLiteral("h:g:sharedKey"), SecretBytes(QByteArrayLiteral("v")),
                    [&](Status) { answered = true; });
        store.read(QStringLiteral("h:g:sharedKey"), [&](Result<SecretBytes>) { answered = true; });
    }
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
