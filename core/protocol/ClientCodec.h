#pragma once

#include "SecretBytes.h"
#include "crypto/DomainCertificate.h"
#include "crypto/RsaKey.h"
#include "protocol/Messages.h"

// The client's side of each exchange as pure functions: request envelope out, verified typed
// response in. The engine adds transport and state; tests and the benchmark use these directly.
namespace groove::protocol::client {

struct Device
{
    QString guid; // UserDeviceGuid
    QString name; // UserDeviceName
    QString grooveVersion; // GrooveVersion
};

// K_code and KeyID of an account configuration code (trimmed as WIRE-PROFILE 6.1 says).
struct CodeKey
{
    QString code; // trimmed; kept for ActivationKeySignature
    SecretBytes key;
    QString keyId;

    [[nodiscard]] static CodeKey fromCode(QStringView code);

    CodeKey() = default;
    CodeKey(CodeKey &&) = default;
    CodeKey &operator=(CodeKey &&) = default;
    ~CodeKey() { wipe(code); } // the key wipes itself (SecretBytes)
};

// A new account: GUID, K_acct and two RSA-2048 key pairs (WIRE-PROFILE 5.2).
struct AccountKeys
{
    QString guid;
    SecretBytes sharedKey; // 24 bytes
    crypto::RsaPrivateKey signatureKey;
    crypto::RsaPrivateKey encryptionKey;

    [[nodiscard]] static Result<AccountKeys> generate(const QString &guid = {});
    [[nodiscard]] AccountPublicKeys publicKeys() const;
};

// KeyActivation
[[nodiscard]] Result<QByteArray> keyActivationRequest(const CodeKey &code, const Device &device);
// Opens with K_code, parses, verifies the certificate and every managed object's signature.
struct Activation
{
    ActivationResponse response;
    crypto::DomainCertificate certificate;
    QString vCardData; // from the identity template
};
[[nodiscard]] Result<Activation> keyActivationResponse(QByteArrayView body, const CodeKey &code);

// AutoAccountCodeConfiguration (no message-level security; HTTP authentication)
[[nodiscard]] Result<QByteArray> autoAccountCodeConfigurationRequest(const Device &device);
[[nodiscard]] Result<Activation> autoAccountCodeConfigurationResponse(QByteArrayView body);

// CreateAccount: CSMKey for the domain's encryption key, signed with the account's key.
[[nodiscard]] Result<QByteArray>
createAccountRequest(const AccountKeys &account, const EventInfo &event,
                     const crypto::RsaPublicKey &domainEncryptionKey);
[[nodiscard]] Status createAccountResponse(QByteArrayView body);

// DomainEnrollment
[[nodiscard]] Result<DomainEnrollmentRequest>
domainEnrollment(const CodeKey &code, const AccountKeys &account, const QString &identityUrl,
                 const QString &vCardData, const Device &device);
[[nodiscard]] Result<QByteArray> domainEnrollmentRequest(const CodeKey &code,
                                                         const DomainEnrollmentRequest &request);
// Opens, verifies the domain's signature and that the Contact is the one sent (WIRE-PROFILE 7.7).
[[nodiscard]] Result<DomainEnrollmentResponse>
domainEnrollmentResponse(QByteArrayView body, const CodeKey &code,
                         const DomainEnrollmentRequest &sent,
                         const crypto::DomainCertificate &certificate, const QString &domainGuid);

// AutoActivation: sealed with the device account's key in the Event wrapper.
[[nodiscard]] Result<QByteArray> autoActivationRequest(const EventInfo &deviceEvent,
                                                       QByteArrayView deviceKey,
                                                       const QString &loginName);
[[nodiscard]] Result<AutoActivationResponse> autoActivationResponse(QByteArrayView body,
                                                                    QByteArrayView deviceKey);

// AccountHeartbeat (WIRE-PROFILE 5.6): 'event' is the account's (domainGuid, guid, identityUrl,
// isDeviceAccount, userDeviceGuid, userDeviceName, grooveVersion, created, eventId); sealed with
// K_acct (device accounts: K_dev) in the Heartbeat Event wrapper; 'sequenceNumber' >= 0.
[[nodiscard]] Result<QByteArray>
accountHeartbeatRequest(const EventInfo &event, QByteArrayView accountKey, qint32 sequenceNumber);
// The same with a given IV (tests compare against the vectors; product code uses the above).
[[nodiscard]] Result<QByteArray> accountHeartbeatRequest(const EventInfo &event,
                                                         QByteArrayView accountKey,
                                                         qint32 sequenceNumber, QByteArrayView iv);
// Opens with the key that sealed the request; a fault comes back as ErrorKind::ServerFault,
// a damaged MAC as BadMac. nextHeartbeatSeconds is returned clamped to 60..86400.
[[nodiscard]] Result<AccountHeartbeatResponse> accountHeartbeatResponse(QByteArrayView body,
                                                                        QByteArrayView accountKey);
inline constexpr int MinHeartbeatSeconds = 60;
inline constexpr int MaxHeartbeatSeconds = 86400;

} // namespace groove::protocol::client
