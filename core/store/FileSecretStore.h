#pragma once

#include "store/SecretStore.h"

#include <chrono>

namespace groove::store {

// Secrets in one file of ours, for a computer without a keyring, and only after an explicit
// opt-in (--insecure-keystore). The file is not encrypted: only its permissions protect it. The
// folder is created 0700 and the file 0600, and the permissions are set before any secret is
// written. Every change rewrites the whole file atomically (QSaveFile) under a lock file, so that
// a crash or a second process never leaves a partial file. Nothing is cached: each operation
// reads the file, and every buffer that held a value is wiped afterwards.
//
// File format (UTF-8 lines): a header line, then "<name>\t<base64 value>" per entry.
class FileSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSecretStore)

public:
    static inline const QString FileName = QStringLiteral("keys");

    // 'folder' is created (0700) on the first write; removals and reads never create it.
    explicit FileSecretStore(QString folder, QObject *parent = nullptr);
    ~FileSecretStore() override;

    void write(const QString &name, const SecretBytes &value, Done done) override;
    void read(const QString &name, ReadDone done) override;
    void remove(const QString &name, Done done) override;
    [[nodiscard]] QString backendName() const override;
    [[nodiscard]] KeyStoreKind kind() const override { return KeyStoreKind::File; }
    [[nodiscard]] bool isInsecure() const override { return true; }

    [[nodiscard]] const QString &folder() const { return m_folder; }
    [[nodiscard]] QString filePath() const;
    // How long an operation waits for another process that holds the lock.
    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }

private:
    class Entries;
    [[nodiscard]] Status writeNow(const QString &name, QByteArrayView value);
    [[nodiscard]] Result<SecretBytes> readNow(const QString &name);
    [[nodiscard]] Status removeNow(const QString &name);
    [[nodiscard]] Status prepareFolder() const;
    [[nodiscard]] Status load(Entries &entries) const;
    [[nodiscard]] Status save(const Entries &entries) const;

    QString m_folder;
    std::chrono::milliseconds m_lockTimeout = std::chrono::seconds(10);
};

} // namespace groove::store
