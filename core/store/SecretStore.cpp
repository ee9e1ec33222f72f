#include "store/SecretStore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>

#include <memory>

namespace groove::store {

QString keyStoreKindName(KeyStoreKind kind)
{
    switch (kind) {
    case KeyStoreKind::Keychain:
        return QStringLiteral("keychain");
    case KeyStoreKind::File:
        return QStringLiteral("file");
    case KeyStoreKind::Memory:
        return QStringLiteral("memory");
    }
    return QStringLiteral("keychain");
}

KeyStoreKind keyStoreKindFromName(const QString &name)
{
    if (name == u"file")
        return KeyStoreKind::File;
    if (name == u"memory")
        return KeyStoreKind::Memory;
    return KeyStoreKind::Keychain;
}

QString secretName(const QString &host, const QString &accountGuid, const QString &item)
{
    return host % u':' % accountGuid % u':' % item;
}

Error noSuchEntryError()
{
    Error e = Error::make(ErrorKind::Storage, QString(NoSuchEntry));
    e.message = QCoreApplication::translate("groove::store::SecretStore",
                                            "A saved key of this account was not found.");
    return e;
}

bool isNoSuchEntry(const Error &error)
{
    return error.kind == ErrorKind::Storage && error.detail == NoSuchEntry;
}

namespace {

Error failingError()
{
    return Error::make(ErrorKind::Storage, QStringLiteral("memory store is set to fail"));
}

} // namespace

MemorySecretStore::~MemorySecretStore()
{
    for (QByteArray &value : m_values)
        wipe(value);
}

// Every operation takes effect when it is answered, not when it is called, like a real backend.
// Zero-time timers run in the order they were started, so calls keep their order.

void MemorySecretStore::write(const QString &name, const SecretBytes &value, Done done)
{
    const bool fail = m_failing;
    // A shared_ptr because the functor must be copyable; SecretBytes wipes itself when the last
    // owner goes, even if the store dies before the timer fires.
    auto held = std::make_shared<SecretBytes>(value.clone());
    QTimer::singleShot(0, this, [this, name, held, fail, done = std::move(done)] {
        if (fail) {
            done(failingError());
            return;
        }
        auto it = m_values.find(name);
        if (it != m_values.end())
            wipe(it.value());
        m_values.insert(name, held->view().toByteArray());
        held->clear();
        done(Status());
    });
}

void MemorySecretStore::read(const QString &name, ReadDone done)
{
    const bool fail = m_failing;
    QTimer::singleShot(0, this, [this, name, fail, done = std::move(done)] {
        if (fail) {
            done(failingError());
            return;
        }
        const auto it = m_values.constFind(name);
        if (it == m_values.cend()) {
            done(noSuchEntryError());
            return;
        }
        done(SecretBytes(QByteArrayView(it.value())));
    });
}

void MemorySecretStore::remove(const QString &name, Done done)
{
    const bool fail = m_failing;
    QTimer::singleShot(0, this, [this, name, fail, done = std::move(done)] {
        if (fail) {
            done(failingError());
            return;
        }
        auto it = m_values.find(name);
        if (it != m_values.end()) {
            wipe(it.value());
            m_values.erase(it);
        }
        done(Status());
    });
}

} // namespace groove::store
