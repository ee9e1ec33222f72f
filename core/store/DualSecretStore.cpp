#include "store/DualSecretStore.h"

#include <QtCore/QPointer>

namespace groove::store {

DualSecretStore::DualSecretStore(SecretStore *active, SecretStore *other, QObject *parent)
    : SecretStore(parent),
      m_active(active),
      m_other(other)
{
    Q_ASSERT(active && other && active != other);
    m_active->setParent(this);
    m_other->setParent(this);
}

DualSecretStore::~DualSecretStore() = default;

void DualSecretStore::write(const QString &name, const SecretBytes &value, Done done)
{
    m_active->write(name, value, std::move(done));
}

void DualSecretStore::read(const QString &name, ReadDone done)
{
    QPointer<DualSecretStore> self(this);
    m_active->read(name, [self, name, done = std::move(done)](Result<SecretBytes> value) mutable {
        if (!self)
            return;
        if (value || !isNoSuchEntry(value.error())) {
            done(std::move(value));
            return;
        }
        // Not in the active store: perhaps an earlier run used the other one.
        self->m_other->read(
                name,
                [notFound = value.error(), done = std::move(done)](Result<SecretBytes> fallback) {
                    if (fallback)
                        done(std::move(fallback));
                    else
                        done(notFound); // the active store's answer is the one that matters
                });
    });
}

void DualSecretStore::remove(const QString &name, Done done)
{
    QPointer<DualSecretStore> self(this);
    m_active->remove(name, [self, name, done = std::move(done)](Status first) mutable {
        if (!self)
            return;
        // The other store is cleaned even when the active one failed, so that as much as
        // possible is gone; the first failure is the one reported.
        self->m_other->remove(name, [first, done = std::move(done)](Status second) {
            if (!first)
                done(first);
            else if (!second && second.error().kind != ErrorKind::NoKeychainService)
                done(second);
            else
                done(Status());
        });
    });
}

} // namespace groove::store
