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
    for (const store::AccountRecord &r : records) {
        if (Status s = m_accounts->put(r); !s) {
            done(s);
            return;
        }
        m_committedGuids.append(r.accountGuid);
    }
    for (const QString &guid : std::as_const(m_journalGuids))
        (void)m_accounts->endPending(guid); // a stale journal entry is only cleaned up later
    m_journalGuids.clear();
    m_written.clear();
    m_committedGuids.clear();
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
    for (const QString &guid : std::as_const(m_committedGuids))
        (void)m_accounts->remove(guid);
    m_committedGuids.clear();
    QPointer<AccountVault> self(this);
    removeNames(m_secrets, m_written, [self, done = std::move(done)](Status s) {
        if (!self)
            return;
        self->m_written.clear();
        // Keep the journal when a secret could not be removed, so that the next start retries.
        if (s) {
            for (const QString &guid : std::as_const(self->m_journalGuids))
                (void)self->m_accounts->endPending(guid);
            self->m_journalGuids.clear();
        }
        done(s);
    });
}

void AccountVault::removeNames(SecretStore *secrets, QStringList names, Done done)
{
    if (names.isEmpty()) {
        done({});
        return;
    }
    const QString name = names.takeFirst();
    QPointer<SecretStore> store(secrets);
    secrets->remove(name, [store, names, done = std::move(done)](Status s) mutable {
        if (!store)
            return;
        if (!s) {
            done(s);
            return;
        }
        removeNames(store, names, std::move(done));
    });
}

void AccountVault::cleanupPending(SecretStore *secrets, store::AccountStore *accounts, Done done)
{
    const Result<QHash<QString, QStringList>> pending = accounts->pending();
    if (!pending) {
        done(pending.error());
        return;
    }
    QStringList names;
    QStringList guids;
    for (auto it = pending->cbegin(); it != pending->cend(); ++it) {
        // A committed account whose journal entry was not cleared keeps its secrets.
        const Result<std::optional<store::AccountRecord>> record = accounts->find(it.key());
        if (record && !record->has_value())
            names += it.value();
        guids.append(it.key());
    }
    removeNames(secrets, names, [accounts, guids, done = std::move(done)](Status s) {
        if (s) {
            for (const QString &g : guids)
                (void)accounts->endPending(g);
        }
        done(s);
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
    removeNames(secrets, names, [accounts, guid, done = std::move(done)](Status s) {
        if (!s) {
            done(s);
            return;
        }
        done(accounts->remove(guid));
    });
}

} // namespace groove::engine
