// DualSecretStore: writes to the active store, reads fall back to the other, removals clean both
// (so --unenroll, rollbacks and crash clean-ups leave nothing in either backend).
#include "store/DualSecretStore.h"

#include <QtCore/QTimer>
#include <QtTest/QTest>

#include <optional>

using namespace groove;
using namespace groove::store;

namespace {

// A store that fails every call with the given kind (e.g. no keyring service at all).
class BrokenStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit BrokenStore(ErrorKind kind) : m_kind(kind) { }
    void write(const QString &, const SecretBytes &, Done done) override
    {
        answer(std::move(done));
    }
    void read(const QString &, ReadDone done) override
    {
        QTimer::singleShot(0, this, [this, done = std::move(done)] { done(Error::make(m_kind)); });
    }
    void remove(const QString &, Done done) override { answer(std::move(done)); }
    [[nodiscard]] QString backendName() const override { return QStringLiteral("broken"); }

private:
    void answer(Done done)
    {
        QTimer::singleShot(0, this, [this, done = std::move(done)] { done(Error::make(m_kind)); });
    }
    ErrorKind m_kind;
};

std::optional<Status> await(const std::function<void(SecretStore::Done)> &call)
{
    std::optional<Status> result;
    call([&result](Status s) { result = s; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 5000);
    return result;
}

std::optional<Result<SecretBytes>> awaitRead(SecretStore &store, const QString &name)
{
    std::optional<Result<SecretBytes>> result;
    store.read(name, [&result](Result<SecretBytes> r) { result.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 5000);
    return result;
}

const QString Name = QStringLiteral("127.0.0.1:{A}:sharedKey");

} // namespace

class TestDualSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void writesGoToTheActiveStore()
    {
        auto *active = new MemorySecretStore;
        auto *other = new MemorySecretStore;
        DualSecretStore dual(active, other);
        QCOMPARE(dual.active(), active);
        QCOMPARE(dual.backendName(), active->backendName());
        QVERIFY(await([&](auto done) { dual.write(Name, SecretBytes("k"), done); })->ok());
        QVERIFY(active->contains(Name));
        QVERIFY(!other->contains(Name));
        const auto read = awaitRead(dual, Name);
        QVERIFY(read && read->ok());
        QVERIFY((*read)->equals("k"));
    }

    void readFallsBackToTheOtherStore()
    {
        auto *active = new MemorySecretStore;
        auto *other = new MemorySecretStore;
        DualSecretStore dual(active, other);
        QVERIFY(await([&](auto done) { other->write(Name, SecretBytes("old"), done); })->ok());
        const auto read = awaitRead(dual, Name);
        QVERIFY(read && read->ok());
        QVERIFY((*read)->equals("old"));
        // In neither: "no such entry", also when the other store has no keyring at all.
        const auto missing = awaitRead(dual, QStringLiteral("missing"));
        QVERIFY(missing && !missing->ok() && isNoSuchEntry(missing->error()));
        DualSecretStore noKeyring(new MemorySecretStore,
                                  new BrokenStore(ErrorKind::NoKeychainService));
        const auto missing2 = awaitRead(noKeyring, Name);
        QVERIFY(missing2 && !missing2->ok() && isNoSuchEntry(missing2->error()));
    }

    void removalCleansBoth()
    {
        auto *active = new MemorySecretStore;
        auto *other = new MemorySecretStore;
        DualSecretStore dual(active, other);
        QVERIFY(await([&](auto done) { active->write(Name, SecretBytes("a"), done); })->ok());
        QVERIFY(await([&](auto done) { other->write(Name, SecretBytes("b"), done); })->ok());
        QVERIFY(await([&](auto done) { dual.remove(Name, done); })->ok());
        QVERIFY(!active->contains(Name));
        QVERIFY(!other->contains(Name));
    }

    void removalFailures_data()
    {
        QTest::addColumn<bool>("activeBroken");
        QTest::addColumn<int>("otherKind"); // -1: the other store works
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("reportedKind");
        QTest::newRow("other has no keyring service")
                << false << int(ErrorKind::NoKeychainService) << true << -1;
        QTest::newRow("other fails otherwise")
                << false << int(ErrorKind::Storage) << false << int(ErrorKind::Storage);
        QTest::newRow("active has no keyring service")
                << true << -1 << false << int(ErrorKind::NoKeychainService);
    }

    void removalFailures()
    {
        QFETCH(bool, activeBroken);
        QFETCH(int, otherKind);
        QFETCH(bool, ok);
        QFETCH(int, reportedKind);
        auto *memory = new MemorySecretStore;
        QVERIFY(await([&](auto done) { memory->write(Name, SecretBytes("k"), done); })->ok());
        SecretStore *active = activeBroken
                ? static_cast<SecretStore *>(new BrokenStore(ErrorKind::NoKeychainService))
                : memory;
        SecretStore *other = otherKind < 0 ? static_cast<SecretStore *>(memory)
                                           : new BrokenStore(ErrorKind(otherKind));
        DualSecretStore dual(active, other);
        const std::optional<Status> removed = await([&](auto done) { dual.remove(Name, done); });
        QVERIFY(removed);
        QCOMPARE(removed->ok(), ok);
        if (!ok)
            QCOMPARE(int(removed->error().kind), reportedKind);
        // The working store was cleaned in every case.
        QVERIFY(!memory->contains(Name));
    }
};

QTEST_GUILESS_MAIN(TestDualSecretStore)
#include "tst_dualsecretstore.moc"
