#pragma once

#include "protocol/ClientCodec.h"
#include "store/AccountStore.h"
#include "store/SecretStore.h"

#include <QtCore/QObject>

#include <deque>
#include <functional>

namespace groove::engine {

// Puts an enrollment's keys and records in the stores all-or-nothing:
//   stage():  journal the names as pending, then write every secret;
//   commit(): write the records and clear the journal, in one atomic write (the commit point);
//   rollback(): remove whatever was written, then clear the journal (or, when a secret could
//   not be removed, leave the entry ownerless for the next start).
// A rollback during stage() starts no further write and waits for the write in flight (a keyring
// may answer late, e.g. after an unlock prompt): that key is removed too, and only then does the
// rollback answer. stage()'s own callback then gets a Cancelled error.
// A crash between stage and commit leaves a journal entry owned by a process that no longer
// runs; cleanupPending() resolves it at the next start, so no half account survives. Entries of
// a process that still runs (a concurrent enrollment) are left alone.
class AccountVault final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Status)>;

    AccountVault(store::SecretStore *secrets, store::AccountStore *accounts,
                 QObject *parent = nullptr);

    struct Entry
    {
        QString host; // scopes the secret names
        const protocol::client::AccountKeys *keys = nullptr;
    };

    void stage(const QList<Entry> &entries, Done done);
    void commit(const QList<store::AccountRecord> &records, Done done);
    void rollback(Done done);

    // Removes secrets of enrollments that never committed (after a crash or kill).
    static void cleanupPending(store::SecretStore *secrets, store::AccountStore *accounts,
                               Done done);
    // Reads K_acct of an existing account (device account reuse).
    static void readSharedKey(store::SecretStore *secrets, const QString &host,
                              const QString &accountGuid,
                              std::function<void(Result<SecretBytes>)> done);
    // Removes an account's secrets and its record (--unenroll).
    static void removeAccount(store::SecretStore *secrets, store::AccountStore *accounts,
                              const store::AccountRecord &record, Done done);

private:
    void writeNext();
    void finishStage(const Status &status);
    void removeWritten(Done done);
    // Tries every name; answers the first failure, if any.
    static void removeNames(store::SecretStore *secrets, QStringList names, Done done,
                            Status first = {});

    store::SecretStore *m_secrets;
    store::AccountStore *m_accounts;
    std::deque<std::pair<QString, SecretBytes>> m_toWrite;
    bool m_writing = false; // a write is in flight
    Done m_stageDone;
    Done m_rollbackDone; // a rollback that waits for the write in flight
    QStringList m_written;
    QStringList m_journalGuids;
};

[[nodiscard]] QString hostOf(const QString &serverUrl);

} // namespace groove::engine
