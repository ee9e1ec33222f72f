#include "store/AccountStore.h"

#include "crypto/Identifiers.h"
#include "store/AccountDocument.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLockFile>
#include <QtCore/QThread>

#include <algorithm>

namespace groove::store {

using detail::AccountDocument;

namespace {

// A change holds the lock for milliseconds; a lock file this old whose process still seems to
// run is left from a process id that was reused, or from another machine sharing the folder.
constexpr std::chrono::seconds StaleLockAge{ 60 };

Error lockBusy(const QString &path, const QString &lockPath, qint64 ms)
{
    Error e = Error::make(ErrorKind::Storage,
                          QStringLiteral("%1: still locked after %2 ms").arg(lockPath).arg(ms));
    e.message = QCoreApplication::translate(
                        "groove::store::AccountStore",
                        "Another enrollment is running on this computer: the account file %1 is "
                        "in use.")
                        .arg(QDir::toNativeSeparators(path));
    e.hint = QCoreApplication::translate("groove::store::AccountStore",
                                         "Wait until it has finished, then try again.");
    return e;
}

// Owner of an entry that a start-up clean-up may take over.
bool isOrphan(const PendingEntry &entry)
{
    return entry.owner.isNull() || entry.owner.isCurrentProcess() || !entry.owner.isAlive();
}

bool isOwnedByOtherLiveProcess(const PendingEntry &entry)
{
    return !entry.owner.isNull() && !entry.owner.isCurrentProcess() && entry.owner.isAlive();
}

// QLockFile::tryLock(timeout) doubles its pause after each try, up to 5 s, so a waiter can
// sleep through many short changes of others and time out. Changes take milliseconds: try
// often instead.
bool acquire(QLockFile &lock, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    std::chrono::milliseconds pause{ 2 };
    for (;;) {
        if (lock.tryLock(std::chrono::milliseconds(0)))
            return true;
        if (lock.error() != QLockFile::LockFailedError || deadline.hasExpired())
            return false;
        QThread::msleep(ulong(qBound(qint64(1), deadline.remainingTime(), qint64(pause.count()))));
        pause = std::min(pause * 2, std::chrono::milliseconds(50));
    }
}

} // namespace

AccountStore::AccountStore(QString filePath) : m_path(std::move(filePath)) { }

QString AccountStore::lockFilePath() const
{
    return m_path + QStringLiteral(".lock");
}

Status AccountStore::update(const Change &change)
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (Status s = detail::makePrivateFolder(folder, m_path); !s)
        return s;
    QLockFile lock(lockFilePath());
    lock.setStaleLockTime(StaleLockAge);
    if (!acquire(lock, m_lockTimeout)) {
        switch (lock.error()) {
        case QLockFile::LockFailedError:
            return lockBusy(m_path, lockFilePath(), m_lockTimeout.count());
        case QLockFile::PermissionError:
            return detail::writeFailed(lockFilePath(), QStringLiteral("cannot create the lock"));
        case QLockFile::NoError:
        case QLockFile::UnknownError:
            break;
        }
        // QLockFile tells no more than "unknown" when the lock file could not be written.
        if (detail::folderIsFull(folder))
            return detail::diskFull(m_path, QStringLiteral("cannot write the lock file"));
        return detail::writeFailed(lockFilePath(), QStringLiteral("cannot write the lock file"));
    }
    // Read under the lock: a change made by another process meanwhile is kept, not overwritten.
    Result<AccountDocument> doc = detail::readAccountDocument(m_path);
    if (!doc.ok())
        return doc.error();
    bool changed = false;
    if (Status s = change(*doc, changed); !s)
        return s;
    if (!changed)
        return Status();
    return detail::writeAccountDocument(m_path, *doc);
}

Result<QList<AccountRecord>> AccountStore::load() const
{
    Result<AccountDocument> doc = detail::readAccountDocument(m_path);
    if (!doc.ok())
        return doc.error();
    return std::move(doc->accounts);
}

Result<std::optional<AccountRecord>> AccountStore::find(const QString &accountGuid) const
{
    const Result<AccountDocument> doc = detail::readAccountDocument(m_path);
    if (!doc.ok())
        return doc.error();
    for (const AccountRecord &r : doc->accounts) {
        if (r.accountGuid == accountGuid)
            return std::optional<AccountRecord>(r);
    }
    return std::optional<AccountRecord>();
}

// Every change reads the whole file again and writes it back, so that a damaged file stops the
// change (reading fails first) instead of being replaced by a near-empty one.

namespace {

void putRecord(AccountDocument &doc, const AccountRecord &record)
{
    for (AccountRecord &r : doc.accounts) {
        if (r.accountGuid == record.accountGuid) {
            r = record;
            return;
        }
    }
    doc.accounts.append(record);
}

} // namespace

Status AccountStore::put(const AccountRecord &record)
{
    return commit({ record }, {});
}

Status AccountStore::commit(const QList<AccountRecord> &records, const QStringList &journalGuids)
{
    for (const AccountRecord &r : records) {
        if (r.accountGuid.isEmpty())
            return Error::make(ErrorKind::Usage, QStringLiteral("account record without a GUID"));
    }
    return update([&](AccountDocument &doc, bool &changed) {
        for (const AccountRecord &r : records)
            putRecord(doc, r);
        for (const QString &guid : journalGuids)
            doc.pending.remove(guid);
        changed = true;
        return Status();
    });
}

Status AccountStore::setHeartbeat(const QString &accountGuid, const HeartbeatState &state)
{
    return update([&](AccountDocument &doc, bool &changed) {
        for (AccountRecord &r : doc.accounts) {
            if (r.accountGuid == accountGuid && r.heartbeat != state) {
                r.heartbeat = state;
                changed = true;
            }
        }
        return Status();
    });
}

Status AccountStore::remove(const QString &accountGuid, const QStringList &secretNames)
{
    return update([&](AccountDocument &doc, bool &changed) -> Status {
        const qsizetype removed = doc.accounts.removeIf(
                [&](const AccountRecord &r) { return r.accountGuid == accountGuid; });
        if (removed == 0) {
            Error e = Error::make(
                    ErrorKind::Usage,
                    QStringLiteral("no account with GUID %1 in %2").arg(accountGuid, m_path));
            e.message = QCoreApplication::translate("groove::store::AccountStore",
                                                    "There is no enrolled account %1.")
                                .arg(accountGuid);
            return e;
        }
        if (!secretNames.isEmpty())
            doc.pending.insert(accountGuid, { secretNames, JournalOwner::currentProcess() });
        changed = true;
        return Status();
    });
}

Result<QString> AccountStore::deviceGuid()
{
    {
        const Result<AccountDocument> doc = detail::readAccountDocument(m_path);
        if (!doc.ok())
            return doc.error();
        if (!doc->deviceGuid.isEmpty())
            return doc->deviceGuid;
    }
    QString guid;
    // Only hand the GUID out once it is on disk, or the next start would make another one.
    const Status written = update([&guid](AccountDocument &doc, bool &changed) -> Status {
        if (doc.deviceGuid.isEmpty()) { // or another process made it meanwhile
            const Result<QString> made = ids::newGuid();
            if (!made.ok())
                return made.error();
            doc.deviceGuid = made.value();
            changed = true;
        }
        guid = doc.deviceGuid;
        return Status();
    });
    if (!written.ok())
        return written.error();
    return guid;
}

Status AccountStore::beginPending(const QString &accountGuid, const QStringList &secretNames)
{
    return update([&](AccountDocument &doc, bool &changed) -> Status {
        PendingEntry &entry = doc.pending[accountGuid];
        if (isOwnedByOtherLiveProcess(entry)) {
            Error e = lockBusy(m_path, lockFilePath(), 0);
            e.detail = QStringLiteral("account %1 is being enrolled by process %2")
                               .arg(accountGuid)
                               .arg(entry.owner.pid);
            return e;
        }
        // Merged, not replaced: names from an earlier attempt may still be orphans too.
        for (const QString &name : secretNames) {
            if (!entry.names.contains(name))
                entry.names.append(name);
        }
        entry.owner = JournalOwner::currentProcess();
        changed = true;
        return Status();
    });
}

Status AccountStore::endPending(const QStringList &accountGuids)
{
    if (accountGuids.isEmpty())
        return Status();
    return update([&](AccountDocument &doc, bool &changed) {
        for (const QString &guid : accountGuids) {
            const auto it = doc.pending.constFind(guid);
            if (it == doc.pending.cend() || isOwnedByOtherLiveProcess(*it))
                continue; // nothing to do, or not ours; cleaning up twice is harmless
            doc.pending.erase(it);
            changed = true;
        }
        return Status();
    });
}

Status AccountStore::abandonPending(const QStringList &accountGuids)
{
    if (accountGuids.isEmpty())
        return Status();
    return update([&](AccountDocument &doc, bool &changed) {
        for (const QString &guid : accountGuids) {
            const auto it = doc.pending.find(guid);
            if (it == doc.pending.end() || !it->owner.isCurrentProcess())
                continue;
            it->owner = JournalOwner();
            changed = true;
        }
        return Status();
    });
}

Result<QHash<QString, QStringList>> AccountStore::pending() const
{
    const Result<QHash<QString, PendingEntry>> entries = pendingEntries();
    if (!entries.ok())
        return entries.error();
    QHash<QString, QStringList> names;
    for (auto it = entries->cbegin(); it != entries->cend(); ++it)
        names.insert(it.key(), it->names);
    return names;
}

Result<QHash<QString, PendingEntry>> AccountStore::pendingEntries() const
{
    Result<AccountDocument> doc = detail::readAccountDocument(m_path);
    if (!doc.ok())
        return doc.error();
    return std::move(doc->pending);
}

Result<QHash<QString, QStringList>> AccountStore::claimOrphans()
{
    {
        // Most starts find nothing to do: no lock and no write for them.
        const Result<QHash<QString, PendingEntry>> entries = pendingEntries();
        if (!entries.ok())
            return entries.error();
        if (std::none_of(entries->cbegin(), entries->cend(), isOrphan))
            return QHash<QString, QStringList>();
    }
    QHash<QString, QStringList> claimed;
    const Status s = update([&claimed](AccountDocument &doc, bool &changed) {
        const JournalOwner self = JournalOwner::currentProcess();
        for (auto it = doc.pending.begin(); it != doc.pending.end();) {
            if (!isOrphan(*it)) {
                ++it;
                continue;
            }
            changed = true;
            const QString guid = it.key();
            const bool committed =
                    std::any_of(doc.accounts.cbegin(), doc.accounts.cend(),
                                [&guid](const AccountRecord &r) { return r.accountGuid == guid; });
            if (committed) { // its journal entry outlived the commit: the secrets stay
                it = doc.pending.erase(it);
                continue;
            }
            it->owner = self;
            claimed.insert(guid, it->names);
            ++it;
        }
        return Status();
    });
    if (!s.ok())
        return s.error();
    return claimed;
}

} // namespace groove::store
