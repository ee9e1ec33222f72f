#include "store/KeychainSecretStore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>

#include <qt6keychain/keychain.h>

#ifdef GE_HAVE_QTDBUS
#  include <QtDBus/QDBusConnection>
#  include <QtDBus/QDBusConnectionInterface>
#endif

#include <memory>
#include <utility>

namespace groove::store {

namespace {

using Operation = KeychainSecretStore::Operation;
using Service = KeychainSecretStore::Service;

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
    // The key name may be logged, the value never is (it is not even at hand here).
    const QString detail = QStringLiteral("%1 %2: %3 (QtKeychain error %4)")
                                   .arg(operationName(op), job.key(), job.errorString())
                                   .arg(int(job.error()));
    return KeychainSecretStore::errorFor(op, int(job.error()), detail,
                                         KeychainSecretStore::findService());
}

} // namespace

Error KeychainSecretStore::errorFor(Operation op, int code, const QString &detail, Service service)
{
    // libsecret reports a missing session bus or Secret Service as a generic error, so the
    // code alone cannot tell "nothing to talk to" from "locked".
    const bool noService = code == QKeychain::NoBackendAvailable
            || code == QKeychain::NotImplemented || service == Service::Absent;
    Error e = Error::make(noService ? ErrorKind::NoKeychainService : ErrorKind::Storage, detail);
    if (noService)
        return e; // the kind's message and hint say what to install or start
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
    e.hint = code == QKeychain::AccessDeniedByUser ? QCoreApplication::translate(
                     "groove::store::KeychainSecretStore",
                     "Allow Groove Enroll to use your keyring when you are asked, and try again.")
                                                   : unlockHint();
    return e;
}

KeychainSecretStore::Service KeychainSecretStore::findService()
{
#ifdef GE_HAVE_QTDBUS
    // A connection of our own, so that QtKeychain's use of the shared one is not disturbed.
    const QString name = QStringLiteral("groove-enroll-keyring-check");
    Service found = Service::Absent;
    {
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, name);
        if (bus.isConnected() && bus.interface()) {
            const QStringList services{ QStringLiteral("org.freedesktop.secrets"),
                                        QStringLiteral("org.kde.kwalletd6"),
                                        QStringLiteral("org.kde.kwalletd5") };
            const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
            for (const QString &service : services) {
                if (bus.interface()->isServiceRegistered(service).value()
                    || (activatable.isValid() && activatable.value().contains(service)))
                    found = Service::Present;
            }
        }
    }
    QDBusConnection::disconnectFromBus(name);
    return found;
#else
    return Service::Unknown;
#endif
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent),
      m_service(service)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS) || defined(Q_OS_IOS)
    return QStringLiteral("Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Credential Manager");
#else
    return QStringLiteral("Secret Service");
#endif
}

// Jobs get no parent: QtKeychain's backends keep raw pointers to running jobs, so deleting one
// early (with its parent) could crash. They delete themselves when done; 'this' as the connection
// context drops the answer if the store is gone by then.

namespace {

template<typename JobT>
JobT *newJob(const QString &service, const QString &key)
{
    auto *job = new JobT(service);
    job->setAutoDelete(true);
    job->setKey(key);
    // Never QtKeychain's plain-text file (the settings file, with the umask's permissions).
    job->setInsecureFallback(false);
    return job;
}

} // namespace

void KeychainSecretStore::write(const QString &name, const SecretBytes &value, Done done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, name);
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
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, name);
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
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, name);
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
    auto *store = new KeychainSecretStore(service, context);
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
