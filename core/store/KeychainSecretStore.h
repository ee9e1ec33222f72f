#pragma once

#include "store/SecretStore.h"

#include <chrono>

namespace groove::store {

// Secrets in the platform keyring through QtKeychain: the Secret Service (GNOME Keyring, KWallet)
// on Linux, the Keychain on macOS, the Credential Manager on Windows. QtKeychain's plain-text
// fallback is never used: --insecure-keystore selects our own FileSecretStore instead.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static inline const QString DefaultService = QStringLiteral("groove-enroll");
    static inline const QString ProbeKey = QStringLiteral("groove-enroll-probe");

    explicit KeychainSecretStore(const QString &service = DefaultService,
                                 QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void write(const QString &name, const SecretBytes &value, Done done) override;
    void read(const QString &name, ReadDone done) override;
    void remove(const QString &name, Done done) override;
    [[nodiscard]] QString backendName() const override;
    [[nodiscard]] KeyStoreKind kind() const override { return KeyStoreKind::Keychain; }
    [[nodiscard]] const QString &service() const { return m_service; }

    // Tells whether a keyring works here by writing, reading back and deleting an entry named
    // ProbeKey (QtKeychain 0.13 has no isAvailable()). Never uses the plain-text fallback.
    // 'done' runs once on the caller's thread, unless 'context' is destroyed first; a keyring
    // that does not answer within 'timeout' (for example one waiting at an unlock prompt
    // nobody sees) counts as not working.
    static void probe(std::function<void(Status)> done, QObject *context,
                      const QString &service = DefaultService,
                      std::chrono::milliseconds timeout = std::chrono::seconds(20));

    enum class Operation { Write, Read, Remove };
    // Whether a keyring service can be reached at all (asked only after a failure).
    enum class Service { Present, Absent, Unknown };
    [[nodiscard]] static Service findService();
    // The error a failed QtKeychain job becomes: 'code' is its QKeychain::Error. "No keyring
    // service at all" (ErrorKind::NoKeychainService: install or start one) is told apart from
    // a locked or refusing keyring (ErrorKind::Storage: unlock it, allow access).
    [[nodiscard]] static Error errorFor(Operation op, int code, const QString &detail,
                                        Service service);

private:
    QString m_service;
};

} // namespace groove::store
