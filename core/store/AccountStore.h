#pragma once

#include "Result.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace groove::store {

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

    friend bool operator==(const AccountRecord &, const AccountRecord &) = default;
};

// Account metadata as one JSON file written atomically (QSaveFile). The record is written last
// in an enrollment, so it is the commit point: no record, no account. A small journal of
// enrollments in progress lets the next start remove secrets a crash left behind.
class AccountStore final
{
public:
    explicit AccountStore(QString filePath);

    [[nodiscard]] const QString &filePath() const { return m_path; }
    [[nodiscard]] Result<QList<AccountRecord>> load() const;
    [[nodiscard]] Result<std::optional<AccountRecord>> find(const QString &accountGuid) const;
    // Adds, or replaces the record with the same account GUID.
    [[nodiscard]] Status put(const AccountRecord &record);
    // Removing an unknown GUID is a Usage error (the caller named the wrong account).
    [[nodiscard]] Status remove(const QString &accountGuid);

    // This machine's device GUID, created on first use and kept in the same file.
    [[nodiscard]] Result<QString> deviceGuid();

    // Journal of enrollments in progress: secrets written under these names may be orphans.
    [[nodiscard]] Status beginPending(const QString &accountGuid, const QStringList &secretNames);
    [[nodiscard]] Status endPending(const QString &accountGuid);
    [[nodiscard]] Result<QHash<QString, QStringList>> pending() const;

private:
    QString m_path;
};

} // namespace groove::store
