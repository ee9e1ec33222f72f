#include "engine/AccountVault.h"

#include <QtCore/QPointer>
#include <QtCore/QUrl>

#include <utility>

namespace groove::engine {

using store::SecretStore;

QString hostOf(const QString &serverUrl)
{
    return QUrl(serverUrl).host(QUrl::FullyEncoded);
}

AccountVault::AccountVault(SecretStore *secrets, store::AccountStore *accounts, QObject *parent)
    : QObject(parent),
      m_secrets(secrets),
      m_accounts(accounts)
{
}

void AccountVault::stage(const QList<Entry> &entries, Done done)
{
    m_toWrite.clear();
    m_stageDone = std::move(done);
    for (const Entry &e : entries) {
        const QString guid = e.keys->guid;
        QStringList names;
        for (const QString &item : store::SecretItems)
            names.append(store::secretName(e.host, guid, item));
        if (Status s = m_accounts->beginPending(guid, names); !s) {
            finishStage(s);
            return;
        }
        m_journalGuids.append(guid);
        m_toWrite.emplace_back(names.at(0), e.keys->sharedKey.clone());
        m_toWrite.emplace_back(names.at(1), e.keys->signatureKey.toPkcs8Der());
        m_toWrite.emplace_back(names.at(2), e.keys->encryptionKey.toPkcs8Der());
    }
    writeNext();
}

void AccountVault::finishStage(const Status &status)
{
    if (const Done done = std::exchange(m_stageDone, nullptr))
        done(status);
}

void AccountVault::writeNext()
{
    if (m_toWrite.empty()) {
        finishStage({});
        return;
    }
    const QString name = m_toWrite.front().first;
    const SecretBytes value = std::move(m_toWrite.front().second);
    m_toWrite.pop_front();
    m_writing = true;
    QPointer<AccountVault> self(this);
    m_secrets->write(name, value, [self, name](Status s) {
        if (!self)
            return;
        self->m_writing = false;
        if (s)
            self->m_written.append(name);
        if (self->m_rollbackDone) {
            // Rolled back while this write was in flight: now it can be undone as well.
            self->finishStage(Error::make(ErrorKind::Cancelled,
                                          QStringLiteral("rolled back while storing the keys")));
            self->removeWritten(std::exchange(self->m_rollbackDone, nullptr));
            return;
        }
        if (!s) {
            self->m_toWrite.clear();
            self->finishStage(s);
            return;
        }
        self->writeNext();
    });
}

void AccountVault::commit(const QList<store::AccountRecord> &records, Done done)
{
    // One atomic write: all records of the attempt and the end of its journal entries. When it
    // fails nothing of it is on disk, and rollback() has only the secrets to remove.
    if (Status s = m_accounts->commit(records, m_journalGuids); !s) {
        done(s);
        return;
    }
    m_journalGuids.clear();
    m_written.clear();
    done({});
}

void AccountVault::rollback(Done done)
{
    m_toWrite.clear(); // no further write starts
    if (m_writing) {
        m_rollbackDone = std::move(done);
        return;
    }
    finishStage(Error::make(ErrorKind::Cancelled, QStringLiteral("rolled back")));
    removeWritten(std::move(done));
}

void AccountVault::removeWritten(Done done)
{
    QPointer<AccountVault> self(this);
    removeNames(m_secrets, m_written, [self, done = std::move(done)](Status s) {
        if (!self)
            return;
        self->m_written.clear();
        const QStringList journal = std::exchange(self->m_journalGuids, {});
        // When a secret could not be removed, the entry stays, without an owner, so that the
        // next start (of any process) retries; a later attempt of this vault must not end it.
        const Status journalled = s ? self->m_accounts->endPending(journal)
                                    : self->m_accounts->abandonPending(journal);
        done(s ? journalled : s);
    });
}

void AccountVault::removeNames(SecretStore *secrets, QStringList names, Done done, Status first)
{
    if (names.isEmpty()) {
        done(first);
        return;
    }
    const QString name = names.takeFirst();
    QPointer<SecretStore> store(secrets);
    secrets->remove(name, [store, names, done = std::move(done), first](Status s) mutable {
        if (!store)
            return;
        // Go on after a failure: every secret removed now is one less left behind.
        removeNames(store, names, std::move(done), first.ok() ? s : first);
    });
}

void AccountVault::cleanupPending(SecretStore *secrets, store::AccountStore *accounts, Done done)
{
    // Only entries whose owner is gone: those of a run still going on (another process
    // waiting for its DomainEnrollment answer) are its own business.
    const Result<QHash<QString, QStringList>> orphans = accounts->claimOrphans();
    if (!orphans) {
        done(orphans.error());
        return;
    }
    QStringList names;
    for (const QStringList &list : *orphans)
        names += list;
    const QStringList guids = orphans->keys();
    removeNames(secrets, names, [accounts, guids, done = std::move(done)](Status s) {
        const Status journalled = s ? accounts->endPending(guids) : accounts->abandonPending(guids);
        done(s ? journalled : s);
    });
}

void AccountVault::readSharedKey(SecretStore *secrets, const QString &host,
                                 const QString &accountGuid,
                                 std::function<void(Result<SecretBytes>)> done)
{
    secrets->read(store::secretName(host, accountGuid, store::SecretItems.at(0)), std::move(done));
}

void AccountVault::removeAccount(SecretStore *secrets, store::AccountStore *accounts,
                                 const store::AccountRecord &record, Done done)
{
    QStringList names;
    for (const QString &item : store::SecretItems)
        names.append(store::secretName(hostOf(record.serverUrl), record.accountGuid, item));
    const QString guid = record.accountGuid;
    // The record goes first, and its secrets into the journal in the same write: a failure
    // after it leaves no half account, only secrets that the next start removes.
    if (Status s = accounts->remove(guid, names); !s) {
        done(s);
        return;
    }
    removeNames(secrets, names, [accounts, guid, done = std::move(done)](Status s) {
        const Status journalled =
                s ? accounts->endPending(guid) : accounts->abandonPending(QStringList{ guid });
        done(s ? journalled : s);
    });
}

} // namespace groove::engine
