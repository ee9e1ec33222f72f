#include "engine/KeyPool.h"

#include "Logging.h"

#include <QtCore/QLoggingCategory>

namespace groove::engine {

using protocol::client::AccountKeys;

KeyPool::KeyPool(QObject *parent) : QObject(parent) { }

KeyPool::~KeyPool()
{
    // Generators still running drop their result when they end (KeyGenerator's destructor);
    // the held keys go with m_slots.
    for (Slot &s : m_slots)
        delete s.generator;
}

void KeyPool::prepare(bool withDeviceAccount)
{
    prepare(Kind::User);
    if (withDeviceAccount)
        prepare(Kind::Device);
}

void KeyPool::prepare(Kind kind)
{
    Slot &s = slot(kind);
    if (s.generator || s.keys)
        return;
    // The GUID is drawn now; a device account's is replaced by the device GUID when taken.
    s.generator = new KeyGenerator(QString(), m_source, this);
    connect(s.generator, &KeyGenerator::finished, this, [this, kind] { onGenerated(kind); });
    ++m_started;
    qCDebug(lcEngine) << "key pool: generating" << kind;
    emit generationStarted(kind);
}

void KeyPool::onGenerated(Kind kind)
{
    Slot &s = slot(kind);
    KeyGenerator *generator = s.generator;
    s.generator = nullptr;
    if (!generator)
        return;
    Result<AccountKeys> keys = generator->take();
    generator->deleteLater(); // we are inside its signal
    if (keys)
        s.keys.emplace(std::make_shared<AccountKeys>(std::move(keys).value()));
    else
        s.keys.emplace(keys.error());
    qCDebug(lcEngine) << "key pool:" << kind << (keys ? "ready" : "failed") << "after"
                      << generator->elapsedMs() << "ms";
    emit ready(kind);
}

QString KeyPool::accountGuid(Kind kind) const
{
    const Slot &s = slot(kind);
    return s.keys && *s.keys ? (**s.keys)->guid : QString();
}

Result<std::shared_ptr<AccountKeys>> KeyPool::take(Kind kind)
{
    Slot &s = slot(kind);
    if (!s.keys)
        return Error::make(ErrorKind::CryptoFailure,
                           QStringLiteral("keys taken from the pool before they were ready"));
    Result<std::shared_ptr<AccountKeys>> keys = std::move(*s.keys);
    s.keys.reset();
    if (keys)
        ++m_taken;
    return keys;
}

std::weak_ptr<const AccountKeys> KeyPool::observe(Kind kind) const
{
    const Slot &s = slot(kind);
    if (!s.keys || !*s.keys)
        return {};
    return **s.keys;
}

} // namespace groove::engine
