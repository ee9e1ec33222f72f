#pragma once

#include "Result.h"
#include "store/AccountHealth.h"
#include "store/JournalOwner.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <chrono>
#include <functional>
#include <optional>

namespace groove::store {

namespace detail {
struct AccountDocument;
}

// What we keep about an enrolled account besides its secrets (those are in the SecretStore).
struct AccountRecord
{
    QString accountGuid;
    QString domainGuid;
    QString domainName;
    QString identityUrl; // empty for device accounts
    QString memberName;
    QString serverUrl;
    QByteArray domainCertificateDer;
    QList<QPair<QString, QByteArray>> managedObjects; // name, serialized object
    QDateTime enrolledAt; // UTC
    bool isDeviceAccount = false;
    QString deviceGuid;
    QString deviceName;
    QString secretBackend; // where the secrets are (SecretStore::backendName())
    QString secretStore; // keyStoreKindName() of that store; empty in records from before it was
                         // kept
    HeartbeatState heartbeat; // reset by a new enrollment of the same account

    friend bool operator==(const AccountRecord &, const AccountRecord &) = default;
};

// Secrets an enrollment in progress may have written, and the process that wrote them.
struct PendingEntry
{
    QStringList names;
    JournalOwner owner;

    friend bool operator==(const PendingEntry &, const PendingEntry &) = default;
};

// Account metadata as one JSON file written atomically (QSaveFile). The record is written last
// in an enrollment, so it is the commit point: no record, no account. A small journal of
// enrollments in progress, each entry with the process that owns it, lets a later start remove
// the secrets of an owner that died, and never those of one still running.
//
// Several processes may use the file at once (two enrollments, an enrollment and --unenroll):
// every change reads, changes and writes the file while it holds a lock file next to it
// (QLockFile; a lock whose process has died is taken over). The lock is held for that one
// change only, never across network or keychain calls. Reading needs no lock: the file is only
// ever replaced as a whole.
class AccountStore final
{
public:
    explicit AccountStore(QString filePath);

    [[nodiscard]] const QString &filePath() const { return m_path; }
    [[nodiscard]] QString lockFilePath() const;
    // How long a change waits for another process's change before it fails (ErrorKind::Storage).
    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds lockTimeout() const { return m_lockTimeout; }

    [[nodiscard]] Result<QList<AccountRecord>> load() const;
    [[nodiscard]] Result<std::optional<AccountRecord>> find(const QString &accountGuid) const;
    // Adds, or replaces the record with the same account GUID.
    [[nodiscard]] Status put(const AccountRecord &record);
    // Changes the heartbeat state of one account and nothing else of its record, so that a
    // heartbeat never undoes what another process changed meanwhile. An unknown GUID (the
    // account was removed while its heartbeat was in flight) is not an error: nothing changes.
    [[nodiscard]] Status setHeartbeat(const QString &accountGuid, const HeartbeatState &state);
    // Removing an unknown GUID is a Usage error (the caller named the wrong account). With
    // 'secretNames', the same write journals them (owned by this process), so that secrets a
    // removal could not delete are cleaned up later rather than forgotten.
    [[nodiscard]] Status remove(const QString &accountGuid, const QStringList &secretNames = {});
    // The commit point of an enrollment: adds (or replaces) all records of one attempt and ends
    // its journal entries, in one atomic write, so that either all of it is there or none.
    [[nodiscard]] Status commit(const QList<AccountRecord> &records,
                                const QStringList &journalGuids);

    // This machine's device GUID, created on first use and kept in the same file.
    [[nodiscard]] Result<QString> deviceGuid();

    // Journal of enrollments in progress: secrets written under these names may be orphans.
    // The entry belongs to this process. An entry of another running process for the same
    // account means another enrollment is busy with it: a Storage error.
    [[nodiscard]] Status beginPending(const QString &accountGuid, const QStringList &secretNames);
    // Ends entries (missing ones are fine), except those of another process that still runs.
    [[nodiscard]] Status endPending(const QStringList &accountGuids);
    [[nodiscard]] Status endPending(const QString &accountGuid)
    {
        return endPending(QStringList{ accountGuid });
    }
    // Keeps entries of this process but gives up their ownership, so that the next start of
    // any process removes their secrets (used when a rollback could not remove them).
    [[nodiscard]] Status abandonPending(const QStringList &accountGuids);
    [[nodiscard]] Result<QHash<QString, QStringList>> pending() const; // names by account GUID
    [[nodiscard]] Result<QHash<QString, PendingEntry>> pendingEntries() const;
    // Start-up clean-up: takes over the entries whose owner is gone (ended, abandoned, or this
    // very process: a process runs one enrollment at a time, and this one has not begun yet) and
    // returns their secret names by account GUID. Entries of committed accounts are ended
    // instead: their secrets belong to the account. One change, under the lock.
    [[nodiscard]] Result<QHash<QString, QStringList>> claimOrphans();

private:
    using Change = std::function<Status(detail::AccountDocument &doc, bool &changed)>;
    // Lock, read, change, write (only when changed), unlock.
    [[nodiscard]] Status update(const Change &change);

    QString m_path;
    std::chrono::milliseconds m_lockTimeout{ 10000 };
};

} // namespace groove::store
