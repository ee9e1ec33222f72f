#include "engine/KeyGenerator.h"

#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QMetaObject>
#include <QtCore/QMutex>
#include <QtCore/QPointer>
#include <QtCore/QThreadPool>

#include <atomic>

namespace groove::engine {

// Shared between the workers and the owner. Workers never touch the owner except to post one
// notification while holding the mutex, and the owner's destructor takes the same mutex.
struct KeyGenerator::Shared
{
    QMutex mutex;
    KeyGenerator *owner = nullptr; // cleared by the owner's destructor
    std::optional<Result<crypto::RsaPrivateKey>> keys[2];
    int pending = 2;
    QElapsedTimer timer;
    qint64 ms = 0;
};

namespace {
std::atomic<int> g_started{ 0 }; // statistics only, never read by the engine
} // namespace

int KeyGenerator::startedCount()
{
    return g_started.load();
}

KeyGenerator::KeyGenerator(const QString &guid, QObject *parent)
    : KeyGenerator(guid, Source(), parent)
{
}

KeyGenerator::KeyGenerator(const QString &guid, Source source, QObject *parent)
    : QObject(parent),
      m_shared(std::make_shared<Shared>()),
      m_guid(guid)
{
    ++g_started;
    if (!source)
        source = [] { return crypto::RsaPrivateKey::generate(); };
    m_shared->owner = this;
    m_shared->timer.start();
    // The two RSA key pairs are independent: on two cores they take the time of one.
    for (int i = 0; i < 2; ++i) {
        QThreadPool::globalInstance()->start([shared = m_shared, source, i] {
            Result<crypto::RsaPrivateKey> key = source();
            crypto::releaseThreadState(); // pool threads outlive the job
            QMutexLocker lock(&shared->mutex);
            shared->keys[i].emplace(std::move(key));
            if (--shared->pending > 0 || !shared->owner)
                return;
            shared->ms = shared->timer.elapsed();
            // Queued to the owner's thread; Qt discards it if the owner is destroyed first.
            QMetaObject::invokeMethod(
                    shared->owner,
                    [owner = QPointer<KeyGenerator>(shared->owner)] {
                        if (owner) {
                            owner->m_done = true;
                            owner->m_elapsedMs = owner->m_shared->ms;
                            emit owner->finished();
                        }
                    },
                    Qt::QueuedConnection);
        });
    }
}

KeyGenerator::~KeyGenerator()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->owner = nullptr;
}

Result<protocol::client::AccountKeys> KeyGenerator::take()
{
    QMutexLocker lock(&m_shared->mutex);
    if (m_shared->pending > 0 || !m_shared->keys[0] || !m_shared->keys[1])
        return Error::make(ErrorKind::CryptoFailure,
                           QStringLiteral("keys taken before they were ready"));
    for (const auto &k : m_shared->keys) {
        if (!*k)
            return k->error();
    }
    protocol::client::AccountKeys a;
    if (m_guid.isEmpty()) {
        Result<QString> g = ids::newGuid();
        if (!g)
            return g.error();
        a.guid = std::move(g).value();
    } else {
        a.guid = m_guid;
    }
    Result<SecretBytes> shared = crypto::randomSecret(24);
    if (!shared)
        return shared.error();
    a.sharedKey = std::move(shared).value();
    a.signatureKey = std::move(*m_shared->keys[0]).value();
    a.encryptionKey = std::move(*m_shared->keys[1]).value();
    m_shared->keys[0].reset();
    m_shared->keys[1].reset();
    return a;
}

} // namespace groove::engine
