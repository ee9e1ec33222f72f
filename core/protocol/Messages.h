#pragma once

#include "Result.h"
#include "crypto/DomainCertificate.h"
#include "protocol/EventInfo.h"
#include "protocol/ManagedObject.h"
#include "xml/XmlElement.h"

#include <optional>

// Typed payloads of the five enrollment messages and their responses (WIRE-PROFILE 5), with
// codecs to and from the payload element. Sealing and envelopes are in SecuredFragment/Envelope.
namespace groove::protocol {

namespace method {
inline const QString KeyActivation = QStringLiteral("KeyActivation");
inline const QString CreateAccount = QStringLiteral("CreateAccount");
inline const QString DomainEnrollment = QStringLiteral("DomainEnrollment");
inline const QString AutoAccountCodeConfiguration = QStringLiteral("AutoAccountCodeConfiguration");
inline const QString AutoActivation = QStringLiteral("AutoActivation");
inline const QString AccountHeartbeat = QStringLiteral("AccountHeartbeat");
} // namespace method

// KeyActivation and AutoAccountCodeConfiguration requests carry the same device fields.
struct DeviceRequest
{
    QString grooveVersion;
    QString userDeviceGuid;
    QString userDeviceName;

    [[nodiscard]] xml::XmlElement toXml(const QString &methodName) const;
    [[nodiscard]] static Result<DeviceRequest> fromXml(const xml::XmlElement &e,
                                                       const QString &methodName);
};

// KeyActivationResponse, and AutoAccountCodeConfigurationResponse (which adds the code).
struct ActivationResponse
{
    QString domainGuid;
    QString identityUrl;
    QString memberName;
    QString serverUrl;
    QByteArray domainCertificateDer;
    QString domainName;
    QList<ManagedObject> managedObjects;
    QString accountConfigurationCode; // only in the auto-configuration response

    [[nodiscard]] Result<xml::XmlElement> toXml(const QString &elementName) const;
    // Parses and checks everything that needs no key: managed objects present and well formed,
    // identity template present with a vCard, all domain GUIDs equal (WIRE-PROFILE 7.6).
    [[nodiscard]] static Result<ActivationResponse> fromXml(const xml::XmlElement &e,
                                                            const QString &elementName);
    // Parses the certificate and verifies every managed object with its signing key.
    [[nodiscard]] Result<crypto::DomainCertificate> verify() const;
    [[nodiscard]] const ManagedObject *findObject(const QString &name) const;
};

struct AutoActivationRequest
{
    QString loginName;
    [[nodiscard]] xml::XmlElement toXml() const;
    [[nodiscard]] static Result<AutoActivationRequest> fromXml(const xml::XmlElement &e);
};

struct AutoActivationResponse
{
    QString accountConfigurationCode;
    QString serverUrl;
    [[nodiscard]] xml::XmlElement toXml() const;
    [[nodiscard]] static Result<AutoActivationResponse> fromXml(const xml::XmlElement &e);
};

// AccountHeartbeat (WIRE-PROFILE 5.6): the payload is the bare element <AccountHeartbeat/>.
struct AccountHeartbeatRequest
{
    [[nodiscard]] xml::XmlElement toXml() const;
    // Strict: the name, no attributes, no children, no text.
    [[nodiscard]] static Result<AccountHeartbeatRequest> fromXml(const xml::XmlElement &e);
};

struct AccountHeartbeatResponse
{
    int nextHeartbeatSeconds = 0; // as received: canonical 1..2147483647 (clients clamp it)
    qint64 serverTime = 0; // Unix seconds, canonical non-negative

    [[nodiscard]] xml::XmlElement toXml() const;
    [[nodiscard]] static Result<AccountHeartbeatResponse> fromXml(const xml::XmlElement &e);
};

// The two public keys of an account as sent in g:Cert and CSecurity.
struct AccountPublicKeys
{
    crypto::RsaPublicKey encryption; // EPubKey
    crypto::RsaPublicKey signature; // SPubKey

    void writeTo(xml::XmlElement &e) const; // EPKAlgo EPubKey EncAlgo SPKAlgo SPubKey SigAlgo
    [[nodiscard]] static Result<AccountPublicKeys> readFrom(const xml::XmlElement &e);
};

// CreateAccount (WIRE-PROFILE 5.2): an unencrypted fragment signed with the account's key.
struct CreateAccountRequest
{
    EventInfo event;
    QByteArray csmKey; // RSAES-PKCS1-v1_5(domain encryption key, K_acct)
    AccountPublicKeys keys;
    QByteArray signature;

    // The fragment without <g:Auth/>, serialized with the prefix: what the account signs.
    [[nodiscard]] Result<QByteArray> signedBytes() const;
    [[nodiscard]] Result<QByteArray> serialize() const; // the complete fragment
    [[nodiscard]] Status sign(const crypto::RsaPrivateKey &accountSignatureKey);
    [[nodiscard]] Status verify() const; // with keys.signature
    [[nodiscard]] static Result<CreateAccountRequest> parse(QByteArrayView fragmentBytes);
};

struct Contact
{
    QString url; // the identity URL
    QString vCardData;
    QString deviceGuid;
    QString deviceName;
    AccountPublicKeys keys;

    // Contact@Flags="0" SeqNum="1" Version="0,0,0,0" (WIRE-PROFILE 5.3).
    [[nodiscard]] xml::XmlElement toXml() const;
    [[nodiscard]] static Result<Contact> fromXml(const xml::XmlElement &e);
    friend bool operator==(const Contact &a, const Contact &b);
};

struct DomainEnrollmentRequest
{
    QByteArray activationKeySignature;
    QString guid;
    QString identityUrl;
    Contact contact;

    [[nodiscard]] xml::XmlElement toXml() const;
    [[nodiscard]] static Result<DomainEnrollmentRequest> fromXml(const xml::XmlElement &e);
};

struct DomainEnrollmentResponse
{
    // Kept as the received tree (without its Signature) so that the signed form is rebuilt
    // from what was received; the client compares it with the Contact it sent.
    xml::XmlElement contact;
    QString signerDomainGuid;
    QByteArray signature;

    // prefix || Contact serialized on its own without its Signature child.
    [[nodiscard]] Result<QByteArray> signedBytes() const;
    [[nodiscard]] Status sign(const crypto::RsaPrivateKey &domainSigningKey,
                              const QString &domainGuid);
    [[nodiscard]] Status verify(const crypto::RsaPublicKey &domainSigningKey) const;
    [[nodiscard]] xml::XmlElement toXml() const;
    [[nodiscard]] static Result<DomainEnrollmentResponse> fromXml(const xml::XmlElement &e);
};

// Helpers shared by the codecs.
[[nodiscard]] Result<QString> requiredAttribute(const xml::XmlElement &e, const QString &name);
[[nodiscard]] Result<QByteArray> requiredBase64(const xml::XmlElement &e, const QString &name);
[[nodiscard]] Status expectName(const xml::XmlElement &e, const QString &name);
// GrooveSign over the signed form: the one place every signed message signs and verifies.
[[nodiscard]] Status signSerialized(const Result<QByteArray> &signedForm,
                                    const crypto::RsaPrivateKey &key, QByteArray &signature);
[[nodiscard]] Status verifySerialized(const Result<QByteArray> &signedForm,
                                      const crypto::RsaPublicKey &key, const QByteArray &signature);
// <g:fragment xmlns:g="urn:groove.net">CHILD</g:fragment>, and its strict reading.
[[nodiscard]] xml::XmlElement makeFragment(xml::XmlElement child);
[[nodiscard]] Result<xml::XmlElement> parseFragment(QByteArrayView bytes, const QString &childName);

} // namespace groove::protocol
