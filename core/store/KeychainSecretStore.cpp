#include "store/KeychainSecretStore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

namespace groove::store {

namespace {

enum class Operation { Write, Read, Remove };

QString operationName(Operation op)
{
    switch (op) {
    case Operation::Write:
        return QStringLiteral("write");
    case Operation::Read:
        return QStringLiteral("read");
    case Operation::Remove:
        return QStringLiteral("remove");
    }
    return QString();
}

QString unlockHint()
{
    return QCoreApplication::translate(
            "groove::store::KeychainSecretStore",
            "Unlock your keyring (for example by logging in to the desktop) and try again.");
}

Error keychainError(const QKeychain::Job &job, Operation op)
{
    // The key name may be logged, the value never is (it is not even at hand here).
    Error e = Error::make(ErrorKind::Storage,
                          QStringLiteral("%1 %2: %3 (QtKeychain error %4)")
                                  .arg(operationName(op), job.key(), job.errorString())
                                  .arg(int(job.error())));
    switch (op) {
    case Operation::Write:
        e.message = QCoreApplication::translate(
                "groove::store::KeychainSecretStore",
                "The account's keys could not be saved in the keyring.");
        break;
    case Operation::Read:
        e.message = QCoreApplication::translate(
                "groove::store::KeychainSecretStore",
                "The account's keys could not be read from the keyring.");
        break;
    case Operation::Remove:
        e.message = QCoreApplication::translate(
                "groove::store::KeychainSecretStore",
                "The account's keys could not be removed from the keyring.");
        break;
    }
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        e.hint = QCoreApplication::translate(
                "groove::store::KeychainSecretStore",
                "Start a keyring service (for example GNOME Keyring or KWallet) and try again.");
        break;
    case QKeychain::AccessDeniedByUser:
        e.hint = QCoreApplication::translate(
                "groove::store::KeychainSecretStore",
                "Allow Groove Enroll to use your keyring when you are asked, and try again.");
        break;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDenied:
    case QKeychain::OtherError:
        e.hint = unlockHint();
        break;
    }
    return e;
}

Status statusOf(const QKeychain::Job &job, Operation op)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return Status();
    case QKeychain::EntryNotFound:
        if (op == Operation::Remove)
            return Status(); // the wanted state: the entry is gone
        if (op == Operation::Read)
            return noSuchEntryError();
        break;
    default:
        break;
    }
    return keychainError(job, op);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, InsecureFallback fallback,
                                         QObject *parent)
    : SecretStore(parent),
      m_service(service),
      m_fallback(fallback)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS) || defined(Q_OS_IOS)
    QString name = QStringLiteral("Keychain");
#elif defined(Q_OS_WIN)
    QString name = QStringLiteral("Credential Manager");
#else
    QString name = QStringLiteral("Secret Service");
#endif
    if (m_fallback == InsecureFallback::Allowed)
        name += QStringLiteral(" (insecure: plain-text file if no keyring is available)");
    return name;
}

// Jobs get no parent: QtKeychain's backends keep raw pointers to running jobs, so deleting one
// early (with its parent) could crash. They delete themselves when done; 'this' as the connection
// context drops the answer if the store is gone by then.

namespace {

template<typename JobT>
JobT *newJob(const QString &service, const QString &key, InsecureFallback fallback)
{
    auto *job = new JobT(service);
    job->setAutoDelete(true);
    job->setKey(key);
    // Only an explicit opt-in (--insecure-keystore) may let QtKeychain write a plain-text file.
    job->setInsecureFallback(fallback == InsecureFallback::Allowed);
    return job;
}

} // namespace

void KeychainSecretStore::write(const QString &name, const SecretBytes &value, Done done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, name, m_fallback);
    QByteArray copy = value.view().toByteArray();
    job->setBinaryData(copy);
    // The job keeps its own (shared) copy, which only Qt can free; ours we scrub.
    wipe(copy);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                done(statusOf(*finished, Operation::Write));
            });
    job->start();
}

void KeychainSecretStore::read(const QString &name, ReadDone done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, name, m_fallback);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const Status status = statusOf(*job, Operation::Read);
        if (!status.ok()) {
            done(status.error());
            return;
        }
        QByteArray data = job->binaryData();
        done(SecretBytes::adopt(data));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &name, Done done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, name, m_fallback);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                done(statusOf(*finished, Operation::Remove));
            });
    job->start();
}

namespace {

struct ProbeState
{
    std::function<void(Status)> done;
};

Error probeError(const QString &detail)
{
    Error e = Error::make(ErrorKind::Storage, detail);
    e.message = QCoreApplication::translate("groove::store::KeychainSecretStore",
                                            "The keyring does not work on this computer.");
    e.hint = unlockHint();
    return e;
}

} // namespace

void KeychainSecretStore::probe(std::function<void(Status)> done, QObject *context,
                                const QString &service, std::chrono::milliseconds timeout)
{
    Q_ASSERT(context);
    // Owned by the context, so that nothing answers once the caller is gone.
    auto *store = new KeychainSecretStore(service, InsecureFallback::Refused, context);
    auto state = std::make_shared<ProbeState>();
    state->done = std::move(done);
    const auto finish = [store, state](const Status &status) {
        if (!state->done)
            return; // already answered (timeout, then a late reply)
        const auto answer = std::exchange(state->done, nullptr);
        store->deleteLater();
        answer(status);
    };

    auto *timer = new QTimer(store);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, store, [finish, timeout] {
        finish(probeError(QStringLiteral("probe: the keyring did not answer within %1 ms")
                                  .arg(timeout.count())));
    });
    timer->start(timeout);

    // Not a secret: it only has to come back unchanged.
    static const QByteArray marker = QByteArrayLiteral("groove-enroll probe\0\x01\xff");
    store->write(ProbeKey, SecretBytes(marker), [store, finish](const Status &written) {
        if (!written.ok()) {
            finish(written);
            return;
        }
        store->read(ProbeKey, [store, finish](Result<SecretBytes> value) {
            Status readBack;
            if (!value.ok())
                readBack = value.error();
            else if (!value->equals(marker))
                readBack = probeError(QStringLiteral("probe: the entry read back differs"));
            // Removed even when reading failed, so that no probe entry is left behind.
            store->remove(ProbeKey, [finish, readBack](const Status &removed) {
                finish(readBack.ok() ? removed : readBack);
            });
        });
    });
}

} // namespace groove::store
