#pragma once

#include "store/SecretStore.h"

namespace groove::store {

// The store chosen for this run (the keyring, or with --insecure-keystore our key file) plus the
// other one: writes go to the active store; reads fall back to the other when the active one
// lacks the entry; removals clean both. So removing an account, rolling back an attempt or
// cleaning up after a crash leaves no key behind, whichever backend an earlier run used.
// The other store having no keyring service at all (ErrorKind::NoKeychainService) counts as
// removed: nothing can be there.
class DualSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DualSecretStore)

public:
    // Takes both stores over (they become children of this one).
    DualSecretStore(SecretStore *active, SecretStore *other, QObject *parent = nullptr);
    ~DualSecretStore() override;

    void write(const QString &name, const SecretBytes &value, Done done) override;
    void read(const QString &name, ReadDone done) override;
    void remove(const QString &name, Done done) override;
    [[nodiscard]] QString backendName() const override { return m_active->backendName(); }
    [[nodiscard]] KeyStoreKind kind() const override { return m_active->kind(); }
    [[nodiscard]] bool isInsecure() const override { return m_active->isInsecure(); }

    [[nodiscard]] SecretStore *active() const { return m_active; }
    [[nodiscard]] SecretStore *other() const { return m_other; }

private:
    SecretStore *m_active;
    SecretStore *m_other;
};

} // namespace groove::store
