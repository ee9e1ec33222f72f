#pragma once

#include "Result.h"
#include "SecretBytes.h"

#include <QtCore/QHash>
#include <QtCore/QObject>

#include <functional>

namespace groove::store {

// Which kind of store holds an account's keys; recorded with the account, shown by --status.
enum class KeyStoreKind { Keychain, File, Memory };
[[nodiscard]] QString keyStoreKindName(KeyStoreKind kind); // "keychain", "file", "memory"
// An unknown or empty name (records from before the kind was kept) is the keychain.
[[nodiscard]] KeyStoreKind keyStoreKindFromName(const QString &name);

// Where account secrets (shared key, private keys) live. Asynchronous: every call answers
// through its callback exactly once, always later (never inside the call), on the caller's thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Status)>;
    using ReadDone = std::function<void(Result<SecretBytes>)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void write(const QString &name, const SecretBytes &value, Done done) = 0;
    virtual void read(const QString &name, ReadDone done) = 0;
    // Removing a name that does not exist succeeds.
    virtual void remove(const QString &name, Done done) = 0;
    // For logs and --status: "Secret Service", "memory", ...
    [[nodiscard]] virtual QString backendName() const = 0;
    [[nodiscard]] virtual KeyStoreKind kind() const { return KeyStoreKind::Memory; }
    // True when secrets end up in a plain-text file (only after an explicit opt-in).
    [[nodiscard]] virtual bool isInsecure() const { return false; }
};

// Entry names: "<host>:<account GUID>:<item>" (item: sharedKey, signatureKey, encryptionKey).
[[nodiscard]] QString secretName(const QString &host, const QString &accountGuid,
                                 const QString &item);
inline const QStringList SecretItems = { QStringLiteral("sharedKey"),
                                         QStringLiteral("signatureKey"),
                                         QStringLiteral("encryptionKey") };

// Every store answers a read of a name it does not hold with ErrorKind::Storage and this detail,
// so that callers can tell "not there" from "the keyring failed".
inline constexpr QLatin1StringView NoSuchEntry{ "no such entry" };
[[nodiscard]] Error noSuchEntryError();
[[nodiscard]] bool isNoSuchEntry(const Error &error);

// For unit tests and --demo: secrets in memory only. Can be told to fail, to test error paths.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;

    void write(const QString &name, const SecretBytes &value, Done done) override;
    void read(const QString &name, ReadDone done) override;
    void remove(const QString &name, Done done) override;
    [[nodiscard]] QString backendName() const override { return QStringLiteral("memory"); }

    void setFailing(bool failing) { m_failing = failing; }
    [[nodiscard]] QStringList names() const { return m_values.keys(); }
    [[nodiscard]] bool contains(const QString &name) const { return m_values.contains(name); }

private:
    QHash<QString, QByteArray> m_values;
    bool m_failing = false;
};

} // namespace groove::store
