#pragma once

#include "Result.h"
#include "crypto/DomainCertificate.h"
#include "devserver/ServerConfig.h"

#include <QtCore/QHash>
#include <QtCore/QJsonObject>

#include <functional>
#include <memory>

namespace groove::devserver {

struct DomainState
{
    QString name;
    QString guid;
    bool isDeviceDomain = false;
    crypto::RsaPrivateKey signingKey;
    crypto::RsaPrivateKey encryptionKey;
    crypto::DomainCertificate certificate;
};

struct MemberState
{
    QString login;
    QString domainGuid;
    QString code; // trimmed account configuration code
    QString keyId; // base64(SHA1(SHA1(UTF-16LE(code))))
    QString identityUrl; // assigned once, returned by every activation response
    bool enrolled = false;
    QString accountGuid; // set by DomainEnrollment
    qint64 enrolledAt = 0;
};

struct AccountState
{
    QString guid;
    QString domainGuid;
    QByteArray sharedKey; // K_acct / K_dev (24 bytes)
    crypto::RsaPublicKey signatureKey;
    crypto::RsaPublicKey encryptionKey;
    bool isDevice = false;
    QString identityUrl;
    QString deviceName;
    qint64 createdAt = 0;
    // AccountHeartbeat (WIRE-PROFILE 5.6); a CreateAccount that replaces the account resets them.
    qint64 lastHeartbeatAt = 0; // 0: none yet
    qint32 lastSequenceNumber = -1; // MessageSequenceNumber of the last one; -1: none yet
    bool reenrollRequired = false; // heartbeats get fault 210 until the account is created again
};

// Everything the server knows, kept in one JSON file written atomically (QSaveFile, mode 0600)
// after every change. Without a folder it lives in memory only (tests).
class ServerState final
{
public:
    using Clock = std::function<qint64()>; // Unix seconds

    ~ServerState();
    // Loads <dir>/state.json when present, then brings it in line with the configuration:
    // new domains get keys and a certificate, new members a code (unless configured) and an
    // identity URL. Saves the result.
    [[nodiscard]] static Result<std::unique_ptr<ServerState>>
    open(const QString &dir, const ServerConfig &config, Clock clock);

    [[nodiscard]] Status save() const;
    [[nodiscard]] QJsonObject toJson(bool withSecrets) const;

    [[nodiscard]] const QList<DomainState> &domains() const { return m_domains; }
    [[nodiscard]] const DomainState *domainByGuid(const QString &guid) const;
    [[nodiscard]] const DomainState *domainByName(const QString &name) const;
    [[nodiscard]] const DomainState *deviceDomain() const;

    [[nodiscard]] QList<MemberState> members() const { return m_members; }
    [[nodiscard]] MemberState *memberByKeyId(const QString &keyId);
    [[nodiscard]] MemberState *memberByLogin(const QString &login);

    [[nodiscard]] const AccountState *account(const QString &guid, const QString &domainGuid) const;
    [[nodiscard]] QList<AccountState> accounts() const { return m_accounts.values(); }
    void putAccount(AccountState account); // replaces an existing (GUID, domain) entry
    // Records an accepted heartbeat and saves.
    [[nodiscard]] Status recordHeartbeat(const QString &guid, const QString &domainGuid, qint64 at,
                                         qint32 sequenceNumber);

    // Administration (tests, gms-devserver switches and admin endpoint). Both act on every
    // account with this GUID, un-enroll the member that enrolled it (so that its code can be
    // used again to enroll anew) and save; ErrorKind::Usage when no account has the GUID.
    // requireReenrollment: heartbeats get fault 210 until a CreateAccount for the GUID.
    [[nodiscard]] Status requireReenrollment(const QString &accountGuid);
    // removeAccount: the server forgets the account (heartbeats get fault 200).
    [[nodiscard]] Status removeAccount(const QString &accountGuid);

    [[nodiscard]] const QString &directory() const { return m_dir; }

private:
    ServerState() = default;
    [[nodiscard]] Status loadFile(const QString &path);
    [[nodiscard]] Status reconcile(const ServerConfig &config);
    [[nodiscard]] Result<DomainState> createDomain(const QString &name, bool isDevice) const;
    [[nodiscard]] Status unknownAccount(const QString &accountGuid) const;
    void unenrollMemberOf(const QString &accountGuid);

    QString m_dir;
    Clock m_clock;
    QList<DomainState> m_domains;
    QList<MemberState> m_members;
    QHash<QString, AccountState> m_accounts; // key: domainGuid + '/' + guid
};

// 16 characters of an unambiguous alphabet in four groups: 80 bits, easy to read out.
[[nodiscard]] Result<QString> generateAccountCode();

} // namespace groove::devserver
