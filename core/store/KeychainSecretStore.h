#pragma once

#include "store/SecretStore.h"

#include <chrono>

namespace groove::store {

// Whether QtKeychain may keep secrets in a plain-text file when no keyring is available.
// Refused unless the user explicitly asked for it (for example with a command-line flag).
enum class InsecureFallback { Refused, Allowed };

// Secrets in the platform keyring through QtKeychain: the Secret Service (GNOME Keyring, KWallet)
// on Linux, the Keychain on macOS, the Credential Manager on Windows.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static inline const QString DefaultService = QStringLiteral("groove-enroll");
    static inline const QString ProbeKey = QStringLiteral("groove-enroll-probe");

    explicit KeychainSecretStore(const QString &service = DefaultService,
                                 InsecureFallback fallback = InsecureFallback::Refused,
                                 QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void write(const QString &name, const SecretBytes &value, Done done) override;
    void read(const QString &name, ReadDone done) override;
    void remove(const QString &name, Done done) override;
    [[nodiscard]] QString backendName() const override;
    [[nodiscard]] bool isInsecure() const override
    {
        return m_fallback == InsecureFallback::Allowed;
    }
    [[nodiscard]] const QString &service() const { return m_service; }

    // Tells whether a keyring works here by writing, reading back and deleting an entry named
    // ProbeKey (QtKeychain 0.13 has no isAvailable()). Never uses the plain-text fallback.
    // 'done' runs once on the caller's thread, unless 'context' is destroyed first; a keyring
    // that does not answer within 'timeout' (for example one waiting at an unlock prompt
    // nobody sees) counts as not working.
    static void probe(std::function<void(Status)> done, QObject *context,
                      const QString &service = DefaultService,
                      std::chrono::milliseconds timeout = std::chrono::seconds(20));

private:
    QString m_service;
    InsecureFallback m_fallback;
};

} // namespace groove::store
