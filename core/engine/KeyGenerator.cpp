#include "KeyGenerator.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QMetaObject>
#include <QtCore/QMutex>
#include <QtCore/QPointer>
#include <QtCore/QThreadPool>

namespace groove::engine {

// Shared between the worker and the owner. The worker never touches the owner: it only posts a
// notification to a relay object whose lifetime the mutex guards.
struct KeyGenerator::Shared
{
    QMutex mutex;
    KeyGenerator *owner = nullptr; // cleared by the owner's destructor
    std::optional<Result<protocol::client::AccountKeys>> result;
    qint64 ms = 0;
};

KeyGenerator::KeyGenerator(const QString &guid, QObject *parent) : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
    std::shared_ptr<Shared> shared = m_shared;
    QThreadPool::globalInstance()->start([shared, guid] {
        QElapsedTimer timer;
        timer.start();
        Result<protocol::client::AccountKeys> keys = protocol::client::AccountKeys::generate(guid);
        QMutexLocker lock(&shared->mutex);
        shared->result.emplace(std::move(keys));
        shared->ms = timer.elapsed();
        if (shared->owner) {
            // Queued to the owner's thread; the owner is alive while we hold the mutex, and a
            // queued call to a destroyed receiver is discarded by Qt.
            QMetaObject::invokeMethod(shared->owner, [owner = QPointer<KeyGenerator>(shared->owner)] {
                if (owner) {
                    owner->m_done = true;
                    owner->m_elapsedMs = owner->m_shared->ms;
                    emit owner->finished();
                }
            }, Qt::QueuedConnection);
        }
    });
}

KeyGenerator::~KeyGenerator()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->owner = nullptr;
}

Result<protocol::client::AccountKeys> KeyGenerator::take()
{
    QMutexLocker lock(&m_shared->mutex);
    if (!m_shared->result)
        return Error::make(ErrorKind::CryptoFailure, QStringLiteral("keys taken before they were ready"));
    Result<protocol::client::AccountKeys> r = std::move(*m_shared->result);
    m_shared->result.reset();
    return r;
}

} // namespace groove::engine
